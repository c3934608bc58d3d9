"""Layer boundaries: the offline core loads neither Qt nor an HTTP library, the UI reads
the replica through the core, and the product never imports the development tools."""

from __future__ import annotations

import ast
import subprocess
import sys
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


def _importers(top_level: str, packages: tuple[str, ...]) -> set[str]:
    """The files of ``packages`` that import ``top_level`` (or a module of it)."""
    importers = set()
    for package in packages:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                if any(n.split(".")[0] == top_level for n in names):
                    importers.add(path.relative_to(ROOT).as_posix())
    return importers


def test_only_sync_transport_imports_httpx() -> None:
    assert _importers("httpx", ("client", "sync")) == {"sync/transport.py"}


def test_the_product_never_imports_the_development_tools() -> None:
    # devkit sits above client, sync and ui and is not installed with them.
    assert _importers("devkit", ("client", "sync", "ui")) == set()


def test_ui_reads_the_replica_through_the_core_only() -> None:
    """The views show rows that ``client.reads`` returns: no module of ui/ imports the
    database stack or the replica's models, or opens a connection or session on a replica."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    database = ("sqlalchemy", "sqlcipher3", "client.models", "client.ingest")
    # A replica's ways to SQL; ``connect`` and ``begin`` without arguments (Qt's take some).
    calls = {"session", "write_session", "exec_driver_sql", "execute", "scalar", "scalars"}
    bare_calls = {"connect", "begin"}
    found = []
    for path in sorted((root / "ui").rglob("*.py")):
        name = path.relative_to(root).as_posix()
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
