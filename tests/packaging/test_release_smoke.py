"""Cheap checks of the release tooling that CI can afford (the real build is `make package`)."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import release
import verify

import client
from sync.updates import platform_tag

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_one_everywhere() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["version"] == client.__version__
    assert importlib.metadata.version("treffpunkt") == client.__version__
    assert release.version() == client.__version__


def test_spec_parses_and_names_what_it_needs() -> None:
    source = (ROOT / "packaging" / "treffpunkt.spec").read_text()
    tree = ast.parse(source)
    calls = {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert 'importlib.metadata.version("treffpunkt")' in source
    assert 'packaging" / "entry.py' in source
    # Every data folder the spec ships exists.
    for rel in ("resources/search", "client/migrations/versions"):
        assert (ROOT / rel).is_dir()


def test_release_and_updater_agree_on_platform_names() -> None:
    assert release.platform_tag() == platform_tag()


def test_entry_point_is_ui_app_main() -> None:
    tree = ast.parse((ROOT / "packaging" / "entry.py").read_text())
    imports = {
        (n.module, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names
    }
    assert ("ui.app", "main") in imports


def test_tarball_is_reproducible_and_verifiable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "treffpunkt").write_text("#!/bin/sh\n")
    (bundle / "_internal" / "lib.so").write_bytes(b"\x7fELF")
    out = tmp_path / "out"
    out.mkdir()
    first = release.make_tarball(bundle, out / "treffpunkt-0.1.0-linux-x86_64.tar.gz")
    digest = verify.sha256_file(first)
    assert verify.sha256_file(release.make_tarball(bundle, first)) == digest
    with tarfile.open(first) as tar:
        names = tar.getnames()
        assert {m.uname for m in tar.getmembers()} == {"root"}
    assert names[0] == "treffpunkt" and "treffpunkt/_internal/lib.so" in names
    release.write_sums(out)
    assert verify.main(["--no-signatures", str(first)]) == 0


def test_release_script_help_runs() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "release.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "publish" in proc.stdout and "build" in proc.stdout


def test_wix_source_is_well_formed_and_has_the_silent_install_properties() -> None:
    ns = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    root = ET.parse(ROOT / "packaging" / "windows" / "treffpunkt.wxs").getroot()
    package = root.find("w:Product/w:Package", ns)
    assert package is not None and package.get("InstallScope") == "perMachine"
    props = {p.get("Id") for p in root.iterfind(".//w:Property", ns)}
    assert {"SERVER_URL", "ORGANISATION", "UPDATE_URL", "LOCK_SETTINGS"} <= props
    keys = {r.get("Key") for r in root.iterfind(".//w:RegistryKey", ns)}
    assert r"Software\Policies\Treffpunkt" in keys
