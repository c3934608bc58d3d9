"""Names reach the views cleaned of bidi and control characters: people, groups,
organisations, authors and documents, wherever the read layer hands them out; keyset pages
still follow the names as stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from client import notifications, offline
from client.ingest import (
    GroupRow,
    OrganisationRow,
    PersonEntry,
    ingest_messages,
    upsert_groups,
    upsert_organisations,
    upsert_people,
)
from client.models import Group, Membership
from client.reads import overview, people, posts
from client.reads.documents import document_detail, document_folders, folder_documents
from client.reads.search import search_page
from client.store import Replica
from tests.conftest import GROUP, ORG, USER, server_message
from tests.unit.test_reads_documents import BERND, _from_server

# Shows as "Bernd Admin" reversed where bidi works: the override hides what follows.
TRICKY = "Bernd\u202e nimdA\u202c\n(IT)\x1b[0m"
CLEAN = "Bernd nimdA (IT)[0m"


@pytest.fixture
def tricky(replica: Replica) -> Replica:
    with replica.begin() as conn:
        upsert_organisations(conn, [OrganisationRow(ORG, "Harder\u2067wijk\u2069")])
        upsert_groups(conn, [GroupRow(GROUP, "Jeugd\u200f & Gezin\r\n", organisation_ids=(ORG,))])
        upsert_people(
            conn,
            [
                PersonEntry(
                    BERND,
                    TRICKY,
                    organisation="Harder\u2067wijk\u2069",
                    title="Team\u202eleider",
                    department="Jeugd\x00",
                    skills=("Wmo\u202e", "\u202e"),
                    location="Stad\nhuis",
                ),
                PersonEntry(USER, "Anke", organisation="Harderwijk"),
            ],
        )
        ingest_messages(
            conn,
            [
                server_message("$1", 1, author=BERND, body="@Anke kijk even", mentions=(USER,)),
                server_message("$2", 2, author=BERND, body="\u202eGezin"),
            ],
        )
    with replica.session() as session, session.begin():
        session.add(Membership(group_id=GROUP, user_id=BERND, membership="join"))
    return replica


def test_stream_thread_and_sidebar(tricky: Replica) -> None:
    page = posts.stream_page(tricky, GROUP, None)
    assert {p.author_name for p in page} == {CLEAN}
    thread = posts.thread(tricky, page[0].id)
    assert thread.post is not None and thread.post.author_name == CLEAN
    tree = overview.account_tree(tricky)
    [org] = tree.organisations
    assert org.name == "Harderwijk"
    assert [g.name for g in org.groups] == ["Bouwen", "Jeugd & Gezin"]


def test_people_profile_and_mentions(tricky: Replica) -> None:
    rows = people.people_page(tricky, None)
    bernd = next(r for r in rows if r.user_id == BERND)
    assert (bernd.name, bernd.title, bernd.department, bernd.location) == (
        CLEAN,
        "Teamleider",
        "Jeugd",
        "Stad huis",
    )
    assert bernd.organisation == "Harderwijk"
    profile = people.profile(tricky, BERND)
    assert profile is not None
    assert (profile.name, profile.title, profile.skills) == (CLEAN, "Teamleider", ("Wmo",))
    assert [g.name for g in profile.groups] == ["Jeugd & Gezin"]
    assert {r.group_name for r in profile.recent} == {"Jeugd & Gezin"}
    assert (CLEAN, BERND) in people.mention_candidates(tricky)


def test_people_pages_follow_the_stored_names(replica: Replica) -> None:
    # Cleaned, "A\u202eZ" is "AZ", which sorts before "Ab"; stored, it sorts after it. Each
    # page must start where the last one ended in the stored order: nobody twice or missed.
    names = ["AZ0", "A\u202eZ", "Ab", "A\u202aa", "Aa", "B"]
    with replica.begin() as conn:
        upsert_people(conn, [PersonEntry(f"@p{i}:x", n) for i, n in enumerate(names)])
    seen: list[str] = []
    after = None
    for _ in range(2 * len(names)):  # bounded: a page that starts too early repeats for ever
        page = people.people_page(replica, after, 1)
        if not page:
            break
        seen += [r.user_id for r in page]
        after = page[-1].key
    assert sorted(seen) == sorted(f"@p{i}:x" for i in range(len(names)))
    assert len(seen) == len(names)


def test_documents_show_their_real_extension_and_page_by_stored_name(
    tricky: Replica, tmp_path: Path
) -> None:
    names = ["Protokoll\u202efdp.exe", "Protokoll.pdf", "Protokoll\u202aa.txt", "Protokollz.txt"]
    for i, name in enumerate(names):
        _from_server(tricky, f"doc{i}", name, folder="Beleid")
    [entry] = document_folders(tricky, GROUP)
    assert entry.group_name == "Jeugd & Gezin"
    seen = []
    after = None
    for _ in range(2 * len(names)):
        page = folder_documents(tricky, GROUP, ["Beleid"], after, 1)
        if not page:
            break
        seen += page
        after = page[-1].name_key
    assert sorted(d.name for d in seen) == sorted(
        ["Protokollfdp.exe", "Protokoll.pdf", "Protokolla.txt", "Protokollz.txt"]
    )
    assert len(seen) == len(names)
    detail = document_detail(tricky, None, "doc0")
    assert detail is not None
    assert (detail.document.name, detail.document.updated_by) == ("Protokollfdp.exe", CLEAN)
    assert detail.document.group_name == "Jeugd & Gezin"
    assert [v.author_name for v in detail.versions] == [CLEAN]


def test_notifications_offline_settings_and_search(tricky: Replica) -> None:
    [mention] = notifications.notifications(tricky)
    assert (mention.author_name, mention.group_name) == (CLEAN, "Jeugd & Gezin")
    groups = {g.group_id: g for g in offline.group_settings(tricky)}
    assert (groups[GROUP].name, groups[GROUP].organisation) == ("Jeugd & Gezin", "Harderwijk")
    hits = search_page(tricky, "bernd").hits
    assert [h.title for h in hits if h.kind == "person"] == [CLEAN]
    with tricky.begin() as conn:
        conn.execute(update(Group).where(Group.id == GROUP).values(name="\u202e\n"))
    [org] = overview.account_tree(tricky).organisations
    assert {g.name for g in org.groups} == {"Bouwen", GROUP}  # nothing left: its id
