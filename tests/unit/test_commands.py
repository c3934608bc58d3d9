"""Local commands: the optimistic row and its outbox entry are written together or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from client import search
from client.commands import (
    CommandError,
    LocalCommands,
    NewDocument,
    discard_entry,
    retry_entry,
)
from client.mediacache import MediaCache
from client.models import (
    Comment,
    Document,
    DocumentVersion,
    Mention,
    Message,
    MessageKind,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    Reaction,
)
from client.outbox import outbox_counts
from client.store import Replica
from tests.conftest import GROUP, TEST_KEY, USER


@pytest.fixture
def cmds(replica: Replica, tmp_path: Path) -> LocalCommands:
    return LocalCommands(replica, USER, MediaCache(tmp_path / "media", TEST_KEY))


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _entries(replica: Replica) -> list[OutboxEntry]:
    with replica.session() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def test_post_writes_row_and_outbox_entry(cmds: LocalCommands, replica: Replica) -> None:
    changes = cmds.post(GROUP, "Wer kennt das neue **Wmo-Formular**?", question=True)
    assert changes.outbox and changes.groups == {GROUP}
    with replica.session() as session:
        message = session.get(Message, changes.created)
        assert message is not None
        assert message.kind is MessageKind.QUESTION
        assert message.pending
        assert "<strong>Wmo-Formular</strong>" in message.body_html
        [entry] = session.scalars(select(OutboxEntry)).all()
        assert entry.kind is OutboxKind.POST
        assert entry.state is OutboxState.WAITING
        assert entry.message_id == message.id
        assert entry.txn_id == message.txn_id and len(entry.txn_id) >= 20
    with replica.connect() as conn:
        assert [h.id for h in search.search(conn, "formular").hits] == [str(changes.created)]


def test_txn_ids_are_unique(cmds: LocalCommands, replica: Replica) -> None:
    for i in range(20):
        cmds.post(GROUP, f"Bericht {i}")
    txn_ids = [e.txn_id for e in _entries(replica)]
    assert len(set(txn_ids)) == 20


def test_failure_in_between_leaves_neither(
    cmds: LocalCommands, replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(search, "index_messages", broken)
    with pytest.raises(RuntimeError):
        cmds.post(GROUP, "Dit gaat mis")
    with replica.session() as session:
        assert _count(session, Message) == 0
        assert _count(session, OutboxEntry) == 0


def test_comment_threads_under_post(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Vergadering morgen").created
    assert isinstance(post_id, int)
    comment_id = cmds.comment(post_id, "Ik ben erbij, @Jan", mentions={"Jan": "@jan:x"}).created
    with replica.session() as session:
        comment = session.get(Comment, comment_id)
        assert comment is not None and comment.thread_root_id == post_id
        assert session.scalars(select(Mention.user_id)).all() == ["@jan:x"]
    kinds = [e.kind for e in _entries(replica)]
    assert kinds == [OutboxKind.POST, OutboxKind.COMMENT]
    with pytest.raises(CommandError):
        cmds.comment(999, "nothing there")


def test_like_twice_is_one_reaction(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Schönes Fest!").created
    assert isinstance(post_id, int)
    cmds.like(post_id)
    assert cmds.like(post_id).empty
    with replica.session() as session:
        assert _count(session, Reaction) == 1
    assert [e.kind for e in _entries(replica)].count(OutboxKind.REACT) == 1


def test_unlike_of_unsent_like_cancels_both(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Neue Kollegin").created
    assert isinstance(post_id, int)
    cmds.like(post_id)
    cmds.unlike(post_id)
    with replica.session() as session:
        assert _count(session, Reaction) == 0
    assert [e.kind for e in _entries(replica)] == [OutboxKind.POST]


def test_unlike_of_sent_like_queues_an_unreact(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Neue Kollegin").created
    assert isinstance(post_id, int)
    cmds.like(post_id)
    with replica.session() as session, session.begin():
        for entry in session.scalars(select(OutboxEntry)):
            entry.state = OutboxState.SENT
        reaction = session.scalars(select(Reaction)).one()
        reaction.event_id = "$reaction"
    cmds.unlike(post_id)
    last = _entries(replica)[-1]
    assert last.kind is OutboxKind.UNREACT
    assert last.payload["reaction_event_id"] == "$reaction"


def test_edit_of_unsent_post_changes_it_in_place(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Tippfehler").created
    assert isinstance(post_id, int)
    cmds.edit(post_id, "Ohne Tippfehler")
    assert [e.kind for e in _entries(replica)] == [OutboxKind.POST]
    with replica.session() as session:
        message = session.get(Message, post_id)
        assert message is not None and message.body == "Ohne Tippfehler"
        assert message.edited_at is not None


def test_edit_of_sent_post_queues_an_edit(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Eerste versie").created
    assert isinstance(post_id, int)
    _mark_sent(replica)
    cmds.edit(post_id, "Tweede versie")
    assert [e.kind for e in _entries(replica)][-1] is OutboxKind.EDIT
    with replica.connect() as conn:
        assert search.search(conn, "tweede").hits
        assert not search.search(conn, "eerste").hits


def test_delete_unsent_post_forgets_it(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Entwurf").created
    assert isinstance(post_id, int)
    cmds.delete(post_id)
    with replica.session() as session:
        assert _count(session, Message) == 0
        assert _count(session, OutboxEntry) == 0


def test_delete_sent_post_queues_a_redaction(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Vertrouwelijk verslag").created
    assert isinstance(post_id, int)
    _mark_sent(replica)
    cmds.delete(post_id)
    with replica.session() as session:
        message = session.get(Message, post_id)
        assert message is not None and message.deleted and message.body == ""
    assert _entries(replica)[-1].kind is OutboxKind.DELETE
    with replica.connect() as conn:
        assert not search.search(conn, "vertrouwelijk").hits


def test_only_the_author_changes_a_message(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "Mijn bericht").created
    assert isinstance(post_id, int)
    other = LocalCommands(replica, "@someone:else")
    with pytest.raises(CommandError):
        other.edit(post_id, "gekaapt")
    with pytest.raises(CommandError):
        other.delete(post_id)


def test_post_to_unknown_group_or_empty_body(cmds: LocalCommands) -> None:
    with pytest.raises(CommandError):
        cmds.post("!nowhere:x", "Hallo")
    with pytest.raises(CommandError):
        cmds.post(GROUP, "   ")


def test_mark_answer(cmds: LocalCommands, replica: Replica) -> None:
    question = cmds.post(GROUP, "Wie weet waar de sleutel ligt?", question=True).created
    assert isinstance(question, int)
    answer = cmds.comment(question, "In de kast").created
    cmds.mark_answer(question, answer if isinstance(answer, int) else None)
    with replica.session() as session:
        message = session.get(Message, question)
        assert message is not None and message.answer_id == answer


@pytest.fixture
def sample_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "Protokoll Jugendhilfeausschuss.txt"
    path.write_text("Tagesordnung: Kindertagesstätten und Schulsozialarbeit", encoding="utf-8")
    yield path


def test_add_document_and_new_version(
    cmds: LocalCommands, replica: Replica, sample_file: Path
) -> None:
    doc_id = cmds.add_document(GROUP, NewDocument(sample_file, folder="Protokolle")).created
    assert isinstance(doc_id, str)
    sample_file.write_text("Tagesordnung: Kita-Ausbau", encoding="utf-8")
    cmds.add_document_version(doc_id, sample_file)
    assert cmds.add_document_version(doc_id, sample_file).empty  # unchanged: no version
    with replica.session() as session:
        document = session.get(Document, doc_id)
        assert document is not None
        assert document.version == 2 and document.mimetype == "text/plain"
        versions = session.scalars(select(DocumentVersion).order_by(DocumentVersion.version))
        first, second = versions.all()
        assert second.based_on == first.sha256
        assert document.based_on == first.sha256
    entries = _entries(replica)
    assert [e.kind for e in entries] == [OutboxKind.DOCUMENT, OutboxKind.DOCUMENT]
    assert entries[1].payload["based_on"] == entries[0].payload["sha256"]
    with replica.connect() as conn:
        hits = search.search(conn, "kita", search.SearchFilters(kinds=("document",))).hits
        assert [h.id for h in hits] == [doc_id]


def test_new_version_keeps_the_version_it_was_edited_from(
    cmds: LocalCommands, replica: Replica, sample_file: Path
) -> None:
    # Opened at version 1; version 2 came from someone else while the file was open. The
    # saved edit says it is based on version 1, so the engine can make a conflict copy.
    doc_id = cmds.add_document(GROUP, NewDocument(sample_file)).created
    assert isinstance(doc_id, str)
    with replica.session() as session:
        opened = session.get(Document, doc_id)
        assert opened is not None
        opened_sha = opened.sha256
    sample_file.write_text("Version von Bernd", encoding="utf-8")
    cmds.add_document_version(doc_id, sample_file)
    sample_file.write_text("Version von Anke", encoding="utf-8")
    cmds.add_document_version(doc_id, sample_file, based_on=opened_sha)
    entries = _entries(replica)
    assert entries[-1].payload["based_on"] == opened_sha
    assert entries[-2].payload["based_on"] == opened_sha  # plain: the replica's version
    assert entries[-1].payload["sha256"] != entries[-2].payload["sha256"]


def test_keep_offline_pins_and_unpins(
    cmds: LocalCommands, replica: Replica, sample_file: Path
) -> None:
    doc_id = cmds.add_document(GROUP, NewDocument(sample_file)).created
    assert isinstance(doc_id, str)
    assert cmds.media is not None
    changes = cmds.keep_offline(doc_id)
    assert changes.documents == {doc_id} and not changes.outbox  # nothing to send
    with replica.session() as session:
        assert session.get(Document, doc_id).keep_offline  # type: ignore[union-attr]
    cmds.keep_offline(doc_id, False)
    with replica.session() as session:
        assert not session.get(Document, doc_id).keep_offline  # type: ignore[union-attr]
    with pytest.raises(CommandError):
        cmds.keep_offline("doc-unknown")


def test_outbox_counts(cmds: LocalCommands, replica: Replica) -> None:
    cmds.post(GROUP, "Eins")
    cmds.post(GROUP, "Zwei")
    with replica.session() as session:
        counts = outbox_counts(session)
    assert counts[OutboxState.WAITING] == 2 and counts[OutboxState.FAILED] == 0


def _fail_all(replica: Replica) -> None:
    with replica.session() as session, session.begin():
        for entry in session.scalars(select(OutboxEntry)):
            entry.state = OutboxState.FAILED
            entry.last_error = "M_FORBIDDEN: no"


def test_retry_entry_sends_a_failed_entry_again(cmds: LocalCommands, replica: Replica) -> None:
    cmds.post(GROUP, "Darf ich nicht")
    [waiting] = _entries(replica)
    assert retry_entry(replica, waiting.id).outbox
    assert _entries(replica)[0].state is OutboxState.WAITING  # only a failed one is retried
    _fail_all(replica)
    retry_entry(replica, waiting.id)
    [entry] = _entries(replica)
    assert entry.state is OutboxState.WAITING
    assert entry.last_error is None and entry.next_attempt_at is None


def test_discard_entry_removes_a_failed_entry_and_its_echo(
    cmds: LocalCommands, replica: Replica
) -> None:
    post = cmds.post(GROUP, "Falsche Gruppe").created
    [entry] = _entries(replica)
    assert discard_entry(replica, entry.id).empty  # not failed: left alone
    _fail_all(replica)
    changes = discard_entry(replica, entry.id)
    assert changes.outbox and changes.messages == {post}
    assert _entries(replica) == []
    with replica.session() as session:
        assert session.get(Message, post) is None


def _mark_sent(replica: Replica) -> None:
    with replica.session() as session, session.begin():
        for i, entry in enumerate(session.scalars(select(OutboxEntry))):
            entry.state = OutboxState.SENT
            if entry.message_id is not None:
                message = session.get(Message, entry.message_id)
                assert message is not None
                message.event_id = f"$event{i}"
                message.pending = False


def test_discarding_a_document_never_sent_removes_it(
    cmds: LocalCommands, replica: Replica, sample_file: Path
) -> None:
    doc_id = cmds.add_document(GROUP, NewDocument(sample_file)).created
    assert isinstance(doc_id, str)
    _fail_all(replica)
    [entry] = _entries(replica)
    changes = discard_entry(replica, entry.id)
    assert changes.outbox and changes.documents == {doc_id} and changes.groups == {GROUP}
    assert _entries(replica) == []
    with replica.session() as session:
        assert session.get(Document, doc_id) is None
        assert session.scalars(select(DocumentVersion)).all() == []
    with replica.connect() as conn:
        hits = search.search(conn, "Schulsozialarbeit", search.SearchFilters(kinds=("document",)))
        assert hits.hits == []


def test_discarding_a_new_version_returns_to_the_servers_version(
    cmds: LocalCommands, replica: Replica, sample_file: Path
) -> None:
    doc_id = cmds.add_document(GROUP, NewDocument(sample_file)).created
    assert isinstance(doc_id, str)
    with replica.session() as session, session.begin():
        for entry in session.scalars(select(OutboxEntry)):
            session.delete(entry)  # sent ...
        version = session.scalars(select(DocumentVersion)).one()
        version.event_id = "$v1"  # ... and confirmed by the server
        version.mxc_url = "mxc://harderwijk.test/v1"
        document = session.get(Document, doc_id)
        assert document is not None
        document.pending = False
        document.mxc_url = "mxc://harderwijk.test/v1"
        first = (document.sha256, document.size)
    sample_file.write_text("Viel zu groß für den Server " * 100, encoding="utf-8")
    cmds.add_document_version(doc_id, sample_file)
    _fail_all(replica)
    [entry] = _entries(replica)
    discard_entry(replica, entry.id)
    with replica.session() as session:
        document = session.get(Document, doc_id)
        assert document is not None
        assert (document.sha256, document.size, document.version) == (*first, 1)
        assert document.mxc_url == "mxc://harderwijk.test/v1" and not document.pending
        assert [v.version for v in document.versions] == [1]
