"""``python -m devkit``: the development and demo commands.

    python -m devkit demo-server             # the local demo Synapse (build/demo-server),
                                             # seeded once with the sample region
    python -m devkit seed-demo --server URL  # the sample region on any server (dated with
                                             # TREFFPUNKT_SEED_AS_TOKEN, the token of a
                                             # dev/test application service)
    python -m devkit demo-replica            # the sample region in an encrypted replica,
                                             # searched from the terminal
    python -m devkit search-replica QUERY    # one search in it

``seed-demo`` signs in like ``treffpunkt-admin`` (TREFFPUNKT_ADMIN_TOKEN, or --admin-user
with TREFFPUNKT_ADMIN_PASSWORD or asked for) and has its exit codes.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from devkit import replica_demo, sample, seed
from devkit.seed import DEMO_DIR, DEMO_PASSWORD, ensure_demo_server
from sync.admin import cli as admin_cli
from sync.admin.provision import analyze

PROG = "python -m devkit"
DEMO_REPLICA = Path("build/demo-replica")


def _cmd_seed(args: argparse.Namespace) -> int:
    data = sample.generate()
    if args.messages is not None:
        data = replace(
            data,
            messages=seed.first_threads(data.messages, args.messages),
            documents=data.documents[: args.documents],
        )
    prov = admin_cli.connect(args)
    with prov.http:
        report = seed.seed_demo(
            prov,
            data,
            args.progress,
            appservice_token=os.environ.get("TREFFPUNKT_SEED_AS_TOKEN") or None,
        )
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(
        f"people: {report.people}; {report.events} events sent in {report.seconds:.0f} s",
        file=sys.stderr,
    )
    if args.synapse_db:
        analyze(args.synapse_db)
    return 0


def _cmd_demo_server(args: argparse.Namespace) -> int:
    server = ensure_demo_server(args.data_dir, port=args.port)
    try:
        print(
            f"demo Synapse on {server.base_url} (pid {server.pid}); sample users sign in "
            f"with the password {DEMO_PASSWORD!r}",
            file=sys.stderr,
        )
        if args.no_wait:
            return 0
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
        return 0
    finally:
        if not args.no_wait:
            server.stop()


def _cmd_replica(args: argparse.Namespace) -> int:
    return replica_demo.run(args.home, getattr(args, "query", None))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Development and demo tools of Treffpunkt (not part of the product)."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo-server", help="run the seeded local demo Synapse")
    demo.add_argument("--data-dir", type=Path, default=DEMO_DIR)
    demo.add_argument("--port", type=int)
    demo.add_argument("--no-wait", action="store_true", help="start, seed, leave it running")

    seed = commands.add_parser("seed-demo", help="the demo's sample region with its posts")
    admin_cli.add_connection_arguments(seed)
    seed.add_argument("--progress", type=Path, default=Path("treffpunkt-seed-progress.jsonl"))
    seed.add_argument("--messages", type=int, help="only the first N posts (and comments)")
    seed.add_argument("--documents", type=int, default=None)
    seed.add_argument("--synapse-db", type=Path, help="Synapse's SQLite file, to ANALYZE")

    replica = commands.add_parser("demo-replica", help="build a sample replica and search it")
    find = commands.add_parser("search-replica", help="search the demo replica")
    find.add_argument("query")
    for command in (replica, find):
        command.add_argument(
            "--home",
            type=Path,
            default=DEMO_REPLICA,
            help="folder for the local data (default: %(default)s)",
        )
    return parser


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo-server": _cmd_demo_server,
    "seed-demo": _cmd_seed,
    "demo-replica": _cmd_replica,
    "search-replica": _cmd_replica,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return admin_cli.run(_COMMANDS[args.command], args, PROG)


if __name__ == "__main__":
    raise SystemExit(main())
