"""Where an account's data lives when nothing says otherwise."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from client.accounts import default_home


def test_the_environment_names_the_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TREFFPUNKT_HOME", str(tmp_path / "elsewhere"))
    assert default_home() == tmp_path / "elsewhere"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG base directories")
def test_linux_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TREFFPUNKT_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_home() == tmp_path / "data" / "treffpunkt"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_home() == tmp_path / "home" / ".local" / "share" / "treffpunkt"
