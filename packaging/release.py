#!/usr/bin/env python3
"""Release script: build, smoke-test, pack, checksum, sign, and publish to the update repository.

    python packaging/release.py build        # what `make package` runs
    python packaging/release.py publish --repo DIR --keys DIR [--init] ARCHIVE...
    python packaging/release.py tuf-refresh --repo DIR --keys DIR [--within-days N]  # cron
    python packaging/release.py tuf-status --repo DIR --keys DIR [--within-days N]
    python packaging/release.py tuf-rotate-root --repo DIR --keys DIR
    python packaging/release.py msi --bundle DIR                    # WiX -> MSI

`build` runs PyInstaller on `packaging/treffpunkt.spec`, runs the built program's
`--self-test` (and the same from the source tree, for the start-up figures), packs the
bundle for the platform (Linux: .deb and .tar.gz; Windows: MSI; macOS: DMG), writes
SHA256SUMS and signs what it can. Each signature step runs only when its key is in the
environment, so an unsigned local build still works and says what it skipped:

    TREFFPUNKT_GPG_KEY (+ TREFFPUNKT_GPG_PASSPHRASE)    Linux: detached .asc signatures
    TREFFPUNKT_AUTHENTICODE_PFX (+ _PASSWORD)           Windows: exe and MSI (signtool or
        TREFFPUNKT_TIMESTAMP_URL                        osslsigncode)
    TREFFPUNKT_CODESIGN_IDENTITY                        macOS: codesign the .app and DMG
    TREFFPUNKT_NOTARY_PROFILE                           macOS: notarytool keychain profile
    TREFFPUNKT_UPDATE_ROOT                              root.json embedded as TUF trust anchor

Figures go to build/bench/package.json. Modelled on qutebrowser's build_release.py and
Picard's signing workflow; written for this project.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import hashlib
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = BUILD / "dist"
RELEASE = BUILD / "release"
BENCH = BUILD / "bench" / "package.json"
APP = "treffpunkt"
SPEC = PACKAGING / "treffpunkt.spec"
ENTRY = PACKAGING / "entry.py"
# Self-test runs per side for the start-up figures; the median is reported.
START_RUNS = 3


def log(message: str) -> None:
    print(f"[release] {message}", flush=True)


def run(
    cmd: Sequence[str | Path], *, secret: str | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Runs and logs a command; `secret` (a password on its command line) is not logged."""
    shown = " ".join(str(c) for c in cmd)
    log("$ " + (shown.replace(secret, "***") if secret else shown))
    return subprocess.run([str(c) for c in cmd], check=True, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


def version() -> str:
    """The version of the installed package, which must equal client.__version__."""
    sys.path.insert(0, str(ROOT))
    import client

    meta = importlib.metadata.version(APP)
    if meta != client.__version__:
        raise SystemExit(
            f"version mismatch: metadata {meta}, client.__version__ {client.__version__}"
        )
    return meta


def platform_tag() -> str:
    """Same naming as `sync.updates.platform_tag`, which the update client looks for."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def source_date() -> int:
    """A fixed timestamp for archive entries: the last commit's, for reproducible archives."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env:
        return int(env)
    with contextlib.suppress(OSError, subprocess.CalledProcessError, ValueError):
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return int(out.strip())
    return int(time.time())


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def tree_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 1e6, 1)


# --- build and self-test -------------------------------------------------------------------


def pyinstaller(update_root: Path | None) -> Path:
    env = dict(os.environ)
    if update_root:
        staged = BUILD / "update-root" / "root.json"
        staged.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(update_root, staged)
        env["TREFFPUNKT_UPDATE_ROOT"] = str(staged)
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            SPEC,
        ],
        env=env,
        cwd=ROOT,
    )
    bundle = DIST / APP
    if sys.platform == "darwin":
        bundle = DIST / "Treffpunkt.app"
    if not bundle.exists():
        raise SystemExit(f"PyInstaller left no bundle at {bundle}")
    return bundle


