"""``Changes``: what a command or a sync step changed, so that each view can decide to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Refusal:
    """The server refused a moderation change (``client.moderation``), which was undone."""

    kind: str  # the outbox kind: pin, delete, group_text, kick, role
    group_id: str
    detail: str  # whom or what it was about, when the kind has one
    errcode: str
    error: str


@dataclass(frozen=True)
class Changes:
    messages: frozenset[int] = field(default_factory=frozenset)
    groups: frozenset[str] = field(default_factory=frozenset)
    documents: frozenset[str] = field(default_factory=frozenset)
    people: frozenset[str] = field(default_factory=frozenset)
    organisations: frozenset[str] = field(default_factory=frozenset)
    outbox: bool = False
    # Invitations came, went or were answered.
    invitations: bool = False
    # The id of the row a command created, when it created one.
    created: int | str | None = None
    # Moderation changes the server refused: the user is told.
    refusals: tuple[Refusal, ...] = ()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            messages=self.messages | other.messages,
            groups=self.groups | other.groups,
            documents=self.documents | other.documents,
            people=self.people | other.people,
            organisations=self.organisations | other.organisations,
            outbox=self.outbox or other.outbox,
            invitations=self.invitations or other.invitations,
            created=other.created if other.created is not None else self.created,
            refusals=self.refusals + other.refusals,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.messages
            or self.groups
            or self.documents
            or self.people
            or self.organisations
            or self.outbox
            or self.invitations
            or self.refusals
        )


NOTHING = Changes()
