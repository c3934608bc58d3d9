"""The posts read from the replica: a group's stream in keyset pages, what changed, a thread,
and where a message belongs."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from client.clock import utcnow
from client.commands import LocalCommands
from client.ingest import MessageRow, ingest_messages, ingest_reactions
from client.mediacache import MediaCache
from client.models import Membership, Message, OutboxEntry, OutboxState, Person
from client.reads.posts import (
    editable,
    messages_by_id,
    root_of,
    stream_newer,
    stream_page,
    thread,
)
from client.rows import Editable, ThreadData
from client.store import Replica
from tests.conftest import (
    GROUP,
    OTHER_GROUP,
    SERVER_TIME,
    TEST_KEY,
    USER,
    server_message,
)

JAN = "@jan:harderwijk.test"  # the author of server_message


def _ingest(replica: Replica, *rows: MessageRow) -> dict[str, int]:
    """Write the server's messages; their local ids by event id."""
    with replica.begin() as conn:
        ingest_messages(conn, list(rows))
    with replica.session() as session:
        return {e: i for e, i in session.execute(select(Message.event_id, Message.id)) if e}


@pytest.fixture
def commands(replica: Replica, tmp_path: Path) -> LocalCommands:
    return LocalCommands(replica, USER, MediaCache(tmp_path / "media", TEST_KEY))


def test_the_stream_is_read_newest_first_a_page_at_a_time(replica: Replica) -> None:
    ids = _ingest(
        replica,
        *(server_message(f"$p{i}", i) for i in range(7)),
        server_message("$c", 10, kind="comment", thread_root_event_id="$p0"),
        server_message("$elsewhere", 11, group_id=OTHER_GROUP),
    )
    first = stream_page(replica, GROUP, None, 3)
    assert [r.id for r in first] == [ids["$p6"], ids["$p5"], ids["$p4"]]
    second = stream_page(replica, GROUP, first[-1].key, 3)
    assert [r.id for r in second] == [ids["$p3"], ids["$p2"], ids["$p1"]]
    assert [r.id for r in stream_page(replica, GROUP, second[-1].key, 3)] == [ids["$p0"]]
    assert stream_page(replica, OTHER_GROUP, None)[0].id == ids["$elsewhere"]
    # What arrived after a row, the oldest first of it, handed back newest first.
    newer = stream_newer(replica, GROUP, first[-1].key, 2)
    assert [r.id for r in newer] == [ids["$p6"], ids["$p5"]]
    assert [r.id for r in stream_newer(replica, GROUP, second[0].key, 2)] == [
        ids["$p5"],
        ids["$p4"],
    ]
    assert len(stream_newer(replica, GROUP, None)) == 7


def test_a_row_at_a_whole_second_ends_a_page_and_does_not_start_the_next(
    replica: Replica,
) -> None:
    whole = SERVER_TIME.replace(microsecond=0)
    _ingest(
        replica,
        *(server_message(f"$p{i}", i, created_at=whole + timedelta(minutes=i)) for i in range(4)),
    )
    first = stream_page(replica, GROUP, None, 2)
    second = stream_page(replica, GROUP, first[-1].key, 2)
    assert not {r.id for r in first} & {r.id for r in second}


def test_authors_are_named_by_the_directory_then_the_group_then_their_id(
    replica: Replica,
) -> None:
    with replica.session() as session, session.begin():
        session.add(Person(user_id=JAN, name="Jan de Vries"))
        session.add(
            Membership(group_id=GROUP, user_id="@bea:x", membership="join", display_name="Bea")
        )
    _ingest(
        replica,
        server_message("$1", 1),
        server_message("$2", 2, author="@bea:x"),
        server_message("$3", 3, author="@x:y"),
    )
    rows = stream_page(replica, GROUP, None)
    assert [(r.author_id, r.author_name) for r in rows] == [
        ("@x:y", "@x:y"),
        ("@bea:x", "Bea"),
        (JAN, "Jan de Vries"),
    ]
    assert all(r.kind == "post" and not r.mine and not r.pending for r in rows)