def frozen_executable(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / APP
    return bundle / (APP + ".exe" if sys.platform == "win32" else APP)


@contextlib.contextmanager
def self_test_env() -> Iterator[dict[str, str]]:
    """An environment that touches no display, keyring, session bus or real user data."""
    with tempfile.TemporaryDirectory(prefix="treffpunkt-selftest-") as home:
        yield {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "TREFFPUNKT_HOME": home,
            "TREFFPUNKT_POLICY": str(Path(home) / "no-policy.toml"),
        }


def self_test(cmd: Sequence[str | Path]) -> float:
    """Runs `cmd --self-test`; returns its wall time, or stops the release when it fails."""
    with self_test_env() as env:
        start = time.perf_counter()
        proc = subprocess.run(
            [*map(str, cmd), "--self-test"], env=env, capture_output=True, text=True, timeout=120
        )
        elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"self-test FAILED (exit {proc.returncode}): {' '.join(map(str, cmd))}")
    return elapsed


def start_figures(exe: Path) -> tuple[float, float]:
    """Median `--self-test` time of the frozen build and of the source tree, interleaved."""
    frozen: list[float] = []
    source: list[float] = []
    for _ in range(START_RUNS):
        frozen.append(self_test([exe]))
        source.append(self_test([sys.executable, ENTRY]))
    return round(statistics.median(frozen), 3), round(statistics.median(source), 3)


# --- Linux packages ------------------------------------------------------------------------


def _tar_filter(mtime: int) -> object:
    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        return info

    return reset


def make_tarball(bundle: Path, out: Path) -> Path:
    """bundle as `treffpunkt/...` in a reproducible .tar.gz (the update archive, too)."""
    mtime = source_date()
    reset = _tar_filter(mtime)
    with (
        open(out, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime, compresslevel=6) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        paths = [bundle, *sorted(bundle.rglob("*"))]
        for path in paths:
            arcname = (Path(APP) / path.relative_to(bundle)).as_posix()
            tar.add(path, arcname=arcname, recursive=False, filter=reset)  # type: ignore[arg-type]
    return out


def _system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """Shared libraries the bundle loads from the system, and those that ldd cannot find."""
    found: set[str] = set()
    missing: set[str] = set()
    for path in bundle.rglob("*.so*"):
        proc = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            m = re.match(r"\s*(\S+) => (\S+)", line)
            if not m:
                continue
            if m.group(2) == "not":
                missing.add(m.group(1))
            elif not Path(m.group(2)).resolve().is_relative_to(bundle.resolve()):
                found.add(m.group(2))
    return found, missing


def deb_depends(bundle: Path) -> str:
    """Depends: the Debian packages that own the system libraries the bundle links to."""
    libs, missing = _system_libraries(bundle)
    # Optional plugins (Wayland, input methods, EGL) link libraries many desktops lack; a
    # missing one only disables that plugin, so it is reported, not fatal.
    for name in sorted(missing):
        log(f"note: {name} is not on the build machine (needed by an optional plugin)")
    packages: set[str] = set()
    if libs and shutil.which("dpkg"):
        proc = subprocess.run(["dpkg", "-S", *sorted(libs)], capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            owner = line.split(":", 1)[0]
            packages.update(p.strip() for p in owner.split(","))
    # The X11 plugin needs these at run time although ldd of the bundle cannot show it.
    packages.update({"libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libegl1"})
    packages = {p.split(":")[0] for p in packages}
    return ", ".join(sorted(packages))


def make_deb(bundle: Path, version_: str, out_dir: Path) -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    staging = BUILD / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / APP
    shutil.copytree(bundle, opt, symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / APP).symlink_to(f"/opt/{APP}/{APP}")
    apps = staging / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "linux" / "treffpunkt.desktop", apps / "treffpunkt.desktop")
    doc = staging / "usr" / "share" / "doc" / APP
    doc.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "policy.example.toml", doc / "policy.example.toml")
    size_kb = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file()) // 1024
    control = staging / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {APP}\n"
        f"Version: {version_}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Treffpunkt release team <release@treffpunkt.invalid>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {deb_depends(bundle)}\n"
        "Section: net\n"
        "Priority: optional\n"
        "Description: Offline desktop client of the municipal social intranet\n"
        " Groups, posts, documents and the people directory, kept in an encrypted\n"
        " local replica and synced with the intranet's Matrix homeserver.\n"
        " IT presets and locks settings in /etc/treffpunkt/policy.toml.\n",
        encoding="utf-8",
    )
    out = out_dir / f"{APP}_{version_}_{arch}.deb"
    # --root-owner-group: files owned by root without fakeroot. gzip, not xz: xz took over
    # 4 minutes on this 200 MB bundle (2 cores) for a few MB less; every dpkg reads gzip.
    run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", staging, out],
        stdout=subprocess.DEVNULL,
    )
    return out


