"""The one list of our modules the desktop app loads when first needed, not at start.

The window must show before the database stack, the engine and the pages not on screen load
(``HEAVY`` in ``tests/ui/test_cold_start.py``), so a module that needs one of them writes
``lazy.stream.StreamPage`` where it uses it, after ``from ui import lazy`` at its top: the
module ``stream`` stands for is imported on that first use, on whichever thread gets there
first, and found directly ever after (see ``client.lazy``). ``ui.app`` reaches even its
light modules this way, so that they load after PySide's import hook is dropped and
collection is off (``ui.app.main``). The pages' modules are also preloaded by name on a
worker once the window shows (``ui.mainwindow.PAGE_MODULES``).

Qt's types and the few standard modules start-up does without (``ctypes``, ``signal``,
``subprocess``, ``tempfile`` …) stay imported inside the functions that use them: PySide
builds a type's bindings (and its enums) when its name is first imported, so gathering them
here would gain nothing and only move that cost around.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from client.lazy import importer

if TYPE_CHECKING:
    from client import (
        accounts,
        changes,
        commands,
        credentials,
        keyringstore,
        notifications,
        offline,
        policy,
        selftest,
        tempcopies,
    )
    from client import appointments as appointment_store
    from client.reads import appointments as appointment_reads
    from client.reads import overview, posts
    from client.reads import search as search_reads
    from sync import engine, session, state, worker
    from ui import (
        activity,
        appointments,
        context,
        detail,
        i18n,
        icons,
        joindialog,
        login,
        mainwindow,
        members,
        moderation,
        notificationlist,
        notifylevel,
        ops,
        people,
        searchdialog,
        settingsdialog,
        status,
        stream,
        updates,
    )
    from ui.documents import opener
    from ui.documents import page as documents_page

# Each name and the module it stands for (a test checks that they match the imports above).
MODULES = {
    "accounts": "client.accounts",
    "activity": "ui.activity",
    "appointment_reads": "client.reads.appointments",
    "appointment_store": "client.appointments",
    "appointments": "ui.appointments",
    "changes": "client.changes",
    "commands": "client.commands",
    "context": "ui.context",
    "credentials": "client.credentials",
    "detail": "ui.detail",
    "documents_page": "ui.documents.page",
    "engine": "sync.engine",
    "i18n": "ui.i18n",
    "icons": "ui.icons",
    "joindialog": "ui.joindialog",
    "keyringstore": "client.keyringstore",
    "login": "ui.login",
    "mainwindow": "ui.mainwindow",
    "members": "ui.members",
    "moderation": "ui.moderation",
    "notificationlist": "ui.notificationlist",
    "notifications": "client.notifications",
    "notifylevel": "ui.notifylevel",
    "offline": "client.offline",
    "opener": "ui.documents.opener",
    "ops": "ui.ops",
    "overview": "client.reads.overview",
    "people": "ui.people",
    "policy": "client.policy",
    "posts": "client.reads.posts",
    "search_reads": "client.reads.search",
    "searchdialog": "ui.searchdialog",
    "selftest": "client.selftest",
    "session": "sync.session",
    "settingsdialog": "ui.settingsdialog",
    "state": "sync.state",
    "status": "ui.status",
    "stream": "ui.stream",
    "tempcopies": "client.tempcopies",
    "updates": "ui.updates",
    "worker": "sync.worker",
}

# For mypy, which otherwise takes the names above for this module's own imports only.
__all__ = [
    "accounts",
    "activity",
    "appointment_reads",
    "appointment_store",
    "appointments",
    "changes",
    "commands",
    "context",
    "credentials",
    "detail",
    "documents_page",
    "engine",
    "i18n",
    "icons",
    "joindialog",
    "keyringstore",
    "login",
    "mainwindow",
    "members",
    "moderation",
    "notificationlist",
    "notifications",
    "notifylevel",
    "offline",
    "opener",
    "ops",
    "overview",
    "people",
    "policy",
    "posts",
    "search_reads",
    "searchdialog",
    "selftest",
    "session",
    "settingsdialog",
    "state",
    "status",
    "stream",
    "tempcopies",
    "updates",
    "worker",
]

if not TYPE_CHECKING:  # hidden from mypy, which would then accept any name here
    __getattr__ = importer(__name__, MODULES, globals())
