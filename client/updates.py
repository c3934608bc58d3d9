"""Updates that were downloaded and verified, waiting to be put in place at the next start.

`sync.updates` fetches a new version through TUF and unpacks it into a staging folder; then
it writes a marker here (`pending.json`). A running program is never replaced under
itself: at the next start, before any window opens, `run_pending` moves the staged bundle
into the install folder (when the user may write there: a per-user tar.gz install) and
starts the new binary. Per-machine installs (.deb, MSI) are left to IT's software
deployment, and the marker says so to the UI instead.

No network and no Qt here: this runs first thing in the frozen app.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from client.accounts import default_home

log = logging.getLogger(__name__)

MARKER = "pending.json"
# Name of the program inside a bundle folder.
EXECUTABLE = "treffpunkt.exe" if sys.platform == "win32" else "treffpunkt"


@dataclass(frozen=True)
class PendingUpdate:
    """A verified, unpacked bundle of `version` in `bundle_dir`, waiting for the next start."""

    version: str
    bundle_dir: str
    archive: str
    sha256: str


def version_key(version: str) -> tuple[int, ...]:
    """Orders release versions ("0.10.2" > "0.9.9"); anything unparsable sorts lowest."""
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        return ()
    return tuple(int(part) for part in version.split("."))


def updates_dir(home: Path | None = None) -> Path:
    if home is None:
        home = default_home()
    return home / "updates"


def bundled_root() -> bytes | None:
    """The update repository's root metadata shipped in the bundle: the TUF trust anchor."""
    path = Path(__file__).resolve().parents[1] / "resources" / "update" / "root.json"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write_pending(directory: Path, update: PendingUpdate) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (MARKER + ".tmp")
    tmp.write_text(json.dumps(asdict(update), indent=2), encoding="utf-8")
    # The marker appears whole or not at all: a crash mid-write must not leave half a path.
    os.replace(tmp, directory / MARKER)


def read_pending(directory: Path) -> PendingUpdate | None:
    try:
        raw = json.loads((directory / MARKER).read_text(encoding="utf-8"))
        return PendingUpdate(**raw)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as exc:
        log.warning("ignoring unreadable update marker: %s", exc)
        return None


def clear_pending(directory: Path) -> None:
    (directory / MARKER).unlink(missing_ok=True)


def current_install_dir() -> Path | None:
    """The bundle folder of the running frozen program; None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def run_pending(
    directory: Path | None = None,
    install_dir: Path | None = None,
    *,
    argv: Sequence[str] | None = None,
    restart: Callable[[str, list[str]], object] = os.execv,
) -> str | None:
    """Put a pending update in place and restart into it; returns a message for the UI.

    Every failure leaves the running version as it is and only costs this one attempt.
    """
    directory = directory or updates_dir()
    pending = read_pending(directory)
    install_dir = install_dir or current_install_dir()
    if pending is None or install_dir is None:
        return None
    staged = Path(pending.bundle_dir)
    if not (staged / EXECUTABLE).is_file():
        clear_pending(directory)
        return f"The staged update {pending.version} is incomplete and was discarded."
    parent = install_dir.parent
    if not (os.access(install_dir, os.W_OK) and os.access(parent, os.W_OK)):
        # A per-machine install: only the package manager / IT's deployment may change it.
        return (
            f"Version {pending.version} is ready, but this installation is managed by your "
            "organisation's software deployment."
        )
    old = parent / f".{install_dir.name}.old"
    new = parent / f".{install_dir.name}.new"
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(new, ignore_errors=True)
    try:
        # Copy next to the install folder first so the swap is two renames on one disk.
        shutil.copytree(staged, new, symlinks=True)
        os.replace(install_dir, old)
        try:
            os.replace(new, install_dir)
        except OSError:
            os.replace(old, install_dir)
            raise
    except OSError as exc:
        shutil.rmtree(new, ignore_errors=True)
        log.warning("could not install update %s: %s", pending.version, exc)
        return (
            f"Version {pending.version} could not be installed ({exc}); this version keeps running."
        )
    clear_pending(directory)
    shutil.rmtree(staged.parent if staged.parent != directory else staged, ignore_errors=True)
    log.info("installed update %s into %s", pending.version, install_dir)
    exe = install_dir / EXECUTABLE
    restart(str(exe), [str(exe), *(sys.argv[1:] if argv is None else argv)])
    return f"Updated to version {pending.version}."
