"""``treffpunkt``: the headless client for scripting, support and tests.

Passwords come from standard input or ``TREFFPUNKT_PASSWORD``, never from the command line.
Results go to standard output (``--json`` for machines), errors to standard error with a
non-zero exit code.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from client import lookup, quarantine, search
from client.accounts import Home, default_home
from client.commands import CommandError, LocalCommands
from client.credentials import Credentials, NoKeyringError
from client.keyringstore import KeyringSecretStore
from client.reads import members
from client.reads.search import search_page
from client.store import ReplicaError
from sync import activitycli, appointmentcli, everydaycli, moderationcli
from sync.engine import AuthLostError, OfflineError
from sync.membership import CreateGroupError, NewGroup, create_group
from sync.session import Connected, LoginError, handle_auth_lost, login, logout, resume


class CliError(Exception):
    """A user error: printed on stderr, exit code 1."""


def _out(data: Any, as_json: bool, text: Callable[[Any], str]) -> None:
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text(data))


def _plain_snippet(snippet: str) -> str:
    return html.unescape(re.sub(r"</?b>", "", snippet))


def _account(home: Home, wanted: str | None) -> Connected:
    accounts = home.accounts()
    if not accounts:
        raise CliError("not signed in: run 'treffpunkt login' first")
    if wanted is None:
        if len(accounts) > 1:
            names = ", ".join(a.user_id for a in accounts)
            raise CliError(f"several accounts ({names}): choose one with --account")
        wanted = accounts[0].user_id
    try:
        return resume(home, wanted)
    except LoginError as exc:
        raise CliError(str(exc)) from exc


def _group_id(connected: Connected, name_or_id: str) -> str:
    matches = lookup.groups_called(connected.replica, name_or_id)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CliError(f"no group called {name_or_id!r}")
    raise CliError(f"several groups are called {name_or_id!r}; use the group id")


def _message_id(connected: Connected, ref: str) -> int:
    found = lookup.message_id(connected.replica, ref)
    if found is None:
        raise CliError(f"no post {ref!r}")
    return found


def _sync(connected: Connected, once: bool) -> None:
    engine = connected.engine
    if once:
        reports = [engine.flush()]
        engine.sync_once()
        reports.append(engine.flush())
        engine.backfill_groups(max_pages=5)
        for report in reports:
            for refusal in report.changes.refusals:
                print(f"treffpunkt: {moderationcli.refusal_text(refusal)}", file=sys.stderr)
        return
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    engine.run(stop)


def _hits(page: search.SearchPage) -> list[dict[str, Any]]:
    return [
        {
            "kind": hit.kind,
            "id": hit.id,
            "group": hit.group_id,
            "author": hit.author,
            "title": hit.title,
            "snippet": _plain_snippet(hit.snippet),
            "created_at": hit.created_at.isoformat() if hit.created_at else None,
        }
        for hit in page.hits
    ]


def _hits_text(hits: list[dict[str, Any]]) -> str:
    if not hits:
        return "no results\n"
    return "".join(f"[{h['kind']}] {h['id']}  {h['title']}\n    {h['snippet']}\n" for h in hits)


def _quarantined(
    entries: Sequence[quarantine.QuarantinedEvent], with_events: bool
) -> list[dict[str, Any]]:
    out = []
    for entry in entries:
        item: dict[str, Any] = {
            "room": entry.room_id,
            "event_id": entry.event_id,
            "type": entry.event_type,
            "reason": entry.reason,
            "applied": entry.applied,
            "at": entry.quarantined_at.isoformat(),
        }
        if with_events:
            item["event"] = entry.event() if not entry.truncated else entry.event_json
            item["truncated"] = entry.truncated
        out.append(item)
    return out


def _quarantined_text(entries: list[dict[str, Any]]) -> str:
    if not entries:
        return "nothing quarantined\n"
    return "".join(
        f"{e['at']}  {e['room']}  {e['event_id']}  {e['type']}\n    {e['reason']}"
        + ("  (kept)" if e["applied"] else "")
        + "\n"
        for e in entries
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="treffpunkt", description=__doc__)
    parser.add_argument(
        "--home",
        type=Path,
        default=None,
        help="keep all data under DIR (default: $TREFFPUNKT_HOME or the platform's data folder)",
    )
    parser.add_argument("--account", help="user id, when several accounts are signed in")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("login", help="sign in (password from stdin or TREFFPUNKT_PASSWORD)")
    p.add_argument("--server", required=True, help="homeserver URL or domain")
    p.add_argument("--user", required=True)
    p = sub.add_parser("sync", help="synchronise (until interrupted, or --once)")
    p.add_argument("--once", action="store_true")
    p = sub.add_parser("post", help="write a post in a group")
    p.add_argument("group")
    p.add_argument("text")
    p.add_argument("--question", action="store_true")
    p = sub.add_parser("comment", help="comment on a post")
    p.add_argument("post_id")
    p.add_argument("text")
    p = sub.add_parser("like", help="like a post or comment")
    p.add_argument("post_id")
    for name in ("search", "people"):
        p = sub.add_parser(name, help=f"{name} in the local replica (works offline)")
        p.add_argument("query")
        p.add_argument("--json", action="store_true")
        p.add_argument("--limit", type=int, default=20)
    p = sub.add_parser("status", help="connection, last sync and what waits to be sent")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("quarantine", help="events sync could not apply, for support")
    p.add_argument("--json", action="store_true")
    p.add_argument("--events", action="store_true", help="with each event as the server sent it")
    appointmentcli.add_parsers(sub)
    everydaycli.add_parsers(sub)
    moderationcli.add_parsers(sub)
    activitycli.add_parsers(sub)
    sub.add_parser("logout", help="sign out and wipe this account's local data")
    _add_membership_commands(sub)
    return parser


def _add_membership_commands(sub: Any) -> None:
    p = sub.add_parser("invites", help="invitations to groups (works offline)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("join", help="accept an invitation (sent with the next sync)")
    p.add_argument("room", help="room id or name of the invitation")
    p = sub.add_parser("decline", help="decline an invitation (sent with the next sync)")
    p.add_argument("room", help="room id or name of the invitation")
    p = sub.add_parser("leave", help="leave a group; its local copy is removed")
    p.add_argument("group")
    p = sub.add_parser("members", help="a group's members and their roles (works offline)")
    p.add_argument("group")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("invite", help="invite someone to a group (sent with the next sync)")
    p.add_argument("group")
    p.add_argument("user", help="user id, such as @jan:example.org")
    p = sub.add_parser("create-group", help="create a group in an organisation (online)")
    p.add_argument("organisation", help="organisation name or space id")
    p.add_argument("name")
    p.add_argument("--description", default="")
    p.add_argument("--invite-only", action="store_true", help="not open to the organisation")


def run(args: argparse.Namespace, home: Home) -> int:
    if args.command == "login":
        password = os.environ.get("TREFFPUNKT_PASSWORD")
        if password is None:
            password = sys.stdin.readline().rstrip("\n")
        try:
            connected = login(home, args.server, args.user, password)
        except LoginError as exc:
            raise CliError(str(exc)) from exc
        print(f"signed in as {connected.info.user_id} (device {connected.info.device_id})")
        connected.close()
        return 0

    connected = _account(home, args.account)
    try:
        return _run_signed_in(args, home, connected)
    except AuthLostError as exc:
        handle_auth_lost(home, connected, soft_logout=exc.soft_logout)
        if exc.soft_logout:
            raise CliError("the server asks you to sign in again; nothing was lost") from exc
        raise CliError("the server ended this session; local data was removed") from exc
    finally:
        connected.close()


def _run_signed_in(args: argparse.Namespace, home: Home, connected: Connected) -> int:
    user_id = connected.info.user_id
    commands = LocalCommands(connected.replica, user_id, home.media_cache(user_id))
    match args.command:
        case "sync":
            try:
                _sync(connected, args.once)
            except OfflineError as exc:
                raise CliError(f"offline: {exc}") from exc
        case "post":
            created = commands.post(
                _group_id(connected, args.group), args.text, question=args.question
            ).created
            print(created)
        case "comment":
            print(commands.comment(_message_id(connected, args.post_id), args.text).created)
        case "like":
            commands.like(_message_id(connected, args.post_id))
        case "search" | "people":
            filters = search.SearchFilters(kinds=("person",)) if args.command == "people" else None
            page = search_page(connected.replica, args.query, args.limit, filters)
            _out(_hits(page), args.json, _hits_text)
        case "status":
            # From the replica alone: the last sync attempt said whether the server answered.
            status = connected.engine.status()
            data = {
                "account": user_id,
                "online": status.online is True,
                "last_sync": status.last_sync.isoformat() if status.last_sync else None,
                "outbox": {k: status.outbox.get(k, 0) for k in ("waiting", "sending", "failed")},
                # Still retried, but failing for more than a day.
                "stuck": status.outbox.get("stuck", 0),
                "quarantined": quarantine.count(connected.replica),
            }
            _out(data, args.json, lambda d: "".join(f"{k}: {v}\n" for k, v in d.items()))
        case "quarantine":
            entries = _quarantined(quarantine.entries(connected.replica), args.events)
            _out(entries, args.json, _quarantined_text)
        case command if command in appointmentcli.COMMANDS:
            appointmentcli.run(args, connected.replica, commands)
        case command if command in everydaycli.COMMANDS:
            everydaycli.run(
                args,
                connected.replica,
                connected.engine,
                commands,
                lambda ref: _group_id(connected, ref),
                lambda ref: _message_id(connected, ref),
            )
        case command if command in moderationcli.COMMANDS:
            moderationcli.run(
                args, commands, partial(_group_id, connected), partial(_message_id, connected)
            )
        case "activity":
            activitycli.run(
                args,
                connected.replica,
                partial(_group_id, connected),
                partial(_organisation_id, connected),
            )
        case "logout":
            logout(home, connected)
            print(f"signed out {user_id}; local data removed")
        case _:
            _run_membership(args, connected, commands)
    return 0


def _invitation(connected: Connected, ref: str) -> str:
    """The room id of the invitation with this room id or name."""
    found = [
        i.room_id
        for i in members.invitations(connected.replica)
        if not i.withdrawn and ref in (i.room_id, i.name)
    ]
    if len(found) == 1:
        return found[0]
    raise CliError(f"no invitation to {ref!r}" if not found else f"several invitations {ref!r}")


def _invitations_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "no invitations\n"
    out = []
    for r in rows:
        where = f" ({r['organisation']})" if r["organisation"] else ""
        state = {"accept": "  [joining]", "withdrawn": "  [withdrawn]"}.get(r["state"] or "", "")
        out.append(f"{r['room']}  {r['name']}{where}  from {r['inviter'] or '?'}{state}\n")
    return "".join(out)


def _members_text(rows: list[dict[str, Any]]) -> str:
    return "".join(
        f"{r['user']}  {r['name']}  {r['role']}"
        + (f"  {r['title']}" if r["title"] else "")
        + (f"  ({r['organisation']})" if r["organisation"] else "")
        + ("  [external]" if r["external"] else "")
        + ("  [invited]" if r["invited"] else "")
        + "\n"
        for r in rows
    )


def _run_membership(
    args: argparse.Namespace, connected: Connected, commands: LocalCommands
) -> None:
    match args.command:
        case "invites":
            rows = [
                {
                    "room": i.room_id,
                    "name": i.name,
                    "topic": i.topic,
                    "inviter": i.inviter_id,
                    "inviter_name": i.inviter_name,
                    "organisation": i.organisation,
                    "space": i.is_space,
                    "invited_at": i.invited_at.isoformat(),
                    "state": "withdrawn" if i.withdrawn else i.answer,
                }
                for i in members.invitations(connected.replica)
            ]
            _out(rows, args.json, _invitations_text)
        case "join":
            commands.accept_invitation(_invitation(connected, args.room))
        case "decline":
            commands.decline_invitation(_invitation(connected, args.room))
        case "leave":
            commands.leave_group(_group_id(connected, args.group))
        case "members":
            rows = [
                {
                    "user": m.user_id,
                    "name": m.name,
                    "title": m.title,
                    "organisation": m.organisation,
                    "role": m.role,
                    "external": m.external,
                    "invited": m.invited,
                }
                for m in members.members(connected.replica, _group_id(connected, args.group))
            ]
            _out(rows, args.json, _members_text)
        case "invite":
            commands.invite(_group_id(connected, args.group), args.user)
        case "create-group":
            org = _organisation_id(connected, args.organisation)
            new = NewGroup(org, args.name, args.description, open=not args.invite_only)
            try:
                print(create_group(connected.transport, connected.info.user_id, new))
            except CreateGroupError as exc:
                raise CliError(str(exc)) from exc


def _organisation_id(connected: Connected, name_or_id: str) -> str:
    orgs, _ = lookup.organisations_and_rooms(connected.replica)
    found = [org_id for org_id, name in orgs if name_or_id in (org_id, name)]
    if len(found) == 1:
        return found[0]
    raise CliError(f"no organisation {name_or_id!r}" if not found else f"several {name_or_id!r}")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        home = Home(args.home or default_home(), Credentials(KeyringSecretStore()))
        return run(args, home)
    except (CliError, CommandError, ReplicaError, NoKeyringError) as exc:
        print(f"treffpunkt: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
