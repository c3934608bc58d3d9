"""Entry point of the frozen Treffpunkt app (PyInstaller runs this script).

Before the UI starts, an update that was downloaded and verified during the previous run
is put in place (`client.updates.run_pending`); then the app starts as `ui.app:main`.
The release script runs the source tree through this same file for `--self-test`, so the
frozen and the source start-up are timed over the same path.
"""

from __future__ import annotations

import sys


def _run() -> int:
    if getattr(sys, "frozen", False) and "--self-test" not in sys.argv:
        from client.updates import run_pending

        run_pending()
    from ui.app import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())
