"""Fixtures and helpers for tests against a real Synapse on 127.0.0.1 (e2e and sync faults).

Registered for every test directory through ``pytest_plugins`` in tests/conftest.py, so the
fault tests in tests/sync/ and the e2e tests share one Synapse per session (start-up costs
seconds). Each test makes its own users with unique names, so tests never see each other's
rooms or state.

``server`` is the homeserver a test runs against: Synapse on SQLite unless a test asks for
PostgreSQL and the deployment with workers too with
``@pytest.mark.parametrize("server", BOTH_DATABASES, indirect=True)``. Behind workers, a write
answered by one process reaches ``/sync`` on another a moment later: tests against it wait
for convergence (``settle``) instead of assuming one sync is enough.
"""

from __future__ import annotations

import itertools
import json
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from sqlalchemy import select

from client.accounts import Home
from client.commands import LocalCommands
from client.credentials import Credentials
from client.keyringstore import KeyringSecretStore
from client.models import Message, OutboxEntry, Reaction
from client.store import Replica
from devkit.devserver import DevServer, RegisteredUser, WorkerDeployment, ensure_synapse_venv
from sync import api, mapping
from sync.session import Connected, login
from sync.transport import HttpTransport

MakeUser = Callable[..., RegisteredUser]
T = TypeVar("T")

BOTH_DATABASES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
    pytest.param("workers", id="workers", marks=pytest.mark.workers),
]


def _start(server: DevServer, what: str) -> DevServer:
    started = time.monotonic()
    server.start()
    print(f"\nSynapse ({what}) start {time.monotonic() - started:.1f} s on {server.base_url}")
    return server


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    # A fresh machine has no Synapse venv yet: this builds it (about a minute, once);
    # a failure raises SynapseSetupError saying which step failed and pip's output.
    started = time.monotonic()
    ensure_synapse_venv()
    print(f"\nSynapse venv check {time.monotonic() - started:.1f} s")
    server = _start(DevServer(tmp_path_factory.mktemp("synapse")), "SQLite")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def synapse_pg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """Synapse on a private PostgreSQL cluster, as a city runs it."""
    ensure_synapse_venv()
    server = DevServer(tmp_path_factory.mktemp("synapse-pg"), database="postgresql")
    _start(server, "PostgreSQL")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def synapse_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerDeployment]:
    """Synapse with workers behind nginx, as a region runs it at scale."""
    ensure_synapse_venv()
    server = WorkerDeployment(tmp_path_factory.mktemp("synapse-workers"))
    _start(server, "workers")
    try:
        yield server
    finally:
        server.stop()


_FIXTURES = {"sqlite": "synapse", "postgresql": "synapse_pg", "workers": "synapse_workers"}


@pytest.fixture
def server(request: pytest.FixtureRequest) -> DevServer:
    fixture = _FIXTURES[getattr(request, "param", "sqlite")]
    found = request.getfixturevalue(fixture)
    assert isinstance(found, DevServer)
    return found


_counter = itertools.count()


@pytest.fixture
def make_user(server: DevServer) -> MakeUser:
    """make_user("alice") registers a fresh @alice-<unique>:server and returns it."""

    def make(prefix: str = "user", *, admin: bool = False) -> RegisteredUser:
        name = f"{prefix}-{next(_counter)}-{secrets.token_hex(3)}"
        return server.register_user(name, secrets.token_urlsafe(12), admin=admin)

    return make


def ok(result: T | api.MatrixError | api.TransportError) -> T:
    assert not isinstance(result, api.MatrixError | api.TransportError), result
    return result


@dataclass
class Client:
    """One signed-in Treffpunkt client: its home folder, replica, transport and engine."""

    user: RegisteredUser
    home: Home
    connected: Connected

    @property
    def commands(self) -> LocalCommands:
        return LocalCommands(
            self.connected.replica, self.user.user_id, self.home.media_cache(self.user.user_id)
        )

    def sync(self) -> None:
        engine = self.connected.engine
        engine.flush()
        engine.sync_once()

    def sync_until(self, done: Callable[[], object], *, deadline: float = 60.0) -> None:
        """Sync until ``done()`` holds. Behind workers another user's write reaches this
        user's /sync through another process a moment later, so a test waits for it
        rather than assuming one round is enough; each round long-polls briefly."""
        self.sync()
        give_up = time.monotonic() + deadline
        while not done():
            assert time.monotonic() < give_up, "the replica did not converge"
            self.connected.engine.sync_once(timeout_ms=500)

    def messages(self, group: str) -> list[Message]:
        with self.connected.replica.session() as session:
            return list(
                session.scalars(
                    select(Message).where(Message.group_id == group).order_by(Message.id)
                )
            )

    def outbox(self) -> list[OutboxEntry]:
        with self.connected.replica.session() as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def count_uploads(client: Client) -> list[object]:
    """The media uploads ``client``'s transport makes from now on, as they are made."""
    transport = client.connected.transport
    real_upload = transport.upload
    uploads: list[object] = []

    def counting_upload(*args: Any, **kwargs: Any) -> Any:
        uploads.append(args)
        return real_upload(*args, **kwargs)

    transport.upload = counting_upload  # type: ignore[method-assign]
    return uploads


