"""The demo's sample data: its size, determinism, and that it hangs together."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from client.store import Replica
from devkit import sample, seed
from devkit.sample import RESOURCES, SampleData, generate


@pytest.fixture(scope="module")
def data() -> SampleData:
    return generate()


def test_counts(data: SampleData) -> None:
    assert 280 <= len(data.people) <= 320
    assert len(data.groups) == 40
    assert 1900 <= len(data.messages) <= 2100
    assert 50 <= len(data.documents) <= 70
    kinds = {m.kind for m in data.messages}
    assert kinds == {"post", "question", "comment"}
    assert {d.mimetype for d in data.documents} >= {
        "text/markdown",
        "text/csv",
        "text/plain",
        "application/pdf",
    }


def test_deterministic(data: SampleData) -> None:
    again = generate()
    assert again.messages == data.messages
    assert again.documents == data.documents


# What the demo server was seeded with at SEED_VERSION 3. A change of the sample changes what
# the seed sends: raise devkit.seed.SEED_VERSION (the demo server is then seeded afresh) and
# record the new digests here.
SEED_CONTENT_SHA256 = "d137ed26ef5acf69c9933e811ec4061092a1954adc296b12608df9dffc3ec0b9"
APPOINTMENTS_SHA256 = "c7d1b0b6fce3c8d8da5e47c70a61d7c292a51ca5287aea9c6310bbe91bad329d"


def test_the_sample_is_what_the_demo_server_was_seeded_with(data: SampleData) -> None:
    content = (data.organisations, data.people, data.groups, data.messages, data.documents)
    assert seed.SEED_VERSION == 3
    assert hashlib.sha256(repr(content).encode()).hexdigest() == SEED_CONTENT_SHA256
    appointments = (RESOURCES / "appointments.json").read_bytes()
    assert hashlib.sha256(appointments).hexdigest() == APPOINTMENTS_SHA256


def test_resources_are_what_the_generator_writes(tmp_path: Path) -> None:
    sample.write_resources(tmp_path)
    assert (tmp_path / "people.csv").read_text(encoding="utf-8") == (
        RESOURCES / "people.csv"
    ).read_text(encoding="utf-8")
    assert (tmp_path / "groups.json").read_text(encoding="utf-8") == (
        RESOURCES / "groups.json"
    ).read_text(encoding="utf-8")


def test_people_csv_parses_as_an_hr_export() -> None:
    with (RESOURCES / "people.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == sample.CSV_COLUMNS
    assert len({r["user name"] for r in rows}) == len(rows)
    assert all(r["name"] and r["email"] and r["organisation"] for r in rows)
    organisations = {r["organisation"] for r in rows}
    assert {o.name for o in sample.ORGANISATIONS} <= organisations
    externals = organisations - {o.name for o in sample.ORGANISATIONS}
    assert any("Architect" in o for o in externals)
    assert any("Bouwbedrijf" in o for o in externals)
    # Umlauts and Dutch diacritics survive the export; user ids are plain ASCII.
    names = " ".join(r["name"] for r in rows)
    assert any(c in names for c in "äöüß")
    assert any(c in names for c in "ëïé")
    assert all(r["user name"].isascii() for r in rows)


def test_everyone_referred_to_exists(data: SampleData) -> None:
    users = {p.user_id for p in data.people}
    keys = {m.key: m for m in data.messages}
    group_keys = {g.key: g for g in data.groups}
    for group in data.groups:
        assert set(group.members) <= users
        assert set(group.organisations) <= {o.key for o in sample.ORGANISATIONS}
    for m in data.messages:
        members = set(group_keys[m.group].members)
        assert m.author in members
        assert set(m.mentions) <= members
        assert set(m.likes) <= members - {m.author}
        for user in m.mentions:
            assert f"(https://matrix.to/#/{user})" in m.body
        if m.thread_root is not None:
            root = keys[m.thread_root]
            assert root.kind != "comment" and root.group == m.group
            assert root.created_at < m.created_at
        if m.answer is not None:
            assert m.kind == "question" and keys[m.answer].thread_root == m.key
    for d in data.documents:
        assert d.author in group_keys[d.group].members


def test_both_languages_and_the_demo_user(data: SampleData) -> None:
    assert "@anke.devries:intranet.test" in data.people_by_id
    german = sum(
        1 for m in data.messages if data.people_by_id[m.author].organisation_key == "kleve"
    )
    assert 0.1 * len(data.messages) < german < 0.6 * len(data.messages)


def test_pdf_is_well_formed(data: SampleData) -> None:
    pdf = next(d for d in data.documents if d.mimetype == "application/pdf").content
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    xref = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[xref:].startswith(b"xref")


def test_writes_into_a_replica_through_ingest(data: SampleData, replica: Replica) -> None:
    with replica.begin() as conn:
        changes = sample.write_to_replica(conn, data)
    assert len(changes.messages) == len(data.messages)
    with replica.connect() as conn:

        def count(sql: str) -> int:
            return int(conn.exec_driver_sql(sql).scalar() or 0)

        assert count("SELECT count(*) FROM message") == len(data.messages)
        assert count("SELECT count(*) FROM reaction") == sum(len(m.likes) for m in data.messages)
        assert count("SELECT count(*) FROM message WHERE answer_id IS NOT NULL") == sum(
            1 for m in data.messages if m.answer
        )
        assert count("SELECT count(*) FROM document") == len(data.documents)
        # External partners are members of groups but have no directory entry.
        assert count("SELECT count(*) FROM person") == sum(
            1 for p in data.people if p.organisation_key is not None
        )
