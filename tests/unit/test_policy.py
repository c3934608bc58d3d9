"""IT policy: presets, locks, the effective-settings merge, and bad entries ignored one by one."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from client import policy
from client.policy import Policy


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
# Gemeente Ermelo, rolled out by GPO
server_urls = ["https://intranet.ermelo.nl", "https://matrix.noord-veluwe.nl"]
organisation = "Gemeente Ermelo"
update_url = "https://software.ermelo.nl/treffpunkt/"
offline_retention_days = 60
storage_cap_mb = 4096
locked = ["server_urls", "update_url"]
"""


def test_good_file_presets_and_locks(tmp_path: Path) -> None:
    pol = policy.load(env={policy.ENV_VAR: str(write(tmp_path, GOOD))})
    assert pol.warnings == ()
    assert pol.value("organisation") == "Gemeente Ermelo"
    assert pol.value("server_urls") == [
        "https://intranet.ermelo.nl",
        "https://matrix.noord-veluwe.nl",
    ]
    assert pol.is_locked("server_urls") and pol.is_locked("update_url")
    assert not pol.is_locked("organisation") and pol.is_managed("organisation")
    assert pol.value("offline_retention_days") == 60


def test_effective_merge_order(tmp_path: Path) -> None:
    pol = policy.read_file(write(tmp_path, GOOD))
    user = {
        "organisation": "Sociale Dienst",  # preset, not locked: the user wins
        "server_urls": ["https://evil.example"],  # locked: policy wins
        "storage_cap_mb": "lots",  # invalid user value: dropped, policy preset stays
    }
    eff = pol.effective(user)
    assert eff["organisation"] == "Sociale Dienst"
    assert eff["server_urls"][0] == "https://intranet.ermelo.nl"
    assert eff["storage_cap_mb"] == 4096
    assert eff["offline_retention_days"] == 60
    assert Policy().effective({}) == policy.DEFAULTS


def test_missing_file_is_an_empty_policy(tmp_path: Path) -> None:
    pol = policy.load(env={policy.ENV_VAR: str(tmp_path / "none.toml")})
    assert pol == Policy()
    assert not pol.is_locked("server_urls")


def test_bad_entries_are_ignored_key_by_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = """\
organisation = "Gemeente Harderwijk"
server_urls = ["ftp://files.example"]
update_url = "https://user:secret@updates.example/"
offline_retention_days = "thirty"
storage_cap_mb = true
colour = "blue"
locked = ["organisation", "server_urls", "flavour"]
"""
    with caplog.at_level(logging.WARNING, logger="client.policy"):
        pol = policy.read_file(write(tmp_path, text))
    assert dict(pol.values) == {"organisation": "Gemeente Harderwijk"}
    assert pol.locked == {"organisation"}
    by_key = {(w.key, w.line) for w in pol.warnings}
    assert ("server_urls", 2) in by_key
    assert ("update_url", 3) in by_key
    assert ("offline_retention_days", 4) in by_key
    assert ("storage_cap_mb", 5) in by_key
    assert ("colour", 6) in by_key
    assert ("locked", 7) in by_key  # flavour, and server_urls locked without a valid value
    assert "password" in str(next(w for w in pol.warnings if w.key == "update_url"))
    assert "policy.toml:6: key 'colour': unknown key" in caplog.text


def test_broken_syntax_salvages_the_readable_lines(tmp_path: Path) -> None:
    text = (
        'organisation = "Gemeente Zeewolde"\n'
        "server_urls = [\n"
        '"https://a.example"\n'
        'locked = ["organisation"]\n'
    )
    pol = policy.read_file(write(tmp_path, text))
    assert pol.value("organisation") == "Gemeente Zeewolde"
    assert pol.is_locked("organisation")
    assert pol.value("server_urls") is None
    assert any(w.line == 2 for w in pol.warnings)
    assert any("not valid TOML" in w.message for w in pol.warnings)


