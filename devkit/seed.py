"""The demo's sample region on a homeserver: ``seed_demo`` and the local demo server.

``seed_demo`` provisions the sample region with the admin tool's ``Provisioner`` (rooms,
accounts, directory) and then sends its posts, comments, likes, answers, documents and
appointments (with their members' answers) as their authors. With the token of a dev
application service (``devkit.devserver`` registers one) posts get realistic timestamps
(``devkit.demotimes``); without one, and for appointments, the server's clock dates them.
A progress file records what was sent, so a re-run completes a crashed one and never sends
anything twice.

``ensure_demo_server`` runs the demo's Synapse under build/demo-server, seeded once (minutes)
and started in seconds afterwards. A marker file records the seed; a server seeded by
another ``SEED_VERSION`` is made afresh. Every sample account has the password
``DEMO_PASSWORD``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO, TypeVar

from client.appointments import AnswerEvent, AppointmentState, Outgoing
from client.render import render_markdown
from devkit import demotimes, sample, sampleappointments
from devkit.devserver import REPO_ROOT, DevServer
from sync import api, appointmentmap, mapping
from sync.admin.config import ConfigError, GroupSpec, OrganisationSpec, RegionConfig
from sync.admin.people import PersonRecord
from sync.admin.provision import (
    AdminError,
    PasswordPolicy,
    Progress,
    Provisioner,
    RegionRooms,
    Summary,
    analyze,
    describe,
    import_people,
    provision_rooms,
)
from sync.api import MatrixError, TransportError

R = TypeVar("R")

DEMO_DIR = REPO_ROOT / "build" / "demo-server"
# Every account of the demo's sample region signs in with this; a demo server only.
DEMO_PASSWORD = "treffpunkt-demo"
# The sample people the demo signs in as. They see every organisation's directory; everyone
# else joins only their own organisation's space and directory, which is all they need to
# write their entry, and saves the seed most of its (slow) joins.
DEMO_VIEWERS = ("anke.devries", "juergen.hoffmann")
DEMO_ADMIN = "treffpunkt-admin"
# Without an application service, seeded posts are sent from this device of each author, so
# that Synapse's transaction-id deduplication (per device) holds across runs; the progress
# file covers the rest.
SEED_DEVICE = "TREFFPUNKT_SEED"
SEED_MARKER = "seeded.json"
# The version of what the demo seed makes; a demo server seeded by another version is made
# afresh once (2: realistic timestamps through the dev application service, open groups;
# 3: appointments).
# Bump it only when what the seed sends changes: a server seeded with the same content keeps
# its data and its clients' replicas.
SEED_VERSION = 3


def sample_config(data: sample.SampleData) -> RegionConfig:
    """The sample's organisations and groups as the admin tool's region configuration."""
    return RegionConfig(
        tuple(OrganisationSpec(o.key, o.name, o.description) for o in data.organisations),
        tuple(
            GroupSpec(g.key, g.name, g.description, g.kind, g.organisations, g.members, g.open)
            for g in data.groups
        ),
    )


class SeedProgress:
    """What has been sent, by sample key: one JSON line each, appended as it happens, so a
    re-run (even after a crash) continues and never sends a post twice."""

    def __init__(self, path: Path, identity: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.done: dict[str, str] = {}
        # The first line names the server's first organisation space: event ids recorded
        # against another server (or a wiped one) must not be taken as sent.
        header = json.dumps({"key": "@server", "id": identity})
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        if lines and lines[0] != header:
            raise ConfigError(
                f"{path} records a seed of another server; remove it or give another --progress"
            )
        if not lines:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(header + "\n", encoding="utf-8")
        for line in lines[1:]:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                item = json.loads(line)
                self.done[str(item["key"])] = str(item["id"])

    def get(self, key: str) -> str | None:
        with self._lock:
            return self.done.get(key)

    def record(self, key: str, value: str) -> None:
        with self._lock:
            self.done[key] = value
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"key": key, "id": value}) + "\n")


@dataclass
class SeedReport:
    people: Summary
    rooms: RegionRooms
    events: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def _rehome(data: sample.SampleData, server_name: str) -> sample.SampleData:
    """The sample is written for intranet.test; give its user ids the target server's name."""
    if server_name == sample.SERVER:
        return data

    def uid(user_id: str) -> str:
        return user_id.replace(f":{sample.SERVER}", f":{server_name}")

    people = tuple(replace(p, user_id=uid(p.user_id)) for p in data.people)
    return replace(
        data,
        people=people,
        groups=tuple(replace(g, members=tuple(uid(m) for m in g.members)) for g in data.groups),
        messages=tuple(
            replace(
                m,
                author=uid(m.author),
                body=m.body.replace(f":{sample.SERVER})", f":{server_name})"),
                mentions=tuple(uid(u) for u in m.mentions),
                likes=tuple(uid(u) for u in m.likes),
            )
            for m in data.messages
        ),
        documents=tuple(replace(d, author=uid(d.author)) for d in data.documents),
        people_by_id={p.user_id: p for p in people},
    )


