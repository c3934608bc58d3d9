"""Read state against a real Synapse: the server's unread counts, a group read here reaching
the server (read marker and private receipt), and a read on another device clearing the
counts here."""

from __future__ import annotations

import pytest

from client.models import Group
from devkit.devserver import DevServer
from sync import api, engine
from tests.homeserver import Client, ClientFactory, MakeUser, make_group, ok, server_messages

pytestmark = pytest.mark.e2e


def _counts(client: Client, room: str) -> tuple[int, int]:
    with client.connected.replica.session() as session:
        group = session.get(Group, room)
        assert group is not None
        return group.unread_count, group.mention_count


def test_reads_here_reach_the_server_and_reads_elsewhere_clear_the_counts(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, bernd = make_user("anke"), make_user("bernd")
    room = make_group(server, anke, bernd)
    a = client_factory(anke)
    a.sync()
    a.commands.post(room, "Hallo @Bernd, kannst du helfen?", mentions={"Bernd": bernd.user_id})
    a.commands.post(room, "Und noch etwas")
    a.sync()

    # Bernd's first sync: history, which is not counted here; the counts are the server's.
    b = client_factory(bernd)
    b.sync()
    assert _counts(b, room) == (2, 1)

    # He opens the group (the stream page marks it read): cleared at once, sent once.
    assert b.commands.mark_read(room).outbox
    assert _counts(b, room) == (0, 0)
    assert b.connected.engine.flush().sent == 1
    assert b.outbox() == []
    newest = server_messages(server, bernd.access_token, room)[-1].event_id
    # Bernd's other device (the one registration made) sees both on the server.
    with server.transport(bernd.access_token) as other:
        fully_read = ok(
            other.execute(api.get_room_account_data(bernd.user_id, room, "m.fully_read"))
        )
        assert fully_read.content["event_id"] == newest
        seen = ok(other.execute(api.sync(filter=engine.SYNC_FILTER))).joined[room]
    assert api.Receipt(newest, "m.read.private", bernd.user_id) in seen.receipts
    assert seen.unread == api.UnreadCounts(0, 0)
    b.sync()
    assert _counts(b, room) == (0, 0)

    a.commands.post(room, "Noch eine Frage")
    a.sync()
    b.sync()
    assert _counts(b, room) == (1, 0)

    # He reads it on his other device, which sends just a receipt: cleared here too.
    latest = server_messages(server, bernd.access_token, room)[-1].event_id
    with server.transport(bernd.access_token) as other:
        ok(other.execute(api.send_receipt(room, latest)))
    b.sync()
    assert _counts(b, room) == (0, 0)
