"""Offline full-text search: language cases, ranking, snippets, filters, paging, safety."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlalchemy
import sqlcipher3.dbapi2 as sqlcipher
from alembic.migration import MigrationContext
from alembic.operations import Operations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from client import search
from client.models import Base
from client.search import (
    DocumentDoc,
    MessageDoc,
    PersonDoc,
    SearchFilters,
    SearchPage,
)

NOW = datetime(2025, 6, 1, 12, 0)


def _engine() -> sqlalchemy.Engine:
    # sqlcipher3 like the application: contentless_delete needs a newer SQLite than the
    # standard library may have.
    engine = sqlalchemy.create_engine("sqlite://", module=sqlcipher)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create_schema(conn)
        for org in ("!aachen", "!heerlen"):
            conn.exec_driver_sql(
                "INSERT INTO organisation (id, name, description) VALUES (?, ?, '')", (org, org)
            )
        for group, org in (("!g1", "!aachen"), ("!g2", "!aachen"), ("!g3", "!heerlen")):
            conn.exec_driver_sql(
                'INSERT INTO "group" (id, name, description, kind, joined, unread_count, '
                "mention_count, keep_offline) VALUES (?, ?, '', 'group', 1, 0, 0, 0)",
                (group, group),
            )
            conn.exec_driver_sql(
                "INSERT INTO group_organisation (group_id, organisation_id) VALUES (?, ?)",
                (group, org),
            )
    return engine


def _db_time(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass
class Replica:
    engine: sqlalchemy.Engine

    def post(
        self,
        id: int,
        body: str,
        *,
        days_ago: float = 0,
        kind: str = "post",
        group: str = "!g1",
        author: str = "@anna:example.org",
        thread: int | None = None,
        index: bool = True,
    ) -> None:
        created = NOW - timedelta(days=days_ago)
        if kind == "comment" and thread is None:
            thread = id - 1
        with self.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO message (id, kind, group_id, thread_root_id, author, body, "
                "body_html, created_at, deleted, pending) VALUES (?, ?, ?, ?, ?, ?, '', ?, 0, 0)",
                (id, kind, group, thread, author, body, _db_time(created)),
            )
            if index:
                search.index_messages(
                    conn,
                    [
                        MessageDoc(
                            id=id,
                            kind=kind,
                            group_id=group,
                            author=author,
                            body=body,
                            created_at=created,
                        )
                    ],
                )

    def document(
        self,
        id: str,
        name: str,
        *,
        folder: str = "",
        text: str | None = None,
        group: str = "!g1",
        days_ago: float = 0,
        by: str = "@anna:example.org",
    ) -> None:
        updated = NOW - timedelta(days=days_ago)
        with self.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO document (id, group_id, name, folder, mimetype, size, sha256, "
                "version, updated_by, updated_at, text_content, keep_offline, deleted, "
                "pending) VALUES (?, ?, ?, ?, 'text/plain', 1, '', 1, ?, ?, ?, 0, 0, 0)",
                (id, group, name, folder, by, _db_time(updated), text),
            )
            search.index_documents(
                conn,
                [
                    DocumentDoc(
                        id=id,
                        group_id=group,
                        name=name,
                        folder=folder,
                        text=text,
                        updated_at=updated,
                    )
                ],
            )

    def person(
        self,
        user_id: str,
        name: str,
        *,
        title: str = "",
        department: str = "",
        organisation: str = "",
        skills: tuple[str, ...] = (),
        location: str = "",
        organisation_id: str | None = None,
    ) -> None:
        with self.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO person (user_id, organisation_id, name, title, department, "
                "organisation, skills, phone, email, location) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?)",
                (
                    user_id,
                    organisation_id,
                    name,
                    title,
                    department,
                    organisation,
                    json.dumps(list(skills)),
                    location,
                ),
            )
            search.index_people(
                conn,
                [
                    PersonDoc(
                        user_id=user_id,
                        name=name,
                        title=title,
                        department=department,
                        organisation=organisation,
                        skills=skills,
                        location=location,
                    )
                ],
            )

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
        cursor: str | None = None,
    ) -> SearchPage:
        with self.engine.connect() as conn:
            return search.search(
                conn, query, filters, limit=limit, offset=offset, cursor=cursor, now=NOW
            )

    def ids(self, query: str, filters: SearchFilters | None = None) -> list[str]:
        return [h.id for h in self.search(query, filters).hits]


@pytest.fixture
def replica() -> Iterator[Replica]:
    engine = _engine()
    yield Replica(engine)
    engine.dispose()


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Das Büro ist heute zu", "buro"),
        ("Das Büro ist heute zu", "BÜRO"),
        ("Das buro ist heute zu", "Büro"),
        ("Frau Müller kommt später", "Mueller"),
        ("Frau Müller kommt später", "Muller"),
        ("Frau Mueller kommt später", "Müller"),
        ("Die Straße ist gesperrt", "strasse"),
        ("Die Strasse ist gesperrt", "Straße"),
        ("De coördinatie van de wijk", "coordinatie"),
        ("De coordinatie van de wijk", "coördinatie"),
        ("Goede ideeën voor het plein", "ideeen"),
        ("Die Dauer der Sitzung", "Dauer"),
        ("Die neue Regelung", "neue"),
        ("Öffnungszeiten im Rathaus", "Oeffnungszeiten"),
    ],
)
def test_case_and_diacritics_are_folded(replica: Replica, stored: str, typed: str) -> None:
    replica.post(1, stored)
    replica.post(2, "Etwas ganz anderes")
    assert replica.ids(typed + " ") == ["1"]  # trailing space: a whole word, not a prefix
    assert replica.ids(typed) == ["1"]


def test_last_token_is_a_prefix_while_typing(replica: Replica) -> None:
    replica.post(1, "Die Schadensmeldung ist eingegangen")
    replica.post(2, "Sitzung im Büro")
    assert replica.ids("Schadensm") == ["1"]
    assert replica.ids("bü") == ["2"]
    assert replica.ids("buro sitz") == ["2"]
    # Only the last token is a prefix, and not once the user typed a space after it.
    assert replica.ids("sitz buro") == []
    assert replica.ids("sitz ") == []


def test_a_single_letter_is_not_expanded(replica: Replica) -> None:
    replica.post(1, "Sitzung")
    assert replica.ids("s") == []


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Die Jugendfürsorge tagt", "fürsorge"),
        ("Die Jugendfürsorge tagt", "fursorge"),
        ("Die Jugendfürsorge tagt", "fürs"),
        ("Neue Schadensmeldung", "meldung"),
        ("Schadensmeldungen bitte an mich", "meldung"),
        ("Ihre Krankmeldung liegt vor", "meldung"),
        ("Baustellenplanung Nord", "stelle"),
        ("Vergadering in het gemeentehuis", "huis"),
        ("Onze sportvereniging zoekt vrijwilligers", "vereniging"),
        ("Die Jugendfürsorge tagt", "jugend fürsorge"),
    ],
)
def test_parts_of_compounds_are_found(replica: Replica, stored: str, typed: str) -> None:
    replica.post(1, stored)
    replica.post(2, "Etwas ganz anderes")
    assert replica.ids(typed) == ["1"]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        # A part finds the whole, in both languages.
        ("Het strooirooster voor deze winter", "rooster"),
        ("Nieuwe zorgaanbieder in de wijk", "aanbieder"),
        ("De omgevingsvergunning is verleend", "vergunning"),
        ("Der Bebauungsplan liegt aus", "Plan"),
        ("Die Kindertagesstätte schließt früher", "stätte"),
        ("Die Kindertagesstätte schließt früher", "Kind"),
        ("Bitte die Grundsteuererklärung abgeben", "Grundsteuer"),
        ("Bitte die Grundsteuererklärung abgeben", "Erklärung"),
        ("Das Ordnungsamt ist umgezogen", "Amt"),
        # ... also inflected, and the whole finds its inflected forms.
        ("Die Bebauungspläne liegen aus", "Plan"),
        ("Die Bebauungspläne liegen aus", "Bebauungsplan"),
        ("Drie omgevingsvergunningen verleend", "omgevingsvergunning"),
        ("Zwei Kindertagesstätten schließen", "Kindertagesstätte"),
        # Inflections both ways.
        ("Uw aanvraag is binnen", "aanvragen"),
        ("Alle aanvragen zijn binnen", "aanvraag"),
        ("Der Antrag ist da", "Anträge"),
        ("Die Anträge sind da", "Antrag"),
        ("De vergadering begint om negen uur", "vergaderingen"),
        ("Twee vergaderingen deze week", "vergadering"),
        ("Das Haus am Markt", "Häuser"),
        ("Die Häuser am Markt", "Haus"),
        ("Die Häuser am Markt", "Hauser"),
        ("Het schip ligt in de haven", "schepen"),  # a Dutch plural with another vowel
        ("Twee schepen in de haven", "schip"),
        ("De vrachtschepen liggen klaar", "vrachtschip"),
        ("Alle binnensteden worden autoluw", "binnenstad"),
        ("Nieuwe gemeenteleden beëdigd", "lid"),
    ],
)
def test_compound_parts_and_inflections_meet(replica: Replica, stored: str, typed: str) -> None:
    replica.post(1, stored)
    replica.post(2, "Etwas ganz anderes")
    assert replica.ids(typed + " ") == ["1"]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Der Müll wird abgeholt", "Müller"),
        ("Herr Müller kommt", "Müll"),
        ("Die Bürger sind eingeladen", "Burg"),
        ("De vergunning is verleend", "gunning"),
        ("Die Zeiten ändern sich", "zei"),
        ("De gemeenten werken samen", "gemeen"),
        ("Wir kommen morgen", "men"),
        ("Die Verwaltung informiert", "Waltung"),
        ("Das Meisterstück", "Meist"),
    ],
)
def test_no_nonsense_parts_or_stems(replica: Replica, stored: str, typed: str) -> None:
    replica.post(1, stored)
    assert replica.ids(typed + " ") == []


def test_plural_query_finds_singular_and_back(replica: Replica) -> None:
    replica.post(1, "Das dauert eine Stunde")
    replica.post(2, "Wir brauchen zwei Stunden")
    assert sorted(replica.ids("Stunden ")) == ["1", "2"]
    assert sorted(replica.ids("Stunde ")) == ["1", "2"]
    replica.post(3, "Drie vergaderingen deze week")
    assert replica.ids("vergadering ") == ["3"]


def test_mueller_is_not_muell(replica: Replica) -> None:
    replica.post(1, "Herr Müller kommt morgen")
    replica.post(2, "Der Müll wird abgeholt")
    replica.post(3, "Die Müllerstraße ist gesperrt")
    # The street is named after a Müller: a part finds the whole.
    assert sorted(replica.ids("Müller ")) == ["1", "3"]
    assert sorted(replica.ids("Mueller ")) == ["1", "3"]
    assert replica.ids("Müll ") == ["2"]
    assert replica.ids("Muell ") == ["2"]
    assert "3" not in replica.ids("Müll ")


# --------------------------------------------------------------------------- ranking


def test_ranking_prefers_relevance(replica: Replica) -> None:
    replica.post(
        1,
        "Die Jugendfürsorge hat heute geschlossen und viele andere Dinge passieren "
        "auch noch in dieser langen Nachricht über alles Mögliche",
    )
    replica.post(2, "Fürsorge")
    assert replica.ids("fürsorge ") == ["2", "1"]


def test_a_compound_part_ranks_above_a_word_that_only_shares_its_stem(replica: Replica) -> None:
    # Dutch Snowball stems Kramer and kraam alike, German Snowball Allee and alle; the word
    # as typed in a compound (or its plural in one) is what was meant.
    replica.post(1, "Op de markt staat een marktkraam met kaas", days_ago=30)
    replica.post(2, "Twee marktkramen waren gesloten", days_ago=20)
    replica.post(3, "Jan Kramer komt morgen", days_ago=1)
    replica.post(4, "Die Ampel in der Lindenallee ist kaputt", days_ago=30)
    replica.post(5, "Bitte alle bis Freitag melden", days_ago=1)
    kraam = replica.search("kraam ").hits
    assert [h.id for h in kraam] == ["2", "1", "3"]  # the newer of the two parts first
    assert [h.tier for h in kraam] == [search.TIER_PART, search.TIER_PART, search.TIER_STEM]
    assert replica.ids("Allee ")[0] == "4"
    # Marke and Markt share the stem mark: a compound of Markt is no compound of Marke.
    replica.post(6, "Die neue Hundesteuermarke liegt bei", days_ago=30)
    replica.post(7, "Der Wochenmarkt beginnt heute", days_ago=1)
    marke = [(h.id, h.tier) for h in replica.search("Marke ").hits]
    assert marke[0] == ("6", search.TIER_PART)
    assert ("7", search.TIER_PART) not in marke


def test_a_word_as_typed_ranks_above_its_inflections_found_by_stem(replica: Replica) -> None:
    replica.post(1, "Die Mauern sind hoch", days_ago=30)
    replica.post(2, "Die Mauer ist hoch", days_ago=1)
    hits = replica.search("Mauern ").hits
    assert [(h.id, h.tier) for h in hits] == [("1", search.TIER_WORD), ("2", search.TIER_STEM)]


def test_ranking_prefers_recent_among_equals(replica: Replica) -> None:
    replica.post(1, "Sitzung des Ausschusses", days_ago=300)
    replica.post(2, "Sitzung des Ausschusses", days_ago=2)
    replica.post(3, "Sitzung des Ausschusses", days_ago=40)
    assert replica.ids("Sitzung ") == ["2", "3", "1"]


def test_recency_outweighs_a_small_relevance_gap(replica: Replica) -> None:
    replica.post(1, "Sitzung heute", days_ago=700)
    replica.post(2, "Sitzung heute im großen Saal", days_ago=0)
    assert replica.ids("Sitzung ")[0] == "2"


def test_scores_are_descending(replica: Replica) -> None:
    for i in range(1, 30):
        replica.post(i, "Sitzung " + "und noch mehr Text " * (i % 5), days_ago=i * 3)
    hits = replica.search("Sitzung").hits
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


# --------------------------------------------------------------------------- snippets


def test_snippet_highlights_the_folded_match(replica: Replica) -> None:
    replica.post(1, "Heute ruft Frau Müller im Büro an")
    (hit,) = replica.search("muller buro").hits
    assert hit.snippet == "Heute ruft Frau <b>Müller</b> im <b>Büro</b> an"
    assert hit.title == "Heute ruft Frau Müller im Büro an"
    assert hit.kind == "post"
    assert hit.group_id == "!g1"
    assert hit.author == "@anna:example.org"
    assert hit.created_at == NOW


def test_snippet_highlights_compounds_prefixes_and_plurals(replica: Replica) -> None:
    replica.post(1, "Die Jugendfürsorge braucht drei Stunden")
    (hit,) = replica.search("fürsorge stunde").hits
    assert hit.snippet == "Die <b>Jugendfürsorge</b> braucht drei <b>Stunden</b>"
    (hit,) = replica.search("Jugendf").hits
    assert hit.snippet == "Die <b>Jugendfürsorge</b> braucht drei Stunden"


def test_snippet_highlights_spellings_that_fold_alike(replica: Replica) -> None:
    # Latin-1 text (the fast screen), a transliterated umlaut, ß, a Dutch diaeresis.
    replica.post(1, "Straße und STRASSE: Mueller, MÜLLER und Boëseken kommen zur coördinatie")
    (hit,) = replica.search("strasse muller boeseken coordinatie").hits
    assert hit.snippet == (
        "<b>Straße</b> und <b>STRASSE</b>: <b>Mueller</b>, <b>MÜLLER</b> und "
        "<b>Boëseken</b> kommen zur <b>coördinatie</b>"
    )
    # A character beyond Latin-1 in the text (here Ł and an emoji) takes the slower screen.
    replica.post(2, "Łukasz 🙂 schreibt an Müller_Büro und Frau Müller")
    (hit,) = replica.search("muller lukasz").hits
    assert hit.snippet == "<b>Łukasz</b> 🙂 schreibt an <b>Müller_Büro</b> und Frau <b>Müller</b>"


def test_snippet_is_escaped_and_without_markdown(replica: Replica) -> None:
    replica.post(
        1, "# Hinweis\n\n**Achtung**: <script>alert(1)</script> & [Link](http://x.y) zur Sitzung"
    )
    (hit,) = replica.search("achtung").hits
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "**" not in hit.snippet and "http" not in hit.snippet
    assert "<b>Achtung</b>" in hit.snippet
    assert hit.title == "Hinweis"


def test_snippet_of_a_long_text_is_a_window_around_the_match(replica: Replica) -> None:
    body = "Vorwort " * 100 + "Hier steht die Schadensmeldung. " + "Nachwort " * 100
    replica.post(1, body)
    (hit,) = replica.search("meldung").hits
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "<b>Schadensmeldung</b>" in hit.snippet
    assert len(hit.snippet) < 300


# --------------------------------------------------------------------------- documents, people


def test_documents_by_name_folder_and_text(replica: Replica) -> None:
    replica.document("d1", "Protokoll Ausschuss.docx", folder="Sitzungen/2025")
    replica.document("d2", "notizen.txt", text="Die Jugendfürsorge trifft sich am Montag")
    replica.document("d3", "Bild.png", folder="Fotos")
    assert replica.ids("Protokoll") == ["d1"]
    assert replica.ids("sitzungen") == ["d1"]
    (hit,) = replica.search("fürsorge").hits
    assert (hit.kind, hit.id, hit.title) == ("document", "d2", "notizen.txt")
    assert "<b>Jugendfürsorge</b>" in hit.snippet
    (hit,) = replica.search("protokoll").hits
    assert "<b>Protokoll</b>" in hit.snippet


def test_people_by_every_field(replica: Replica) -> None:
    replica.person(
        "@jm:x",
        "Jürgen Müller",
        title="Sachbearbeiter",
        department="Bürgeramt",
        organisation="Stadt Aachen",
        skills=("Excel", "Nederlands"),
        location="Rathaus, Zimmer 3",
        organisation_id="!aachen",
    )
    replica.person(
        "@ev:x",
        "Eva de Vries",
        title="beleidsmedewerker",
        department="Burgerzaken",
        organisation="Gemeente Heerlen",
        skills=("coördinatie",),
        location="Stadhuis",
        organisation_id="!heerlen",
    )
    assert replica.ids("mueller") == ["@jm:x"]
    assert replica.ids("sachbearbeiter") == ["@jm:x"]
    assert replica.ids("buergeramt") == ["@jm:x"]
    assert replica.ids("amt ") == ["@jm:x"]  # a compound part of Bürgeramt
    assert replica.ids("aachen") == ["@jm:x"]
    assert replica.ids("nederlands") == ["@jm:x"]
    assert replica.ids("rathaus") == ["@jm:x"]
    assert replica.ids("coordinatie") == ["@ev:x"]
    (hit,) = replica.search("coordinatie").hits
    assert hit.kind == "person" and hit.title == "Eva de Vries"
    assert "<b>coördinatie</b>" in hit.snippet
    assert hit.group_id is None and hit.created_at is None


def test_a_person_found_by_name_shows_who_they_are_not_the_name_again(replica: Replica) -> None:
    replica.person("@bo:x", "Bram Öztürk", title="Wijkagent", organisation="Gemeente Ermelo")
    replica.person("@go:x", "Gijs Öztürk")  # nothing known but the name
    hits = {hit.id: hit for hit in replica.search("Öztürk").hits}
    assert hits["@bo:x"].snippet == "Wijkagent · Gemeente Ermelo"
    assert hits["@go:x"].snippet == "Gijs <b>Öztürk</b>"


def test_all_kinds_in_one_result(replica: Replica) -> None:
    replica.post(1, "Sitzung am Montag")
    replica.post(2, "Frage zur Sitzung", kind="question")
    replica.post(3, "Antwort zur Sitzung", kind="comment", thread=2)
    replica.document("d1", "Sitzung.txt")
    replica.person("@p:x", "Paula Sitzung")
    kinds = sorted(h.kind for h in replica.search("sitzung").hits)
    assert kinds == ["comment", "document", "person", "post", "question"]


# --------------------------------------------------------------------------- filters


@pytest.fixture
def filtered(replica: Replica) -> Replica:
    replica.post(1, "Sitzung eins", group="!g1", author="@a:x", days_ago=1)
    replica.post(2, "Sitzung zwei", group="!g2", author="@b:x", days_ago=10, kind="question")
    replica.post(
        3, "Sitzung drei", group="!g3", author="@a:x", days_ago=100, kind="comment", thread=2
    )
    replica.document("d1", "Sitzung.txt", group="!g3", by="@b:x", days_ago=5)
    replica.person("@p:x", "Paula Sitzung", organisation_id="!heerlen")
    with replica.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO membership (group_id, user_id, membership) VALUES ('!g3', '@p:x', 'join')"
        )
    return replica


def test_filter_by_kind(filtered: Replica) -> None:
    assert filtered.ids("sitzung", SearchFilters(kinds=["post"])) == ["1"]
    assert filtered.ids("sitzung", SearchFilters(kinds={"question", "comment"})) == ["2", "3"]
    assert filtered.ids("sitzung", SearchFilters(kinds=["document"])) == ["d1"]
    assert filtered.ids("sitzung", SearchFilters(kinds=["person"])) == ["@p:x"]
    assert filtered.ids("sitzung", SearchFilters(kinds=["nonsense"])) == []
    assert filtered.ids("sitzung", SearchFilters(kinds=[])) == []


def test_filter_by_group(filtered: Replica) -> None:
    assert filtered.ids("sitzung", SearchFilters(group_ids=["!g1"])) == ["1"]
    assert sorted(filtered.ids("sitzung", SearchFilters(group_ids=["!g3"]))) == ["3", "@p:x", "d1"]


def test_filter_by_organisation(filtered: Replica) -> None:
    assert sorted(filtered.ids("sitzung", SearchFilters(organisation_ids=["!aachen"]))) == [
        "1",
        "2",
    ]
    assert sorted(filtered.ids("sitzung", SearchFilters(organisation_ids=["!heerlen"]))) == [
        "3",
        "@p:x",
        "d1",
    ]


def test_filter_by_author(filtered: Replica) -> None:
    assert sorted(filtered.ids("sitzung", SearchFilters(authors=["@a:x"]))) == ["1", "3"]
    assert sorted(filtered.ids("sitzung", SearchFilters(authors=["@b:x"]))) == ["2", "d1"]


def test_filter_by_date_range(filtered: Replica) -> None:
    week = SearchFilters(since=NOW - timedelta(days=7))
    assert sorted(filtered.ids("sitzung", week)) == ["1", "d1"]
    older = SearchFilters(since=NOW - timedelta(days=50), until=NOW - timedelta(days=7))
    assert filtered.ids("sitzung", older) == ["2"]
    aware = SearchFilters(until=datetime.fromisoformat("2025-03-01T00:00:00+01:00"))
    assert filtered.ids("sitzung", aware) == ["3"]


# --------------------------------------------------------------------------- paging


def test_paging_with_offset(replica: Replica) -> None:
    for i in range(1, 121):
        replica.post(i, f"Sitzung Nummer {i}", days_ago=i)
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = replica.search("sitzung", limit=50, offset=offset)
        seen += [h.id for h in page.hits]
        assert page.has_more == (page.next_offset is not None)
        offset = page.next_offset
    assert len(seen) == 120 and len(set(seen)) == 120
    assert seen[:3] == ["1", "2", "3"]


def test_show_older_results(replica: Replica, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "MESSAGE_CANDIDATES", 10)
    for i in range(1, 26):
        replica.post(i, "Sitzung", days_ago=100 - i)
    replica.document("d1", "Sitzung.txt")
    page = replica.search("sitzung", limit=50)
    assert len(page.hits) == 11  # the ten newest messages and the document
    assert page.has_more and page.next_offset is None and page.older_cursor is not None
    seen = [h.id for h in page.hits]
    cursor: str | None = page.older_cursor
    while cursor is not None:
        page = replica.search("sitzung", cursor=cursor)
        seen += [h.id for h in page.hits]
        cursor = page.older_cursor
    assert sorted(seen) == sorted([str(i) for i in range(1, 26)] + ["d1"])


def test_bad_cursor_and_limits(replica: Replica) -> None:
    replica.post(1, "Sitzung")
    assert replica.search("sitzung", cursor="garbage").hits == []
    assert replica.search("sitzung", cursor="m").hits == []
    assert replica.search("sitzung", limit=0).hits == []
    assert replica.search("sitzung", limit=-5).hits == []
    assert replica.search("sitzung", offset=-5).hits[0].id == "1"
    assert replica.search("sitzung", offset=10**9).hits == []


# --------------------------------------------------------------------------- edits, deletes


def test_edit_reindexes(replica: Replica) -> None:
    replica.post(1, "Sitzung am Montag")
    with replica.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE message SET body = 'Treffen am Dienstag' WHERE id = 1")
        search.index_messages(
            conn, [MessageDoc(1, "post", "!g1", "@a:x", "Treffen am Dienstag", NOW)]
        )
    assert replica.ids("montag") == []
    assert replica.ids("dienstag") == ["1"]
    (hit,) = replica.search("dienstag").hits
    assert hit.snippet == "Treffen am <b>Dienstag</b>"


def test_deleted_messages_are_not_found(replica: Replica) -> None:
    replica.post(1, "Sitzung eins")
    replica.post(2, "Sitzung zwei")
    with replica.engine.begin() as conn:
        # Flagged but still indexed: the search itself must leave it out.
        conn.exec_driver_sql("UPDATE message SET deleted = 1 WHERE id = 1")
    assert replica.ids("sitzung") == ["2"]
    with replica.engine.begin() as conn:
        search.unindex_messages(conn, [2, 99])
    assert replica.ids("sitzung") == []


def test_unindex_documents_and_people(replica: Replica) -> None:
    replica.document("d1", "Sitzung.txt")
    replica.document("d2", "Sitzung2.txt")
    replica.person("@p:x", "Paula Sitzung")
    with replica.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE document SET deleted = 1 WHERE id = 'd2'")
    assert sorted(replica.ids("sitzung")) == ["@p:x", "d1"]
    with replica.engine.begin() as conn:
        search.unindex_documents(conn, ["d1", "nope"])
        search.unindex_people(conn, ["@p:x"])
    assert replica.ids("sitzung") == []


def test_reindexing_a_document_replaces_it(replica: Replica) -> None:
    replica.document("d1", "Alt.txt", text="Montag")
    with replica.engine.begin() as conn:
        search.index_documents(conn, [DocumentDoc("d1", "!g1", "Alt.txt", "", "Dienstag", NOW)])
    assert replica.ids("montag") == []
    assert replica.ids("dienstag") == ["d1"]


def test_rolled_back_index_writes_leave_nothing(replica: Replica) -> None:
    with replica.engine.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
            "deleted, pending) VALUES (1, 'post', '!g1', '@a:x', 'Zebrastreifen', '', ?, 0, 0)",
            (_db_time(NOW),),
        )
        search.index_messages(conn, [MessageDoc(1, "post", "!g1", "@a:x", "Zebrastreifen", NOW)])
        conn.rollback()
    assert replica.ids("zebra") == []
    # The vocabulary cache must not believe the rolled-back terms exist.
    replica.post(2, "Zebrastreifen")
    assert replica.ids("zebra") == ["2"]


def test_index_writes_join_the_callers_transaction(replica: Replica) -> None:
    with replica.engine.connect() as conn:
        search.index_messages(conn, [MessageDoc(1, "post", "!g1", "@a:x", "Sitzung", NOW)])
        assert conn.in_transaction()
        conn.rollback()
        count = conn.exec_driver_sql("SELECT count(*) FROM search_vocab").scalar()
    assert count == 0


def _index_contents(engine: sqlalchemy.Engine) -> tuple[set[tuple[str, int, str]], list[Any]]:
    """Which term is in which message and column of the index, and the vocabulary."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, search_message, instance)"
        )
        instances = {
            (term, doc, col)
            for term, doc, col in conn.exec_driver_sql("SELECT term, doc, col FROM instances")
        }
        conn.exec_driver_sql("DROP TABLE temp.instances")
        vocab = list(conn.exec_driver_sql("SELECT term, df FROM search_vocab ORDER BY term"))
    return instances, vocab


