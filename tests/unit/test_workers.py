"""devkit.devserver's WorkerDeployment without starting Synapse: the layout it configures,
an nginx config nginx accepts, and a crashed run's processes ended by pid, only those of its
data directory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from devkit.devserver import CLIENT_ROUTES, MEDIA_ROUTES, SYNC_ROUTES, WorkerDeployment


def _deployment(tmp_path: Path) -> WorkerDeployment:
    deployment = WorkerDeployment(tmp_path / "data")
    deployment._allocate_ports()
    return deployment


def test_shared_config_names_the_writers_redis_and_the_media_worker(tmp_path: Path) -> None:
    deployment = _deployment(tmp_path)
    config = deployment.config()
    assert config["database"]["name"] == "psycopg2"
    assert config["redis"] == {"enabled": True, "host": "127.0.0.1", "port": deployment.redis.port}
    persisters = [p.name for p in deployment.persisters]
    assert len(persisters) == 2 and config["stream_writers"] == {"events": persisters}
    assert set(config["instance_map"]) == {"main", *persisters}
    assert config["instance_map"]["main"]["port"] == deployment.replication_port
    assert config["enable_media_repo"] is False
    assert config["media_instance_running_background_jobs"] == deployment.media.name
    assert config["public_baseurl"] == deployment.base_url + "/"
    assert deployment.base_url.endswith(f":{deployment.proxy.port}")
    ports = [p.port for p in deployment.processes] + [deployment.replication_port]
    assert len(set(ports)) == len(ports)
    for listener in config["listeners"]:
        assert listener["bind_addresses"] == ["127.0.0.1"]


def test_each_worker_has_its_app_and_listener(tmp_path: Path) -> None:
    deployment = _deployment(tmp_path)
    names = {
        w.name: (
            deployment.worker_config(w)["worker_app"],
            deployment.worker_config(w)["worker_listeners"][0]["resources"][0]["names"],
        )
        for w in deployment.workers
    }
    assert names == {
        "generic1": ("synapse.app.generic_worker", ["client", "health"]),
        "generic2": ("synapse.app.generic_worker", ["client", "health"]),
        "event_persister1": ("synapse.app.generic_worker", ["replication", "health"]),
        "event_persister2": ("synapse.app.generic_worker", ["replication", "health"]),
        "media1": ("synapse.app.media_repository", ["media", "health"]),
    }


def test_nginx_accepts_the_config_and_hashes_sync_by_user(tmp_path: Path) -> None:
    deployment = _deployment(tmp_path)
    deployment.write_config()
    conf = (deployment.data_dir / "nginx" / "nginx.conf").read_text()
    assert "hash $by_user consistent;" in conf and "hash $by_room consistent;" in conf
    for pattern in SYNC_ROUTES + CLIENT_ROUTES:
        assert f'location ~ "{pattern}" {{ proxy_pass http://synapse_by_user; }}' in conf
    for pattern in MEDIA_ROUTES:
        assert f'location ~ "{pattern}" {{ proxy_pass http://synapse_media; }}' in conf
    nginx = shutil.which("nginx")
    assert nginx is not None, "make workers-env installs nginx"
    checked = subprocess.run(
        [nginx, "-t", "-p", str(deployment.data_dir / "nginx"), "-c", "nginx.conf"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr


def test_a_crashed_runs_processes_are_ended_and_no_others(tmp_path: Path) -> None:
    deployment = _deployment(tmp_path)
    deployment.data_dir.mkdir(parents=True)
    script = "import time; time.sleep(60)"
    ours = subprocess.Popen([sys.executable, "-c", script, str(deployment.data_dir)])
    other = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "elsewhere")])
    try:
        (deployment.data_dir / "processes.json").write_text(json.dumps([ours.pid, other.pid]))
        deployment._stop_stale()
        assert ours.wait(10) is not None
        assert other.poll() is None
        assert not (deployment.data_dir / "processes.json").exists()
    finally:
        for process in (ours, other):
            process.kill()
            process.wait()
