#!/usr/bin/env python3
"""Checks downloaded Treffpunkt packages against SHA256SUMS and the release signatures.

For IT, before rolling a package out::

    python3 verify.py --key treffpunkt-release.asc treffpunkt_0.2.0_amd64.deb

It needs nothing but Python 3.11 and gpg. For each package it checks, and fails loudly on the
first problem of each: that SHA256SUMS has a valid signature (SHA256SUMS.asc) by a key in
the given public key file (and, with --fingerprint, by exactly that key); that the package
is listed in SHA256SUMS and its SHA-256 matches; and that the package's own detached
signature (PACKAGE.asc) is valid too. Exit code 0 only when every check passed.
`--no-signatures` checks the checksums alone and says so, for unsigned local builds.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SUMS = "SHA256SUMS"


class VerifyError(Exception):
    """One failed check; the message says which and why."""


@dataclass
class Report:
    ok: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def parse_sums(text: str) -> dict[str, str]:
    """`sha256sum` output: "<hex>  <name>" (or " *<name>" in binary mode) per line."""
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r"([0-9a-fA-F]{64}) [ *](.+)", line)
        if not m:
            raise VerifyError(f"{SUMS} line {number} is malformed: {line[:80]!r}")
        sums[m.group(2)] = m.group(1).lower()
    return sums


class Gpg:
    """gpg in a throw-away home that trusts only the given public key file."""

    def __init__(self, key_file: Path, fingerprints: Sequence[str] = ()) -> None:
        gpg = shutil.which("gpg")
        if gpg is None:
            raise VerifyError("gpg is not installed; it is needed to check signatures")
        self._gpg = gpg
        self._home = tempfile.TemporaryDirectory(prefix="treffpunkt-verify-")
        try:
            self._load_key(key_file, fingerprints)
        except BaseException:
            self.close()
            raise

    def _load_key(self, key_file: Path, fingerprints: Sequence[str]) -> None:
        self._run("--import", str(key_file))
        listed = self._run("--with-colons", "--fingerprint").stdout
        self.known = {line.split(":")[9] for line in listed.splitlines() if line.startswith("fpr:")}
        if not self.known:
            raise VerifyError(f"{key_file} holds no public key")
        wanted = {f.replace(" ", "").upper() for f in fingerprints}
        if wanted - self.known:
            raise VerifyError(f"{key_file} does not hold the key {', '.join(wanted - self.known)}")
        self.accepted = wanted or self.known

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [
                self._gpg,
                "--homedir",
                self._home.name,
                "--batch",
                "--no-tty",
                "--status-fd",
                "1",
                *args,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "LC_ALL": "C"},
        )
        if proc.returncode != 0 and args[0] == "--import":
            raise VerifyError(f"cannot read the public key: {proc.stderr.strip()}")
        return proc

    def check(self, signature: Path, data: Path) -> str:
        """The fingerprint that made a valid `signature` over `data`, or VerifyError."""
        if not signature.is_file():
            raise VerifyError(f"signature {signature.name} is missing")
        proc = self._run("--verify", str(signature), str(data))
        status = proc.stdout.splitlines()
        valid = [line.split()[2] for line in status if line.startswith("[GNUPG:] VALIDSIG ")]
        # A signature by a key that is not ours shows up as ERRSIG/NO_PUBKEY, not VALIDSIG.
        if proc.returncode != 0 or not valid:
            reason = (
                "BAD signature"
                if any(" BADSIG " in s for s in status)
                else (
                    "signed by an unknown key"
                    if any(" NO_PUBKEY " in s for s in status)
                    else "not a valid signature"
                )
            )
            raise VerifyError(f"{signature.name}: {reason} over {data.name}")
        # VALIDSIG's primary-key fingerprint is the last field; a subkey may have signed.
        primaries = {line.split()[-1] for line in status if line.startswith("[GNUPG:] VALIDSIG ")}
        if not (set(valid) | primaries) & self.accepted:
            raise VerifyError(f"{signature.name}: signed by {valid[0]}, which is not accepted")
        return valid[0]

    def close(self) -> None:
        # An agent may have been started for the throw-away home; it must not outlive it.
        subprocess.run(
            ["gpgconf", "--homedir", self._home.name, "--kill", "all"], capture_output=True
        )
        self._home.cleanup()


def verify(
    packages: Sequence[Path],
    *,
    key_file: Path | None,
    fingerprints: Sequence[str] = (),
    sums_file: Path | None = None,
    signatures: bool = True,
    out: object = None,
) -> Report:
    report = Report()

    def say(line: str) -> None:
        print(line, file=out if out is not None else sys.stdout)  # type: ignore[arg-type]

    if not packages:
        raise VerifyError("no package given")
    sums_path = sums_file or packages[0].parent / SUMS
    if not sums_path.is_file():
        raise VerifyError(f"{sums_path} is missing")
    gpg: Gpg | None = None
    try:
        if signatures:
            if key_file is None:
                raise VerifyError("--key is required to check signatures (or --no-signatures)")
            gpg = Gpg(key_file, fingerprints)
            fpr = gpg.check(sums_path.with_name(sums_path.name + ".asc"), sums_path)
            say(f"OK   {sums_path.name}: good signature by {fpr}")
        else:
            say(f"WARN {sums_path.name}: signatures NOT checked (--no-signatures)")
        sums = parse_sums(sums_path.read_text(encoding="utf-8"))
        for package in packages:
            try:
                if not package.is_file():
                    raise VerifyError(f"{package} does not exist")
                expected = sums.get(package.name)
                if expected is None:
                    raise VerifyError(f"{package.name} is not listed in {sums_path.name}")
                actual = sha256_file(package)
                if actual != expected:
                    raise VerifyError(
                        f"{package.name}: SHA-256 MISMATCH (listed {expected}, file {actual})"
                    )
                if gpg is not None:
                    gpg.check(package.with_name(package.name + ".asc"), package)
                say(f"OK   {package.name}" + (": checksum and signature" if gpg else ": checksum"))
                report.ok.append(package.name)
            except VerifyError as exc:
                say(f"FAIL {exc}")
                report.failed.append(package.name)
    finally:
        if gpg is not None:
            gpg.close()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="treffpunkt-verify", description=__doc__.split("\n")[0])
    parser.add_argument("packages", nargs="+", type=Path, help="downloaded package files")
    parser.add_argument("--key", type=Path, help="the release public key (ASCII-armoured)")
    parser.add_argument(
        "--fingerprint", action="append", default=[], help="accept only this key (repeatable)"
    )
    parser.add_argument("--sums", type=Path, help=f"the {SUMS} file (default: beside the package)")
    parser.add_argument(
        "--no-signatures", action="store_true", help="check checksums only (unsigned builds)"
    )
    args = parser.parse_args(argv)
    try:
        report = verify(
            args.packages,
            key_file=args.key,
            fingerprints=args.fingerprint,
            sums_file=args.sums,
            signatures=not args.no_signatures,
        )
    except VerifyError as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        print("VERIFICATION FAILED: do not install these files.", file=sys.stderr)
        return 1
    if report.failed:
        print(
            f"VERIFICATION FAILED for {', '.join(report.failed)}: do not install.", file=sys.stderr
        )
        return 1
    print("All checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
