"""The one list of modules the core loads when first needed, not when it is imported.

The desktop app imports ``client.accounts`` and ``client.credentials`` before its window
shows, and the replica's reads (``client.reads``, ``client.offline``) with its pages, before
any replica is open; none of them may load SQLAlchemy, SQLCipher, cryptography or
markdown-it then. So a module that needs one of those writes ``lazy.store.open_replica``
where it uses it, after ``from client import lazy`` at its top: the module ``store`` stands
for is imported on that first use (on the worker that runs the function) and found directly
ever after. ``importer`` is every package's lazy module's ``__getattr__`` (``ui.lazy``,
``sync.lazy``).

Two kinds of import stay inside functions. The queries of ``client.reads`` and
``client.offline`` import SQLAlchemy and the schema (``client.models``) where they are
written: they are those functions' query language, named a dozen times in each, and
``lazy.models.Document.id`` in every column made the queries twice as long. And standard or
light modules that only one function needs, and only sometimes (``hashlib``, ``secrets``,
``platformdirs``, ``tomllib``, ``winreg``, alembic for a replica that needs a migration).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import markdown_it
    import nh3
    import sqlalchemy
    from markdown_it import token as markdown_token

    from client import commands, mediacache, models, outbox, search, store

# Each name and the module it stands for (a test checks that they match the imports above).
MODULES = {
    "commands": "client.commands",
    "markdown_it": "markdown_it",
    "markdown_token": "markdown_it.token",
    "mediacache": "client.mediacache",
    "models": "client.models",
    "nh3": "nh3",
    "outbox": "client.outbox",
    "search": "client.search",
    "sqlalchemy": "sqlalchemy",
    "store": "client.store",
}

# For mypy, which otherwise takes the names above for this module's own imports only.
__all__ = [
    "commands",
    "markdown_it",
    "markdown_token",
    "mediacache",
    "models",
    "nh3",
    "outbox",
    "search",
    "sqlalchemy",
    "store",
]


def importer(
    package: str, modules: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], ModuleType]:
    """A lazy module's ``__getattr__`` (PEP 562): imports the module a name stands for on
    its first use and keeps it in ``namespace`` (the lazy module's globals), where later
    uses find it without calling this again."""

    def __getattr__(name: str) -> ModuleType:  # noqa: N807
        try:
            path = modules[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        module = importlib.import_module(path)
        namespace[name] = module
        return module

    return __getattr__


if not TYPE_CHECKING:  # hidden from mypy, which would then accept any name here
    __getattr__ = importer(__name__, MODULES, globals())
