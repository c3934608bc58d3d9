"""Pure tests of sync.api: request building and parsing of recorded Synapse replies."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from sync import api

DATA = Path(__file__).resolve().parent.parent / "data"
BAUAMT = "!kK8jn0EVdeWd81o91tPiOkAVvM5wd6qrpwOTswlX7uk"
PERSONALRAT = "!giUfGbkqL8ygfNKJnbiXOIoZqSLKb0oAZJ6z30cS0Hs"
ALICE = "@alice:treffpunkt.test"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text())
    return data


def body(name: str) -> bytes:
    return (DATA / name).read_bytes()


# --------------------------------------------------------------------------- requests


def test_paths_quote_every_id_segment() -> None:
    request = api.put_state_event("!r:x.org", "app.treffpunkt.document", {}, "a/b c")
    assert request.method == "PUT"
    assert request.path == (
        "/_matrix/client/v3/rooms/%21r%3Ax.org/state/app.treffpunkt.document/a%2Fb%20c"
    )
    # An empty state key still needs its (empty) path segment.
    assert api.get_state_event("!r:x.org", "m.room.name").path.endswith("/state/m.room.name/")
    send = api.send_event("!r:x.org", "m.room.message", "t/1", {"body": "x"})
    assert send.path == "/_matrix/client/v3/rooms/%21r%3Ax.org/send/m.room.message/t%2F1"
    assert send.body == {"body": "x"}
    assert api.admin_login_as_user(ALICE).path == (
        "/_synapse/admin/v1/users/%40alice%3Atreffpunkt.test/login"
    )
    assert api.join("#bau:x.org", via=("x.org",)).path == "/_matrix/client/v3/join/%23bau%3Ax.org"
    assert api.redact("!r:x", "$e/1", "t").path.endswith("/redact/%24e%2F1/t")


def test_login_keeps_the_device_id_and_needs_no_token() -> None:
    request = api.login_password(ALICE, "secret", device_id="LAPTOP")
    assert not request.needs_auth
    assert request.body == {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": ALICE},
        "password": "secret",
        "device_id": "LAPTOP",
    }
    assert "secret" not in repr(request)
    assert "syt_" not in repr(api.interpret(request, 200, body("login.json")))


def test_sync_request_query_and_long_poll() -> None:
    request = api.sync(since="s1", filter={"room": {"timeline": {"limit": 5}}}, timeout_ms=30000)
    query = dict(request.query)
    assert query["since"] == "s1"
    assert query["timeout"] == "30000"
    assert json.loads(query["filter"]) == {"room": {"timeline": {"limit": 5}}}
    assert request.long_poll_ms == 30000
    assert dict(api.sync(filter="7", full_state=True).query)["filter"] == "7"
    assert dict(api.sync(full_state=True).query)["full_state"] == "true"


def test_messages_request() -> None:
    request = api.messages("!r:x", from_token="t1", limit=20, filter={"types": ["m.room.message"]})
    assert request.path == "/_matrix/client/v3/rooms/%21r%3Ax/messages"
    assert dict(request.query) == {
        "dir": "b",
        "limit": "20",
        "from": "t1",
        "filter": '{"types":["m.room.message"]}',
    }


def test_read_marker_requests() -> None:
    receipt = api.send_receipt("!r:x", "$e/1")
    assert receipt.method == "POST"
    assert receipt.path == "/_matrix/client/v3/rooms/%21r%3Ax/receipt/m.read.private/%24e%2F1"
    assert receipt.body == {}
    assert api.send_receipt("!r:x", "$e", "m.read").path.endswith("/receipt/m.read/%24e")
    markers = api.set_read_markers("!r:x", "$e", read_private="$e")
    assert markers.path == "/_matrix/client/v3/rooms/%21r%3Ax/read_markers"
    assert markers.body == {"m.fully_read": "$e", "m.read.private": "$e"}
    assert api.interpret(markers, 200, b"{}") is None
    fully_read = api.get_room_account_data("@a:x", "!r:x", "m.fully_read")
    assert fully_read.path == (
        "/_matrix/client/v3/user/%40a%3Ax/rooms/%21r%3Ax/account_data/m.fully_read"
    )
    reply = api.interpret(fully_read, 200, b'{"event_id": "$e"}')
    assert isinstance(reply, api.ContentResponse) and reply.content == {"event_id": "$e"}


def test_create_room_for_a_space() -> None:
    request = api.create_room(name="Stadt", is_space=True, invite=("@b:x",))
    assert request.body == {
        "visibility": "private",
        "name": "Stadt",
        "invite": ["@b:x"],
        "creation_content": {"type": "m.space"},
    }


def test_media_requests() -> None:
    upload = api.upload_media("application/pdf", "Plan Süd.pdf")
    assert upload.content_type == "application/pdf"
    assert upload.path == "/_matrix/media/v3/upload"
    assert dict(upload.query) == {"filename": "Plan Süd.pdf"}
    download = api.download_media("mxc://treffpunkt.test/AbC_1-2")
    assert download.path == "/_matrix/client/v1/media/download/treffpunkt.test/AbC_1-2"
    assert download.needs_auth
    with pytest.raises(ValueError, match="not an mxc URI"):
        api.download_media("mxc://treffpunkt.test/../../etc/passwd")
    assert api.parse_mxc("https://example.org/x") is None


def test_content_disposition() -> None:
    utf8 = api.parse_download("a/b", "inline; filename*=utf-8''Plan%20S%C3%BCd.pdf", 3)
    assert utf8 == api.DownloadResponse("a/b", "Plan Süd.pdf", 3)
    assert api.parse_download(None, 'attachment; filename="a.pdf"', 0).filename == "a.pdf"
    assert api.parse_download(None, None, 0).filename is None


def test_registration_mac_matches_synapse_scheme() -> None:
    expected = hmac.new(b"s3cret", b"n\x00bob\x00pw\x00notadmin", hashlib.sha1).hexdigest()
    assert api.registration_mac("s3cret", "n", "bob", "pw", admin=False) == expected
    request = api.admin_register("s3cret", "n", "bob", "pw", admin=True)
    assert request.body is not None
    assert request.body["mac"] == api.registration_mac("s3cret", "n", "bob", "pw", admin=True)
    assert not request.needs_auth


# --------------------------------------------------------------------------- errors


def test_error_reply_becomes_a_typed_value() -> None:
    error = api.interpret(api.whoami(), 401, body("error_unknown_token.json"))
    assert error == api.MatrixError(
        "M_UNKNOWN_TOKEN", "Invalid access token passed.", 401, None, soft_logout=False
    )
    assert error.is_unknown_token and not error.is_transient


def test_rate_limit_from_body_or_header() -> None:
    limited = b'{"errcode": "M_LIMIT_EXCEEDED", "error": "Too many", "retry_after_ms": 1500}'
    error = api.interpret(api.whoami(), 429, limited, retry_after_header="9")
    assert isinstance(error, api.MatrixError)
    assert error.retry_after_ms == 1500 and error.is_transient
    header_only = api.interpret(api.whoami(), 429, b'{"errcode": "M_LIMIT_EXCEEDED"}', "2")
    assert isinstance(header_only, api.MatrixError)
    assert header_only.retry_after_ms == 2000
    soft = api.parse_error(401, b'{"errcode": "M_UNKNOWN_TOKEN", "soft_logout": true}')
    assert soft.soft_logout


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3", 3000),
        (" 4 ", 4000),
        ("0", 0),
        ("²", None),  # a digit to str.isdigit, not to int()
        ("٣", None),  # Arabic-Indic three
        ("-5", None),
        ("1.5", None),
        ("1e400", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", None),  # the date form needs the server's clock
        ("", None),
        ("9" * 5000, api.MAX_DELAY_MS),  # longer than int() converts: the cap
        ("86400", api.MAX_DELAY_MS),
    ],
)
def test_retry_after_header_is_ascii_seconds_capped(header: str, expected: int | None) -> None:
    error = api.parse_error(429, b'{"errcode": "M_LIMIT_EXCEEDED"}', header)
    assert error.retry_after_ms == expected
    from_proxy = api.parse_error(503, b"<html>busy</html>", header)
    assert from_proxy.retry_after_ms == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"1500", 1500),
        (b"0", 0),
        (b"1e400", None),  # infinity as a float
        (b"2500.0", None),
        (b"-1", None),
        (b"true", None),
        (b'"1500"', None),
        (b"1" + b"0" * 400, api.MAX_DELAY_MS),  # a float would overflow
        (b"86400000", api.MAX_DELAY_MS),
    ],
)
def test_retry_after_ms_is_a_non_negative_integer_capped(raw: bytes, expected: int | None) -> None:
    body = b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": ' + raw + b"}"
    assert api.parse_error(429, body).retry_after_ms == expected
    # Unusable in the body, the header is used instead.
    fallback = api.parse_error(429, body, "2").retry_after_ms
    assert fallback == (2000 if expected is None else expected)


def test_proxy_html_error_page() -> None:
    error = api.interpret(api.whoami(), 502, b"<html>Bad Gateway</html>")
    assert isinstance(error, api.MatrixError)
    assert (error.errcode, error.status, error.is_transient) == ("M_UNKNOWN", 502, True)
    assert "Bad Gateway" in error.error


@pytest.mark.parametrize(
    ("reply", "detail"),
    [
        (b'{"next_batch": "s1", "rooms": {', "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b'"a string"', "not a JSON object"),
        (b'{"rooms": {}}', "next_batch"),
        (b'{"next_batch": 5}', "next_batch"),
        # A token no URL can carry back would stop every later sync.
        (json.dumps({"next_batch": "s" * 70_000}).encode(), "next_batch"),
        (b'{"next_batch": "s1\\u0000"}', "next_batch"),
    ],
)
def test_unusable_success_reply_is_invalid_response(reply: bytes, detail: str) -> None:
    result = api.interpret(api.sync(), 200, reply)
    assert isinstance(result, api.TransportError)
    assert result.kind is api.TransportErrorKind.INVALID_RESPONSE
    assert detail in result.detail
    assert result.is_transient


# --------------------------------------------------------------------------- sync


def test_parse_recorded_sync() -> None:
    reply = api.parse_sync(load("sync_alice.json"))
    assert reply.next_batch.startswith("s")
    assert len(reply.joined) == 3
    bauamt = reply.joined[BAUAMT]
    assert bauamt.timeline.limited
    assert bauamt.timeline.prev_batch
    events = bauamt.timeline.events
    assert [e.type for e in events] == [
        "m.room.member",
        "m.room.message",
        "app.treffpunkt.document",
        "m.room.redaction",
        "m.room.message",
    ]
    redacted, document, redaction, message = events[1], events[2], events[3], events[4]
    assert redacted.is_redacted and redacted.transaction_id == "txn-42"
    assert dict(redacted.content) == {}
    assert redaction.redacts == redacted.event_id
    assert document.is_state and document.state_key == "doc-1"
    assert dict(document.content) == {"name": "Plan.pdf", "version": 1}
    assert message.transaction_id == "txn-43"
    assert message.sender == ALICE and message.room_id == BAUAMT
    assert message.content["body"] == "Zweite Nachricht"
    assert all(e.is_state for e in bauamt.state)
    assert {e.type for e in reply.account_data} >= {"m.push_rules"}


@pytest.mark.parametrize("token", ["t" * 70_000, "t1\n2", ""])
def test_a_pagination_token_that_cannot_be_sent_back_is_absent(token: str) -> None:
    data = load("sync_alice.json")
    data["rooms"]["join"][BAUAMT]["timeline"]["prev_batch"] = token
    assert api.parse_sync(data).joined[BAUAMT].timeline.prev_batch is None
    reply = json.dumps({"start": "t1", "end": token}).encode()
    messages = api.interpret(api.messages(BAUAMT, from_token="t1"), 200, reply)
    assert isinstance(messages, api.MessagesResponse) and messages.end is None


def test_unread_counts_and_receipts_are_parsed_defensively() -> None:
    data = load("sync_alice.json")
    assert data["rooms"]["join"][BAUAMT]["unread_notifications"] == {
        "notification_count": 0,
        "highlight_count": 0,
    }
    assert api.parse_sync(data).joined[BAUAMT].unread == api.UnreadCounts(0, 0)
    room = data["rooms"]["join"][BAUAMT]
    room["ephemeral"] = {
        "events": [
            {
                "type": "m.receipt",
                "content": {
                    "$a": {
                        "m.read.private": {ALICE: {"ts": 1}},
                        "m.read": {"@bob:x": {"ts": 2, "thread_id": "main"}, "nobody": {}},
                    },
                    "not-an-event": {"m.read": {ALICE: {}}},
                    "$b": {"m.read": [ALICE], "m.read.private": {ALICE: "x"}},
                    # Not from JSON, but a fuzzer may hand over such dicts.
                    7: {"m.read": {ALICE: {}}},
                    "$c": {8: {ALICE: {}}, "m.read": {9: {}}},
                },
            },
            {"type": "m.typing", "content": {"user_ids": [ALICE]}},
            "garbage",
        ]
    }
    cases: list[tuple[object, api.UnreadCounts | None]] = [
        ({"notification_count": 3, "highlight_count": 1}, api.UnreadCounts(3, 1)),
        ({"notification_count": 3}, api.UnreadCounts(3, 0)),
        ({"notification_count": 10**400, "highlight_count": True}, api.UnreadCounts(999_999, 0)),
        ({"notification_count": -1, "highlight_count": 1}, None),
        ({"notification_count": "3"}, None),
        ([3, 1], None),
    ]
    for counts, expected in cases:
        room["unread_notifications"] = counts
        joined = api.parse_sync(data).joined[BAUAMT]
        assert joined.unread == expected, counts
        assert joined.receipts == (
            api.Receipt("$a", "m.read.private", ALICE),
            api.Receipt("$a", "m.read", "@bob:x", "main"),
        )
    del room["unread_notifications"]
    assert api.parse_sync(data).joined[BAUAMT].unread is None


def test_parse_recorded_sync_with_invite_and_leave() -> None:
    reply = api.parse_sync(load("sync_bob.json"))
    assert list(reply.joined) == [BAUAMT]
    (invite,) = reply.invited.values()
    assert invite.room_id == PERSONALRAT
    names = [e.content.get("name") for e in invite.invite_state if e.type == "m.room.name"]
    assert names == ["Personalrat"]
    (left,) = reply.left.values()
    kicks = [e for e in left.timeline.events if e.type == "m.room.member"]
    assert kicks[-1].content["membership"] == "leave"
    assert kicks[-1].sender == ALICE
    # Others never see the sender's transaction id.
    assert all(e.transaction_id is None for e in reply.joined[BAUAMT].timeline.events)


def test_malformed_events_are_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="sync.api"):
        reply = api.parse_sync(load("sync_malformed.json"))
    # The good events around the broken ones survive, in order.
    good = api.parse_sync(load("sync_alice.json"))
    assert reply.joined[BAUAMT].timeline.events == good.joined[BAUAMT].timeline.events
    assert reply.joined[PERSONALRAT].timeline == api.Timeline((), False, None)
    assert set(reply.joined) == set(good.joined)
    assert len(reply.invited["!inv:treffpunkt.test"].invite_state) == 1
    messages = [r.getMessage() for r in caplog.records]
    for problem in (
        "bad event_id",
        "content is not an object",
        "bad origin_server_ts",
        "bad sender",
        "bad state_key",
        "not an object",
        "'not-a-room-id'",
        "'!garbage:treffpunkt.test'",
        "not a list",
        "stripped state",
    ):
        assert any(problem in m for m in messages), problem
    # Logs name events and rooms, never content.
    assert not any("Zweite Nachricht" in m for m in messages)


def test_event_validation_edge_cases() -> None:
    base = {
        "event_id": "$e",
        "type": "m.room.redaction",
        "sender": ALICE,
        "origin_server_ts": 1,
        "content": {"redacts": "$target"},
    }
    event = api.parse_event(base)
    assert event is not None and event.redacts == "$target"  # room v11 form
    assert api.parse_event({**base, "origin_server_ts": True}) is None  # bool is not an int
    assert api.parse_event({**base, "origin_server_ts": -1}) is None
    assert api.parse_event({**base, "unsigned": []}) is None
    message = api.parse_event({**base, "type": "m.room.message", "content": {"redacts": "$x"}})
    assert message is not None and message.redacts is None
    assert api.parse_events(None) == ()


# --------------------------------------------------------------------------- others


def test_parse_other_recorded_replies() -> None:
    login = api.interpret(api.login_password(ALICE, "pw"), 200, body("login.json"))
    assert isinstance(login, api.LoginResponse)
    assert (login.user_id, login.device_id) == (ALICE, "LAPTOP")
    assert login.homeserver_base_url is not None
    assert not login.homeserver_base_url.endswith("/")

    page = api.interpret(api.messages(BAUAMT), 200, body("messages.json"))
    assert isinstance(page, api.MessagesResponse)
    assert page.start and page.end and len(page.chunk) == 3
    timestamps = [e.origin_server_ts for e in page.chunk]
    assert timestamps == sorted(timestamps, reverse=True)  # dir=b: newest first

    hierarchy = api.interpret(api.room_hierarchy("!s:x"), 200, body("hierarchy.json"))
    assert isinstance(hierarchy, api.HierarchyResponse)
    space = hierarchy.rooms[0]
    assert space.room_type == "m.space" and space.name == "Stadt Beispiel"
    assert [c.state_key for c in space.children_state] == [BAUAMT]

    directory = api.interpret(api.search_user_directory("bob"), 200, body("user_directory.json"))
    assert isinstance(directory, api.UserDirectoryResponse)
    assert [u.user_id for u in directory.results] == ["@bob:treffpunkt.test"]


def test_room_state_reply_is_a_list() -> None:
    events = load("sync_alice.json")["rooms"]["join"][BAUAMT]["state"]["events"]
    reply = api.interpret(api.get_room_state(BAUAMT), 200, json.dumps(events).encode())
    assert isinstance(reply, api.RoomStateResponse)
    assert len(reply.events) == len(events)


def test_empty_reply_bodies() -> None:
    assert api.interpret(api.logout(), 200, b"{}") is None
    assert api.interpret(api.leave("!r:x"), 200, b"") is None


# --------------------------------------------------------------------------- provisioning


def test_admin_user_requests() -> None:
    put = api.admin_put_user(
        ALICE, password="pw", displayname="Alice", emails=("alice@example.org",)
    )
    assert put.method == "PUT"
    assert put.path == "/_synapse/admin/v2/users/%40alice%3Atreffpunkt.test"
    assert put.body == {
        "logout_devices": False,
        "password": "pw",
        "displayname": "Alice",
        "threepids": [{"medium": "email", "address": "alice@example.org"}],
    }
    assert "pw" not in repr(put)
    # Fields not given are not sent, so an update never clears them by accident.
    assert api.admin_put_user(ALICE, displayname="A").body == {
        "logout_devices": False,
        "displayname": "A",
    }
    assert api.admin_get_user(ALICE).method == "GET"
    join = api.admin_join("#org-ermelo:x.org", ALICE)
    assert join.path == "/_synapse/admin/v1/join/%23org-ermelo%3Ax.org"
    assert join.body == {"user_id": ALICE}


def test_parse_admin_user_reply() -> None:
    # As Synapse 1.163 answers GET/PUT /_synapse/admin/v2/users/<user_id> (shortened).
    reply = json.dumps(
        {
            "name": ALICE,
            "displayname": "Alice",
            "threepids": [
                {"medium": "email", "address": "alice@example.org", "added_at": 1},
                {"medium": "msisdn", "address": "31612345678"},
                {"medium": "email"},
            ],
            "avatar_url": None,
            "admin": False,
            "deactivated": False,
            "locked": False,
            "user_type": None,
        }
    ).encode()
    user = api.interpret(api.admin_get_user(ALICE), 200, reply)
    assert user == api.AdminUser(ALICE, "Alice", False, False, ("alice@example.org",))
    missing = api.interpret(
        api.admin_get_user(ALICE), 404, b'{"errcode":"M_NOT_FOUND","error":"User not found"}'
    )
    assert isinstance(missing, api.MatrixError) and missing.errcode == "M_NOT_FOUND"
    broken = api.interpret(api.admin_put_user(ALICE), 200, b'{"displayname":"x"}')
    assert isinstance(broken, api.TransportError)


def test_parse_alias_members_and_joined_rooms() -> None:
    alias = api.interpret(
        api.resolve_alias("#org-ermelo:x.org"),
        200,
        b'{"room_id":"!abc","servers":["x.org",3]}',
    )
    assert alias == api.AliasResponse("!abc", ("x.org",))
    assert api.resolve_alias("#a:b").path == "/_matrix/client/v3/directory/room/%23a%3Ab"
    members = api.interpret(
        api.joined_members("!abc"),
        200,
        json.dumps({"joined": {ALICE: {"display_name": "Alice"}, "nonsense": {}}}).encode(),
    )
    assert members == api.JoinedMembersResponse(frozenset({ALICE}))
    rooms = api.interpret(api.joined_rooms(), 200, b'{"joined_rooms":["!a","b",1]}')
    assert rooms == api.JoinedRoomsResponse(("!a",))
    assert isinstance(api.interpret(api.joined_rooms(), 200, b"{}"), api.TransportError)


@pytest.mark.parametrize(
    ("reply", "size"),
    [
        (b'{"m.upload.size": 52428800}', 52428800),
        (b"{}", None),
        (b'{"m.upload.size": 0}', None),
        (b'{"m.upload.size": -1}', None),
        (b'{"m.upload.size": 1e400}', None),
        (b'{"m.upload.size": "50M"}', None),
        (b'{"m.upload.size": true}', None),
    ],
)
def test_media_config_upload_size(reply: bytes, size: int | None) -> None:
    request = api.media_config()
    assert request.path == "/_matrix/client/v1/media/config" and request.needs_auth
    assert api.interpret(request, 200, reply) == api.MediaConfigResponse(size)
