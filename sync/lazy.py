"""The one list of modules ``sync`` loads when first needed, not when it is imported.

The desktop app reads its sync workers' lines with ``sync.worker``'s helpers, on the GUI
thread: importing that module must not load the engine, httpx or the database stack, which
a worker process loads once it has read its account (``sync.worker.serve``). So a module
that needs one of those writes ``lazy.engine.SyncEngine`` where it uses it, after
``from sync import lazy`` at its top (see ``client.lazy``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from client.lazy import importer

if TYPE_CHECKING:
    from client import lookup
    from sync import engine, session

# Each name and the module it stands for (a test checks that they match the imports above).
MODULES = {
    "engine": "sync.engine",
    "lookup": "client.lookup",
    "session": "sync.session",
}

# For mypy, which otherwise takes the names above for this module's own imports only.
__all__ = ["engine", "lookup", "session"]

if not TYPE_CHECKING:  # hidden from mypy, which would then accept any name here
    __getattr__ = importer(__name__, MODULES, globals())
