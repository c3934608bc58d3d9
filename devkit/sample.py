"""Sample data of the demo: cooperating municipalities of the Noord-Veluwe and a German partner.

The people directory (``resources/sample/people.csv``, as an HR system exports it) and the
groups (``resources/sample/groups.json``) are files, because IT provisions a real server from
exactly such files. Posts, comments, likes and documents are generated from them here,
deterministically, as plain dataclasses: the demo writes them into a local replica through
``client.ingest`` (``write_to_replica``), and provisioning can post the same values to a
Matrix server. Nothing here touches Qt or the network.

What the sample is made of is data too, in resources/sample (see its README.md): the
organisations, what the directory and the groups are generated from, and the phrases of
posts, comments and documents in Dutch and German. The code only combines them.

``python -m devkit.sample --write-resources`` regenerates people.csv and groups.json; they
are committed, so that hand edits (as IT would make them) survive until someone regenerates
on purpose.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from client import ingest
from client.changes import Changes
from devkit import sampleappointments

SERVER = "intranet.test"
RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "sample"
SEED = 2026
# Fixed, so that the demo looks the same on every run; dates are spread over the weeks before.
NOW = datetime(2026, 3, 2, 9, 0)
LIKE = "👍"
CSV_COLUMNS = (
    "name",
    "user name",
    "email",
    "organisation",
    "department",
    "title",
    "skills",
    "phone",
    "location",
)


@dataclass(frozen=True)
class SampleOrganisation:
    key: str
    name: str
    description: str
    language: str  # "nl" or "de"
    mail_domain: str
    phone_prefix: str
    locations: tuple[str, ...]

    @property
    def room_id(self) -> str:
        return f"!{self.key}:{SERVER}"


def _load(name: str) -> Any:
    return json.loads((RESOURCES / name).read_text(encoding="utf-8"))


ORGANISATIONS = tuple(
    SampleOrganisation(**{**o, "locations": tuple(o["locations"])})
    for o in _load("organisations.json")
)
# What the directory is generated from: names, departments, skills, external partners.
_DIRECTORY: dict[str, Any] = _load("directory.json")
SKILLS: dict[str, list[str]] = _DIRECTORY["skills"]


# --- the data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SamplePerson:
    user_id: str
    name: str
    user_name: str
    email: str
    organisation: str  # the organisation's name, or the external partner's company
    department: str
    title: str
    skills: tuple[str, ...]
    phone: str
    location: str

    @property
    def organisation_key(self) -> str | None:
        """The key of the sample organisation, None for an external partner."""
        return next((o.key for o in ORGANISATIONS if o.name == self.organisation), None)


@dataclass(frozen=True)
class SampleGroup:
    key: str
    name: str
    description: str
    kind: str
    organisations: tuple[str, ...]  # organisation keys
    members: tuple[str, ...]  # user ids
    # Members of its organisations may join without an invitation ("Join groups").
    open: bool = False

    @property
    def room_id(self) -> str:
        return f"!{self.key}:{SERVER}"


@dataclass(frozen=True)
class SampleMessage:
    """A post, question or comment; ``thread_root`` is the key of the post of a comment."""

    key: str
    group: str
    author: str
    body: str  # Markdown, mentions as matrix.to links
    created_at: datetime
    kind: str  # "post", "question" or "comment"
    thread_root: str | None = None
    mentions: tuple[str, ...] = ()
    likes: tuple[str, ...] = ()
    # For a question: the key of the comment its author marked as the answer.
    answer: str | None = None


@dataclass(frozen=True)
class SampleDocument:
    key: str
    group: str
    name: str
    folder: str
    mimetype: str
    content: bytes
    author: str
    created_at: datetime

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def text(self) -> str | None:
        if self.mimetype.startswith("text/"):
            return self.content.decode("utf-8")
        return None


@dataclass(frozen=True)
class SampleData:
    organisations: tuple[SampleOrganisation, ...]
    people: tuple[SamplePerson, ...]
    groups: tuple[SampleGroup, ...]
    messages: tuple[SampleMessage, ...]
    documents: tuple[SampleDocument, ...]
    people_by_id: dict[str, SamplePerson] = field(default_factory=dict, compare=False)


# --- the directory and the groups (written to resources/sample) ----------------------------


def _local_part(name: str) -> str:
    # Dutch tussenvoegsels are kept and run together (Anke de Vries → anke.devries), as
    # Dutch municipalities do; umlauts become ae/oe/ue as in German e-mail addresses.
    first, _, last = name.partition(" ")
    text = f"{first}.{last}".lower()
    for src, dst in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(src, dst)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c == "."))


def generate_directory(seed: int = SEED) -> list[SamplePerson]:
    """About 300 people: staff of the five organisations and a few external partners."""
    rng = random.Random(seed)
    staff = _DIRECTORY["staff"]
    names = {
        language: [f"{f} {last}" for f in first for last in _DIRECTORY["last_names"][language]]
        for language, first in _DIRECTORY["first_names"].items()
    }
    for pool in names.values():
        rng.shuffle(pool)
    # The demo signs in as Anke de Vries of Harderwijk: make sure she is there, first.
    names["nl"].remove("Anke de Vries")
    names["nl"].insert(0, "Anke de Vries")
    used: set[str] = set()
    people: list[SamplePerson] = []
    for org in sorted(ORGANISATIONS, key=lambda o: o.key != "harderwijk"):
        departments: dict[str, list[str]] = _DIRECTORY["departments"][staff[org.key]["departments"]]
        pool = names[org.language]
        made = 0
        while made < staff[org.key]["people"]:
            name = pool.pop(0)
            local = _local_part(name)
            if local in used:
                continue
            used.add(local)
            department = rng.choice(sorted(departments))
            if name == "Anke de Vries":
                department = "Sociaal Domein"
            skills = rng.sample(SKILLS[org.language], rng.randint(1, 4))
            people.append(
                SamplePerson(
                    user_id=f"@{local}:{SERVER}",
                    name=name,
                    user_name=local,
                    email=f"{local}@{org.mail_domain}",
                    organisation=org.name,
                    department=department,
                    title=rng.choice(departments[department]),
                    skills=tuple(skills),
                    phone=f"{org.phone_prefix}{rng.randrange(100, 1000)}",
                    location=rng.choice(org.locations),
                )
            )
            made += 1
    for external in _DIRECTORY["externals"]:
        company = external["company"]
        for name in external["staff"]:
            local = _local_part(name)
            people.append(
                SamplePerson(
                    user_id=f"@{local}:{SERVER}",
                    name=name,
                    user_name=local,
                    email=f"{local}@{external['mail_domain']}",
                    organisation=company,
                    department="",
                    title=rng.choice(_DIRECTORY["external_titles"]),
                    skills=tuple(rng.sample(_DIRECTORY["external_skills"], 2)),
                    phone=f"+31 577 555 {rng.randrange(100, 1000)}",
                    location=company.split()[-1],
                )
            )
    return people


def generate_groups(people: Sequence[SamplePerson], seed: int = SEED) -> list[SampleGroup]:
    """The 40 groups of ``group-specs.json``, with members chosen from the organisations and
    departments they serve."""
    rng = random.Random(seed + 1)
    groups: list[SampleGroup] = []
    by_org: dict[str, list[SamplePerson]] = {}
    for person in people:
        by_org.setdefault(person.organisation_key or "", []).append(person)
    externals = [p for p in people if p.organisation_key is None]
    for spec in _load("group-specs.json"):
        key, kind, orgs = spec["key"], spec["kind"], tuple(spec["organisations"])
        staff = [p for org in orgs for p in by_org.get(org, [])]
        chosen = spec.get("staff")
        if chosen == "all":
            members = staff
        elif chosen == "first aiders":
            members = [p for p in staff if "BHV" in p.skills or "EHBO" in p.skills]
        elif chosen == "a quarter":
            members = rng.sample(staff, len(staff) // 4)
        elif chosen == "team leads":
            members = [p for p in staff if "teamleider" in p.title or "hoofd" in p.title]
        else:
            members = [p for p in staff if p.department in spec["departments"]]
        if (
            kind == "project"
            and ("harderwijk" in orgs or "zeewolde" in orgs)
            and "kleve" not in orgs
        ):
            members = [*members, *externals]  # architect and builder sit in the building projects
        if not any(p.name == "Anke de Vries" for p in members) and rng.random() < 0.3:
            members = [*members, *(p for p in people if p.name == "Anke de Vries")]
        groups.append(
            SampleGroup(
                key=key,
                name=spec["name"],
                description=spec["description"],
                kind=kind,
                organisations=orgs,
                members=tuple(dict.fromkeys(p.user_id for p in members)),
                open=spec.get("open", False),
            )
        )
    return groups


def people_csv(people: Sequence[SamplePerson]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in people:
        writer.writerow(
            (
                p.name,
                p.user_name,
                p.email,
                p.organisation,
                p.department,
                p.title,
                ";".join(p.skills),
                p.phone,
                p.location,
            )
        )
    return out.getvalue()


def groups_json(groups: Sequence[SampleGroup]) -> str:
    return (
        json.dumps(
            [
                {
                    "key": g.key,
                    "name": g.name,
                    "description": g.description,
                    "kind": g.kind,
                    "organisations": list(g.organisations),
                    "members": list(g.members),
                    **({"open": True} if g.open else {}),
                }
                for g in groups
            ],
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    )


def write_resources(directory: Path = RESOURCES, seed: int = SEED) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    people = generate_directory(seed)
    (directory / "people.csv").write_text(people_csv(people), encoding="utf-8")
    (directory / "groups.json").write_text(
        groups_json(generate_groups(people, seed)), encoding="utf-8"
    )


def load_people(path: Path) -> list[SamplePerson]:
    """People from an HR export with the columns of ``CSV_COLUMNS``."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            SamplePerson(
                user_id=f"@{row['user name']}:{SERVER}",
                name=row["name"],
                user_name=row["user name"],
                email=row["email"],
                organisation=row["organisation"],
                department=row["department"],
                title=row["title"],
                skills=tuple(s.strip() for s in row["skills"].split(";") if s.strip()),
                phone=row["phone"],
                location=row["location"],
            )
            for row in csv.DictReader(f)
        ]


