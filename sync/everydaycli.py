"""The command-line client's everyday commands: ``notify <group> [all|mentions|mute]``
shows or sets a group's notification level, ``react <post> <emoji>`` adds a reaction and
``react <post> <emoji> --undo`` takes it back (changes go through the outbox and are sent by
the next ``sync``), ``history <post> [--json]`` lists a post's versions, newest first
(fetching the earlier ones from the server when it can be reached)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from client import notifylevel
from client.commands import LocalCommands
from client.reads.history import versions
from client.store import Replica
from sync.engine import OfflineError, SyncEngine

COMMANDS = ("notify", "react", "history")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("notify", help="show or set what of a group notifies you")
    p.add_argument("group")
    p.add_argument("level", nargs="?", choices=notifylevel.LEVELS)
    p = sub.add_parser("react", help="react to a post or comment with an emoji")
    p.add_argument("post_id")
    p.add_argument("emoji")
    p.add_argument("--undo", action="store_true", help="take the reaction back")
    p = sub.add_parser("history", help="the versions of an edited post or comment")
    p.add_argument("post_id")
    p.add_argument("--json", action="store_true")


def run(
    args: argparse.Namespace,
    replica: Replica,
    engine: SyncEngine,
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
    if args.command == "history":
        _history(replica, engine, message, args.json)
        return
    if args.undo:
        commands.unreact(message, args.emoji)
    else:
        commands.react(message, args.emoji)


def _history(replica: Replica, engine: SyncEngine, message: int, as_json: bool) -> None:
    try:
        engine.fetch_edit_history(message)
        online = True
    except OfflineError:
        online = False  # what the replica keeps
    items = [
        {"author": v.author_name, "written_at": v.written_at.isoformat(), "text": v.text}
        for v in versions(replica, message)
    ]
    if as_json:
        json.dump({"online": online, "versions": items}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not online:
        print("offline: the versions kept on this computer")
    for item in items:
        print(f"{item['written_at']}  {item['author']}\n    {item['text']}")