ClientFactory = Callable[[RegisteredUser], Client]


@pytest.fixture
def client_factory(server: DevServer, tmp_path: Path) -> Iterator[ClientFactory]:
    opened: list[Connected] = []

    def make(user: RegisteredUser) -> Client:
        home = Home(tmp_path / user.user_id.strip("@:"), Credentials(KeyringSecretStore()))
        connected = login(home, server.base_url, user.user_id, user.password)
        opened.append(connected)
        return Client(user, home, connected)

    yield make
    for connected in opened:
        connected.close()


def make_group(
    server: DevServer,
    owner: RegisteredUser,
    *members: RegisteredUser,
    name: str = "Jeugd & Gezin",
    power_levels: dict[str, Any] | None = None,
) -> str:
    """A group room made by ``owner``, which ``members`` have joined."""
    levels = mapping.group_power_levels()
    levels.update(power_levels or {})
    with server.transport(owner.access_token) as http:
        room = ok(
            http.execute(
                api.create_room(
                    name=name,
                    preset="private_chat",
                    invite=tuple(m.user_id for m in members),
                    initial_state=(
                        {
                            "type": mapping.GROUP_STATE,
                            "state_key": "",
                            "content": {"description": "Samenwerking jeugdzorg", "kind": "group"},
                        },
                    ),
                    power_level_content_override=levels,
                )
            )
        )
    for member in members:
        with server.transport(member.access_token) as http:
            ok(http.execute(api.join(room.room_id)))
    return room.room_id


def timeline(server: DevServer, access_token: str, room_id: str) -> list[api.Event]:
    """Every event of a room the token's user can see, oldest first."""
    events: list[api.Event] = []
    token: str | None = None
    with server.transport(access_token) as http:
        while True:
            page = ok(http.execute(api.messages(room_id, from_token=token, limit=500)))
            events.extend(page.chunk)
            if page.end is None or not page.chunk:
                break
            token = page.end
    return list(reversed(events))


def plain_timeline(server: DevServer, token: str, room: str) -> list[dict[str, Any]]:
    """The room's newest 200 events as any Matrix client reads them (raw ``GET
    /messages``, no parsing of ours), oldest first."""
    response = httpx.get(
        f"{server.base_url}/_matrix/client/v3/rooms/{room}/messages",
        params={"dir": "b", "limit": "200"},
        headers={"Authorization": f"Bearer {token}"},
    )
    response.raise_for_status()
    return list(reversed(response.json()["chunk"]))


def lose_first_answer(client: Client, path_part: str) -> list[str]:
    """From now on, the first request of ``client`` whose path holds ``path_part`` reaches
    the server but its answer is lost (a reset); the list gets that path."""
    transport = client.connected.transport
    real_execute = transport.execute
    lost: list[str] = []

    def losing_execute(request: Any, *args: Any, **kwargs: Any) -> Any:
        result = real_execute(request, *args, **kwargs)
        if path_part in request.path and not lost:
            lost.append(request.path)
            return api.TransportError(api.TransportErrorKind.RESET, "answer lost")
        return result

    transport.execute = losing_execute  # type: ignore[method-assign]
    return lost


def _relation(event: api.Event) -> tuple[str | None, str | None, str | None]:
    rel = event.content.get("m.relates_to")
    if not isinstance(rel, dict):
        return None, None, None
    return rel.get("rel_type"), rel.get("event_id"), rel.get("key")


def server_messages(server: DevServer, access_token: str, room_id: str) -> list[api.Event]:
    """Posts and comments on the server: no edits, nothing redacted."""
    return [
        e
        for e in timeline(server, access_token, room_id)
        if e.type == "m.room.message"
        and not e.is_redacted
        and _relation(e)[0] != "m.replace"
        and not mapping.is_document_announcement(e.content)
    ]


def assert_replica_equals_server(client: Client, server: DevServer, room_id: str) -> None:
    """The oracle of the sync tests (Nextcloud FakeFolder style): once the engine has
    settled, the replica holds exactly what the server holds, and the server holds every
    change exactly once."""
    token = client.connected.transport.access_token
    assert token is not None
    assert_replica_equals_events(
        client.connected.replica, timeline(server, token, room_id), room_id
    )