def load_groups(path: Path) -> list[SampleGroup]:
    return [
        SampleGroup(
            key=g["key"],
            name=g["name"],
            description=g["description"],
            kind=g["kind"],
            organisations=tuple(g["organisations"]),
            members=tuple(g["members"]),
            open=g.get("open") is True,
        )
        for g in json.loads(path.read_text(encoding="utf-8"))
    ]


# --- posts, comments, likes and documents (generated) --------------------------------------

# The phrases posts, comments and documents are made of, per language.
_TEXTS: dict[str, Any] = _load("texts.json")
TOPICS: dict[str, list[str]] = _TEXTS["topics"]
FOLDERS: dict[str, list[str]] = _TEXTS["folders"]
WEEKDAYS: dict[str, list[str]] = _TEXTS["weekdays"]
POSTS: dict[str, list[str]] = _TEXTS["posts"]
QUESTIONS: dict[str, list[str]] = _TEXTS["questions"]
ANSWERS: dict[str, list[str]] = _TEXTS["answers"]
COMMENTS: dict[str, list[str]] = _TEXTS["comments"]
DOCUMENTS: dict[str, dict[str, str]] = _TEXTS["documents"]

TARGET_MESSAGES = 2000
TARGET_DOCUMENTS = 60


def _mention(person: SamplePerson) -> str:
    return f"[{person.name}](https://matrix.to/#/{person.user_id})"