def test_a_batch_of_new_messages_is_indexed_like_messages_one_by_one() -> None:
    bodies = [
        "Die Jugendfürsorge und die Schadensmeldung",
        "Jugendfürsorge, Jugendfürsorge: zweimal",  # a compound twice in one message
        "Öffnungszeiten des Rathauses 👍 Ελλάδα",  # emoji and Greek keep their own path
        "",
        "Goede ideeën voor de omgevingswet",
        *(f"Sitzung {i} der Arbeitsgruppe Baustellenplanung" for i in range(60)),
    ]
    one_by_one, batch = _engine(), _engine()
    try:
        for i, body in enumerate(bodies, start=1):
            with one_by_one.begin() as conn:
                search.index_messages(
                    conn, [MessageDoc(i, "post", "!g1", "@a:x", body, NOW)], new=True
                )
        with batch.begin() as conn:
            search.index_new_messages(conn, list(enumerate(bodies, start=1)))
        expected_instances, expected_vocab = _index_contents(one_by_one)
        instances, vocab = _index_contents(batch)
    finally:
        one_by_one.dispose()
        batch.dispose()
    assert instances == expected_instances
    assert ("fursorge", search._FLIP - 2, "parts") in instances
    assert ("rathauses", search._FLIP - 3, "body") in instances
    # The same terms; their counts are estimates either way (new terms count once).
    assert [term for term, _ in vocab] == [term for term, _ in expected_vocab]
    assert "baustelle" in {term for term, _ in vocab}


