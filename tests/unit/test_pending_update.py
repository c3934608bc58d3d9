"""The next-start hook: a staged, verified bundle replaces the install folder, or waits."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from client.updates import (
    EXECUTABLE,
    PendingUpdate,
    read_pending,
    run_pending,
    version_key,
    write_pending,
)


def _bundle(path: Path, version: str) -> Path:
    path.mkdir(parents=True)
    (path / EXECUTABLE).write_text(version)
    (path / "VERSION").write_text(version)
    return path


def _stage(updates: Path, version: str) -> PendingUpdate:
    bundle = _bundle(updates / "staging" / version / "treffpunkt", version)
    pending = PendingUpdate(version, str(bundle), "archive.tar.gz", "0" * 64)
    write_pending(updates, pending)
    return pending


def test_pending_update_is_swapped_in_and_restarted(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    _stage(updates, "0.2.0")
    restarts: list[tuple[str, list[str]]] = []

    message = run_pending(
        updates,
        install,
        argv=["--minimized"],
        restart=lambda exe, args: restarts.append((exe, args)),
    )

    assert message == "Updated to version 0.2.0."
    assert (install / "VERSION").read_text() == "0.2.0"
    assert (tmp_path / "opt" / ".treffpunkt.old" / "VERSION").read_text() == "0.1.0"
    assert restarts == [(str(install / EXECUTABLE), [str(install / EXECUTABLE), "--minimized"])]
    assert read_pending(updates) is None
    assert not (updates / "staging" / "0.2.0").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_install_keeps_running_and_keeps_the_marker(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    _stage(updates, "0.2.0")
    install.parent.chmod(0o555)
    try:
        message = run_pending(updates, install, restart=lambda *_: pytest.fail("restarted"))
    finally:
        install.parent.chmod(0o755)
    assert message is not None and "managed by your organisation" in message
    assert (install / "VERSION").read_text() == "0.1.0"
    assert read_pending(updates) is not None


def test_incomplete_staging_is_discarded(tmp_path: Path) -> None:
    install = _bundle(tmp_path / "opt" / "treffpunkt", "0.1.0")
    updates = tmp_path / "updates"
    pending = _stage(updates, "0.2.0")
    (Path(pending.bundle_dir) / EXECUTABLE).unlink()
    message = run_pending(updates, install, restart=lambda *_: pytest.fail("restarted"))
    assert message is not None and "incomplete" in message
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
