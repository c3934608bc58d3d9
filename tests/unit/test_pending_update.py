"""The next-start hook: a staged, verified archive replaces the install folder, or waits."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

import pytest

from client.updates import (
    EXECUTABLE,
    Outcome,
    PendingUpdate,
    read_pending,
    run_pending,
    take_outcome,
    version_key,
    write_pending,
)


def _bundle(path: Path, version: str) -> Path:
    path.mkdir(parents=True)
    (path / EXECUTABLE).write_text(version)
    (path / "VERSION").write_text(version)
    return path


def _archive(path: Path, files: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o755
            tar.addfile(info, io.BytesIO(data))
    return path


def _stage(updates: Path, version: str, files: dict[str, bytes] | None = None) -> PendingUpdate:
    if files is None:
        files = {
            f"treffpunkt/{EXECUTABLE}": version.encode(),
            "treffpunkt/VERSION": version.encode(),
        }
    target = f"treffpunkt-{version}-linux-x86_64.tar.gz"
    archive = _archive(updates / "downloads" / target, files)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    pending = PendingUpdate(version, target, str(archive), digest)
    write_pending(updates, pending)
    return pending


def test_pending_update_is_swapped_in_and_restarted(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    pending = _stage(updates, "0.2.0")
    restarts: list[tuple[str, list[str]]] = []

    outcome = run_pending(
        updates,
        install,
        signed_sha256=lambda p: pending.sha256,
        argv=["--minimized"],
        restart=lambda exe, args: restarts.append((exe, args)),
    )

    assert outcome == Outcome("updated", "0.2.0")
    assert (install / "VERSION").read_text() == "0.2.0"
    assert (tmp_path / "opt" / ".treffpunkt.old" / "VERSION").read_text() == "0.1.0"
    assert restarts == [(str(install / EXECUTABLE), [str(install / EXECUTABLE), "--minimized"])]
    assert read_pending(updates) is None
    assert not Path(pending.archive).exists()
    # The new version tells the user, once.
    assert take_outcome(updates) == Outcome("updated", "0.2.0")
    assert take_outcome(updates) is None


@pytest.mark.parametrize("where", ["archive", "marker", "metadata"])
def test_hash_mismatch_keeps_the_running_version(tmp_path: Path, where: str) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    pending = _stage(updates, "0.2.0")
    signed = pending.sha256
    if where == "archive":  # the staged bytes changed after they were verified
        _archive(Path(pending.archive), {f"treffpunkt/{EXECUTABLE}": b"evil"})
    elif where == "marker":  # the marker names a hash no signed metadata holds
        write_pending(updates, PendingUpdate("0.2.0", pending.target, pending.archive, "0" * 64))
    else:
        signed = "f" * 64

    outcome = run_pending(
        updates, install, signed_sha256=lambda p: signed, restart=lambda *_: pytest.fail()
    )

    assert outcome == Outcome("tampered", "0.2.0")
    assert (install / "VERSION").read_text() == "0.1.0"
    assert not (tmp_path / "opt" / ".treffpunkt.old").exists()
    assert read_pending(updates) is None
    assert take_outcome(updates) == outcome


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_install_keeps_running_and_keeps_the_marker(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    _stage(updates, "0.2.0")
    install.parent.chmod(0o555)
    try:
        outcome = run_pending(updates, install, restart=lambda *_: pytest.fail("restarted"))
    finally:
        install.parent.chmod(0o755)
    assert outcome == Outcome("managed", "0.2.0")
    assert (install / "VERSION").read_text() == "0.1.0"
    assert read_pending(updates) is not None


def test_archive_without_the_program_is_discarded(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    _stage(updates, "0.2.0", {"treffpunkt/VERSION": b"0.2.0"})
    outcome = run_pending(updates, install, restart=lambda *_: pytest.fail("restarted"))
    assert outcome is not None and outcome.kind == "failed"
    assert (install / "VERSION").read_text() == "0.1.0"
    assert read_pending(updates) is None


def test_missing_archive_is_discarded(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    Path(_stage(updates, "0.2.0").archive).unlink()
    outcome = run_pending(updates, install, restart=lambda *_: pytest.fail("restarted"))
    assert outcome == Outcome("incomplete", "0.2.0")
    assert (install / "VERSION").read_text() == "0.1.0"
    assert read_pending(updates) is None


def test_nothing_pending_or_not_frozen_does_nothing(tmp_path: Path) -> None:
    assert run_pending(tmp_path / "updates", tmp_path, restart=lambda *_: None) is None
    _stage(tmp_path / "updates", "0.2.0")
    # From a source tree there is no install folder to replace.
    assert run_pending(tmp_path / "updates", None, restart=lambda *_: None) is None


def test_garbled_marker_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "pending.json").write_text("{not json")
    assert read_pending(tmp_path) is None


def test_version_order() -> None:
    assert version_key("0.10.0") > version_key("0.9.9") > version_key("0.9")
    assert version_key("1.0.0rc1") == ()