def _df(engine: sqlalchemy.Engine, term: str) -> int | None:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT df FROM search_vocab WHERE term = ?", (term,)).scalar()


def _index_batches(engine: sqlalchemy.Engine, first: int, n: int, body: str) -> None:
    """``n`` transactions of one sampled message each, ids from ``first`` samples on."""
    for k in range(first, first + n):
        with engine.begin() as conn:
            search.index_new_messages(conn, [(search.VOCAB_SAMPLE * k, body)])


def test_sampled_word_counts_are_written_with_every_few_batches(replica: Replica) -> None:
    every, sample = search.VOCAB_FLUSH_EVERY, search.VOCAB_SAMPLE
    _index_batches(replica.engine, 1, every - 1, "Sitzung heute")
    assert _df(replica.engine, "sitzung") == 1  # new words count once at once; samples wait
    _index_batches(replica.engine, every, 1, "Sitzung morgen")
    assert _df(replica.engine, "sitzung") == 1 + every * sample
    assert _df(replica.engine, "heute") == 1 + (every - 1) * sample
    assert _df(replica.engine, "morgen") == sample  # new and sampled in the same batch


def test_held_word_counts_survive_a_rolled_back_write(replica: Replica) -> None:
    every, sample = search.VOCAB_FLUSH_EVERY, search.VOCAB_SAMPLE
    _index_batches(replica.engine, 1, every - 1, "Sitzung")
    with replica.engine.connect() as conn:
        search.index_new_messages(conn, [(sample * 100, "Sitzung")])  # writes what is held
        conn.rollback()
    assert _df(replica.engine, "sitzung") == 1
    _index_batches(replica.engine, 200, every, "Sitzung")
    # The rolled-back message is not counted; every committed one is, once.
    assert _df(replica.engine, "sitzung") == 1 + (2 * every - 1) * sample


