"""``python -m benchmarks.fleet --quick`` end to end: a small fleet of real sync processes
against Synapse with workers, then matrix-nio, and the figures it writes. Timings are
recorded, never asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import fleet

pytestmark = [pytest.mark.e2e, pytest.mark.workers, pytest.mark.slow]

FIGURES = ("cpu_s", "requests", "bytes_in", "bytes_out")


def test_a_quick_fleet_ends_with_every_replica_equal_and_visibility_measured(
    tmp_path: Path,
) -> None:
    out = tmp_path / "fleet.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.fleet",
            "--quick",
            "--out",
            str(out),
            "--data",
            str(tmp_path / "data"),
        ],
        cwd=fleet.ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(out.read_text())
    clients = result["clients"]
    assert clients == 3
    for part in ("idle_per_client_hour", "busy_per_client_hour", "idle_net_per_client_hour"):
        assert set(result["treffpunkt"][part]) == set(FIGURES)
    assert set(result["matrix_nio"]["idle_per_client_hour"]) == set(FIGURES)
    assert result["treffpunkt"]["day_requests"] > 0
    assert result["actions"]["post"] >= clients and result["actions"]["offline"] >= 1

    assert result["replicas_equal"] is True
    assert result["replicas_compared"] == result["replicas_equal_count"] == clients
    assert result["message_events_compared"] > 0
    assert result["all_delivered"] is True

    # Every client saw posts of the others while both were online.
    assert result["visibility"]["readers_measured"] == clients
    pairs = result["visibility"]["pairs"]
    assert pairs["n"] > 0 and pairs["p50_s"] is not None
    assert result["database_bytes_after"] > result["database_bytes_before"] > 0

    # CPU by role: every process of the deployment, in every window, and which generic
    # worker answered /sync for whom.
    roles = result["cpu_by_role"]
    expected = {"main", "generic1", "generic2", "event_persister1", "event_persister2"}
    expected |= {"media1", "postgresql", "redis", "nginx"}
    for window in roles["windows"].values():
        assert set(window["cpu_s"]) == expected
    assert sum(roles["windows"]["treffpunkt_day"]["cpu_s"].values()) > 0
    for part in ("treffpunkt_idle", "treffpunkt_busy", "matrix_nio_idle"):
        assert set(roles[f"{part}_net_per_client_hour"]) == expected
    assert sum(result["sizing"]["sync_clients_by_worker"].values()) == clients
    assert "replicas equal: True" in done.stdout
