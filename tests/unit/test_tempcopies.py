"""The folder of opened documents' decrypted copies: private, one per running app, and
what a crashed app left there removed at the next start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from client import tempcopies


def _ended_process() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_each_app_has_a_private_folder_under_the_data_folder(tmp_path: Path) -> None:
    folder = tempcopies.folder(tmp_path / "home")
    assert folder == tmp_path / "home" / "open" / str(os.getpid())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert tempcopies.folder(tmp_path / "home") == folder  # the same one again


def test_what_a_crashed_app_left_is_removed_and_running_apps_keep_theirs(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    crashed = tempcopies.folder(home, _ended_process()) / "doc-1"
    crashed.mkdir()
    (crashed / "Protokoll.txt").write_text("decrypted")
    own = tempcopies.folder(home) / "doc-2"
    own.mkdir()
    running = tempcopies.folder(home, os.getppid())  # another app, still running
    stray = home / "open" / "notes"
    stray.mkdir()

    assert tempcopies.remove_left_behind(home) == 1
    assert not crashed.parent.exists()
    assert own.exists() and running.exists() and stray.exists()
    assert tempcopies.remove_left_behind(tmp_path / "nothing-here") == 0