def test_rebuild_indexes_the_replica(replica: Replica) -> None:
    replica.post(1, "Die Jugendfürsorge tagt", index=False)
    replica.post(2, "Gelöschte Jugendfürsorge", index=False)
    replica.post(3, "Verwaiste Zeile")
    replica.document("d1", "Protokoll.txt", text="Schadensmeldung")
    replica.person("@p:x", "Jürgen Müller", skills=("Excel",))
    with replica.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE message SET deleted = 1 WHERE id = 2")
        conn.exec_driver_sql("UPDATE message SET body = 'Neu' WHERE id = 3")
        search.rebuild(conn)
    assert replica.ids("fürsorge") == ["1"]
    assert replica.ids("verwaiste") == []
    assert replica.ids("meldung") == ["d1"]
    assert replica.ids("excel") == ["@p:x"]
    assert replica.ids("fürs") == ["1"]  # the vocabulary was rebuilt too


# --------------------------------------------------------------------------- hostile input


BAD_QUERIES = [
    "",
    " ",
    "\t\n",
    '"',
    '"unbalanced',
    'a "b',
    "'",
    "(",
    ")",
    "((a)",
    "a)",
    "*",
    "a*",
    "*a",
    "^",
    "^a",
    "a^",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "a AND",
    "OR b",
    "NOT a",
    "a NOT",
    "NEAR(a b, 2)",
    "NEAR/3",
    "a + b",
    "-a",
    "a - b",
    "a:b",
    "body:sitzung",
    "parts:x",
    "{body parts}:x",
    "rowid:1",
    "search_message:x",
    "x'00'",
    "'; DROP TABLE message; --",
    "\x00",
    "a\x00b",
    "\\",
    "%",
    "_",
    "?",
    "?1",
    ":name",
    "@p",
    "$x",
    "…",
    "😀",
    "👍🏽 Sitzung",
    "🏳️‍🌈",
    "#",
    "###",
    "...",
    "!!!",
    "a" * 10_000,
    "sitzung " * 2000,
    "ß" * 300,
    "\u0301",
    "e\u0301",
    "ﬁ",
    "Ⅻ",
    "²",
    "١٢٣",
    "中文",
    "\U0010ffff",
    "\ud800",
    "\ufeff",
    "\u200b",
    "MATCH",
    "rank",
    "bm25",
    "x" * 100,
]


