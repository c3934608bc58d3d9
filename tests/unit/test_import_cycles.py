"""No import cycles between our modules, not even one hidden by an import inside a function
or behind a package's lazy module.

A cycle makes the order modules load in matter, and an import moved into a function body only
postpones it to whenever that function first runs. So the graph is read from the source with
``ast`` and every import statement counts, wherever it is written, except those under
``if TYPE_CHECKING:``, which never run. ``from package import name`` depends on the submodule
``name`` if there is one, else on the package; a package's ``__init__`` importing its
submodules counts like any other module.

A lazy module (``ui.lazy``, ``client.lazy``, ``sync.lazy``) imports the module each of its
names stands for when the name is first used: ``lazy.stream`` in a module that imported
``ui.lazy`` as ``lazy`` counts as importing ``ui.stream`` (the table is the lazy module's
``MODULES``), and the lazy modules themselves count as importing nothing. (Any other name
given to ``importlib`` is not seen.)
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("client", "sync", "ui", "devkit", "benchmarks")


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runnable(node: ast.AST) -> Iterator[ast.AST]:
    """``node`` and every node under it that can run: not those only for type checkers."""
    yield node
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _runnable(other)
        else:
            yield from _runnable(child)


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement in ``tree`` that can run."""
    return (node for node in _runnable(tree) if isinstance(node, ast.Import | ast.ImportFrom))


def lazy_table(tree: ast.Module) -> dict[str, str] | None:
    """A lazy module's ``MODULES``: each name and the dotted module it stands for; None for a
    module that has no such table."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["MODULES"]
            and isinstance(node.value, ast.Dict)
        ):
            return {
                ast.literal_eval(key): ast.literal_eval(value)
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if key is not None
            }
    return None


def _lazy_targets(
    tree: ast.AST, module: str, is_package: bool, tables: dict[str, dict[str, str]]
) -> Iterator[str]:
    """The modules that ``lazy.NAME`` stands for, for each lazy module ``module`` imports."""
    bound: dict[str, str] = {}  # local name -> lazy module
    for node in _imports(tree):
        for alias in node.names:
            if isinstance(node, ast.Import):
                if alias.name in tables and alias.asname is not None:
                    bound[alias.asname] = alias.name
            else:
                found = set(_targets(node, module, is_package, tables.keys()))
                submodule = next((t for t in found if t.rsplit(".", 1)[-1] == alias.name), None)
                if submodule is not None:
                    bound[alias.asname or alias.name] = submodule
    for use in _runnable(tree):
        if isinstance(use, ast.Attribute) and isinstance(use.value, ast.Name):
            table = tables.get(bound.get(use.value.id, ""), {})
            if use.attr in table:
                yield table[use.attr]


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, is_package: bool, ours: Collection[str]
) -> Iterator[str]:
    """The modules of ours that an import statement in ``module`` depends on."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names if alias.name in ours)
        return
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        if submodule in ours:
            yield submodule
        elif base in ours:
            yield base


def import_graph(root: Path, packages: Sequence[str]) -> dict[str, set[str]]:
    """Each module of ``packages`` → those of them it imports when it or its functions run."""
    trees: dict[str, tuple[ast.Module, bool]] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            trees[module] = tree, path.name == "__init__.py"
    tables = {
        module: table
        for module, (tree, _) in trees.items()
        if module.rsplit(".", 1)[-1] == "lazy" and (table := lazy_table(tree)) is not None
    }
    graph: dict[str, set[str]] = {}
    for module, (tree, is_package) in trees.items():
        if module in tables:
            graph[module] = set()  # its names load their modules where they are used
            continue
        targets = {t for node in _imports(tree) for t in _targets(node, module, is_package, trees)}
        targets.update(t for t in _lazy_targets(tree, module, is_package, tables) if t in trees)
        graph[module] = targets - {module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """A shortest cycle through each group of modules that import each other (the strongly
    connected components, by Tarjan's algorithm), from the group's first module back to it."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = set(stack[stack.index(module) :])
            del stack[stack.index(module) :]
            if len(component) > 1:
                found.append(_shortest_cycle(graph, component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def _shortest_cycle(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    start = min(component)
    ways = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for module in frontier:
            for target in sorted(graph[module] & component):
                if target == start:
                    return [*ways[module], start]
                if target not in ways:
                    ways[target] = [*ways[module], target]
                    following.append(target)
        frontier = following
    raise AssertionError(f"{sorted(component)} is not a cycle")


def test_our_modules_import_each_other_in_one_direction_only() -> None:
    found = cycles(import_graph(ROOT, PACKAGES))
    assert not found, "import cycles:\n" + "\n".join(" → ".join(cycle) for cycle in found)


def test_a_cycle_hidden_in_a_function_is_found(tmp_path: Path) -> None:
    files = {
        "pkg/__init__.py": "from pkg import a\n",
        "pkg/a.py": "from . import b\nfrom .c import C\n",
        "pkg/b.py": "def later():\n    from pkg import a\n",
        # Only for type checkers: no edge back to a.
        "pkg/c.py": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n"
            "else:\n    import pkg.d\nclass C: ...\n"
        ),
        "pkg/d.py": "import pkg.sub.e\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/e.py": "from .. import helper\n",
        "pkg/helper.py": "import os\n",  # not ours
        "other/f.py": "from pkg import nothing_there, a\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path, ("pkg", "other"))
    assert graph == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.b", "pkg.c"},
        "pkg.b": {"pkg.a"},
        "pkg.c": {"pkg.d"},
        "pkg.d": {"pkg.sub.e"},
        "pkg.helper": set(),
        "pkg.sub": set(),
        "pkg.sub.e": {"pkg.helper"},
        "other.f": {"pkg", "pkg.a"},
    }
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.a"]]
    graph["pkg.sub.e"].add("pkg.c")
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.a"], ["pkg.c", "pkg.d", "pkg.sub.e", "pkg.c"]]


def test_a_cycle_hidden_behind_a_lazy_module_is_found(tmp_path: Path) -> None:
    files = {
        "pkg/__init__.py": "",
        # The lazy module's own imports count for nothing; its names load their modules.
        "pkg/lazy.py": (
            "from typing import TYPE_CHECKING\nfrom pkg.helper import importer\n"
            "if TYPE_CHECKING:\n    from pkg import a\n    from pkg.sub import e\n"
            "MODULES = {'a': 'pkg.a', 'e': 'pkg.sub.e', 'json': 'json'}\n"
        ),
        "pkg/helper.py": "",
        "pkg/a.py": "from pkg import b\n",
        "pkg/b.py": "from pkg import lazy\n\ndef later():\n    return lazy.a.A, lazy.json\n",
        "pkg/sub/__init__.py": "",
        # Bound under another name; another object's attribute of the same name is no use.
        "pkg/sub/e.py": "from .. import lazy as on_demand\n\nother = object()\nother.a\n",
        "pkg/c.py": (
            "import pkg.lazy as lz\nfrom typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    lz.a\nlz.e\n"
        ),
        "pkg/d.py": "from pkg import lazy\nlazy.nothing\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path, ("pkg",))
    assert graph == {
        "pkg": set(),
        "pkg.lazy": set(),
        "pkg.helper": set(),
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.lazy", "pkg.a"},
        "pkg.sub": set(),
        "pkg.sub.e": {"pkg.lazy"},
        "pkg.c": {"pkg.lazy", "pkg.sub.e"},
        "pkg.d": {"pkg.lazy"},
    }
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.a"]]