def _language(person: SamplePerson) -> str:
    return "de" if person.organisation_key == "kleve" else "nl"


def _fill(rng: random.Random, template: str, lang: str, values: dict[str, str]) -> str:
    topic = rng.choice(TOPICS[lang])
    date = NOW + timedelta(days=rng.randint(3, 40))
    fields = {
        "topic": topic,
        "Topic": topic[:1].upper() + topic[1:],
        "date": f"{date.day}-{date.month}" if lang == "nl" else f"{date.day}.{date.month}.",
        "weekday": rng.choice(WEEKDAYS[lang]),
        "folder": rng.choice(FOLDERS[lang]),
        "n": str(rng.randint(2, 9)),
        "skill": rng.choice(SKILLS[lang]),
        **values,
    }
    return template.format(**fields)


def generate(directory: Path = RESOURCES, seed: int = SEED) -> SampleData:
    """The sample data: directory and groups from ``directory``, the rest generated."""
    people = load_people(directory / "people.csv")
    groups = load_groups(directory / "groups.json")
    by_id = {p.user_id: p for p in people}
    rng = random.Random(seed + 2)
    messages = _messages(rng, groups, by_id)
    documents = _documents(rng, groups, by_id)
    return SampleData(
        organisations=ORGANISATIONS,
        people=tuple(people),
        groups=tuple(groups),
        messages=tuple(messages),
        documents=tuple(documents),
        people_by_id=by_id,
    )


