"""``make demo``: the local intranet with the sample region, and the app signed in on it.

Starts the demo's Synapse (seeded with the sample municipalities the first time, which takes
minutes; later starts take seconds), signs in as Anke de Vries — a wijkcoach, one of the
sample's field workers — and opens the desktop app in a real window. Without a display it
says how to run under Xvfb instead of failing with a Qt trace.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from ui.app import EXIT_NO_DISPLAY, has_display

DEMO_HOME = Path("build/demo-home")
DEMO_USER = "anke.devries"

NO_DISPLAY = """\
make demo opens the Treffpunkt window, and this machine has no display.
Run it under a virtual X server instead:

    xvfb-run -a make demo

(on Debian and Ubuntu: apt install xvfb xauth). The command-line client works without a
display: .venv/bin/treffpunkt --help
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devkit.demo", description=__doc__)
    parser.add_argument("--home", type=Path, default=DEMO_HOME)
    parser.add_argument("--user", default=DEMO_USER)
    parser.add_argument("--lang", choices=("de", "nl", "en"))
    args = parser.parse_args(argv)
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return EXIT_NO_DISPLAY

    from client.accounts import Home
    from client.credentials import Credentials, NoKeyringError
    from client.keyringstore import KeyringSecretStore
    from devkit.seed import DEMO_PASSWORD, SEED_MARKER, ensure_demo_server
    from sync.session import LoginError, login
    from ui import app

    try:
        credentials = Credentials(KeyringSecretStore())
    except NoKeyringError as exc:
        print(f"make demo: {exc}", file=sys.stderr)
        return 2
    print(
        "Starting the local intranet (the first start seeds it: a few minutes) …", file=sys.stderr
    )
    server = ensure_demo_server()
    try:
        # A home made against an earlier seed of the server holds rooms and a sync position
        # that no longer exist there: start it afresh.
        seed = (server.data_dir / SEED_MARKER).read_text(encoding="utf-8")
        stamp = args.home / "demo-seed.json"
        if args.home.exists() and (not stamp.exists() or stamp.read_text(encoding="utf-8") != seed):
            print(
                "The demo server was seeded anew: starting the app's data afresh.", file=sys.stderr
            )
            shutil.rmtree(args.home)
        home = Home(args.home, credentials)
        try:
            login(home, server.base_url, args.user, DEMO_PASSWORD).close()
        except LoginError as exc:
            print(f"make demo: signing in as {args.user} failed: {exc}", file=sys.stderr)
            return 1
        stamp.write_text(seed, encoding="utf-8")
        print(
            f"Signed in as {args.user} on {server.base_url}; opening the window.", file=sys.stderr
        )
        lang = ["--lang", args.lang] if args.lang else []
        return app.main(["--home", str(args.home), *lang])
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main())
