"""``make bench``: the sync engine against a real Synapse, each figure next to a raw baseline.

    python -m benchmarks.sync --size full|small [--only initial,ingest,flush]

``initial_sync_s``: a fresh account joins the groups of a Synapse seeded once with posts and
comments (kept in ``build/bench-server[-small]/``, reused across runs) and the real
``SyncEngine`` brings all of them into a fresh replica: the initial /sync, then backfill with
/messages until every group's history is there. ``raw_download_s`` is another fresh account
making the same requests (the same filter, timeline limit and /messages page size) with plain
httpx, reading each reply only for its paging token and discarding it. Same server, same run.

``ingest_events_per_s``: synthetic /sync responses (JSON as Synapse sends it: posts,
questions and comments in German and Dutch from ``benchmarks.textgen``, Markdown rendered to
HTML) decoded, parsed and applied through ``SyncEngine.apply_sync`` into a fresh replica, a
page at a time; in a process of its own, so that its peak memory is that of ingest alone.

``flush_s``: posts queued with ``client.commands`` while nothing is sent, then sent by
``SyncEngine.flush``; ``raw_send_s`` is a plain httpx loop sending the same contents with
``PUT /rooms/{room}/send/m.room.message/{txn}`` into a room of its own on the same server.

Figures, ratios, targets and the machine's load average at the start are printed and written
to ``build/bench/sync.json``. Nothing here asserts anything about time.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import html
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from benchmarks.replica import peak_rss_mb
from benchmarks.textgen import Message, TextGenerator
from client.commands import LocalCommands
from client.render import render_markdown
from client.store import open_replica, wipe_files
from devkit.devserver import DevServer, RegisteredUser
from sync import api, engine, mapping
from sync.transport import HttpTransport

BENCH_VERSION = "sync-1"
ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "build" / "bench"
KEY = hashlib.sha256(b"treffpunkt sync benchmark replica").digest()
MARKER = "seeded.json"
INITIAL_SYNC_TARGET = 1.3
FLUSH_TARGET = 1.2
INGEST_PAGE = 1000  # events per synthetic /sync response
WARMUP_SENDS = 20
# The figures of each phase, by key prefix: a run of some phases keeps the others' figures
# from the last run of the same size.
PHASE_KEYS = {
    "initial": ("initial_sync_", "raw_download_"),
    "ingest": ("ingest_",),
    "flush": ("flush_", "raw_send_"),
}


@dataclass(frozen=True)
class Size:
    events: int  # posts and comments seeded into the server
    groups: int
    authors: int
    ingest_events: int
    ingest_groups: int
    flush_posts: int


SIZES = {
    "full": Size(20_000, 4, 8, 1_000_000, 50, 1_000),
    "small": Size(2_000, 4, 8, 50_000, 20, 100),
}


def _ok(result: Any) -> Any:
    if isinstance(result, api.MatrixError | api.TransportError):
        raise RuntimeError(f"request failed: {result}")
    return result


def _content(gen_message: Message, root_event: str | None) -> dict[str, Any]:
    """What Treffpunkt sends for a post or comment with this text."""
    rendered = render_markdown(gen_message.body)
    return mapping.message_content(
        markdown=gen_message.body,
        html_body=rendered.html,
        kind=gen_message.kind if gen_message.kind != "comment" else "post",
        mentions=[],
        thread_root=root_event,
    )


# --- the seeded server --------------------------------------------------------------------


@dataclass(frozen=True)
class Seeded:
    """What the marker file records about a seeded server."""

    version: str
    events: int
    groups: tuple[str, ...]
    owner: str
    owner_token: str
    seed_seconds: float


def _make_group(http: HttpTransport, name: str, invite: Sequence[str]) -> str:
    room = _ok(
        http.execute(
            api.create_room(
                name=name,
                preset="private_chat",
                invite=tuple(invite),
                initial_state=(
                    {
                        "type": mapping.GROUP_STATE,
                        "state_key": "",
                        "content": {"description": f"{name} (benchmark)", "kind": "group"},
                    },
                ),
                power_level_content_override=mapping.group_power_levels(),
            )
        )
    )
    return str(room.room_id)


def _send_group(
    base_url: str,
    room_id: str,
    messages: Sequence[Message],
    authors: Sequence[RegisteredUser],
    event_ids: dict[int, str],
    progress: list[int],
) -> None:
    """One group's messages in order, so that a comment's post is always there first."""
    with HttpTransport(base_url) as http:
        for message in messages:
            root = event_ids[message.root] if message.root is not None else None
            author = authors[message.author]
            # The txn id makes a retried send harmless.
            request = api.send_event(
                room_id, "m.room.message", f"seed{message.index}", _content(message, root)
            )
            for attempt in range(5):
                result = http.execute(request, access_token=author.access_token)
                if isinstance(result, api.EventIdResponse):
                    break
                time.sleep(0.5 * (attempt + 1))
            event_ids[message.index] = _ok(result).event_id
            progress[0] += 1


def seed(server: DevServer, size: Size) -> Seeded:
    """Authors, groups, and ``size.events`` posts and comments sent by the authors, one
    thread per group (Synapse on SQLite takes a few dozen sends a second; groups in
    parallel keep it busy)."""
    started = time.perf_counter()
    run = secrets.token_hex(3)
    authors = [
        server.register_user(f"bench-author-{run}-{i}", secrets.token_urlsafe(12), admin=i == 0)
        for i in range(size.authors)
    ]
    owner = authors[0]
    gen = TextGenerator(server=server.server_name)
    with server.transport(owner.access_token) as http:
        groups = [
            _make_group(http, f"Benchmark {i + 1}", [a.user_id for a in authors[1:]])
            for i in range(size.groups)
        ]
    for author in authors[1:]:
        with server.transport(author.access_token) as http:
            for room in groups:
                _ok(http.execute(api.join(room)))
    per_group: list[list[Message]] = [[] for _ in groups]
    for batch in gen.messages(size.events, groups=size.groups, people=size.authors):
        for message in batch:
            per_group[message.group].append(message)
    event_ids: dict[int, str] = {}
    progress = [0]
    threads = [
        threading.Thread(
            target=_send_group,
            args=(server.base_url, room, messages, authors, event_ids, progress),
            daemon=True,
        )
        for room, messages in zip(groups, per_group, strict=True)
    ]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        time.sleep(5)
        elapsed = time.perf_counter() - started
        print(f"  seeded {progress[0]:,} of {size.events:,} ({elapsed:.0f} s)", flush=True)
    if progress[0] != size.events:
        raise RuntimeError(f"seeding stopped after {progress[0]} of {size.events} events")
    # Fresh statistics for SQLite's planner: without them it picks poor plans on the
    # grown event tables and /messages gets slower than a real server's.
    with contextlib.closing(sqlite3.connect(server.data_dir / "homeserver.db")) as db:
        db.execute("ANALYZE")
    return Seeded(
        BENCH_VERSION,
        size.events,
        tuple(groups),
        owner.user_id,
        owner.access_token,
        time.perf_counter() - started,
    )


def seeded_server(data_dir: Path, size: Size) -> tuple[DevServer, Seeded]:
    """The benchmark's Synapse, started; seeded first if it has not been (or the seed is
    stale or was interrupted: then it starts again from an empty data directory)."""
    marker = data_dir / MARKER
    seeded: Seeded | None = None
    if marker.exists():
        data = json.loads(marker.read_text(encoding="utf-8"))
        data["groups"] = tuple(data["groups"])
        seeded = Seeded(**data)
        if seeded.version != BENCH_VERSION or seeded.events != size.events:
            seeded = None
    if seeded is None and data_dir.exists():
        shutil.rmtree(data_dir)
    server = DevServer(data_dir)
    server.start()
    try:
        if seeded is None:
            print(f"seeding {size.events:,} events into {data_dir} (once) ...", flush=True)
            seeded = seed(server, size)
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(seeded), handle, indent=2)
            print(f"seeded in {seeded.seed_seconds:.0f} s", flush=True)
    except BaseException:
        server.stop()
        raise
    return server, seeded


# --- initial sync -----------------------------------------------------------------------


def reader(server: DevServer, seeded: Seeded, role: str) -> RegisteredUser:
    """A fresh account that the groups' owner invites and that joins every group."""
    user = server.register_user(f"bench-{role}-{secrets.token_hex(4)}", secrets.token_urlsafe(12))
    with server.transport(seeded.owner_token) as http:
        for room in seeded.groups:
            _ok(http.execute(api.invite(room, user.user_id)))
    with server.transport(user.access_token) as http:
        for room in seeded.groups:
            _ok(http.execute(api.join(room)))
    return user


