"""The people directory: filtered keyset pages, the filters' choices, a profile, and the
names to complete after "@".

The directory lists everyone with a directory entry, and the external partners: members
of the user's groups who have no entry in any organisation (docs/matrix-mapping.md). An
external partner has nothing to filter by but a name, so a filter on organisation,
department, skill or location leaves them out, and the organisation filter has a choice of
its own for them (``EXTERNAL``).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from client.reads import PAGE_SIZE
from client.render import html_to_plain
from client.rows import (
    EXTERNAL,
    DirectoryRow,
    FilterChoices,
    GroupLink,
    PeopleFilter,
    Profile,
    RecentPost,
)
from client.text import clean_name

if TYPE_CHECKING:
    from client.store import Replica

RECENT_POSTS = 10
_ANYONE = PeopleFilter()


_ENTRIES = """
    SELECT p.user_id AS user_id, p.name AS name, p.title AS title, p.department AS department,
           p.organisation AS organisation, p.location AS location, p.email AS email, 0 AS external
      FROM person p
     WHERE (:organisation = '' OR p.organisation = :organisation)
       AND (:department = '' OR p.department = :department)
       AND (:location = '' OR p.location = :location)
       AND (:skill = '' OR EXISTS (SELECT 1 FROM json_each(p.skills) s WHERE s.value = :skill))
"""

# Members of the user's groups without a directory entry; never the user themself.
_EXTERNALS = """
    SELECT m.user_id AS user_id, coalesce(max(m.display_name), m.user_id) AS name,
           '' AS title, '' AS department, '' AS organisation, '' AS location, '' AS email,
           1 AS external
      FROM membership m JOIN "group" g ON g.id = m.group_id AND g.joined = 1
     WHERE m.membership = 'join'
       AND m.user_id != (SELECT user_id FROM account)
       AND NOT EXISTS (SELECT 1 FROM person p WHERE p.user_id = m.user_id)
     GROUP BY m.user_id