class _Senders:
    """Requests in a sample author's name.

    Through an application service (``?user_id=``, ``?ts=``) when there is one: its
    transaction ids are scoped to the service, and the seed's are unique per sample key.
    Otherwise with the author's own token on the fixed seeding device (password login):
    Synapse keeps transaction ids per device across restarts, and cannot take ``ts``.
    """

    def __init__(self, prov: Provisioner, password: str, appservice_token: str | None) -> None:
        self._prov = prov
        self._password = password
        self.appservice_token = appservice_token
        self._tokens: dict[str, str] = {}
        self._lock = threading.Lock()

    def as_author(
        self, request: api.Request[R], user_id: str, ts: int | None
    ) -> tuple[api.Request[R], str]:
        """The request and the token to send it with."""
        if self.appservice_token is not None:
            return api.as_user(request, user_id, ts), self.appservice_token
        return request, self.token(user_id)

    def token(self, user_id: str) -> str:
        with self._lock:
            token = self._tokens.get(user_id)
        if token is None:
            token = self._prov.call(
                api.login_password(user_id, self._password, device_id=SEED_DEVICE)
            ).access_token
            with self._lock:
                self._tokens[user_id] = token
        return token


def seed_demo(
    prov: Provisioner,
    data: sample.SampleData,
    progress_path: Path,
    *,
    password: str = DEMO_PASSWORD,
    appservice_token: str | None = None,
    today: date | None = None,
) -> SeedReport:
    """Everything the demo needs, as the sample's authors; a re-run completes what is missing.

    With the token of an application service whose namespace holds the sample users (the
    dev server's), posts are sent in their authors' names with planned timestamps over the
    weeks before ``today`` (default: the day of the first run, kept in the progress file);
    without one, each author signs in and the server's clock dates everything.
    """
    started = time.monotonic()
    data = _rehome(data, prov.server_name)
    config = sample_config(data)
    print(
        f"rooms: {len(config.organisations)} organisations, {len(config.groups)} groups",
        file=prov.out,
    )
    rooms = provision_rooms(prov, config)

    staff = [p for p in data.people if p.organisation_key is not None]
    externals = [p for p in data.people if p.organisation_key is None]
    records = [
        PersonRecord(
            line=index,
            user_name=p.user_id[1:].split(":", 1)[0],
            name=p.name,
            organisation=p.organisation_key or "",
            email=p.email,
            department=p.department,
            title=p.title,
            skills=p.skills,
            phone=p.phone,
            location=p.location,
        )
        for index, p in enumerate(staff, start=1)
    ]
    counter = Progress("people", len(records) + len(externals), prov.out)
    passwords = PasswordPolicy(fixed=password)
    imported = import_people(prov, records, rooms, passwords, scope="own", progress=counter)
    for viewer in DEMO_VIEWERS:
        viewer_id = prov.user_id(viewer)
        if any(p.user_id == viewer_id for p in data.people):
            for org_key in rooms.spaces:
                for room_id in (rooms.spaces[org_key], rooms.directories[org_key]):
                    prov.ensure_member(room_id, viewer_id)

    def external(person: sample.SamplePerson) -> None:
        # External partners get an account and their groups, no directory entry: that is
        # what makes them external.
        outcome = prov.ensure_account(
            person.user_id,
            displayname=person.name,
            email=person.email,
            passwords=passwords,
        )
        setattr(imported.summary, outcome, getattr(imported.summary, outcome) + 1)
        counter.advance()

    with ThreadPoolExecutor(prov.workers) as pool:
        list(pool.map(external, externals))
    counter.finish()
    problems = [str(p) for p in imported.problems]

    memberships = Progress("group members", len(config.groups), prov.out)
    for group in config.groups:
        _, missing = prov.ensure_members(rooms.groups[group.key], group.members)
        problems += [f"{group.key}: {u} has no account" for u in missing]
        memberships.advance()
    memberships.finish()

    report = SeedReport(imported.summary, rooms, problems=problems)
    done = SeedProgress(progress_path, rooms.spaces[config.organisations[0].key])
    senders = _Senders(prov, password, appservice_token)
    report.events = _seed_content(prov, data, rooms, done, senders, _seed_day(done, today))
    report.seconds = time.monotonic() - started
    return report


