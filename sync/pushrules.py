"""A group's notification level as the user's Matrix push rules, both ways.

The rules follow what Element writes, so that every device of the user agrees:

- everything: a ``room`` rule with the room id as its id and the action ``notify``;
- mentions only: a ``room`` rule with no actions, so only the mention rules (``override``
  and ``content`` rules, which come first) notify;
- nothing: an ``override`` rule with the room id as its id, the one condition
  ``event_match room_id``, and no actions; it wins over the mention rules.

A group with neither rule notifies everything (the server's default rules). Read from the
``m.push_rules`` account data /sync sends when the rules change; a rule of another shape
(more conditions, another pattern, disabled) says nothing about the group.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from client import notifylevel
from client.changes import Changes
from client.notifylevel import ALL, MENTIONS, MUTE
from client.outbox import Entry
from client.store import Replica, Transaction
from sync import api
from sync.api import MatrixError
from sync.calls import Caller, PermanentEntryError

EVENT_TYPE = "m.push_rules"
# More rules than a person has groups would be odd; the rest is not read.
MAX_RULES = 10_000


def levels(content: Mapping[str, Any]) -> dict[str, str]:
    """Each group's level that the push rules ``content`` set (groups without one: all)."""
    scope = content.get("global")
    if not isinstance(scope, Mapping):
        return {}
    out: dict[str, str] = {}
    for rule in _rules(scope, "room"):
        rule_id = rule.get("rule_id")
        if isinstance(rule_id, str) and rule_id.startswith("!"):
            out[rule_id] = ALL if _notifies(rule) else MENTIONS
    for rule in _rules(scope, "override"):
        rule_id = rule.get("rule_id")
        if isinstance(rule_id, str) and _mutes(rule, rule_id):
            out[rule_id] = MUTE
    return out


def _rules(scope: Mapping[str, Any], kind: str) -> list[Mapping[str, Any]]:
    rules = scope.get(kind)
    if not isinstance(rules, list):
        return []
    return [
        r for r in rules[:MAX_RULES] if isinstance(r, Mapping) and r.get("enabled", True) is True
    ]


def _notifies(rule: Mapping[str, Any]) -> bool:
    actions = rule.get("actions")
    return isinstance(actions, list) and "notify" in actions


def _mutes(rule: Mapping[str, Any], room_id: str) -> bool:
    conditions = rule.get("conditions")
    return (
        not _notifies(rule)
        and isinstance(conditions, list)
        and conditions == [{"kind": "event_match", "key": "room_id", "pattern": room_id}]
    )


def apply(tx: Transaction, account_data: tuple[api.AccountDataEvent, ...]) -> Changes:
    """Apply the push rules among a /sync answer's account data (newest last), if any."""
    rules = [event for event in account_data if event.type == EVENT_TYPE]
    if not rules:
        return Changes()
    return notifylevel.apply_levels(tx, levels(rules[-1].content))


def catch_up(caller: Caller, replica: Replica) -> Changes:
    """Read the push rules once for an account that never had them from /sync."""
    if notifylevel.known(replica):
        return Changes()
    content = caller.call(api.get_push_rules()).content
    with replica.begin() as tx:
        return notifylevel.apply_levels(tx, levels(content))


def send(caller: Caller, entry: Entry) -> None:
    """Write the group's level as its push rules, removing the rule of another level."""
    level = entry.payload.get("level")
    room = entry.group_id
    if level == MUTE:
        mute = {
            "actions": [],
            "conditions": [{"kind": "event_match", "key": "room_id", "pattern": room}],
        }
        caller.call(api.put_push_rule("override", room, mute))
        _delete(caller, "room", room)
    elif level in (ALL, MENTIONS):
        _delete(caller, "override", room)
        actions = ["notify"] if level == ALL else []
        caller.call(api.put_push_rule("room", room, {"actions": actions}))
    else:
        raise PermanentEntryError(f"no notification level {level!r}")


def _delete(caller: Caller, kind: str, rule_id: str) -> None:
    result = caller.transport.execute(api.delete_push_rule(kind, rule_id))
    if isinstance(result, MatrixError) and result.errcode == "M_NOT_FOUND":
        return  # no such rule: nothing to remove
    caller.unwrap(result)
