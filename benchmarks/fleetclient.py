"""One headless client of the fleet benchmark (``benchmarks.fleet``): the real sync engine.

    python -m benchmarks.fleetclient --home DIR --server URL --user NAME   (password: env)

It signs in like ``treffpunkt login`` (``sync.session.login``) into its own data folder, with
its own SQLCipher replica, and runs ``SyncEngine.run`` as ``treffpunkt sync`` does; what it
writes goes through ``client.commands`` and the outbox, as in the app. Credentials stay in
this process's memory (``MemorySecretStore``): the benchmark's accounts are throw-away, and
nothing is written to a keyring or a file.

It talks to the server through a relay of its own on 127.0.0.1, so that the driver can cut
its network (``offline``: open connections are reset, new ones refused) and give it back
(``online``), which the engine meets as a real outage: failed requests, backoff, the
outbox waiting.

Commands come as JSON lines on standard input, reports go as JSON lines to standard output;
every report carries ``t``, this machine's clock (``time.time()``):

* ``{"op": "post", "group": room, "text": ..., "question": bool}``, ``comment`` and
  ``like`` (``"target": event id``), ``document`` (``"group"``, ``"name"``, ``"text"``);
  each is reported as ``queued`` (or ``skipped`` when its target is not there yet);
* ``offline`` / ``online``;
* ``replica``: the event ids of the replica's messages by group and how many entries wait
  in the outbox (``replica``);
* ``quit``: stop syncing and exit.

Unprompted: ``ready`` once the first sync and the groups' history are in, and ``seen``
with the event ids, groups and texts of the messages each incremental sync applied.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from client import lookup, quarantine
from client.accounts import Home
from client.changes import Changes
from client.commands import CommandError, LocalCommands, NewDocument
from client.credentials import Credentials, MemorySecretStore
from sync.engine import SyncEngine
from sync.session import login

HOST = "127.0.0.1"


class Relay:
    """A TCP relay from a local port to the server that can be cut and restored."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self._upstream = upstream
        self._listener = socket.create_server((HOST, 0))
        self.port: int = self._listener.getsockname()[1]
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.blocked = False
        threading.Thread(target=self._accept, name="relay", daemon=True).start()

    def _accept(self) -> None:
        while True:
            conn, _ = self._listener.accept()
            if self.blocked:
                _reset(conn)
                continue
            try:
                server = socket.create_connection(self._upstream)
            except OSError:
                _reset(conn)
                continue
            with self._lock:
                self._open |= {conn, server}
            for a, b in ((conn, server), (server, conn)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_RDWR)
        with self._lock:
            self._open.discard(source)
        source.close()  # each socket is the source of one pump: it closes it

    def cut(self) -> None:
        self.blocked = True
        with self._lock:
            for sock in self._open:
                _reset(sock)


def _reset(sock: socket.socket) -> None:
    # A reset, as a lost network shows to the client, not an orderly close. shutdown()
    # first: close() alone does not end a recv() another thread is blocked in.
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class Client:
    """The engine of one account, its sync thread and the driver's commands."""

    def __init__(self, home: Path, server: str, user: str, password: str) -> None:
        parts = urlsplit(server)
        self.relay = Relay((parts.hostname or HOST, parts.port or 80))
        self._out_lock = threading.Lock()
        self.home = Home(home, Credentials(MemorySecretStore()))
        connected = login(
            self.home, f"http://{HOST}:{self.relay.port}", user, password, allow_http=[HOST]
        )
        self.user_id = connected.info.user_id
        self.replica = connected.replica
        self.transport = connected.transport
        media = self.home.media_cache(self.user_id)
        self.engine = SyncEngine(
            self.replica, self.transport, self.user_id, media=media, on_changes=self._seen
        )
        self.commands = LocalCommands(self.replica, self.user_id, media)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def report(self, event: str, **data: Any) -> None:
        line = json.dumps({"ev": event, "t": time.time(), **data})
        with self._out_lock:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    def _seen(self, changes: Changes) -> None:
        if changes.messages:
            found = lookup.message_events(self.replica, changes.messages)
            self.report("seen", items=found)

    def start(self) -> None:
        self.engine.initial_sync()
        self._thread = threading.Thread(target=self.engine.run, args=(self._stop,), name="sync")
        self._thread.start()
        self.report("ready", user=self.user_id)

    def handle(self, command: dict[str, Any]) -> bool:
        """Run one command; False when it was ``quit``."""
        op = command["op"]
        try:
            match op:
                case "post":
                    self.commands.post(
                        command["group"], command["text"], question=command.get("question", False)
                    )
                case "comment" | "like":
                    target = lookup.message_id(self.replica, command["target"])
                    if target is None:
                        self.report("skipped", op=op, target=command["target"])
                        return True
                    if op == "comment":
                        self.commands.comment(target, command["text"])
                    else:
                        self.commands.like(target)
                case "document":
                    self._document(command["group"], command["name"], command["text"])
                case "offline":
                    self.relay.cut()
                case "online":
                    self.relay.blocked = False
                    self.engine.reconnect()  # as the app does when the network is back
                case "replica":
                    ids = lookup.message_event_ids(self.replica)
                    outbox = self.engine.status().outbox
                    self.report(
                        "replica",
                        groups={g: sorted(e) for g, e in ids.items()},
                        outbox=sum(outbox.get(k, 0) for k in ("waiting", "sending", "failed")),
                        held=lookup.held_event_ids(self.replica),
                        quarantined=[e.event_id for e in quarantine.entries(self.replica)],
                    )
                    return True
                case "quit":
                    return False
        except CommandError as exc:
            self.report("skipped", op=op, error=str(exc))
            return True
        self.engine.wake()
        self.report("done", op=op, marker=command.get("marker"))
        return True

    def _document(self, group: str, name: str, text: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / name
            source.write_text(text, encoding="utf-8")
            self.commands.add_document(group, NewDocument(source, name=name))

    def stop(self) -> None:
        self._stop.set()
        self.engine.reconnect()
        self.relay.cut()  # ends the long poll now rather than after its timeout
        if self._thread is not None:
            self._thread.join(60)
        self.transport.close()
        self.replica.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fleetclient")
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--user", required=True)
    args = parser.parse_args(argv)
    client = Client(args.home, args.server, args.user, os.environ["TREFFPUNKT_PASSWORD"])
    try:
        client.start()
        for line in sys.stdin:
            if not client.handle(json.loads(line)):
                break
    finally:
        client.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
