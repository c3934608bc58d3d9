"""The update repository that IT hosts: TUF metadata over the release archives.

A plain folder that any static web server can serve::

    REPO/metadata/1.root.json, root.json, targets.json, snapshot.json, timestamp.json
    REPO/targets/treffpunkt-0.2.0-linux-x86_64.tar.gz
    REPO/targets/channels/stable/linux-x86_64.json     {"version": ..., "target": ...}

The channel file is a signed target like the archives, so the client learns the newest
version only from verified data. Each role has its own Ed25519 key, one PEM file per role in
a keys folder (`root.pem`, `targets.pem`, ...): keep `root.pem` and `targets.pem` offline in
production; `snapshot.pem` and `timestamp.pem` must be where `refresh` runs from cron.
Upkeep: `refresh` re-signs snapshot and timestamp before they expire (from cron),
`expiring` tells what expires soon, `rotate_root` replaces the root key with a new root
version that clients holding the old one follow. Used by `packaging/release.py`
(``publish``, ``tuf-refresh``, ``tuf-status``, ``tuf-rotate-root``) and by the tests.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)
from securesystemslib.signer import CryptoSigner, SSlibKey
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

ROLES = ("root", "targets", "snapshot", "timestamp")
# Days until each role's metadata expires. The timestamp is short so that a frozen mirror
# is noticed; `refresh` (from cron) re-signs it and the snapshot.
EXPIRY_DAYS = {"root": 365, "targets": 180, "snapshot": 30, "timestamp": 7}
KEY_PASSWORD_ENV = "TREFFPUNKT_TUF_KEY_PASSWORD"

R = TypeVar("R", Root, Targets, Snapshot, Timestamp)


def channel_path(platform_tag: str, channel: str = "stable") -> str:
    return f"channels/{channel}/{platform_tag}.json"


def load_signers(keys_dir: Path, *, create: bool = False) -> dict[str, CryptoSigner]:
    """One signer per role from `keys_dir/<role>.pem`; new keys are made only on `create`."""
    password = os.environ.get(KEY_PASSWORD_ENV)
    signers: dict[str, CryptoSigner] = {}
    for role in ROLES:
        path = keys_dir / f"{role}.pem"
        if path.exists():
            key = load_pem_private_key(path.read_bytes(), password.encode() if password else None)
            signers[role] = CryptoSigner(key, SSlibKey.from_crypto(key.public_key()))
        elif create:
            signer = CryptoSigner.generate_ed25519()
            keys_dir.mkdir(parents=True, exist_ok=True)
            _write_key(path, signer)
            signers[role] = signer
        else:
            raise FileNotFoundError(f"no {role} key at {path}")
    return signers


def _write_key(path: Path, signer: CryptoSigner) -> None:
    data = signer.private_bytes
    password = os.environ.get(KEY_PASSWORD_ENV)
    if password:
        # A rotated key is protected like the ones it joins.
        data = load_pem_private_key(data, None).private_bytes(
            Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(password.encode())
        )
    # Private keys: readable by the owner only, from the moment they exist.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def _expiry(role: str, now: dt.datetime, days: dict[str, int] | None) -> dt.datetime:
    return (now + dt.timedelta(days=(days or EXPIRY_DAYS)[role])).replace(microsecond=0)


@dataclass
class Repository:
    """A TUF repository folder and the keys that sign it."""

    path: Path
    signers: dict[str, CryptoSigner]

    @property
    def metadata_dir(self) -> Path:
        return self.path / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.path / "targets"

    def _write(self, md: Metadata[R], name: str) -> None:
        md.signatures.clear()
        md.sign(self.signers[md.signed.type])
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        md.to_file(str(self.metadata_dir / name), JSONSerializer(compact=False))

    def _load(self, kind: type[R]) -> Metadata[R]:
        md: Metadata[R] = Metadata.from_file(str(self.metadata_dir / f"{kind.type}.json"))
        if not isinstance(md.signed, kind):
            raise ValueError(f"{kind.type}.json holds {md.signed.type} metadata")
        return md

    def init(self, now: dt.datetime | None = None, days: dict[str, int] | None = None) -> None:
        """A new repository with no targets yet (refuses to overwrite an existing one)."""
        if (self.metadata_dir / "root.json").exists():
            raise FileExistsError(f"{self.metadata_dir} already holds a repository")
        now = now or dt.datetime.now(dt.UTC)
        root = Root(expires=_expiry("root", now, days), consistent_snapshot=False)
        for role in ROLES:
            root.add_key(self.signers[role].public_key, role)
        md_root = Metadata(root)
        self._write(md_root, "1.root.json")
        shutil.copyfile(self.metadata_dir / "1.root.json", self.metadata_dir / "root.json")
        self._write(Metadata(Targets(expires=_expiry("targets", now, days))), "targets.json")
        self._snapshot_and_timestamp(now, days, new=True)

    def _snapshot_and_timestamp(
        self, now: dt.datetime, days: dict[str, int] | None, *, new: bool = False
    ) -> None:
        targets_version = self._load(Targets).signed.version
        if new:
            snapshot = Metadata(Snapshot(expires=_expiry("snapshot", now, days)))
            timestamp = Metadata(Timestamp(expires=_expiry("timestamp", now, days)))
        else:
            snapshot = self._load(Snapshot)
            timestamp = self._load(Timestamp)
            snapshot.signed.version += 1
            timestamp.signed.version += 1
            snapshot.signed.expires = _expiry("snapshot", now, days)
            timestamp.signed.expires = _expiry("timestamp", now, days)
        snapshot.signed.meta["targets.json"] = MetaFile(version=targets_version)
        self._write(snapshot, "snapshot.json")
        timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version)
        self._write(timestamp, "timestamp.json")

    def publish(
        self,
        archives: Iterable[tuple[Path, str, str]],
        *,
        channel: str = "stable",
        now: dt.datetime | None = None,
        days: dict[str, int] | None = None,
    ) -> list[str]:
        """Add release archives, as (file, version, platform tag), and point the channel at them.

        Returns the target paths written. Every role but root gets a new version.
        """
        now = now or dt.datetime.now(dt.UTC)
        md_targets = self._load(Targets)
        targets = md_targets.signed
        written: list[str] = []
        self.targets_dir.mkdir(parents=True, exist_ok=True)
        for archive, version, platform_tag in archives:
            name = archive.name
            shutil.copyfile(archive, self.targets_dir / name)
            targets.targets[name] = TargetFile.from_file(name, str(self.targets_dir / name))
            pointer = channel_path(platform_tag, channel)
            data = json.dumps({"version": version, "target": name}, sort_keys=True).encode()
            (self.targets_dir / pointer).parent.mkdir(parents=True, exist_ok=True)
            (self.targets_dir / pointer).write_bytes(data)
            targets.targets[pointer] = TargetFile.from_data(pointer, data)
            written += [name, pointer]
        targets.version += 1
        targets.expires = _expiry("targets", now, days)
        self._write(md_targets, "targets.json")
        self._snapshot_and_timestamp(now, days)
        return written

    def refresh(
        self,
        now: dt.datetime | None = None,
        days: dict[str, int] | None = None,
        *,
        within: dt.timedelta | None = None,
    ) -> bool:
        """Re-sign snapshot and timestamp with new expiry dates (run it from cron).

        With `within`, only when one of them expires within that time; True when re-signed.
        """
        now = now or dt.datetime.now(dt.UTC)
        if within is not None and not {"snapshot", "timestamp"} & set(self.expiring(now, within)):
            return False
        self._snapshot_and_timestamp(now, days)
        return True

    def expiring(self, now: dt.datetime, within: dt.timedelta) -> dict[str, dt.datetime]:
        """The roles whose metadata expires before `now + within`, with their expiry."""
        expiries = {
            Root.type: self._load(Root).signed.expires,
            Targets.type: self._load(Targets).signed.expires,
            Snapshot.type: self._load(Snapshot).signed.expires,
            Timestamp.type: self._load(Timestamp).signed.expires,
        }
        return {role: when for role, when in expiries.items() if when < now + within}

    def rotate_root(
        self,
        keys_dir: Path,
        now: dt.datetime | None = None,
        days: dict[str, int] | None = None,
    ) -> int:
        """A new root key: the next root version names it, signed by the old and the new key.

        Clients holding the old root accept the new one because the old key signs it, and
        the new key's signature shows the new root is complete by its own rules. The old
        key is kept as `root-vN.pem.retired` (N: the last root version it signed) until the
        release engineer destroys it. Returns the new root version.
        """
        now = now or dt.datetime.now(dt.UTC)
        md = self._load(Root)
        root = md.signed
        old = self.signers["root"]
        new = CryptoSigner.generate_ed25519()
        root.revoke_key(old.public_key.keyid, "root")
        root.add_key(new.public_key, "root")
        root.version += 1
        root.expires = _expiry("root", now, days)
        md.signatures.clear()
        md.sign(old, append=True)
        md.sign(new, append=True)
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        md.to_file(
            str(self.metadata_dir / f"{root.version}.root.json"), JSONSerializer(compact=False)
        )
        shutil.copyfile(
            self.metadata_dir / f"{root.version}.root.json", self.metadata_dir / "root.json"
        )
        retired = keys_dir / f"root-v{root.version - 1}.pem.retired"
        os.replace(keys_dir / "root.pem", retired)
        _write_key(keys_dir / "root.pem", new)
        self.signers["root"] = new
        return root.version
