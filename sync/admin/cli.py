"""``treffpunkt-admin``: the command line of the provisioning tool, for IT.

Commands (secrets never on the command line)::

    export TREFFPUNKT_SERVER=https://matrix.example.org
    export TREFFPUNKT_ADMIN_TOKEN=...      # or --admin-user NAME (password asked,
                                           # or TREFFPUNKT_ADMIN_PASSWORD)
    treffpunkt-admin init region.toml      # organisations, directories, groups, members
    treffpunkt-admin import-people staff.csv [--new-accounts new-accounts.csv]

``import-people`` reports each bad row as ``line N: reason`` on standard error and imports
the rest. Exit codes: 0 when everything, or everything but some bad rows, was done (the bad
rows are warnings); 1 when nothing could be imported or the server failed; 2 for a usage,
configuration or file error.

Accounts made by ``import-people`` get a random password each, appended to the file given by
``--new-accounts`` (mode 0600) for IT to hand out once the account exists, or one password
read from ``--initial-password-file``. Existing accounts keep their passwords and get no line.

The demo's sample region is seeded by the development tools, not by this one
(``python -m devkit seed-demo``); they share its connection options and exit codes.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sync import api
from sync.admin.config import ConfigError, load_config
from sync.admin.people import decode, read_people_csv
from sync.admin.provision import (
    AdminError,
    PasswordPolicy,
    Progress,
    Provisioner,
    analyze,
    describe,
    discover_region,
    import_people,
    init_region,
    provision_rooms,
)
from sync.transport import HttpTransport

PROG = "treffpunkt-admin"


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    """The server and the admin's credentials (the token only ever from the environment)."""
    parser.add_argument("--server", help="homeserver URL (or TREFFPUNKT_SERVER)")
    parser.add_argument("--admin-user", help="sign in as this admin instead of a token")
    parser.add_argument("--workers", type=int, default=4, help="requests at once (default 4)")
    parser.add_argument("-v", "--verbose", action="store_true")


def connect(args: argparse.Namespace) -> Provisioner:
    """A provisioner signed in as the admin that ``add_connection_arguments`` describes."""
    server = args.server or os.environ.get("TREFFPUNKT_SERVER")
    if not server:
        raise ConfigError("no server: give --server URL or set TREFFPUNKT_SERVER")
    http = HttpTransport(server)
    token = os.environ.get("TREFFPUNKT_ADMIN_TOKEN")
    if not token:
        if not args.admin_user:
            http.close()
            raise ConfigError(
                "no admin credentials: set TREFFPUNKT_ADMIN_TOKEN or give "
                "--admin-user (password from TREFFPUNKT_ADMIN_PASSWORD or asked)"
            )
        password = os.environ.get("TREFFPUNKT_ADMIN_PASSWORD")
        if password is None:
            password = (
                getpass.getpass(f"password of {args.admin_user}: ")
                if sys.stdin.isatty()
                else sys.stdin.readline().rstrip("\n")
            )
        login = http.execute(
            api.login_password(
                args.admin_user, password, initial_device_display_name="treffpunkt-admin"
            )
        )
        if not isinstance(login, api.LoginResponse):
            http.close()
            raise AdminError(f"admin sign-in failed: {describe(login)}")
        token = login.access_token
    http.access_token = token
    who = http.execute(api.whoami())
    if not isinstance(who, api.WhoamiResponse):
        http.close()
        raise AdminError(f"the admin token is not accepted: {describe(who)}")
    return Provisioner(http, who.user_id, workers=args.workers)


def _cmd_init(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    prov = connect(args)
    with prov.http:
        rooms, joined, missing = init_region(prov, config)
    print(
        f"rooms: created {rooms.created}, updated {rooms.updated}, unchanged {rooms.unchanged}; "
        f"members joined {joined}",
        file=sys.stderr,
    )
    if missing:
        print(
            f"{len(missing)} members have no account yet (import them, then run init "
            f"again): {', '.join(missing[:10])}{' …' if len(missing) > 10 else ''}",
            file=sys.stderr,
        )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    try:
        text = decode(args.csv.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{args.csv}: {exc}") from exc
    records, problems = read_people_csv(text)
    if args.initial_password_file:
        try:
            fixed = args.initial_password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as exc:
            raise ConfigError(f"{args.initial_password_file}: no password in it") from exc
        passwords = PasswordPolicy(fixed=fixed)
    else:
        passwords = PasswordPolicy(out_path=args.new_accounts)
    prov = connect(args)
    with prov.http:
        if args.config:
            rooms = provision_rooms(prov, load_config(args.config))
        else:
            rooms = discover_region(prov)
        if not rooms.organisations:
            raise ConfigError("the server has no organisations yet: run 'init' first")
        counter = Progress("people", len(records))
        report = import_people(
            prov, records, rooms, passwords, scope=args.directory_scope, progress=counter
        )
        counter.finish()
    report.problems = sorted([*problems, *report.problems], key=lambda p: p.line)
    report.summary.skipped += len(problems)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(f"people: {report.summary}", file=sys.stderr)
    if passwords.written:
        print(
            f"{passwords.written} new accounts: passwords in {args.new_accounts}", file=sys.stderr
        )
    if args.synapse_db:
        analyze(args.synapse_db)
    s = report.summary
    return 0 if s.created + s.updated + s.unchanged > 0 else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Provision a Matrix homeserver (Synapse) for Treffpunkt.",
        epilog="Admin credentials: TREFFPUNKT_ADMIN_TOKEN, or --admin-user with the "
        "password from TREFFPUNKT_ADMIN_PASSWORD or asked for.",
    )
    add_connection_arguments(parser)
    commands = parser.add_subparsers(dest="command", required=True)

    init = commands.add_parser("init", help="organisations, directories, groups and members")
    init.add_argument("config", type=Path, help="region configuration (.json or .toml)")

    people = commands.add_parser("import-people", help="accounts and directory from a CSV")
    people.add_argument("csv", type=Path)
    people.add_argument(
        "--config",
        type=Path,
        help="region configuration (default: the organisations already on the server)",
    )
    people.add_argument(
        "--new-accounts",
        type=Path,
        default=Path("new-accounts.csv"),
        help="where the passwords of new accounts go (mode 0600)",
    )
    people.add_argument(
        "--initial-password-file",
        type=Path,
        help="one password for all new accounts, read from this file",
    )
    people.add_argument(
        "--directory-scope",
        choices=("all", "own"),
        default="all",
        help="join everyone to the directories of all organisations (default) or only their own",
    )
    people.add_argument("--synapse-db", type=Path, help="Synapse's SQLite file, to ANALYZE")
    return parser


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _cmd_init,
    "import-people": _cmd_import,
}


def run(command: Callable[[argparse.Namespace], int], args: argparse.Namespace, prog: str) -> int:
    """Run a command with the tool's logging and exit codes: 2 for a configuration or file
    error, 1 when the server refused or failed."""
    logging.basicConfig(
        level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
        format="%(levelname)s %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        return command(args)
    except ConfigError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    except AdminError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run(_COMMANDS[args.command], args, PROG)
