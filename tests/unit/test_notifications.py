"""Notifications: mentions of the user and replies to their posts, by others; read state."""

from __future__ import annotations

from datetime import datetime

from client import ingest, notifications
from client.commands import LocalCommands
from client.store import Replica
from tests.conftest import GROUP, USER

OTHER = "@bernd:harderwijk.test"


def _ingest(replica: Replica, *rows: ingest.MessageRow) -> list[int]:
    with replica.begin() as conn:
        return sorted(ingest.ingest_messages(conn, list(rows)).messages)


def _row(event_id: str, author: str, body: str, **kw: object) -> ingest.MessageRow:
    return ingest.MessageRow(
        event_id=event_id,
        kind=str(kw.pop("kind", "post")),
        group_id=GROUP,
        author=author,
        body=body,
        body_html=f"<p>{body}</p>",
        created_at=datetime(2030, 1, int(str(kw.pop("day", 1)))),
        **kw,  # type: ignore[arg-type]
    )


def test_mentions_and_replies_by_others_newest_first(replica: Replica) -> None:
    mine, _ = _ingest(
        replica,
        _row("$mine", USER, "Mein Beitrag"),
        _row("$other", OTHER, "Fremder Beitrag"),
    )
    mention, reply, own_reply, elsewhere = _ingest(
        replica,
        _row("$m", OTHER, "@Anke bitte", mentions=(USER,), day=2),
        _row("$r", OTHER, "Antwort", kind="comment", thread_root_event_id="$mine", day=3),
        _row("$o", USER, "Selbst", kind="comment", thread_root_event_id="$mine", day=4),
        _row("$e", OTHER, "Anderswo", kind="comment", thread_root_event_id="$other", day=5),
    )
    found = notifications.notifications(replica)
    assert [(n.message_id, n.kind) for n in found] == [
        (reply, notifications.REPLY),
        (mention, notifications.MENTION),
    ]
    assert found[0].post_id == mine
    assert notifications.unread_count(replica) == 2
    assert [n.message_id for n in notifications.unread_among(replica, [reply, own_reply])] == [
        reply
    ]
    assert notifications.unread_among(replica, [elsewhere]) == []

    changes = notifications.mark_read(replica, [reply])
    assert changes.messages == {reply}
    assert notifications.unread_count(replica) == 1
    assert notifications.unread_among(replica, [reply]) == []
    assert [n.read for n in notifications.notifications(replica)] == [True, False]
    assert notifications.mark_all_read(replica).messages == {mention}
    assert notifications.unread_count(replica) == 0


def test_a_deleted_message_is_no_notification(replica: Replica) -> None:
    (mention,) = _ingest(replica, _row("$m", OTHER, "@Anke", mentions=(USER,)))
    with replica.begin() as conn:
        ingest.apply_redactions(conn, ["$m"])
    assert notifications.notifications(replica) == []
    assert notifications.unread_count(replica) == 0
    assert mention


def test_my_own_mention_of_myself_is_no_notification(replica: Replica) -> None:
    LocalCommands(replica, USER).post(GROUP, "@Anke", mentions={"Anke": USER})
    assert notifications.notifications(replica) == []
