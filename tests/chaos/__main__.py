"""``python -m tests.chaos`` (``make chaos``): the full counts, into build/bench/chaos.json.

Starts one Synapse for the kill and fault runs, runs the fuzzer, the kills and the fault
runs, prints the figures and writes them; exits non-zero when any failure count is not 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir

from devkit.devserver import DevServer, ensure_synapse_venv
from tests.chaos.faultruns import FaultRig
from tests.chaos.fuzz import Fuzzer
from tests.chaos.kill import KillRig

TEST_KEY = bytes(range(32))
FAILURES = ("fuzz_crashes", "lost", "duplicated", "integrity_failures", "diverged")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.chaos", description=__doc__)
    parser.add_argument("--fuzz-cases", type=int, default=10_000)
    parser.add_argument("--kill-runs", type=int, default=200)
    parser.add_argument("--fault-runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path("build/bench/chaos.json"))
    args = parser.parse_args(argv)
    set_hypothesis_home_dir(Path("build/hypothesis"))
    # What the engine logs about each broken event would drown the figures.
    logging.basicConfig(level=logging.CRITICAL)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="treffpunkt-chaos-") as tmp:
        folder = Path(tmp)
        fuzzer = Fuzzer(folder, TEST_KEY)
        try:
            fuzz = fuzzer.run(args.fuzz_cases)
        finally:
            fuzzer.close()
        print(f"fuzz: {fuzz.cases} cases, {fuzz.crashes} failed ({_since(started)})")
        ensure_synapse_venv()
        server = DevServer(folder / "synapse")
        server.start()
        try:
            kills = KillRig(server, folder / "kill", args.seed)
            while kills.report.runs < args.kill_runs:
                kills.run()
            print(f"kill: {kills.report} ({_since(started)})")
            faulty = FaultRig(server, folder / "faults", args.seed)
            try:
                for _ in range(args.fault_runs):
                    faulty.run()
            finally:
                faulty.close()
            print(f"faults: {faulty.report} ({_since(started)})")
        finally:
            server.stop()
    figures = {
        "fuzz_cases": fuzz.cases,
        "fuzz_crashes": fuzz.crashes,
        "kill_runs": kills.report.runs,
        "lost": kills.report.lost,
        "duplicated": kills.report.duplicated,
        "integrity_failures": kills.report.integrity_failures,
        "fault_runs": faulty.report.runs,
        "diverged": kills.report.diverged + faulty.report.diverged,
        "quarantined": fuzz.quarantined,
        "kills_after_the_child_ended": kills.report.finished_first,
        "faults_injected": faulty.report.injected,
        "seconds": round(time.monotonic() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    for failure in [*fuzz.failures, *kills.report.failures, *faulty.report.failures]:
        print(failure, file=sys.stderr)
    print(json.dumps(figures, indent=2))
    return 1 if any(figures[key] for key in FAILURES) else 0


def _since(started: float) -> str:
    return f"{time.monotonic() - started:.0f} s"


if __name__ == "__main__":
    sys.exit(main())
