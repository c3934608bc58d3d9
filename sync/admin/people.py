"""The people CSV of ``treffpunkt-admin import-people``: an HR export, read leniently.

Header names are matched as HR systems spell them, the delimiter is sniffed, Excel's
encodings are read; each bad row becomes a ``RowProblem`` with its line and the rest is
imported. Nothing here touches the network.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass

from sync.admin.config import ConfigError

log = logging.getLogger(__name__)

# Matrix user id grammar (spec v1.16, "historical" characters left out on purpose).
_LOCALPART = re.compile(r"^[a-z0-9._=/+-]+$")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
# Header names as HR systems spell them, folded to lower case without spaces or _ and -.
_COLUMNS = {
    "name": "name",
    "fullname": "name",
    "displayname": "name",
    "username": "user name",
    "user": "user name",
    "userid": "user name",
    "login": "user name",
    "email": "email",
    "mail": "email",
    "emailaddress": "email",
    "organisation": "organisation",
    "organization": "organisation",
    "department": "department",
    "title": "title",
    "jobtitle": "title",
    "function": "title",
    "skills": "skills",
    "phone": "phone",
    "telephone": "phone",
    "location": "location",
}
REQUIRED_COLUMNS = ("name", "user name", "organisation")


@dataclass(frozen=True)
class PersonRecord:
    """One valid row of the HR export; ``line`` is where it starts in the file."""

    line: int
    user_name: str
    name: str
    organisation: str  # as written in the file: an organisation's name or key
    email: str = ""
    department: str = ""
    title: str = ""
    skills: tuple[str, ...] = ()
    phone: str = ""
    location: str = ""


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def decode(raw: bytes) -> str:
    # Excel writes UTF-8 with a BOM, or the Windows code page when asked for "CSV".
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("the file is not UTF-8; reading it as Windows-1252")
        return raw.decode("cp1252", errors="replace")


def _delimiter(header_line: str) -> str:
    try:
        return csv.Sniffer().sniff(header_line, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: header_line.count(d) for d in (";", ",", "\t")}
        return max(counts, key=lambda d: counts[d])


def split_skills(value: str) -> tuple[str, ...]:
    """Skills separated by ';' or ',' (whichever the field uses), trimmed, once each."""
    parts = re.split(r"[;,]", value)
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def read_people_csv(text: str) -> tuple[list[PersonRecord], list[RowProblem]]:
    """The valid rows and the problems of the others; raises ConfigError when the file as a
    whole is unusable (no header, a required column missing)."""
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise ConfigError("the file is empty or has no header line")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    header = next(reader)
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        folded = re.sub(r"[\s_\-]", "", title.strip().lower())
        name = _COLUMNS.get(folded)
        if name is not None and name not in columns:
            columns[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ConfigError(f"the header has no column {', '.join(repr(m) for m in missing)}")

    records: list[PersonRecord] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1  # a quoted field may span lines: where the row starts
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(line, f"unreadable row ({exc})"))
            continue
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: str, row: list[str] = row) -> str:
            index = columns.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        user_name = cell("user name").lower()
        problem = None
        if not user_name:
            problem = "no user name"
        elif user_name.startswith("@"):
            problem = f"user name {user_name!r}: give the name without @ and server"
        elif not _LOCALPART.match(user_name):
            bad = "".join(sorted({c for c in user_name if not _LOCALPART.match(c)}))
            problem = f"user name {user_name!r} has characters a user name cannot have: {bad!r}"
        elif len(user_name) > 200:
            problem = "user name longer than 200 characters"
        elif not cell("name"):
            problem = "no name"
        elif not cell("organisation"):
            problem = "no organisation"
        elif cell("email") and not _EMAIL.match(cell("email")):
            problem = f"e-mail address {cell('email')!r} is not valid"
        elif user_name in seen:
            problem = f"user name {user_name!r} already on line {seen[user_name]}"
        if problem:
            problems.append(RowProblem(line, problem))
            continue
        seen[user_name] = line
        records.append(
            PersonRecord(
                line=line,
                user_name=user_name,
                name=cell("name"),
                organisation=cell("organisation"),
                email=cell("email").lower(),
                department=cell("department"),
                title=cell("title"),
                skills=split_skills(cell("skills")),
                phone=cell("phone"),
                location=cell("location"),
            )
        )
    return records, problems
