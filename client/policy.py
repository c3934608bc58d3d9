"""IT policy: settings that the organisation presets or locks for every user of a machine.

IT puts one policy file on the machine (or, on Windows, values under the Group Policy
registry key). It presets the server URL(s), organisation, updates (URL, channel or pinned
version, whether users may check themselves), offline retention,
storage cap and the largest download, and can lock any of them so the user cannot change
them. The UI asks `Policy.is_locked(key)` to grey a setting out and show "managed by your
organisation", and builds the settings the app runs with from `Policy.effective(user_settings)`:
built-in defaults < policy presets < user settings < locked policy values.

A policy with errors never stops the app: every bad entry (unknown key, wrong type, bad URL,
unreadable syntax) becomes a warning that names the key and, where known, the line, and
only that entry is ignored. An unusable value must not lock a user out of a working setup.

Where the policy lives (``TREFFPUNKT_POLICY`` overrides it, for tests and trials):

* Linux: ``/etc/treffpunkt/policy.toml``
* Windows: ``%ProgramData%\\Treffpunkt\\policy.toml``, then the registry key
  ``HKLM\\Software\\Policies\\Treffpunkt`` (Group Policy), whose values win key by key
* macOS: ``/Library/Application Support/Treffpunkt/policy.toml``

The file format (TOML)::

    server_urls = ["https://intranet.ermelo.nl"]
    organisation = "Gemeente Ermelo"
    update_url = "https://software.ermelo.nl/treffpunkt/"
    update_channel = "stable"
    user_updates = false
    offline_retention_days = 60
    storage_cap_mb = 4096
    max_download_mb = 2048
    auto_download_mb = 10
    allow_insecure_http = ["intranet.ermelo.local"]
    locked = ["server_urls", "update_url"]
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

ENV_VAR = "TREFFPUNKT_POLICY"
REGISTRY_KEY = r"Software\Policies\Treffpunkt"
FILE_NAME = "policy.toml"

# What the app does when neither policy nor user says otherwise.
DEFAULTS: dict[str, Any] = {
    "server_urls": [],
    "organisation": "",
    "update_url": "",
    # Which release line the app follows, or the one version it runs (empty: the newest).
    "update_channel": "stable",
    "update_version": "",
    # Whether the user may check for updates now; the scheduled checks run regardless.
    "user_updates": True,
    "offline_retention_days": 90,
    "storage_cap_mb": 2048,
    # The largest document file the app downloads: a server that sends more is cut off.
    "max_download_mb": 2048,
    # The largest image shown in a post without being asked (its thumbnail fetched and
    # cached); a larger one is a file row, opened by a click. 0: none without a click.
    "auto_download_mb": 10,
    # Hosts that may be reached over http:// besides this computer's own (sync.serverurl).
    "allow_insecure_http": [],
}


class PolicyValueError(ValueError):
    """A value that a setting does not accept; the message says why, for the warning."""


def _url(value: object) -> str:
    if not isinstance(value, str):
        raise PolicyValueError(f"expected a URL string, got {type(value).__name__}")
    parts = urlsplit(value.strip())
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise PolicyValueError(f"{value!r} is not an http(s) URL with a host")
    if parts.username or parts.password:
        # Credentials in a machine-wide file would be readable by every user.
        raise PolicyValueError("a URL must not contain a user name or password")
    return value.strip()


def _list(value: object, what: str) -> list[object]:
    # A single string is accepted because registry values and MSI properties are strings.
    if isinstance(value, str):
        value = [v for v in re.split(r"[;\s]+", value) if v]
    if not isinstance(value, list) or not value:
        raise PolicyValueError(f"expected a non-empty list of {what}")
    return value


def _urls(value: object) -> list[str]:
    return [_url(v) for v in _list(value, "URLs")]


_LABEL = r"[a-z0-9]([a-z0-9-]*[a-z0-9])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")


def _host(value: object) -> str:
    if not isinstance(value, str):
        raise PolicyValueError(f"expected a host name, got {type(value).__name__}")
    host = value.strip().strip("[]").rstrip(".").lower()
    if _HOST.match(host):
        return host
    try:
        import ipaddress  # only with this key set: most policies have none

        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    # A URL or a wildcard would allow more than IT meant: only exact host names.
    raise PolicyValueError(f"{value!r} is not a host name (no scheme, port, path or wildcard)")


def _hosts(value: object) -> list[str]:
    return [_host(v) for v in _list(value, "host names")]


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PolicyValueError("expected a non-empty string")
    return value.strip()


def _name(value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", value):
        raise PolicyValueError("expected a channel name of lowercase letters, digits, - . _")
    return value


def _version(value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"\d+(\.\d+){0,3}", value.strip()):
        raise PolicyValueError(f"expected a release version such as 0.2.0, got {value!r}")
    return value.strip()


def _flag(value: object) -> bool:
    # Registry values and MSI properties arrive as strings or DWORDs.
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    raise PolicyValueError(f"expected true or false, got {value!r}")


def _whole_number(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyValueError(f"expected a whole number, got {type(value).__name__}")
    if value < 0:
        raise PolicyValueError("expected a number of at least 0")
    return value


def _positive_int(value: object) -> int:
    # bool is an int subclass; `true` for a number of days is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyValueError(f"expected a whole number, got {type(value).__name__}")
    if value < 1:
        raise PolicyValueError("expected a number of at least 1")
    return value


VALIDATORS: dict[str, Callable[[object], Any]] = {
    "server_urls": _urls,
    "organisation": _text,
    "update_url": _url,
    "update_channel": _name,
    "update_version": _version,
    "user_updates": _flag,
    "offline_retention_days": _positive_int,
    "storage_cap_mb": _positive_int,
    "max_download_mb": _positive_int,
    "auto_download_mb": _whole_number,
    "allow_insecure_http": _hosts,
}
KEYS = frozenset(VALIDATORS)


# The values below are named tuples, not frozen dataclasses: they are made at every start,
# and a dataclass compiles its methods when its class is made (1-1.5 ms each).


class PolicyWarning(NamedTuple):
    """One ignored entry of a policy: where it was and why it was ignored."""

    source: str
    key: str | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line else "")
        what = f"key '{self.key}': " if self.key else ""
        return f"policy {where}: {what}{self.message} (ignored)"


class Policy(NamedTuple):
    """The valid entries of the machine's policy; what was ignored is in `warnings`."""

    values: Mapping[str, Any] = MappingProxyType({})
    locked: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()
    warnings: tuple[PolicyWarning, ...] = ()

    def value(self, key: str) -> Any:
        """The policy's value for `key`, or None when the policy does not set it."""
        _check_key(key)
        return self.values.get(key)

    def is_locked(self, key: str) -> bool:
        """True when the user may not change `key` (the policy sets and locks it)."""
        _check_key(key)
        return key in self.locked

    def is_managed(self, key: str) -> bool:
        """True when the policy presets `key`, locked or not (the UI can say so)."""
        _check_key(key)
        return key in self.values

    def effective(self, user: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Settings to run with: defaults < policy presets < valid user settings < locked."""
        merged = dict(DEFAULTS)
        merged.update({k: v for k, v in self.values.items() if k not in self.locked})
        for key, raw in (user or {}).items():
            if key not in KEYS or key in self.locked:
                continue
            try:
                merged[key] = VALIDATORS[key](raw)
            except PolicyValueError as exc:
                log.warning("user setting %s ignored: %s", key, exc)
        merged.update({k: self.values[k] for k in self.locked})
        return merged


def _check_key(key: str) -> None:
    # A typo in the UI's key name would silently report "not managed"; fail in tests instead.
    if key not in KEYS:
        raise KeyError(f"unknown setting {key!r}")


class _Collector:
    def __init__(self, source: str, text: str = "") -> None:
        self.source = source
        self.lines = text.splitlines()
        self.values: dict[str, Any] = {}
        self.locked: set[str] = set()
        self.warnings: list[PolicyWarning] = []

    def line_of(self, key: str) -> int | None:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number, line in enumerate(self.lines, 1):
            if pattern.match(line):
                return number
        return None

    def warn(self, key: str | None, message: str, line: int | None = None) -> None:
        if line is None and key is not None:
            line = self.line_of(key)
        warning = PolicyWarning(self.source, key, line, message)
        self.warnings.append(warning)
        log.warning("%s", warning)

    def take(self, raw: Mapping[str, object]) -> None:
        for key, value in raw.items():
            if key == "locked":
                self._take_locked(value)
            elif key not in KEYS:
                self.warn(key, f"unknown key (known: {', '.join(sorted(KEYS))}, locked)")
            else:
                try:
                    self.values[key] = VALIDATORS[key](value)
                except PolicyValueError as exc:
                    self.warn(key, str(exc))

    def _take_locked(self, value: object) -> None:
        if isinstance(value, str):
            value = [v for v in re.split(r"[;,\s]+", value) if v]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.warn("locked", "expected a list of setting names")
            return
        for name in value:
            if name in KEYS:
                self.locked.add(name)
            else:
                self.warn("locked", f"cannot lock unknown setting {name!r}")


def _parse_toml(collector: _Collector) -> None:
    import tomllib  # only with a policy file: most machines have none, and start-up waits

    text = "\n".join(collector.lines)
    try:
        collector.take(tomllib.loads(text))
        return
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        collector.warn(None, f"not valid TOML ({exc}); reading the file line by line", line)
    # Salvage what can be read: each line that is a complete `key = value` on its own.
    for number, line_text in enumerate(collector.lines, 1):
        stripped = line_text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            entry = tomllib.loads(stripped)
        except tomllib.TOMLDecodeError:
            collector.warn(None, f"cannot read {stripped[:40]!r}", number)
            continue
        before = len(collector.warnings)
        collector.take(entry)
        for i in range(before, len(collector.warnings)):
            w = collector.warnings[i]
            collector.warnings[i] = PolicyWarning(w.source, w.key, number, w.message)


def read_file(path: Path) -> Policy:
    """The policy in one TOML file; a missing file is an empty policy, not an error."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except (OSError, UnicodeDecodeError) as exc:
        collector = _Collector(str(path))
        collector.warn(None, f"cannot read the file: {exc}")
        return _freeze(collector)
    collector = _Collector(str(path), text)
    _parse_toml(collector)
    return _freeze(collector, (str(path),))


def _freeze(collector: _Collector, sources: tuple[str, ...] = ()) -> Policy:
    locked = frozenset(k for k in collector.locked if k in collector.values)
    for key in sorted(collector.locked - locked):
        collector.warn("locked", f"'{key}' is locked but has no valid value, so it stays free")
    return Policy(collector.values, locked, sources, tuple(collector.warnings))


def from_mapping(raw: Mapping[str, object], source: str) -> Policy:
    """A policy from already-parsed values (the Windows registry; tests)."""
    collector = _Collector(source)
    collector.take(raw)
    return _freeze(collector, (source,))


def merge(first: Policy, second: Policy) -> Policy:
    """`second` wins key by key (the registry over the file on Windows)."""
    values = {**first.values, **second.values}
    return Policy(
        values,
        frozenset(k for k in first.locked | second.locked if k in values),
        first.sources + second.sources,
        first.warnings + second.warnings,
    )


def default_path(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> Path:
    """Where the machine-wide policy file lives on `platform`."""
    if platform == "win32":
        return Path(env.get("ProgramData", r"C:\ProgramData")) / "Treffpunkt" / FILE_NAME
    if platform == "darwin":
        return Path("/Library/Application Support/Treffpunkt") / FILE_NAME
    return Path("/etc/treffpunkt") / FILE_NAME


def _read_registry() -> Mapping[str, object]:
    if sys.platform != "win32":
        return {}
    import winreg

    raw: dict[str, object] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return raw
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            index += 1
            # An MSI writes a property that was not given as an empty string: not set.
            if value not in ("", None):
                raw[name] = list(value) if isinstance(value, list | tuple) else value
    return raw


def load(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Policy:
    """The machine's policy. Never raises: problems end up in `Policy.warnings`."""
    override = env.get(ENV_VAR)
    if override:
        return read_file(Path(override))
    policy = read_file(default_path(platform, env))
    if platform == "win32":
        try:
            policy = merge(policy, from_mapping(_read_registry(), "HKLM\\" + REGISTRY_KEY))
        except OSError as exc:
            log.warning("policy registry key unreadable: %s (ignored)", exc)
    return policy
