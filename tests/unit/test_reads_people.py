"""The people directory read from the replica: keyset pages under filters, the filters'
choices, a profile, and the names to complete after "@"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from client.ingest import ingest_messages
from client.models import Group, Membership, Person
from client.reads.people import filter_choices, mention_candidates, people_page, profile
from client.rows import EXTERNAL, DirectoryRow, FilterChoices, GroupLink, PeopleFilter
from client.store import Replica
from tests.conftest import GROUP, OTHER_GROUP, SERVER_TIME, USER, server_message


def _everyone(replica: Replica, filters: PeopleFilter, limit: int = 2) -> list[DirectoryRow]:
    """Every page, read as the list reads them."""
    rows: list[DirectoryRow] = []
    while True:
        page = people_page(replica, rows[-1].key if rows else None, limit, filters=filters)
        rows += page
        if len(page) < limit:
            return rows


@pytest.fixture
def directory(replica: Replica) -> Replica:
    """Three colleagues, one external partner in a group, one in a group left, and the user."""
    with replica.session() as session, session.begin():
        session.add_all(
            [
                Person(
                    user_id="@jan:x",
                    name="Jan de Vries",
                    title="Beleidsmedewerker",
                    department="Jeugd",
                    organisation="Harderwijk",
                    skills=["Excel", "Wmo"],
                    email="jan@harderwijk.test",
                    phone="0341",
                    location="Stadhuis",
                ),
                Person(
                    user_id="@bea:x",
                    name="bea Bakker",
                    department="Jeugd",
                    organisation="Ermelo",
                    skills=["Wmo"],
                    location="Raadhuis",
                ),
                Person(user_id="@kai:x", name="Kai 100%", organisation="Harderwijk"),
                Person(user_id=USER, name="Anke", organisation="Harderwijk"),
                Group(id="!left:x", name="Verlaten", joined=False),
            ]
        )
        session.flush()
        session.add_all(
            [
                Membership(group_id=GROUP, user_id="@ext:y", membership="join", display_name="Eva"),
                Membership(group_id=GROUP, user_id=USER, membership="join"),
                Membership(group_id=GROUP, user_id="@jan:x", membership="join"),
                Membership(group_id=OTHER_GROUP, user_id="@jan:x", membership="join"),
                Membership(group_id="!left:x", user_id="@gone:y", membership="join"),
                Membership(group_id=GROUP, user_id="@out:y", membership="leave"),
            ]
        )
    return replica


def test_the_directory_is_everyone_with_an_entry_and_the_external_partners(
    directory: Replica,
) -> None:
    rows = _everyone(directory, PeopleFilter())
    assert [(r.name, r.external) for r in rows] == [
        ("Anke", False),
        ("Eva", True),
        ("Jan de Vries", False),
        ("Kai 100%", False),
        ("bea Bakker", False),  # by name as stored: the keyset is the index's order
    ]
    assert rows[2] == DirectoryRow(
        "@jan:x", "Jan de Vries", "Beleidsmedewerker", "Jeugd", "Harderwijk", "Stadhuis", False
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (PeopleFilter(organisation="Harderwijk"), ["@anke", "@jan:x", "@kai:x"]),
        (PeopleFilter(department="Jeugd"), ["@jan:x", "@bea:x"]),
        (PeopleFilter(skill="Wmo", location="Raadhuis"), ["@bea:x"]),
        (PeopleFilter(organisation=EXTERNAL), ["@ext:y"]),
        (PeopleFilter(organisation=EXTERNAL, text="jan"), []),
        (PeopleFilter(text="beleid"), ["@jan:x"]),  # the title
        (PeopleFilter(text="JAN@"), ["@jan:x"]),  # the e-mail address, in any case
        (PeopleFilter(text="ext:"), ["@ext:y"]),  # the user id
        (PeopleFilter(text="%"), ["@kai:x"]),  # a wildcard is a character like others
        (PeopleFilter(text="_"), []),
    ],
)
def test_filters_narrow_the_directory(
    directory: Replica, filters: PeopleFilter, expected: list[str]
) -> None:
    found = [r.user_id for r in _everyone(directory, filters)]
    assert found == [USER if e == "@anke" else e for e in expected]


def test_filter_choices_are_the_distinct_values(directory: Replica) -> None:
    assert filter_choices(directory) == FilterChoices(
        organisations=("Ermelo", "Harderwijk"),
        departments=("Jeugd",),
        skills=("Excel", "Wmo"),
        locations=("Raadhuis", "Stadhuis"),
        has_external=True,
    )


def test_no_filter_choices_in_an_empty_directory(replica: Replica) -> None:
    assert filter_choices(replica) == FilterChoices()


def test_the_sample_directory_reads_to_its_end_in_order(sample_replica: Replica) -> None:
    rows = _everyone(sample_replica, PeopleFilter(), limit=50)
    with sample_replica.session() as session:
        listed = len(session.scalars(select(Person.user_id)).all())
    assert len(rows) == len({r.user_id for r in rows}) > listed
    assert [r.key for r in rows] == sorted(r.key for r in rows)


def test_a_profile_has_the_entry_the_shared_groups_and_what_they_wrote(
    directory: Replica,
) -> None:
    with directory.begin() as conn:
        ingest_messages(
            conn,
            [
                server_message("$old", 0, author="@jan:x"),
                server_message("$new", 5, author="@jan:x", group_id=OTHER_GROUP),
                server_message(
                    "$c",
                    9,
                    author="@jan:x",
                    kind="comment",
                    thread_root_event_id="$old",
                    body_html="<p>$c <b>wichtig</b></p>",
                ),
                server_message("$long", 3, author="@jan:x", body_html="<p>" + "lang " * 100),
                server_message("$other", 10, author="@bea:x"),
            ],
        )
    jan = profile(directory, "@jan:x", recent=3)
    assert jan is not None and not jan.external
    assert (jan.name, jan.title, jan.skills, jan.phone) == (
        "Jan de Vries",
        "Beleidsmedewerker",
        ("Excel", "Wmo"),
        "0341",
    )
    assert jan.groups == (GroupLink(OTHER_GROUP, "Bouwen"), GroupLink(GROUP, "Jeugd & Gezin"))
    comment, new, long = jan.recent
    assert comment.comment and comment.post_id != comment.message_id
    assert comment.excerpt == "$c wichtig" and comment.group_name == "Jeugd & Gezin"
    assert not new.comment and new.post_id == new.message_id and new.group_id == OTHER_GROUP
    assert new.created_at == SERVER_TIME + timedelta(minutes=5)
    assert len(long.excerpt) == 160


def test_an_external_partner_has_a_name_and_groups_only(directory: Replica) -> None:
    eva = profile(directory, "@ext:y")
    assert eva is not None and eva.external
    assert (eva.name, eva.organisation) == ("Eva", "")
    assert eva.groups == (GroupLink(GROUP, "Jeugd & Gezin"),)
    assert eva.recent == ()
    assert profile(directory, "@nobody:x") is None


def test_mention_candidates_are_one_per_name_sorted_as_read(directory: Replica) -> None:
    with directory.session() as session, session.begin():
        session.add(Person(user_id="@jan2:x", name="Jan de Vries"))
    candidates = mention_candidates(directory)
    assert [name for name, _ in candidates] == [
        "Anke",
        "bea Bakker",
        "Jan de Vries",
        "Kai 100%",
    ]
    assert dict(candidates)["Jan de Vries"] in {"@jan:x", "@jan2:x"}