def _seed_day(done: SeedProgress, today: date | None) -> date:
    """The day the history is planned back from: that of the first run, so that a re-run
    plans the same timestamps (they also find events a crashed run sent)."""
    recorded = done.get("@day")
    if recorded is not None:
        return date.fromisoformat(recorded)
    day = today if today is not None else datetime.now(UTC).date()
    done.record("@day", day.isoformat())
    return day


Fingerprint = tuple[str, str, int]  # sender, event type, timestamp


def _sent_before(prov: Provisioner, room_id: str) -> dict[Fingerprint, str]:
    """The room's events by sender, type and timestamp, read as the admin.

    Planned timestamps are unique, so an event found here with a key's planned sender, type
    and time is that key's: a run that was stopped after the server took an event but before
    the progress file had it does not send it again (an application service's transaction
    ids are remembered only for a while, in memory).
    """
    found: dict[Fingerprint, str] = {}
    token: str | None = None
    while True:
        page = prov.call(api.messages(room_id, from_token=token, limit=500))
        for event in page.chunk:
            found[(event.sender, event.type, event.origin_server_ts)] = event.event_id
        if page.end is None or not page.chunk:
            return found
        token = page.end


def _seed_content(
    prov: Provisioner,
    data: sample.SampleData,
    rooms: RegionRooms,
    done: SeedProgress,
    senders: _Senders,
    day: date,
) -> int:
    dated = senders.appservice_token is not None
    times = demotimes.plan(data.messages, data.documents, day) if dated else {}
    by_group: dict[str, list[sample.SampleMessage]] = {}
    # In time order, so that the room's order and the dates agree; a comment always comes
    # after its post, so it still finds the post sent.
    for message in sorted(data.messages, key=lambda m: times.get(m.key, 0)):
        by_group.setdefault(message.group, []).append(message)
    docs_by_group: dict[str, list[sample.SampleDocument]] = {}
    for document in data.documents:
        docs_by_group.setdefault(document.group, []).append(document)
    total = sum(1 + len(m.likes) + (m.answer is not None) for m in data.messages)
    total += 2 * len(data.documents)
    planned: dict[str, list[tuple[AppointmentState, list[AnswerEvent]]]] = {}
    for state, answers in sampleappointments.appointments(data.groups, day):
        planned.setdefault(state.group_id, []).append((state, answers))
        total += 2 + len(answers)
    room_of = {g.room_id: g.key for g in data.groups}
    appointments_by_group = {room_of[room]: found for room, found in planned.items()}
    counter = Progress("posts, comments, likes, answers, documents", total, prov.out)
    counter.advance(
        sum(1 for m in data.messages if done.get(m.key))
        + sum(
            1 for m in data.messages for i in range(len(m.likes)) if done.get(f"{m.key}-like-{i}")
        )
        + sum(1 for m in data.messages if m.answer and done.get(f"{m.key}-answer"))
        + sum(1 for d in data.documents if done.get(f"{d.key}-media"))
        + sum(1 for d in data.documents if done.get(d.key))
    )
    sent = 0
    sent_lock = threading.Lock()

    def send(
        key: str,
        room_id: str,
        author: str,
        event_type: str,
        content: dict[str, Any],
        earlier: Mapping[Fingerprint, str],
    ) -> str:
        nonlocal sent
        known = done.get(key)
        if known is not None:
            return known
        ts = times.get(key)
        event_id = earlier.get((author, event_type, ts)) if ts is not None else None
        if event_id is None:
            request, token = senders.as_author(
                api.send_event(room_id, event_type, f"seed-{key}", content), author, ts
            )
            result = prov.attempt(request, token=token)
            if isinstance(result, MatrixError):
                if result.errcode != "M_DUPLICATE_ANNOTATION":  # a like already there is fine
                    raise AdminError(f"{key}: {describe(result)}")
                event_id = "duplicate"
            else:
                event_id = result.event_id
            with sent_lock:
                sent += 1
        done.record(key, event_id)
        counter.advance()
        return event_id

    def group(key: str) -> None:
        room_id = rooms.groups[key]
        messages = by_group.get(key, [])
        keys = [m.key for m in messages] + [
            f"{m.key}-like-{i}" for m in messages for i in range(len(m.likes))
        ]
        earlier = (
            _sent_before(prov, room_id) if dated and any(done.get(k) is None for k in keys) else {}
        )
        latest: dict[str, str] = {}  # thread root key -> latest event id in the thread
        for m in messages:
            root = done.get(m.thread_root) if m.thread_root else None
            if m.thread_root and root is None:
                raise AdminError(f"{m.key}: its post {m.thread_root} was not sent")
            content = mapping.message_content(
                markdown=m.body,
                html_body=render_markdown(m.body).html,
                kind=m.kind,
                mentions=m.mentions,
                thread_root=root,
                reply_to=latest.get(m.thread_root) if m.thread_root else None,
            )
            event_id = send(m.key, room_id, m.author, "m.room.message", content, earlier)
            if m.thread_root:
                latest[m.thread_root] = event_id
            for index, liker in enumerate(m.likes):
                send(
                    f"{m.key}-like-{index}",
                    room_id,
                    liker,
                    "m.reaction",
                    mapping.reaction_content(event_id),
                    earlier,
                )
        for m in messages:
            question, answer = done.get(m.key), done.get(m.answer) if m.answer else None
            if m.answer and question and answer:
                send(
                    f"{m.key}-answer",
                    room_id,
                    m.author,
                    mapping.ANSWER_EVENT,
                    mapping.answer_content(question, answer),
                    earlier,
                )
        for d in docs_by_group.get(key, []):
            url = done.get(f"{d.key}-media")
            if url is None:
                request, token = senders.as_author(
                    api.upload_media(d.mimetype, d.name), d.author, None
                )
                uploaded = prov.http.upload(
                    request, io.BytesIO(d.content), size=d.size, access_token=token
                )
                if isinstance(uploaded, MatrixError | TransportError):
                    raise AdminError(f"{d.key}: upload: {describe(uploaded)}")
                url = uploaded.content_uri
                done.record(f"{d.key}-media", url)
                counter.advance()
            if done.get(d.key) is None:
                content = mapping.document_content(
                    name=d.name,
                    folder=d.folder,
                    mimetype=d.mimetype,
                    size=d.size,
                    sha256=d.sha256,
                    url=url,
                    version=1,
                    based_on=None,
                )
                # State is compared before it is written, so this is idempotent by itself.
                prov.ensure_state(
                    room_id,
                    mapping.DOCUMENT_STATE,
                    content,
                    d.key,
                    token=senders.appservice_token or senders.token(d.author),
                    as_user=(d.author, times.get(d.key)) if dated else None,
                )
                done.record(d.key, "state")
                counter.advance()

        for state, answers in appointments_by_group.get(key, []):
            _seed_appointment(prov, room_id, state, answers, done, senders, dated, send, counter)

    # Order matters within a group (a comment needs its post), not between groups.
    with ThreadPoolExecutor(prov.workers) as pool:
        list(pool.map(group, sorted(rooms.groups)))
    counter.finish()
    return sent


