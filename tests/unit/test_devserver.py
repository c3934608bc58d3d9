"""devkit.devserver without starting Synapse: the config it writes and the venv guard."""

from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path

import pytest

from devkit import devserver
from devkit.devserver import DevServer, SynapseSetupError, ensure_synapse_venv


def test_config_is_local_closed_and_unthrottled(tmp_path: Path) -> None:
    server = DevServer(tmp_path / "data")
    server.port = 8448
    config = server.config()
    (listener,) = config["listeners"]
    assert listener["bind_addresses"] == ["127.0.0.1"]
    assert listener["x_forwarded"] is False
    assert [r["names"] for r in listener["resources"]] == [["client"]]  # no federation
    assert config["enable_registration"] is False
    assert config["presence"] == {"enabled": False}
    assert config["trusted_key_servers"] == []
    assert config["user_directory"]["search_all_users"] is True
    assert config["filter_timeline_limit"] == 1000
    assert config["database"]["name"] == "sqlite3"
    for key in ("rc_message", "rc_registration", "rc_admin_redaction", "rc_3pid_validation"):
        assert config[key]["per_second"] >= 10_000, key
    for group, parts in {
        "rc_login": ("address", "account", "failed_attempts"),
        "rc_joins": ("local", "remote"),
        "rc_invites": ("per_room", "per_user", "per_issuer"),
        "rc_presence": ("per_user",),
    }.items():
        for part in parts:
            assert config[group][part]["burst_count"] >= 10_000, (group, part)
    for path_key in ("media_store_path", "signing_key_path", "log_config"):
        assert Path(config[path_key]).is_relative_to(tmp_path / "data"), path_key


def test_secrets_are_random_per_data_dir_and_private(tmp_path: Path) -> None:
    first = DevServer(tmp_path / "a")
    assert first.shared_secret == DevServer(tmp_path / "a").shared_secret
    assert first.shared_secret != DevServer(tmp_path / "b").shared_secret
    mode = (tmp_path / "a" / "registration_shared_secret").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_signing_key_is_in_synapse_format(tmp_path: Path) -> None:
    server = DevServer(tmp_path)
    server._ensure_signing_key()
    alg, version, seed = (tmp_path / "signing.key").read_text().split()
    assert alg == "ed25519" and version.startswith("a_") and len(seed) == 43


def test_postgresql_config_points_synapse_at_the_private_cluster(tmp_path: Path) -> None:
    server = DevServer(tmp_path, database="postgresql")
    database = server.config()["database"]
    assert database["name"] == "psycopg2"
    assert database["args"]["host"] == "127.0.0.1"
    assert DevServer(tmp_path)._postgres is None
    with pytest.raises(ValueError):
        DevServer(tmp_path, database="mysql")  # type: ignore[arg-type]


def test_venv_failure_says_why(tmp_path: Path) -> None:
    with pytest.raises(SynapseSetupError, match="creating the virtualenv failed"):
        ensure_synapse_venv(
            tmp_path / "venv", tmp_path / "pins.txt", python=str(tmp_path / "no-python")
        )


def test_stamped_venv_is_not_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pins = tmp_path / "pins.txt"
    pins.write_text("matrix-synapse==1.0\n")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(sys.executable)
    (venv / devserver.STAMP_NAME).write_text(devserver._constraints_hash(pins) + "\n")

    def no_setup(command: list[str], what: str) -> str:
        raise AssertionError(f"ran {what}")

    monkeypatch.setattr(devserver, "_run_setup", no_setup)
    assert ensure_synapse_venv(venv, pins) == venv / "bin" / "python"
    pins.write_text("matrix-synapse==2.0\n")  # new pins: rebuild
    with pytest.raises(AssertionError, match="installing matrix-synapse"):
        ensure_synapse_venv(venv, pins)


def test_the_dev_appservice_may_act_for_every_local_user_unthrottled(tmp_path: Path) -> None:
    server = DevServer(tmp_path / "data", server_name="intranet.test")
    server.port = 8448
    server.write_config()
    assert server.config()["app_service_config_files"] == [str(server.appservice_path)]
    assert stat.S_IMODE(server.appservice_path.stat().st_mode) == 0o600
    registration = json.loads(server.appservice_path.read_text())
    assert registration["as_token"] == server.appservice_token
    assert registration["as_token"] != registration["hs_token"]
    assert registration["rate_limited"] is False
    assert registration["url"] is None  # Synapse pushes it nothing
    (users,) = registration["namespaces"]["users"]
    assert users["exclusive"] is False  # the users stay ordinary accounts
    pattern = re.compile(users["regex"])
    assert pattern.fullmatch("@anke.devries:intranet.test")
    assert pattern.fullmatch("@juergen.hoffmann:intranet.test")
    assert not pattern.fullmatch("@anke.devries:example.org")
    # Random per data directory, and kept there.
    assert server.appservice_token == DevServer(tmp_path / "data").appservice_token
    assert server.appservice_token != DevServer(tmp_path / "other").appservice_token
