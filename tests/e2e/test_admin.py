"""treffpunkt-admin against a real Synapse: the region, the CSV import, the auth rule that
keeps directory entries personal, and what a client then sees.

Aliases are unique per server and the session's server is shared, so every key and user
name of the test data gets a unique suffix.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import secrets
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from client import search
from client.accounts import Home
from client.credentials import Credentials
from client.keyringstore import KeyringSecretStore
from client.models import Document, Group, Message, Organisation, Person
from devkit import demotimes, sample
from devkit import seed as demo_seed
from devkit.devserver import DevServer, RegisteredUser
from sync import api, joining, mapping
from sync.admin import cli, provision
from sync.admin.config import load_config
from sync.admin.people import read_people_csv
from sync.session import Connected, login
from sync.transport import HttpTransport
from tests.homeserver import timeline
from tests.sync import faults
from tests.sync.faults import Rule

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parent.parent / "data"


def _suffixed_config(run: str) -> dict[str, object]:
    config = load_config(DATA / "admin_region.toml")
    return {
        "organisations": [
            {"key": f"{o.key}-{run}", "name": o.name, "description": o.description}
            for o in config.organisations
        ],
        "groups": [
            {
                "key": f"{g.key}-{run}",
                "name": g.name,
                "description": g.description,
                "kind": g.kind,
                "organisations": [f"{o}-{run}" for o in g.organisations],
                "members": [f"{m}-{run}" for m in g.members],
                "open": g.open,
            }
            for g in config.groups
        ],
    }


def _run_cli(monkeypatch: pytest.MonkeyPatch, token: str, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("TREFFPUNKT_ADMIN_TOKEN", token)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main([*args])
    return code, err.getvalue()


@dataclass
class Region:
    synapse: DevServer
    admin_user: RegisteredUser
    run: str
    tmp: Path
    config_path: Path
    csv_path: Path
    first_import: tuple[int, str]
    rooms: provision.RegionRooms

    def user_id(self, name: str) -> str:
        return self.synapse.user_id(f"{name}-{self.run}")

    def passwords(self) -> dict[str, str]:
        with (self.tmp / "new-accounts.csv").open(newline="") as handle:
            return {row["user id"]: row["initial password"] for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def region(synapse: DevServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Region]:
    """init and import-people through the CLI, once for the module's tests."""
    run = secrets.token_hex(3)
    tmp = tmp_path_factory.mktemp("admin")
    user = synapse.register_user(f"admin-{run}", secrets.token_urlsafe(12), admin=True)
    config_path = tmp / "region.json"
    config_path.write_text(json.dumps(_suffixed_config(run)))
    csv_path = tmp / "people.csv"
    csv_path.write_bytes(
        (DATA / "admin_people.csv").read_bytes().replace(b"{run}", f"-{run}".encode())
    )
    with pytest.MonkeyPatch.context() as mp:
        code, out = _run_cli(
            mp, user.access_token, "--server", synapse.base_url, "init", str(config_path)
        )
        assert code == 0, out
        assert "rooms: created 7, updated 0, unchanged 0" in out
        # Nobody has an account yet: the members are reported, not failed on.
        assert "4 members have no account yet" in out
        first = _run_cli(
            mp,
            user.access_token,
            "--server",
            synapse.base_url,
            "import-people",
            str(csv_path),
            "--new-accounts",
            str(tmp / "new-accounts.csv"),
        )
        assert first[0] == 0, first[1]
        code, out = _run_cli(
            mp, user.access_token, "--server", synapse.base_url, "init", str(config_path)
        )
        assert code == 0, out
        assert "rooms: created 0, updated 0, unchanged 7; members joined 5" in out
        assert "1 members have no account yet" in out  # the external architect
    with synapse.transport(user.access_token) as http:
        prov = provision.Provisioner(http, user.user_id)
        rooms = provision.discover_region(prov)
        yield Region(synapse, user, run, tmp, config_path, csv_path, first, rooms)


def _timeline_size(synapse: DevServer, token: str, room_id: str) -> int:
    with synapse.transport(token) as http:
        page = http.execute(api.messages(room_id, limit=1000))
        assert isinstance(page, api.MessagesResponse), page
    return len(page.chunk)


