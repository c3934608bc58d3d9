"""``make screenshots``: the main views on the sample region, saved as PNGs at 1280x800.

    xvfb-run -a .venv/bin/python -m devkit.screenshots [--out build/screenshots] [--lang de]

Builds the demo's sample region into a throw-away replica (secrets in memory only), with
its appointments and the clock of the agenda at the sample's own day (``sample.NOW``), so
that the pictures do not change from day to day; writes
one post that waits to be sent and one that failed, and photographs: the stream, a thread,
search, the people directory, documents, the agenda, a member list, an organisation's
activity, the sign-in dialog, and the stream in a dark palette. Operations run inline, so
that each picture shows a settled window.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from client import membership, rooms
from client.accounts import Home
from client.changes import Changes
from client.credentials import Credentials, MemorySecretStore
from devkit import sample
from ui import i18n
from ui.app import _application
from ui.context import AccountSession, AppContext, Settings
from ui.login import LoginDialog
from ui.mainwindow import MainWindow
from ui.sidebar import ID_ROLE, NodeKind

USER = "@anke.devries:intranet.test"
SIZE = (1280, 800)


def _settle(app: QApplication) -> None:
    # Lists lay out again 100 ms after a width change: let that happen before the picture.
    loop = QEventLoop()
    QTimer.singleShot(250, loop.quit)
    loop.exec()
    app.processEvents()


def _shot(window: QWidget, *overlays: QWidget) -> QPixmap:
    picture = window.grab()
    if overlays:
        painter = QPainter(picture)
        for overlay in overlays:
            top_left = overlay.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
            painter.drawPixmap(top_left, overlay.grab())
        painter.end()
    return picture


def _dark_palette() -> QPalette:
    # Only for the dark-mode picture: a stand-in for what a desktop's dark theme supplies.
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26272a",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2c30",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#4f7cc9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Mid: "#3c4043",
        QPalette.ColorRole.Midlight: "#303134",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def _fix_clocks(window: MainWindow) -> None:
    """The agenda and a group's appointments as of the sample's day (the live app asks
    the real clock)."""
    window.agenda.clock = window.stream.appointments.clock = lambda: sample.NOW


def _member_list(ctx: AppContext, account: AccountSession, window: MainWindow, group: str) -> None:
    """The group's member list with an administrator and a moderator, and an invitation
    waiting in the sidebar."""
    replica = account.replica
    with replica.begin() as conn:
        people = [
            str(row[0])
            for row in conn.exec_driver_sql(
                "SELECT m.user_id FROM membership m JOIN person p ON p.user_id = m.user_id "
                "WHERE m.group_id = ? ORDER BY p.name LIMIT 2",
                (group,),
            )
        ]
        levels = {"users_default": 0, "users": {people[0]: 100, people[1]: 50}}
        rooms.set_power_levels(conn, group, json.dumps(levels))
        invitation = membership.InvitationRow(
            f"!wijkteam-oost:{sample.SERVER}", people[0], "Wijkteam Ermelo-Oost", ""
        )
        membership.keep_invitations(conn, [invitation], sample.NOW)
    ctx.hub.announce(USER, Changes(groups=frozenset({group}), invitations=True))
    window.sidebar.select(USER, NodeKind.GROUP, group)
    window.sidebar.scrollToTop()
    window._hide_detail()
    window.membership.open_members(USER, group, window.sidebar_model.group_name(USER, group) or "")
    dialog = window.membership.dialog
    assert dialog is not None
    dialog.resize(720, 480)
    dialog.move(window.geometry().center() - dialog.rect().center())


def take(out: Path, language: str) -> list[Path]:
    app = _application([])
    assert isinstance(app, QApplication)
    translators = i18n.install(app, language)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def save(name: str, picture: QPixmap) -> None:
        path = out / f"{name}.png"
        picture.save(str(path))
        saved.append(path)
        print(path)

    with tempfile.TemporaryDirectory(prefix="treffpunkt-shots-") as tmp:
        home = Home(Path(tmp), Credentials(MemorySecretStore()))
        replica = home.create_account(USER, "https://intranet.test")
        with replica.begin() as conn:
            # Appointments around the posts' own day, so the pictures are the same any day.
            sample.write_to_replica(conn, sample.generate(), sample.NOW.date())
        ctx = AppContext(home, Settings(Path(tmp) / "settings.ini"), inline_ops=True)
        account = ctx.open_replica_session(USER, replica)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        _fix_clocks(window)
        window.add_account(account)
        window.show()

        group = next(
            str(i.data(ID_ROLE)) for i in window.sidebar.walk() if i.data() == "Wmo Noord-Veluwe"
        )

        window.sidebar.select(USER, NodeKind.GROUP, group)
        ctx.hub.announce(
            USER,
            account.commands.post(
                group,
                "Offline geschreven in de bus: wie neemt vrijdag het **Wmo-spreekuur** over?",
                question=True,
            ),
        )
        ctx.hub.announce(
            USER, account.commands.post(group, "Dit bericht is door de server geweigerd.")
        )
        with replica.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE outbox_entry SET state = 'failed', last_error = 'M_FORBIDDEN: "
                "geen schrijfrechten' WHERE id = (SELECT max(id) FROM outbox_entry)"
            )
        ctx.hub.announce(USER, Changes(outbox=True))
        _settle(app)
        save("01-stream", _shot(window))

        model = window.stream.model
        assert model is not None
        row = next(r for r in range(model.rowCount()) if model.post(r).comments >= 2)
        window.stream.view.setCurrentIndex(model.index(row, 0))
        window.detail.show_post(account, model.post(row).id)
        _settle(app)
        save("02-thread", _shot(window))

        dialog = window.open_search()
        assert dialog is not None
        dialog.box.setText("Wmo")
        dialog.run_now()
        _settle(app)
        save("03-search", _shot(window, dialog))
        dialog.close()

        window.sidebar.select(USER, NodeKind.PEOPLE)
        window.people.view.setCurrentIndex(window.people.view.model().index(3, 0))
        window.people.view.activated.emit(window.people.view.currentIndex())
        _settle(app)
        save("04-people", _shot(window))

        window.sidebar.select(USER, NodeKind.DOCUMENTS)
        tree = window.documents.view
        first_group = tree.model().index(0, 0)
        first_folder = tree.model().index(0, 0, first_group)
        tree.expand(first_folder)
        tree.setCurrentIndex(tree.model().index(0, 0, first_folder))  # its detail opens
        _settle(app)
        save("05-documents", _shot(window))

        window.sidebar.select(USER, NodeKind.AGENDA)
        window.agenda.past_button.click()  # the one that is over, unfolded
        _settle(app)
        save("08-agenda", _shot(window))
        _member_list(ctx, account, window, group)
        _settle(app)
        assert window.membership.dialog is not None
        save("09-members", _shot(window, window.membership.dialog))
        window.membership.dialog.close()

        # The organisation with the most groups, as of the sample's newest post.
        with replica.connect() as conn:
            organisation, newest = conn.exec_driver_sql(
                "SELECT o.organisation_id, "
                "(SELECT max(created_at) FROM message WHERE event_id IS NOT NULL) "
                "FROM group_organisation o GROUP BY o.organisation_id "
                "ORDER BY count(*) DESC LIMIT 1"
            ).one()
        window.activity.clock = lambda: datetime.fromisoformat(str(newest))
        window.sidebar.activity_requested.emit(USER, "organisation", organisation)
        window.activity.tabs.setCurrentIndex(1)  # the open questions, oldest first
        _settle(app)
        save("10-activity", _shot(window))

        login = LoginDialog(ctx, window)
        login.setWindowModality(Qt.WindowModality.NonModal)
        login.show()
        login.server.setText("intranet")
        login.submit()
        _settle(app)
        save("06-login", login.grab())
        login.close()

        # A desktop in dark mode hands the app a dark palette before any window exists.
        window.close()
        app.setPalette(_dark_palette())
        app.setStyleSheet(app.styleSheet())
        dark = MainWindow(ctx)
        dark.resize(*SIZE)
        _fix_clocks(dark)
        dark.add_account(account)
        dark.show()
        dark.sidebar.select(USER, NodeKind.GROUP, group)
        dark.detail.show_post(account, model.post(row).id)
        _settle(app)
        save("07-dark", _shot(dark))

        dark.close()
        ctx.shutdown()
    del translators
    return saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devkit.screenshots", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/screenshots"))
    parser.add_argument("--lang", choices=("de", "nl", "en"), default="de")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    take(args.out, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