@pytest.fixture(scope="module")
def shared_engine() -> Iterator[sqlalchemy.Engine]:
    engine = _engine()
    replica = Replica(engine)
    replica.post(1, 'Sitzung im Büro mit Frau Müller: NEAR AND OR NOT "quoted" a:b x*')
    replica.post(2, "😀 Emoji und ﬁ Ligatur, 中文 und ١٢٣")
    replica.document("d1", "Sitzung.txt", text="AND OR NOT")
    replica.person("@p:x", "Paula Sitzung")
    yield engine
    engine.dispose()


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_any_query_returns_a_page(shared_engine: sqlalchemy.Engine, query: str) -> None:
    with shared_engine.connect() as conn:
        page = search.search(conn, query, now=NOW)
    assert isinstance(page, SearchPage)


def test_operators_are_plain_words(shared_engine: sqlalchemy.Engine) -> None:
    with shared_engine.connect() as conn:
        assert {h.id for h in search.search(conn, "NEAR", now=NOW).hits} == {"1"}
        assert {h.id for h in search.search(conn, "AND OR", now=NOW).hits} == {"1", "d1"}
        assert {h.id for h in search.search(conn, "a:b", now=NOW).hits} == {"1"}
        assert {h.id for h in search.search(conn, '"quoted', now=NOW).hits} == {"1"}


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=200
)
@given(query=st.text(max_size=300))
def test_any_text_never_raises(shared_engine: sqlalchemy.Engine, query: str) -> None:
    with shared_engine.connect() as conn:
        page = search.search(conn, query, now=NOW)
    for hit in page.hits:
        assert hit.snippet.count("<b>") == hit.snippet.count("</b>")


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=50
)
@given(body=st.text(max_size=200), query=st.text(max_size=30))
def test_any_text_indexes_and_searches(
    shared_engine: sqlalchemy.Engine, body: str, query: str
) -> None:
    with shared_engine.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
            "deleted, pending) VALUES (1000, 'post', '!g1', '@a:x', ?, '', ?, 0, 0)",
            (body, _db_time(NOW)),
        )
        search.index_messages(conn, [MessageDoc(1000, "post", "!g1", "@a:x", body, NOW)])
        search.search(conn, query, now=NOW)
        search.search(conn, body, now=NOW)
        conn.rollback()


