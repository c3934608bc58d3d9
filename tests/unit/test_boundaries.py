"""Layer boundaries: the offline core loads neither Qt nor an HTTP library."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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


def test_sync_api_layer_loads_no_qt() -> None:
    code = "import sys, sync.api, sync.transport, sync.devserver; print(' '.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert not {m for m in out.split() if m.split(".")[0] in {"PySide6", "shiboken6"}}


def _imported_modules(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names.add(module)
            # ``from client import models`` names the module as well.
            names.update(f"{module}.{a.name}" for a in node.names)
    return names


def _modules(*packages: str) -> Iterator[tuple[str, ast.AST]]:
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(), str(path))


def test_only_sync_transport_imports_httpx() -> None:
    importers = {
        name
        for name, tree in _modules("client", "sync")
        if any(n.split(".")[0] == "httpx" for n in _imported_modules(tree))
    }
    assert importers == {"sync/transport.py"}


def test_no_module_in_sync_imports_sqlalchemy() -> None:
    """Only client/ knows the replica's schema: sync/ calls client functions (handing on
    a transaction where its writes belong together), never SQL or the ORM's tables."""
    offenders = set()
    for name, tree in _modules("sync"):
        imported = _imported_modules(tree)
        if any(n.split(".")[0] == "sqlalchemy" or n.startswith("client.models") for n in imported):
            offenders.add(name)
        statements = {"exec_driver_sql", "write_session"}
        if any(isinstance(n, ast.Attribute) and n.attr in statements for n in ast.walk(tree)):
            offenders.add(name)
    assert not offenders
