"""The fleet benchmark's own arithmetic: the region it cuts from the sample, what it reads
from nginx's traffic log and /proc, and how it turns windows into per-client figures."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

from benchmarks import fleet
from devkit import sample


def test_the_region_is_the_chosen_people_and_the_groups_two_of_them_share() -> None:
    region = fleet.choose_region(sample.generate(), 5)
    people = {p.user_id for p in region.people}
    assert len(people) == 5
    assert region.groups and all(len(g.members) >= 2 for g in region.groups)
    assert all(set(g.members) <= people for g in region.groups)
    # The largest group of the cut-down region holds all of them: posts reach everyone.
    assert max(len(g.members) for g in region.groups) == 5
    keys = {m.key for m in region.messages}
    for message in region.messages:
        assert message.author in people and set(message.likes) <= people
        assert message.thread_root is None or message.thread_root in keys
    assert region.documents == ()


def test_traffic_counts_requests_and_bytes_in_the_window_without_excluded_users(
    tmp_path: Path,
) -> None:
    log = tmp_path / "traffic.log"
    log.write_text(
        "100.5 dXNlcg 300 1200 200 /_matrix/client/v3/sync\n"
        "101.0  150 600 200 /_matrix/client/versions\n"  # no token: an empty user key
        "101.5 Bearer as_token 90 40 200 /_matrix/client/v3/joined_rooms\n"
        "102.0 YWRtaW4 500 100 200 /_synapse/admin/v1/register\n"
        "130.0 dXNlcg 300 1200 200 /_matrix/client/v3/sync\n"
    )
    seen = fleet.traffic(log, 100.0, 110.0, {"YWRtaW4", "Bearer as_token"})
    assert (seen.requests, seen.bytes_in, seen.bytes_out) == (2, 450, 1800)


def test_the_token_user_is_what_nginx_logs_for_it() -> None:
    assert fleet.token_user("syt_YW5rZQ_abcDEF_0x1") == "YW5rZQ"


def test_cpu_seconds_grow_with_work_of_a_process_tree() -> None:
    before = fleet.cpu_seconds([os.getpid()])
    deadline = time.process_time() + 0.2
    while time.process_time() < deadline:
        pass
    assert fleet.cpu_seconds([os.getpid()]) >= before + 0.1


def test_per_client_figures_leave_out_the_deployment_alone_and_spread_the_day() -> None:
    empty = fleet.Window(100.0, 10.0, fleet.Traffic())
    idle_window = fleet.Window(3600.0, 1360.0, fleet.Traffic(1200, 1_200_000, 2_400_000))
    idle = fleet.per_client_hour(idle_window, 10, empty)
    assert idle == {
        "cpu_s": 100.0,
        "requests": 120.0,
        "bytes_in": 120_000.0,
        "bytes_out": 240_000.0,
    }
    # Half an hour of day: the idle rate for half an hour, and 800 CPU s more for the
    # events, which a working day of DAY_HOURS spreads over its hours.
    day = fleet.Window(1800.0, 180.0 + 500.0 + 800.0, fleet.Traffic(600, 600_000, 1_200_000))
    busy = fleet.busy_per_client_hour(day, idle, 10, empty)
    assert busy["cpu_s"] == 800 / 10 / fleet.DAY_HOURS + 100.0
    assert busy["requests"] == 120.0


def test_percentiles_of_none_and_of_some() -> None:
    assert fleet.percentiles([])["p50_s"] is None
    found = fleet.percentiles([float(n) for n in range(1, 101)])
    assert (found["n"], found["p50_s"], found["max_s"]) == (100, 50.5, 100.0)
    assert found["p95_s"] == 95.0


def test_a_quick_day_has_every_kind_of_action_and_an_early_post_by_each_client() -> None:
    settings = fleet.Settings(3, 1 / 3, 10.0, 60.0, Path("out"), Path("data"), quick=True)
    actions = fleet.plan_day(settings, random.Random(1))
    ops = {a.op for a in actions}
    assert ops >= {"post", "question", "comment", "like", "document", "person", "offline"}
    assert {a.client for a in actions if a.wide} == {0, 1, 2}
    assert all(a.at < 20 for a in actions)
    assert actions == sorted(actions)


def test_cpu_by_role_sums_each_process_tree_apart() -> None:
    roles = fleet.cpu_by_role({"me": os.getpid(), "init": 1, "gone": 2**22 + 1})
    assert roles["me"] > 0 and roles["gone"] == 0.0
    assert set(roles) == {"me", "init", "gone"}


def test_sync_clients_by_worker_counts_users_each_process_answered_sync_for(
    tmp_path: Path,
) -> None:
    log = tmp_path / "access.log"
    log.write_text(
        "dXNlcg GET /_matrix/client/v3/sync 200 127.0.0.1:8001\n"
        "dXNlcg GET /_matrix/client/v3/sync 200 127.0.0.1:8001\n"
        "b3RoZXI GET /_matrix/client/v3/sync 200 127.0.0.1:8002\n"
        # A retry: the last upstream answered.
        "dGhpcmQ GET /_matrix/client/v3/sync 502 127.0.0.1:8001, 127.0.0.1:8002\n"
        "dXNlcg PUT /_matrix/client/v3/rooms/!r/send/m.room.message/1 200 127.0.0.1:8002\n"
        "Bearer as_token GET /_matrix/client/v3/sync 200 127.0.0.1:8003\n"
    )
    found = fleet.sync_clients_by_worker(log, {8001: "generic1", 8002: "generic2"})
    assert found == {"generic1": 1, "generic2": 2}


def _window(seconds: float, roles: dict[str, float]) -> fleet.Window:
    return fleet.Window(seconds, sum(roles.values()), fleet.Traffic(), roles)


def test_per_role_figures_leave_out_each_roles_own_rate_before_and_after() -> None:
    # Alone: generic1 spends 36 CPU s per hour before and 72 after, 54 on average.
    before = _window(1800.0, {"generic1": 18.0, "postgresql": 9.0})
    after = _window(1800.0, {"generic1": 36.0, "postgresql": 9.0})
    empty = fleet.joined(before, after)
    assert fleet.per_hour(empty) == {"generic1": 54.0, "postgresql": 18.0}
    noise = fleet.baseline_noise(before, after, 10)
    assert noise == {"generic1": 3.6, "postgresql": 0.0}

    # Ten clients for an hour: generic1 spent 154 s, 100 more than alone; PostgreSQL less
    # than alone, which shows as a negative figure rather than as nothing.
    idle_window = _window(3600.0, {"generic1": 154.0, "postgresql": 8.0})
    idle = fleet.roles_per_client_hour(idle_window, 10, empty)
    assert idle == {"generic1": 10.0, "postgresql": -1.0}

    # Half an hour of day: the own rate (27 s) and the idle rate (50 s) for half an hour,
    # and 160 s more for the events, which DAY_HOURS spread.
    day = _window(1800.0, {"generic1": 27.0 + 50.0 + 160.0, "postgresql": 9.0})
    busy = fleet.roles_busy_per_client_hour(day, idle, 10, empty)
    assert busy["generic1"] == 160 / 10 / fleet.DAY_HOURS + 10.0
    assert busy["postgresql"] == (0.0 + 5.0) / 10 / fleet.DAY_HOURS - 1.0


def test_sizing_divides_a_workers_budget_by_the_generic_workers_cpu_per_client() -> None:
    idle = {"generic1": 0.5, "generic2": 0.3, "main": 2.0, "postgresql": 1.0}
    busy = {"generic1": 1.0, "generic2": 0.8, "main": 3.0, "postgresql": 2.0}
    size = fleet.sizing(idle, busy, 50, {"generic1": 20, "generic2": 30})
    assert size["idle_generic_cpu_s_per_client_hour"] == 0.8
    assert size["idle_clients_per_generic_worker"] == round(fleet.WORKER_BUDGET_S / 0.8)
    assert size["busy_clients_per_generic_worker"] == round(fleet.WORKER_BUDGET_S / 1.8)
    # generic1 spent 0.5 * 50 = 25 CPU s per hour for its 20 /sync clients.
    assert size["idle_cpu_s_per_sync_client_hour"] == {"generic1": 1.25, "generic2": 0.5}
    assert (
        fleet.sizing({"generic1": -0.1}, {"generic1": 0.0}, 5, {})[
            "idle_clients_per_generic_worker"
        ]
        is None
    )
