"""A small fixed subset of the chaos suite, with the ordinary tests: a few hundred fuzz
cases from a fixed seed, a few kills and a few seeded fault runs against the session's
Synapse. ``make chaos`` runs the full counts (``python -m tests.chaos``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devkit.devserver import DevServer
from tests.chaos.faultruns import FaultRig
from tests.chaos.fuzz import Change, Fuzzer, Mutation
from tests.chaos.kill import KillRig
from tests.conftest import TEST_KEY

FUZZ_CASES = 300
KILL_RUNS = 5
FAULT_RUNS = 3


@pytest.fixture
def fuzzer(tmp_path: Path) -> Iterator[Fuzzer]:
    made = Fuzzer(tmp_path, TEST_KEY)
    yield made
    made.close()


def test_hostile_answers_never_stop_sync(fuzzer: Fuzzer) -> None:
    report = fuzzer.run(FUZZ_CASES, seed=13)
    assert report.cases == FUZZ_CASES
    assert report.crashes == 0, "\n".join(report.failures)
    assert report.quarantined > 0  # the broken events were set aside, not ignored


@pytest.mark.parametrize("where", ["sync", "messages"])
@pytest.mark.parametrize("millis", [299_999_999_999_999, -62_135_596_800_001, 10**30, float("inf")])
def test_a_timestamp_out_of_range_stops_nothing(fuzzer: Fuzzer, where: str, millis: float) -> None:
    """The issue's own case: an event from the year 11476 (and its kin)."""
    fuzzer.run_case(Mutation("post", [Change("origin_server_ts", False, millis)], where, 1, 0))
    assert fuzzer.report.crashes == 0, "\n".join(fuzzer.report.failures)


@pytest.mark.e2e
def test_sigkill_in_pull_backfill_and_push(server: DevServer, tmp_path: Path) -> None:
    rig = KillRig(server, tmp_path, seed=13)
    while rig.report.runs < KILL_RUNS:
        rig.run()
    report = rig.report
    failures = (report.lost, report.duplicated, report.integrity_failures, report.diverged)
    assert failures == (0, 0, 0, 0), "\n".join(report.failures)


@pytest.mark.e2e
def test_seeded_faults_leave_the_replica_equal_to_the_server(
    server: DevServer, tmp_path: Path
) -> None:
    rig = FaultRig(server, tmp_path, seed=13)
    try:
        for _ in range(FAULT_RUNS):
            rig.run()
    finally:
        rig.close()
    assert (rig.report.runs, rig.report.diverged) == (FAULT_RUNS, 0), rig.report.failures
    assert rig.report.injected > 0