def unpacked_self_test(package: Path) -> None:
    """Unpacks a built package as an installation would and runs its `--self-test`.

    The bundle in build/dist passing is not enough: a file the packer drops or a link it
    breaks only shows in what users install.
    """
    with tempfile.TemporaryDirectory(prefix="treffpunkt-unpacked-") as tmp:
        root = Path(tmp)
        if package.name.endswith(".tar.gz"):
            with tarfile.open(package) as tar:
                tar.extractall(root, filter="tar")
            exe = root / APP / APP
        elif package.suffix == ".deb":
            run(["dpkg-deb", "-x", package, root])
            exe = root / "opt" / APP / APP
        else:
            log(f"skip unpacked self-test of {package.name}: needs its own OS")
            return
        seconds = self_test([exe])
    log(f"self-test of unpacked {package.name} passed in {seconds:.1f}s")


# --- checksums and signatures --------------------------------------------------------------


def write_sums(release_dir: Path) -> Path:
    files = sorted(
        p
        for p in release_dir.iterdir()
        if p.is_file() and p.suffix != ".asc" and p.name != "SHA256SUMS"
    )
    sums = release_dir / "SHA256SUMS"
    sums.write_text("".join(f"{sha256_file(p)}  {p.name}\n" for p in files), encoding="utf-8")
    return sums


def gpg_sign(files: Sequence[Path], key: str, passphrase: str | None) -> list[Path]:
    """Detached ASCII signatures FILE.asc with the key `key` from the current GNUPGHOME."""
    signed = []
    for path in files:
        cmd = [
            "gpg",
            "--batch",
            "--yes",
            "--local-user",
            key,
            "--armor",
            "--detach-sign",
            "--output",
            f"{path}.asc",
        ]
        if passphrase is not None:
            cmd += ["--pinentry-mode", "loopback", "--passphrase-fd", "0"]
        run([*cmd, path], input=passphrase or "", stdout=subprocess.DEVNULL)
        signed.append(path.with_name(path.name + ".asc"))
    return signed


def authenticode_sign(path: Path, env: dict[str, str]) -> bool:
    """Signs a Windows exe or MSI in place; False when no certificate is configured."""
    pfx = env.get("TREFFPUNKT_AUTHENTICODE_PFX")
    if not pfx:
        log(f"skip Authenticode for {path.name}: TREFFPUNKT_AUTHENTICODE_PFX not set")
        return False
    password = env.get("TREFFPUNKT_AUTHENTICODE_PASSWORD", "")
    stamp = env.get("TREFFPUNKT_TIMESTAMP_URL")
    if sys.platform == "win32" and shutil.which("signtool"):
        cmd: list[str | Path] = [
            "signtool",
            "sign",
            "/f",
            pfx,
            "/p",
            password,
            "/fd",
            "SHA256",
            "/d",
            "Treffpunkt",
        ]
        if stamp:
            cmd += ["/tr", stamp, "/td", "SHA256"]
        run([*cmd, path], secret=password or None)
    else:
        signed = path.with_name(path.name + ".signed")
        cmd = [
            "osslsigncode",
            "sign",
            "-pkcs12",
            pfx,
            "-pass",
            password,
            "-h",
            "sha256",
            "-n",
            "Treffpunkt",
        ]
        if stamp:
            cmd += ["-ts", stamp]
        run([*cmd, "-in", path, "-out", signed], secret=password or None, stdout=subprocess.DEVNULL)
        os.replace(signed, path)
    return True


