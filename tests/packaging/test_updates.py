"""Updates through TUF against a real repository served on 127.0.0.1.

The repository is made by the release tooling (`tufrepo`) with test keys generated here;
the client is the app's own `sync.updates.UpdateClient`.
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
from pathlib import Path

import pytest
import tufrepo

from client.updates import read_pending
from sync.updates import UpdateClient, UpdateError
from tests.packaging.conftest import make_bundle_archive

TAG = "linux-x86_64"


@pytest.fixture
def repo(tmp_path: Path) -> tufrepo.Repository:
    repository = tufrepo.Repository(
        tmp_path / "repo", tufrepo.load_signers(tmp_path / "keys", create=True)
    )
    repository.init()
    repository.publish([(make_bundle_archive(tmp_path, "0.1.0"), "0.1.0", TAG)])
    return repository


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

    staged = Path(pending.bundle_dir)
    assert (staged / "_internal" / "VERSION").read_text() == "0.2.0"
    assert (staged / "treffpunkt").stat().st_mode & 0o111
    assert read_pending(tmp_path / "home" / "updates") == pending


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
    with pytest.raises(UpdateError, match=r"tampered or damaged.*0\.1\.0 keeps running"):
        updater.stage(found)
    assert read_pending(tmp_path / "home" / "updates") is None
    assert not (tmp_path / "home" / "updates" / "staging").exists()


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