def engine_initial_sync(server: DevServer, user: RegisteredUser, db: Path) -> dict[str, Any]:
    """The engine's initial sync and the backfill that brings every group's history."""
    replica = open_replica(db, KEY, create=True)
    try:
        with HttpTransport(server.base_url, access_token=user.access_token) as http:
            sync_engine = engine.SyncEngine(replica, http, user.user_id)
            started = time.perf_counter()
            sync_engine.initial_sync()
            seconds = time.perf_counter() - started
        with replica.connect() as conn:
            messages = conn.exec_driver_sql("SELECT count(*) FROM message").scalar()
    finally:
        replica.close()
    return {"seconds": seconds, "messages": messages}


def raw_download(server: DevServer, user: RegisteredUser) -> dict[str, Any]:
    """The same requests as the engine's initial sync with plain httpx; each reply is read
    only for its paging token, then thrown away."""
    headers = {"Authorization": f"Bearer {user.access_token}"}
    requests = 0
    received = 0
    with httpx.Client(
        base_url=server.base_url, headers=headers, timeout=120, trust_env=False
    ) as client:

        def get(path: str, params: dict[str, str]) -> dict[str, Any]:
            nonlocal requests, received
            reply = client.get(path, params=params)
            reply.raise_for_status()
            requests += 1
            received += len(reply.content)
            data: dict[str, Any] = reply.json()
            return data

        started = time.perf_counter()
        reply = client.post(
            f"{api.CLIENT_V3}/user/{api.q(user.user_id)}/filter", json=engine.SYNC_FILTER
        )
        reply.raise_for_status()
        filter_id = reply.json()["filter_id"]
        sync = get(
            f"{api.CLIENT_V3}/sync",
            {"timeout": "0", "set_presence": "offline", "filter": filter_id},
        )
        pending = {
            room_id: room["timeline"].get("prev_batch")
            for room_id, room in sync["rooms"]["join"].items()
            if room["timeline"].get("limited")
        }
        for room_id, token in pending.items():
            while token is not None:
                page = get(
                    f"{api.CLIENT_V3}/rooms/{api.q(room_id)}/messages",
                    {"dir": "b", "limit": str(engine.BACKFILL_PAGE), "from": token},
                )
                token = page.get("end")
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "requests": requests + 1, "bytes": received}


