"""Checking IT's update repository and staging a new version, verified through TUF.

The update repository (see `packaging/tufrepo.py`) is plain files on a web server that IT
runs; the policy's `update_url` points at it. python-tuf's `Updater` checks every piece of
metadata against the trusted root that ships in the bundle (following root rotations),
and every downloaded file against the signed hashes and lengths, so a tampered archive, a
rolled-back or frozen mirror, expired metadata and a wrong signature are all refused. A
refused update raises `UpdateError`, whose `kind` the UI words for the user; nothing is
staged, and the running version keeps working.

Which version: the newest on the policy's channel (`update_channel`, "stable" unless set),
whose pointer `channels/CHANNEL/PLATFORM.json` is itself a signed target; or, when the
policy pins one (`update_version`), exactly that version, older or newer.

HTTP goes through tuf's own urllib3 fetcher, not `sync.transport`: that one speaks the
Matrix API to the homeserver, this one fetches files from a different server.
"""

from __future__ import annotations

import json
import logging
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata, Root, Targets
from tuf.api.serialization.json import CanonicalJSONSerializer
from tuf.ngclient import Updater, UpdaterConfig

from client import __version__
from client.updates import (
    BundleError,
    PendingUpdate,
    bundle_folder,
    read_pending,
    sha256_file,
    version_key,
    write_pending,
)

log = logging.getLogger(__name__)

CHANNEL = "stable"
APP = "treffpunkt"


def platform_tag() -> str:
    """Names the build an archive is for, as the release script does: `linux-x86_64`."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def archive_name(version: str, tag: str) -> str:
    """The target name of a release archive, as `packaging/release.py` names it."""
    return f"{APP}-{version}-{tag}.tar.gz"


class UpdateError(Exception):
    """An update was refused or could not be fetched.

    `kind` says why, for the UI to word: expired, rollback, tampered, unsigned,
    unreachable, unverified, malformed, not_listed, unpack. `str()` is for the log.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class AvailableUpdate:
    version: str
    target: str
    length: int


def _refused(exc: Exception) -> UpdateError:
    keep = f"Treffpunkt {__version__} keeps running."
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        kind, why = (
            "expired",
            "the update information has expired (the update server is out of date)",
        )
    elif isinstance(exc, tuf_errors.BadVersionNumberError):
        kind, why = (
            "rollback",
            "the update server offered older information than already seen (rollback)",
        )
    elif isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        kind, why = (
            "tampered",
            "a downloaded file does not match its signed description (tampered or damaged)",
        )
    elif isinstance(exc, tuf_errors.UnsignedMetadataError):
        kind, why = "unsigned", "the update information is not signed by the trusted keys"
    elif isinstance(exc, tuf_errors.DownloadError):
        kind, why = "unreachable", f"the update server could not be reached ({exc})"
    else:
        kind, why = "unverified", f"the update could not be verified ({exc})"
    return UpdateError(kind, f"Update refused: {why}. {keep}")


