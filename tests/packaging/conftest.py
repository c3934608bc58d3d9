"""Fixtures for the release tooling: its scripts on sys.path, a TUF repository served locally."""

from __future__ import annotations

import functools
import http.server
import sys
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
# The release scripts are plain files in packaging/ (no package: the name would shadow
# the `packaging` distribution), so the tests import them by name from there.
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

import tufrepo  # noqa: E402 - from packaging/, on the path only now

__all__ = ["make_bundle_archive", "new_repository", "serve_dir", "tufrepo"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def serve_dir() -> Iterator[functools.partial[str]]:
    """Serves folders over HTTP on 127.0.0.1; call it with a folder to get its base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []
    threads: list[threading.Thread] = []

    def start(directory: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        servers.append(server)
        threads.append(thread)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield functools.partial(start)
    for server in servers:
        server.shutdown()
        server.server_close()
    for thread in threads:
        thread.join(5)


def make_bundle_archive(directory: Path, version: str, tag: str = "linux-x86_64") -> Path:
    """A tiny stand-in of a release archive: treffpunkt/treffpunkt plus one data file."""
    bundle = directory / f"bundle-{version}" / "treffpunkt"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "treffpunkt"
    exe.write_text(f"#!/bin/sh\necho {version}\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "VERSION").write_text(version)
    archive = directory / f"treffpunkt-{version}-{tag}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname="treffpunkt")
    return archive


def new_repository(directory: Path, version: str, tag: str) -> tufrepo.Repository:
    """An update repository with new keys in `directory/keys`, publishing `version`."""
    repository = tufrepo.Repository(
        directory / "repo", tufrepo.load_signers(directory / "keys", create=True)
    )
    repository.init()
    repository.publish([(make_bundle_archive(directory, version, tag), version, tag)])
    return repository