def initial_sync_phase(server: DevServer, seeded: Seeded, work: Path) -> dict[str, Any]:
    # A first download warms Synapse's caches, so that neither timed run pays for it.
    print("initial sync: warming the server up ...", flush=True)
    raw_download(server, reader(server, seeded, "warmup"))
    print("initial sync: raw download ...", flush=True)
    raw = raw_download(server, reader(server, seeded, "raw"))
    print("initial sync: the engine ...", flush=True)
    synced = engine_initial_sync(server, reader(server, seeded, "reader"), work / "initial.db")
    return {
        "initial_sync_s": synced["seconds"],
        "initial_sync_messages": synced["messages"],
        "raw_download_s": raw["seconds"],
        "raw_download_requests": raw["requests"],
        "raw_download_bytes": raw["bytes"],
        "initial_sync_ratio": synced["seconds"] / raw["seconds"],
    }


# --- ingest -------------------------------------------------------------------------------


class SyncPages:
    """Synthetic /sync responses: the bodies Synapse would send, oldest first."""

    def __init__(self, gen: TextGenerator, size: Size, server: str = "bench.test") -> None:
        self.gen = gen
        self.size = size
        self.server = server
        self.people = [p.user_id for p in gen.people(500, 5)]
        self.names = {p.user_id: p.name for p in gen.people(500, 5)}

    def room_id(self, group: int) -> str:
        return f"!ingest{group:03d}:{self.server}"

    @staticmethod
    def event_id(index: int) -> str:
        # As long as a real room-v4+ event id ("$" and 43 base64 characters).
        return f"${index:043d}"

    def _state(self, group: int, ts: int) -> list[dict[str, Any]]:
        room = self.room_id(group)
        owner = self.people[group % len(self.people)]

        def event(kind: str, key: str, content: dict[str, Any], n: int) -> dict[str, Any]:
            return {
                "type": kind,
                "state_key": key,
                "sender": owner,
                "content": content,
                "event_id": f"$state{group:03d}{n:035d}",
                "origin_server_ts": ts,
                "unsigned": {"age": 1000},
            }

        members = [
            event(
                "m.room.member",
                user,
                {"membership": "join", "displayname": self.names[user]},
                10 + i,
            )
            for i, user in enumerate(self.people[group::25][:20])
        ]
        return [
            event("m.room.create", "", {"creator": owner, "room_version": "10"}, 0),
            event("m.room.name", "", {"name": f"Gruppe {group} / Groep {group}"}, 1),
            event(mapping.GROUP_STATE, "", {"description": room, "kind": "group"}, 2),
            *members,
        ]

    def _event(self, message: Message) -> dict[str, Any]:
        body = message.body
        html_body = f"<p>{html.escape(body)}</p>"
        mentions = [self.people[m % len(self.people)] for m in message.mentions]
        for user in mentions:
            link = f'<a href="https://matrix.to/#/{user}">{html.escape(self.names[user])}</a>'
            html_body = html_body.replace("</p>", f" {link}</p>")
            body = f"{body} {self.names[user]}"
        content: dict[str, Any] = {
            "msgtype": "m.text",
            "body": body,
            "format": "org.matrix.custom.html",
            "formatted_body": html_body,
            mapping.MARKDOWN_KEY: message.body,
            "m.mentions": {"user_ids": mentions},
        }
        if message.kind == "question":
            content[mapping.KIND_KEY] = "question"
        if message.root is not None:
            root = self.event_id(message.root)
            content["m.relates_to"] = {
                "rel_type": "m.thread",
                "event_id": root,
                "is_falling_back": True,
                "m.in_reply_to": {"event_id": root},
            }
        return {
            "type": "m.room.message",
            "sender": self.people[message.author % len(self.people)],
            "content": content,
            "event_id": self.event_id(message.index),
            "origin_server_ts": int(message.created_at.replace(tzinfo=UTC).timestamp() * 1000),
            "unsigned": {"age": 1000},
        }

    def pages(self) -> Iterator[tuple[bytes, int]]:
        """(JSON body, number of events) per /sync response."""
        seen: set[int] = set()
        batches = self.gen.messages(
            self.size.ingest_events,
            groups=self.size.ingest_groups,
            people=len(self.people),
            batch=INGEST_PAGE,
        )
        for n, batch in enumerate(batches):
            rooms: dict[int, list[dict[str, Any]]] = {}
            for message in batch:
                rooms.setdefault(message.group, []).append(self._event(message))
            join: dict[str, Any] = {}
            events = 0
            for group, timeline in rooms.items():
                state = [] if group in seen else self._state(group, timeline[0]["origin_server_ts"])
                seen.add(group)
                events += len(timeline) + len(state)
                join[self.room_id(group)] = {
                    "timeline": {"events": timeline, "limited": False, "prev_batch": f"p{n}"},
                    "state": {"events": state},
                    "ephemeral": {"events": []},
                    "account_data": {"events": []},
                    "unread_notifications": {"highlight_count": 0, "notification_count": 0},
                }
            body = {"next_batch": f"s{n + 1}_1_0_1_1_1_1_1_1_1", "rooms": {"join": join}}
            yield json.dumps(body, ensure_ascii=False).encode(), events


