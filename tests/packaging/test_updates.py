"""Updates through TUF against a real repository served on 127.0.0.1.

The repository is made by the release tooling (`tufrepo`) with test keys generated here;
the client is the app's own `sync.updates.UpdateClient`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import shutil
from pathlib import Path

import pytest
import release
import tufrepo

from client.updates import read_pending
from sync.updates import UpdateClient, UpdateError, signed_sha256
from tests.packaging.conftest import make_bundle_archive, new_repository

TAG = "linux-x86_64"


@pytest.fixture
def repo(tmp_path: Path) -> tufrepo.Repository:
    return new_repository(tmp_path, "0.1.0", TAG)


def client_for(repo: tufrepo.Repository, url: str, home: Path, version: str) -> UpdateClient:
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    return UpdateClient(url, home / "updates", root, current_version=version, tag=TAG)


def test_update_found_verified_and_staged(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    url = serve_dir(repo.path)
    assert client_for(repo, url, tmp_path / "a", "0.1.0").check() is None  # nothing newer

    repo.publish([(make_bundle_archive(tmp_path, "0.2.0"), "0.2.0", TAG)])
    updater = client_for(repo, url, tmp_path / "home", "0.1.0")
    found = updater.check()
    assert found is not None and found.version == "0.2.0"
    pending = updater.stage(found)

    archive = Path(pending.archive)
    assert archive.name == "treffpunkt-0.2.0-linux-x86_64.tar.gz"
    assert pending.sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert read_pending(tmp_path / "home" / "updates") == pending
    # The hash the marker names is the one the verified metadata on disk signs.
    assert signed_sha256(pending) == pending.sha256
    assert updater.check_and_stage() == pending  # fetched once


def test_policy_pins_a_version_or_a_channel(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    repo.publish([(make_bundle_archive(tmp_path, "0.2.0"), "0.2.0", TAG)])
    repo.publish([(make_bundle_archive(tmp_path, "0.3.0"), "0.3.0", TAG)], channel="beta")
    url = serve_dir(repo.path)
    root = (repo.metadata_dir / "1.root.json").read_bytes()

    def found(**options: str) -> str | None:
        client = UpdateClient(
            url, tmp_path / "home" / "updates", root, current_version="0.2.0", tag=TAG, **options
        )
        update = client.check()
        return None if update is None else update.version

    assert found() is None  # stable holds 0.2.0
    assert found(channel="beta") == "0.3.0"
    assert found(pinned="0.1.0") == "0.1.0"  # IT may also pin an older one
    assert found(pinned="0.2.0") is None
    with pytest.raises(UpdateError) as refused:
        found(pinned="0.9.0")
    assert refused.value.kind == "not_listed"


def test_tampered_archive_is_refused(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    repo.publish([(make_bundle_archive(tmp_path, "0.2.0"), "0.2.0", TAG)])
    target = repo.targets_dir / "treffpunkt-0.2.0-linux-x86_64.tar.gz"
    # Same length, different bytes: only the signed hash can tell.
    data = bytearray(target.read_bytes())
    data[-20] ^= 0xFF
    target.write_bytes(bytes(data))

    updater = client_for(repo, serve_dir(repo.path), tmp_path / "home", "0.1.0")
    found = updater.check()
    assert found is not None
    with pytest.raises(UpdateError, match=r"tampered or damaged") as refused:
        updater.stage(found)
    assert refused.value.kind == "tampered"
    assert read_pending(tmp_path / "home" / "updates") is None
    assert not list((tmp_path / "home" / "updates" / "downloads").glob("*.tar.gz"))


def test_rollback_is_refused(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    old_metadata = tmp_path / "old-metadata"
    shutil.copytree(repo.metadata_dir, old_metadata)
    repo.publish([(make_bundle_archive(tmp_path, "0.2.0"), "0.2.0", TAG)])
    url = serve_dir(repo.path)
    home = tmp_path / "home"
    assert client_for(repo, url, home, "0.1.0").check() is not None  # has seen the new state

    # The mirror is put back to the older (validly signed) state.
    shutil.rmtree(repo.metadata_dir)
    shutil.copytree(old_metadata, repo.metadata_dir)
    with pytest.raises(UpdateError, match="rollback"):
        client_for(repo, url, home, "0.1.0").check()


def test_expired_metadata_is_refused(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    repo.publish([(make_bundle_archive(tmp_path, "0.2.0"), "0.2.0", TAG)], now=past)
    updater = client_for(repo, serve_dir(repo.path), tmp_path / "home", "0.1.0")
    with pytest.raises(UpdateError, match="expired"):
        updater.check()
    assert read_pending(tmp_path / "home" / "updates") is None


def test_metadata_signed_by_another_key_is_refused(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    impostor = tufrepo.Repository(
        tmp_path / "impostor", tufrepo.load_signers(tmp_path / "other-keys", create=True)
    )
    impostor.init()
    impostor.publish([(make_bundle_archive(tmp_path, "9.9.9"), "9.9.9", TAG)])
    updater = UpdateClient(
        serve_dir(impostor.path),
        tmp_path / "home" / "updates",
        root,
        current_version="0.1.0",
        tag=TAG,
    )
    with pytest.raises(UpdateError, match="Update refused"):
        updater.check()


def test_unreachable_server_is_a_clear_error(repo: tufrepo.Repository, tmp_path: Path) -> None:
    updater = client_for(repo, "http://127.0.0.1:9", tmp_path / "home", "0.1.0")
    with pytest.raises(UpdateError, match="could not be reached"):
        updater.check()


def test_a_client_with_the_old_root_follows_two_rotations(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    url = serve_dir(repo.path)
    home = tmp_path / "home"
    first_root = (repo.metadata_dir / "1.root.json").read_bytes()
    assert client_for(repo, url, home, "0.1.0").check() is None  # trusts root 1 now

    keys = tmp_path / "keys"
    assert repo.rotate_root(keys) == 2
    assert repo.rotate_root(keys) == 3
    assert sorted(p.name for p in keys.glob("root-*")) == [
        "root-v1.pem.retired",
        "root-v2.pem.retired",
    ]
    # The keys folder alone signs the next release: root.pem is the newest key.
    reloaded = tufrepo.Repository(repo.path, tufrepo.load_signers(keys))
    reloaded.publish([(make_bundle_archive(tmp_path, "0.2.0"), "0.2.0", TAG)])

    for updater in (
        client_for(repo, url, home, "0.1.0"),  # has seen root 1
        UpdateClient(url, tmp_path / "fresh", first_root, current_version="0.1.0", tag=TAG),
    ):
        found = updater.check()
        assert found is not None and found.version == "0.2.0"
        trusted = json.loads((updater.updates_dir / "metadata" / "root.json").read_bytes())
        assert trusted["signed"]["version"] == 3


def test_a_root_not_signed_by_the_old_key_is_refused(
    repo: tufrepo.Repository, tmp_path: Path, serve_dir: functools.partial[str]
) -> None:
    url = serve_dir(repo.path)
    keys = tmp_path / "keys"
    repo.rotate_root(keys)
    # An attacker without the old root key: root 2 carries only the new key's signature.
    rotated = repo.metadata_dir / "2.root.json"
    md = json.loads(rotated.read_bytes())
    old_keyid = next(
        iter(
            json.loads((repo.metadata_dir / "1.root.json").read_bytes())["signed"]["roles"]["root"][
                "keyids"
            ]
        )
    )
    md["signatures"] = [s for s in md["signatures"] if s["keyid"] != old_keyid]
    rotated.write_text(json.dumps(md))
    with pytest.raises(UpdateError) as refused:
        client_for(repo, url, tmp_path / "home", "0.1.0").check()
    assert refused.value.kind == "unsigned"


def test_refresh_resigns_before_expiry_only(repo: tufrepo.Repository, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.UTC)
    timestamp = repo.metadata_dir / "timestamp.json"
    version = json.loads(timestamp.read_bytes())["signed"]["version"]
    assert not repo.refresh(within=dt.timedelta(days=2))  # valid for 7 days
    assert json.loads(timestamp.read_bytes())["signed"]["version"] == version
    assert set(repo.expiring(now + dt.timedelta(days=6), dt.timedelta(days=2))) == {"timestamp"}

    later = now + dt.timedelta(days=6)
    assert repo.refresh(later, within=dt.timedelta(days=2))
    signed = json.loads(timestamp.read_bytes())["signed"]
    assert signed["version"] == version + 1
    assert signed["expires"] > f"{later + dt.timedelta(days=6):%Y-%m-%d}"


def test_release_script_upkeep_commands(repo: tufrepo.Repository, tmp_path: Path) -> None:
    args = ["--repo", str(repo.path), "--keys", str(tmp_path / "keys")]
    assert release.main(["tuf-status", *args, "--within-days", "3"]) == 0
    assert release.main(["tuf-status", *args, "--within-days", "8"]) == 1  # timestamp: 7
    assert release.main(["tuf-refresh", *args, "--within-days", "3"]) == 0
    assert release.main(["tuf-rotate-root", *args]) == 0
    root = json.loads((repo.metadata_dir / "root.json").read_bytes())
    assert root["signed"]["version"] == 2 and len(root["signatures"]) == 2