def test_init_makes_spaces_directories_and_groups_and_is_idempotent(
    synapse: DevServer, region: Region
) -> None:
    token = region.admin_user.access_token
    ermelo, kleve = (f"ermelo-{region.run}", f"kleve-{region.run}")
    assert set(region.rooms.spaces) == {ermelo, kleve}
    with synapse.transport(token) as http:
        prov = provision.Provisioner(http, region.admin_user.user_id)
        space = prov.state(region.rooms.spaces[ermelo])
        assert space[("m.room.create", "")]["type"] == "m.space"
        assert space[(mapping.ORGANISATION_STATE, "")]["name"] == "Gemeente Ermelo"
        directory = prov.state(region.rooms.directories[kleve])
        assert directory[(mapping.DIRECTORY_STATE, "")] == {
            "organisation": region.rooms.spaces[kleve]
        }
        assert directory[("m.room.power_levels", "")]["events"][mapping.PERSON_STATE] == 0
        euregio = prov.find_room(f"group-euregio-{region.run}")
        assert euregio is not None
        group = prov.state(euregio)
        assert group[("m.room.power_levels", "")]["events"][mapping.DOCUMENT_STATE] == 0
        assert group[("m.room.name", "")]["name"] == "Euregio Rijn-Waal"
        parents = {k for (t, k) in group if t == "m.space.parent"}
        assert parents == {region.rooms.spaces[ermelo], region.rooms.spaces[kleve]}
        assert ("m.space.child", euregio) in prov.state(region.rooms.spaces[kleve])

    rooms = [*region.rooms.spaces.values(), *region.rooms.directories.values(), euregio]
    before = {room: _timeline_size(synapse, token, room) for room in rooms}
    code, out = _run_cli(
        pytest.MonkeyPatch(), token, "--server", synapse.base_url, "init", str(region.config_path)
    )
    assert code == 0 and "rooms: created 0, updated 0, unchanged 7; members joined 0" in out
    assert {room: _timeline_size(synapse, token, room) for room in rooms} == before


def test_import_reports_bad_rows_by_line_and_imports_the_rest(region: Region) -> None:
    code, out = region.first_import
    assert code == 0
    problems = [line for line in out.splitlines() if line.startswith("line ")]
    assert problems == [
        "line 5: no user name",
        f"line 6: user name 'kees van-{region.run}' has characters a user name cannot have: ' '",
        "line 8: unknown organisation 'Gemeente Nergens'",
        "line 10: e-mail address 'not-an-address' is not valid",
    ]
    assert "people: created 3, updated 0, unchanged 0, skipped 4" in out
    new_accounts = region.tmp / "new-accounts.csv"
    assert stat.S_IMODE(new_accounts.stat().st_mode) == 0o600
    # "Jan.Bakker" in the file: user names are folded to lower case.
    assert set(region.passwords()) == {
        region.user_id("anke.devries"),
        region.user_id("jan.bakker"),
        region.user_id("juergen.mueller"),
    }


