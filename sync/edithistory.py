"""Fetching a message's edit history from the server, on demand.

The replica keeps the texts edits replace from the moment it sees them; for a message
edited before that, the window asks for the rest: the original event and its ``m.replace``
relations (``/relations``, newest first, a few pages), each read by the mapping (only the
author's edits count, as in sync) and kept by ``client.edithistory``.
"""

from __future__ import annotations

from client import edithistory
from client.changes import Changes
from client.store import Replica
from sync import api, mapping
from sync.calls import Caller

PAGES = 5
PAGE_SIZE = 100


def fetch(caller: Caller, replica: Replica, message_id: int) -> Changes:
    with replica.begin() as tx:
        target = edithistory.target(tx, message_id)
    if target is None:
        return Changes()  # not on the server (yet), or deleted: nothing to fetch
    original = caller.call(api.get_event(target.group_id, target.event_id))
    events: list[api.Event] = [original]
    token: str | None = None
    for _ in range(PAGES):
        page = caller.call(
            api.relations(
                target.group_id, target.event_id, "m.replace", from_token=token, limit=PAGE_SIZE
            )
        )
        events.extend(page.chunk)
        token = page.next_batch
        if token is None:
            break
    versions = []
    for event in events:
        text = mapping.version_text(event, target.event_id)
        if text is None or event.sender != target.author:
            continue
        body, body_html = text
        at = mapping.timestamp(event.origin_server_ts)
        versions.append(edithistory.Version(event.sender, body, body_html, at))
    with replica.begin() as tx:
        added = edithistory.add_fetched(tx, message_id, versions)
    return Changes(messages=frozenset({message_id})) if added else Changes()
