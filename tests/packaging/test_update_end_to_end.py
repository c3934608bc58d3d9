"""A installs B: a real update from a TUF repository on 127.0.0.1, as the user's program.

The bundles are not PyInstaller builds (two of them would take most of the suite's time
budget): each is the program's source (`client`, `sync`, `ui`, the resources and the frozen
entry script `packaging/entry.py`) in the bundle layout, `treffpunkt/treffpunkt` plus
`treffpunkt/_internal/`, with its own version and the repository's root shipped as the
trust anchor, and a launcher that starts this interpreter the way PyInstaller's bootloader
starts a frozen one (`sys.frozen`, `sys.executable` the bundle's program). Packing, the
update repository, publishing, downloading, verifying and the swap at start are the
release's and the app's own code. Where this checkout has run `make package`, one test also
updates to that real PyInstaller build.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
import release

import client
from client.updates import read_pending
from sync.updates import platform_tag
from tests.packaging.conftest import tufrepo

ROOT = Path(__file__).resolve().parents[2]
A, B = "1.0.0", "1.1.0"
LAUNCHER = """\
#!{python}
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.frozen = True
sys.executable = os.path.join(here, "treffpunkt")
sys.path[0] = os.path.join(here, "_internal")
sys.argv[0] = sys.executable
runpy.run_path(os.path.join(here, "_internal", "entry.py"), run_name="__main__")
"""


def source_bundle(where: Path, version: str, update_root: Path) -> Path:
    """The program as a bundle folder of `version`, trusting the repository's root."""
    bundle = where / f"bundle-{version}" / "treffpunkt"
    internal = bundle / "_internal"
    ignore = shutil.ignore_patterns("__pycache__")
    for package in ("client", "sync", "ui"):
        shutil.copytree(ROOT / package, internal / package, ignore=ignore)
    for data in ("i18n", "icons", "style", "search"):
        shutil.copytree(ROOT / "resources" / data, internal / "resources" / data, ignore=ignore)
    (internal / "resources" / "update").mkdir()
    shutil.copyfile(update_root, internal / "resources" / "update" / "root.json")
    shutil.copyfile(ROOT / "packaging" / "entry.py", internal / "entry.py")
    init = internal / "client" / "__init__.py"
    text, count = re.subn(r'__version__ = "[^"]*"', f'__version__ = "{version}"', init.read_text())
    assert count == 1
    init.write_text(text)
    exe = bundle / "treffpunkt"
    exe.write_text(LAUNCHER.format(python=sys.executable))
    exe.chmod(0o755)
    return bundle


class Installed:
    """A per-user install of A with a policy pointing at the repository."""

    def __init__(self, tmp_path: Path, archive: Path, url: str) -> None:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp_path / "opt", filter="data")
        self.exe = tmp_path / "opt" / "treffpunkt" / "treffpunkt"
        self.home = tmp_path / "home"
        self.policy = tmp_path / "policy.toml"
        self.policy.write_text(f'update_url = "{url}"\n', encoding="utf-8")
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "TREFFPUNKT_HOME": str(self.home),
            "TREFFPUNKT_POLICY": str(self.policy),
            "PYTHONDONTWRITEBYTECODE": "1",
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.exe), *args], env=self.env, capture_output=True, text=True, timeout=120
        )

    def version(self) -> str:
        proc = self.run("--version")
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.split()[-1]


class Setup(NamedTuple):
    repo: tufrepo.Repository
    build: Callable[[str], Path]  # a version's release archive
    app: Installed


@pytest.fixture
def setup(tmp_path: Path, serve_dir: functools.partial[str]) -> Setup:
    keys = tmp_path / "keys"
    repo_dir = tmp_path / "repo"
    assert release.main(["publish", "--init", "--repo", str(repo_dir), "--keys", str(keys)]) == 0
    repo = tufrepo.Repository(repo_dir, tufrepo.load_signers(keys))
    root = repo.metadata_dir / "1.root.json"
    release_dir = tmp_path / "release"
    release_dir.mkdir()

    def build(version: str) -> Path:
        bundle = source_bundle(tmp_path, version, root)
        out = release_dir / f"treffpunkt-{version}-{platform_tag()}.tar.gz"
        return release.make_tarball(bundle, out)

    installed = Installed(tmp_path, build(A), serve_dir(repo_dir))
    return Setup(repo, build, installed)


def publish(repo: tufrepo.Repository, archive: Path) -> None:
    keys = ["--repo", str(repo.path), "--keys", str(repo.path.parent / "keys")]
    assert release.main(["publish", *keys, str(archive)]) == 0


