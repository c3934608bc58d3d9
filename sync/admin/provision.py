"""Provisioning a Synapse homeserver for Treffpunkt, as an admin, idempotently.

It makes what docs/architecture.md maps onto Matrix: one space per organisation (state
``app.treffpunkt.organisation``), one directory room per organisation (state
``app.treffpunkt.directory``), groups as rooms linked to their organisations' spaces
(``m.space.child`` / ``m.space.parent``), accounts, and the staff directory imported from an
HR export. Everything is found again by a stable alias (``#org-<key>``, ``#directory-<key>``,
``#group-<key>``), so running a command again updates what is there and never duplicates it.

Directory entries are written as the person they describe, with a short-lived token from
Synapse's admin API, logged out as soon as the entry is written: the Matrix auth rules reject
a state event whose state key starts with ``@`` and is not its sender, whatever the sender's
power. A generated password is recorded only once its account exists. Group rooms let
members (power 0) send messages, ``app.treffpunkt.document`` and
``app.treffpunkt.appointment`` state; directory rooms let
members write ``app.treffpunkt.person`` state and nothing else.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import os
import random
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, TextIO, TypeVar

from client.clock import utcnow
from client.ingest import PersonEntry
from sync import api, appointmentmap, mapping
from sync.admin.config import GroupSpec, OrganisationSpec, RegionConfig
from sync.admin.people import PersonRecord, RowProblem
from sync.api import MatrixError, TransportError
from sync.backoff import backoff_delay
from sync.transport import HttpTransport

R = TypeVar("R")

log = logging.getLogger(__name__)

ENTRY_TOKEN_LIFETIME_MS = 60 * 60 * 1000
Scope = Literal["all", "own"]


class AdminError(Exception):
    """A request failed for good; the message says which and why."""


class Passwords(Protocol):
    """Initial passwords of new accounts: made before an account is, recorded once it is."""

    def new(self, user_id: str) -> str | None: ...

    def created(self, user_id: str, password: str | None) -> None: ...


# --------------------------------------------------------------------------- progress


class Progress:
    """A counter line on stderr: rewritten in place on a terminal, every few seconds in a log."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self._stream = stream if stream is not None else sys.stderr
        self._tty = self._stream.isatty()
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
            now = time.monotonic()
            if now - self._last >= (0.2 if self._tty else 5.0) or self.done >= self.total:
                self._last = now
                self._write(final=False)

    def _write(self, *, final: bool) -> None:
        elapsed = time.monotonic() - self._started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        text = f"{self.label}: {self.done}/{self.total} ({rate:.0f}/s, {elapsed:.0f} s)"
        if self._tty:
            self._stream.write("\r" + text + ("\n" if final else ""))
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def finish(self) -> float:
        with self._lock:
            if self._tty or self.done < self.total:
                self._write(final=True)
        return time.monotonic() - self._started


# --------------------------------------------------------------------------- the provisioner


@dataclass
class RoomOutcome:
    room_id: str
    created: bool = False
    changes: int = 0  # state events sent to bring an existing room up to date


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return (
            f"created {self.created}, updated {self.updated}, "
            f"unchanged {self.unchanged}, skipped {self.skipped}"
        )


