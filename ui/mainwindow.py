"""The main window: sidebar, stream or list, detail; search on Ctrl+K; status line.

Keyboard: Ctrl+K search, Ctrl+N write a post, Alt+1/2/3 go to sidebar / middle / detail,
Esc closes the detail pane, Enter opens the current post, L likes it, F2 edits one's own
post or comment and Delete deletes it (after asking), the menu key shows what else can be
done with it, Ctrl+, settings. The bell at the top lists mentions and replies.

Several accounts can be open at once, each with its own replica and sync thread; signing
one out asks first (saying what would be lost), then stops its sync, signs out on the
server and wipes its local data on a worker. When the server no longer accepts an account's
token, its sync worker says how (``sync.state.AuthLoss``): a removed device or revoked
token wipes the account as signing out does and says why; an expired session keeps
everything and asks for the password again.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from client.credentials import MissingKeyError
from sync.state import AuthLoss
from ui import icons, lazy, plain, refguard
from ui.context import AccountSession, AppContext
from ui.notificationmodel import NotificationModel
from ui.notifications import (
    NotificationButton,
    NotificationWatcher,
    SystemTrayNotifier,
    TrayNotifier,
)
from ui.ops import Op
from ui.reminders import ReminderWatcher
from ui.sidebar import NodeKind, SidebarModel, SidebarView
from ui.status import SyncRunner, SyncStatusBar

if TYPE_CHECKING:
    # Types only: these pull in SQLAlchemy, httpx, the search index or cryptography, which
    # load on the worker that opens an account; the dialogs are imported when first opened.
    # The pages (stream, people, documents, details) are built when first shown: the window
    # a user sees at start is the sidebar and the "Opening …" line, and Qt's types and enums
    # for the rest cost start-up a third of a second.
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from client import search
    from client.accounts import Home
    from client.changes import Changes
    from client.notifications import Notification
    from client.reads.overview import LocalStatus
    from client.store import Replica
    from sync.session import Connected
    from ui.activity import ActivityPage
    from ui.appointments import AgendaPage
    from ui.detail import DetailPane
    from ui.documents.page import DocumentsPage
    from ui.joindialog import JoinGroupsDialog
    from ui.login import LoginDialog
    from ui.members import MembershipActions
    from ui.moderation import ModerationActions
    from ui.people import PeoplePage
    from ui.searchdialog import SearchDialog
    from ui.settingsdialog import SettingsDialog
    from ui.stream import StreamPage


class MainWindow(QMainWindow):
    navigated = Signal(str, str)  # what the middle pane shows now: kind, key
    signed_out = Signal(str)  # user id: its local data is gone

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        notifier: TrayNotifier | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Treffpunkt"))
        self.setAccessibleName(self.tr("Treffpunkt"))
        self.ctx = ctx
        self._runners: dict[str, SyncRunner] = {}
        self._current_account: str | None = None
        self.search_dialog: SearchDialog | None = None

        # Top bar.
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("topBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        title = QLabel(self.tr("Treffpunkt"), bar)
        title.setObjectName("appTitle")
        self.search_button = QPushButton(self.tr("Search … (Ctrl+K)"), bar)
        icons.set_icon(self.search_button, "search")
        self.search_button.setObjectName("searchButton")
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_button.setMaximumWidth(560)
        self.account_button = QToolButton(bar)
        icons.set_icon(self.account_button, "account")
        self.account_button.setIconSize(icons.icon_size(20))
        self.account_button.setAccessibleName(self.tr("Account"))
        self.account_button.setToolTip(self.tr("Account"))
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.notification_model = NotificationModel(ctx, self)
        self.notifications_button = NotificationButton(self.notification_model, bar)
        # Without a notifier given, the tray's comes with ``install_tray`` (once painted).
        self.notification_watcher = NotificationWatcher(ctx, notifier, self.isActiveWindow, self)
        self.reminders = ReminderWatcher(ctx, self._notifier, self)
        menu = QMenu(self.account_button)
        menu.aboutToShow.connect(self._on_account_menu_about_to_show)
        self.sign_in_action = menu.addAction(self.tr("Sign in to another account …"))
        self.sign_in_action.triggered.connect(self.show_login)
        self.join_action = menu.addAction(self.tr("Join groups …"))
        self.join_action.triggered.connect(self._on_join_action_triggered)
        self.new_group_action = menu.addAction(self.tr("New group …"))
        self.new_group_action.triggered.connect(self._on_new_group_action_triggered)
        self.mark_all_read_action = menu.addAction(self.tr("Mark all as read"))
        self.mark_all_read_action.triggered.connect(self._on_mark_all_read_action_triggered)
        self.settings_action = menu.addAction(self.tr("Settings …"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.settings_action.triggered.connect(self.open_settings)
        self.addAction(self.settings_action)
        menu.addSeparator()
        self.sign_out_action = menu.addAction(self.tr("Sign out …"))
        self.sign_out_action.triggered.connect(self._on_sign_out_action_triggered)
        self.account_button.setMenu(menu)
        self.settings_dialog: SettingsDialog | None = None
        self.join_dialog: JoinGroupsDialog | None = None
        self._membership_actions: MembershipActions | None = None
        self.sign_out_box: QMessageBox | None = None
        # Told when the server revoked an account's access; asks again for an expired one.
        self.access_lost_box: QMessageBox | None = None
        self.sign_in_again_dialog: LoginDialog | None = None
        left_spacer, right_spacer = QWidget(bar), QWidget(bar)
        for spacer in (left_spacer, right_spacer):
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(title)
        bar.addWidget(left_spacer)
        bar.addWidget(self.search_button)
        bar.addWidget(right_spacer)
        bar.addWidget(self.notifications_button)
        bar.addWidget(self.account_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        # Panes. Each widget is made inside its final parent: moving a styled widget to
        # another parent polishes it and all its children again (a tenth of the start).
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("panes")
        self.splitter.setChildrenCollapsible(True)
        layout.addWidget(self.splitter)
        self.sidebar_model = SidebarModel(ctx, self)
        self.sidebar = SidebarView(self.sidebar_model, self.splitter)
        self._stream: StreamPage | None = None
        self._people: PeoplePage | None = None
        self._documents: DocumentsPage | None = None
        self._agenda: AgendaPage | None = None
        self._activity: ActivityPage | None = None
        self._moderation: ModerationActions | None = None
        self._detail: DetailPane | None = None
        self.middle = QStackedWidget(self.splitter)
        self.middle.setObjectName("middle")
        self.welcome = QLabel(self.middle)
        self.welcome.setObjectName("emptyState")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.middle.addWidget(self.welcome)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.middle)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 1020])
        self.setCentralWidget(central)
        self.status = SyncStatusBar(ctx, self)
        self.status.reconnect_requested.connect(self._on_status_reconnect_requested)
        self.setStatusBar(self.status)
        self._show_welcome()

        # Actions and shortcuts.
        self.search_action = self._action(self.tr("Search"), "Ctrl+K", self.open_search)
        self._action(self.tr("Go to the sidebar"), "Alt+1", self.sidebar.setFocus)
        self._action(self.tr("Go to the list"), "Alt+2", self._focus_middle)
        self._action(self.tr("Go to the details"), "Alt+3", self._focus_detail)
        self._action(self.tr("Close the details"), "Esc", self._hide_detail)
        self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)

        self.search_button.clicked.connect(self.open_search)
        self.sidebar.group_chosen.connect(self._on_sidebar_group_chosen)
        self.sidebar.people_chosen.connect(self._on_sidebar_people_chosen)
        self.sidebar.documents_chosen.connect(self._on_sidebar_documents_chosen)
        self.sidebar.agenda_chosen.connect(self._on_sidebar_agenda_chosen)
        self.sidebar.activity_requested.connect(self._on_sidebar_activity_requested)
        self.sidebar.join_chosen.connect(self.open_join_groups)
        self.sidebar.mark_read_requested.connect(self.mark_group_read)
        self.sidebar.mark_all_read_requested.connect(self.mark_all_read)
        self._connect_membership()
        self.sidebar.group_menu_hooks.append(partial(_add_notify_menu, ctx))
        self.sidebar_model.loaded.connect(self._on_sidebar_model_loaded)
        self.notifications_button.chosen.connect(self.open_notification)
        self.notifications_button.mark_all_requested.connect(self._mark_all_read)
        ctx.accounts_changed.connect(self._on_ctx_accounts_changed)
        ctx.hub.changed.connect(self._on_hub_changed)
        ctx.opening_changed.connect(self._on_ctx_opening_changed)
        ctx.settings_changed.connect(self._on_ctx_settings_changed)
        ctx.language_changed.connect(self._on_ctx_language_changed)
        self.resize(1280, 800)

    # -- pages, built when first needed -----------------------------------------------

    @property
    def stream(self) -> StreamPage:
        """The group stream (the middle pane's page for a group)."""
        if self._stream is None:
            page = lazy.stream.StreamPage(self.ctx, self.middle)
            page.post_opened.connect(self._on_stream_post_opened)
            page.documents_requested.connect(self._on_stream_documents_requested)
            self.middle.addWidget(page)
            self._stream = page
        return self._stream

    @property
    def people(self) -> PeoplePage:
        """The people directory page."""
        if self._people is None:
            page = lazy.people.PeoplePage(self.ctx, self.middle)
            page.chosen.connect(self._on_people_chosen)
            self.middle.addWidget(page)
            self._people = page
        return self._people

    @property
    def documents(self) -> DocumentsPage:
        """The documents page (all documents, or a group's)."""
        if self._documents is None:
            page = lazy.documents_page.DocumentsPage(self.ctx, self.middle)
            page.stream_requested.connect(self._on_documents_stream_requested)
            page.document_chosen.connect(self._on_documents_document_chosen)
            page.document_opened.connect(self._on_documents_document_opened)
            self.middle.addWidget(page)
            self._documents = page
        return self._documents

    @property
    def agenda(self) -> AgendaPage:
        """The agenda page: every group's appointments."""
        if self._agenda is None:
            page = lazy.appointments.AgendaPage(self.ctx, self.middle)
            self.middle.addWidget(page)
            self._agenda = page
        return self._agenda

    @property
    def activity(self) -> ActivityPage:
        """The activity page of a group or an organisation."""
        if self._activity is None:
            page = lazy.activity.ActivityPage(self.ctx, self.middle)
            self.middle.addWidget(page)
            self._activity = page
        return self._activity

    @property
    def detail(self) -> DetailPane:
        """The detail pane on the right: a thread, a profile or a document; hidden at first."""
        if self._detail is None:
            sidebar, middle = self.splitter.sizes()
            # A splitter takes in a new child at once.
            pane = lazy.detail.DetailPane(self.ctx, self.splitter)
            pane.post_requested.connect(self.open_post)
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(2, 2)
            if middle > 0:  # its share of the room, which the splitter keeps while it is hidden
                share = min(380, middle // 2)
                self.splitter.setSizes([sidebar, middle - share, share])
            else:  # before the window was first laid out
                self.splitter.setSizes([260, 640, 380])
            pane.hide()
            self._detail = pane
        return self._detail

    def prepare_stream(self, _: object = None) -> None:
        """Build the stream page ahead of the first group (while accounts still open)."""
        _ = self.stream

    def _hide_detail(self) -> None:
        if self._detail is not None:
            self._detail.hide()

    def _on_account_menu_about_to_show(self) -> None:
        # The menu's icons are read when it first opens, not while the window starts.
        if self.join_action.icon().isNull():
            icons.set_icon(self.join_action, "join")
            icons.set_icon(self.settings_action, "settings")

    def createPopupMenu(self) -> QMenu | None:
        """None: right-clicking the top bar offered to hide it, with no way back in view."""
        return None

    def _action(self, text: str, keys: object, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- accounts --------------------------------------------------------------------

    def current_account(self) -> AccountSession | None:
        if self._current_account is not None:
            found = self.ctx.account(self._current_account)
            if found is not None:
                return found
        return self.ctx.accounts[0] if self.ctx.accounts else None

    def add_account(self, account: AccountSession) -> None:
        self.ctx.add_account(account)
        # By now the replica, the engine and their libraries are loaded: hundreds of
        # thousands of objects that live as long as the app. Frozen, the collector no
        # longer walks them in every full collection — a pause that holds the GIL, so the
        # GUI thread waited for it too (about 100 ms while a sync wrote 2,000 events).
        # Freezing is cheap (no collection first: what little garbage there is stays).
        gc.freeze()
        earlier = self._runners.pop(account.user_id, None)
        if earlier is not None:  # signed in again: one worker per account
            earlier.stop(wait_s=0)
        if account.connected is not None:
            runner = SyncRunner(self.ctx, account, self)
            self._apply_settings(runner)
            runner.status_changed.connect(self.status.on_engine_status)
            runner.synced.connect(self.sync_applied)
            runner.auth_lost.connect(self._on_runner_auth_lost)
            self.ctx.hub.changed.connect(runner._on_hub_changed)
            self._runners[account.user_id] = runner
            runner.start()
        if self._current_account is None or self.status.account is None:
            self._set_current_account(account.user_id)
        self.reminders.start()

    def _notifier(self) -> TrayNotifier | None:
        return self.notification_watcher.notifier

    def sync_applied(self, user_id: str, changes: Changes) -> None:
        """What a sync applied: views refresh, and news may become a desktop message."""
        self.ctx.hub.announce(user_id, changes)
        self.notification_watcher.on_synced(user_id, changes)
        if changes.invitations:
            self.membership.on_synced(user_id, changes)

    # -- membership (ui.members, built when first needed) ----------------------------

    @property
    def membership(self) -> MembershipActions:
        if self._membership_actions is None:
            self._membership_actions = lazy.members.MembershipActions(
                self.ctx, self, lambda: self.notification_watcher.notifier
            )
        return self._membership_actions

    def _connect_membership(self) -> None:
        side = self.sidebar
        side.invitation_chosen.connect(self._on_sidebar_invitation_chosen)
        side.invitation_answered.connect(self._on_sidebar_invitation_answered)
        side.invitation_dismissed.connect(self._on_sidebar_invitation_dismissed)
        side.members_requested.connect(self._on_sidebar_members_requested)
        side.leave_requested.connect(self._on_sidebar_leave_requested)
        side.create_group_requested.connect(self._on_sidebar_create_group_requested)

    def _on_sidebar_invitation_chosen(self, user_id: str, room_id: str) -> None:
        self.membership.open_invitation(user_id, room_id)

    def _on_sidebar_invitation_answered(self, user_id: str, room_id: str, accept: bool) -> None:
        self.membership.answer(user_id, room_id, accept)

    def _on_sidebar_invitation_dismissed(self, user_id: str, room_id: str) -> None:
        self.membership.dismiss(user_id, room_id)

    def _group_name(self, user_id: str, group_id: str) -> str:
        return self.sidebar_model.group_name(user_id, group_id) or group_id

    def _on_sidebar_members_requested(self, user_id: str, group_id: str) -> None:
        self.membership.open_members(user_id, group_id, self._group_name(user_id, group_id))

    def _on_sidebar_leave_requested(self, user_id: str, group_id: str) -> None:
        self.membership.leave(user_id, group_id, self._group_name(user_id, group_id))

    def _on_sidebar_create_group_requested(self, user_id: str) -> None:
        self.membership.open_create_group(user_id)

    def _on_new_group_action_triggered(self) -> None:
        account = self.current_account()
        if account is not None:
            self.membership.open_create_group(account.user_id)

    def _set_current_account(self, user_id: str) -> None:
        changed = user_id != self._current_account or self.status.account is None
        self._current_account = user_id
        if changed:
            self.status.set_account(self.ctx.account(user_id))

    def add_connected(self, connected: Connected) -> None:
        self.add_account(self.ctx.connected_session(connected))

    def show_login(self) -> LoginDialog:
        dialog = lazy.login.LoginDialog(self.ctx, self)
        dialog.signed_in.connect(self.add_connected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_ctx_accounts_changed(self) -> None:
        if not self.ctx.accounts:
            self._show_welcome()

    def _on_ctx_opening_changed(self) -> None:
        if self.middle.currentWidget() is self.welcome:
            self._show_welcome()

    # -- settings --------------------------------------------------------------------

    def _apply_settings(self, runner: SyncRunner) -> None:
        """The engine's horizon, cap and largest download, from the settings (over IT policy)."""
        settings = self.ctx.settings
        runner.apply_settings(
            settings.default_retention_days,
            settings.storage_cap_mb * 1024 * 1024,
            settings.max_download_mb * 1024 * 1024,
        )

    def _on_ctx_settings_changed(self) -> None:
        for runner in self._runners.values():
            self._apply_settings(runner)
        cap = self.ctx.settings.storage_cap_mb * 1024 * 1024
        home = self.ctx.home
        for account in self.ctx.accounts:
            # Now rather than after the next sync; the keyring read is why it is an Op.
            Op(
                self.ctx.ops,
                partial(_enforce_cap, home, account.replica, account.user_id, cap),
                writes=True,
                parent=self,
            ).run()

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog

        dialog = lazy.settingsdialog.SettingsDialog(self.ctx, self)
        dialog.add_account_requested.connect(self.show_login)
        dialog.sign_out_requested.connect(self.sign_out)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_settings_dialog_destroyed)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _on_settings_dialog_destroyed(self) -> None:
        self.settings_dialog = None

    def _on_ctx_language_changed(self) -> None:
        # The texts this window sets itself; pages built earlier follow on the next start.
        self.setWindowTitle(self.tr("Treffpunkt"))
        self.search_button.setText(self.tr("Search … (Ctrl+K)"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.account_button.setAccessibleName(self.tr("Account"))
        self.account_button.setToolTip(self.tr("Account"))
        self.sign_in_action.setText(self.tr("Sign in to another account …"))
        self.join_action.setText(self.tr("Join groups …"))
        self.new_group_action.setText(self.tr("New group …"))
        self.mark_all_read_action.setText(self.tr("Mark all as read"))
        self.settings_action.setText(self.tr("Settings …"))
        self.sign_out_action.setText(self.tr("Sign out …"))
        if self.middle.currentWidget() is self.welcome:
            self._show_welcome()

    # -- joining groups --------------------------------------------------------------

    def _on_join_action_triggered(self) -> None:
        account = self.current_account()
        if account is not None:
            self.open_join_groups(account.user_id)

    def open_join_groups(self, user_id: str) -> JoinGroupsDialog | None:
        account = self.ctx.account(user_id)
        if account is None:
            return None
        if self.join_dialog is not None:
            if self.join_dialog.account is account:
                self.join_dialog.raise_()
                return self.join_dialog
            self.join_dialog.close()

        dialog = lazy.joindialog.JoinGroupsDialog(self.ctx, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_join_dialog_destroyed)
        self.join_dialog = dialog
        dialog.open()
        return dialog

    def _on_join_dialog_destroyed(self) -> None:
        self.join_dialog = None

    # -- signing out -----------------------------------------------------------------

    def _on_sign_out_action_triggered(self) -> None:
        self.open_settings().tabs.setCurrentIndex(2)

    def sign_out(self, user_id: str) -> None:
        """Ask first; the question says how many unsent items would be lost."""
        account = self.ctx.account(user_id)
        if account is None:
            return

        Op(self.ctx.ops, partial(lazy.overview.local_status, account.replica), parent=self).success(
            partial(self._confirm_sign_out, user_id)
        ).run()

    def _confirm_sign_out(self, user_id: str, status: LocalStatus) -> None:
        if self.ctx.account(user_id) is None:
            return
        from PySide6.QtWidgets import QMessageBox  # signing out is rare: not loaded at start

        box = plain.message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Sign out"),
            self.tr("Sign out of %1 on this computer?").replace("%1", user_id),
        )
        box.setObjectName("signOutBox")
        details = [
            self.tr(
                "The local copy of this account's groups, documents and people is deleted "
                "from this computer. Signing in again fetches it anew."
            )
        ]
        unsent = status.waiting + status.failed
        if unsent:
            details.append(
                self.tr(
                    "%n items written here have not been sent yet and will be lost.", "", unsent
                )
            )
        box.setInformativeText("\n\n".join(details))
        confirm = box.addButton(
            self.tr("Sign out and delete local data"), QMessageBox.ButtonRole.DestructiveRole
        )
        confirm.setObjectName("confirmSignOut")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._sign_out_now(user_id) if button is confirm else None
        )
        box.destroyed.connect(self._on_sign_out_box_destroyed)
        self.sign_out_box = box
        box.open()

    def _on_sign_out_box_destroyed(self) -> None:
        self.sign_out_box = None

    def _sign_out_now(self, user_id: str) -> None:
        runner = self._runners.pop(user_id, None)
        if runner is not None:
            runner.stop(wait_s=0)  # the worker waits for it, not the GUI thread
        account = self._take_account(user_id)
        if account is None:
            return
        Op(
            self.ctx.ops,
            partial(
                _sign_out,
                self.ctx.home,
                user_id,
                account.connected,
                account.replica,
                wait_for_sync=runner.wait if runner is not None else None,
            ),
            writes=True,
            parent=self,
        ).success(lambda _none: self.signed_out.emit(user_id)).failure(
            partial(self._on_sign_out_failed, user_id)
        ).with_progress(self.tr("Signing out …")).run()

    def _take_account(self, user_id: str) -> AccountSession | None:
        """Close what shows the account and take it out of the app; its data goes next."""
        self._leave_account_views(user_id)
        return self.ctx.remove_account(user_id)  # the sidebar drops it

    def _leave_account_views(self, user_id: str) -> None:
        """Nothing on screen may keep reading a replica that is about to be deleted."""
        if self._detail is not None:
            self._detail.hide()
            self._detail.document_pane.forget_account(user_id)
        documents = self._documents
        if documents is not None:
            if documents.account is not None and documents.account.user_id == user_id:
                self.middle.setCurrentWidget(self.welcome)
            documents.forget_account(user_id)
        model = self._stream.model if self._stream is not None else None
        showing = model is not None and model.account.user_id == user_id
        if showing or self._current_account == user_id:
            self._current_account = None
            self.middle.setCurrentWidget(self.welcome)
        if self.join_dialog is not None and self.join_dialog.account.user_id == user_id:
            self.join_dialog.close()
        remaining = [a for a in self.ctx.accounts if a.user_id != user_id]
        if self.status.account is not None and self.status.account.user_id == user_id:
            self.status.set_account(remaining[0] if remaining else None)
            if remaining:
                self._current_account = remaining[0].user_id

    # -- the server no longer accepts an account ------------------------------------

    def _on_runner_auth_lost(self, user_id: str, loss: AuthLoss) -> None:
        """The account's sync worker has ended for good (``SyncRunner.auth_lost``)."""
        self._runners.pop(user_id, None)
        account = self.ctx.account(user_id)
        connected = account.connected if account is not None else None
        if connected is None:
            return
        if loss is AuthLoss.SOFT:
            # Only the token goes (keyring: on a worker); replica and outbox stay for later.
            Op(
                self.ctx.ops,
                partial(_auth_lost, self.ctx.home, connected, soft_logout=True),
                writes=True,
                parent=self,
            ).run()
            self.sign_in_again(user_id, connected.info.homeserver)
            return
        self._take_account(user_id)
        Op(
            self.ctx.ops,
            partial(_auth_lost, self.ctx.home, connected, soft_logout=False),
            writes=True,
            parent=self,
        ).success(lambda _none: self._on_account_wiped(user_id)).failure(
            partial(self._on_sign_out_failed, user_id)
        ).with_progress(self.tr("Removing local data …")).run()

    def sign_in_again(self, user_id: str, homeserver: str) -> LoginDialog:
        """The login dialog for an account whose session expired, server and user filled in."""
        if self.sign_in_again_dialog is not None:
            self.sign_in_again_dialog.close()
        dialog = lazy.login.LoginDialog(self.ctx, self, again=(user_id, homeserver))
        dialog.signed_in.connect(self.add_connected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_sign_in_again_dialog_destroyed)
        self.sign_in_again_dialog = dialog
        dialog.open()
        return dialog

    def _on_sign_in_again_dialog_destroyed(self) -> None:
        self.sign_in_again_dialog = None

    def _on_account_wiped(self, user_id: str) -> None:
        self.signed_out.emit(user_id)
        from PySide6.QtWidgets import QMessageBox  # rare: not loaded at start

        box = plain.message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Access withdrawn"),
            self.tr("The server no longer accepts %1 on this computer.").replace("%1", user_id),
            self.tr(
                "This computer was removed from the account, or its access was withdrawn "
                "(for example after a laptop was lost). The account's local copy — groups, "
                "documents, people and anything not yet sent — has been deleted from this "
                "computer. To use the account here again, sign in."
            ),
        )
        box.setObjectName("accessLostBox")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_access_lost_box_destroyed)
        self.access_lost_box = box
        box.open()

    def _on_access_lost_box_destroyed(self) -> None:
        self.access_lost_box = None

    def _on_sign_out_failed(self, user_id: str, error: Exception) -> None:
        self.status.showMessage(
            self.tr("Signing out of %1 did not finish: %2")
            .replace("%1", user_id)
            .replace("%2", str(error))
        )

    def _show_welcome(self) -> None:
        if self.ctx.accounts:
            self.welcome.setText(self.tr("Choose a group on the left to read and write."))
        elif self.ctx.opening:
            self.welcome.setText(self.tr("Opening your data …"))
        else:
            self.welcome.setText(
                self.tr(
                    "You are not signed in yet.\nChoose “Sign in” in the account menu "
                    "at the top right."
                )
            )
        self.middle.setCurrentWidget(self.welcome)

    def _on_sidebar_model_loaded(self) -> None:
        # In the next turn of the event loop: the sidebar draws first, and the GUI thread
        # is not held for filling it and opening a group in one stretch.
        QTimer.singleShot(0, self, self._open_first_group)

    def _open_first_group(self) -> None:
        # Open the first group when nothing is open yet: never an empty window to start.
        if self.middle.currentWidget() is self.welcome and self.ctx.accounts:
            account = self.current_account()
            if account is None:
                return
            first = self.sidebar_model.first_group(account.user_id)
            if first is not None:
                self.sidebar.select(account.user_id, NodeKind.GROUP, first)
            else:
                self._show_welcome()

    # -- navigation ------------------------------------------------------------------

    def _on_sidebar_group_chosen(self, user_id: str, group_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self._set_current_account(user_id)
        name = self.sidebar_model.group_name(user_id, group_id) or group_id
        if self.stream.model is None or (self.stream.model.account, self.stream.model.group_id) != (
            account,
            group_id,
        ):
            self.stream.show_group(account, group_id, name)
        self.middle.setCurrentWidget(self.stream)
        self.navigated.emit("group", group_id)

    def _on_sidebar_people_chosen(self, user_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self._set_current_account(user_id)
        self.people.show_account(account)
        self.middle.setCurrentWidget(self.people)
        self.navigated.emit("people", user_id)

    def _on_sidebar_documents_chosen(self, user_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self._set_current_account(user_id)
        self.documents.show_documents(account, None, self.tr("Documents"))
        self.middle.setCurrentWidget(self.documents)
        self.navigated.emit("documents", user_id)

    def _on_sidebar_agenda_chosen(self, user_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self._set_current_account(user_id)
        self._hide_detail()  # nothing on the agenda has details of its own
        self.agenda.show_account(account)
        self.middle.setCurrentWidget(self.agenda)
        self.navigated.emit("agenda", user_id)

    def _on_sidebar_activity_requested(self, user_id: str, kind: str, ident: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self._set_current_account(user_id)
        self._hide_detail()
        if kind == "organisation":
            name = self.sidebar_model.organisation_name(user_id, ident) or ident
            self.activity.show_organisation(account, ident, name)
        else:
            self.activity.show_group(account, ident, self._group_name(user_id, ident))
        self.middle.setCurrentWidget(self.activity)
        self.activity.setFocus()
        self.navigated.emit("activity", ident)

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        # A moderation change the server refused was undone: the user is told.
        if changes.refusals:
            if self._moderation is None:
                self._moderation = lazy.moderation.ModerationActions(self.ctx, self)
            self._moderation.tell_refusals(changes.refusals)

    def _on_people_chosen(self, person: object) -> None:
        account = self.people.account
        user_id = getattr(person, "user_id", None)
        if account is not None and isinstance(user_id, str):
            self.detail.show_profile(account, user_id)

    def open_post(self, user_id: str, group_id: str, post_id: int) -> None:
        """Show a post in its group's stream and in the detail pane."""
        self._on_root_found(user_id, (group_id, post_id))

    def open_notification(self, user_id: str, notification: Notification) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self.open_post(user_id, notification.group_id, notification.post_id)
        if not notification.read:
            Op(
                self.ctx.ops,
                partial(lazy.notifications.mark_read, account.replica, [notification.message_id]),
                writes=True,
                account=user_id,
                parent=self,
            ).run()

    def mark_group_read(self, user_id: str, group_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is not None:
            Op(
                self.ctx.ops,
                partial(account.commands.mark_read, group_id),
                writes=True,
                account=user_id,
                parent=self,
            ).run()

    def mark_all_read(self, user_id: str | None = None) -> None:
        """Every group of the account (of every account without one) read, and the bell's
        mentions and replies with them."""
        for account in self.ctx.accounts:
            if user_id is None or account.user_id == user_id:
                Op(
                    self.ctx.ops,
                    account.commands.mark_all_read,
                    writes=True,
                    account=account.user_id,
                    parent=self,
                ).run()

    def _on_mark_all_read_action_triggered(self) -> None:
        self.mark_all_read()

    def _mark_all_read(self) -> None:
        """The bell's "mark all as read": its mentions and replies only (group counts stay:
        the bell is about what was addressed to the user, not every post)."""
        for account in self.ctx.accounts:
            Op(
                self.ctx.ops,
                partial(lazy.notifications.mark_all_read, account.replica),
                writes=True,
                account=account.user_id,
                parent=self,
            ).run()

    def install_tray(self) -> None:
        """Desktop messages through the system tray (``ui.app`` calls this once the window is
        painted). Keeps a notifier that was given to the window instead."""
        if self.notification_watcher.notifier is None:
            tray = SystemTrayNotifier(self)
            tray.clicked.connect(self._on_tray_clicked)
            self.notification_watcher.notifier = tray

    def _on_tray_clicked(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.notifications_button.open_list()

    def _on_stream_documents_requested(self, user_id: str, group_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        name = self.sidebar_model.group_name(user_id, group_id) or group_id
        self.documents.show_documents(
            account, group_id, self.tr("Documents of %1").replace("%1", name)
        )
        self.middle.setCurrentWidget(self.documents)
        self.navigated.emit("group-documents", group_id)

    def _on_documents_stream_requested(self, user_id: str, group_id: str) -> None:
        self._on_sidebar_group_chosen(user_id, group_id)

    def _on_documents_document_chosen(self, user_id: str, document_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is not None:
            self.detail.show_document(account, document_id)

    def _on_documents_document_opened(self, user_id: str, document_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is not None:
            self.detail.show_document(account, document_id)
            self.detail.document_pane.open_document()

    def _on_stream_post_opened(self, user_id: str, message_id: int) -> None:
        account = self.ctx.account(user_id)
        if account is not None:
            self.detail.show_post(account, message_id)

    def _focus_middle(self) -> None:
        page = self.middle.currentWidget()
        view = getattr(page, "view", None)  # the stream's, the people list's, the documents'
        if page is not self.welcome and isinstance(view, QWidget):
            view.setFocus()

    def _focus_detail(self) -> None:
        detail = self._detail
        if detail is None or not detail.isVisible():
            return
        current = detail.currentWidget()
        if current is not None:
            current.setFocus()
            if current is detail.thread_pane:
                detail.thread_pane.view.setFocus()

    # -- search ----------------------------------------------------------------------

    def open_search(self) -> SearchDialog | None:
        account = self.current_account()
        if account is None:
            return None
        if self.search_dialog is not None:
            self.search_dialog.close()

        dialog = lazy.searchdialog.SearchDialog(self.ctx, account, self)
        dialog.result_chosen.connect(self.navigate_to_hit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_search_dialog_destroyed)
        self.search_dialog = dialog
        dialog.open()
        dialog.box.setFocus()
        return dialog

    def _on_search_dialog_destroyed(self) -> None:
        self.search_dialog = None

    def navigate_to_hit(self, user_id: str, hit: search.SearchHit) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        if hit.kind == "person":
            self.sidebar.select(user_id, NodeKind.PEOPLE)
            self.detail.show_profile(account, hit.id)
        elif hit.kind == "document":
            self.sidebar.select(user_id, NodeKind.DOCUMENTS)
            self.detail.show_document(account, hit.id)
        else:  # client.reads.posts is loaded with the pages, not at start
            Op(
                self.ctx.ops, partial(lazy.posts.root_of, account.replica, int(hit.id)), parent=self
            ).success(partial(self._on_root_found, user_id)).run()

    def _on_root_found(self, user_id: str, found: tuple[str, int] | None) -> None:
        account = self.ctx.account(user_id)
        if found is None or account is None:
            return
        group_id, post_id = found
        self.sidebar.select(user_id, NodeKind.GROUP, group_id)
        self.stream.select_post(post_id)
        self.detail.show_post(account, post_id)

    # -- closing ---------------------------------------------------------------------

    def _on_status_reconnect_requested(self, user_id: str) -> None:
        runner = self._runners.get(user_id)
        if runner is not None:
            runner.reconnect()

    def stop_sync(self) -> None:
        for runner in self._runners.values():
            runner.stop(wait_s=0)  # all asked at once, then each waited for
        for runner in self._runners.values():
            runner.stop()
        self._runners.clear()

    def save_drafts(self) -> None:
        """Save what the composers hold now rather than after the typing pause."""
        if self._stream is not None:
            self._stream.composer.drafts.flush()
        if self._detail is not None:
            self._detail.thread_pane.drafts.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_drafts()
        self.stop_sync()
        if self._detail is not None:
            self._detail.document_pane.opener.close()
        super().closeEvent(event)


# The modules of the pages built when first shown, each after those of the list it imports
# (so that the GUI thread, importing one of them at the same time, only ever waits for a
# worker that is not waiting for it).
PAGE_MODULES = (
    "ui.appointmentdialog",
    "ui.appointments",
    "ui.activity",
    "ui.moderation",
    "ui.stream",
    "ui.people",
    "ui.documents.models",
    "ui.documents.opener",
    "ui.documents.pane",
    "ui.documents.page",
    "ui.detail",
)
# What the sidebar and the status line read an opened account with; not needed before.
ACCOUNT_MODULES = ("client.reads.overview", "client.offline")


def preload_pages() -> None:
    """Import the pages' modules (and Qt's bindings for their types) on a worker, once the
    window is on screen: building a page then costs the GUI thread its widgets only, not
    tens of milliseconds of imports while a sync is writing. So do the modules the sidebar
    and the status line read an opened account with."""
    from PySide6 import QtGui, QtSvg, QtWidgets

    # The first top-up of None's references (and its ctypes), before the pages paint.
    refguard.top_up_none()
    for name in (*PAGE_MODULES, *ACCOUNT_MODULES):
        importlib.import_module(name)
    # Qt's bindings set up a class (and its enums) when it is first used. The first widget
    # Qt hands back whose exact class must be found (a list's viewport, say) sets up every
    # widget class at once: some 25 ms that building the stream page spent on the GUI thread.
    # Painting needs QStyle, QPainter and the SVG renderer, which start-up leaves out.
    for module in (QtWidgets, QtGui, QtSvg):
        for name in dir(module):
            getattr(module, name)


def _add_notify_menu(ctx: AppContext, menu: QMenu, user_id: str, group_id: str) -> None:
    lazy.notifylevel.add_menu(ctx, menu, user_id, group_id)


def _enforce_cap(home: Home, replica: Replica, user_id: str, cap_bytes: int) -> None:
    try:
        media = home.media_cache(user_id)
    except MissingKeyError:
        return  # no key, so no media cache to trim (a replica opened without an account)
    lazy.offline.enforce_cap(replica, media, cap_bytes)  # loaded on the worker


def _sign_out(
    home: Home,
    user_id: str,
    connected: Connected | None,
    replica: Replica,
    *,
    wait_for_sync: Callable[[], object] | None,
) -> None:
    """``sync.session.sign_out`` on the worker, which imports it (httpx, the engine)."""
    lazy.session.sign_out(home, user_id, connected, replica, wait_for_sync=wait_for_sync)


def _auth_lost(home: Home, connected: Connected, *, soft_logout: bool) -> None:
    """``sync.session.handle_auth_lost`` on a worker: the sync worker has ended already."""
    lazy.session.handle_auth_lost(home, connected, soft_logout=soft_logout)
