"""End-to-end tests against a real Synapse on 127.0.0.1.

The fixtures (``synapse``, ``server``, ``make_user``, ``client_factory``) live in
tests/homeserver.py, shared with the fault tests in tests/sync/.
"""

from __future__ import annotations

from tests.homeserver import MakeUser

__all__ = ["MakeUser"]
