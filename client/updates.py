"""Updates that were downloaded and verified, waiting to be put in place at the next start.

`sync.updates` fetches a new version through TUF, checks the archive against its signed
hash and length, and writes a marker here (`pending.json`) with the version, the archive and
its signed SHA-256. A running program is never replaced under itself: at the next start,
before any window opens, `run_pending` hashes the archive again, asks the verified TUF
metadata for the target's hash once more, and only when all three agree unpacks that same
archive next to the install folder (when the user may write there: a per-user tar.gz
install), swaps the folders and starts the new binary. Per-machine installs (.deb, MSI) are
left to IT's software deployment, and the outcome says so to the UI instead.

What happened is kept as `outcome.json` for the window to show (`take_outcome`): the start
that applies an update has no window yet, and after a successful swap it is the new version
that reports it.

No network and no Qt here: this runs first thing in the frozen app.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tarfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import NamedTuple

from client.accounts import default_home

log = logging.getLogger(__name__)

MARKER = "pending.json"
OUTCOME = "outcome.json"
# Name of the program inside a bundle folder.
EXECUTABLE = "treffpunkt.exe" if sys.platform == "win32" else "treffpunkt"


@dataclass(frozen=True)
class PendingUpdate:
    """A verified archive of `version` (TUF target `target`), waiting for the next start."""

    version: str
    target: str
    archive: str
    sha256: str  # as signed in the repository's targets metadata


class Outcome(NamedTuple):
    """What the last attempt to apply or fetch an update did; the UI words it.

    `kind` is one of: updated, managed, tampered, incomplete, failed.
    """

    kind: str
    version: str
    detail: str = ""


class BundleError(ValueError):
    """An archive that is not one program folder with its executable."""


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


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def bundle_folder(archive: Path) -> str:
    """The one top-level folder of a release archive; raises `BundleError` otherwise.

    Checks every member with tarfile's "data" filter (no absolute paths, no "..", no
    devices, no links out) without unpacking anything.
    """
    try:
        with tarfile.open(archive, "r:gz") as tar:
            members = tar.getmembers()
            for member in members:
                tarfile.data_filter(member, "/nonexistent-destination")
    except (tarfile.TarError, OSError) as exc:
        raise BundleError(f"the archive cannot be read ({exc})") from exc
    tops = {Path(m.name).parts[0] for m in members if Path(m.name).parts}
    if len(tops) != 1:
        raise BundleError("the archive does not hold one program folder")
    (top,) = tops
    exe = next((m for m in members if m.name == f"{top}/{EXECUTABLE}"), None)
    if exe is None or not exe.isfile():
        raise BundleError(f"the archive has no {EXECUTABLE}")
    return top


def write_pending(directory: Path, update: PendingUpdate) -> None:
    _write_json(directory, MARKER, asdict(update))


def _write_json(directory: Path, name: str, value: object) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (name + ".tmp")
    tmp.write_text(json.dumps(value, indent=2), encoding="utf-8")
    # The file appears whole or not at all: a crash mid-write must not leave half a path.
    os.replace(tmp, directory / name)


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


def discard_pending(directory: Path, pending: PendingUpdate) -> None:
    """Forget a pending update and its archive (tampered, damaged or not applicable)."""
    clear_pending(directory)
    archive = Path(pending.archive)
    if archive.is_relative_to(directory):
        archive.unlink(missing_ok=True)


def record_outcome(directory: Path, outcome: Outcome) -> Outcome:
    _write_json(directory, OUTCOME, outcome._asdict())
    return outcome


def take_outcome(directory: Path) -> Outcome | None:
    """The outcome recorded since the window last asked, once."""
    path = directory / OUTCOME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        path.unlink(missing_ok=True)
        return Outcome(str(raw["kind"]), str(raw["version"]), str(raw.get("detail", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("ignoring unreadable update outcome: %s", exc)
        path.unlink(missing_ok=True)
        return None


def current_install_dir() -> Path | None:
    """The bundle folder of the running frozen program; None when run from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def _unpack(archive: Path, dest: Path) -> None:
    """Unpacks the archive's program folder as `dest` (a new folder beside the install)."""
    top = bundle_folder(archive)
    work = dest.with_name(dest.name + "-unpack")
    shutil.rmtree(work, ignore_errors=True)
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")
        os.replace(work / top, dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_pending(
    directory: Path | None = None,
    install_dir: Path | None = None,
    *,
    signed_sha256: Callable[[PendingUpdate], str | None] | None = None,
    argv: Sequence[str] | None = None,
    restart: Callable[[str, list[str]], object] = os.execv,
) -> Outcome | None:
    """Put a pending update in place and restart into it; returns what happened, if anything.

    `signed_sha256` gives the hash the verified TUF metadata holds for the marker's target
    (`sync.updates.signed_sha256`). Every failure leaves the running version as it is.
    """
    directory = directory or updates_dir()
    pending = read_pending(directory)
    install_dir = install_dir or current_install_dir()
    if pending is None or install_dir is None:
        return None
    archive = Path(pending.archive)
    try:
        actual = sha256_file(archive)
    except OSError:
        discard_pending(directory, pending)
        return record_outcome(directory, Outcome("incomplete", pending.version))
    signed = signed_sha256(pending) if signed_sha256 is not None else pending.sha256
    if not (actual == pending.sha256 == signed):
        log.warning(
            "update %s refused: archive %s, marker %s, signed %s",
            pending.version,
            actual,
            pending.sha256,
            signed,
        )
        discard_pending(directory, pending)
        return record_outcome(directory, Outcome("tampered", pending.version))
    parent = install_dir.parent
    if not (os.access(install_dir, os.W_OK) and os.access(parent, os.W_OK)):
        # A per-machine install: only the package manager / IT's deployment may change it.
        return record_outcome(directory, Outcome("managed", pending.version))
    old = parent / f".{install_dir.name}.old"
    new = parent / f".{install_dir.name}.new"
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(new, ignore_errors=True)
    try:
        # Unpacked next to the install folder so that the swap is two renames on one disk.
        _unpack(archive, new)
        os.replace(install_dir, old)
        try:
            os.replace(new, install_dir)
        except OSError:
            os.replace(old, install_dir)
            raise
    except (OSError, BundleError) as exc:
        shutil.rmtree(new, ignore_errors=True)
        log.warning("could not install update %s: %s", pending.version, exc)
        if isinstance(exc, BundleError):
            discard_pending(directory, pending)
        return record_outcome(directory, Outcome("failed", pending.version, str(exc)))
    discard_pending(directory, pending)
    log.info("installed update %s into %s", pending.version, install_dir)
    outcome = record_outcome(directory, Outcome("updated", pending.version))
    exe = install_dir / EXECUTABLE
    restart(str(exe), [str(exe), *(sys.argv[1:] if argv is None else argv)])
    return outcome
