"""Where decrypted copies of opened documents live, and removing what a crash left there.

*Open* decrypts a document into a private folder and hands it to the system's application
(``ui.documents.opener``). The folder is ``<data folder>/open/<process id>`` (0700): under
the app's own data folder, so that it is found again after a crash or a power cut, and one
per running app, so that one app never removes another's copies. The app removes its folder
when it quits and a copy when its document goes; at start it removes the folders of
processes that no longer run. A process id taken over by another program keeps its folder
until that program ends.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

_FOLDER = "open"


def folder(home: Path, pid: int | None = None) -> Path:
    """The folder of this process's opened copies under the data folder ``home``, made
    private if it is not there."""
    root = home / _FOLDER
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    own = root / str(os.getpid() if pid is None else pid)
    own.mkdir(mode=0o700, exist_ok=True)
    return own


def remove_left_behind(home: Path) -> int:
    """Remove the folders of opened copies whose app no longer runs; returns how many."""
    root = home / _FOLDER
    try:
        entries = list(root.iterdir())
    except FileNotFoundError:
        return 0
    removed = 0
    for entry in entries:
        if not entry.name.isdigit() or not entry.is_dir():
            continue  # not ours
        pid = int(entry.name)
        if pid == os.getpid() or _running(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed += 1
    return removed


def _running(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        # os.kill(pid, 0) would end the process on Windows: ask whether it is still active.
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it runs, as someone else
        code = ctypes.c_ulong()
        try:
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
                code.value == 259  # STILL_ACTIVE
            )
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True