def assert_replica_equals_events(replica: Replica, events: list[api.Event], room_id: str) -> None:
    """``assert_replica_equals_server`` for a room whose timeline (oldest first) is
    ``events``: from Synapse, or from the in-memory server of tests/sync."""
    live = [e for e in events if not e.is_redacted]
    messages = [
        e
        for e in live
        if e.type == "m.room.message"
        and _relation(e)[0] != "m.replace"
        and not mapping.is_document_announcement(e.content)
    ]
    # Exactly once on the server: no transaction id twice, no text twice (tests write
    # every text once).
    txns = Counter(e.transaction_id for e in events if e.transaction_id is not None)
    assert not [t for t, n in txns.items() if n > 1], f"duplicate transaction ids: {txns}"
    bodies = Counter(str(e.content.get("body")) for e in messages)
    assert not [b for b, n in bodies.items() if n > 1], f"posted twice: {bodies}"

    latest_edit: dict[str, str] = {}
    for e in live:
        rel_type, target, _key = _relation(e)
        if e.type == "m.room.message" and rel_type == "m.replace" and target is not None:
            new = e.content.get("m.new_content")
            if isinstance(new, dict):
                latest_edit[target] = str(new.get(mapping.MARKDOWN_KEY) or new.get("body"))

    with replica.session() as session:
        replica_messages = list(
            session.scalars(select(Message).where(Message.group_id == room_id).order_by(Message.id))
        )
    assert not [m for m in replica_messages if m.pending or m.event_id is None], "unconfirmed rows"
    shown = {m.event_id: m for m in replica_messages if not m.deleted}
    assert set(shown) == {e.event_id for e in messages}
    for event in messages:
        row = shown[event.event_id]
        expected = latest_edit.get(event.event_id) or str(
            event.content.get(mapping.MARKDOWN_KEY) or event.content.get("body")
        )
        assert row.body == expected, (row.body, expected)

    server_reactions = {
        (target, e.sender, key)
        for e in live
        if e.type == "m.reaction"
        for rel_type, target, key in [_relation(e)]
        if rel_type == "m.annotation"
    }
    with replica.session() as session:
        rows = session.execute(
            select(Message.event_id, Reaction.author, Reaction.key, Reaction.pending)
            .join(Reaction, Reaction.message_id == Message.id)
            .where(Message.group_id == room_id)
        ).all()
    assert not [r for r in rows if r.pending], "unconfirmed reactions"
    assert {(r.event_id, r.author, r.key) for r in rows} == server_reactions


@dataclass
class CommandLine:
    """The headless client (``sync.cli.main``) as a test runs it on one home folder."""

    home: Path
    capsys: pytest.CaptureFixture[str]

    def __call__(self, *args: str) -> tuple[int, str]:
        """The exit code and what it printed."""
        from sync.cli import main

        code = main(["--home", str(self.home), *args])
        return code, self.capsys.readouterr().out

    def status(self) -> dict[str, Any]:
        code, out = self("status", "--json")
        assert code == 0
        data: dict[str, Any] = json.loads(out)
        return data


def signed_in_cli(
    server: DevServer,
    user: RegisteredUser,
    home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> CommandLine:
    """The headless client on ``home``, signed in as ``user`` and synced once."""
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", user.password)
    cli = CommandLine(home, capsys)
    assert cli("login", "--server", server.base_url, "--user", user.user_id)[0] == 0
    assert cli("sync", "--once")[0] == 0
    return cli


def synced_group(
    server: DevServer,
    client_factory: ClientFactory,
    owner: RegisteredUser,
    *members: RegisteredUser,
    name: str = "Jeugd & Gezin",
    also: tuple[RegisteredUser, ...] = (),
) -> tuple[str, list[Client]]:
    """A group of ``owner`` and ``members`` (``make_group``) and a client of each, synced;
    ``also`` join too, without a client."""
    room = make_group(server, owner, *members, *also, name=name)
    clients = [client_factory(user) for user in (owner, *members)]
    for client in clients:
        client.sync()
    return room, clients


def transport_for(
    client: Client,
    base_url: str,
    transport: httpx.BaseTransport | None = None,
    *,
    read_timeout: float = 30.0,
) -> HttpTransport:
    """A transport with the client's token, optionally over another httpx transport."""
    return HttpTransport(
        base_url,
        access_token=client.connected.transport.access_token,
        transport=transport,
        read_timeout=read_timeout,
    )
