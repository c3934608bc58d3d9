"""Development code and data stay out of what users install: the wheel and the frozen app.

devkit/ (the demo, the sample region, the local Synapse) and resources/sample are for
developers; the wheel's packages come from setuptools' discovery as pyproject.toml
configures it, and the PyInstaller spec excludes both by name. Checked without building.
"""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from pathlib import Path
from typing import Any

from setuptools import find_namespace_packages, find_packages

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "treffpunkt.spec"


def _setuptools_config() -> dict[str, Any]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools: dict[str, Any] = config["tool"]["setuptools"]
    return setuptools


def test_the_wheels_packages_are_the_product_without_devkit() -> None:
    find: dict[str, Any] = _setuptools_config()["packages"]["find"]
    assert set(find) <= {"include", "exclude", "namespaces"}
    # What setuptools does with [tool.setuptools.packages.find] (namespaces by default).
    discover = find_namespace_packages if find.get("namespaces", True) else find_packages
    packages: list[str] = discover(
        where=str(ROOT), include=find.get("include", ["*"]), exclude=find.get("exclude", [])
    )
    tops = {name.split(".")[0] for name in packages}
    assert tops == {"client", "sync", "ui"}
    assert {"sync.admin", "client.migrations"} <= set(packages)
    assert not [name for name in packages if name.startswith(("devkit", "resources", "tests"))]


def test_the_wheels_package_data_holds_no_sample() -> None:
    package_data: dict[str, list[str]] = _setuptools_config()["package-data"]
    for package, patterns in package_data.items():
        folder = ROOT / package.replace(".", "/")
        for pattern in patterns:
            for path in folder.glob(pattern):
                assert "sample" not in path.relative_to(ROOT).parts, path
    assert not fnmatch.filter(package_data, "devkit*")


def _literal(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in the spec")


def test_the_spec_excludes_devkit_and_the_sample_data() -> None:
    source = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(source)
    excludes = _literal(tree, "DEV_EXCLUDES")
    assert isinstance(excludes, list) and "devkit" in excludes
    assert "excludes=QT_EXCLUDES + DEV_EXCLUDES" in source
    assert _literal(tree, "DEV_DATA") == ("resources/sample",)
    # No data entry, hidden import or collected package names them.
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if text in ("devkit", "resources/sample"):
                continue  # the exclusions themselves
            assert "devkit" not in text and "sample" not in text, text
    collected = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "collect_submodules"
        and isinstance(node.args[0], ast.Constant)
    ]
    assert collected == ["client"]