class UpdateClient:
    """Checks one update repository for another version and stages it for the next start."""

    def __init__(
        self,
        repo_url: str,
        updates_dir: Path,
        trusted_root: bytes,
        *,
        current_version: str = __version__,
        tag: str | None = None,
        channel: str = CHANNEL,
        pinned: str | None = None,
    ) -> None:
        self.repo_url = repo_url.rstrip("/")
        self.updates_dir = updates_dir
        self.current_version = current_version
        self.tag = tag or platform_tag()
        self.channel = channel
        self.pinned = pinned
        self._root = trusted_root

    def _tuf(self) -> Updater:
        # A new Updater each time: it loads the trusted metadata once, when it is made, and
        # a check hours later must start from what the last one verified.
        metadata_dir = self.updates_dir / "metadata"
        downloads = self.updates_dir / "downloads"
        metadata_dir.mkdir(parents=True, exist_ok=True)
        downloads.mkdir(parents=True, exist_ok=True)
        return Updater(
            metadata_dir=str(metadata_dir),
            metadata_base_url=f"{self.repo_url}/metadata/",
            target_dir=str(downloads),
            target_base_url=f"{self.repo_url}/targets/",
            config=UpdaterConfig(app_user_agent=f"Treffpunkt/{__version__}"),
            bootstrap=self._root,
        )

    def _wanted(self, updater: Updater) -> tuple[str, str] | None:
        """(version, target) to run, from the pin or the channel; None when up to date."""
        if self.pinned is not None:
            if self.pinned == self.current_version:
                return None
            return self.pinned, archive_name(self.pinned, self.tag)
        pointer = updater.get_targetinfo(f"channels/{self.channel}/{self.tag}.json")
        if pointer is None:
            return None
        with open(updater.download_target(pointer), "rb") as f:
            channel = json.load(f)
        version, target = str(channel["version"]), str(channel["target"])
        if version_key(version) <= version_key(self.current_version):
            return None
        return version, target

    def check(self) -> AvailableUpdate | None:
        """The version to update to, or None. Raises `UpdateError` when refused."""
        try:
            updater = self._tuf()
            updater.refresh()
            wanted = self._wanted(updater)
            if wanted is None:
                return None
            version, target = wanted
            info = updater.get_targetinfo(target)
        except (tuf_errors.RepositoryError, tuf_errors.DownloadError) as exc:
            raise _refused(exc) from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise UpdateError(
                "malformed", f"Update refused: the channel file is malformed ({exc})."
            ) from exc
        if info is None:
            raise UpdateError(
                "not_listed", f"Update refused: {target} is not in the signed target list."
            )
        return AvailableUpdate(version, target, info.length)

    def stage(self, update: AvailableUpdate) -> PendingUpdate:
        """Download and verify `update`, and leave the marker for the next start."""
        try:
            updater = self._tuf()
            updater.refresh()
            info = updater.get_targetinfo(update.target)
            if info is None:
                raise UpdateError(
                    "not_listed", f"Update refused: {update.target} is no longer listed."
                )
            # download_target checks length and hashes before the file gets its final name.
            archive = Path(updater.download_target(info))
        except (tuf_errors.RepositoryError, tuf_errors.DownloadError) as exc:
            raise _refused(exc) from exc
        try:
            bundle_folder(archive)
        except BundleError as exc:
            archive.unlink(missing_ok=True)
            raise UpdateError("unpack", f"Update refused: {exc}.") from exc
        pending = PendingUpdate(
            version=update.version,
            target=update.target,
            archive=str(archive),
            sha256=info.hashes["sha256"],
        )
        write_pending(self.updates_dir, pending)
        log.info("update %s staged as %s", update.version, archive)
        return pending

    def check_and_stage(self) -> PendingUpdate | None:
        update = self.check()
        if update is None:
            return None
        staged = read_pending(self.updates_dir)
        if staged is not None and staged.target == update.target:
            try:
                if sha256_file(Path(staged.archive)) == staged.sha256:
                    return staged  # fetched at an earlier check, still whole
            except OSError:
                pass
        return self.stage(update)


def signed_sha256(pending: PendingUpdate, updates_dir: Path | None = None) -> str | None:
    """The SHA-256 the verified targets metadata on this computer holds for the target.

    Offline: the metadata a check verified stays in `updates/metadata`; its signatures are
    checked again here against the root verified with it, so a marker cannot name an
    archive that no signed metadata describes.
    """
    directory = updates_dir or Path(pending.archive).parents[1]
    try:
        root: Metadata[Root] = Metadata.from_file(str(directory / "metadata" / "root.json"))
        targets: Metadata[Targets] = Metadata.from_file(
            str(directory / "metadata" / "targets.json")
        )
        canonical = CanonicalJSONSerializer()
        for role, md in ((Root.type, root), (Targets.type, targets)):
            root.signed.verify_delegate(role, canonical.serialize(md.signed), md.signatures)
        info = targets.signed.targets.get(pending.target)
    except (OSError, ValueError, tuf_errors.RepositoryError) as exc:
        log.warning("update metadata unusable: %s", exc)
        return None
    return None if info is None else info.hashes.get("sha256")