def _messages(
    rng: random.Random, groups: Sequence[SampleGroup], by_id: dict[str, SamplePerson]
) -> list[SampleMessage]:
    out: list[SampleMessage] = []
    # Busy teams get more threads than announcement channels.
    weights = [len(g.members) ** 0.5 * (0.4 if g.kind == "announcement" else 1.0) for g in groups]
    count = 0
    while len(out) < TARGET_MESSAGES:
        group = rng.choices(groups, weights)[0]
        members = [by_id[m] for m in group.members if m in by_id]
        if len(members) < 2:
            continue
        author = rng.choice(members)
        lang = _language(author)
        others = [m for m in members if m is not author]
        started = NOW - timedelta(days=rng.uniform(1, 90))
        started = started.replace(hour=rng.randint(8, 16), minute=rng.randrange(60), second=0)
        question = group.kind != "announcement" and rng.random() < 0.3
        mentioned = rng.choice(others)
        values = {"mention": _mention(mentioned), "location": author.location}
        template = rng.choice((QUESTIONS if question else POSTS)[lang])
        root_key = f"m{count:04d}"
        count += 1
        replies: list[SampleMessage] = []
        answer: str | None = None
        at = started
        for _ in range(min(len(others), int(rng.expovariate(1 / 2.6)))):
            replier = rng.choice(others)
            rlang = _language(replier)
            at += timedelta(minutes=rng.randint(3, 600))
            if at >= NOW:
                break
            other = rng.choice([m for m in members if m is not replier])
            key = f"m{count:04d}"
            count += 1
            pool = ANSWERS if question and answer is None else COMMENTS
            body = _fill(
                rng,
                rng.choice(pool[rlang]),
                rlang,
                {
                    "mention": _mention(other),
                    "root_mention": _mention(author),
                    "first": author.name.split()[0],
                    "org": (author.organisation.replace("Gemeente ", "") or "ons team"),
                },
            )
            if question and answer is None:
                answer = key
            mentions = tuple(
                p.user_id for p in (other, author) if p.user_id in body and p is not replier
            )
            replies.append(
                SampleMessage(
                    key=key,
                    group=group.key,
                    author=replier.user_id,
                    body=body,
                    created_at=at,
                    kind="comment",
                    thread_root=root_key,
                    mentions=mentions,
                    likes=_likes(rng, members, replier, 3),
                )
            )
        body = _fill(rng, template, lang, values)
        out.append(
            SampleMessage(
                key=root_key,
                group=group.key,
                author=author.user_id,
                body=body,
                created_at=started,
                kind="question" if question else "post",
                mentions=(mentioned.user_id,) if mentioned.user_id in body else (),
                likes=_likes(rng, members, author, 12 if group.kind == "announcement" else 6),
                answer=answer if question and rng.random() < 0.7 else None,
            )
        )
        out.extend(replies)
    # Oldest first, as a server delivers them; a comment is always later than its post.
    out.sort(key=lambda m: (m.created_at, m.key))
    return out


def _likes(
    rng: random.Random, members: Sequence[SamplePerson], author: SamplePerson, most: int
) -> tuple[str, ...]:
    others = [m.user_id for m in members if m is not author]
    return tuple(rng.sample(others, min(len(others), int(rng.random() ** 2 * (most + 1)))))


