"""Schema migrations: the head is what the code expects, and upgrades keep data."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from client import ingest, migrations, search, syncstate
from client.store import open_replica
from sync import api, mapping
from tests.conftest import TEST_KEY


def test_head_constant_matches_newest_migration() -> None:
    from alembic.config import Config

    cfg = migrations.alembic_config()
    assert isinstance(cfg, Config)
    assert ScriptDirectory.from_config(cfg).get_current_head() == migrations.HEAD


def test_upgrade_from_first_migration_keeps_and_indexes_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = open_replica(path, TEST_KEY, create=True, schema="0001")
    with old.begin() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        conn.execute(
            text(
                'INSERT INTO "group" (id, name, description, kind, keep_offline, joined, '
                "unread_count, mention_count) VALUES ('!g:x', 'Sociale Dienst', '', 'group', "
                "0, 1, 0, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
                "deleted, pending) VALUES (1, 'post', '!g:x', '@a:x', "
                "'Die Jugendfürsorge braucht Hilfe', '<p>x</p>', :at, 0, 0)"
            ),
            {"at": datetime(2026, 5, 1)},
        )
    old.close()

    upgraded = open_replica(path, TEST_KEY)  # migrates to head on open
    with upgraded.connect() as conn:
        assert migrations.current_revision(upgraded.engine) == migrations.HEAD
        assert conn.execute(text("SELECT body FROM message")).scalar() == (
            "Die Jugendfürsorge braucht Hilfe"
        )
        page = search.search(conn, "fürsorge")
        assert [hit.id for hit in page.hits] == ["1"]
    upgraded.close()


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    replica = open_replica(tmp_path / "r.db", TEST_KEY, create=True)
    from alembic import command
    from alembic.config import Config

    cfg = migrations.alembic_config()
    assert isinstance(cfg, Config)
    with replica.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert migrations.current_revision(replica.engine) is None
    migrations.upgrade(replica.engine)
    assert migrations.current_revision(replica.engine) == migrations.HEAD
    replica.close()


def _add_group(conn: Connection) -> None:
    conn.execute(
        text(
            'INSERT INTO "group" (id, name, description, kind, keep_offline, joined, '
            "unread_count, mention_count) VALUES ('!g:x', 'G', '', 'group', 0, 1, 0, 0)"
        )
    )


def test_times_stored_at_a_whole_second_get_their_microseconds(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = open_replica(path, TEST_KEY, create=True, schema="0005")
    with old.begin() as conn:
        _add_group(conn)
        conn.execute(
            text(
                "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
                "edited_at, deleted, pending) VALUES (1, 'post', '!g:x', '@a:x', 'b', '<p>b</p>', "
                "'2026-05-01 09:04:00', '2026-05-01 09:05:00.250000', 0, 0)"
            )
        )
    old.close()

    upgraded = open_replica(path, TEST_KEY)
    with upgraded.connect() as conn:
        stored = conn.execute(text("SELECT created_at, edited_at FROM message")).one()
    upgraded.close()
    assert tuple(stored) == ("2026-05-01 09:04:00.000000", "2026-05-01 09:05:00.250000")


def test_deleting_a_message_finds_the_questions_it_answers_by_index(tmp_path: Path) -> None:
    # ON DELETE SET NULL on answer_id: without the index each deleted message scanned every
    # message, and leaving a group took minutes.
    replica = open_replica(tmp_path / "r.db", TEST_KEY, create=True)
    with replica.connect() as conn:
        plan = conn.execute(
            text("EXPLAIN QUERY PLAN SELECT 1 FROM message WHERE answer_id = 1")
        ).all()
    replica.close()
    assert "ix_message_answer" in " ".join(str(row) for row in plan)


def test_comments_kept_for_their_post_become_held_events(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = open_replica(path, TEST_KEY, create=True, schema="0006")
    comment = {
        "event_id": "$c1",
        "kind": "comment",
        "group_id": "!g:x",
        "author": "@a:x",
        "body": "Ich komme **mit**",
        "body_html": "<p>Ich komme <strong>mit</strong></p>",
        "created_at": "2026-05-01T09:04:00.250000",
        "thread_root_event_id": "$post",
        "txn_id": None,
        "mentions": ["@b:x"],
    }
    with old.begin() as conn:
        _add_group(conn)
        conn.execute(
            text("INSERT INTO sync_state (key, value) VALUES ('orphans !g:x', :v)"),
            {"v": json.dumps([comment])},
        )
    old.close()

    upgraded = open_replica(path, TEST_KEY)
    with upgraded.begin() as tx:
        [held] = syncstate.held(tx, "!g:x")
        left = tx.execute(text("SELECT count(*) FROM sync_state WHERE key LIKE 'orphans%'"))
        assert left.scalar() == 0
    upgraded.close()
    assert (held.event_id, held.target_event_id) == ("$c1", "$post")
    event = api.parse_event(json.loads(held.event_json), "!g:x")
    assert event is not None
    [row] = mapping.map_room("!g:x", [], [event]).messages
    assert row == ingest.MessageRow(
        event_id="$c1",
        kind="comment",
        group_id="!g:x",
        author="@a:x",
        body="Ich komme **mit**",
        body_html="<p>Ich komme <strong>mit</strong></p>",
        created_at=datetime(2026, 5, 1, 9, 4, 0, 250_000),
        thread_root_event_id="$post",
        mentions=("@b:x",),
    )


def test_an_index_of_the_old_lexicon_is_rebuilt(tmp_path: Path) -> None:
    # A replica indexed before the word list: parts from the old stem lists, no stems.
    path = tmp_path / "old.db"
    old = open_replica(path, TEST_KEY, create=True, schema="0009")
    with old.begin() as conn:
        _add_group(conn)
        conn.execute(
            text(
                "INSERT INTO message (id, kind, group_id, author, body, body_html, created_at, "
                "deleted, pending) VALUES (1, 'post', '!g:x', '@a:x', "
                "'Het strooirooster en twee aanvragen', '<p>x</p>', '2026-05-01 09:04:00', 0, 0)"
            )
        )
        conn.execute(
            text("INSERT INTO search_message (rowid, body, parts) VALUES (:rowid, :body, '')"),
            {"rowid": (1 << 62) - 1, "body": "het strooirooster en twee aanvragen"},
        )
        assert search.search(conn, "rooster ").hits == []
    old.close()

    upgraded = open_replica(path, TEST_KEY)
    with upgraded.connect() as conn:
        assert [hit.id for hit in search.search(conn, "rooster ").hits] == ["1"]
        assert [hit.id for hit in search.search(conn, "aanvraag ").hits] == ["1"]
    upgraded.close()
