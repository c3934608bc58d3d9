"""Reactions besides the like against a real Synapse: two users, two clients."""

from __future__ import annotations

import pytest

from client import quarantine
from client.reads.posts import stream_page
from client.reads.reactions import reactions
from devkit.devserver import DevServer
from sync import api, mapping
from tests.homeserver import ClientFactory, MakeUser, ok, synced_group, timeline

pytestmark = pytest.mark.e2e


def test_reactions_are_counted_and_named_and_taken_back_on_the_other_client(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, jan = make_user("anke"), make_user("jan")
    room, (a, j) = synced_group(server, client_factory, anke, jan)
    post = a.commands.post(room, "Neue Öffnungszeiten ab Montag").created
    assert isinstance(post, int)
    a.sync()
    j.sync()
    [jans_post] = j.messages(room)
    # Offline on Jan's side: a like, two reactions, one of them twice.
    j.commands.like(jans_post.id)
    j.commands.react(jans_post.id, "❤️")
    j.commands.react(jans_post.id, "❤️")
    j.commands.react(jans_post.id, "🎉")
    a.commands.react(post, "❤️")
    j.sync()
    a.sync()

    seen = {r.key: (r.count, r.mine) for r in reactions(a.connected.replica, post)}
    assert seen == {"👍": (1, False), "❤️": (2, True), "🎉": (1, False)}
    hearts = next(r for r in reactions(a.connected.replica, post) if r.key == "❤️")
    assert len(hearts.names) == 2 and all(hearts.names)
    token = anke.access_token
    keys = sorted(
        e.content["m.relates_to"]["key"]
        for e in timeline(server, token, room)
        if e.type == "m.reaction" and not e.is_redacted
    )
    assert keys == sorted(["👍", "❤️", "❤️", "🎉"])

    # Jan takes his heart back: a redaction, which Anke's client follows.
    j.commands.unreact(jans_post.id, "❤️")
    j.sync()
    a.sync()
    seen = {r.key: (r.count, r.mine) for r in reactions(a.connected.replica, post)}
    assert seen == {"👍": (1, False), "❤️": (1, True), "🎉": (1, False)}
    [row] = stream_page(a.connected.replica, room, None)
    assert row.likes == 1 and row.reactions == (("❤️", 1, True), ("🎉", 1, False))


def test_a_hostile_reaction_key_is_quarantined_and_never_shown(
    server: DevServer, make_user: MakeUser, client_factory: ClientFactory
) -> None:
    anke, mallory = make_user("anke"), make_user("mallory")
    room, (a,) = synced_group(server, client_factory, anke, also=(mallory,))
    post = a.commands.post(room, "Bitte um Rückmeldung").created
    assert isinstance(post, int)
    a.sync()
    [mine] = a.messages(room)
    assert mine.event_id is not None
    hostile = ("<b>x</b>\u202e" + "A" * 20, "😂" * 40, "a\nb")
    with server.transport(mallory.access_token) as http:
        for n, key in enumerate(hostile):
            content = mapping.reaction_content(mine.event_id, key)
            ok(http.execute(api.send_event(room, "m.reaction", f"hostile{n}", content)))
        ok(
            http.execute(
                api.send_event(
                    room, "m.reaction", "fine", mapping.reaction_content(mine.event_id, "🙏")
                )
            )
        )
    a.sync()
    assert [r.key for r in reactions(a.connected.replica, post)] == ["🙏"]
    reasons = [e.reason for e in quarantine.entries(a.connected.replica, room)]
    assert len([r for r in reasons if "reaction" in r]) == len(hostile)