def _seed_appointment(
    prov: Provisioner,
    room_id: str,
    state: AppointmentState,
    answers: Sequence[AnswerEvent],
    done: SeedProgress,
    senders: _Senders,
    dated: bool,
    send: Callable[..., str],
    counter: Progress,
) -> None:
    """An appointment as its organiser makes it (state, then the text for other clients),
    and the members' answers; dated by the server's clock."""
    assert state.draft is not None
    outgoing = Outgoing(state.id, state.organiser, state.draft, False, 1)
    if done.get(state.id) is None:
        prov.ensure_state(
            room_id,
            appointmentmap.APPOINTMENT_STATE,
            appointmentmap.state_content(outgoing),
            state.id,
            token=senders.appservice_token or senders.token(state.organiser),
            as_user=(state.organiser, None) if dated else None,
        )
        done.record(state.id, "state")
        counter.advance()
    fallback = appointmentmap.fallback_content(outgoing, new=True)
    send(f"{state.id}-text", room_id, state.organiser, "m.room.message", fallback, {})
    for n, answer in enumerate(answers):
        content = appointmentmap.answer_content(state.id, answer.answer, answer.comment)
        send(
            f"{state.id}-rsvp-{n}", room_id, answer.user_id, appointmentmap.RSVP_EVENT, content, {}
        )


