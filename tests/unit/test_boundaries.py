"""Layer boundaries: the offline core loads neither Qt nor an HTTP library."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after_import(module: str) -> set[str]:
    code = (
        f"import sys, {module}, pkgutil, importlib\n"
        f"for m in pkgutil.walk_packages({module}.__path__, '{module}.'):\n"
        "    if '.migrations.' not in m.name: importlib.import_module(m.name)\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return set(out.split())


def test_client_loads_neither_qt_nor_httpx() -> None:
    loaded = _loaded_after_import("client")
    assert not {m for m in loaded if m.split(".")[0] in {"PySide6", "httpx", "shiboken6"}}
