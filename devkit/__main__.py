"""``python -m devkit``: the development and demo commands.

    python -m devkit demo-replica            # the sample region in an encrypted replica, searched
    python -m devkit search-replica QUERY    # one search in it
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

DEMO_REPLICA = Path("build/demo-replica")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m devkit",
        description="Development and demo tools of Treffpunkt (not part of the product).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from devkit import replica_demo

    return replica_demo.run(args.home, args.query if args.command == "search-replica" else None)


if __name__ == "__main__":
    raise SystemExit(main())
