"""Drafts: what a user has written in a composer but not sent, kept in the replica.

One draft per group (its new post) and per post (a comment on it); saving an empty text
removes it, and sending clears it in the transaction that queues the message. The window
saves while one types and when it switches groups or quits, and reads the draft back
(``client.reads.drafts``) when the composer is shown again.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from client.clock import utcnow
from client.models import ComposerDraft

# A draft is the user's own text, but a pasted book should not grow the replica unbounded.
MAX_DRAFT_CHARS = 200_000


def save(
    session: Session, group_id: str, post_id: int | None, body: str, *, question: bool = False
) -> None:
    """Keep ``body`` as the draft of the group (``post_id`` None) or of a comment on a post."""
    clear(session, group_id, post_id)
    if not body.strip():
        return
    session.add(
        ComposerDraft(
            group_id=group_id,
            post_id=post_id,
            body=body[:MAX_DRAFT_CHARS],
            question=question,
            updated_at=utcnow(),
        )
    )
    session.flush()


def clear(session: Session, group_id: str, post_id: int | None) -> None:
    target = (
        ComposerDraft.post_id.is_(None) if post_id is None else ComposerDraft.post_id == post_id
    )
    session.execute(delete(ComposerDraft).where(ComposerDraft.group_id == group_id, target))