def test_reimport_changes_only_what_changed(
    region: Region, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("--server", region.synapse.base_url, "import-people")
    extra = ("--new-accounts", str(region.tmp / "new-accounts.csv"))
    code, out = _run_cli(
        monkeypatch, region.admin_user.access_token, *args, str(region.csv_path), *extra
    )
    assert code == 0 and "people: created 0, updated 0, unchanged 3, skipped 4" in out
    changed = region.tmp / "people-changed.csv"
    changed.write_text(
        region.csv_path.read_text(encoding="utf-8-sig").replace("wijkcoach", "teamleider"),
        encoding="utf-8",
    )
    code, out = _run_cli(monkeypatch, region.admin_user.access_token, *args, str(changed), *extra)
    assert code == 0 and "people: created 0, updated 1, unchanged 2, skipped 4" in out
    with region.synapse.transport(region.admin_user.access_token) as http:
        entry = http.execute(
            api.get_state_event(
                region.rooms.directories[f"ermelo-{region.run}"],
                mapping.PERSON_STATE,
                region.user_id("anke.devries"),
            )
        )
        assert isinstance(entry, api.ContentResponse), entry
        assert entry.content["title"] == "teamleider"
        assert entry.content["skills"] == ["Omgevingswet", "leerplicht"]
    # Nothing importable at all: exit code 1.
    bad = region.tmp / "bad.csv"
    bad.write_text("name,user name,organisation\nNobody,,Stadt Kleve\n")
    code, out = _run_cli(monkeypatch, region.admin_user.access_token, *args, str(bad), *extra)
    assert code == 1 and "line 2: no user name" in out


def test_nobody_can_write_someone_elses_directory_entry(region: Region) -> None:
    directory = region.rooms.directories[f"ermelo-{region.run}"]
    jan = region.user_id("jan.bakker")
    forged = {"name": "Jan Bakker", "title": "burgemeester", "skills": []}
    with region.synapse.transport(region.admin_user.access_token) as http:
        anke_token = http.execute(api.admin_login_as_user(region.user_id("anke.devries")))
        assert isinstance(anke_token, api.AdminLoginResponse)
        # Anke may write entries (power 0) but not under Jan's user id ...
        refused = http.execute(
            api.put_state_event(directory, mapping.PERSON_STATE, forged, jan),
            access_token=anke_token.access_token,
        )
        assert isinstance(refused, api.MatrixError) and refused.status == 403, refused
        # ... and neither may the admin, whose power is the highest in the room.
        refused = http.execute(api.put_state_event(directory, mapping.PERSON_STATE, forged, jan))
        assert isinstance(refused, api.MatrixError) and refused.status == 403, refused
        entry = http.execute(api.get_state_event(directory, mapping.PERSON_STATE, jan))
        assert isinstance(entry, api.ContentResponse)
        assert entry.content["title"] == "vergunningverlener"


@pytest.fixture
def anke(region: Region, tmp_path: Path) -> Iterator[Connected]:
    user_id = region.user_id("anke.devries")
    home = Home(tmp_path / "home", Credentials(KeyringSecretStore()))
    connected = login(home, region.synapse.base_url, user_id, region.passwords()[user_id])
    yield connected
    connected.close()


def test_a_client_sees_organisations_groups_and_people(region: Region, anke: Connected) -> None:
    anke.engine.sync_once()
    spaces = region.rooms.spaces
    with anke.replica.session() as session:
        orgs = {o.id: o.name for o in session.scalars(select(Organisation))}
        assert orgs == {
            spaces[f"ermelo-{region.run}"]: "Gemeente Ermelo",
            spaces[f"kleve-{region.run}"]: "Stadt Kleve",
        }
        groups = {g.name: g for g in session.scalars(select(Group))}
        assert set(groups) == {"Jeugd & Gezin", "Euregio Rijn-Waal"}
        assert {o.id for o in groups["Euregio Rijn-Waal"].organisations} == set(spaces.values())
        people = {p.user_id: p for p in session.scalars(select(Person))}
        assert set(people) == {
            region.user_id(n) for n in ("anke.devries", "jan.bakker", "juergen.mueller")
        }
        juergen = people[region.user_id("juergen.mueller")]
        assert juergen.organisation_id == spaces[f"kleve-{region.run}"]
        assert juergen.skills == ["Bauleitung", "Niederländisch"]
        assert people[region.user_id("jan.bakker")].location == "Gemeentewerf\nErmelo"
    with anke.replica.connect() as conn:
        hits = search.search(conn, "Bauleitung").hits
        assert [(h.kind, h.id) for h in hits] == [("person", juergen.user_id)]


def _lunch(region: Region) -> str:
    """The open group of the test region."""
    with region.synapse.transport(region.admin_user.access_token) as http:
        room_id = provision.Provisioner(http, region.admin_user.user_id).find_room(
            f"group-lunch-{region.run}"
        )
    assert room_id is not None
    return room_id


def test_an_open_group_is_offered_to_the_organisation_and_joined_without_invitation(
    region: Region, anke: Connected
) -> None:
    lunch = _lunch(region)
    with region.synapse.transport(region.admin_user.access_token) as http:
        rule = http.execute(api.get_state_event(lunch, "m.room.join_rules"))
        assert isinstance(rule, api.ContentResponse)
        assert rule.content["join_rule"] == "restricted"
    anke.engine.sync_once()
    # Anke is in Ermelo's space, not in the group, and has no invitation: it is offered ...
    offered = joining.joinable_groups(anke.replica, anke.transport)
    # Two members: the admin who made it, and Jan.
    assert [(g.group_id, g.name, g.members) for g in offered] == [(lunch, "Lunchwandelen", 2)]
    # ... and she joins it herself.
    assert joining.join_group(anke.transport, offered[0]) == lunch
    anke.engine.sync_once()
    with anke.replica.session() as session:
        assert "Lunchwandelen" in set(session.scalars(select(Group.name)))
    assert joining.joinable_groups(anke.replica, anke.transport) == []


def test_an_open_group_stays_closed_to_who_is_not_in_its_organisation(region: Region) -> None:
    stranger = region.synapse.register_user(f"stranger-{region.run}", "pw")
    with region.synapse.transport(stranger.access_token) as http:
        refused = http.execute(api.join(_lunch(region)))
        assert isinstance(refused, api.MatrixError) and refused.status == 403, refused


# --------------------------------------------------------------------------- seed-demo


def _tiny_sample() -> sample.SampleData:
    """One small working group of the sample with its people, three threads, one document."""
    data = sample.generate()
    by_group = {g.key: [m for m in data.messages if m.group == g.key] for g in data.groups}
    group = min(
        (
            g
            for g in data.groups
            if g.kind != "announcement"
            and any(d.group == g.key for d in data.documents)
            and sum(m.thread_root is None for m in by_group[g.key]) >= 3
            and all(m in data.people_by_id for m in g.members)
        ),
        key=lambda g: len(g.members),
    )
    roots = [m.key for m in by_group[group.key] if m.thread_root is None][:3]
    messages = tuple(m for m in by_group[group.key] if m.key in roots or m.thread_root in roots)
    messages = tuple(
        m if m.answer in {x.key for x in messages} else replace(m, answer=None) for m in messages
    )
    people = tuple(data.people_by_id[m] for m in group.members)
    orgs = {p.organisation_key for p in people} | set(group.organisations)
    return replace(
        data,
        organisations=tuple(o for o in data.organisations if o.key in orgs),
        people=people,
        groups=(group,),
        messages=messages,
        documents=tuple(d for d in data.documents if d.group == group.key)[:1],
        people_by_id={p.user_id: p for p in people},
    )


def test_seed_demo_sends_the_sample_once_as_its_authors_at_the_planned_times(
    synapse: DevServer, tmp_path: Path
) -> None:
    data = _tiny_sample()
    user = synapse.register_user(f"seeder-{secrets.token_hex(3)}", "pw", admin=True)
    progress = tmp_path / "progress.jsonl"
    today = date(2026, 11, 25)

    def seed() -> demo_seed.SeedReport:
        with synapse.transport(user.access_token) as http:
            prov = provision.Provisioner(http, user.user_id, out=io.StringIO())
            return demo_seed.seed_demo(
                prov, data, progress, appservice_token=synapse.appservice_token, today=today
            )

    first = seed()
    assert not first.problems
    expected = sum(1 + len(m.likes) + (m.answer is not None) for m in data.messages)
    assert first.events == expected
    again = seed()
    assert again.events == 0
    assert again.people.created == 0 and again.people.unchanged == len(data.people)
    # Without the progress file (a run stopped before it wrote the last lines), the planned
    # times still find what was sent: nothing twice.
    progress.unlink()
    assert seed().events == 0

    rehomed = demo_seed._rehome(data, synapse.server_name)
    planned = demotimes.plan(rehomed.messages, rehomed.documents, today)
    room_id = first.rooms.groups[data.groups[0].key]
    events = timeline(synapse, user.access_token, room_id)
    sent = [e for e in events if e.type in ("m.room.message", "m.reaction", mapping.ANSWER_EVENT)]
    assert len(sent) == expected
    by_time = {(e.sender, e.origin_server_ts): e for e in sent}
    for m in rehomed.messages:
        event = by_time[(m.author, planned[m.key])]
        assert event.content["app.treffpunkt.markdown"] == m.body
        for index, liker in enumerate(m.likes):
            assert (liker, planned[f"{m.key}-like-{index}"]) in by_time
    (document,) = rehomed.documents
    state = next(e for e in events if e.type == mapping.DOCUMENT_STATE)
    assert (state.sender, state.origin_server_ts) == (document.author, planned[document.key])

    author = data.messages[0].author.replace(f":{sample.SERVER}", f":{synapse.server_name}")
    home = Home(tmp_path / "home", Credentials(KeyringSecretStore()))
    connected = login(home, synapse.base_url, author, demo_seed.DEMO_PASSWORD)
    try:
        connected.engine.sync_once()
        with connected.replica.session() as session:
            bodies = session.scalars(select(Message.kind)).all()
            assert len(bodies) == len(data.messages)
            group = session.scalars(select(Group)).one()
            assert group.name == data.groups[0].name
            documents = session.scalars(select(Document).where(Document.group_id == group.id))
            assert [d.name for d in documents] == [data.documents[0].name]
    finally:
        connected.close()


# --------------------------------------------------------------------------- passwords, tokens


def _capture_tokens(tokens: list[str]) -> faults.Action:
    """Passes the admin's login-as-user on and keeps the token it gave out."""

    def act(request: httpx.Request, forward: faults.Forward) -> httpx.Response:
        response = forward()
        response.read()
        tokens.append(json.loads(response.content)["access_token"])
        return response

    return act


def _lines(path: Path) -> list[list[str]]:
    with path.open(newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_a_password_is_recorded_once_its_account_exists_and_tokens_are_logged_out(
    region: Region, tmp_path: Path
) -> None:
    synapse, run = region.synapse, region.run
    csv_text = (
        "Name;User name;Organisation\n"
        f"Olga Ok;olga-{run};Gemeente Ermelo\n"
        f"Rita Refused;rita-{run};Gemeente Ermelo\n"
        f"Lars Lost;lars-{run};Stadt Kleve\n"
    )
    records, problems = read_people_csv(csv_text)
    assert not problems
    olga, rita, lars = (region.user_id(n) for n in ("olga", "rita", "lars"))
    tokens: list[str] = []
    injector = faults.FaultyTransport(
        [
            # Refused: the account is never made.
            Rule("PUT", rf"/admin/v2/users/{re.escape(rita)}$", faults.status(400)),
            # Made, but every answer is lost on the way back.
            Rule("PUT", rf"/admin/v2/users/{re.escape(lars)}$", faults.reset_after()),
            Rule("POST", r"/admin/v1/users/[^/]+/login$", _capture_tokens(tokens)),
        ]
    )
    out = tmp_path / "new-accounts.csv"
    passwords = provision.PasswordPolicy(out_path=out)
    admin = region.admin_user.access_token
    with HttpTransport(synapse.base_url, access_token=admin, transport=injector) as http:
        prov = provision.Provisioner(
            http, region.admin_user.user_id, retries=2, sleep=lambda _: None, out=io.StringIO()
        )
        report = provision.import_people(prov, records, region.rooms, passwords, scope="own")
    assert report.summary.created == 1 and report.summary.skipped == 2
    recorded = {user: password for user, password in _lines(out)}
    # Rita has no account and no line; Lars's account was made with the password recorded.
    assert set(recorded) == {olga, lars}
    with synapse.transport() as http:
        for user in (olga, lars):
            assert isinstance(
                http.execute(api.login_password(user, recorded[user])), api.LoginResponse
            )
        assert isinstance(http.execute(api.whoami(), access_token=admin), api.WhoamiResponse)
        # Olga's entry was written with a login-as-user token: it no longer works.
        assert tokens
        for token in tokens:
            gone = http.execute(api.whoami(), access_token=token)
            assert isinstance(gone, api.MatrixError) and gone.errcode == "M_UNKNOWN_TOKEN", gone

    # Run again without faults: Rita's account is made now, one line; nobody else gets one.
    for _ in range(2):
        with synapse.transport(admin) as http:
            prov = provision.Provisioner(http, region.admin_user.user_id, out=io.StringIO())
            provision.import_people(prov, records, region.rooms, passwords, scope="own")
        assert [user for user, _ in _lines(out)] == [olga, lars, rita]
