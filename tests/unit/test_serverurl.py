"""The rule for server addresses: https everywhere, http:// only to this computer or to a
host the IT policy names, and never an http:// address found through .well-known."""

from __future__ import annotations

import pytest

from sync.serverurl import (
    InsecureServerError,
    check_discovered_url,
    check_server_url,
    is_loopback,
)


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST", "localhost.",
     "::ffff:127.0.0.1"],
)  # fmt: skip
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host",
    ["128.0.0.1", "10.0.0.1", "0.0.0.0", "::", "fe80::1", "localhost.example.org",
     "mylocalhost", "127.0.0.1.nip.io", "::ffff:10.0.0.1", ""],
)  # fmt: skip
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


@pytest.mark.parametrize(
    "url",
    [
        "https://intranet.ermelo.nl",
        "HTTPS://intranet.ermelo.nl:8448/",
        "http://127.0.0.1:8008",
        "http://localhost:8008",
        "http://[::1]:8008",
    ],
)
def test_encrypted_or_local_addresses_pass(url: str) -> None:
    assert check_server_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://intranet.ermelo.nl",
        "http://10.1.2.3:8008",
        "http://localhost.evil.example",
        "HTTP://intranet.ermelo.nl",
        "ftp://intranet.ermelo.nl",
        "intranet.ermelo.nl",
        "http://",
    ],
)
def test_unencrypted_addresses_elsewhere_are_refused(url: str) -> None:
    with pytest.raises(InsecureServerError) as refused:
        check_server_url(url)
    assert refused.value.url == url and refused.value.discovered_from is None


def test_the_policy_allows_http_for_the_hosts_it_names_only() -> None:
    allowed = ["intranet.ermelo.local", "10.1.2.3"]
    assert check_server_url("http://Intranet.Ermelo.Local:8008/", allowed)
    assert check_server_url("http://10.1.2.3", allowed)
    for url in ("http://other.ermelo.local", "http://sub.intranet.ermelo.local"):
        with pytest.raises(InsecureServerError):
            check_server_url(url, allowed)


def test_well_known_may_not_point_to_http_even_for_an_allowed_or_local_host() -> None:
    assert check_discovered_url("https://matrix.ermelo.nl", "ermelo.nl")
    for url in ("http://matrix.ermelo.nl", "http://127.0.0.1:8008"):
        with pytest.raises(InsecureServerError) as refused:
            check_discovered_url(url, "ermelo.nl")
        assert refused.value.discovered_from == "ermelo.nl"
        assert "ermelo.nl" in str(refused.value) and url in str(refused.value)
