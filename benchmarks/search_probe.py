"""Quick probe of search speed: synthetic German/Dutch messages in an encrypted replica.

Builds ``--messages`` posts (default 200,000), 5,000 people and 5,000 documents through
:mod:`client.search`'s batch API into a SQLCipher file, then times a fixed set of queries
(top 50 with snippets) and prints p50/p95/max. It also times ingest against a raw
``executemany`` of the same message rows. Figures only; nothing is asserted.

    .venv/bin/python -m benchmarks.search_probe [--messages N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy
import sqlcipher3.dbapi2 as sqlcipher

from client import lexicon, search, textfold
from client.models import Base

KEY = "x'" + "3f" * 32 + "'"
BATCH = 2000
NOW = datetime(2025, 6, 1)

QUERIES = [
    # common words, rare words, typed prefixes, compound parts, two words, folded forms
    "gemeente",
    "Sitzung",
    "buro",
    "Büro",
    "Mueller",
    "muller",
    "coordinatie",
    "straße",
    "strasse",
    "meldung",
    "fürsorge",
    "planung",
    "stunden",
    "vergadering",
    "wijk",
    "Termin",
    "be",
    "ver",
    "sch",
    "ge",
    "anm",
    "verg",
    "bauan",
    "jugendf",
    "Krankm",
    "haus",
    "amt",
    "bau",
    "Schaden meldung",
    "gemeente raad",
    "Termin morgen",
    "neue Regelung",
    "bewoner overlast",
    "Bürger Anfrage",
    "Kita Platz",
    "Antrag auf",
    "de van het",
    "und die der",
    "Zebrastreifen",
    "Hochwasser",
    "afvalinzameling",
    "zzzxqv",
    "Winterdienst",
    "kinderopvang",
    "Personalrat",
    "inburgering",
    "Müll",
    "Mitarbeiterinnen",
    "Stunde",
    "fiets",
    "Fahrrad",
    "wohngeld",
    "subsidie aanvraag",
    "Parkplatz",
    "straat",
    "woning",
    "Schule",
    "Besprechung",
    "overleg",
    "Sportverein",
]

FILLER_DE = (
    "der die das und ist nicht mit für auf im den von zu wir bitte noch heute morgen "
    "schon auch aber wie wer was wann kann soll muss wird wurde haben sind"
).split()
FILLER_NL = (
    "de het een en is niet met voor op in van te we graag nog vandaag morgen al "
    "ook maar hoe wie wat wanneer kan moet wordt werd hebben zijn"
).split()


def _vocabulary(rng: random.Random) -> tuple[list[str], list[str]]:
    # Common words of the search lexicon (German and Dutch alike), about as many as the
    # stem lists this probe was first written with.
    common = sorted(w for w, z in lexicon.words().items() if z >= 35 and len(w) >= 4)
    rng.shuffle(common)
    de, nl = common[:2200], common[2200:3100]
    # Compounds of two stems, as municipal German and Dutch are full of them.
    de_words = de + [
        a + "s" * rng.randint(0, 1) + b.lower()
        for a, b in zip(rng.choices(de, k=25000), rng.choices(de, k=25000), strict=True)
    ]
    nl_words = nl + [
        a + b.lower()
        for a, b in zip(rng.choices(nl, k=12000), rng.choices(nl, k=12000), strict=True)
    ]
    rng.shuffle(de_words)
    rng.shuffle(nl_words)
    return de_words, nl_words


def _zipf(words: list[str]) -> list[float]:
    # Cumulative weights: random.choices would otherwise sum them again on every call.
    return list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))


def _bodies(rng: random.Random, n: int) -> Iterator[str]:
    de, nl = _vocabulary(rng)
    wde, wnl = _zipf(de), _zipf(nl)
    for _ in range(n):
        german = rng.random() < 0.6
        words, weights, filler = (de, wde, FILLER_DE) if german else (nl, wnl, FILLER_NL)
        k = rng.randint(8, 60)
        content = rng.choices(words, cum_weights=weights, k=k // 2)
        glue = rng.choices(filler, k=k - k // 2)
        mixed = [w for pair in zip(content, glue, strict=False) for w in pair]
        yield " ".join(mixed).capitalize() + "."


def _connect(path: Path) -> Any:
    conn = sqlcipher.connect(str(path))
    conn.execute(f'PRAGMA key = "{KEY}"')
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def _message_rows(start: int, bodies: list[str], total: int) -> list[tuple[Any, ...]]:
    rows = []
    for i, body in enumerate(bodies, start):
        created = NOW - timedelta(minutes=(total - i) * 3)
        rows.append(
            (
                i,
                "post",
                f"!g{i % 40}",
                f"@u{i % 500}:example.org",
                body,
                body,
                created.strftime("%Y-%m-%d %H:%M:%S.%f"),
                0,
                0,
            )
        )
    return rows


_INSERT = (
    "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
    "deleted, pending) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def build(path: Path, n: int) -> dict[str, float]:
    engine = sqlalchemy.create_engine("sqlite://", module=sqlcipher, creator=lambda: _connect(path))
    rng = random.Random(7)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create_schema(conn)
        for g in range(40):
            conn.exec_driver_sql(
                'INSERT INTO "group" (id, name, description, kind, joined, unread_count, '
                "mention_count, keep_offline) VALUES (?, ?, '', 'group', 1, 0, 0, 0)",
                (f"!g{g}", f"Gruppe {g}"),
            )
    bodies = list(_bodies(rng, n))
    # Raw baseline: the same message rows with executemany into a scratch copy of the table.
    raw_s = ingest_s = 0.0
    with engine.begin() as conn:
        db: Any = conn.connection.driver_connection
        db.execute("CREATE TABLE raw_message AS SELECT * FROM message WHERE 0")
        sample = min(n, 50_000)
        raw_rows = [
            _message_rows(start + 1, bodies[start : start + BATCH], n)
            for start in range(0, sample, BATCH)
        ]
        t = time.perf_counter()
        c = time.process_time()
        for rows in raw_rows:
            db.executemany(_INSERT.replace("INTO message", "INTO raw_message"), rows)
        raw_s = (time.perf_counter() - t) / sample
        raw_cpu = (time.process_time() - c) / sample
        db.execute("DROP TABLE raw_message")
    with engine.begin() as conn:
        # A twin of the message index, fed the same rows already folded and split, so that
        # index_messages can be compared with a raw executemany into an index of equal size.
        conn.exec_driver_sql(search.SCHEMA_DDL[0].replace("search_message", "raw_fts"))
    index_s = index_cpu = raw_fts_cpu = 0.0
    for start in range(0, n, BATCH):
        with engine.begin() as conn:
            db = conn.connection.driver_connection
            rows = _message_rows(start + 1, bodies[start : start + BATCH], n)
            docs = [
                search.MessageDoc(
                    id=r[0], kind=r[1], group_id=r[2], author=r[3], body=r[4], created_at=NOW
                )
                for r in rows
            ]
            t0 = time.perf_counter()
            db.executemany(_INSERT, rows)
            t1 = time.perf_counter()
            c1 = time.process_time()
            search.index_messages(conn, docs)
            t2 = time.perf_counter()
            index_cpu += time.process_time() - c1
            ingest_s += t2 - t0
            index_s += t2 - t1
            prepared = []
            for r in rows:
                folded = textfold.fold(r[4])
                compounds = textfold.compounds_in(textfold.tokens(folded))
                prepared.append((r[0], folded, " ".join(textfold.parts_text[w] for w in compounds)))
            c2 = time.process_time()
            db.executemany("INSERT INTO raw_fts (rowid, body, parts) VALUES (?, ?, ?)", prepared)
            raw_fts_cpu += time.process_time() - c2
    people = [
        search.PersonDoc(
            user_id=f"@p{i}:example.org",
            name=rng.choice(["Anna", "Jan", "Eva", "Pieter", "Jürgen"])
            + " "
            + rng.choice(["Müller", "de Vries", "Schröder", "Jansen", "Bakker", "Weiß"]),
            title=rng.choice(
                ["Sachbearbeiterin", "beleidsmedewerker", "Sozialarbeiter", "wijkagent"]
            ),
            department=rng.choice(["Bürgeramt", "Jugendamt", "Burgerzaken"]),
            organisation=rng.choice(["Stadt Aachen", "Gemeente Heerlen"]),
            skills=["Excel", rng.choice(["Nederlands", "Deutsch"])],
            location=rng.choice(["Rathaus", "Stadhuis", "Außenstelle"]),
        )
        for i in range(5000)
    ]
    with engine.begin() as conn:
        for p in people:
            conn.exec_driver_sql(
                "INSERT INTO person (user_id, name, title, department, organisation, skills, "
                "phone, email, location) VALUES (?, ?, ?, ?, ?, ?, '', '', ?)",
                (
                    p.user_id,
                    p.name,
                    p.title,
                    p.department,
                    p.organisation,
                    '["' + '", "'.join(p.skills) + '"]',
                    p.location,
                ),
            )
        documents = []
        for i in range(5000):
            name = f"{bodies[i].split()[0]} {bodies[i].split()[2]} {i}.txt"
            conn.exec_driver_sql(
                "INSERT INTO document (id, group_id, name, folder, mimetype, size, sha256, "
                "version, updated_by, updated_at, text_content, keep_offline, deleted, "
                "pending) VALUES (?, ?, ?, 'Protokolle', 'text/plain', 1, '', 1, '@u1:x', "
                "?, ?, 0, 0, 0)",
                (
                    f"d{i}",
                    f"!g{i % 40}",
                    name,
                    NOW.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    bodies[-i - 1],
                ),
            )
            documents.append(
                search.DocumentDoc(
                    id=f"d{i}",
                    group_id=f"!g{i % 40}",
                    name=name,
                    folder="Protokolle",
                    text=bodies[-i - 1],
                    updated_at=NOW,
                )
            )
        search.index_people(conn, people)
        search.index_documents(conn, documents)
    engine.dispose()
    return {
        "raw_us": raw_s * 1e6,
        "ingest_us": ingest_s / n * 1e6,
        "index_us": index_s / n * 1e6,
        "raw_cpu_us": raw_cpu * 1e6,
        "index_cpu_us": index_cpu / n * 1e6,
        "raw_fts_cpu_us": raw_fts_cpu / n * 1e6,
    }


def probe(path: Path) -> tuple[list[float], list[float]]:
    engine = sqlalchemy.create_engine("sqlite://", module=sqlcipher, creator=lambda: _connect(path))
    times, cpu = [], []
    with engine.connect() as conn:
        for q in QUERIES[:20]:
            search.search(conn, q, now=NOW)
        for _ in range(3):
            for q in QUERIES:
                t = time.perf_counter()
                c = time.process_time()
                search.search(conn, q, now=NOW)
                cpu.append((time.process_time() - c) * 1000)
                times.append((time.perf_counter() - t) * 1000)
    engine.dispose()
    return times, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="database file to build or reuse")
    args = parser.parse_args()
    path = args.keep or Path(tempfile.mkdtemp()) / "probe.db"
    if not path.exists():
        t = time.perf_counter()
        figures = build(path, args.messages)
        print(
            f"built {args.messages} messages in {time.perf_counter() - t:.1f} s, "
            f"{os.path.getsize(path) / 1e6:.0f} MB"
        )
        print(
            f"raw executemany of the message rows {figures['raw_us']:.1f} µs/row "
            f"(cpu {figures['raw_cpu_us']:.1f}); message insert + index_messages "
            f"{figures['ingest_us']:.1f} µs/row; index_messages alone "
            f"{figures['index_us']:.1f} µs/row (cpu {figures['index_cpu_us']:.1f}); raw "
            f"executemany of the same FTS rows, prepared beforehand: cpu "
            f"{figures['raw_fts_cpu_us']:.1f} µs/row; throughput index_messages / raw FTS "
            f"{figures['raw_fts_cpu_us'] / figures['index_cpu_us']:.2f}"
        )
    times, cpu = probe(path)
    for label, values in (("wall", times), ("cpu", cpu)):
        qs = statistics.quantiles(values, n=20)
        print(
            f"{len(values)} queries, top 50 with snippets, {label}: "
            f"p50 {statistics.median(values):.1f} ms, p95 {qs[18]:.1f} ms, "
            f"max {max(values):.1f} ms"
        )
    slow = sorted(zip(times, QUERIES * 3, strict=True), reverse=True)[:5]
    print("slowest (wall):", ", ".join(f"{q!r} {t:.1f}" for t, q in slow))
    print(f"load average while probing: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cpus")


if __name__ == "__main__":
    main()