def ingest_phase(size: Size, work: Path) -> dict[str, Any]:
    """Decode, parse and apply every page; only that is timed, not making the pages."""
    db = work / "ingest.db"
    wipe_files(db)
    replica = open_replica(db, KEY, create=True)
    # The engine never talks to the network here.
    transport = HttpTransport("http://127.0.0.1:9")
    sync_engine = engine.SyncEngine(replica, transport, "@bench-reader:bench.test")
    pages = SyncPages(TextGenerator(), size)
    decode = parse = apply = 0.0
    events = 0
    first = True
    started = time.perf_counter()
    try:
        for body, count in pages.pages():
            t0 = time.perf_counter()
            data = json.loads(body)
            t1 = time.perf_counter()
            response = api.parse_sync(data)
            t2 = time.perf_counter()
            sync_engine.apply_sync(response, initial=first)
            t3 = time.perf_counter()
            decode, parse, apply = decode + t1 - t0, parse + t2 - t1, apply + t3 - t2
            first = False
            events += count
            if events // 100_000 != (events - count) // 100_000:
                rate = events / (decode + parse + apply)
                print(f"  {events:>9,} events, {rate:,.0f} events/s", file=sys.stderr, flush=True)
        with replica.connect() as conn:
            messages = conn.exec_driver_sql("SELECT count(*) FROM message").scalar()
    finally:
        transport.close()
        replica.close()
        wipe_files(db)
    seconds = decode + parse + apply
    return {
        "ingest_events": events,
        "ingest_messages_stored": messages,
        "ingest_s": seconds,
        "ingest_events_per_s": events / seconds,
        "ingest_decode_s": decode,
        "ingest_parse_s": parse,
        "ingest_apply_s": apply,
        "ingest_wall_s": time.perf_counter() - started,
        "ingest_peak_rss_mb": peak_rss_mb(),
    }


