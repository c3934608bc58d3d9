"""Typos forgiven and ranking by tier, on a real SQLCipher replica written through ingest."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import datetime, timedelta

import pytest

from client import ingest, search, spelling
from client.search import TIER_CORRECTED, TIER_PART, TIER_WORD, SearchPage
from client.store import Replica
from tests.conftest import GROUP, OTHER_GROUP, server_message

NOW = datetime(2026, 6, 1, 12, 0)
_ids = itertools.count(1)


def post(replica: Replica, body: str, *, days_ago: float = 0, group: str = GROUP) -> str:
    """A post written through ingest; returns its message id as search reports it."""
    event_id = f"$p{next(_ids)}"
    row = server_message(
        event_id, 0, group_id=group, body=body, created_at=NOW - timedelta(days=days_ago)
    )
    with replica.begin() as conn:
        ingest.ingest_messages(conn, [row])
        (message_id,) = conn.exec_driver_sql(
            "SELECT id FROM message WHERE event_id = ?", (event_id,)
        ).one()
    return str(message_id)


def person(
    replica: Replica,
    user_id: str,
    name: str,
    *,
    title: str = "",
    department: str = "",
    skills: tuple[str, ...] = (),
) -> None:
    entry = ingest.PersonEntry(
        user_id=user_id, name=name, title=title, department=department, skills=skills
    )
    with replica.begin() as conn:
        ingest.upsert_people(conn, [entry])


def document(replica: Replica, doc_id: str, name: str, *, days_ago: float = 0) -> None:
    with replica.begin() as conn:
        ingest.upsert_documents(
            conn,
            [
                ingest.DocumentState(
                    id=doc_id,
                    group_id=GROUP,
                    name=name,
                    folder="",
                    mimetype="text/plain",
                    size=1,
                    sha256="",
                    mxc_url=None,
                    version=1,
                    based_on=None,
                    updated_by="@jan:harderwijk.test",
                    updated_at=NOW - timedelta(days=days_ago),
                )
            ],
        )


def find(replica: Replica, query: str, *, correct: bool = True) -> SearchPage:
    with replica.connect() as conn:
        return search.search(conn, query, now=NOW, correct=correct)


@pytest.fixture
def instructions(replica: Replica) -> list[str]:
    """Three posts with the Dutch and German words the typos below aim at."""
    return [
        post(replica, "De nieuwe werkinstructie staat online", days_ago=3),
        post(replica, "Vragen over de werkinstructie graag hier", days_ago=1),
        post(replica, "Der Bebauungsplan für die Kindertagesstätte liegt aus", days_ago=2),
    ]


# --------------------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("werkinstuctie", "werkinstructie"),  # Dutch, one letter missing
        ("werkinstrcutie", "werkinstructie"),  # Dutch, two letters swapped
        ("wrkinstructe", "werkinstructie"),  # Dutch, two letters missing (a long word)
        ("Bebaungsplan", "Bebauungsplan"),  # German, one missing, capital kept
        ("Bebauungsplam", "Bebauungsplan"),  # German, one wrong
        ("Kindertagestäte", "Kindertagesstätte"),  # German, two missing, shown as written
    ],
)
def test_a_typo_is_corrected_against_the_vocabulary(
    replica: Replica, instructions: list[str], typed: str, shown: str
) -> None:
    assert find(replica, typed, correct=False).hits == []
    page = find(replica, typed)
    assert page.corrected_query == shown
    assert page.literal_query == typed
    assert page.hits and all(h.tier == TIER_CORRECTED for h in page.hits)
    assert {h.id for h in page.hits} <= set(instructions)
    assert "<b>" in page.hits[0].snippet


def test_two_typos_in_a_word_with_a_real_ue_are_two_edits(replica: Replica) -> None:
    # Folding keeps the e of Feuer and Steuer, so a typo that breaks the eu is one edit, not
    # two, and two typos stay within reach of a long word.
    found = post(replica, "Der Feuerlöscher im Flur wird geprüft")
    post(replica, "Die Grundsteuererklärung ist bis Juli fällig")
    page = find(replica, "Feierlösccher")
    assert page.corrected_query == "Feuerlöscher"
    assert [h.id for h in page.hits] == [found]
    assert find(replica, "grnudsteueerklärung").corrected_query == "grundsteuererklärung"


def test_only_the_misspelt_word_of_a_query_changes(
    replica: Replica, instructions: list[str]
) -> None:
    page = find(replica, "nieuwe werkinstuctie ")
    assert page.corrected_query == "nieuwe werkinstructie "
    assert [h.id for h in page.hits] == [instructions[0]]


def test_a_name_from_the_directory_is_corrected(replica: Replica) -> None:
    person(replica, "@hartmann:harderwijk.test", "Sabine Hartmann", title="Sachbearbeiterin")
    page = find(replica, "Hratmann")
    assert page.corrected_query == "Hartmann"
    assert [(h.kind, h.id) for h in page.hits] == [("person", "@hartmann:harderwijk.test")]


def test_a_correction_is_shown_as_the_found_text_writes_it(replica: Replica) -> None:
    person(replica, "@mueller:harderwijk.test", "Jürgen Müller", title="Bauamt")
    document(replica, "d-straße", "Straßenreinigung Plan")
    assert find(replica, "Mülelr").corrected_query == "Müller"  # not the folded Muller
    assert find(replica, "müler bauamt").corrected_query == "müller bauamt"
    assert find(replica, "Strasenreinigung").corrected_query == "Straßenreinigung"


def test_short_words_are_not_corrected(replica: Replica) -> None:
    post(replica, "Das Haus am Markt")
    page = find(replica, "Huas")
    assert page.corrected_query is None and page.hits == []


def test_no_correction_when_the_query_finds_enough(
    replica: Replica, instructions: list[str]
) -> None:
    for _ in range(search.FEW_HITS):
        post(replica, "Die werkinstuctie ist falsch geschrieben")
    page = find(replica, "werkinstuctie ")
    assert page.corrected_query is None and page.literal_query is None
    assert len(page.hits) == search.FEW_HITS
    assert all(h.tier == TIER_WORD for h in page.hits)


def test_literal_hits_come_before_corrected_ones(replica: Replica, instructions: list[str]) -> None:
    # The typo is in the vocabulary once: rare, so corrected to a word counted five times as
    # often (every document is counted), and its own post comes first.
    literal = post(replica, "Wie schreibt werkinstuctie so?", days_ago=30)
    page = find(replica, "werkinstuctie ")
    assert page.corrected_query is None  # werkinstructie: counted once, as often
    for n in range(spelling.KNOWN_RATIO):
        document(replica, f"d{n}", f"Werkinstructie {n}.txt")
    page = find(replica, "werkinstuctie ")
    assert page.corrected_query == "werkinstructie "
    assert page.hits[0].id == literal
    assert [h.tier for h in page.hits] == [TIER_WORD] + [TIER_CORRECTED] * 7


def test_correct_false_searches_the_literal_query(
    replica: Replica, instructions: list[str]
) -> None:
    page = find(replica, "werkinstuctie", correct=False)
    assert page.hits == [] and page.corrected_query is None


def test_a_purged_term_is_never_offered(replica: Replica) -> None:
    kept = post(replica, "Het wegenbouwen gaat door")
    post(replica, "Der Wegenbouwer kommt morgen", group=OTHER_GROUP)
    # Both one edit away and counted once: the r beside the t wins while both are there.
    # (Not "Wegenbouwe": that is an inflected form, found through its stem.)
    assert find(replica, "Wegenbouwet ").corrected_query == "Wegenbouwer "
    with replica.begin() as conn:
        ingest.purge_group(conn, OTHER_GROUP)
    page = find(replica, "Wegenbouwet ")
    assert page.corrected_query == "Wegenbouwen "
    assert [h.id for h in page.hits] == [kept]


def test_a_new_term_is_offered_once_it_is_indexed(replica: Replica) -> None:
    post(replica, "Nichts zum Thema")
    assert find(replica, "Strooirooster").corrected_query is None  # the lexicon is built
    new = post(replica, "Het strooirooster voor de winter")
    page = find(replica, "Strooiroster")
    assert page.corrected_query == "Strooirooster"
    assert [h.id for h in page.hits] == [new]


def test_a_warmed_lexicon_spares_the_search_its_build(
    replica: Replica, monkeypatch: pytest.MonkeyPatch
) -> None:
    post(replica, "De nieuwe werkinstructie staat online")
    built: list[int] = []
    real = spelling.Lexicon

    def counted(terms: Iterable[str]) -> spelling.Lexicon:
        built.append(1)
        return real(terms)

    monkeypatch.setattr(spelling, "Lexicon", counted)
    with replica.connect() as conn:
        assert search.warm_spelling(conn) > 0
        assert search.warm_spelling(conn) > 0  # current: not built again
    assert len(built) == 1
    assert find(replica, "werkinstuctie").corrected_query == "werkinstructie"
    assert len(built) == 1  # the search used the warmed one
    # New words: warming again builds it for them, and the search finds the new word.
    new = post(replica, "Het strooirooster voor de winter")
    with replica.connect() as conn:
        search.warm_spelling(conn)
    assert len(built) == 2
    page = find(replica, "Strooiroster")
    assert page.corrected_query == "Strooirooster" and [h.id for h in page.hits] == [new]
    assert len(built) == 2


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ('"werkinstuctie"* ', '"werkinstructie"* '),
        ("<>werkinstuctie</>", "<>werkinstructie</>"),
        ("werkinstuctie\u202e\x00", "werkinstructie\u202e\x00"),
    ],
)
def test_hostile_text_around_a_typo_stays_as_typed(
    replica: Replica, instructions: list[str], typed: str, shown: str
) -> None:
    page = find(replica, typed)
    assert page.corrected_query == shown
    assert {h.id for h in page.hits} == set(instructions[:2])


@pytest.mark.parametrize(
    "typed",
    [
        "werkinstuctie " + "x" * search.MAX_QUERY_CHARS,  # cut off: taken as it is
        " ".join(["werkinstuctie", *(f"w{n}" for n in range(search.MAX_TERMS))]),
        "werkinstuct1e",  # digits: a code, not a word
        "\x00\ufeff\u202e",
        '"*" NEAR NOT',
    ],
)
def test_hostile_queries_are_not_corrected(
    replica: Replica, instructions: list[str], typed: str
) -> None:
    page = find(replica, typed)
    assert page.corrected_query is None and page.hits == []


# --------------------------------------------------------------------------- tiers


def test_a_whole_word_ranks_above_a_compound_part_whatever_its_age(replica: Replica) -> None:
    old_word = post(replica, "Fürsorge", days_ago=700)
    new_part = post(replica, "Die Jugendfürsorge tagt heute", days_ago=0)
    new_word = post(replica, "Fürsorge für alle", days_ago=10)
    page = find(replica, "fürsorge ")
    assert [h.id for h in page.hits] == [new_word, old_word, new_part]
    assert [h.tier for h in page.hits] == [TIER_WORD, TIER_WORD, TIER_PART]


def test_documents_and_people_know_their_tier(replica: Replica) -> None:
    document(replica, "d-part", "Jugendfürsorge.txt", days_ago=0)
    document(replica, "d-word", "Fürsorge Bericht.txt", days_ago=400)
    person(replica, "@part:x", "Jana Berg", department="Jugendfürsorge")
    person(replica, "@word:x", "Kai Brand", skills=("Fürsorge",))
    tiers = {h.id: h.tier for h in find(replica, "fürsorge ").hits}
    assert tiers == {
        "d-word": TIER_WORD,
        "d-part": TIER_PART,
        "@word:x": TIER_WORD,
        "@part:x": TIER_PART,
    }
    ids = [h.id for h in find(replica, "fürsorge ").hits]
    assert ids.index("d-word") < ids.index("d-part")
    assert ids.index("@word:x") < ids.index("@part:x")


def test_newer_first_within_a_tier(replica: Replica) -> None:
    ids = [post(replica, "Sitzung des Ausschusses", days_ago=d) for d in (300, 2, 40)]
    page = find(replica, "Sitzung ")
    assert [h.id for h in page.hits] == [ids[1], ids[2], ids[0]]
    assert [h.tier for h in page.hits] == [TIER_WORD] * 3


def test_hits_are_ordered_by_tier_then_score(replica: Replica) -> None:
    post(replica, "Eine Werkinstructiemap", days_ago=500)  # no known parts: a word of its own
    post(replica, "Noch eine werkinstructiemap", days_ago=0)
    for n in range(spelling.KNOWN_RATIO):
        document(replica, f"d{n}", f"Werkinstructiemap {n}.txt", days_ago=n)
    person(replica, "@p:x", "Eva Dekker", skills=("Werkinstructiemapp",))
    hits = find(replica, "werkinstructiemapp ").hits
    assert (hits[0].id, hits[0].tier) == ("@p:x", TIER_WORD)
    assert [h.tier for h in hits[1:]] == [TIER_CORRECTED] * 7
    keys = [(h.tier, -h.score) for h in hits]
    assert keys == sorted(keys)


# --------------------------------------------------------------------------- the lexicon


def test_lexicon_finds_neighbours_at_either_end() -> None:
    lexicon = spelling.Lexicon(["werkinstructie", "werkinstructies", "rooster", "roosters"])
    assert lexicon.candidates("werkinstuctie") == {"werkinstructie": 1, "werkinstructies": 2}
    assert lexicon.candidates("xooster") == {"rooster": 1}  # first letter wrong
    assert lexicon.candidates("roostex") == {"rooster": 1}  # last letter wrong
    assert lexicon.candidates("oroster") == {"rooster": 1}  # swapped
    assert lexicon.candidates("rooster") == {"roosters": 1}


def test_the_closest_then_most_frequent_candidate_is_chosen() -> None:
    found = {"bauamtt": {"bauamt": 1, "bauamts": 1, "baumatt": 2}}
    counted = {"bauamt": 40, "bauamts": 3, "baumatt": 500}
    assert spelling.choose(found, {}, counted) == {"bauamtt": "bauamt"}
    # A candidate the vocabulary no longer holds, or rarer than the word, is none.
    assert spelling.choose(found, {}, {"baumatt": 5}) == {"bauamtt": "baumatt"}
    # A word the vocabulary holds needs a candidate counted KNOWN_RATIO times as often.
    assert spelling.choose(found, {"bauamtt": 50}, counted) == {"bauamtt": "baumatt"}
    assert spelling.choose(found, {"bauamtt": 1}, {"bauamts": 1}) == {}
    # A term the query searches already is none either.
    assert spelling.choose(found, {}, counted, {"bauamt"}) == {"bauamtt": "bauamts"}
    assert spelling.choose(found, {}, {}) == {}


def test_among_equally_close_candidates_the_likelier_slips_win() -> None:
    # markkrasm: a t left out and s for its neighbour a, against two far-off keys.
    found = {"markkrasm": {"marktkraam": 2, "marktraum": 2}}
    counted = {"marktkraam": 2, "marktraum": 40}
    assert spelling.choose(found, {}, counted) == {"markkrasm": "marktkraam"}
    assert spelling.slips("markkrasm", "marktkraam") == 2
    assert spelling.slips("markkrasm", "marktraum") == 0
    assert spelling.slips("vergaderrng", "vergadering") == 0  # r is no neighbour of i
    assert spelling.slips("vergaderung", "vergadering") == 1  # u is (QWERTZ and QWERTY)
    assert spelling.slips("aanvraaag", "aanvraag") == 1  # a letter typed twice
    assert spelling.slips("grundsteur", "grundsteuer") == 1  # a letter left out
