"""Checking IT's update repository and staging a new version, verified through TUF.

The update repository (see `packaging/tufrepo.py`) is plain files on a web server that IT
runs; the policy's `update_url` points at it. python-tuf's `Updater` checks every piece of
metadata against the trusted root that ships in the bundle, and every downloaded file
against the signed hashes and lengths, so a tampered archive, a rolled-back or frozen
mirror and expired metadata are all refused. A refused update raises `UpdateError` with a
message for the user; nothing is staged, and the running version keeps working.

HTTP goes through tuf's own urllib3 fetcher, not `sync.transport`: that one speaks the
Matrix API to the homeserver, this one fetches files from a different server.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import shutil
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from tuf.api import exceptions as tuf_errors
from tuf.ngclient import Updater, UpdaterConfig

from client import __version__
from client.updates import PendingUpdate, version_key, write_pending

log = logging.getLogger(__name__)

CHANNEL = "stable"


def platform_tag() -> str:
    """Names the build an archive is for, as the release script does: `linux-x86_64`."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


class UpdateError(Exception):
    """An update was refused or could not be fetched; `str()` is meant for the user."""


@dataclass(frozen=True)
class AvailableUpdate:
    version: str
    target: str
    length: int


def _explain(exc: Exception) -> str:
    keep = f"Treffpunkt {__version__} keeps running."
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        why = "the update information has expired (the update server is out of date)"
    elif isinstance(exc, tuf_errors.BadVersionNumberError):
        why = "the update server offered older information than already seen (rollback)"
    elif isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        why = "a downloaded file does not match its signed description (tampered or damaged)"
    elif isinstance(exc, tuf_errors.UnsignedMetadataError):
        why = "the update information is not signed by the trusted keys"
    elif isinstance(exc, tuf_errors.DownloadError):
        why = f"the update server could not be reached ({exc})"
    else:
        why = f"the update could not be verified ({exc})"
    return f"Update refused: {why}. {keep}"


class UpdateClient:
    """Checks one update repository for a newer version and stages it for the next start."""

    def __init__(
        self,
        repo_url: str,
        updates_dir: Path,
        trusted_root: bytes,
        *,
        current_version: str = __version__,
        tag: str | None = None,
    ) -> None:
        self.repo_url = repo_url.rstrip("/")
        self.updates_dir = updates_dir
        self.current_version = current_version
        self.tag = tag or platform_tag()
        self._root = trusted_root
        self._updater: Updater | None = None

    def _tuf(self) -> Updater:
        if self._updater is None:
            metadata_dir = self.updates_dir / "metadata"
            downloads = self.updates_dir / "downloads"
            metadata_dir.mkdir(parents=True, exist_ok=True)
            downloads.mkdir(parents=True, exist_ok=True)
            self._updater = Updater(
                metadata_dir=str(metadata_dir),
                metadata_base_url=f"{self.repo_url}/metadata/",
                target_dir=str(downloads),
                target_base_url=f"{self.repo_url}/targets/",
                config=UpdaterConfig(app_user_agent=f"Treffpunkt/{__version__}"),
                bootstrap=self._root,
            )
        return self._updater

    def check(self) -> AvailableUpdate | None:
        """The newer version on the channel, or None. Raises `UpdateError` when refused."""
        try:
            updater = self._tuf()
            updater.refresh()
            pointer = updater.get_targetinfo(f"channels/{CHANNEL}/{self.tag}.json")
            if pointer is None:
                return None
            with open(updater.download_target(pointer), "rb") as f:
                channel = json.load(f)
            version, target = str(channel["version"]), str(channel["target"])
            if version_key(version) <= version_key(self.current_version):
                return None
            info = updater.get_targetinfo(target)
        except tuf_errors.RepositoryError as exc:
            raise UpdateError(_explain(exc)) from exc
        except tuf_errors.DownloadError as exc:
            raise UpdateError(_explain(exc)) from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise UpdateError(f"Update refused: the channel file is malformed ({exc}).") from exc
        if info is None:
            raise UpdateError(f"Update refused: {target} is not in the signed target list.")
        return AvailableUpdate(version, target, info.length)

    def stage(self, update: AvailableUpdate) -> PendingUpdate:
        """Download, verify and unpack `update`, and leave the marker for the next start."""
        updater = self._tuf()
        try:
            info = updater.get_targetinfo(update.target)
            if info is None:
                raise UpdateError(f"Update refused: {update.target} is no longer listed.")
            # download_target checks length and hashes before the file gets its final name.
            archive = Path(updater.download_target(info))
        except (tuf_errors.RepositoryError, tuf_errors.DownloadError) as exc:
            raise UpdateError(_explain(exc)) from exc
        staging = self.updates_dir / "staging" / update.version
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        try:
            with tarfile.open(archive, "r:gz") as tar:
                # The "data" filter refuses absolute paths, "..", devices and links out.
                tar.extractall(staging, filter="data")
        except (tarfile.TarError, OSError) as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise UpdateError(f"Update refused: the archive cannot be unpacked ({exc}).") from exc
        bundles = [p for p in staging.iterdir() if p.is_dir()]
        if len(bundles) != 1:
            shutil.rmtree(staging, ignore_errors=True)
            raise UpdateError("Update refused: the archive does not hold one program folder.")
        pending = PendingUpdate(
            version=update.version,
            bundle_dir=str(bundles[0]),
            archive=str(archive),
            sha256=hashlib.sha256(archive.read_bytes()).hexdigest(),
        )
        write_pending(self.updates_dir, pending)
        log.info("update %s staged in %s", update.version, staging)
        return pending

    def check_and_stage(self) -> PendingUpdate | None:
        update = self.check()
        return self.stage(update) if update else None
