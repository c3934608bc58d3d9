"""The command-line client's appointment commands: ``appointments [--json]`` lists the
agenda from the replica (works offline), ``rsvp <id> yes|no|maybe [--comment]`` answers one
through the outbox (sent by the next ``sync``)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from client.agenda import ANSWERS, AppointmentError, AppointmentItem, in_zone
from client.clock import utcnow
from client.commands import CommandError, LocalCommands
from client.reads import appointments as reads
from client.store import Replica

COMMANDS = ("appointments", "rsvp")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("appointments", help="the agenda of all groups (works offline)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--past", action="store_true", help="with appointments that are over")
    p = sub.add_parser("rsvp", help="answer an appointment: yes, no or maybe")
    p.add_argument("appointment_id")
    p.add_argument("answer", choices=ANSWERS)
    p.add_argument("--comment", default="")


def _time(item: AppointmentItem, value: datetime) -> str:
    if item.draft.all_day:
        return value.date().isoformat()
    return in_zone(value, item.draft.timezone).isoformat()


def as_json(item: AppointmentItem) -> dict[str, Any]:
    d = item.draft
    return {
        "id": item.id,
        "group": item.group_id,
        "group_name": item.group_name,
        "title": d.title,
        "start": _time(item, d.starts_at),
        "end": _time(item, d.ends_at),
        "all_day": d.all_day,
        "timezone": d.timezone,
        "place": d.place,
        "link": d.link,
        "description": d.description,
        "organiser": item.organiser,
        "cancelled": item.cancelled,
        "revision": item.revision,
        "pending": item.pending,
        "counts": {answer: item.count(answer) for answer in ANSWERS},
        "answers": [
            {"user": a.user_id, "name": a.name, "answer": a.answer, "comment": a.comment}
            for a in item.answers
        ],
    }


def _text(items: list[dict[str, Any]]) -> str:
    if not items:
        return "no appointments\n"
    lines = []
    for i in items:
        mark = " [cancelled]" if i["cancelled"] else ""
        counts = ", ".join(f"{n} {a}" for a, n in i["counts"].items())
        lines.append(
            f"{i['id']}  {i['start']} - {i['end']}  {i['title']}{mark}\n"
            f"    {i['group_name']}; {counts}\n"
        )
    return "".join(lines)


def run(args: argparse.Namespace, replica: Replica, commands: LocalCommands) -> None:
    if args.command == "appointments":
        agenda = reads.agenda(replica, utcnow())
        items = [as_json(i) for i in (*agenda.upcoming, *(agenda.past if args.past else ()))]
        if args.json:
            json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(_text(items))
        return
    try:
        commands.answer_appointment(args.appointment_id, args.answer, args.comment)
    except AppointmentError as exc:
        raise CommandError(str(exc)) from exc
    print(f"{args.answer}: {args.appointment_id} (sent with the next sync)")
