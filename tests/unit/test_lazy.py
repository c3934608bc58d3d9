"""The lazy modules (``ui.lazy``, ``client.lazy``, ``sync.lazy``): each names the same modules
for mypy as it imports when a name is first used, and importing it loads none of them."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from client import lazy
from client.lazy import importer
from tests.unit.test_import_cycles import ROOT, lazy_table

LAZY_MODULES = ("ui.lazy", "client.lazy", "sync.lazy")


def _source(module: str) -> ast.Module:
    path = ROOT / Path(*module.split(".")).with_suffix(".py")
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _for_type_checkers(tree: ast.Module) -> dict[str, str]:
    """What the ``if TYPE_CHECKING:`` block binds: each name and the module it is."""
    names: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"):
            continue
        for statement in node.body:
            assert isinstance(statement, ast.Import | ast.ImportFrom), ast.unparse(statement)
            for alias in statement.names:
                if isinstance(statement, ast.Import):
                    # ``import a.b`` would bind ``a``: only whole names or ``as``.
                    assert alias.asname or "." not in alias.name, ast.unparse(statement)
                    names[alias.asname or alias.name] = alias.name
                else:
                    names[alias.asname or alias.name] = f"{statement.module}.{alias.name}"
    return names


def _exported(tree: ast.Module) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [
            "__all__"
        ]:
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    return []


@pytest.mark.parametrize("module", LAZY_MODULES)
def test_the_types_and_the_table_name_the_same_modules(module: str) -> None:
    tree = _source(module)
    table = lazy_table(tree)
    assert table, f"{module} has no MODULES"
    assert _for_type_checkers(tree) == table
    assert sorted(_exported(tree)) == sorted(table)


@pytest.mark.parametrize("module", LAZY_MODULES)
def test_importing_a_lazy_module_loads_none_of_its_modules(module: str) -> None:
    table = lazy_table(_source(module))
    assert table
    code = (
        "import importlib, json, sys\n"
        "importlib.import_module(sys.argv[1])\n"
        "print(json.dumps(sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)))"
    )
    watched = [*table.values(), "PySide6"]
    out = subprocess.run(
        [sys.executable, "-c", code, module, json.dumps(watched)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert json.loads(out) == []


def test_a_name_loads_its_module_on_first_use_and_is_kept() -> None:
    namespace: dict[str, object] = {}
    getattr_ = importer("made_up", {"settings": "configparser"}, namespace)
    assert getattr_("settings") is importlib.import_module("configparser")
    assert namespace == {"settings": sys.modules["configparser"]}
    with pytest.raises(AttributeError, match="module 'made_up' has no attribute 'nothing'"):
        getattr_("nothing")


def test_a_lazy_module_answers_its_names_only() -> None:
    assert lazy.store is importlib.import_module("client.store")
    assert vars(lazy)["store"] is lazy.store  # found directly from now on
    assert not hasattr(lazy, "nothing")