"""


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def people_page(
    replica: Replica,
    after: tuple[str, str] | None,
    limit: int = PAGE_SIZE,
    *,
    filters: PeopleFilter = _ANYONE,
) -> list[DirectoryRow]:
    """One page of the directory by name, after ``after``, narrowed by ``filters``."""
    from sqlalchemy import text

    parts = []
    if filters.organisation != EXTERNAL:
        parts.append(_ENTRIES)
    if not filters.by_entry:
        parts.append(_EXTERNALS)
    where = ["(:after_name IS NULL OR (d.name, d.user_id) > (:after_name, :after_id))"]
    if filters.text.strip():
        where.append(
            "(d.name LIKE :text ESCAPE '\\' OR d.title LIKE :text ESCAPE '\\' "
            "OR d.department LIKE :text ESCAPE '\\' OR d.email LIKE :text ESCAPE '\\' "
            "OR d.user_id LIKE :text ESCAPE '\\')"
        )
    query = text(
        f"SELECT d.user_id, d.name, d.title, d.department, d.organisation, d.location, "
        f"d.external FROM ({' UNION ALL '.join(parts)}) d WHERE {' AND '.join(where)} "
        "ORDER BY d.name, d.user_id LIMIT :limit"
    )
    params: dict[str, Any] = {
        "organisation": "" if filters.organisation == EXTERNAL else filters.organisation,
        "department": filters.department,
        "location": filters.location,
        "skill": filters.skill,
        "text": _like(filters.text.strip()),
        "after_name": after[0] if after else None,
        "after_id": after[1] if after else None,
        "limit": limit,
    }
    with replica.connect() as conn:
        return [
            DirectoryRow(
                u,
                clean_name(n, u),
                clean_name(t),
                clean_name(d),
                clean_name(o),
                clean_name(loc),
                bool(x),
                stored_name=n,
            )
            for u, n, t, d, o, loc, x in conn.execute(query, params)
        ]


def filter_choices(replica: Replica) -> FilterChoices:
    """The distinct values each filter can take, sorted as people read them."""
    from sqlalchemy import text

    def distinct(conn: Any, column: str) -> tuple[str, ...]:
        values = conn.execute(
            text(f"SELECT DISTINCT {column} FROM person WHERE {column} != ''")
        ).scalars()
        return tuple(sorted(values, key=str.casefold))

    with replica.connect() as conn:
        skills = conn.execute(
            text(
                "SELECT DISTINCT s.value FROM person p, json_each(p.skills) s "
                "WHERE s.type = 'text' AND s.value != ''"
            )
        ).scalars()
        has_external = conn.execute(text(f"SELECT EXISTS ({_EXTERNALS})")).scalar()
        return FilterChoices(
            organisations=distinct(conn, "organisation"),
            departments=distinct(conn, "department"),
            skills=tuple(sorted(skills, key=str.casefold)),
            locations=distinct(conn, "location"),
            has_external=bool(has_external),
        )


def profile(replica: Replica, user_id: str, recent: int = RECENT_POSTS) -> Profile | None:
    """A person's entry (or, for an external partner, their name), the groups the user
    shares with them, and what they wrote last; None when the replica knows nobody by it."""
    from sqlalchemy import text

    with replica.connect() as conn:
        entry = conn.execute(
            text(
                "SELECT name, title, department, organisation, skills, phone, email, location "
                "FROM person WHERE user_id = :u"
            ),
            {"u": user_id},
        ).first()
        groups = tuple(
            GroupLink(gid, clean_name(name, gid))
            for gid, name in conn.execute(
                text(
                    'SELECT g.id, g.name FROM membership m JOIN "group" g ON g.id = m.group_id '
                    "WHERE m.user_id = :u AND m.membership = 'join' AND g.joined = 1 "
                    "ORDER BY lower(g.name)"
                ),
                {"u": user_id},
            )
        )
        member_name = conn.execute(
            text(
                "SELECT display_name FROM membership WHERE user_id = :u "
                "AND display_name IS NOT NULL LIMIT 1"
            ),
            {"u": user_id},
        ).scalar()
        posts = conn.execute(
            text(
                "SELECT m.id, coalesce(m.thread_root_id, m.id), g.id, g.name, m.body_html, "
                "m.created_at, "
                "m.thread_root_id IS NOT NULL FROM message m "
                'JOIN "group" g ON g.id = m.group_id '
                "WHERE m.author = :u AND m.deleted = 0 "
                "ORDER BY m.created_at DESC, m.id DESC LIMIT :n"
            ),
            {"u": user_id, "n": recent},
        ).all()
    if entry is None and member_name is None and not groups:
        return None
    recent_posts = tuple(
        RecentPost(
            mid,
            root,
            group_id,
            clean_name(group, group_id),
            " ".join(html_to_plain(body).split())[:160],
            created if isinstance(created, datetime) else datetime.fromisoformat(created),
            bool(comment),
        )
        for mid, root, group_id, group, body, created, comment in posts
    )
    if entry is None:
        name = clean_name(member_name or "", user_id)
        return Profile(user_id, name, True, groups=groups, recent=recent_posts)
    name, title, department, organisation, skills, phone, email, location = entry
    return Profile(
        user_id,
        clean_name(name, user_id),
        False,
        clean_name(title),
        clean_name(department),
        clean_name(organisation),
        _skills(skills),
        clean_name(phone),
        clean_name(email),
        clean_name(location),
        groups,
        recent_posts,
    )


def _skills(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if isinstance(value, list):
        return tuple(skill for s in value if s and (skill := clean_name(str(s))))
    return ()


def mention_candidates(replica: Replica) -> list[tuple[str, str]]:
    """(name, user id) of everyone in the directory, for @-completion: one per name (the
    first found), sorted as people read them, so the GUI thread only hands them to Qt."""
    from sqlalchemy import select

    from client.models import Person

    with replica.connect() as conn:
        people: dict[str, str] = {}
        for name, user_id in conn.execute(select(Person.name, Person.user_id)):
            people.setdefault(clean_name(name, user_id), user_id)
    return sorted(people.items(), key=lambda item: item[0].casefold())
