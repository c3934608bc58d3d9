"""What the desktop benchmarks (``benchmarks.ui_desktop``, ``benchmarks.ui_sync``) share.

Their children run offscreen with a throw-away keyring file and policy (``child_env``,
``write_keyring``), so nothing of the user's desktop is touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "build" / "bench"


@contextmanager
def child_env(keyring: Path | None = None) -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory(prefix="treffpunkt-bench-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            "TREFFPUNKT_POLICY": str(Path(tmp) / "no-policy.toml"),
            "PYTHONPATH": str(ROOT),
        }
        # Like an installed app (pip and PyInstaller ship bytecode): modules compiled once,
        # in the warm-up run, not on every start as under PYTHONDONTWRITEBYTECODE.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(OUT_DIR / "pycache")
        if keyring is not None:
            from tests import filekeyring

            env["PYTHON_KEYRING_BACKEND"] = filekeyring.BACKEND
            env[filekeyring.ENV] = str(keyring)
        yield env


def write_keyring(path: Path, user_id: str, key: bytes, token: str = "bench") -> None:
    from client.credentials import SERVICE

    path.write_text(
        json.dumps(
            {SERVICE: {f"{user_id}/replica-key": key.hex(), f"{user_id}/access-token": token}}
        ),
        encoding="utf-8",
    )


def run_child(args: Sequence[str], env: dict[str, str], what: str) -> dict[str, Any]:
    """Run ``python -m benchmarks.ui_desktop --child ARGS``; the JSON of its last line."""
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.ui_desktop", "--child", *args],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{what} child failed:\n{proc.stderr}")
    figures: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return figures
