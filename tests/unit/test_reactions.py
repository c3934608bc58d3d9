"""Reactions besides the like: usable keys, toggled offline, counted and named."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from client.commands import CommandError, LocalCommands
from client.models import OutboxEntry, OutboxKind
from client.reactions import LIKE, REACTIONS, usable_key
from client.reads.posts import stream_page
from client.reads.reactions import reactions
from client.store import Replica
from tests.conftest import GROUP, USER


@pytest.fixture
def cmds(replica: Replica) -> LocalCommands:
    return LocalCommands(replica, USER)


@pytest.mark.parametrize("key", [LIKE, *REACTIONS, "👨‍👩‍👧‍👦", "👍🏽", "+1", "🦄"])
def test_emoji_and_short_text_are_usable_keys(key: str) -> None:
    assert usable_key(key)


@pytest.mark.parametrize(
    "key",
    ["", " ", "😂" * 17, "a\nb", "\u202eevil", "x\u0000", "\u2028", "\ud800", "a\u200bb"],
)
def test_long_blank_or_control_keys_are_not(key: str) -> None:
    assert not usable_key(key)


def test_reactions_are_queued_with_their_key_and_counted_apart_from_likes(
    cmds: LocalCommands, replica: Replica
) -> None:
    post_id = cmds.post(GROUP, "Sommerfest").created
    assert isinstance(post_id, int)
    cmds.like(post_id)
    cmds.react(post_id, "🎉")
    assert cmds.react(post_id, "🎉").empty  # there already
    cmds.react(post_id, "❤️")
    with replica.session() as session:
        payloads = [
            e.payload
            for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))
            if e.kind is OutboxKind.REACT
        ]
    assert payloads == [{"key": LIKE}, {"key": "🎉"}, {"key": "❤️"}]
    [row] = stream_page(replica, GROUP, None)
    assert row.likes == 1 and row.liked_by_me
    assert row.reactions == (("❤️", 1, True), ("🎉", 1, True))  # the offered order
    assert [r.key for r in reactions(replica, post_id)] == [LIKE, "❤️", "🎉"]
    assert all(r.mine and r.count == 1 and r.names for r in reactions(replica, post_id))


def test_taking_back_an_unsent_reaction_leaves_nothing_to_send(
    cmds: LocalCommands, replica: Replica
) -> None:
    post_id = cmds.post(GROUP, "Sommerfest").created
    assert isinstance(post_id, int)
    cmds.react(post_id, "😮")
    cmds.like(post_id)
    cmds.unreact(post_id, "😮")
    assert [r.key for r in reactions(replica, post_id)] == [LIKE]
    with replica.session() as session:
        kinds = [e.kind for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))]
    assert kinds == [OutboxKind.POST, OutboxKind.REACT]


def test_an_unusable_key_is_refused(cmds: LocalCommands) -> None:
    post_id = cmds.post(GROUP, "Sommerfest").created
    assert isinstance(post_id, int)
    with pytest.raises(CommandError):
        cmds.react(post_id, "<b>" * 30)
