"""The region ``treffpunkt-admin init`` provisions: organisations and groups from a config file.

A region is JSON or TOML: ``organisations`` (key, name, description) and ``groups`` (the
format of resources/sample/groups.json, inline or as the path of such a file relative to
the config). Keys become room aliases, so they are checked here, before anything is sent.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """The configuration or input file is unusable; nothing was changed."""


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class GroupSpec:
    key: str
    name: str
    description: str = ""
    kind: str = "group"
    organisations: tuple[str, ...] = ()  # organisation keys
    members: tuple[str, ...] = ()  # user names or user ids
    # Open to its organisations: their members join without an invitation (join rule
    # "restricted" to the organisations' spaces); otherwise invite-only.
    open: bool = False


@dataclass(frozen=True)
class RegionConfig:
    organisations: tuple[OrganisationSpec, ...]
    groups: tuple[GroupSpec, ...] = ()


_KEY = re.compile(r"^[a-z0-9][a-z0-9._=-]*$")


def _text(item: Mapping[str, Any], name: str, where: str, default: str | None = None) -> str:
    value = item.get(name, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise ConfigError(f"{where}: {name!r} must be text")
    return value.strip()


def _texts(item: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = item.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {name!r} must be a list of text")
    return tuple(v.strip() for v in value if v.strip())


def parse_config(data: object, base: Path | None = None) -> RegionConfig:
    """A region from parsed JSON/TOML: ``organisations`` and ``groups`` (the format of
    resources/sample/groups.json, inline or as a path relative to the config file)."""
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be an object/table")
    orgs: list[OrganisationSpec] = []
    for index, item in enumerate(data.get("organisations", [])):
        where = f"organisations[{index}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} must be an object/table")
        key = _text(item, "key", where)
        if not _KEY.match(key):
            raise ConfigError(f"{where}: key {key!r} may hold only a-z, 0-9 and . _ = -")
        orgs.append(
            OrganisationSpec(key, _text(item, "name", where), _text(item, "description", where, ""))
        )
    groups_data = data.get("groups", [])
    if isinstance(groups_data, str):
        path = (base or Path.cwd()) / groups_data
        try:
            groups_data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"groups file {path}: {exc}") from exc
    if not isinstance(groups_data, list):
        raise ConfigError("'groups' must be a list or the path of a groups.json")
    org_keys = {o.key for o in orgs}
    if len(org_keys) != len(orgs):
        raise ConfigError("two organisations have the same key")
    groups: list[GroupSpec] = []
    for index, item in enumerate(groups_data):
        where = f"groups[{index}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} must be an object/table")
        key = _text(item, "key", where)
        if not _KEY.match(key):
            raise ConfigError(f"{where}: key {key!r} may hold only a-z, 0-9 and . _ = -")
        group_orgs = _texts(item, "organisations", where)
        unknown = [o for o in group_orgs if o not in org_keys]
        if unknown:
            raise ConfigError(f"{where} ({key}): unknown organisation {', '.join(unknown)}")
        is_open = item.get("open", False)
        if not isinstance(is_open, bool):
            raise ConfigError(f"{where} ({key}): 'open' must be true or false")
        if is_open and not group_orgs:
            raise ConfigError(f"{where} ({key}): an open group needs an organisation")
        groups.append(
            GroupSpec(
                key=key,
                name=_text(item, "name", where),
                description=_text(item, "description", where, ""),
                kind=_text(item, "kind", where, "group"),
                organisations=group_orgs,
                members=_texts(item, "members", where),
                open=is_open,
            )
        )
    if len({g.key for g in groups}) != len(groups):
        raise ConfigError("two groups have the same key")
    return RegionConfig(tuple(orgs), tuple(groups))


def load_config(path: Path) -> RegionConfig:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            data: object = tomllib.loads(raw.decode("utf-8"))
        else:
            data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    return parse_config(data, path.parent)
