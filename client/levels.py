"""What a group's power levels allow, from the JSON the replica keeps of them.

Light (no database stack), so that the read layer and the window can use it before an
account is open. The Matrix defaults apply where the room's event leaves a key out: 50 to
redact, kick and send state, 0 to invite, the ``events`` entry of a state type or else
``state_default``; in room versions that rank the creators above every power level, they
may do everything.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from client.rows import GroupPermissions

MODERATOR_LEVEL = 50
PINNED_EVENTS = "m.room.pinned_events"
PIN_CAP = 100  # most pins kept; a longer list from the server is cut
INFINITE = 2**53  # a creator's level, where the room version ranks them above all


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


@dataclass(frozen=True)
class Levels:
    """A group's power levels as stored (the keys of ``m.room.power_levels``)."""

    content: Mapping[str, Any]
    creators: frozenset[str] = frozenset()
    known: bool = True

    @classmethod
    def parse(cls, levels: str | None, creators: str | None = None) -> Levels:
        def load(text: str | None) -> Any:
            try:
                return json.loads(text) if text else None
            except ValueError:
                return None

        content = load(levels)
        owners = load(creators)
        return cls(
            content if isinstance(content, dict) else {},
            frozenset(u for u in owners if isinstance(u, str))
            if isinstance(owners, list)
            else frozenset(),
            known=isinstance(content, dict),
        )

    def of(self, user_id: str) -> int:
        if user_id in self.creators:
            return INFINITE
        users = self.content.get("users")
        default = _int(self.content.get("users_default"), 0)
        return _int(users.get(user_id), default) if isinstance(users, Mapping) else default

    def action(self, name: str) -> int:
        return _int(self.content.get(name), MODERATOR_LEVEL)

    def state(self, event_type: str) -> int:
        events = self.content.get("events")
        default = _int(self.content.get("state_default"), MODERATOR_LEVEL)
        return _int(events.get(event_type), default) if isinstance(events, Mapping) else default

    def may_redact(self, user_id: str) -> bool:
        """Whether the user may redact others' events."""
        return self.of(user_id) >= self.action("redact")

    def permissions(self, user_id: str) -> GroupPermissions:
        mine = self.of(user_id)
        return GroupPermissions(
            level=mine,
            known=self.known,
            pin=mine >= self.state(PINNED_EVENTS),
            remove=self.may_redact(user_id),
            edit=mine >= max(self.state("m.room.name"), self.state("m.room.topic")),
            kick=mine >= self.action("kick"),
            promote=mine >= max(self.state("m.room.power_levels"), MODERATOR_LEVEL),
            # The spec's default for inviting is 0, unlike the other actions.
            invite=mine >= _int(self.content.get("invite"), 0),
        )

    def may_kick(self, user_id: str, target: str) -> bool:
        return self.permissions(user_id).kick and self.of(target) < self.of(user_id)

    def may_set_role(self, user_id: str, target: str) -> bool:
        """Whether the user may make ``target`` a moderator or take it back: only someone
        below them, and never themselves."""
        return (
            target != user_id
            and self.permissions(user_id).promote
            and self.of(target) < self.of(user_id)
            and target not in self.creators
        )


def pinned_ids(text: str | None) -> list[str]:
    """The stored pins; anything but a list of event ids reads as none."""
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)][:PIN_CAP] if isinstance(value, list) else []
