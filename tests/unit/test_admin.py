"""Pure parts of treffpunkt-admin: the HR export, the region configuration, passwords, and
its retries against httpx.MockTransport (a real server gives 429 and 5xx only when it likes)."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from devkit import sample, seed
from sync import api
from sync.admin import config, people, provision
from sync.backoff import BACKOFF_CAP_S, backoff_delay
from sync.transport import HttpTransport

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_hr_export_in_tests_data() -> None:
    text = people.decode((DATA / "admin_people.csv").read_bytes()).replace("{run}", "")
    records, problems = people.read_people_csv(text)
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
    records, problems = people.read_people_csv(text)
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
    records, problems = people.read_people_csv(people.decode(raw))
    assert [r.name for r in records] == ["Jürgen"] and not problems


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no header"),
        ("name;email\nx;y\n", "no column 'user name', 'organisation'"),
    ],
)
def test_unusable_files(text: str, message: str) -> None:
    with pytest.raises(config.ConfigError, match=message):
        people.read_people_csv(text)


def test_region_config_toml_and_json(tmp_path: Path) -> None:
    region = config.load_config(DATA / "admin_region.toml")
    assert [o.key for o in region.organisations] == ["ermelo", "kleve"]
    assert region.groups[1].organisations == ("ermelo", "kleve")
    assert [g.open for g in region.groups] == [False, False, True]
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
    region = config.load_config(tmp_path / "region.json")
    assert len(region.groups) == 40
    assert region == seed.sample_config(sample.generate())


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
    with pytest.raises(config.ConfigError, match=message):
        config.parse_config(data)


def test_generated_passwords_go_to_a_private_file(tmp_path: Path) -> None:
    out = tmp_path / "new.csv"
    out.write_text("")
    out.chmod(0o644)  # an existing file with wider rights is narrowed
    policy = provision.PasswordPolicy(out_path=out)
    first, second, never = policy.new("@a:x"), policy.new("@b:x"), policy.new("@n:x")
    assert len({first, second, never}) == 3 and len(first) >= 16
    assert out.read_text() == ""  # made, not recorded: no account exists yet
    policy.created("@a:x", first)
    policy.created("@b:x", second)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().splitlines() == [
        "user id,initial password",
        f"@a:x,{first}",
        f"@b:x,{second}",
    ]
    assert policy.written == 2
    fixed = provision.PasswordPolicy(fixed="demo")
    assert fixed.new("@c:x") == "demo"
    fixed.created("@c:x", "demo")
    assert fixed.written == 0


def test_an_open_group_is_restricted_to_its_organisations_spaces() -> None:
    spaces = {"ermelo": "!e:x", "kleve": "!k:x"}
    closed = config.GroupSpec("g", "G", organisations=("ermelo", "kleve"))
    assert provision.group_join_rule(closed, spaces) == {"join_rule": "invite"}
    opened = replace(closed, open=True)
    assert provision.group_join_rule(opened, spaces) == {
        "join_rule": "restricted",
        "allow": [
            {"type": "m.room_membership", "room_id": "!e:x"},
            {"type": "m.room_membership", "room_id": "!k:x"},
        ],
    }


# --------------------------------------------------------------------------- retries

Reply = httpx.Response | type[httpx.TransportError]


def _provisioner(
    replies: list[Reply], *, retries: int = 6
) -> tuple[provision.Provisioner, list[float], list[httpx.Request]]:
    """A provisioner whose server gives ``replies`` in turn; its waits are recorded, not slept."""
    waits: list[float] = []
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        reply = replies.pop(0)
        if isinstance(reply, httpx.Response):
            return reply
        raise reply("no route to host", request=request)

    http = HttpTransport(
        "https://matrix.example", access_token="t", transport=httpx.MockTransport(handler)
    )
    prov = provision.Provisioner(
        http, "@admin:example", retries=retries, sleep=waits.append, rng=lambda: 1.0
    )
    return prov, waits, seen


def _whoami() -> httpx.Response:
    return httpx.Response(200, json={"user_id": "@admin:example"})


def _limited(retry_after_ms: int) -> httpx.Response:
    return httpx.Response(
        429, json={"errcode": "M_LIMIT_EXCEEDED", "error": "slow", "retry_after_ms": retry_after_ms}
    )


def test_a_rate_limit_waits_what_the_server_asks_then_goes_on() -> None:
    prov, waits, seen = _provisioner([_limited(3000), _whoami()])
    assert prov.call(api.whoami()).user_id == "@admin:example"
    assert waits == [3.0]  # the server's delay is longer than the first step of the backoff
    assert len(seen) == 2


def test_server_errors_back_off_like_the_engine_and_give_up_without_a_last_wait() -> None:
    errors: list[Reply] = [httpx.Response(502, text="bad gateway") for _ in range(4)]
    prov, waits, seen = _provisioner(errors, retries=4)
    with pytest.raises(provision.AdminError, match="502"):
        prov.call(api.whoami())
    assert waits == [backoff_delay(n, None, lambda: 1.0) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert len(seen) == 4


def test_a_servers_delay_is_capped_by_the_backoff() -> None:
    prov, waits, _ = _provisioner([_limited(6 * 3600 * 1000), _whoami()])
    prov.call(api.whoami())
    assert waits == [BACKOFF_CAP_S]


def test_a_lost_connection_is_retried() -> None:
    prov, waits, seen = _provisioner([httpx.ConnectError, httpx.ConnectError, _whoami()])
    assert prov.call(api.whoami()).user_id == "@admin:example"
    assert waits == [1.0, 2.0] and len(seen) == 3


def test_a_refusal_is_not_retried() -> None:
    forbidden = httpx.Response(403, json={"errcode": "M_FORBIDDEN", "error": "not an admin"})
    prov, waits, seen = _provisioner([forbidden])
    refused = prov.attempt(api.whoami())
    assert isinstance(refused, api.MatrixError) and refused.errcode == "M_FORBIDDEN"
    assert waits == [] and len(seen) == 1
