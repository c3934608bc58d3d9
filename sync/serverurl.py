"""Which homeserver addresses Treffpunkt talks to: https, and http only where it is safe.

Over ``http://`` the password and the access token cross the network in clear text. It is
accepted for this machine's own loopback addresses (127.0.0.0/8, ::1, ``localhost``: a
local test server) and for the hosts IT names in the policy key ``allow_insecure_http``;
everything else needs ``https://``. Discovery through ``.well-known`` (fetched over https)
may not point to an ``http://`` homeserver at all: that would let whoever answers for the
domain downgrade the connection.

Pure functions on strings: no I/O, so the rule is the same for the window, the sync worker
and the command line, and cheap to test.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from urllib.parse import urlsplit


class InsecureServerError(ValueError):
    """The address would send passwords and tokens unencrypted; the message says which."""

    def __init__(self, url: str, *, discovered_from: str | None = None) -> None:
        if discovered_from is None:
            message = (
                f"{url} is not encrypted (http://); Treffpunkt uses https:// for every "
                "server other than this computer, unless the IT policy allows the host"
            )
        else:
            message = (
                f"the server address published for {discovered_from} ({url}) is not "
                "encrypted (http://); Treffpunkt does not follow it"
            )
        super().__init__(message)
        self.url = url
        self.discovered_from = discovered_from


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def normalise_host(host: str) -> str:
    """A host name as the policy and a URL are compared: lower case, no brackets or final dot."""
    return host.strip().strip("[]").rstrip(".").lower()


def check_server_url(url: str, allow_http: Collection[str] = ()) -> str:
    """Return ``url`` if Treffpunkt may talk to it; raise ``InsecureServerError`` if not.

    ``allow_http`` is the policy's list of hosts that may be reached over http://.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "https":
        return url
    host = parts.hostname or ""
    if scheme == "http" and host:
        allowed = {normalise_host(h) for h in allow_http}
        if is_loopback(host) or normalise_host(host) in allowed:
            return url
    raise InsecureServerError(url)


def check_discovered_url(url: str, domain: str) -> str:
    """A homeserver address found through ``https://domain/.well-known``: never http://,
    whatever the policy allows for addresses typed in."""
    if urlsplit(url.strip()).scheme.lower() != "https":
        raise InsecureServerError(url, discovered_from=domain)
    return url