# --------------------------------------------------------------------------- migration


def _migration() -> ModuleType:
    path = Path(search.__file__).parent / "migrations" / "versions" / "0002_search.py"
    spec = importlib.util.spec_from_file_location("migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _search_schema(conn: sqlalchemy.Connection) -> dict[str, str]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE name LIKE 'search%' AND sql IS NOT NULL"
    )
    return {name: sql for name, sql in rows}


def test_migration_creates_the_schema_and_indexes_existing_data() -> None:
    migration = _migration()
    assert (migration.revision, migration.down_revision) == ("0002", "0001")
    engine = sqlalchemy.create_engine("sqlite://", module=sqlcipher)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)  # stands in for revision 0001
        conn.exec_driver_sql(
            'INSERT INTO "group" (id, name, description, kind, joined, unread_count, '
            "mention_count, keep_offline) VALUES ('!g1', 'G', '', 'group', 1, 0, 0, 0)"
        )
        conn.exec_driver_sql(
            "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
            "deleted, pending) VALUES (7, 'post', '!g1', '@a:x', 'Schadensmeldung', '', ?, 0, 0)",
            (_db_time(NOW),),
        )
        with Operations.context(MigrationContext.configure(conn)):
            migration.upgrade()
        migrated = _search_schema(conn)
    with engine.connect() as conn:
        assert [h.id for h in search.search(conn, "meldung", now=NOW).hits] == ["7"]
    fresh = _engine()
    with fresh.connect() as conn:
        assert _search_schema(conn) == migrated  # frozen copy equals SCHEMA_DDL
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        migration.downgrade()
    with engine.connect() as conn:
        assert _search_schema(conn) == {}
    engine.dispose()
    fresh.dispose()


