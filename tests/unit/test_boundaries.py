"""Layer boundaries: the offline core loads neither Qt nor an HTTP library, the UI reads and
sync writes the replica through the core, and the product never imports the development tools."""

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
    code = (
        "import sys, sync.api, sync.transport, sync.admin.cli, devkit.devserver\n"
        "print(' '.join(sys.modules))"
    )
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


def _importers(top_level: str, packages: tuple[str, ...]) -> set[str]:
    """The files of ``packages`` that import ``top_level`` (or a module of it)."""
    return {
        name
        for name, tree in _modules(*packages)
        if any(n.split(".")[0] == top_level for n in _imported_modules(tree))
    }


def test_only_sync_transport_imports_httpx() -> None:
    assert _importers("httpx", ("client", "sync")) == {"sync/transport.py"}


def test_the_product_never_imports_the_development_tools() -> None:
    # devkit sits above client, sync and ui and is not installed with them.
    assert _importers("devkit", ("client", "sync", "ui")) == set()


def test_no_module_in_sync_imports_sqlalchemy() -> None:
    """Only client/ knows the replica's schema: sync/ calls client functions (handing on
    a transaction where its writes belong together), never SQL, a session or the tables."""
    calls = {"session", "write_session", "exec_driver_sql", "scalar", "scalars"}
    found = []
    for name, tree in _modules("sync"):
        found += [
            f"{name} imports {module}"
            for module in _imported_modules(tree)
            if module.split(".")[0] == "sqlalchemy" or module.startswith("client.models")
        ]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                method = node.func.attr
                # A replica's connection; ``begin`` hands on a transaction to client/.
                if method in calls or (method == "connect" and not node.args):
                    found.append(f"{name}:{node.lineno} calls .{method}()")
    assert found == []


def test_ui_reads_the_replica_through_the_core_only() -> None:
    """The views show rows that ``client.reads`` returns: no module of ui/ imports the
    database stack or the replica's models, or opens a connection or session on a replica."""
    database = ("sqlalchemy", "sqlcipher3", "client.models", "client.ingest")
    # A replica's ways to SQL; ``connect`` and ``begin`` without arguments (Qt's take some).
    calls = {"session", "write_session", "exec_driver_sql", "execute", "scalar", "scalars"}
    bare_calls = {"connect", "begin"}
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    # ``from client import models`` names the module too.
                    else [node.module or "", *(f"{node.module}.{a.name}" for a in node.names)]
                )
                found += [
                    f"{name}:{node.lineno} imports {module}"
                    for module in modules
                    if any(module == m or module.startswith(f"{m}.") for m in database)
                ]
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                method = node.func.attr
                bare = not node.args and not node.keywords
                if method in calls or (method in bare_calls and bare):
                    found.append(f"{name}:{node.lineno} calls .{method}()")
    assert found == []
