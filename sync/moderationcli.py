"""The command-line client's moderation commands, as the window offers them to a group's
moderators: ``pin <post>`` and ``unpin <post>`` (on top of the group's stream for
everyone), ``remove <post> [--reason TEXT]`` (someone else's post or comment), ``kick
<group> <user id> [--reason TEXT]``. Each is checked against the group's power levels as
sync last stored them, written to the replica and queued in the outbox like the window's,
and sent by the next ``sync``; a change the server refuses is undone then, and ``sync``
says so on standard error."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from client.changes import Refusal
from client.commands import LocalCommands

COMMANDS = ("pin", "unpin", "remove", "kick")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("pin", help="pin a post on top of its group (sent with the next sync)")
    p.add_argument("post_id")
    p = sub.add_parser("unpin", help="unpin a pinned post (sent with the next sync)")
    p.add_argument("post_id")
    p = sub.add_parser(
        "remove", help="remove someone else's post or comment (sent with the next sync)"
    )
    p.add_argument("post_id")
    p.add_argument("--reason", default="", help="told to its author")
    p = sub.add_parser("kick", help="remove a member from a group (sent with the next sync)")
    p.add_argument("group")
    p.add_argument("user_id")
    p.add_argument("--reason", default="", help="told to the member")


def run(
    args: argparse.Namespace,
    commands: LocalCommands,
    group_id: Callable[[str], str],
    message_id: Callable[[str], int],
) -> None:
    if args.command == "kick":
        group = group_id(args.group)
        commands.kick(group, args.user_id, args.reason)
        print(f"kick: {args.user_id} from {group} (sent with the next sync)")
        return
    message = message_id(args.post_id)
    if args.command == "remove":
        commands.remove_message(message, args.reason)
    else:
        commands.pin(message, args.command == "pin")
    print(f"{args.command}: {message} (sent with the next sync)")


def refusal_text(refusal: Refusal) -> str:
    """A refused change as ``sync`` reports it on standard error."""
    what = f"{refusal.kind} {refusal.detail}".strip()
    return f"refused by the server and undone: {what} in {refusal.group_id}: {refusal.errcode}"