def _pdf(title: str, lines: Sequence[str]) -> bytes:
    """A small but valid one-page PDF, so that viewers and the media cache see a real file."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 16 Tf", "72 770 Td", f"({escape(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        stream_lines += ["0 -18 Td", f"({escape(line)}) Tj"]
    stream = "\n".join([*stream_lines, "ET"]).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _documents(
    rng: random.Random, groups: Sequence[SampleGroup], by_id: dict[str, SamplePerson]
) -> list[SampleDocument]:
    docs: list[SampleDocument] = []
    working = [g for g in groups if g.kind != "announcement" and len(g.members) >= 2]
    for index in range(TARGET_DOCUMENTS):
        group = working[index % len(working)]
        members = [by_id[m] for m in group.members if m in by_id]
        author = rng.choice(members)
        lang = _language(author)
        when = NOW - timedelta(days=rng.uniform(1, 120))
        day = f"{when:%Y-%m-%d}"
        kind = index % 5
        topic = rng.choice(TOPICS[lang])
        texts = DOCUMENTS[lang]
        if kind in (0, 1):
            attendees = rng.sample(members, min(len(members), 5))
            name, folder = texts["minutes_name"].format(day=day), texts["minutes_folder"]
            text = texts["minutes"].format(
                group=group.name,
                day=day,
                attendees="".join(f"- {p.name}\n" for p in attendees),
                topic=topic,
                first=attendees[0].name,
            )
            content, mimetype = text.encode(), "text/markdown"
        elif kind == 2:
            rows = [
                f"{week};{(n := rng.randint(10, 60))};{rng.randint(5, n)};{rng.randint(2, 40)}"
                for week in range(1, 13)
            ]
            name = texts["report_name"].format(group=group.name, year=when.year)
            folder = texts["report_folder"]
            content = ("\n".join([texts["report_header"], *rows]) + "\n").encode()
            mimetype = "text/csv"
        elif kind == 3:
            items = rng.sample(TOPICS[lang], 5)
            name = texts["checklist_name"].format(index=index)
            folder = FOLDERS[lang][1]
            content = ("\n".join(f"[ ] {item}" for item in items) + "\n").encode()
            mimetype = "text/plain"
        else:
            title = texts["policy_title"].format(topic=topic)
            name = f"{title.replace(':', '').replace(' ', '_')}.pdf"
            folder = FOLDERS[lang][2]
            content = _pdf(title, [group.name, f"{author.name}, {day}", topic])
            mimetype = "application/pdf"
        docs.append(
            SampleDocument(
                key=f"d{index:03d}",
                group=group.key,
                name=name,
                folder=folder,
                mimetype=mimetype,
                content=content,
                author=author.user_id,
                created_at=when,
            )
        )
    return docs


# --- into a replica -----------------------------------------------------------------------


def event_id(key: str) -> str:
    return f"${key}:{SERVER}"


def write_to_replica(conn: Connection, data: SampleData, today: date | None = None) -> Changes:
    """Write the sample into a replica through ``client.ingest``, in the caller's transaction,
    as sync would write what it received from a server; the appointments are placed around
    ``today`` (the real day unless given: ``NOW.date()`` places them around the posts)."""
    from client.render import render_markdown

    groups = {g.key: g for g in data.groups}
    changes = ingest.upsert_organisations(
        conn,
        [ingest.OrganisationRow(o.room_id, o.name, o.description) for o in data.organisations],
    )
    changes |= ingest.upsert_groups(
        conn,
        [
            ingest.GroupRow(
                g.room_id,
                g.name,
                g.description,
                g.kind,
                tuple(f"!{o}:{SERVER}" for o in g.organisations),
            )
            for g in data.groups
        ],
    )
    # External partners have no directory entry: that is what makes them external.
    changes |= ingest.upsert_people(
        conn,
        [
            ingest.PersonEntry(
                user_id=p.user_id,
                name=p.name,
                organisation_id=f"!{p.organisation_key}:{SERVER}",
                organisation=p.organisation,
                title=p.title,
                department=p.department,
                skills=p.skills,
                phone=p.phone,
                email=p.email,
                location=p.location,
                updated_at=NOW,
            )
            for p in data.people
            if p.organisation_key is not None
        ],
    )
    for g in data.groups:
        changes |= ingest.set_members(
            conn,
            g.room_id,
            [
                (member, "join", data.people_by_id[member].name)
                for member in g.members
                if member in data.people_by_id
            ],
        )
    changes |= ingest.ingest_messages(
        conn,
        [
            ingest.MessageRow(
                event_id=event_id(m.key),
                kind=m.kind,
                group_id=groups[m.group].room_id,
                author=m.author,
                body=m.body,
                body_html=render_markdown(m.body, mentions=None).html,
                created_at=m.created_at,
                thread_root_event_id=event_id(m.thread_root) if m.thread_root else None,
                mentions=m.mentions,
            )
            for m in data.messages
        ],
    )
    changes |= ingest.ingest_reactions(
        conn,
        [
            (event_id(f"{m.key}-like-{i}"), event_id(m.key), user, LIKE, m.created_at, None)
            for m in data.messages
            for i, user in enumerate(m.likes)
        ],
    )
    changes |= ingest.apply_answers(
        conn,
        [(event_id(m.key), event_id(m.answer), m.author) for m in data.messages if m.answer],
    )
    changes |= ingest.upsert_documents(
        conn,
        [
            ingest.DocumentState(
                id=d.key,
                group_id=groups[d.group].room_id,
                name=d.name,
                folder=d.folder,
                mimetype=d.mimetype,
                size=d.size,
                sha256=d.sha256,
                mxc_url=None,
                version=1,
                based_on=None,
                updated_by=d.author,
                updated_at=d.created_at,
                event_id=event_id(d.key),
                text_content=d.text,
            )
            for d in data.documents
        ],
    )
    return changes | sampleappointments.write(conn, data.groups, today)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Treffpunkt sample data")
    parser.add_argument(
        "--write-resources", action="store_true", help="regenerate people.csv and groups.json"
    )
    parser.add_argument("--directory", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    if args.write_resources:
        write_resources(args.directory)
    data = generate(args.directory)
    print(
        f"{len(data.people)} people, {len(data.groups)} groups, {len(data.messages)} messages, "
        f"{len(data.documents)} documents"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