def test_unreadable_file_never_raises(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xff\xfe organisation = 1")
    pol = policy.read_file(path)
    assert pol.values == {} and pol.warnings


def test_registry_style_values_and_merge() -> None:
    # The MSI writes strings; the registry wins over the file key by key.
    reg = policy.from_mapping(
        {
            "server_urls": "https://a.example;https://b.example",
            "locked": "server_urls",
            "storage_cap_mb": 512,
        },
        "HKLM",
    )
    file = policy.from_mapping(
        {"server_urls": ["https://file.example"], "organisation": "X"}, "file"
    )
    pol = policy.merge(file, reg)
    assert pol.value("server_urls") == ["https://a.example", "https://b.example"]
    assert pol.value("organisation") == "X"
    assert pol.is_locked("server_urls")
    assert pol.sources == ("file", "HKLM")


def test_default_paths() -> None:
    assert policy.default_path("linux") == Path("/etc/treffpunkt/policy.toml")
    assert policy.default_path("darwin") == Path(
        "/Library/Application Support/Treffpunkt/policy.toml"
    )
    win = policy.default_path("win32", {"ProgramData": "D:\\PD"})
    assert win.parts[-2:] == ("Treffpunkt", "policy.toml")


def test_unknown_key_in_api_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        Policy().is_locked("server_url")


def test_the_largest_download_is_2_gib_unless_it_sets_another(tmp_path: Path) -> None:
    assert Policy().effective()["max_download_mb"] == 2048
    pol = policy.read_file(write(tmp_path, "max_download_mb = 500\n"))
    assert pol.warnings == () and pol.effective()["max_download_mb"] == 500
    bad = policy.read_file(write(tmp_path, "max_download_mb = 0\n"))
    assert [w.key for w in bad.warnings] == ["max_download_mb"]
    assert bad.effective()["max_download_mb"] == 2048
    assert Policy().effective()["auto_download_mb"] == 10
    never = policy.read_file(write(tmp_path, "auto_download_mb = 0\n"))
    assert never.warnings == () and never.effective()["auto_download_mb"] == 0
    bad = policy.read_file(write(tmp_path, "auto_download_mb = -1\n"))
    assert [w.key for w in bad.warnings] == ["auto_download_mb"]


def test_hosts_allowed_over_http_are_exact_host_names(tmp_path: Path) -> None:
    text = 'allow_insecure_http = ["Intranet.Ermelo.Local", "10.1.2.3", "[fe80::1]"]\n'
    pol = policy.read_file(write(tmp_path, text))
    assert pol.warnings == ()
    assert pol.value("allow_insecure_http") == ["intranet.ermelo.local", "10.1.2.3", "fe80::1"]
    # One string, as the registry holds it.
    registry = policy.from_mapping({"allow_insecure_http": "a.local; b.local"}, "registry")
    assert registry.value("allow_insecure_http") == ["a.local", "b.local"]
    assert Policy().effective()["allow_insecure_http"] == []


@pytest.mark.parametrize(
    "value",
    [["http://intranet.local"], ["*.local"], ["intranet.local:8008"], ["a/b"], [True], [], True],
)
def test_anything_but_host_names_allows_nothing(value: object) -> None:
    pol = policy.from_mapping({"allow_insecure_http": value}, "test")
    assert pol.value("allow_insecure_http") is None
    assert [w.key for w in pol.warnings] == ["allow_insecure_http"]


def test_update_keys(tmp_path: Path) -> None:
    pol = policy.read_file(
        write(
            tmp_path,
            'update_channel = "beta"\nupdate_version = "0.3.1"\nuser_updates = false\n',
        )
    )
    assert pol.warnings == ()
    assert (pol.value("update_channel"), pol.value("update_version")) == ("beta", "0.3.1")
    assert pol.value("user_updates") is False
    registry = policy.from_mapping({"user_updates": 0, "update_channel": "Beta!"}, "HKLM")
    assert registry.value("user_updates") is False
    assert [w.key for w in registry.warnings] == ["update_channel"]
    bad = policy.read_file(write(tmp_path, 'update_version = "latest"\nuser_updates = "yes"\n'))
    assert {w.key for w in bad.warnings} == {"update_version", "user_updates"}
    assert Policy().effective()["update_channel"] == "stable"
