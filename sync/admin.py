"""``treffpunkt-admin``: provisioning a Synapse homeserver for Treffpunkt, for IT and the demo.

It makes what ARCHITECTURE.md maps onto Matrix: one space per organisation (state
``app.treffpunkt.organisation``), one directory room per organisation (state
``app.treffpunkt.directory``), groups as rooms linked to their organisations' spaces
(``m.space.child`` / ``m.space.parent``), accounts, and the staff directory imported from an
HR export. Everything is found again by a stable alias (``#org-<key>``, ``#directory-<key>``,
``#group-<key>``), so running a command again updates what is there and never duplicates it.

Commands (secrets never on the command line)::

    export TREFFPUNKT_SERVER=https://matrix.example.org
    export TREFFPUNKT_ADMIN_TOKEN=...      # or --admin-user NAME (password asked,
                                           # or TREFFPUNKT_ADMIN_PASSWORD)
    treffpunkt-admin init region.toml      # organisations, directories, groups, members
    treffpunkt-admin import-people staff.csv [--new-accounts new-accounts.csv]
    treffpunkt-admin seed-demo             # the demo's sample region with its posts
                                           # (dated with TREFFPUNKT_SEED_AS_TOKEN, the
                                           # token of a dev/test application service)
    treffpunkt-admin demo-server           # a local Synapse under build/demo-server, seeded once

``import-people`` reports each bad row as ``line N: reason`` on standard error and imports
the rest. Exit codes: 0 when everything, or everything but some bad rows, was done (the bad
rows are warnings); 1 when nothing could be imported or the server failed; 2 for a usage,
configuration or file error.

Accounts made by ``import-people`` get a random password each, appended to the file given by
``--new-accounts`` (mode 0600) for IT to hand out, or one password read from
``--initial-password-file``. Existing accounts keep their passwords. Every sample account
of ``seed-demo`` and ``demo-server`` has the password ``DEMO_PASSWORD``.

Directory entries are written as the person they describe, with a short-lived token from
Synapse's admin API: the Matrix auth rules reject a state event whose state key starts with
``@`` and is not its sender, whatever the sender's power. Group rooms let members (power 0)
send messages and ``app.treffpunkt.document`` state; directory rooms let members write
``app.treffpunkt.person`` state and nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import io
import json
import logging
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, TextIO, TypeVar

from client.clock import utcnow
from client.ingest import PersonRow
from client.render import render_markdown
from devkit import demotimes, sample
from devkit.devserver import REPO_ROOT, DevServer
from sync import api, mapping
from sync.api import MatrixError, TransportError
from sync.transport import HttpTransport

log = logging.getLogger(__name__)

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
ENTRY_TOKEN_LIFETIME_MS = 60 * 60 * 1000
SEED_MARKER = "seeded.json"
# The version of what the demo seed makes; a demo server seeded by another version is made
# afresh once (2: realistic timestamps through the dev application service, open groups).
SEED_VERSION = 2
Scope = Literal["all", "own"]


class AdminError(Exception):
    """A request failed for good; the message says which and why."""


class ConfigError(Exception):
    """The configuration or input file is unusable; nothing was changed."""


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class GroupSpec:
    key: str
    name: str
    description: str = ""
    kind: str = "group"
    organisations: tuple[str, ...] = ()  # organisation keys
    members: tuple[str, ...] = ()  # user names or user ids
    # Open to its organisations: their members join without an invitation (join rule
    # "restricted" to the organisations' spaces); otherwise invite-only.
    open: bool = False


@dataclass(frozen=True)
class RegionConfig:
    organisations: tuple[OrganisationSpec, ...]
    groups: tuple[GroupSpec, ...] = ()


_KEY = re.compile(r"^[a-z0-9][a-z0-9._=-]*$")


def _text(item: Mapping[str, Any], name: str, where: str, default: str | None = None) -> str:
    value = item.get(name, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise ConfigError(f"{where}: {name!r} must be text")
    return value.strip()


def _texts(item: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {name!r} must be a list of text")
    return tuple(v.strip() for v in value if v.strip())


def parse_config(data: object, base: Path | None = None) -> RegionConfig:
    """A region from parsed JSON/TOML: ``organisations`` and ``groups`` (the format of
    resources/sample/groups.json, inline or as a path relative to the config file)."""
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be an object/table")
    orgs: list[OrganisationSpec] = []
    for index, item in enumerate(data.get("organisations", [])):
        where = f"organisations[{index}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} must be an object/table")
        key = _text(item, "key", where)
        if not _KEY.match(key):
            raise ConfigError(f"{where}: key {key!r} may hold only a-z, 0-9 and . _ = -")
        orgs.append(
            OrganisationSpec(key, _text(item, "name", where), _text(item, "description", where, ""))
        )
    groups_data = data.get("groups", [])
    if isinstance(groups_data, str):
        path = (base or Path.cwd()) / groups_data
        try:
            groups_data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"groups file {path}: {exc}") from exc
    if not isinstance(groups_data, list):
        raise ConfigError("'groups' must be a list or the path of a groups.json")
    org_keys = {o.key for o in orgs}
    if len(org_keys) != len(orgs):
        raise ConfigError("two organisations have the same key")
    groups: list[GroupSpec] = []
    for index, item in enumerate(groups_data):
        where = f"groups[{index}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} must be an object/table")
        key = _text(item, "key", where)
        if not _KEY.match(key):
            raise ConfigError(f"{where}: key {key!r} may hold only a-z, 0-9 and . _ = -")
        group_orgs = _texts(item, "organisations", where)
        unknown = [o for o in group_orgs if o not in org_keys]
        if unknown:
            raise ConfigError(f"{where} ({key}): unknown organisation {', '.join(unknown)}")
        is_open = item.get("open", False)
        if not isinstance(is_open, bool):
            raise ConfigError(f"{where} ({key}): 'open' must be true or false")
        if is_open and not group_orgs:
            raise ConfigError(f"{where} ({key}): an open group needs an organisation")
        groups.append(
            GroupSpec(
                key=key,
                name=_text(item, "name", where),
                description=_text(item, "description", where, ""),
                kind=_text(item, "kind", where, "group"),
                organisations=group_orgs,
                members=_texts(item, "members", where),
                open=is_open,
            )
        )
    if len({g.key for g in groups}) != len(groups):
        raise ConfigError("two groups have the same key")
    return RegionConfig(tuple(orgs), tuple(groups))


def load_config(path: Path) -> RegionConfig:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            data: object = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    return parse_config(data, path.parent)


def sample_config(data: sample.SampleData) -> RegionConfig:
    return RegionConfig(
        tuple(OrganisationSpec(o.key, o.name, o.description) for o in data.organisations),
        tuple(
            GroupSpec(g.key, g.name, g.description, g.kind, g.organisations, g.members, g.open)
            for g in data.groups
        ),
    )


# --------------------------------------------------------------------------- the people CSV

# Matrix user id grammar (spec v1.16, "historical" characters left out on purpose).
_LOCALPART = re.compile(r"^[a-z0-9._=/+-]+$")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
# Header names as HR systems spell them, folded to lower case without spaces or _ and -.
_COLUMNS = {
    "name": "name",
    "fullname": "name",
    "displayname": "name",
    "username": "user name",
    "user": "user name",
    "userid": "user name",
    "login": "user name",
    "email": "email",
    "mail": "email",
    "emailaddress": "email",
    "organisation": "organisation",
    "organization": "organisation",
    "department": "department",
    "title": "title",
    "jobtitle": "title",
    "function": "title",
    "skills": "skills",
    "phone": "phone",
    "telephone": "phone",
    "location": "location",
}
REQUIRED_COLUMNS = ("name", "user name", "organisation")


@dataclass(frozen=True)
class PersonRecord:
    """One valid row of the HR export; ``line`` is where it starts in the file."""

    line: int
    user_name: str
    name: str
    organisation: str  # as written in the file: an organisation's name or key
    email: str = ""
    department: str = ""
    title: str = ""
    skills: tuple[str, ...] = ()
    phone: str = ""
    location: str = ""


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def _decode(raw: bytes) -> str:
    # Excel writes UTF-8 with a BOM, or the Windows code page when asked for "CSV".
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("the file is not UTF-8; reading it as Windows-1252")
        return raw.decode("cp1252", errors="replace")


def _delimiter(header_line: str) -> str:
    try:
        return csv.Sniffer().sniff(header_line, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: header_line.count(d) for d in (";", ",", "\t")}
        return max(counts, key=lambda d: counts[d])


def split_skills(value: str) -> tuple[str, ...]:
    """Skills separated by ';' or ',' (whichever the field uses), trimmed, once each."""
    parts = re.split(r"[;,]", value)
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def read_people_csv(text: str) -> tuple[list[PersonRecord], list[RowProblem]]:
    """The valid rows and the problems of the others; raises ConfigError when the file as a
    whole is unusable (no header, a required column missing)."""
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise ConfigError("the file is empty or has no header line")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    header = next(reader)
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        folded = re.sub(r"[\s_\-]", "", title.strip().lower())
        name = _COLUMNS.get(folded)
        if name is not None and name not in columns:
            columns[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ConfigError(f"the header has no column {', '.join(repr(m) for m in missing)}")

    records: list[PersonRecord] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1  # a quoted field may span lines: where the row starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(line, f"unreadable row ({exc})"))
            continue
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: str, row: list[str] = row) -> str:
            index = columns.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        user_name = cell("user name").lower()
        problem = None
        if not user_name:
            problem = "no user name"
        elif user_name.startswith("@"):
            problem = f"user name {user_name!r}: give the name without @ and server"
        elif not _LOCALPART.match(user_name):
            bad = "".join(sorted({c for c in user_name if not _LOCALPART.match(c)}))
            problem = f"user name {user_name!r} has characters a user name cannot have: {bad!r}"
        elif len(user_name) > 200:
            problem = "user name longer than 200 characters"
        elif not cell("name"):
            problem = "no name"
        elif not cell("organisation"):
            problem = "no organisation"
        elif cell("email") and not _EMAIL.match(cell("email")):
            problem = f"e-mail address {cell('email')!r} is not valid"
        elif user_name in seen:
            problem = f"user name {user_name!r} already on line {seen[user_name]}"
        if problem:
            problems.append(RowProblem(line, problem))
            continue
        seen[user_name] = line
        records.append(
            PersonRecord(
                line=line,
                user_name=user_name,
                name=cell("name"),
                organisation=cell("organisation"),
                email=cell("email").lower(),
                department=cell("department"),
                title=cell("title"),
                skills=split_skills(cell("skills")),
                phone=cell("phone"),
                location=cell("location"),
            )
        )
    return records, problems


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
    ) -> None:
        self.http = http
        self.admin_user_id = admin_user_id
        self.server_name = admin_user_id.split(":", 1)[1]
        self.workers = max(1, workers)
        self.out = out if out is not None else sys.stderr
        self._retries = retries
        self._lock = threading.Lock()
        self._state: dict[str, dict[tuple[str, str], Mapping[str, Any]]] = {}
        self._joined: dict[str, set[str]] = {}
        self._tokens: dict[str, str] = {}

    # ----------------------------------------------------------------- requests

    def attempt(self, request: api.Request[R], *, token: str | None = None) -> R | MatrixError:
        """The reply or the server's refusal; transient failures are retried, and raise
        AdminError when they persist."""
        error: MatrixError | TransportError | None = None
        for attempt in range(self._retries):
            result = self.http.execute(request, access_token=token)
            if isinstance(result, TransportError) or (
                isinstance(result, MatrixError) and result.is_transient
            ):
                error = result
                wait = min(10.0, 0.25 * 2**attempt)
                if isinstance(result, MatrixError) and result.retry_after_ms:
                    wait = max(wait, result.retry_after_ms / 1000)
                time.sleep(wait)
                continue
            return result
        raise AdminError(f"{request.method} {request.path}: {_describe(error)}")

    def call(self, request: api.Request[R], *, token: str | None = None) -> R:
        result = self.attempt(request, token=token)
        if isinstance(result, MatrixError):
            raise AdminError(f"{request.method} {request.path}: {_describe(result)}")
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
            raise AdminError(f"alias {self.alias(alias_localpart)}: {_describe(found)}")
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
            power_events={mapping.DOCUMENT_STATE: 0, mapping.ANSWER_EVENT: 0},
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
            raise AdminError(f"{user_id} joining {room_id}: {_describe(result)}")
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
        new_password: Callable[[str], str | None] = lambda _: None,
    ) -> Literal["created", "updated", "unchanged"]:
        """Create the account or bring its name and e-mail up to date; never its password."""
        current = self.attempt(api.admin_get_user(user_id))
        emails = (email,) if email else ()
        if isinstance(current, MatrixError):
            if current.errcode != "M_NOT_FOUND":
                raise AdminError(f"account {user_id}: {_describe(current)}")
            self.call(
                api.admin_put_user(
                    user_id,
                    password=new_password(user_id),
                    displayname=displayname,
                    emails=emails,
                )
            )
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

    def token_for(self, user_id: str) -> str:
        """A short-lived token of the user (admin login-as-user), for writing as them."""
        with self._lock:
            token = self._tokens.get(user_id)
        if token is None:
            until = int(time.time() * 1000) + ENTRY_TOKEN_LIFETIME_MS
            token = self.call(api.admin_login_as_user(user_id, valid_until_ms=until)).access_token
            with self._lock:
                self._tokens[user_id] = token
        return token

    def ensure_entry(self, directory_id: str, user_id: str, content: Mapping[str, Any]) -> bool:
        """Write the person's directory entry as that person, unless it is there already."""
        current = self.state(directory_id).get((mapping.PERSON_STATE, user_id))
        if current is not None and dict(current) == dict(content):
            return False
        return self.ensure_state(
            directory_id, mapping.PERSON_STATE, content, user_id, token=self.token_for(user_id)
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


def _describe(error: MatrixError | TransportError | None) -> str:
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
    appended to a file only its owner can read."""

    def __init__(self, *, fixed: str | None = None, out_path: Path | None = None) -> None:
        if fixed is None and out_path is None:
            raise ValueError("a fixed password or a file for the generated ones")
        self._fixed = fixed
        self._out_path = out_path
        self._lock = threading.Lock()
        self.written = 0

    def __call__(self, user_id: str) -> str:
        if self._fixed is not None:
            return self._fixed
        import secrets

        password = secrets.token_urlsafe(12)
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
        return password


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
    passwords: Callable[[str], str | None],
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
    passwords: Callable[[str], str | None],
    scope: Scope,
) -> str:
    user_id = prov.user_id(record.user_name)
    account = prov.ensure_account(
        user_id, displayname=record.name, email=record.email, new_password=passwords
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
    row = PersonRow(
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


# --------------------------------------------------------------------------- seed-demo


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
    imported = import_people(
        prov, records, rooms, lambda _: password, scope="own", progress=counter
    )
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
            new_password=lambda _: password,
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
                    raise AdminError(f"{key}: {_describe(result)}")
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
                    raise AdminError(f"{d.key}: upload: {_describe(uploaded)}")
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

    # Order matters within a group (a comment needs its post), not between groups.
    with ThreadPoolExecutor(prov.workers) as pool:
        list(pool.map(group, sorted(rooms.groups)))
    counter.finish()
    return sent


def analyze(database: Path) -> bool:
    """ANALYZE Synapse's SQLite database after a bulk load, so its planner has statistics."""
    if not database.exists():
        return False
    # Synapse may be running: wait for its write lock rather than fail.
    with contextlib.closing(sqlite3.connect(database, timeout=60)) as conn:
        conn.execute("ANALYZE")
        conn.commit()
    return True


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


# --------------------------------------------------------------------------- CLI


def _admin_connection(args: argparse.Namespace) -> Provisioner:
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
            raise AdminError(f"admin sign-in failed: {_describe(login)}")
        token = login.access_token
    http.access_token = token
    who = http.execute(api.whoami())
    if not isinstance(who, api.WhoamiResponse):
        http.close()
        raise AdminError(f"the admin token is not accepted: {_describe(who)}")
    return Provisioner(http, who.user_id, workers=args.workers)


def _cmd_init(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    prov = _admin_connection(args)
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
        text = _decode(args.csv.read_bytes())
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
    prov = _admin_connection(args)
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


def _cmd_seed(args: argparse.Namespace) -> int:
    data = sample.generate()
    if args.messages is not None:
        data = replace(
            data,
            messages=_first_threads(data.messages, args.messages),
            documents=data.documents[: args.documents],
        )
    prov = _admin_connection(args)
    with prov.http:
        report = seed_demo(
            prov,
            data,
            args.progress,
            appservice_token=os.environ.get("TREFFPUNKT_SEED_AS_TOKEN") or None,
        )
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(
        f"people: {report.people}; {report.events} events sent in {report.seconds:.0f} s",
        file=sys.stderr,
    )
    if args.synapse_db:
        analyze(args.synapse_db)
    return 0


def _first_threads(
    messages: Sequence[sample.SampleMessage], n: int
) -> tuple[sample.SampleMessage, ...]:
    """The first n posts with all their comments; answers only if they are among them."""
    roots = [m.key for m in messages if m.thread_root is None][:n]
    keep = set(roots)
    return tuple(m for m in messages if m.key in keep or m.thread_root in keep)


def _cmd_demo_server(args: argparse.Namespace) -> int:
    import signal

    server = ensure_demo_server(args.data_dir, port=args.port)
    try:
        print(
            f"demo Synapse on {server.base_url} (pid {server.pid}); sample users sign in "
            f"with the password {DEMO_PASSWORD!r}",
            file=sys.stderr,
        )
        if args.no_wait:
            return 0
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
        return 0
    finally:
        if not args.no_wait:
            server.stop()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="treffpunkt-admin",
        description="Provision a Matrix homeserver (Synapse) for Treffpunkt.",
        epilog="Admin credentials: TREFFPUNKT_ADMIN_TOKEN, or --admin-user with the "
        "password from TREFFPUNKT_ADMIN_PASSWORD or asked for.",
    )
    parser.add_argument("--server", help="homeserver URL (or TREFFPUNKT_SERVER)")
    parser.add_argument("--admin-user", help="sign in as this admin instead of a token")
    parser.add_argument("--workers", type=int, default=4, help="requests at once (default 4)")
    parser.add_argument("-v", "--verbose", action="store_true")
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

    seed = commands.add_parser("seed-demo", help="the demo's sample region with its posts")
    seed.add_argument("--progress", type=Path, default=Path("treffpunkt-seed-progress.jsonl"))
    seed.add_argument("--messages", type=int, help="only the first N posts (and comments)")
    seed.add_argument("--documents", type=int, default=None)
    seed.add_argument("--synapse-db", type=Path, help="Synapse's SQLite file, to ANALYZE")

    demo = commands.add_parser("demo-server", help="run the seeded local demo Synapse")
    demo.add_argument("--data-dir", type=Path, default=DEMO_DIR)
    demo.add_argument("--port", type=int)
    demo.add_argument("--no-wait", action="store_true", help="start, seed, leave it running")
    return parser


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _cmd_init,
    "import-people": _cmd_import,
    "seed-demo": _cmd_seed,
    "demo-server": _cmd_demo_server,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        return _COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"treffpunkt-admin: {exc}", file=sys.stderr)
        return 2
    except AdminError as exc:
        print(f"treffpunkt-admin: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
