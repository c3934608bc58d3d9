"""The write path for server data: idempotent, reconciles local echoes, indexes for search."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from client import search
from client.commands import LocalCommands
from client.ingest import (
    DocumentState,
    GroupRow,
    MessageRow,
    OrganisationRow,
    PersonEntry,
    ingest_messages,
    upsert_documents,
    upsert_groups,
    upsert_organisations,
    upsert_people,
)
from client.models import DocumentVersion, Group, Message, Person
from client.store import Replica
from tests.conftest import GROUP, ORG, USER

AT = datetime(2026, 3, 1, 9, 30)


def _msg(event_id: str, body: str, **kw: object) -> MessageRow:
    fields: dict[str, object] = {
        "event_id": event_id,
        "kind": "post",
        "group_id": GROUP,
        "author": "@jan:x",
        "body": body,
        "body_html": f"<p>{body}</p>",
        "created_at": AT,
    }
    fields.update(kw)
    return MessageRow(**fields)  # type: ignore[arg-type]


def test_messages_are_inserted_once(replica: Replica) -> None:
    rows = [_msg("$1", "Bouwvergunning aangevraagd"), _msg("$2", "Vraag", kind="question")]
    with replica.begin() as conn:
        changes = ingest_messages(conn, rows)
    assert len(changes.messages) == 2
    with replica.begin() as conn:
        assert ingest_messages(conn, rows).empty  # the same events again: nothing new
    with replica.session() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 2
    with replica.connect() as conn:
        assert len(search.search(conn, "bouwvergunning").hits) == 1


def test_comment_links_to_its_root_in_the_same_batch(replica: Replica) -> None:
    rows = [
        _msg("$root", "Wer hat Zeit?"),
        _msg("$c", "Ich!", kind="comment", thread_root_event_id="$root", mentions=("@anke:x",)),
    ]
    with replica.begin() as conn:
        ingest_messages(conn, rows)
    with replica.session() as session:
        root = session.scalars(select(Message).where(Message.event_id == "$root")).one()
        comment = session.scalars(select(Message).where(Message.event_id == "$c")).one()
        assert comment.thread_root_id == root.id
        assert [m.user_id for m in comment.mentions] == ["@anke:x"]


def test_comment_without_root_is_skipped(replica: Replica) -> None:
    with replica.begin() as conn:
        changes = ingest_messages(
            conn, [_msg("$c", "orphan", kind="comment", thread_root_event_id="$gone")]
        )
    assert changes.empty


def test_local_echo_is_confirmed_not_duplicated(replica: Replica) -> None:
    local = LocalCommands(replica, USER).post(GROUP, "Offline geschrieben")
    with replica.session() as session:
        message = session.get(Message, local.created)
        assert message is not None and message.txn_id
        txn_id = message.txn_id
    echo = _msg("$server", "Offline geschrieben", author=USER, txn_id=txn_id)
    with replica.begin() as conn:
        ingest_messages(conn, [echo])
    with replica.session() as session:
        [message] = session.scalars(select(Message)).all()
        assert message.id == local.created
        assert message.event_id == "$server" and not message.pending


def test_organisations_groups_people(replica: Replica) -> None:
    with replica.begin() as conn:
        upsert_organisations(conn, [OrganisationRow(ORG, "Gemeente Harderwijk")])
        upsert_groups(conn, [GroupRow("!new:x", "Sociale Dienst", organisation_ids=(ORG,))])
        upsert_people(
            conn,
            [
                PersonEntry(
                    "@jan:x",
                    "Jan de Vries",
                    ORG,
                    "Gemeente Harderwijk",
                    "Beleidsmedewerker",
                    "Wmo",
                    ("jeugdzorg", "GIS"),
                    location="Harderwijk",
                )
            ],
        )
        upsert_people(conn, [PersonEntry("@jan:x", "Jan de Vries", ORG, skills=("Excel",))])
    with replica.session() as session:
        group = session.get(Group, "!new:x")
        assert group is not None and [o.id for o in group.organisations] == [ORG]
        person = session.get(Person, "@jan:x")
        assert person is not None and person.skills == ["Excel"]
    with replica.connect() as conn:
        assert [h.id for h in search.search(conn, "excel").hits] == ["@jan:x"]
        assert not search.search(conn, "jeugdzorg").hits


def test_documents_keep_their_versions(replica: Replica) -> None:
    def row(version: int, sha: str, based_on: str | None) -> DocumentState:
        return DocumentState(
            id="doc1",
            group_id=GROUP,
            name="Begroting 2027.xlsx",
            folder="Financiën",
            mimetype="application/vnd.ms-excel",
            size=10,
            sha256=sha,
            mxc_url="mxc://x/y",
            version=version,
            based_on=based_on,
            updated_by="@jan:x",
            updated_at=AT,
        )

    with replica.begin() as conn:
        upsert_documents(conn, [row(1, "a" * 64, None)])
        upsert_documents(conn, [row(2, "b" * 64, "a" * 64)])
    with replica.session() as session:
        versions = session.scalars(select(DocumentVersion.sha256).order_by(DocumentVersion.version))
        assert versions.all() == ["a" * 64, "b" * 64]
    with replica.connect() as conn:
        assert [h.id for h in search.search(conn, "begroting").hits] == ["doc1"]
        assert [h.id for h in search.search(conn, "financien").hits] == ["doc1"]


def test_edits_redactions_reactions_answers(replica: Replica) -> None:
    from client.ingest import apply_answers, apply_edits, apply_redactions, ingest_reactions
    from client.models import Reaction

    later = datetime(2026, 3, 2)
    with replica.begin() as conn:
        ingest_messages(
            conn,
            [
                _msg("$q", "Wo ist der Schlüssel?", kind="question"),
                _msg(
                    "$a", "Im Schrank", kind="comment", thread_root_event_id="$q", author="@anke:x"
                ),
            ],
        )
        apply_edits(conn, [("$q", "@intruder:x", "gekapert", "<p>gekapert</p>", later)])
        apply_edits(conn, [("$q", "@jan:x", "Wo liegt der Generalschlüssel?", "<p>…</p>", later)])
        ingest_reactions(conn, [("$r", "$a", "@jan:x", "👍", later, None)])
        ingest_reactions(conn, [("$r", "$a", "@jan:x", "👍", later, None)])  # again
        apply_answers(conn, [("$q", "$a", "@anke:x")])  # not the asker: ignored
        apply_answers(conn, [("$q", "$a", "@jan:x")])
    with replica.session() as session:
        question = session.scalars(select(Message).where(Message.event_id == "$q")).one()
        answer = session.scalars(select(Message).where(Message.event_id == "$a")).one()
        assert question.body == "Wo liegt der Generalschlüssel?"
        assert question.answer_id == answer.id
        assert session.scalar(select(func.count()).select_from(Reaction)) == 1
    with replica.connect() as conn:
        assert search.search(conn, "generalschlussel").hits
        assert not search.search(conn, "gekapert").hits
    with replica.begin() as conn:
        apply_redactions(conn, ["$r", "$a"])
    with replica.session() as session:
        answer = session.scalars(select(Message).where(Message.event_id == "$a")).one()
        assert answer.deleted and answer.body == ""
        assert session.scalar(select(func.count()).select_from(Reaction)) == 0
    with replica.connect() as conn:
        assert not search.search(conn, "schrank").hits


def test_purge_group_removes_everything_of_it(replica: Replica) -> None:
    from client.ingest import purge_group

    with replica.begin() as conn:
        ingest_messages(conn, [_msg("$1", "Geheimes Protokoll")])
        purge_group(conn, GROUP)
    with replica.session() as session:
        assert session.get(Group, GROUP) is None
        assert session.scalar(select(func.count()).select_from(Message)) == 0
    with replica.connect() as conn:
        assert not search.search(conn, "protokoll").hits
