"""Entry point of the frozen Treffpunkt app (PyInstaller runs this script).

Before the UI starts, an update that was downloaded and verified during the previous run
is put in place (`client.updates.run_pending`, after its archive's hash is checked against
the verified TUF metadata by `sync.updates.signed_sha256`); then the app starts as
`ui.app:main`.
The release script runs the source tree through this same file for `--self-test`, so the
frozen and the source start-up are timed over the same path.
"""

from __future__ import annotations

import sys


def _apply_pending_update() -> None:
    from client.updates import read_pending, run_pending, updates_dir

    home = None
    if "--home" in sys.argv[1:-1]:
        from pathlib import Path

        home = Path(sys.argv[sys.argv.index("--home") + 1])
    directory = updates_dir(home)
    if read_pending(directory) is None:
        return  # the usual start: tuf is not even imported
    from functools import partial

    from sync.updates import signed_sha256

    run_pending(directory, signed_sha256=partial(signed_sha256, updates_dir=directory))


def _run() -> int:
    if getattr(sys, "frozen", False) and "--self-test" not in sys.argv:
        _apply_pending_update()
    from ui.app import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())
