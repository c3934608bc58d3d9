"""packaging/verify.py against real gpg signatures made with a throw-away key."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import verify

pytestmark = pytest.mark.skipif(shutil.which("gpg") is None, reason="gpg is not installed")


@dataclass(frozen=True)
class Signed:
    dir: Path
    package: Path
    key: Path
    fingerprint: str
    gpg: list[str]


def _gpg(home: Path) -> list[str]:
    return ["gpg", "--homedir", str(home), "--batch", "--no-tty", "--quiet"]


def _new_key(home: Path, name: str) -> str:
    home.mkdir(mode=0o700)
    # Ed25519 without a passphrase: generated in well under a second.
    subprocess.run(
        [*_gpg(home), "--passphrase", "", "--quick-gen-key", name, "ed25519", "sign", "never"],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [*_gpg(home), "--with-colons", "--fingerprint", name],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:"))


def _sign(gpg: list[str], path: Path) -> None:
    subprocess.run(
        [*gpg, "--yes", "--armor", "--detach-sign", "--output", f"{path}.asc", str(path)],
        check=True,
    )


@pytest.fixture(scope="module")
def gnupg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    home = tmp_path_factory.mktemp("gnupg") / "home"
    fpr = _new_key(home, "Treffpunkt Test Release <release@treffpunkt.invalid>")
    yield home, fpr
    # gpg-agent was started for this home; stop it so no process outlives the tests.
    subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "all"], check=False)


@pytest.fixture
def signed(tmp_path: Path, gnupg: tuple[Path, str]) -> Signed:
    home, fpr = gnupg
    gpg = _gpg(home)
    release = tmp_path / "release"
    release.mkdir()
    package = release / "treffpunkt_0.1.0_amd64.deb"
    package.write_bytes(os.urandom(4096))
    (release / "treffpunkt-0.1.0-linux-x86_64.tar.gz").write_bytes(os.urandom(2048))
    sums = release / "SHA256SUMS"
    sums.write_text(
        "".join(f"{verify.sha256_file(p)}  {p.name}\n" for p in sorted(release.iterdir()))
    )
    for path in [*release.iterdir()]:
        _sign(gpg, path)
    key = tmp_path / "release-key.asc"
    subprocess.run([*gpg, "--armor", "--output", str(key), "--export", fpr], check=True)
    return Signed(release, package, key, fpr, gpg)


def run_verify(s: Signed, *extra: str, package: Path | None = None) -> int:
    return verify.main(["--key", str(s.key), *extra, str(package or s.package)])


def test_good_package_passes(signed: Signed, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_verify(signed, "--fingerprint", signed.fingerprint) == 0
    out = capsys.readouterr().out
    assert "OK   SHA256SUMS: good signature" in out and "All checks passed." in out
    both = [str(p) for p in sorted(signed.dir.glob("treffpunkt*")) if p.suffix != ".asc"]
    assert verify.main(["--key", str(signed.key), *both]) == 0


def test_tampered_package_fails(signed: Signed, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(signed.package.read_bytes())
    data[100] ^= 1
    signed.package.write_bytes(bytes(data))
    assert run_verify(signed) == 1
    captured = capsys.readouterr()
    assert "SHA-256 MISMATCH" in captured.out and "VERIFICATION FAILED" in captured.err


def test_tampered_checksums_fail(signed: Signed, capsys: pytest.CaptureFixture[str]) -> None:
    # An attacker who replaces package and SHA256SUMS together still lacks the key.
    sums = signed.dir / "SHA256SUMS"
    signed.package.write_bytes(b"evil")
    sums.write_text(f"{verify.sha256_file(signed.package)}  {signed.package.name}\n")
    assert run_verify(signed) == 1
    assert "BAD signature" in capsys.readouterr().err


def test_missing_signature_fails(signed: Signed, capsys: pytest.CaptureFixture[str]) -> None:
    Path(f"{signed.package}.asc").unlink()
    assert run_verify(signed) == 1
    captured = capsys.readouterr()
    assert "signature treffpunkt_0.1.0_amd64.deb.asc is missing" in captured.out

    (signed.dir / "SHA256SUMS.asc").unlink()
    assert run_verify(signed) == 1
    assert "SHA256SUMS.asc is missing" in capsys.readouterr().err


def test_signature_by_another_key_fails(
    signed: Signed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    _new_key(other, "Mallory <mallory@example.invalid>")
    try:
        _sign(_gpg(other), signed.dir / "SHA256SUMS")
    finally:
        subprocess.run(["gpgconf", "--homedir", str(other), "--kill", "all"], check=False)
    assert run_verify(signed) == 1
    assert "unknown key" in capsys.readouterr().err


def test_wrong_fingerprint_and_unlisted_file_fail(
    signed: Signed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_verify(signed, "--fingerprint", "0" * 40) == 1
    assert "does not hold the key" in capsys.readouterr().err
    stray = signed.dir / "extra.deb"
    stray.write_bytes(b"x")
    _sign(signed.gpg, stray)
    assert run_verify(signed, package=stray) == 1
    assert "not listed in SHA256SUMS" in capsys.readouterr().out


def test_checksums_only_mode_warns(signed: Signed, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify.main(["--no-signatures", str(signed.package)]) == 0
    assert "signatures NOT checked" in capsys.readouterr().out
