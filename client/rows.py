"""The rows the pages hold: frozen values read from the replica by ``client.reads``.

Plain values, so that a worker can hand them to the GUI thread and a view can keep them;
nothing here imports the database stack, so the pages can import this module before any
replica is open. The sidebar's and status line's rows are in ``client.reads.overview``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# -- posts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PostRow:
    """A post, question or comment as a list shows it. A group scrolled to its end keeps
    100,000 of these: slots, and one string object for each group, kind and author
    (``intern``), keep that to a few hundred bytes a post."""

    id: int
    group_id: str
    kind: str  # post, question or comment
    author_id: str
    author_name: str
    body_html: str
    created_at: datetime
    edited: bool
    answered: bool
    likes: int
    liked_by_me: bool
    comments: int
    pending: bool
    failed_entry_id: int | None = None
    failed_reason: str | None = None
    # For a question: the comment marked as its answer.
    answer_id: int | None = None
    # Written by the signed-in user: they may edit and delete it.
    mine: bool = False

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.created_at, self.id)


@dataclass(frozen=True)
class ThreadData:
    post: PostRow | None
    comments: list[PostRow]
