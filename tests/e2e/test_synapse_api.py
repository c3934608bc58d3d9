"""The typed API layer and the transport against a real Synapse (devkit.devserver)."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from devkit.devserver import DevServer, RegisteredUser
from sync import api
from sync.transport import HttpTransport
from tests.e2e.conftest import MakeUser

pytestmark = pytest.mark.e2e

T = TypeVar("T")


def ok(result: T | api.MatrixError | api.TransportError) -> T:
    assert not isinstance(result, api.MatrixError | api.TransportError), result
    return result


@pytest.fixture
def http(synapse: DevServer) -> Iterator[HttpTransport]:
    with synapse.transport() as transport:
        yield transport


def login(http: HttpTransport, user: RegisteredUser, device_id: str) -> api.LoginResponse:
    return ok(http.execute(api.login_password(user.user_id, user.password, device_id=device_id)))


def shared_room(http: HttpTransport, alice: RegisteredUser, bob: RegisteredUser) -> str:
    room = ok(
        http.execute(
            api.create_room(name="Bauamt", preset="public_chat"), access_token=alice.access_token
        )
    )
    joined = ok(http.execute(api.join(room.room_id), access_token=bob.access_token))
    assert joined.room_id == room.room_id
    return room.room_id


def test_versions_well_known_and_whoami(
    synapse: DevServer, http: HttpTransport, make_user: MakeUser
) -> None:
    versions = ok(http.execute(api.versions()))
    assert "v1.11" in versions.versions  # authenticated media
    well_known = ok(http.execute(api.well_known()))
    assert well_known.homeserver_base_url == synapse.base_url
    alice = make_user("alice")
    me = ok(http.execute(api.whoami(), access_token=alice.access_token))
    assert me.user_id == alice.user_id
    assert not me.is_guest


def test_login_keeps_device_id_and_logout_revokes(http: HttpTransport, make_user: MakeUser) -> None:
    alice = make_user("alice")
    first = login(http, alice, "TREFFPUNKT1")
    second = login(http, alice, "TREFFPUNKT1")
    assert first.device_id == second.device_id == "TREFFPUNKT1"
    assert first.user_id == alice.user_id
    me = ok(http.execute(api.whoami(), access_token=second.access_token))
    assert me.device_id == "TREFFPUNKT1"

    assert ok(http.execute(api.logout(), access_token=second.access_token)) is None
    error = http.execute(api.whoami(), access_token=second.access_token)
    assert isinstance(error, api.MatrixError)
    assert (error.status, error.errcode, error.soft_logout) == (401, "M_UNKNOWN_TOKEN", False)


def test_wrong_password_is_a_typed_error(http: HttpTransport, make_user: MakeUser) -> None:
    alice = make_user("alice")
    error = http.execute(api.login_password(alice.user_id, "wrong", device_id="X"))
    assert isinstance(error, api.MatrixError)
    assert (error.status, error.errcode) == (403, "M_FORBIDDEN")


def test_send_is_idempotent_and_sync_carries_the_txn_id(
    http: HttpTransport, make_user: MakeUser
) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    room_id = shared_room(http, alice, bob)
    device = login(http, alice, "ALICELAPTOP")
    token = device.access_token
    content = {"msgtype": "m.text", "body": "Sitzung um 10 Uhr"}

    sent = ok(
        http.execute(
            api.send_event(room_id, "m.room.message", "txn-1", content), access_token=token
        )
    )
    again = ok(
        http.execute(
            api.send_event(room_id, "m.room.message", "txn-1", content), access_token=token
        )
    )
    assert again.event_id == sent.event_id
    # The same txn id from another device is another message.
    other = ok(
        http.execute(
            api.send_event(room_id, "m.room.message", "txn-1", content),
            access_token=alice.access_token,
        )
    )
    assert other.event_id != sent.event_id

    filter_id = ok(
        http.execute(
            api.upload_filter(alice.user_id, {"room": {"timeline": {"limit": 50}}}),
            access_token=token,
        )
    ).filter_id
    alice_sync = ok(http.execute(api.sync(filter=filter_id), access_token=token))
    timeline = alice_sync.joined[room_id].timeline
    mine = [e for e in timeline.events if e.event_id == sent.event_id]
    assert len(mine) == 1
    assert mine[0].transaction_id == "txn-1"
    assert mine[0].sender == alice.user_id
    assert mine[0].content["body"] == "Sitzung um 10 Uhr"
    assert timeline.prev_batch

    bob_sync = ok(http.execute(api.sync(), access_token=bob.access_token))
    seen_by_bob = {e.event_id: e for e in bob_sync.joined[room_id].timeline.events}
    assert seen_by_bob[sent.event_id].transaction_id is None

    # Incremental sync: only what is new since next_batch.
    later = ok(
        http.execute(
            api.send_event(room_id, "m.room.message", "txn-2", {"msgtype": "m.text", "body": "2"}),
            access_token=token,
        )
    )
    delta = ok(
        http.execute(api.sync(since=alice_sync.next_batch, timeout_ms=1000), access_token=token)
    )
    assert [e.event_id for e in delta.joined[room_id].timeline.events] == [later.event_id]


def test_state_put_get_with_awkward_state_keys(http: HttpTransport, make_user: MakeUser) -> None:
    alice = make_user("alice")
    token = alice.access_token
    room_id = ok(http.execute(api.create_room(name="Dokumente"), access_token=token)).room_id
    document = {"name": "Plan.pdf", "folder": "Bau/2026", "version": 1}
    # A slash, a space and an '@' in the state key must survive the path quoting.
    for state_key in ("doc/1 a", alice.user_id, ""):
        ok(
            http.execute(
                api.put_state_event(room_id, "app.treffpunkt.document", document, state_key),
                access_token=token,
            )
        )
        got = ok(
            http.execute(
                api.get_state_event(room_id, "app.treffpunkt.document", state_key),
                access_token=token,
            )
        )
        assert dict(got.content) == document

    missing = http.execute(
        api.get_state_event(room_id, "app.treffpunkt.document", "nope"), access_token=token
    )
    assert isinstance(missing, api.MatrixError)
    assert (missing.status, missing.errcode) == (404, "M_NOT_FOUND")

    state = ok(http.execute(api.get_room_state(room_id), access_token=token))
    keys = {e.state_key for e in state.events if e.type == "app.treffpunkt.document"}
    assert keys == {"doc/1 a", alice.user_id, ""}


def test_messages_backfill_pages_to_the_start(http: HttpTransport, make_user: MakeUser) -> None:
    alice = make_user("alice")
    token = alice.access_token
    room_id = ok(http.execute(api.create_room(name="Archiv"), access_token=token)).room_id
    sent = [
        ok(
            http.execute(
                api.send_event(
                    room_id, "m.room.message", f"t{i}", {"msgtype": "m.text", "body": str(i)}
                ),
                access_token=token,
            )
        ).event_id
        for i in range(25)
    ]
    only_messages = {"types": ["m.room.message"]}
    seen: list[str] = []
    from_token: str | None = None
    for _ in range(10):
        page = ok(
            http.execute(
                api.messages(room_id, from_token=from_token, limit=10, filter=only_messages),
                access_token=token,
            )
        )
        seen.extend(e.event_id for e in page.chunk)
        if page.end is None:
            break
        from_token = page.end
    assert seen == list(reversed(sent))


def test_media_round_trip_streams_through_files(
    http: HttpTransport, make_user: MakeUser, tmp_path: Path
) -> None:
    alice = make_user("alice")
    payload = os.urandom(3 * 1024 * 1024 + 17)  # several chunks, not a round size
    source = tmp_path / "upload.bin"
    source.write_bytes(payload)
    with source.open("rb") as handle:
        uploaded = ok(
            http.upload(
                api.upload_media("application/pdf", "Bebauungsplan Süd.pdf"),
                handle,
                size=len(payload),
                access_token=alice.access_token,
            )
        )
    assert uploaded.content_uri.startswith("mxc://")

    target = tmp_path / "download.bin"
    with target.open("wb") as sink:
        got = ok(
            http.download(
                api.download_media(uploaded.content_uri), sink, access_token=alice.access_token
            )
        )
    assert got.size == len(payload)
    assert got.content_type == "application/pdf"
    assert got.filename == "Bebauungsplan Süd.pdf"
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(payload).digest()

    # Authenticated media: no token, no file.
    anonymous = api.DownloadRequest(
        path=api.download_media(uploaded.content_uri).path, needs_auth=False
    )
    denied = http.download(anonymous, io.BytesIO())
    assert isinstance(denied, api.MatrixError)
    assert denied.status == 401


def test_admin_login_as_user(http: HttpTransport, make_user: MakeUser) -> None:
    admin, bob = make_user("admin", admin=True), make_user("bob")
    as_bob = ok(http.execute(api.admin_login_as_user(bob.user_id), access_token=admin.access_token))
    me = ok(http.execute(api.whoami(), access_token=as_bob.access_token))
    assert me.user_id == bob.user_id

    refused = http.execute(api.admin_login_as_user(admin.user_id), access_token=bob.access_token)
    assert isinstance(refused, api.MatrixError)
    assert refused.status == 403


def test_redact_kick_and_left_rooms(http: HttpTransport, make_user: MakeUser) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    room_id = shared_room(http, alice, bob)
    post = ok(
        http.execute(
            api.send_event(room_id, "m.room.message", "p1", {"msgtype": "m.text", "body": "x"}),
            access_token=bob.access_token,
        )
    )
    redaction = ok(
        http.execute(
            api.redact(room_id, post.event_id, "r1", reason="Tippfehler"),
            access_token=bob.access_token,
        )
    )
    ok(
        http.execute(
            api.kick(room_id, bob.user_id, "Abteilung gewechselt"), access_token=alice.access_token
        )
    )

    bob_sync = ok(http.execute(api.sync(), access_token=bob.access_token))
    assert room_id in bob_sync.left and room_id not in bob_sync.joined
    alice_sync = ok(http.execute(api.sync(), access_token=alice.access_token))
    events = {e.event_id: e for e in alice_sync.joined[room_id].timeline.events}
    assert events[redaction.event_id].redacts == post.event_id
    assert events[post.event_id].is_redacted
    assert dict(events[post.event_id].content) == {}


def test_invite_leave_profile_directory_and_hierarchy(
    http: HttpTransport, make_user: MakeUser
) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    token = alice.access_token
    ok(http.execute(api.set_displayname(bob.user_id, "Bob Baumann"), access_token=bob.access_token))
    profile = ok(http.execute(api.get_profile(bob.user_id), access_token=token))
    assert profile.displayname == "Bob Baumann"
    found = ok(http.execute(api.search_user_directory("Baumann"), access_token=token))
    assert bob.user_id in {u.user_id for u in found.results}

    space = ok(
        http.execute(api.create_room(name="Stadt Beispiel", is_space=True), access_token=token)
    ).room_id
    group = ok(http.execute(api.create_room(name="Bauamt"), access_token=token)).room_id
    ok(
        http.execute(
            api.put_state_event(space, "m.space.child", {"via": ["treffpunkt.test"]}, group),
            access_token=token,
        )
    )
    hierarchy = ok(http.execute(api.room_hierarchy(space), access_token=token))
    by_id = {room.room_id: room for room in hierarchy.rooms}
    assert by_id[space].room_type == "m.space"
    assert [c.state_key for c in by_id[space].children_state] == [group]
    assert by_id[group].name == "Bauamt"

    ok(http.execute(api.invite(group, bob.user_id), access_token=token))
    invited = ok(http.execute(api.sync(), access_token=bob.access_token)).invited
    assert group in invited
    assert any(e.type == "m.room.name" for e in invited[group].invite_state)
    ok(http.execute(api.leave(group), access_token=bob.access_token))  # declines the invite
