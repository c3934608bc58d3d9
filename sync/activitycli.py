"""The command-line client's ``activity`` command: a group's or organisations' activity,
read from the replica (works offline), as text or ``--json`` for scripts and support.

Without ``--group`` or ``--organisation`` every organisation of the account is listed.
Times are UTC, in ISO 8601; the median time to a first answer is in seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from client import lookup
from client.clock import utcnow
from client.reads import activity as reads
from client.rows import Activity
from client.store import Replica

COMMANDS = ("activity",)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("activity", help="activity of a group or organisations (works offline)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--group", help="group name or id")
    scope.add_argument("--organisation", help="organisation name or space id")
    p.add_argument("--json", action="store_true")


def as_json(kind: str, scope_id: str, name: str, a: Activity) -> dict[str, Any]:
    return {
        "scope": kind,
        "id": scope_id,
        "name": name,
        "now": a.now.isoformat(),
        "since": a.since.isoformat(),
        "weeks": [
            {"start": w.start.date().isoformat(), "posts": w.posts, "comments": w.comments}
            for w in a.weeks
        ],
        "active_members": len(a.members),
        "members": [
            {"user": m.user_id, "name": m.name, "posts": m.posts, "comments": m.comments}
            for m in a.members
        ],
        "open_questions": a.open_count,
        "oldest_open_questions": [
            {
                "id": q.id,
                "group": q.group_id,
                "title": q.title,
                "asked_at": q.asked_at.isoformat(),
                "age_days": (a.now - q.asked_at).days,
            }
            for q in a.open_questions
        ],
        "median_first_answer_s": a.median_first_answer,
        "groups": [
            {
                "id": g.group_id,
                "name": g.name,
                "posts": g.posts,
                "comments": g.comments,
                "active_members": g.active_members,
                "open_questions": g.open_questions,
                "last_activity": g.last_activity.isoformat() if g.last_activity else None,
                "quiet": g.quiet,
            }
            for g in a.groups
        ],
    }


def _text(items: list[dict[str, Any]]) -> str:
    lines = []
    for i in items:
        posts = sum(w["posts"] for w in i["weeks"])
        comments = sum(w["comments"] for w in i["weeks"])
        median = i["median_first_answer_s"]
        wait = f"{median / 3600:.1f} h" if median is not None else "-"
        lines.append(
            f"{i['name']} ({i['scope']}) since {i['since'][:10]}: {posts} posts, "
            f"{comments} comments, {i['active_members']} active members, "
            f"{i['open_questions']} open questions, median first answer {wait}\n"
        )
        lines += [f"    quiet: {g['name']}\n" for g in i["groups"] if g["quiet"]]
    return "".join(lines)


def run(
    args: argparse.Namespace,
    replica: Replica,
    group_id: Callable[[str], str],
    organisation_id: Callable[[str], str],
) -> None:
    now = utcnow()
    orgs, _ = lookup.organisations_and_rooms(replica)
    org_names = dict(orgs)
    if args.group:
        gid = group_id(args.group)
        found = reads.group_activity(replica, gid, now)
        name = found.groups[0].name if found.groups else gid
        data: Any = as_json("group", gid, name, found)
        items = [data]
    else:
        wanted = [organisation_id(args.organisation)] if args.organisation else list(org_names)
        items = [
            as_json(
                "organisation", o, org_names.get(o, o), reads.organisation_activity(replica, o, now)
            )
            for o in wanted
        ]
        data = items[0] if args.organisation else items
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_text(items) or "no organisations\n")