# --------------------------------------------------------------------------- the demo server


def _secret_file(path: Path, value: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)


def _demo_admin(server: DevServer) -> Provisioner:
    token_path = server.data_dir / "admin-token"
    token = token_path.read_text().strip() if token_path.exists() else ""
    http = server.transport(token or None)
    if token and isinstance(http.execute(api.whoami()), api.WhoamiResponse):
        return Provisioner(http, server.user_id(DEMO_ADMIN))
    import secrets

    user = server.register_user(DEMO_ADMIN, secrets.token_urlsafe(16), admin=True)
    _secret_file(token_path, user.access_token)
    http.access_token = user.access_token
    return Provisioner(http, user.user_id)


def ensure_demo_server(
    data_dir: Path = DEMO_DIR,
    *,
    port: int | None = None,
    data: sample.SampleData | None = None,
    out: TextIO | None = None,
) -> DevServer:
    """Start the demo's Synapse (server name intranet.test), seeding it the first time.

    The seed takes minutes once; later starts take seconds. The port of the first start is
    kept, so that an account a client signed in with stays valid. The caller stops the
    server (``DevServer.stop`` or the context manager).
    """
    out = out if out is not None else sys.stderr
    data_dir = data_dir.resolve()
    port_file = data_dir / "port"
    if port is None and port_file.exists():
        with contextlib.suppress(ValueError):
            port = int(port_file.read_text())
            if not _port_free(port):
                port = None
    marker = data_dir / SEED_MARKER
    if marker.exists() and _seed_version(marker) != SEED_VERSION:
        print("the demo server was seeded by an older version: making it afresh", file=out)
        _reset_demo(data_dir)
    server = DevServer(data_dir, server_name=sample.SERVER, port=port)
    server.start()
    port_file.write_text(f"{server.port}\n")
    if marker.exists():
        return server
    try:
        prov = _demo_admin(server)
        prov.out = out
        report = seed_demo(
            prov,
            data or sample.generate(),
            data_dir / "seed-progress.jsonl",
            appservice_token=server.appservice_token,
        )
        analyze(data_dir / "homeserver.db")
        marker.write_text(
            json.dumps(
                {
                    "version": SEED_VERSION,
                    "seeded_at": datetime.now(UTC).isoformat(),
                    "seconds": round(report.seconds, 1),
                    "events": report.events,
                    "people": str(report.people),
                }
            )
            + "\n"
        )
        print(f"demo server seeded in {report.seconds:.0f} s", file=out)
    except BaseException:
        server.stop()
        raise
    return server


def _seed_version(marker: Path) -> int:
    """The seed version a marker records; 1 for markers written before it had one."""
    try:
        version = json.loads(marker.read_text(encoding="utf-8")).get("version", 1)
    except (OSError, ValueError, AttributeError):
        return 0
    return version if isinstance(version, int) else 0


def _reset_demo(data_dir: Path) -> None:
    """Remove what an older seed made (Synapse's database and media, the seed's records),
    so that the next start seeds afresh. Dates cannot be changed on events already sent.
    The secrets, the signing key and the port stay."""
    for name in (SEED_MARKER, "seed-progress.jsonl", "admin-token"):
        (data_dir / name).unlink(missing_ok=True)
    for name in ("homeserver.db", "homeserver.db-wal", "homeserver.db-shm"):
        (data_dir / name).unlink(missing_ok=True)
    shutil.rmtree(data_dir / "media_store", ignore_errors=True)


def _port_free(port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def first_threads(
    messages: Sequence[sample.SampleMessage], n: int
) -> tuple[sample.SampleMessage, ...]:
    """The first n posts with all their comments; answers only if they are among them."""
    roots = [m.key for m in messages if m.thread_root is None][:n]
    keep = set(roots)
    return tuple(m for m in messages if m.key in keep or m.thread_root in keep)
