"""Pure parts of treffpunkt-admin: the HR export, the region configuration, passwords."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from devkit import sample
from sync import admin

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_hr_export_in_tests_data() -> None:
    text = admin._decode((DATA / "admin_people.csv").read_bytes()).replace("{run}", "")
    records, problems = admin.read_people_csv(text)
    assert [(r.line, r.user_name) for r in records] == [
        (2, "anke.devries"),
        (3, "jan.bakker"),  # "Jan.Bakker": folded to lower case
        (7, "juergen.mueller"),
        (8, "piet.elders"),  # the organisation is checked against the server's
    ]
    assert [str(p) for p in problems] == [
        "line 5: no user name",
        "line 6: user name 'kees van' has characters a user name cannot have: ' '",
        "line 10: e-mail address 'not-an-address' is not valid",
    ]
    anke, jan, juergen, _ = records
    assert anke.skills == ("Omgevingswet", "leerplicht")
    assert juergen.skills == ("Bauleitung", "Niederländisch")
    assert jan.location == "Gemeentewerf\nErmelo"  # a quoted field over two lines


def test_comma_separated_with_other_header_spellings() -> None:
    text = (
        "Full Name,Username,Email,Organization,Job Title,Skills\n"
        'Ute Weber,ute.weber,UTE@kleve.example,Stadt Kleve,Amtsleiterin,"GIS; Excel ;GIS"\n'
        "Ute Again,ute.weber,,Stadt Kleve,,\n"
        "Bob,@bob:x.org,,Stadt Kleve,,\n"
    )
    records, problems = admin.read_people_csv(text)
    [ute] = records
    assert (ute.name, ute.email, ute.title, ute.skills) == (
        "Ute Weber",
        "ute@kleve.example",
        "Amtsleiterin",
        ("GIS", "Excel"),
    )
    assert [str(p) for p in problems] == [
        "line 3: user name 'ute.weber' already on line 2",
        "line 4: user name '@bob:x.org': give the name without @ and server",
    ]


def test_cp1252_export_is_read() -> None:
    raw = "name;user name;organisation\nJürgen;juergen;Stadt Kleve\n".encode("cp1252")
    records, problems = admin.read_people_csv(admin._decode(raw))
    assert [r.name for r in records] == ["Jürgen"] and not problems


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no header"),
        ("name;email\nx;y\n", "no column 'user name', 'organisation'"),
    ],
)
def test_unusable_files(text: str, message: str) -> None:
    with pytest.raises(admin.ConfigError, match=message):
        admin.read_people_csv(text)


def test_region_config_toml_and_json(tmp_path: Path) -> None:
    config = admin.load_config(DATA / "admin_region.toml")
    assert [o.key for o in config.organisations] == ["ermelo", "kleve"]
    assert config.groups[1].organisations == ("ermelo", "kleve")
    assert [g.open for g in config.groups] == [False, False, True]
    # The sample's groups.json can be named as it is.
    (tmp_path / "region.json").write_text(
        json.dumps(
            {
                "organisations": [
                    {"key": o.key, "name": o.name, "description": o.description}
                    for o in sample.ORGANISATIONS
                ],
                "groups": str(sample.RESOURCES / "groups.json"),
            }
        )
    )
    region = admin.load_config(tmp_path / "region.json")
    assert len(region.groups) == 40
    assert region == admin.sample_config(sample.generate())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"organisations": [{"key": "Ermelo", "name": "E"}]}, "may hold only"),
        ({"organisations": [{"key": "e"}]}, "'name' must be text"),
        (
            {"organisations": [], "groups": [{"key": "g", "name": "G", "organisations": ["x"]}]},
            "unknown organisation x",
        ),
        ({"organisations": [{"key": "e", "name": "E"}, {"key": "e", "name": "F"}]}, "same key"),
        ([], "must be an object"),
        (
            {"organisations": [], "groups": [{"key": "g", "name": "G", "open": "yes"}]},
            "'open' must be true or false",
        ),
        (
            {"organisations": [], "groups": [{"key": "g", "name": "G", "open": True}]},
            "an open group needs an organisation",
        ),
    ],
)
def test_bad_region_config(data: object, message: str) -> None:
    with pytest.raises(admin.ConfigError, match=message):
        admin.parse_config(data)


def test_generated_passwords_go_to_a_private_file(tmp_path: Path) -> None:
    out = tmp_path / "new.csv"
    out.write_text("")
    out.chmod(0o644)  # an existing file with wider rights is narrowed
    policy = admin.PasswordPolicy(out_path=out)
    first, second = policy("@a:x"), policy("@b:x")
    assert first != second and len(first) >= 16
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().splitlines() == [
        "user id,initial password",
        f"@a:x,{first}",
        f"@b:x,{second}",
    ]
    assert admin.PasswordPolicy(fixed="demo")("@c:x") == "demo"


def test_sample_is_rehomed_to_the_servers_name() -> None:
    data = admin._rehome(sample.generate(), "treffpunkt.test")
    assert all(p.user_id.endswith(":treffpunkt.test") for p in data.people)
    assert all(m.endswith(":treffpunkt.test") for g in data.groups for m in g.members)
    assert not any(f":{sample.SERVER}" in m.body for m in data.messages)
    assert set(data.people_by_id) == {p.user_id for p in data.people}


def test_first_threads_keeps_comments_with_their_posts() -> None:
    messages = sample.generate().messages
    subset = admin._first_threads(messages, 5)
    roots = {m.key for m in subset if m.thread_root is None}
    assert len(roots) == 5
    assert all(m.thread_root in roots for m in subset if m.thread_root)


def test_an_open_group_is_restricted_to_its_organisations_spaces() -> None:
    spaces = {"ermelo": "!e:x", "kleve": "!k:x"}
    closed = admin.GroupSpec("g", "G", organisations=("ermelo", "kleve"))
    assert admin.group_join_rule(closed, spaces) == {"join_rule": "invite"}
    opened = replace(closed, open=True)
    assert admin.group_join_rule(opened, spaces) == {
        "join_rule": "restricted",
        "allow": [
            {"type": "m.room_membership", "room_id": "!e:x"},
            {"type": "m.room_membership", "room_id": "!k:x"},
        ],
    }


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
    marker = tmp_path / admin.SEED_MARKER
    marker.write_text(json.dumps({"seeded_at": "2026-01-01T00:00:00+00:00"}))
    assert admin._seed_version(marker) == 1  # markers before the version field
    kept = ("port", "signing.key", "registration_shared_secret", "appservice_as_token")
    gone = (admin.SEED_MARKER, "seed-progress.jsonl", "admin-token", "homeserver.db")
    for name in (*kept, *gone[1:]):
        (tmp_path / name).write_text("x")
    (tmp_path / "media_store" / "local_content").mkdir(parents=True)
    admin._reset_demo(tmp_path)
    assert all((tmp_path / name).exists() for name in kept)
    assert not any((tmp_path / name).exists() for name in gone)
    assert not (tmp_path / "media_store").exists()
    marker.write_text(json.dumps({"version": admin.SEED_VERSION}))
    assert admin._seed_version(marker) == admin.SEED_VERSION
