"""``make demo-replica``: the offline core alone, on the sample region, from the terminal.

``python -m devkit demo-replica`` builds a sample replica of the region's intranet
(encrypted, keys in the system keyring) and searches it; ``python -m devkit search-replica
QUERY`` searches it once (building it first if it is not there).
"""

from __future__ import annotations

import html
import re
import sys
import time
from pathlib import Path

from client import search
from client.accounts import Home
from client.credentials import Credentials, NoKeyringError
from client.keyringstore import KeyringSecretStore
from client.store import Replica, ReplicaError
from devkit import sample

DEMO_USER = "@anke.devries:intranet.test"
DEMO_QUERIES = (
    "Müller",
    "mueller",
    "fürsorge",
    "meldung",
    "vergunning",
    "coordinatie",
    "Bauan",
    "jeugdzorg",
    "Wmo formulier",
)


def _highlight(snippet: str, tty: bool) -> str:
    bold, plain = ("\033[1m", "\033[0m") if tty else ("**", "**")
    marked = re.sub(r"<b>(.*?)</b>", lambda m: f"{bold}{m.group(1)}{plain}", snippet)
    return html.unescape(marked)


def print_results(replica: Replica, query: str, limit: int = 5) -> None:
    tty = sys.stdout.isatty()
    with replica.connect() as conn:
        started = time.perf_counter()
        page = search.search(conn, query, limit=limit)
        elapsed = (time.perf_counter() - started) * 1000
    print(f"\n» {query}  ({len(page.hits)}{'+' if page.has_more else ''} hits, {elapsed:.1f} ms)")
    for hit in page.hits:
        print(f"  [{hit.kind}] {hit.title}")
        print(f"      {' '.join(_highlight(hit.snippet, tty).split())}")


def _open_or_build(home: Home) -> Replica:
    if any(a.user_id == DEMO_USER for a in home.accounts()):
        try:
            return home.open_account(DEMO_USER)
        except ReplicaError as exc:
            print(f"Rebuilding the demo replica ({exc}).")
    print("Building the sample replica of the region (encrypted) …")
    started = time.perf_counter()
    replica = home.create_account(DEMO_USER, "http://127.0.0.1")
    data = sample.generate()
    with replica.begin() as conn:
        sample.write_to_replica(conn, data)
    print(
        f"  {len(data.organisations)} organisations, {len(data.groups)} groups, "
        f"{len(data.people)} people, {len(data.messages)} posts and comments, "
        f"{len(data.documents)} documents in {time.perf_counter() - started:.1f} s"
    )
    return replica


def run(home_dir: Path, query: str | None = None) -> int:
    """The demo queries and then a prompt (``query`` None), or the one query given."""
    try:
        credentials = Credentials(KeyringSecretStore())
    except NoKeyringError as exc:
        print(f"treffpunkt: {exc}", file=sys.stderr)
        return 2
    home = Home(home_dir, credentials)
    try:
        replica = _open_or_build(home)
    except ReplicaError as exc:
        print(f"treffpunkt: {exc}", file=sys.stderr)
        return 1
    try:
        queries = [query] if query is not None else list(DEMO_QUERIES)
        for each in queries:
            print_results(replica, each)
        if query is None and sys.stdin.isatty():
            print("\nType a search (empty line to quit):")
            while typed := input("search> ").strip():
                print_results(replica, typed, limit=10)
    except (EOFError, KeyboardInterrupt):
        pass
    finally:
        replica.close()
    return 0
