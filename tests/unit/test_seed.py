"""Pure parts of the demo seed (devkit.seed): the sample rehomed, the seed marker."""

from __future__ import annotations

import json
from pathlib import Path

from devkit import sample, seed


def test_sample_is_rehomed_to_the_servers_name() -> None:
    data = seed._rehome(sample.generate(), "treffpunkt.test")
    assert all(p.user_id.endswith(":treffpunkt.test") for p in data.people)
    assert all(m.endswith(":treffpunkt.test") for g in data.groups for m in g.members)
    assert not any(f":{sample.SERVER}" in m.body for m in data.messages)
    assert set(data.people_by_id) == {p.user_id for p in data.people}


def test_first_threads_keeps_comments_with_their_posts() -> None:
    messages = sample.generate().messages
    subset = seed.first_threads(messages, 5)
    roots = {m.key for m in subset if m.thread_root is None}
    assert len(roots) == 5
    assert all(m.thread_root in roots for m in subset if m.thread_root)


def test_the_sample_has_open_groups_for_every_organisation_the_demo_user_can_join() -> None:
    data = sample.generate()
    anke = "@anke.devries:intranet.test"
    opened = [g for g in data.groups if g.open]
    for org in data.organisations:
        assert sum(org.key in g.organisations for g in opened) >= 3, org.key
    not_joined = [g for g in opened if anke not in g.members]
    assert len(not_joined) >= 3
    people = {p.user_id for p in data.people}
    assert all(set(g.members) != people for g in opened)


def test_an_older_demo_seed_is_removed_and_the_servers_keys_kept(tmp_path: Path) -> None:
    marker = tmp_path / seed.SEED_MARKER
    marker.write_text(json.dumps({"seeded_at": "2026-01-01T00:00:00+00:00"}))
    assert seed._seed_version(marker) == 1  # markers before the version field
    kept = ("port", "signing.key", "registration_shared_secret", "appservice_as_token")
    gone = (seed.SEED_MARKER, "seed-progress.jsonl", "admin-token", "homeserver.db")
    for name in (*kept, *gone[1:]):
        (tmp_path / name).write_text("x")
    (tmp_path / "media_store" / "local_content").mkdir(parents=True)
    seed._reset_demo(tmp_path)
    assert all((tmp_path / name).exists() for name in kept)
    assert not any((tmp_path / name).exists() for name in gone)
    assert not (tmp_path / "media_store").exists()
    marker.write_text(json.dumps({"version": seed.SEED_VERSION}))
    assert seed._seed_version(marker) == seed.SEED_VERSION