class Provisioner:
    """Brings a homeserver's rooms, accounts and directory to what is asked, as an admin."""

    def __init__(
        self,
        http: HttpTransport,
        admin_user_id: str,
        *,
        workers: int = 4,
        out: TextIO | None = None,
        retries: int = 6,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.http = http
        self.admin_user_id = admin_user_id
        self.server_name = admin_user_id.split(":", 1)[1]
        self.workers = max(1, workers)
        self.out = out if out is not None else sys.stderr
        self._retries = retries
        self._sleep = sleep
        self._rng = rng
        self._lock = threading.Lock()
        self._state: dict[str, dict[tuple[str, str], Mapping[str, Any]]] = {}
        self._joined: dict[str, set[str]] = {}

    # ----------------------------------------------------------------- requests

    def attempt(self, request: api.Request[R], *, token: str | None = None) -> R | MatrixError:
        """The reply or the server's refusal; transient failures are retried with the
        engine's backoff (a server's retry_after a floor, both capped), and raise AdminError
        when they persist."""
        error: MatrixError | TransportError | None = None
        for attempts in range(1, self._retries + 1):
            result = self.http.execute(request, access_token=token)
            if isinstance(result, MatrixError) and result.is_transient:
                retry_after: int | None = result.retry_after_ms
            elif isinstance(result, TransportError):
                retry_after = None
            else:
                return result
            error = result
            if attempts < self._retries:  # no wait before giving up
                self._sleep(backoff_delay(attempts, retry_after, self._rng))
        raise AdminError(f"{request.method} {request.path}: {describe(error)}")

    def call(self, request: api.Request[R], *, token: str | None = None) -> R:
        result = self.attempt(request, token=token)
        if isinstance(result, MatrixError):
            raise AdminError(f"{request.method} {request.path}: {describe(result)}")
        return result

    def user_id(self, name: str) -> str:
        """A user id from a user name; a full user id is taken as it is."""
        return name if name.startswith("@") else f"@{name}:{self.server_name}"

    def alias(self, localpart: str) -> str:
        return f"#{localpart}:{self.server_name}"

    # ----------------------------------------------------------------- room state

    def state(self, room_id: str) -> dict[tuple[str, str], Mapping[str, Any]]:
        with self._lock:
            cached = self._state.get(room_id)
        if cached is None:
            events = self.call(api.get_room_state(room_id)).events
            fetched = {(e.type, e.state_key or ""): e.content for e in events}
            with self._lock:
                # Another thread may have fetched it meanwhile: keep one copy.
                cached = self._state.setdefault(room_id, fetched)
        return cached

    def ensure_state(
        self,
        room_id: str,
        event_type: str,
        content: Mapping[str, Any],
        state_key: str = "",
        *,
        token: str | None = None,
        compare: Iterable[str] | None = None,
        as_user: tuple[str, int | None] | None = None,
    ) -> bool:
        """Send the state event unless the room has it already; True if it was sent.
        ``compare`` limits the comparison to some keys (Synapse adds keys of its own);
        ``as_user`` (user id, timestamp) sends it through an application service's token."""
        current = self.state(room_id).get((event_type, state_key))
        if current is not None:
            if compare is None and dict(current) == dict(content):
                return False
            if compare is not None and all(current.get(k) == content.get(k) for k in compare):
                return False
        request = api.put_state_event(room_id, event_type, dict(content), state_key)
        if as_user is not None:
            request = api.as_user(request, *as_user)
        self.call(request, token=token)
        with self._lock:
            self._state[room_id][(event_type, state_key)] = dict(content)
        return True

    def ensure_power(
        self, room_id: str, events: Mapping[str, int], events_default: int | None = None
    ) -> bool:
        current = dict(self.state(room_id).get(("m.room.power_levels", ""), {}))
        wanted = json.loads(json.dumps(current))
        wanted.setdefault("events", {}).update(events)
        if events_default is not None:
            wanted["events_default"] = events_default
        if wanted == current:
            return False
        return self.ensure_state(room_id, "m.room.power_levels", wanted)

    def find_room(self, alias_localpart: str) -> str | None:
        found = self.attempt(api.resolve_alias(self.alias(alias_localpart)))
        if isinstance(found, MatrixError):
            if found.errcode == "M_NOT_FOUND":
                return None
            raise AdminError(f"alias {self.alias(alias_localpart)}: {describe(found)}")
        return found.room_id

    def ensure_room(
        self,
        alias_localpart: str,
        *,
        name: str,
        topic: str,
        is_space: bool,
        state: Mapping[tuple[str, str], Mapping[str, Any]],
        power_events: Mapping[str, int],
        events_default: int | None = None,
    ) -> RoomOutcome:
        room_id = self.find_room(alias_localpart)
        outcome = RoomOutcome(room_id or "")
        if room_id is None:
            created = self.call(
                api.create_room(
                    name=name,
                    topic=topic or None,
                    preset="private_chat",
                    room_alias_name=alias_localpart,
                    is_space=is_space,
                    initial_state=tuple(
                        {"type": t, "state_key": k, "content": dict(c)}
                        for (t, k), c in state.items()
                    ),
                )
            )
            outcome = RoomOutcome(created.room_id, created=True)
        room_id = outcome.room_id
        sent = [
            self.ensure_state(room_id, "m.room.name", {"name": name}, compare=("name",)),
            self.ensure_state(room_id, "m.room.topic", {"topic": topic}, compare=("topic",))
            if topic or ("m.room.topic", "") in self.state(room_id)
            else False,
            *(self.ensure_state(room_id, t, c, k) for (t, k), c in state.items()),
            self.ensure_power(room_id, power_events, events_default),
        ]
        outcome.changes = 0 if outcome.created else sum(sent)
        return outcome

    # ----------------------------------------------------------------- rooms of the region

    def ensure_organisation(self, org: OrganisationSpec) -> RoomOutcome:
        content = {"name": org.name, "description": org.description, "key": org.key}
        # A space holds only the organisation's name and its list of groups, and each
        # group stays invite-only. Public, a join is one event instead of an invite and a
        # join, which makes provisioning a region about three times faster on Synapse.
        return self.ensure_room(
            f"org-{org.key}",
            name=org.name,
            topic=org.description,
            is_space=True,
            state={
                (mapping.ORGANISATION_STATE, ""): content,
                ("m.room.join_rules", ""): {"join_rule": "public"},
            },
            power_events={},
        )

    def ensure_directory(self, org: OrganisationSpec, space_id: str) -> RoomOutcome:
        # Members write their own entry (power 0) and nothing else: events_default 50
        # keeps the directory free of chatter from other Matrix clients.
        return self.ensure_room(
            f"directory-{org.key}",
            name=f"{org.name}: directory",
            topic="",
            is_space=False,
            state={(mapping.DIRECTORY_STATE, ""): {"organisation": space_id}},
            power_events={mapping.PERSON_STATE: 0},
            events_default=50,
        )

    def ensure_group(self, group: GroupSpec, spaces: Mapping[str, str]) -> RoomOutcome:
        via = {"via": [self.server_name]}
        state: dict[tuple[str, str], Mapping[str, Any]] = {
            (mapping.GROUP_STATE, ""): {
                "description": group.description,
                "kind": group.kind,
                "key": group.key,
            }
        }
        for index, org in enumerate(group.organisations):
            state[("m.space.parent", spaces[org])] = {**via, "canonical": index == 0}
        state[("m.room.join_rules", "")] = group_join_rule(group, spaces)
        outcome = self.ensure_room(
            f"group-{group.key}",
            name=group.name,
            topic=group.description,
            is_space=False,
            state=state,
            power_events={
                mapping.DOCUMENT_STATE: 0,
                mapping.ANSWER_EVENT: 0,
                appointmentmap.APPOINTMENT_STATE: 0,
            },
            events_default=0,
        )
        for org in group.organisations:
            if self.ensure_state(spaces[org], "m.space.child", via, outcome.room_id):
                outcome.changes += 0 if outcome.created else 1
        return outcome

    def joined(self, room_id: str) -> set[str]:
        with self._lock:
            cached = self._joined.get(room_id)
        if cached is None:
            fetched = set(self.call(api.joined_members(room_id)).user_ids)
            with self._lock:
                cached = self._joined.setdefault(room_id, fetched)
        return cached

    def ensure_member(self, room_id: str, user_id: str) -> bool | None:
        """Join the user (True), already there (False), no such account (None)."""
        if user_id in self.joined(room_id):
            return False
        result = self.attempt(api.admin_join(room_id, user_id))
        if isinstance(result, MatrixError):
            if result.errcode == "M_NOT_FOUND":
                return None
            raise AdminError(f"{user_id} joining {room_id}: {describe(result)}")
        with self._lock:
            self._joined[room_id].add(user_id)
        return True

    def ensure_members(self, room_id: str, user_ids: Iterable[str]) -> tuple[int, list[str]]:
        """(number joined now, user ids that have no account)."""
        wanted = [u for u in dict.fromkeys(user_ids) if u not in self.joined(room_id)]
        with ThreadPoolExecutor(self.workers) as pool:
            results = list(pool.map(lambda u: self.ensure_member(room_id, u), wanted))
        missing = [u for u, r in zip(wanted, results, strict=True) if r is None]
        return sum(1 for r in results if r), missing

    # ----------------------------------------------------------------- accounts and entries

    def ensure_account(
        self,
        user_id: str,
        *,
        displayname: str,
        email: str = "",
        passwords: Passwords | None = None,
    ) -> Literal["created", "updated", "unchanged"]:
        """Create the account or bring its name and e-mail up to date; never its password.

        A new account's password is recorded (``passwords.created``) once the account
        exists, never before: a refused request leaves no password of an account that is
        not there."""
        current = self.attempt(api.admin_get_user(user_id))
        emails = (email,) if email else ()
        if isinstance(current, MatrixError):
            if current.errcode != "M_NOT_FOUND":
                raise AdminError(f"account {user_id}: {describe(current)}")
            password = passwords.new(user_id) if passwords is not None else None
            request = api.admin_put_user(
                user_id, password=password, displayname=displayname, emails=emails
            )
            try:
                self.call(request)
            except AdminError:
                # The server may have made the account before its answer was lost: then it
                # has this password, and nobody else knows it.
                if passwords is not None and self._exists(user_id):
                    passwords.created(user_id, password)
                raise
            if passwords is not None:
                passwords.created(user_id, password)
            return "created"
        if current.deactivated:
            raise AdminError(f"account {user_id} is deactivated; reactivate it first")
        name_changed = current.displayname != displayname
        email_changed = bool(email) and {e.lower() for e in current.emails} != {email}
        if not name_changed and not email_changed:
            return "unchanged"
        self.call(
            api.admin_put_user(
                user_id,
                displayname=displayname if name_changed else None,
                emails=emails if email_changed else None,
            )
        )
        return "updated"

    def _exists(self, user_id: str) -> bool:
        try:
            return not isinstance(self.attempt(api.admin_get_user(user_id)), MatrixError)
        except AdminError:
            return False

    @contextlib.contextmanager
    def as_user(self, user_id: str) -> Iterator[str]:
        """A short-lived token of the user (admin login-as-user) for writing as them,
        logged out when the block ends: a token of someone else's account is not left
        lying about until it expires."""
        until = int(time.time() * 1000) + ENTRY_TOKEN_LIFETIME_MS
        token = self.call(api.admin_login_as_user(user_id, valid_until_ms=until)).access_token
        try:
            yield token
        finally:
            try:
                ended = self.attempt(api.logout(), token=token)
            except AdminError as exc:
                ended = None
                log.warning("token of %s not logged out (it expires in an hour): %s", user_id, exc)
            if isinstance(ended, MatrixError) and not ended.is_unknown_token:
                log.warning("token of %s not logged out: %s", user_id, describe(ended))

    def ensure_entry(self, directory_id: str, user_id: str, content: Mapping[str, Any]) -> bool:
        """Write the person's directory entry as that person, unless it is there already."""
        current = self.state(directory_id).get((mapping.PERSON_STATE, user_id))
        if current is not None and dict(current) == dict(content):
            return False
        with self.as_user(user_id) as token:
            return self.ensure_state(
                directory_id, mapping.PERSON_STATE, content, user_id, token=token
            )


def group_join_rule(group: GroupSpec, spaces: Mapping[str, str]) -> dict[str, Any]:
    """``m.room.join_rules`` of a group: invite-only, or for an open group "restricted":
    whoever is a member of one of its organisations' spaces may join (spec v1.16, room
    versions 8 and later; Synapse's default room version has been one of them for years).
    Unlike "public" it keeps out everyone else on the server, such as external partners
    and other organisations' staff."""
    if not group.open:
        return {"join_rule": "invite"}
    return {
        "join_rule": "restricted",
        "allow": [
            {"type": "m.room_membership", "room_id": spaces[org]} for org in group.organisations
        ],
    }


def describe(error: MatrixError | TransportError | None) -> str:
    if isinstance(error, MatrixError):
        return f"{error.errcode} ({error.status}) {error.error}".strip()
    if isinstance(error, TransportError):
        return f"no usable reply ({error.kind.value}: {error.detail})"
    return "failed"


# --------------------------------------------------------------------------- init


@dataclass
class RegionRooms:
    spaces: dict[str, str] = field(default_factory=dict)  # organisation key -> space id
    directories: dict[str, str] = field(default_factory=dict)  # key -> directory room id
    groups: dict[str, str] = field(default_factory=dict)  # group key -> room id
    organisations: dict[str, OrganisationSpec] = field(default_factory=dict)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def count(self, outcome: RoomOutcome) -> None:
        if outcome.created:
            self.created += 1
        elif outcome.changes:
            self.updated += 1
        else:
            self.unchanged += 1


def provision_rooms(prov: Provisioner, config: RegionConfig) -> RegionRooms:
    """Organisation spaces, their directory rooms and the groups; no members yet."""
    rooms = RegionRooms()
    for org in config.organisations:
        space = prov.ensure_organisation(org)
        rooms.count(space)
        rooms.spaces[org.key] = space.room_id
        rooms.organisations[org.key] = org
        directory = prov.ensure_directory(org, space.room_id)
        rooms.count(directory)
        rooms.directories[org.key] = directory.room_id
    for group in config.groups:
        outcome = prov.ensure_group(group, rooms.spaces)
        rooms.count(outcome)
        rooms.groups[group.key] = outcome.room_id
    return rooms


def provision_group_members(
    prov: Provisioner, config: RegionConfig, rooms: RegionRooms
) -> tuple[int, list[str]]:
    """Join each group's members; returns (joined now, members without an account)."""
    joined = 0
    missing: list[str] = []
    for group in config.groups:
        added, absent = prov.ensure_members(
            rooms.groups[group.key], (prov.user_id(m) for m in group.members)
        )
        joined += added
        missing.extend(absent)
    return joined, sorted(set(missing))


def init_region(prov: Provisioner, config: RegionConfig) -> tuple[RegionRooms, int, list[str]]:
    rooms = provision_rooms(prov, config)
    joined, missing = provision_group_members(prov, config, rooms)
    return rooms, joined, missing


def discover_region(prov: Provisioner) -> RegionRooms:
    """The organisations the admin provisioned before (spaces with our state), for import."""
    rooms = RegionRooms()
    for room_id in prov.call(api.joined_rooms()).room_ids:
        content = prov.state(room_id).get((mapping.ORGANISATION_STATE, ""))
        key = content.get("key") if content else None
        if content is None or not isinstance(key, str):
            continue
        directory = prov.find_room(f"directory-{key}")
        if directory is None:
            continue
        name = content.get("name")
        rooms.organisations[key] = OrganisationSpec(key, name if isinstance(name, str) else key)
        rooms.spaces[key] = room_id
        rooms.directories[key] = directory
    return rooms


# --------------------------------------------------------------------------- import-people


@dataclass
class ImportReport:
    summary: Summary = field(default_factory=Summary)
    problems: list[RowProblem] = field(default_factory=list)


class PasswordPolicy:
    """Initial passwords of new accounts: one given password, or a random one each that is
    appended to a file only its owner can read once its account exists."""

    def __init__(self, *, fixed: str | None = None, out_path: Path | None = None) -> None:
        if fixed is None and out_path is None:
            raise ValueError("a fixed password or a file for the generated ones")
        self._fixed = fixed
        self._out_path = out_path
        self._lock = threading.Lock()
        self.written = 0

    def new(self, user_id: str) -> str:
        """A password for an account about to be made; nothing is recorded yet."""
        if self._fixed is not None:
            return self._fixed
        import secrets

        return secrets.token_urlsafe(12)

    def created(self, user_id: str, password: str | None) -> None:
        """The account exists with ``password``: append it to the file (generated ones)."""
        if self._fixed is not None or password is None:
            return
        assert self._out_path is not None
        with self._lock:
            # O_CREAT with 0600, and fchmod for a file that was there with wider rights.
            fd = os.open(self._out_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8", newline="") as handle:
                os.fchmod(fd, 0o600)
                if handle.tell() == 0:
                    handle.write("user id,initial password\n")
                csv.writer(handle, lineterminator="\n").writerow((user_id, password))
            self.written += 1


def _match_organisation(rooms: RegionRooms, written: str) -> str | None:
    folded = written.strip().casefold()
    for key, org in rooms.organisations.items():
        if folded in (key.casefold(), org.name.casefold()):
            return key
    return None


def import_people(
    prov: Provisioner,
    records: Sequence[PersonRecord],
    rooms: RegionRooms,
    passwords: Passwords,
    *,
    scope: Scope = "all",
    progress: Progress | None = None,
) -> ImportReport:
    """Accounts, organisation memberships and directory entries for valid rows."""
    report = ImportReport()
    lock = threading.Lock()

    def one(record: PersonRecord) -> None:
        key = _match_organisation(rooms, record.organisation)
        outcome: str
        if key is None:
            problem = RowProblem(record.line, f"unknown organisation {record.organisation!r}")
        else:
            try:
                outcome = _import_one(prov, record, key, rooms, passwords, scope)
                problem = None
            except AdminError as exc:
                problem = RowProblem(record.line, f"the server refused: {exc}")
        with lock:
            if problem is not None:
                report.problems.append(problem)
                report.summary.skipped += 1
            else:
                setattr(report.summary, outcome, getattr(report.summary, outcome) + 1)
        if progress is not None:
            progress.advance()

    # Rows are independent of each other; the server is the bottleneck, so a few at once.
    with ThreadPoolExecutor(prov.workers) as pool:
        list(pool.map(one, records))
    report.problems.sort(key=lambda p: p.line)
    return report


def _import_one(
    prov: Provisioner,
    record: PersonRecord,
    key: str,
    rooms: RegionRooms,
    passwords: Passwords,
    scope: Scope,
) -> str:
    user_id = prov.user_id(record.user_name)
    account = prov.ensure_account(
        user_id, displayname=record.name, email=record.email, passwords=passwords
    )
    keys = list(rooms.spaces) if scope == "all" else [key]
    # Rows run side by side; starting each at another organisation spreads the joins over
    # rooms, which Synapse handles one event at a time each.
    shift = record.line % len(keys)
    keys = keys[shift:] + keys[:shift]
    joined = 0
    for org_key in keys:
        for room_id in (rooms.spaces[org_key], rooms.directories[org_key]):
            if prov.ensure_member(room_id, user_id):
                joined += 1
    row = PersonEntry(
        user_id=user_id,
        name=record.name,
        organisation_id=rooms.spaces[key],
        organisation=rooms.organisations[key].name,
        title=record.title,
        department=record.department,
        skills=record.skills,
        phone=record.phone,
        email=record.email,
        location=record.location,
        updated_at=utcnow(),
    )
    wrote = prov.ensure_entry(rooms.directories[key], user_id, mapping.person_content(row))
    if account == "created":
        return "created"
    return "updated" if account == "updated" or joined or wrote else "unchanged"


def analyze(database: Path) -> bool:
    """ANALYZE Synapse's SQLite database after a bulk load, so its planner has statistics."""
    if not database.exists():
        return False
    # Synapse may be running: wait for its write lock rather than fail.
    with contextlib.closing(sqlite3.connect(database, timeout=60)) as conn:
        conn.execute("ANALYZE")
        conn.commit()
    return True