def macos_sign_and_notarize(app: Path, dmg: Path, env: dict[str, str]) -> None:
    identity = env.get("TREFFPUNKT_CODESIGN_IDENTITY")
    if not identity:
        log("skip codesign/notarization: TREFFPUNKT_CODESIGN_IDENTITY not set")
        return
    entitlements = PACKAGING / "macos" / "entitlements.plist"
    run(
        [
            "codesign",
            "--force",
            "--deep",
            "--timestamp",
            "--options",
            "runtime",
            "--entitlements",
            entitlements,
            "--sign",
            identity,
            app,
        ]
    )
    run(["codesign", "--verify", "--strict", "--verbose=2", app])
    run(["codesign", "--force", "--timestamp", "--sign", identity, dmg])
    profile = env.get("TREFFPUNKT_NOTARY_PROFILE")
    if not profile:
        log("skip notarization: TREFFPUNKT_NOTARY_PROFILE not set")
        return
    run(["xcrun", "notarytool", "submit", dmg, "--keychain-profile", profile, "--wait"])
    run(["xcrun", "stapler", "staple", dmg])


# --- Windows MSI and macOS DMG -------------------------------------------------------------


def wix_fragment(bundle: Path) -> str:
    """The bundle's files as the WiX component group BundleFiles under INSTALLDIR.

    Written here rather than by heat / wixl-heat, so WiX 3 and wixl get the same file list
    (and wixl-heat puts top-level files in a directory named ".").
    """

    def ident(kind: str, rel: Path) -> str:
        return kind + hashlib.md5(rel.as_posix().encode(), usedforsecurity=False).hexdigest()

    components: list[str] = []

    def walk(folder: Path, depth: int) -> list[str]:
        pad = "  " * depth
        lines: list[str] = []
        for path in sorted(folder.iterdir()):
            rel = path.relative_to(bundle)
            if path.is_dir():
                lines.append(f'{pad}<Directory Id="{ident("d", rel)}" Name="{path.name}">')
                lines += walk(path, depth + 1)
                lines.append(f"{pad}</Directory>")
            else:
                cid = ident("c", rel)
                components.append(cid)
                lines += [
                    f'{pad}<Component Id="{cid}" Guid="*" Win64="yes">',
                    f'{pad}  <File Id="{ident("f", rel)}" KeyPath="yes" '
                    f'Source="$(var.BundleDir)/{rel.as_posix()}" />',
                    f"{pad}</Component>",
                ]
        return lines

    body = walk(bundle, 3)
    refs = "\n".join(f'      <ComponentRef Id="{c}" />' for c in components)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">\n  <Fragment>\n'
        '    <DirectoryRef Id="INSTALLDIR">\n' + "\n".join(body) + "\n    </DirectoryRef>\n"
        '    <ComponentGroup Id="BundleFiles">\n' + refs + "\n    </ComponentGroup>\n"
        "  </Fragment>\n</Wix>\n"
    )


def build_msi(bundle: Path, version_: str, out: Path) -> Path:
    """The MSI from packaging/windows/treffpunkt.wxs: WiX 3 on Windows, wixl elsewhere."""
    work = BUILD / "msi"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    wxs = PACKAGING / "windows" / "treffpunkt.wxs"
    files = work / "files.wxs"
    defines = [f"-dVersion={version_}", f"-dBundleDir={bundle}"]
    files.write_text(wix_fragment(bundle), encoding="utf-8")
    if shutil.which("wixl"):
        # wixl resolves File/@Source only relative to the working directory.
        defines = ["-D", f"Version={version_}", "-D", "BundleDir=."]
        run(["wixl", "--arch", "x64", *defines, "-o", out.resolve(), wxs, files], cwd=bundle)
    else:
        run(["candle", "-nologo", "-arch", "x64", *defines, "-out", f"{work}{os.sep}", wxs, files])
        run(["light", "-nologo", "-out", out, work / "treffpunkt.wixobj", work / "files.wixobj"])
    return out


def build_dmg(app: Path, version_: str, out: Path) -> Path:
    run(["bash", PACKAGING / "macos" / "build-dmg.sh", app, version_, out])
    return out