def test_a_single_string_filter_is_one_value(filtered: Replica) -> None:
    assert filtered.ids("sitzung", SearchFilters(group_ids="!g1", kinds="post")) == ["1"]
    assert filtered.ids("sitzung", SearchFilters(group_ids=[])) == []


def test_a_selective_filter_reads_a_bounded_window(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "MESSAGE_SCAN", 10)
    monkeypatch.setattr(search, "MESSAGE_CANDIDATES", 5)
    for i in range(1, 41):
        replica.post(i, "Sitzung", group="!g2" if i % 8 == 0 else "!g1", days_ago=50 - i)
    only_g2 = SearchFilters(group_ids=["!g2"])
    page = replica.search("sitzung", only_g2)
    assert [h.id for h in page.hits] == ["40", "32"]  # found among the newest ten matches
    seen = [h.id for h in page.hits]
    cursor = page.older_cursor
    while cursor is not None:
        page = replica.search("sitzung", only_g2, cursor=cursor)
        seen += [h.id for h in page.hits]
        cursor = page.older_cursor
    assert sorted(seen, key=int) == ["8", "16", "24", "32", "40"]


def test_stems_are_indexed_but_kept_out_of_the_vocabulary(replica: Replica) -> None:
    # A stem offered as a completion or a typo correction would read as a typo itself.
    replica.post(search.VOCAB_SAMPLE, "Alle aanvragen voor het strooirooster")
    replica.document("d1", "Anträge.txt", text="Zwei Anträge")
    assert _df(replica.engine, "aanvragen") is not None
    assert _df(replica.engine, "rooster") is not None  # a part is a word
    assert _df(replica.engine, "aanvrag") is None
    assert replica.ids("aanvraag ") == [str(search.VOCAB_SAMPLE)]
    assert replica.ids("Antrag ") == ["d1"]


def test_screening_text_beyond_latin_1_folds_like_the_full_table() -> None:
    text = "„Straße“ \u2013 Ärger in I\u011fd\u0131r, Łódź, ÉTÉ; € 20 … ĲSSEL " * 3
    # The Latin-1 runs go through a byte table, the rest through the str table: same result.
    assert search._screened(text) == text.translate(search._SCREEN_TABLE)
    assert search._screened(text).startswith("„strase“ \u2013 arger in igdir, lodz, ete")
