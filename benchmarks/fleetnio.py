"""The fleet benchmark's reference engine: matrix-nio clients that only long-poll /sync.

    python -m benchmarks.fleetnio --server URL USER...   (one password for all: env)

Each user signs in with ``AsyncClient.login`` (a device of its own), uploads the same filter
as Treffpunkt's sync engine (``sync.engine.SYNC_FILTER``: no presence, the timeline limit,
receipts, read markers and push rules only), makes its first sync, and then runs
``AsyncClient.sync_forever(timeout=30000, sync_filter=<that filter id>,
set_presence="offline")``: the same long-poll timeout, filter and presence as
``SyncEngine.run``. Without the e2e extra: no keys are uploaded or claimed, as Treffpunkt
does not either. All clients share this process's event loop; what they cost the server is
what is measured, not what they cost here.

Prints ``ready`` once every client made its first sync; stops on end of input.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys

from nio import AsyncClient, AsyncClientConfig, LoginResponse, SyncResponse, UploadFilterResponse

from sync.engine import SYNC_FILTER

POLL_TIMEOUT_MS = 30_000


async def _start(server: str, user: str, password: str) -> tuple[AsyncClient, str]:
    client = AsyncClient(server, user, config=AsyncClientConfig(request_timeout=60))
    login = await client.login(password, device_name="nio reference")
    if not isinstance(login, LoginResponse):
        raise RuntimeError(f"{user}: sign-in failed: {login}")
    uploaded = await client.upload_filter(
        presence=SYNC_FILTER["presence"],
        account_data=SYNC_FILTER["account_data"],
        room=SYNC_FILTER["room"],
    )
    if not isinstance(uploaded, UploadFilterResponse):
        raise RuntimeError(f"{user}: filter refused: {uploaded}")
    first = await client.sync(timeout=0, sync_filter=uploaded.filter_id, set_presence="offline")
    if not isinstance(first, SyncResponse):
        raise RuntimeError(f"{user}: first sync failed: {first}")
    return client, uploaded.filter_id


async def _run(server: str, users: list[str], password: str) -> None:
    clients: list[tuple[AsyncClient, str]] = []
    for batch in range(0, len(users), 10):
        clients += await asyncio.gather(
            *(_start(server, user, password) for user in users[batch : batch + 10])
        )
    tasks = [
        asyncio.create_task(
            c.sync_forever(
                timeout=POLL_TIMEOUT_MS,
                sync_filter=filter_id,
                since=c.next_batch,
                set_presence="offline",
            )
        )
        for c, filter_id in clients
    ]
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    for client, _ in clients:
        await client.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fleetnio")
    parser.add_argument("--server", required=True)
    parser.add_argument("users", nargs="+")
    args = parser.parse_args(argv)
    asyncio.run(_run(args.server, args.users, os.environ["TREFFPUNKT_PASSWORD"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
