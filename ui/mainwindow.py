"""The main window: sidebar, stream or list, detail; search on Ctrl+K; status line.

Keyboard: Ctrl+K search, Ctrl+N write a post, Alt+1/2/3 go to sidebar / middle / detail,
Esc closes the detail pane, Enter opens the current post, L likes it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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

from client import search
from sync.session import Connected
from ui import icons, queries
from ui.context import AccountSession, AppContext
from ui.detail import DetailPane
from ui.lists import ListPage, documents_model, people_model
from ui.login import LoginDialog
from ui.ops import Op
from ui.searchdialog import SearchDialog
from ui.sidebar import ACCOUNT_ROLE, ID_ROLE, KIND_ROLE, NodeKind, SidebarModel, SidebarView
from ui.status import SyncRunner, SyncStatusBar
from ui.stream import StreamPage


class MainWindow(QMainWindow):
    navigated = Signal(str, str)  # what the middle pane shows now: kind, key

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
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
        self.search_button = QPushButton(icons.icon("search"), self.tr("Search … (Ctrl+K)"), bar)
        self.search_button.setObjectName("searchButton")
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_button.setMaximumWidth(560)
        self.account_button = QToolButton(bar)
        self.account_button.setIcon(icons.icon("account"))
        self.account_button.setIconSize(icons.icon_size(20))
        self.account_button.setAccessibleName(self.tr("Account"))
        self.account_button.setToolTip(self.tr("Account"))
        self.account_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.account_button)
        self.sign_in_action = menu.addAction(self.tr("Sign in to another account …"))
        self.sign_in_action.triggered.connect(self.show_login)
        self.account_button.setMenu(menu)
        left_spacer, right_spacer = QWidget(bar), QWidget(bar)
        for spacer in (left_spacer, right_spacer):
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(title)
        bar.addWidget(left_spacer)
        bar.addWidget(self.search_button)
        bar.addWidget(right_spacer)
        bar.addWidget(self.account_button)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        # Panes.
        self.sidebar_model = SidebarModel(ctx, self)
        self.sidebar = SidebarView(self.sidebar_model, self)
        self.stream = StreamPage(ctx, self)
        self.people = ListPage(self.tr("People"), self.tr("People directory"), self)
        self.documents = ListPage(self.tr("Documents"), self.tr("Documents"), self)
        self.welcome = QLabel(self)
        self.welcome.setObjectName("emptyState")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.middle = QStackedWidget(self)
        self.middle.setObjectName("middle")
        for page in (self.welcome, self.stream, self.people, self.documents):
            self.middle.addWidget(page)
        self.detail = DetailPane(ctx, self)
        self.detail.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("panes")
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([260, 640, 380])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)
        self.status = SyncStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self._show_welcome()

        # Actions and shortcuts.
        self.search_action = self._action(self.tr("Search"), "Ctrl+K", self.open_search)
        self._action(self.tr("Go to the sidebar"), "Alt+1", self.sidebar.setFocus)
        self._action(self.tr("Go to the list"), "Alt+2", self._focus_middle)
        self._action(self.tr("Go to the details"), "Alt+3", self._focus_detail)
        self._action(self.tr("Close the details"), "Esc", self.detail.hide)
        self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)

        self.search_button.clicked.connect(self.open_search)
        self.sidebar.group_chosen.connect(self._on_sidebar_group_chosen)
        self.sidebar.people_chosen.connect(self._on_sidebar_people_chosen)
        self.sidebar.documents_chosen.connect(self._on_sidebar_documents_chosen)
        self.sidebar_model.loaded.connect(self._on_sidebar_model_loaded)
        self.stream.post_opened.connect(self._on_stream_post_opened)
        self.people.chosen.connect(self.detail.show_person)
        self.documents.chosen.connect(self.detail.show_document)
        ctx.accounts_changed.connect(self._on_ctx_accounts_changed)
        self.resize(1280, 800)

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
        if account.connected is not None:
            runner = SyncRunner(account, self)
            runner.status_changed.connect(self.status.on_engine_status)
            runner.synced.connect(self.ctx.hub.announce)
            self.ctx.hub.changed.connect(runner._on_hub_changed)
            self._runners[account.user_id] = runner
            runner.start()
        if self._current_account is None or self.status.account is None:
            self._set_current_account(account.user_id)

    def _set_current_account(self, user_id: str) -> None:
        changed = user_id != self._current_account or self.status.account is None
        self._current_account = user_id
        if changed:
            self.status.set_account(self.ctx.account(user_id))

    def add_connected(self, connected: Connected) -> None:
        self.add_account(self.ctx.connected_session(connected))

    def show_login(self) -> LoginDialog:
        dialog = LoginDialog(self.ctx, self)
        dialog.signed_in.connect(self.add_connected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_ctx_accounts_changed(self) -> None:
        if not self.ctx.accounts:
            self._show_welcome()

    def _show_welcome(self) -> None:
        if self.ctx.accounts:
            self.welcome.setText(self.tr("Choose a group on the left to read and write."))
        else:
            self.welcome.setText(
                self.tr(
                    "You are not signed in yet.\nChoose “Sign in” in the account menu "
                    "at the top right."
                )
            )
        self.middle.setCurrentWidget(self.welcome)

    def _on_sidebar_model_loaded(self) -> None:
        # Open the first group when nothing is open yet: never an empty window to start.
        if self.middle.currentWidget() is self.welcome and self.ctx.accounts:
            account = self.current_account()
            if account is None:
                return
            first = self._first_group(account.user_id)
            if first is not None:
                self.sidebar.select(account.user_id, NodeKind.GROUP, first)
            else:
                self._show_welcome()

    def _first_group(self, user_id: str) -> str | None:
        for index in self.sidebar.walk():
            if (
                index.data(KIND_ROLE) == NodeKind.GROUP.value
                and index.data(ACCOUNT_ROLE) == user_id
            ):
                return str(index.data(ID_ROLE))
        return None

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
        self.people.set_model(people_model(self.ctx, account, self.people))
        self.middle.setCurrentWidget(self.people)
        self.navigated.emit("people", user_id)

    def _on_sidebar_documents_chosen(self, user_id: str) -> None:
        account = self.ctx.account(user_id)
        if account is None:
            return
        self._set_current_account(user_id)
        self.documents.set_model(documents_model(self.ctx, account, self.documents))
        self.middle.setCurrentWidget(self.documents)
        self.navigated.emit("documents", user_id)

    def _on_stream_post_opened(self, user_id: str, message_id: int) -> None:
        account = self.ctx.account(user_id)
        if account is not None:
            self.detail.show_post(account, message_id)

    def _focus_middle(self) -> None:
        page = self.middle.currentWidget()
        if page is self.stream:
            self.stream.view.setFocus()
        elif isinstance(page, ListPage):
            page.view.setFocus()

    def _focus_detail(self) -> None:
        current = self.detail.currentWidget()
        if self.detail.isVisible() and current is not None:
            current.setFocus()
            if self.detail.currentWidget() is self.detail.thread_pane:
                self.detail.thread_pane.view.setFocus()

    # -- search ----------------------------------------------------------------------

    def open_search(self) -> SearchDialog | None:
        account = self.current_account()
        if account is None:
            return None
        if self.search_dialog is not None:
            self.search_dialog.close()
        dialog = SearchDialog(self.ctx, account, self)
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
            Op(
                self.ctx.ops, partial(queries.person_by_id, account.replica, hit.id), parent=self
            ).success(self._on_person_found).run()
        elif hit.kind == "document":
            self.sidebar.select(user_id, NodeKind.DOCUMENTS)
            Op(
                self.ctx.ops, partial(queries.document_by_id, account.replica, hit.id), parent=self
            ).success(self._on_document_found).run()
        else:
            Op(
                self.ctx.ops, partial(queries.root_of, account.replica, int(hit.id)), parent=self
            ).success(partial(self._on_root_found, user_id)).run()

    def _on_person_found(self, person: queries.PersonRow | None) -> None:
        if person is not None:
            self.detail.show_person(person)

    def _on_document_found(self, doc: queries.DocumentRow | None) -> None:
        if doc is not None:
            self.detail.show_document(doc)

    def _on_root_found(self, user_id: str, found: tuple[str, int] | None) -> None:
        account = self.ctx.account(user_id)
        if found is None or account is None:
            return
        group_id, post_id = found
        self.sidebar.select(user_id, NodeKind.GROUP, group_id)
        self.stream.select_post(post_id)
        self.detail.show_post(account, post_id)

    # -- closing ---------------------------------------------------------------------

    def stop_sync(self) -> None:
        for runner in self._runners.values():
            runner.stop()
        self._runners.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_sync()
        super().closeEvent(event)
