"""The command-line client's everyday commands: ``notify <group> [all|mentions|mute]``
shows or sets a group's notification level, ``react <post> <emoji>`` adds a reaction and
``react <post> <emoji> --undo`` takes it back. Changes go through the outbox and are sent by
the next ``sync``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from client import notifylevel
from client.commands import LocalCommands
from client.store import Replica

COMMANDS = ("notify", "react")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("notify", help="show or set what of a group notifies you")
    p.add_argument("group")
    p.add_argument("level", nargs="?", choices=notifylevel.LEVELS)
    p = sub.add_parser("react", help="react to a post or comment with an emoji")
    p.add_argument("post_id")
    p.add_argument("emoji")
    p.add_argument("--undo", action="store_true", help="take the reaction back")


def run(
    args: argparse.Namespace,
    replica: Replica,
    commands: LocalCommands,
    group_id: Callable[[str], str],
    message_id: Callable[[str], int],
) -> None:
    if args.command == "notify":
        group = group_id(args.group)
        if args.level is None:
            print(notifylevel.level_of(replica, group))
            return
        commands.set_notify_level(group, args.level)
        print(f"{args.level}: {group} (sent with the next sync)")
        return
    message = message_id(args.post_id)
    if args.undo:
        commands.unreact(message, args.emoji)
    else:
        commands.react(message, args.emoji)
