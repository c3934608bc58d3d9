"""The window's side of updates: a real TUF repository on 127.0.0.1, checked off the GUI thread."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from client import __version__, policy
from client.updates import Outcome, read_pending, record_outcome, updates_dir
from tests.packaging.conftest import new_repository, serve_dir, tufrepo
from ui.mainwindow import MainWindow
from ui.updates import UpdateChecker

__all__ = ["serve_dir"]  # the fixture, shared with the packaging tests

NEXT = "99.0.0"


@pytest.fixture
def repo(tmp_path: Path) -> tufrepo.Repository:
    return new_repository(tmp_path, NEXT, tag())


def tag() -> str:
    from sync.updates import platform_tag

    return platform_tag()


def checker_for(
    window: MainWindow, repo: tufrepo.Repository, url: str | None, tmp_path: Path, **extra: object
) -> UpdateChecker:
    raw: dict[str, object] = {"update_url": url} if url else {}
    raw.update(extra)
    install = tmp_path / "opt" / "treffpunkt"
    install.mkdir(parents=True, exist_ok=True)
    return UpdateChecker(
        policy.from_mapping(raw, "test"),
        window.ctx.home.root,
        window.status,
        window.account_button.menu(),
        root=(repo.metadata_dir / "1.root.json").read_bytes(),
        install_dir=install,
        parent=window,
    )


def test_a_new_version_is_staged_in_the_background_and_offered(
    qtbot: QtBot,
    window: MainWindow,
    repo: tufrepo.Repository,
    tmp_path: Path,
    serve_dir: functools.partial[str],
) -> None:
    checker = checker_for(window, repo, serve_dir(repo.path), tmp_path)
    threads: list[str] = []
    checked = checker.checked.connect(lambda _: threads.append(threading.current_thread().name))
    with qtbot.wait_signal(checker.checked, timeout=20_000) as blocker:
        checker.start()
    checker.checked.disconnect(checked)

    assert threads == ["MainThread"]  # delivered on the GUI thread, fetched elsewhere
    pending = blocker.args[0]
    assert pending is not None and pending.version == NEXT
    assert read_pending(updates_dir(window.ctx.home.root)) == pending
    assert checker.restart_button.isVisibleTo(window)
    assert NEXT in checker.restart_button.accessibleName()
    assert checker.check_action is not None  # users may check: the policy does not forbid it
    with qtbot.wait_signal(checker.restart_requested):
        checker.restart_button.click()
    assert checker.restart_wanted


def test_a_refused_update_says_why_and_keeps_the_version(
    qtbot: QtBot,
    window: MainWindow,
    repo: tufrepo.Repository,
    tmp_path: Path,
    serve_dir: functools.partial[str],
) -> None:
    target = repo.targets_dir / f"treffpunkt-{NEXT}-{tag()}.tar.gz"
    data = bytearray(target.read_bytes())
    data[-20] ^= 0xFF
    target.write_bytes(bytes(data))
    checker = checker_for(window, repo, serve_dir(repo.path), tmp_path, user_updates=False)
    assert checker.check_action is None  # IT forbade checks by the user
    with qtbot.wait_signal(checker.checked, timeout=20_000) as blocker:
        checker.start()
    assert blocker.args == [None]
    assert not checker.restart_button.isVisibleTo(window)
    assert checker.state.isVisibleTo(window)
    assert "Update refused" in checker.state.text() and __version__ in checker.state.text()
    assert "signature" in checker.state.text()
    assert read_pending(updates_dir(window.ctx.home.root)) is None


def test_without_update_url_from_the_policy_nothing_is_checked(
    window: MainWindow, repo: tufrepo.Repository, tmp_path: Path
) -> None:
    checker = checker_for(window, repo, None, tmp_path)
    assert not checker.enabled and checker.check_action is None
    checker.start()
    assert not checker._busy
    assert not checker.state.isVisibleTo(window)


def test_the_outcome_of_the_last_start_is_shown_once(
    window: MainWindow, repo: tufrepo.Repository, tmp_path: Path
) -> None:
    record_outcome(updates_dir(window.ctx.home.root), Outcome("tampered", "0.9.0"))
    checker = checker_for(window, repo, None, tmp_path)
    checker.start()
    assert "0.9.0" in checker.state.text() and "discarded" in checker.state.text()
    assert checker_for(window, repo, None, tmp_path).state.text() == ""
