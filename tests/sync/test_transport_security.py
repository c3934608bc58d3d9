"""Passwords and tokens never travel unencrypted to another machine: sign-in and resuming
refuse an http:// server that is not this computer (unless the IT policy names it), a
.well-known may not downgrade https to http, and a redirect to http is never followed.

The .well-known and the redirect come from ``httpx.MockTransport``: a real server that
publishes an http:// address for its domain cannot be set up on this machine's loopback."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from sync import api
from sync.session import LoginError, LoginFailure, login, resolve_homeserver, resume
from sync.transport import HttpTransport


class Server:
    """A mock server that answers .well-known with ``base_url`` and keeps what it saw."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/.well-known/matrix/client":
            return httpx.Response(200, json={"m.homeserver": {"base_url": self.base_url}})
        return httpx.Response(404, json={"errcode": "M_UNRECOGNIZED"})

    def factory(self, base_url: str) -> HttpTransport:
        return HttpTransport(base_url, transport=httpx.MockTransport(self.handle))


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "home", Credentials(MemorySecretStore()))


def test_a_well_known_that_points_to_http_is_refused() -> None:
    server = Server("http://matrix.ermelo.nl")
    with pytest.raises(LoginError) as refused:
        # Not even the policy's hosts may be reached by a downgrade.
        resolve_homeserver("ermelo.nl", server.factory, allow_http=["matrix.ermelo.nl"])
    assert refused.value.reason is LoginFailure.DOWNGRADE
    assert refused.value.details == ("ermelo.nl", "http://matrix.ermelo.nl")
    assert "ermelo.nl" in str(refused.value) and "http://matrix.ermelo.nl" in str(refused.value)
    assert [str(r.url) for r in server.requests] == ["https://ermelo.nl/.well-known/matrix/client"]


def test_a_well_known_that_points_to_https_is_followed() -> None:
    server = Server("https://matrix.ermelo.nl/")
    assert resolve_homeserver("ermelo.nl", server.factory) == "https://matrix.ermelo.nl"


def test_http_to_another_machine_is_refused_before_any_request(home: Home) -> None:
    with pytest.raises(LoginError) as refused:
        login(home, "http://intranet.ermelo.nl", "anke", "geheim", allow_http=[])
    assert refused.value.reason is LoginFailure.INSECURE
    assert refused.value.details == ("http://intranet.ermelo.nl",)
    assert home.accounts() == []


def test_http_to_this_computer_or_a_host_it_names_is_allowed() -> None:
    never = Server("https://unused")
    assert resolve_homeserver("http://127.0.0.1:8008", never.factory, allow_http=[])
    assert resolve_homeserver("http://[::1]:8008", never.factory, allow_http=[])
    url = "http://intranet.ermelo.local:8008"
    assert resolve_homeserver(url, never.factory, allow_http=["intranet.ermelo.local"]) == url
    assert never.requests == []


def test_resuming_an_account_on_an_http_server_needs_the_policy(home: Home) -> None:
    user = "@anke:ermelo.local"
    home.create_account(user, "http://intranet.ermelo.local", "DEVICE").close()
    home.credentials.set_access_token(user, "token")
    with pytest.raises(LoginError) as refused:
        resume(home, user, allow_http=[])
    assert refused.value.reason is LoginFailure.INSECURE
    connected = resume(home, user, allow_http=["intranet.ermelo.local"])
    connected.close()


def test_a_redirect_to_http_is_not_followed() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        location = str(request.url.copy_with(scheme="http"))
        return httpx.Response(301, headers={"Location": location})

    http = HttpTransport(
        "https://matrix.ermelo.nl", access_token="secret", transport=httpx.MockTransport(handle)
    )
    with http:
        result = http.execute(api.whoami())
    assert isinstance(result, api.MatrixError | api.TransportError)
    assert [r.url.scheme for r in seen] == ["https"]