def test_a_row_says_likes_comments_its_answer_and_a_failed_send(
    replica: Replica, commands: LocalCommands
) -> None:
    question = commands.post(GROUP, "Wer hat den Schlüssel?", question=True).created
    assert isinstance(question, int)
    answer = commands.comment(question, "Ich").created
    gone = commands.comment(question, "Doch nicht").created
    assert isinstance(answer, int) and isinstance(gone, int)
    commands.delete(gone)  # never sent: forgotten
    commands.like(question)
    commands.mark_answer(question, answer)
    with replica.session() as session, session.begin():
        message = session.get(Message, question)
        assert message is not None
        message.event_id = "$q"
        for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.message_id == question)):
            entry.state = OutboxState.FAILED
            entry.last_error = "Kein Zugang"
    with replica.begin() as conn:
        ingest_reactions(conn, [("$r", "$q", JAN, "👍", SERVER_TIME, None)])
    [row] = stream_page(replica, GROUP, None)
    assert row.id == question and row.kind == "question" and row.mine and row.pending
    assert (row.likes, row.liked_by_me, row.comments) == (2, True, 1)
    assert row.answered and row.answer_id == answer and not row.edited
    assert row.failed_reason == "Kein Zugang" and row.failed_entry_id is not None
    commands.edit(question, "Wer hat den **Schlüssel**?")
    assert messages_by_id(replica, [question])[question].edited


def test_a_post_failing_for_more_than_a_day_says_since_when(
    replica: Replica, commands: LocalCommands
) -> None:
    fresh = commands.post(GROUP, "Eben geschrieben").created
    stuck = commands.post(GROUP, "Seit gestern im Funkloch").created
    assert isinstance(fresh, int) and isinstance(stuck, int)
    since = utcnow() - timedelta(days=1, minutes=5)
    with replica.session() as session, session.begin():
        for entry in session.scalars(select(OutboxEntry)):
            entry.attempts = 40
            entry.failing_since = since if entry.message_id == stuck else utcnow()
    rows = {r.id: r for r in stream_page(replica, GROUP, None)}
    assert rows[stuck].stuck_since == since and rows[stuck].failed_entry_id is None
    assert rows[fresh].stuck_since is None and rows[fresh].pending


def test_messages_by_id_leaves_out_what_is_gone(replica: Replica) -> None:
    ids = _ingest(
        replica, server_message("$1", 1), server_message("$2", 2), server_message("$3", 3)
    )
    with replica.session() as session, session.begin():
        deleted = session.get(Message, ids["$2"])
        assert deleted is not None
        deleted.deleted = True
    found = messages_by_id(replica, [ids["$1"], ids["$2"], ids["$3"], 999])
    assert sorted(found) == [ids["$1"], ids["$3"]]
    assert found[ids["$1"]].body_html == "<p>$1</p>"
    assert messages_by_id(replica, []) == {}


def test_a_thread_is_its_post_and_comments_oldest_first(replica: Replica) -> None:
    ids = _ingest(
        replica,
        server_message("$p", 0),
        *(
            server_message(f"$c{i}", 10 - i, kind="comment", thread_root_event_id="$p")
            for i in range(4)
        ),
        server_message("$other", 5),
    )
    with replica.session() as session, session.begin():
        deleted = session.get(Message, ids["$c1"])
        assert deleted is not None
        deleted.deleted = True
    data = thread(replica, ids["$p"])
    assert data.post is not None and data.post.id == ids["$p"] and data.post.comments == 3
    assert [c.id for c in data.comments] == [ids["$c3"], ids["$c2"], ids["$c0"]]
    assert [c.id for c in thread(replica, ids["$p"], limit=2).comments] == [
        ids["$c3"],
        ids["$c2"],
    ]
    assert thread(replica, 999) == ThreadData(None, [])


def test_root_of_finds_the_group_and_post_of_a_message(replica: Replica) -> None:
    ids = _ingest(
        replica,
        server_message("$p", 0, group_id=OTHER_GROUP),
        server_message("$c", 1, kind="comment", thread_root_event_id="$p", group_id=OTHER_GROUP),
    )
    assert root_of(replica, ids["$c"]) == (OTHER_GROUP, ids["$p"])
    assert root_of(replica, ids["$p"]) == (OTHER_GROUP, ids["$p"])
    assert root_of(replica, 999) is None


def test_a_message_to_edit_is_its_markdown_with_whom_it_mentions(
    replica: Replica, commands: LocalCommands
) -> None:
    with replica.session() as session, session.begin():
        session.add(Person(user_id=JAN, name="Jan de Vries"))
        session.add(
            Membership(group_id=GROUP, user_id="@bea:x", membership="join", display_name="Bea")
        )
    post = commands.post(GROUP, "Vraag aan @Jan", mentions={"Jan": JAN}).created
    assert isinstance(post, int)
    comment = commands.comment(post, "En @Bea?", mentions={"Bea": "@bea:x"}).created
    assert isinstance(comment, int)
    assert editable(replica, post) == Editable(
        post, "Vraag aan @Jan", False, {"Jan de Vries": JAN}, [("Jan de Vries", JAN)]
    )
    item = editable(replica, comment)
    assert item is not None and item.comment and item.body == "En @Bea?"
    assert item.mentions == {"Bea": "@bea:x"}  # no directory entry: the name in the group
    commands.delete(comment)
    assert editable(replica, comment) is None