def test_a_updates_itself_to_b_and_starts_as_b(setup: Setup) -> None:
    repo, build, app = setup
    assert app.version() == A
    assert app.run("--check-update").returncode == 3  # nothing newer yet

    publish(repo, build(B))
    checked = app.run("--check-update")
    assert checked.returncode == 0, checked.stderr
    assert B in checked.stdout
    # The next start puts B in place and starts B, with the same arguments.
    assert app.version() == B
    assert app.version() == B
    old = app.exe.parent.parent / ".treffpunkt.old" / "_internal" / "client" / "__init__.py"
    assert f'"{A}"' in old.read_text()
    assert read_pending(app.home / "updates") is None


def test_policy_can_forbid_checks_by_the_user(setup: Setup) -> None:
    repo, build, app = setup
    publish(repo, build(B))
    with app.policy.open("a", encoding="utf-8") as policy:
        policy.write("user_updates = false\n")
    proc = app.run("--check-update")
    assert proc.returncode == 4 and "does not allow" in proc.stderr
    assert read_pending(app.home / "updates") is None
    assert app.version() == A


def _refused(app: Installed, kind: str) -> None:
    proc = app.run("--check-update")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert kind in proc.stderr
    assert read_pending(app.home / "updates") is None
    assert app.version() == A


def test_expired_timestamp_leaves_a_running(setup: Setup) -> None:
    repo, build, app = setup
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    repo.publish([(build(B), B, platform_tag())], now=past)
    _refused(app, "expired")


def test_rollback_to_older_metadata_leaves_a_running(setup: Setup, tmp_path: Path) -> None:
    repo, build, app = setup
    publish(repo, build(B))
    before = tmp_path / "metadata-with-b"
    shutil.copytree(repo.metadata_dir, before)
    repo.publish([(build("1.2.0"), "1.2.0", platform_tag())])
    assert app.run("--check-update").returncode == 0  # has seen 1.2.0's metadata
    (app.home / "updates" / "pending.json").unlink()  # not installed yet
    shutil.rmtree(repo.metadata_dir)
    shutil.copytree(before, repo.metadata_dir)  # the mirror goes back to an older state
    _refused(app, "rollback")


def test_wrong_signature_leaves_a_running(setup: Setup, tmp_path: Path) -> None:
    repo, build, app = setup
    impostor = tufrepo.Repository(
        tmp_path / "impostor", tufrepo.load_signers(tmp_path / "other-keys", create=True)
    )
    impostor.init()
    impostor.publish([(build(B), B, platform_tag())])
    shutil.rmtree(repo.metadata_dir)
    shutil.copytree(impostor.metadata_dir, repo.metadata_dir)
    shutil.copytree(impostor.targets_dir, repo.targets_dir, dirs_exist_ok=True)
    _refused(app, "not signed by the trusted keys")


def test_staged_archive_changed_before_the_start_leaves_a_running(
    setup: Setup,
) -> None:
    repo, build, app = setup
    publish(repo, build(B))
    assert app.run("--check-update").returncode == 0
    pending = read_pending(app.home / "updates")
    assert pending is not None
    # Same length, other bytes, after the verified download: the start must notice.
    data = bytearray(Path(pending.archive).read_bytes())
    data[-20] ^= 0xFF
    Path(pending.archive).write_bytes(bytes(data))
    assert app.version() == A
    assert read_pending(app.home / "updates") is None
    assert not (app.exe.parent.parent / ".treffpunkt.old").exists()
    outcome = (app.home / "updates" / "outcome.json").read_text()
    assert '"tampered"' in outcome


def test_a_updates_itself_to_the_packaged_build(setup: Setup) -> None:
    """B is the PyInstaller tar.gz of `make package`, when this checkout has built one.

    Its version is older than A's here, so the policy pins it, as IT would to roll back.
    """
    packaged = (
        ROOT / "build" / "release" / f"treffpunkt-{client.__version__}-{platform_tag()}.tar.gz"
    )
    if not packaged.exists():
        pytest.skip("no packaged build: run `make package` first")
    repo, _build, app = setup
    publish(repo, packaged)
    with app.policy.open("a", encoding="utf-8") as policy:
        policy.write(f'update_version = "{client.__version__}"\n')
    assert app.run("--check-update").returncode == 0
    assert app.version() == client.__version__  # the frozen program now answers
    assert (app.exe.parent / "_internal").is_dir() and app.exe.read_bytes()[:4] == b"\x7fELF"