def run_ingest_process(size_name: str, work: Path) -> dict[str, Any]:
    """In a fresh interpreter: its peak memory is then that of ingest alone."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.sync",
            "--size",
            size_name,
            "--phase",
            "ingest",
            "--work",
            str(work),
        ],
        stdout=subprocess.PIPE,
        check=True,
        cwd=ROOT,
    )
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# --- flush --------------------------------------------------------------------------------


def flush_phase(server: DevServer, size: Size, work: Path) -> dict[str, Any]:
    """Posts queued while nothing is sent, then the engine's flush against a raw send loop."""
    writer = server.register_user(f"bench-writer-{secrets.token_hex(4)}", secrets.token_urlsafe(12))
    with server.transport(writer.access_token) as http:
        room = _make_group(http, "Outbox", [])
        raw_room = _make_group(http, "Outbox (raw)", [])
    gen = TextGenerator(seed=7)
    texts = [m.body for batch in gen.messages(size.flush_posts, groups=1, people=1) for m in batch]
    replica = open_replica(work / "flush.db", KEY, create=True)
    try:
        with HttpTransport(server.base_url, access_token=writer.access_token) as http:
            sync_engine = engine.SyncEngine(replica, http, writer.user_id)
            sync_engine.sync_once()  # the group must be in the replica to post in it
            commands = LocalCommands(replica, writer.user_id)
            for text in texts:
                commands.post(room, text)
            with replica.connect() as conn:
                rows = conn.exec_driver_sql(
                    "SELECT body, body_html FROM message WHERE event_id IS NULL ORDER BY id"
                ).all()
            contents = [
                mapping.message_content(
                    markdown=body, html_body=body_html, kind="post", mentions=[]
                )
                for body, body_html in rows
            ]
            raw = raw_send(server, writer, raw_room, contents)
            started = time.perf_counter()
            report = sync_engine.flush()
            seconds = time.perf_counter() - started
        with replica.connect() as conn:
            left = conn.exec_driver_sql("SELECT count(*) FROM outbox_entry").scalar()
    finally:
        replica.close()
    if report.sent != len(texts) or left:
        raise RuntimeError(f"flush sent {report.sent} of {len(texts)}; {left} left")
    return {
        "flush_posts": len(texts),
        "flush_s": seconds,
        "raw_send_s": raw,
        "flush_ratio": seconds / raw,
    }


def raw_send(
    server: DevServer, user: RegisteredUser, room: str, contents: Sequence[dict[str, Any]]
) -> float:
    """The baseline: one PUT after the other, each waiting for its answer, as order needs."""
    headers = {"Authorization": f"Bearer {user.access_token}"}
    path = f"{api.CLIENT_V3}/rooms/{api.q(room)}/send/m.room.message"
    run = secrets.token_hex(4)
    with httpx.Client(
        base_url=server.base_url, headers=headers, timeout=60, trust_env=False
    ) as client:
        for i, content in enumerate(contents[:WARMUP_SENDS]):
            client.put(f"{path}/warm{run}{i}", json=content).raise_for_status()
        started = time.perf_counter()
        for i, content in enumerate(contents):
            client.put(f"{path}/raw{run}{i}", json=content).raise_for_status()
        return time.perf_counter() - started


# --- report -------------------------------------------------------------------------------


