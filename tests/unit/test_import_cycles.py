"""No import cycles between our modules, not even one hidden by an import inside a function.

A cycle makes the order modules load in matter, and an import moved into a function body only
postpones it to whenever that function first runs. So the graph is read from the source with
``ast`` and every import statement counts, wherever it is written, except those under
``if TYPE_CHECKING:``, which never run. ``from package import name`` depends on the submodule
``name`` if there is one, else on the package; a package's ``__init__`` importing its
submodules counts like any other module. (A name given to ``importlib`` is not seen.)
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


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement under ``node`` that can run: not those only for type checkers."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _imports(other)
        else:
            yield from _imports(child)


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
    paths: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return {
        module: {
            target
            for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for target in _targets(node, module, path.name == "__init__.py", paths.keys())
            if target != module
        }
        for module, path in paths.items()
    }


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