# --- commands ------------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    version_ = version()
    tag = platform_tag()
    log(f"Treffpunkt {version_} for {tag}")
    t0 = time.perf_counter()
    bundle = pyinstaller(Path(args.update_root) if args.update_root else None)
    build_s = time.perf_counter() - t0
    exe = frozen_executable(bundle)
    if sys.platform == "win32":
        authenticode_sign(exe, env)
    frozen_s, source_s = start_figures(exe)
    log(f"self-test passed: frozen {frozen_s:.2f}s, source {source_s:.2f}s")

    shutil.rmtree(RELEASE, ignore_errors=True)
    RELEASE.mkdir(parents=True)
    t1 = time.perf_counter()
    packages: list[Path] = []
    if sys.platform == "darwin":
        dmg = build_dmg(bundle, version_, RELEASE / f"Treffpunkt-{version_}.dmg")
        macos_sign_and_notarize(bundle, dmg, env)
        packages.append(dmg)
    else:
        # The tar.gz is also the archive the update repository serves, on every platform.
        packages.append(make_tarball(bundle, RELEASE / f"{APP}-{version_}-{tag}.tar.gz"))
        if sys.platform == "win32":
            msi = build_msi(bundle, version_, RELEASE / f"Treffpunkt-{version_}-x64.msi")
            authenticode_sign(msi, env)
            packages.append(msi)
        elif shutil.which("dpkg-deb"):
            packages.append(make_deb(bundle, version_, RELEASE))
        else:
            log("skip .deb: dpkg-deb not found")
    shutil.copyfile(PACKAGING / "verify.py", RELEASE / "verify.py")
    sums = write_sums(RELEASE)
    pack_s = time.perf_counter() - t1
    for package in packages:
        unpacked_self_test(package)

    key = env.get("TREFFPUNKT_GPG_KEY")
    if key:
        gpg_sign([*packages, sums], key, env.get("TREFFPUNKT_GPG_PASSPHRASE"))
        run(
            [
                sys.executable,
                PACKAGING / "verify.py",
                "--key",
                export_public_key(key),
                "--fingerprint",
                fingerprint(key),
                *packages,
            ]
        )
    else:
        log("skip GPG signatures: TREFFPUNKT_GPG_KEY not set (unsigned local build)")
        run([sys.executable, PACKAGING / "verify.py", "--no-signatures", *packages])

    figures = {
        "version": version_,
        "platform": tag,
        "build_s": round(build_s, 1),
        "pack_s": round(pack_s, 1),
        "bundle_mb": tree_mb(bundle),
        "package_mb": round(packages[-1].stat().st_size / 1e6, 1),
        "packages_mb": {p.name: round(p.stat().st_size / 1e6, 1) for p in packages},
        "frozen_start_s": frozen_s,
        "source_start_s": source_s,
        "start_runs": START_RUNS,
        "signed": bool(key),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    BENCH.parent.mkdir(parents=True, exist_ok=True)
    BENCH.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    log(f"figures in {BENCH.relative_to(ROOT)}: {json.dumps(figures)}")
    for path in sorted(RELEASE.iterdir()):
        log(f"  {path.relative_to(ROOT)}")
    return 0


def export_public_key(key: str) -> Path:
    out = BUILD / "release-key.asc"
    run(["gpg", "--batch", "--yes", "--armor", "--output", out, "--export", key])
    return out


def fingerprint(key: str) -> str:
    out = subprocess.run(
        ["gpg", "--batch", "--with-colons", "--fingerprint", key],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:"))


def cmd_publish(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(PACKAGING))
    import tufrepo

    keys = Path(args.keys or os.environ.get("TREFFPUNKT_TUF_KEYS", ""))
    if not str(keys):
        raise SystemExit("--keys DIR or TREFFPUNKT_TUF_KEYS is required")
    repo = tufrepo.Repository(Path(args.repo), tufrepo.load_signers(keys, create=args.init))
    if args.init and not (repo.metadata_dir / "root.json").exists():
        repo.init()
        log(
            f"new update repository in {repo.path}; "
            f"trust anchor {repo.metadata_dir / '1.root.json'}"
        )
    archives = []
    for name in args.archives:
        path = Path(name)
        m = re.fullmatch(rf"{APP}-(\d+(?:\.\d+)*)-(\w+-\w+)\.tar\.gz", path.name)
        if not m:
            raise SystemExit(f"{path.name} is not named {APP}-VERSION-PLATFORM.tar.gz")
        archives.append((path, m.group(1), m.group(2)))
    if archives:
        for target in repo.publish(archives, channel=args.channel):
            log(f"published {target}")
    return 0


def _tuf_repository(args: argparse.Namespace) -> tuple[Any, Any]:
    sys.path.insert(0, str(PACKAGING))
    import tufrepo

    return tufrepo, tufrepo.Repository(Path(args.repo), tufrepo.load_signers(Path(args.keys)))


def _warn_expiring(repo: Any, within_days: int) -> int:
    """Logs the roles that expire within `within_days`; how many of them need offline keys."""
    now = dt.datetime.now(dt.UTC)
    offline = 0
    for role, expires in repo.expiring(now, dt.timedelta(days=within_days)).items():
        log(f"{role} metadata expires {expires:%Y-%m-%d %H:%M} UTC")
        offline += role in ("root", "targets")
    return offline


def cmd_refresh(args: argparse.Namespace) -> int:
    _, repo = _tuf_repository(args)
    within = None if args.within_days is None else dt.timedelta(days=args.within_days)
    if repo.refresh(within=within):
        log("snapshot and timestamp re-signed")
    else:
        log(f"snapshot and timestamp are valid for more than {args.within_days} days")
    if _warn_expiring(repo, 30):
        log("root or targets expire within 30 days: run tuf-rotate-root or publish a release")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Exit 1 when some metadata expires within --within-days (for monitoring)."""
    _, repo = _tuf_repository(args)
    _warn_expiring(repo, args.within_days)
    soon = repo.expiring(dt.datetime.now(dt.UTC), dt.timedelta(days=args.within_days))
    if not soon:
        log(f"no metadata expires within {args.within_days} days")
    return 1 if soon else 0


def cmd_rotate_root(args: argparse.Namespace) -> int:
    _, repo = _tuf_repository(args)
    version_ = repo.rotate_root(Path(args.keys))
    log(
        f"root version {version_} names a new root key (signed by the old and the new one); "
        f"the old key is {Path(args.keys) / f'root-v{version_ - 1}.pem.retired'}"
    )
    return 0


def cmd_msi(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else BUILD / f"Treffpunkt-{version()}-x64.msi"
    build_msi(Path(args.bundle).resolve(), version(), out)
    authenticode_sign(out, dict(os.environ))
    log(f"MSI: {out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="build, self-test, pack, checksum, sign")
    build.add_argument(
        "--update-root",
        default=os.environ.get("TREFFPUNKT_UPDATE_ROOT"),
        help="root.json of the update repository to embed",
    )
    build.set_defaults(func=cmd_build)
    publish = sub.add_parser("publish", help="add release archives to a TUF update repository")
    publish.add_argument("--repo", required=True)
    publish.add_argument("--keys", help="folder of role keys (default: $TREFFPUNKT_TUF_KEYS)")
    publish.add_argument("--init", action="store_true", help="create repository and keys")
    publish.add_argument("--channel", default="stable")
    publish.add_argument("archives", nargs="*")
    publish.set_defaults(func=cmd_publish)
    refresh = sub.add_parser("tuf-refresh", help="re-sign snapshot and timestamp (cron)")
    refresh.add_argument(
        "--within-days",
        type=int,
        help="only when snapshot or timestamp expires within this many days",
    )
    status = sub.add_parser("tuf-status", help="exit 1 when metadata expires soon")
    status.add_argument("--within-days", type=int, default=3)
    rotate = sub.add_parser("tuf-rotate-root", help="a new root key and root version")
    for command, func in ((refresh, cmd_refresh), (status, cmd_status), (rotate, cmd_rotate_root)):
        command.add_argument("--repo", required=True)
        command.add_argument("--keys", required=True)
        command.set_defaults(func=func)
    msi = sub.add_parser("msi", help="build the MSI from a Windows bundle folder")
    msi.add_argument("--bundle", required=True)
    msi.add_argument("--out")
    msi.set_defaults(func=cmd_msi)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