def carry_over(path: Path, figures: dict[str, Any], phases: set[str]) -> None:
    """Keep the figures of phases not run now from the last run of the same size, saying
    when and under what load they were measured."""
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if previous.get("size") != figures["size"]:
        return
    earlier = previous.get("carried_over", {})
    for phase, prefixes in PHASE_KEYS.items():
        if phase in phases:
            continue
        kept = {k: v for k, v in previous.items() if k.startswith(prefixes)}
        if not kept:
            continue
        figures.update(kept)
        figures.setdefault("carried_over", {})[phase] = earlier.get(phase) or {
            "started_at": previous.get("started_at"),
            "load_average_at_start": previous.get("load_average_at_start"),
        }


def print_table(figures: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str]] = []

    def add(key: str, fmt: str, note: str = "") -> None:
        value = figures.get(key)
        if value is not None:
            rows.append((key, format(value, fmt), note))

    def verdict(key: str, target: float) -> str:
        value = figures.get(key)
        if value is None:
            return ""
        return f"target <= {target}: {'ok' if value <= target else 'missed'}"

    add("initial_sync_s", ".2f", f"{figures.get('initial_sync_messages', 0):,} messages")
    add("raw_download_s", ".2f", f"{figures.get('raw_download_requests', 0)} requests")
    add("initial_sync_ratio", ".2f", verdict("initial_sync_ratio", INITIAL_SYNC_TARGET))
    add("ingest_events_per_s", ",.0f", f"{figures.get('ingest_events', 0):,} events")
    add("ingest_peak_rss_mb", ".1f")
    add("flush_s", ".2f", f"{figures.get('flush_posts', 0):,} posts")
    add("raw_send_s", ".2f")
    add("flush_ratio", ".2f", verdict("flush_ratio", FLUSH_TARGET))
    widths = [max(len(r[i]) for r in [("figure", "value", ""), *rows]) for i in range(3)]
    print(f"{'figure'.ljust(widths[0])}  {'value'.rjust(widths[1])}  note")
    print(f"{'-' * widths[0]}  {'-' * widths[1]}  {'-' * max(widths[2], 4)}")
    for key, value, note in rows:
        print(f"{key.ljust(widths[0])}  {value.rjust(widths[1])}  {note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument(
        "--only",
        default="initial,ingest,flush",
        help="comma-separated phases to run (initial, ingest, flush)",
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--seed-only", action="store_true", help="seed the server and stop")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    size: Size = SIZES[args.size]
    if args.phase == "ingest":
        print(json.dumps(ingest_phase(size, args.work)))
        return 0

    phases = {p.strip() for p in args.only.split(",") if p.strip()}
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {
        "size": args.size,
        **asdict(size),
        "load_average_at_start": list(os.getloadavg()),
        "cpus": os.cpu_count(),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "targets": {"initial_sync_ratio": INITIAL_SYNC_TARGET, "flush_ratio": FLUSH_TARGET},
        "timeline_limit": engine.SYNC_FILTER["room"]["timeline"]["limit"],
        "backfill_page": engine.BACKFILL_PAGE,
    }
    started = time.perf_counter()
    data_dir = ROOT / "build" / ("bench-server" if args.size == "full" else "bench-server-small")
    with tempfile.TemporaryDirectory(dir=out, prefix="sync-work-") as tmp:
        work = Path(tmp)
        if "ingest" in phases and not args.seed_only:
            print(f"ingest: {size.ingest_events:,} events in a fresh process ...", flush=True)
            figures.update(run_ingest_process(args.size, work))
        if phases & {"initial", "flush"} or args.seed_only:
            server, seeded = seeded_server(data_dir, size)
            try:
                figures["seed_seconds"] = seeded.seed_seconds
                if "initial" in phases and not args.seed_only:
                    figures.update(initial_sync_phase(server, seeded, work))
                if "flush" in phases and not args.seed_only:
                    print(f"flush: {size.flush_posts:,} posts ...", flush=True)
                    figures.update(flush_phase(server, size, work))
            finally:
                server.stop()
    if args.seed_only:
        return 0
    figures["total_seconds"] = time.perf_counter() - started
    figures["peak_rss_mb"] = peak_rss_mb()
    carry_over(out / "sync.json", figures, phases)
    (out / "sync.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    print()
    print(
        f"Treffpunkt sync benchmark, size {args.size}; load average at start "
        f"{' '.join(f'{x:.2f}' for x in figures['load_average_at_start'])} on {os.cpu_count()} CPUs"
    )
    print_table(figures)
    print(f"written to {out / 'sync.json'} ({figures['total_seconds']:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
