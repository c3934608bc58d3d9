"""Drafts of posts and comments: kept per group and per post, cleared by sending."""

from __future__ import annotations

from pathlib import Path

import pytest

from client import ingest
from client.commands import LocalCommands
from client.reads.drafts import draft
from client.store import Replica, open_replica
from tests.conftest import GROUP, TEST_KEY, USER


@pytest.fixture
def cmds(replica: Replica) -> LocalCommands:
    return LocalCommands(replica, USER)


def test_a_group_draft_and_a_comment_draft_are_kept_apart(
    cmds: LocalCommands, replica: Replica
) -> None:
    cmds.post(GROUP, "the post")
    post_id = cmds.post(GROUP, "another post").created
    assert isinstance(post_id, int)
    cmds.save_draft(GROUP, "half a post", question=True)
    cmds.save_draft(GROUP, "half a comment", post_id=post_id)
    cmds.save_draft(GROUP, "half a post, longer", question=True)
    group_draft = draft(replica, GROUP)
    assert group_draft is not None
    assert (group_draft.body, group_draft.question) == ("half a post, longer", True)
    comment_draft = draft(replica, GROUP, post_id)
    assert comment_draft is not None and comment_draft.body == "half a comment"


def test_sending_clears_only_its_own_draft(cmds: LocalCommands, replica: Replica) -> None:
    post_id = cmds.post(GROUP, "a post").created
    assert isinstance(post_id, int)
    cmds.save_draft(GROUP, "next post")
    cmds.save_draft(GROUP, "a comment", post_id=post_id)
    cmds.comment(post_id, "a comment")
    assert draft(replica, GROUP, post_id) is None
    assert draft(replica, GROUP) is not None
    cmds.post(GROUP, "next post")
    assert draft(replica, GROUP) is None


def test_an_empty_text_removes_the_draft(cmds: LocalCommands, replica: Replica) -> None:
    cmds.save_draft(GROUP, "something")
    cmds.save_draft(GROUP, "  \n")
    assert draft(replica, GROUP) is None


def test_a_draft_survives_reopening_and_goes_with_its_group(
    cmds: LocalCommands, replica: Replica, tmp_path: Path
) -> None:
    cmds.save_draft(GROUP, "kept across a restart")
    path = replica.path
    replica.close()
    reopened = open_replica(path, TEST_KEY)
    try:
        kept = draft(reopened, GROUP)
        assert kept is not None and kept.body == "kept across a restart"
        with reopened.begin() as tx:
            ingest.purge_group(tx, GROUP)
        assert draft(reopened, GROUP) is None
        # A draft saved for a group that went meanwhile is dropped, not an error.
        assert LocalCommands(reopened, USER).save_draft(GROUP, "too late").empty
    finally:
        reopened.close()
