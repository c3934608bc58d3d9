"""Access against a real Synapse: a revoked token wipes the local copy, an expired one
(soft logout) keeps it; removal from a group leaves nothing of it in the replica's file or
the media cache; the people directory a user edits reaches the others."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from client import purge, search
from client.commands import NewDocument
from client.credentials import MissingKeyError
from client.ingest import PersonEntry
from client.models import Message, Person
from devkit.devserver import DevServer
from sync import api, cli, mapping
from sync.engine import AuthLostError
from sync.session import handle_auth_lost, login
from tests import rawpages
from tests.homeserver import Client, ClientFactory, MakeUser, make_group, ok

pytestmark = pytest.mark.e2e


def test_revoked_token_wipes_local_data(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    anke, it = make_user("anke"), make_user("it", admin=True)
    room = make_group(server, anke)
    a = client_factory(anke)
    a.sync()
    a.commands.post(room, "Vertrauliche Fallbesprechung")
    source = tmp_path / "akte.txt"
    source.write_text("Akte 4711\n")
    a.commands.add_document(room, NewDocument(source))
    a.sync()
    account_dir = a.home.account_dir(anke.user_id)
    assert a.home.replica_path(anke.user_id).exists()
    assert a.home.media_cache(anke.user_id).size_bytes() > 0

    # The laptop is lost: IT removes its device, which revokes its token on the server.
    device = a.connected.info.device_id
    assert device is not None
    with server.transport(it.access_token) as http:
        assert ok(http.execute(api.admin_delete_device(anke.user_id, device))) is None

    with pytest.raises(AuthLostError) as lost:
        a.connected.engine.sync_once()
    assert not lost.value.soft_logout
    handle_auth_lost(a.home, a.connected, soft_logout=lost.value.soft_logout)
    assert not account_dir.exists()
    assert a.home.credentials.access_token(anke.user_id) is None
    with pytest.raises(MissingKeyError):
        a.home.credentials.replica_key(anke.user_id)
    assert a.home.account(anke.user_id) is None  # as after signing out


def test_the_command_line_sync_loop_wipes_on_a_removed_device(
    server: DevServer,
    make_user: MakeUser,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anke, it = make_user("anke"), make_user("it", admin=True)
    home = tmp_path / "home"
    monkeypatch.setenv("TREFFPUNKT_PASSWORD", anke.password)
    assert (
        cli.main(
            ["--home", str(home), "login", "--server", server.base_url, "--user", anke.user_id]
        )
        == 0
    )
    device = json.loads((home / "accounts.json").read_text())["accounts"][0]["device_id"]
    with server.transport(it.access_token) as http:
        assert ok(http.execute(api.admin_delete_device(anke.user_id, device))) is None
    capsys.readouterr()
    # Not --once: the loop itself meets the revoked token, ends, and the account is wiped.
    assert cli.main(["--home", str(home), "sync"]) == 1
    assert "the server ended this session; local data was removed" in capsys.readouterr().err
    assert json.loads((home / "accounts.json").read_text())["accounts"] == []
    assert not (home / "accounts").exists() or not any((home / "accounts").iterdir())


def test_expired_token_is_a_soft_logout_that_keeps_local_data(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, it = make_user("anke"), make_user("it", admin=True)
    room = make_group(server, anke)
    a = client_factory(anke)
    a.sync()
    a.commands.post(room, "Schon gesendet")
    a.sync()
    a.commands.post(room, "Offline geschrieben")
    # A token that expires in a moment: Synapse then answers M_UNKNOWN_TOKEN with
    # soft_logout, as with an expired session.
    expires = int(time.time() * 1000) + 1500
    with server.transport(it.access_token) as http:
        short = ok(http.execute(api.admin_login_as_user(anke.user_id, valid_until_ms=expires)))
    a.connected.transport.access_token = short.access_token
    a.home.credentials.set_access_token(anke.user_id, short.access_token)
    time.sleep(max(0.0, expires / 1000 - time.time()) + 0.3)

    with pytest.raises(AuthLostError) as lost:
        a.connected.engine.sync_once()
    assert lost.value.soft_logout
    handle_auth_lost(a.home, a.connected, soft_logout=lost.value.soft_logout)
    assert a.home.replica_path(anke.user_id).exists()
    assert a.home.credentials.access_token(anke.user_id) is None

    # Signing in again finds everything, including what waits to be sent.
    again = login(a.home, server.base_url, anke.user_id, anke.password)
    try:
        with again.replica.session() as session:
            assert session.scalar(select(func.count()).select_from(Message)) == 2
        again.engine.flush()
        again.engine.sync_once()
        with again.replica.session() as session:
            assert session.scalar(select(func.count()).where(Message.pending)) == 0
    finally:
        again.close()


# Made-up words that are in the removed group only: its name, posts, a document's name
# and text. "Rathaus" is in the group the user stays in too.
SECRET = ["Quornavelt", "Brixtumbel", "Vendrakulos", "Zylofarnsch"]


def _two_groups(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> tuple[Client, str, str, str]:
    """Anke in a group she is about to lose and one she keeps, each with posts and files;
    returns her client, the group she loses, its own file and the file both groups hold."""
    jan, anke = make_user("jan"), make_user("anke")
    lost = make_group(server, jan, anke, name="Fallkonferenz Quornavelt")
    kept = make_group(server, jan, anke, name="Offene Runde")
    a = client_factory(anke)
    a.sync()
    a.commands.post(lost, "Quornavelt: Gespräch mit Familie Brixtumbel im Rathaus")
    a.commands.post(lost, "Zylofarnsch " * 700)  # a long post: its text is in overflow pages
    a.commands.post(kept, "Sitzung im Rathaus")
    own = tmp_path / "Vendrakulos.txt"
    own.write_text("Akte Vendrakulos\n")
    shared = tmp_path / "Tagesordnung.txt"
    shared.write_text("Tagesordnung der Woche\n")
    own_doc = a.commands.add_document(lost, NewDocument(own)).created
    a.commands.add_document(lost, NewDocument(shared))
    a.commands.add_document(kept, NewDocument(shared))
    a.sync()
    assert not a.outbox()
    media = a.home.media_cache(anke.user_id)
    with a.connected.replica.connect() as conn:
        shas = {
            str(d): str(sha) for d, sha in conn.exec_driver_sql("SELECT id, sha256 FROM document")
        }
    assert a.connected.replica.checkpoint()
    key = a.home.credentials.replica_key(anke.user_id)
    assert rawpages.found(a.connected.replica.path, key, SECRET) == set(SECRET)
    with server.transport(jan.access_token) as http:
        ok(http.execute(api.kick(lost, anke.user_id, "Fall abgeschlossen")))
    own_sha = shas[str(own_doc)]
    shared_sha = next(sha for sha in shas.values() if sha != own_sha)
    assert media.has(own_sha) and media.has(shared_sha)
    return a, lost, own_sha, shared_sha


def test_removal_from_a_group_leaves_nothing_of_it(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory, tmp_path: Path
) -> None:
    a, lost, own_sha, shared_sha = _two_groups(server, make_user, client_factory, tmp_path)
    a.sync()

    replica = a.connected.replica
    key = a.home.credentials.replica_key(a.user.user_id)
    # Every page of the file, used or free, and every frame of the WAL.
    assert rawpages.found(replica.path, key, SECRET) == set()
    assert not a.messages(lost)
    media = a.home.media_cache(a.user.user_id)
    assert not media.has(own_sha)
    assert media.has(shared_sha)  # the other group's document has the same file
    with replica.connect() as conn:
        assert search.search(conn, "Rathaus").hits
        assert not search.search(conn, "Quornavelt").hits
        assert not conn.exec_driver_sql(
            "SELECT term FROM search_vocab WHERE term IN ('quornavelt', 'vendrakulos')"
        ).all()
    assert purge.pending(replica) is None


class _Crash(BaseException):
    """The process ends: nothing catches this."""


def test_a_removal_cut_short_by_a_crash_is_finished_by_the_next_sync(
    server: DevServer,
    make_user: MakeUser,
    client_factory: ClientFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, lost, own_sha, shared_sha = _two_groups(server, make_user, client_factory, tmp_path)

    def crash(*_args: object, **_kwargs: object) -> bool:
        raise _Crash

    # The process dies right after the transaction that removed the group committed.
    with monkeypatch.context() as patched:
        patched.setattr(purge, "finish", crash)
        with pytest.raises(_Crash):
            a.sync()
    media = a.home.media_cache(a.user.user_id)
    assert not a.messages(lost)
    assert media.has(own_sha)  # a file no row names any more: recorded, not yet deleted

    a.sync()  # the first sync of the next start
    assert not media.has(own_sha)
    assert media.has(shared_sha)
    key = a.home.credentials.replica_key(a.user.user_id)
    assert rawpages.found(a.connected.replica.path, key, SECRET) == set()
    assert purge.pending(a.connected.replica) is None


def test_directory_change_by_one_user_reaches_the_other(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan, hr = make_user("anke"), make_user("jan"), make_user("hr")
    members = (anke.user_id, jan.user_id)
    with server.transport(hr.access_token) as http:
        space = ok(
            http.execute(
                api.create_room(
                    name="Gemeinde Harderwijk",
                    is_space=True,
                    invite=members,
                    initial_state=(
                        {
                            "type": mapping.ORGANISATION_STATE,
                            "state_key": "",
                            "content": {"name": "Gemeinde Harderwijk", "description": ""},
                        },
                    ),
                )
            )
        ).room_id
        directory = ok(
            http.execute(
                api.create_room(
                    name="Telefonbuch Harderwijk",
                    invite=members,
                    initial_state=(
                        {
                            "type": mapping.DIRECTORY_STATE,
                            "state_key": "",
                            "content": {"organisation": space},
                        },
                    ),
                    power_level_content_override=mapping.directory_power_levels(),
                )
            )
        ).room_id
    for user in (anke, jan):
        with server.transport(user.access_token) as http:
            ok(http.execute(api.join(space)))
            ok(http.execute(api.join(directory)))
    j = client_factory(jan)
    j.sync()

    entry = PersonEntry(
        user_id=anke.user_id,
        name="Anke de Vries",
        organisation="Gemeinde Harderwijk",
        title="Sozialarbeiterin",
        department="Jugend",
        skills=("Schuldnerberatung", "Gebärdensprache"),
        location="Rathaus, Zimmer 12",
    )
    with server.transport(anke.access_token) as http:
        content = mapping.person_content(entry)
        ok(
            http.execute(
                api.put_state_event(directory, mapping.PERSON_STATE, content, anke.user_id)
            )
        )
    # Only anke may write anke's entry: the server refuses jan's forgery.
    with server.transport(jan.access_token) as http:
        forged = http.execute(
            api.put_state_event(
                directory, mapping.PERSON_STATE, {**content, "phone": "0900"}, anke.user_id
            )
        )
        assert isinstance(forged, api.MatrixError) and forged.status == 403

    people = search.SearchFilters(kinds=("person",))
    j.sync()
    with j.connected.replica.connect() as conn:
        hits = search.search(conn, "Gebärdensprache", people).hits
    assert [h.id for h in hits] == [anke.user_id]
    with j.connected.replica.session() as session:
        person = session.get(Person, anke.user_id)
        assert person is not None and person.organisation_id == space

    # Anke changes her entry: the change reaches jan, the old skill is gone.
    changed = mapping.person_content(entry) | {"skills": ["Schuldnerberatung", "Mediation"]}
    with server.transport(anke.access_token) as http:
        ok(
            http.execute(
                api.put_state_event(directory, mapping.PERSON_STATE, changed, anke.user_id)
            )
        )
    j.sync()
    with j.connected.replica.connect() as conn:
        assert [h.id for h in search.search(conn, "Mediation", people).hits] == [anke.user_id]
        assert not search.search(conn, "Gebärdensprache", people).hits
