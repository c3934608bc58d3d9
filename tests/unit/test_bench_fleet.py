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
