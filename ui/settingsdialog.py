"""The settings dialog (Ctrl+,): General (language), Offline (per group, storage), Accounts.

Settings live in the user's settings file (``ui.context.Settings``; no secrets in it), the
per-group offline choices in each account's replica (``client.offline``). A setting IT
locked in the machine's policy is shown, disabled, with "Managed by your IT department".
Every change applies at once; the dialog has no OK button to forget.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from client import offline
from client.changes import Changes
from client.mediacache import usage_bytes
from ui import plain
from ui.context import AppContext
from ui.ops import Op

AnyIndex = QModelIndex | QPersistentModelIndex
MB = 1024 * 1024

# Each language in its own name, the same in every language (users look for their own).
LANGUAGES = (("de", "Deutsch"), ("nl", "Nederlands"), ("en", "English"))


@dataclass(frozen=True)
class GroupRow:
    account: str
    group: offline.GroupOffline


class GroupOfflineModel(QAbstractTableModel):
    """The groups of every account with what each keeps offline; read on a worker."""

    loaded = Signal()
    COLUMNS = 3

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[GroupRow] = []
        self._loaded: dict[str, list[offline.GroupOffline]] = {}

    def reload(self) -> None:
        wanted = {a.user_id for a in self._ctx.accounts}
        if set(self._loaded) - wanted:
            self._loaded = {k: v for k, v in self._loaded.items() if k in wanted}
            self._rebuild()
        for account in self._ctx.accounts:
            Op(
                self._ctx.ops, partial(offline.group_settings, account.replica), parent=self
            ).success(partial(self._on_groups_loaded, account.user_id)).run()

    def _on_groups_loaded(self, user_id: str, groups: list[offline.GroupOffline]) -> None:
        if self._ctx.account(user_id) is None:
            return
        self._loaded[user_id] = groups
        self._rebuild()
        self.loaded.emit()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows = [
            GroupRow(account.user_id, group)
            for account in self._ctx.accounts
            for group in self._loaded.get(account.user_id, [])
        ]
        self.endResetModel()

    def default_changed(self) -> None:
        """The "default (N days)" texts follow a new default."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def row_of(self, row: int) -> GroupRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, account: str, group_id: str) -> int:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r.account == account and r.group.group_id == group_id
            ),
            -1,
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            (self.tr("Group"), self.tr("History kept offline"), self.tr("Documents"))[section]
            if 0 <= section < self.COLUMNS
            else None
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_of(index.row()) if index.isValid() else None
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        group = row.group
        column = index.column()
        if column == 0:
            where = group.organisation or self.tr("Further groups")
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain.tooltip(
                    self.tr("%1 (%2, %3)")
                    .replace("%1", group.name)
                    .replace("%2", where)
                    .replace("%3", row.account)
                )
            return group.name
        if column == 1:
            return self.retention_text(group.retention_days)
        if column == 2:
            return self.tr("kept offline") if group.keep_documents else self.tr("when opened")
        return None

    def retention_text(self, days: int | None) -> str:
        if days is None:
            default = self._ctx.settings.default_retention_days
            return self.tr("default (%n days)", "", default)
        if days == offline.KEEP_EVERYTHING:
            return self.tr("everything")
        return self.tr("last %n days", "", days)


class SettingsDialog(QDialog):
    add_account_requested = Signal()
    sign_out_requested = Signal(str)  # user id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._ctx = ctx
        self._editing = False  # filling the group editor: its signals are not user edits
        self._used: int | None = None
        self._selected: tuple[str, str] | None = None  # account, group id
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_page(), "")
        self.tabs.addTab(self._offline_page(), "")
        self.tabs.addTab(self._accounts_page(), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumSize(620, 480)
        self._retranslate()
        ctx.accounts_changed.connect(self._on_ctx_accounts_changed)
        ctx.hub.changed.connect(self._on_hub_changed)
        self._fill_accounts()
        self.groups.reload()
        self._refresh_usage()

    # -- pages -----------------------------------------------------------------------

    def _managed_note(self, parent: QWidget) -> QLabel:
        note = QLabel(parent)
        note.setObjectName("managedNote")
        note.setWordWrap(True)
        return note

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.addItem("", None)  # the system's language; text set in _retranslate
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = self._ctx.settings.language
        self.language.setCurrentIndex(max(0, self.language.findData(current)) if current else 0)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.language_label = QLabel(page)
        self.language_label.setBuddy(self.language)
        self.language_note = QLabel(page)
        self.language_note.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.language_label, self.language)
        form.addRow(self.language_note)
        return page

    def _offline_page(self) -> QWidget:
        page = QWidget(self)
        settings = self._ctx.settings
        self.default_days = QSpinBox(page)
        self.default_days.setRange(1, 3650)
        self.default_days.setValue(settings.default_retention_days)
        self.default_days.setEnabled(not settings.is_locked("offline_retention_days"))
        self.default_days.editingFinished.connect(self._on_default_days_editing_finished)
        self.default_days_label = QLabel(page)
        self.default_days_label.setBuddy(self.default_days)
        self.retention_managed = self._managed_note(page)
        self.retention_managed.setVisible(settings.is_locked("offline_retention_days"))

        self.cap = QSpinBox(page)
        self.cap.setRange(50, 1_000_000)
        self.cap.setSingleStep(256)
        self.cap.setValue(settings.storage_cap_mb)
        self.cap.setEnabled(not settings.is_locked("storage_cap_mb"))
        self.cap.editingFinished.connect(self._on_cap_editing_finished)
        self.cap_label = QLabel(page)
        self.cap_label.setBuddy(self.cap)
        self.usage = QLabel(page)
        self.usage.setObjectName("storageUsage")
        self.cap_managed = self._managed_note(page)
        self.cap_managed.setVisible(settings.is_locked("storage_cap_mb"))

        self.groups = GroupOfflineModel(self._ctx, self)
        self.group_table = QTableView(page)
        self.group_table.setObjectName("offlineGroups")
        self.group_table.setModel(self.groups)
        self.group_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.group_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_table.verticalHeader().hide()
        self.group_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.group_table.selectionModel().currentRowChanged.connect(
            self._on_group_table_current_row_changed
        )
        self.groups.loaded.connect(self._on_groups_loaded)

        self.history = QComboBox(page)
        self.history.addItems(["", "", ""])  # default / everything / last N days
        self.history.currentIndexChanged.connect(self._on_group_editor_changed)
        self.history_days = QSpinBox(page)
        self.history_days.setRange(1, 3650)
        self.history_days.setValue(30)
        self.history_days.editingFinished.connect(self._on_group_editor_changed)
        self.keep_documents = QCheckBox(page)
        self.keep_documents.toggled.connect(self._on_group_editor_changed)
        self.history_label = QLabel(page)
        self.history_label.setBuddy(self.history)
        self.group_retention_managed = self._managed_note(page)
        self.group_retention_managed.setVisible(settings.is_locked("offline_retention_days"))
        self._set_group_editor_enabled(False)

        form = QFormLayout()
        form.addRow(self.default_days_label, self.default_days)
        form.addRow(self.retention_managed)
        cap_row = QHBoxLayout()
        cap_row.addWidget(self.cap)
        cap_row.addWidget(self.usage, 1)
        form.addRow(self.cap_label, cap_row)
        form.addRow(self.cap_managed)
        history_row = QHBoxLayout()
        history_row.addWidget(self.history, 1)
        history_row.addWidget(self.history_days)
        editor = QFormLayout()
        editor.addRow(self.history_label, history_row)
        editor.addRow(self.group_retention_managed)
        editor.addRow(self.keep_documents)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.group_table, 1)
        layout.addLayout(editor)
        return page

    def _accounts_page(self) -> QWidget:
        page = QWidget(self)
        self.account_list = QListWidget(page)
        self.account_list.setObjectName("accountList")
        self.add_account = QPushButton(page)
        self.add_account.clicked.connect(self.add_account_requested)
        self.sign_out = QPushButton(page)
        self.sign_out.clicked.connect(self._on_sign_out_clicked)
        self.account_list.currentRowChanged.connect(self._on_account_list_current_row_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_account)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out)
        layout = QVBoxLayout(page)
        layout.addWidget(self.account_list, 1)
        layout.addLayout(buttons)
        return page

    # -- texts -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setAccessibleName(self.tr("Pages of the settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Offline"))
        self.tabs.setTabText(2, self.tr("Accounts"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the settings"))
        self.language.setItemText(0, self.tr("System default"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_note.setText(
            self.tr(
                "Menus and dialogs change at once; a few texts already on screen change "
                "when Treffpunkt starts the next time."
            )
        )
        self.default_days_label.setText(self.tr("Keep &history of:"))
        self.default_days.setSuffix(self.tr(" days"))
        self.default_days.setAccessibleName(
            self.tr("Days of history kept offline for groups without a choice of their own")
        )
        self.cap_label.setText(self.tr("&Space for documents:"))
        self.cap.setSuffix(self.tr(" MB"))
        self.cap.setAccessibleName(self.tr("Space for documents in megabytes"))
        for note in (self.retention_managed, self.cap_managed, self.group_retention_managed):
            note.setText(self.tr("Managed by your IT department"))
            note.setAccessibleName(note.text())
        self.group_table.setAccessibleName(self.tr("What each group keeps offline"))
        self.history.setItemText(0, self.tr("Default"))
        self.history.setItemText(1, self.tr("Everything"))
        self.history.setItemText(2, self.tr("Last days:"))
        self.history.setAccessibleName(self.tr("History of this group kept offline"))
        self.history_label.setText(self.tr("This &group keeps:"))
        self.history_days.setSuffix(self.tr(" days"))
        self.history_days.setAccessibleName(self.tr("Days of history of this group"))
        self.keep_documents.setText(self.tr("Keep this group's &documents available offline"))
        self.keep_documents.setAccessibleName(
            self.tr("Keep this group's documents available offline")
        )
        self.account_list.setAccessibleName(self.tr("Signed-in accounts"))
        self.add_account.setText(self.tr("&Add account …"))
        self.add_account.setAccessibleName(self.tr("Add account"))
        self.sign_out.setText(self.tr("Sign &out …"))
        self.sign_out.setAccessibleName(self.tr("Sign out of the chosen account"))
        self._fill_accounts()
        self._show_usage()

    # -- general ---------------------------------------------------------------------

    def _on_language_current_index_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        self._ctx.set_language(str(code) if code else None)

    # -- offline ---------------------------------------------------------------------

    def _on_default_days_editing_finished(self) -> None:
        settings = self._ctx.settings
        if settings.is_locked("offline_retention_days"):
            return
        if self.default_days.value() != settings.default_retention_days:
            settings.set_effective("offline_retention_days", self.default_days.value())
            self._ctx.settings_changed.emit()
            self.groups.default_changed()

    def _on_cap_editing_finished(self) -> None:
        settings = self._ctx.settings
        if settings.is_locked("storage_cap_mb"):
            return
        if self.cap.value() != settings.storage_cap_mb:
            settings.set_effective("storage_cap_mb", self.cap.value())
            self._ctx.settings_changed.emit()
            self._refresh_usage()

    def _refresh_usage(self) -> None:
        home = self._ctx.home
        folders = [home.media_dir(a.user_id) for a in self._ctx.accounts]
        Op(
            self._ctx.ops, lambda: sum(usage_bytes(folder) for folder in folders), parent=self
        ).success(self._on_usage_counted).run()

    def _on_usage_counted(self, used: int) -> None:
        self._used = used
        self._show_usage()

    def _show_usage(self) -> None:
        used = self._used
        if used is None:
            self.usage.setText("")
            return
        self.usage.setText(
            self.tr("%1 MB in use").replace("%1", self.locale().toString(round(used / MB, 1)))
        )
        self.usage.setAccessibleName(self.usage.text())

    def _current_group(self) -> GroupRow | None:
        index = self.group_table.currentIndex()
        return self.groups.row_of(index.row()) if index.isValid() else None

    def _set_group_editor_enabled(self, enabled: bool) -> None:
        locked = self._ctx.settings.is_locked("offline_retention_days")
        self.history.setEnabled(enabled and not locked)
        self.history_days.setEnabled(enabled and not locked and self.history.currentIndex() == 2)
        self.keep_documents.setEnabled(enabled)

    def _on_group_table_current_row_changed(self, current: QModelIndex) -> None:
        row = self.groups.row_of(current.row())
        self._editing = True
        try:
            if row is None:
                self._set_group_editor_enabled(False)
                return
            self._selected = (row.account, row.group.group_id)
            days = row.group.retention_days
            if days is None:
                self.history.setCurrentIndex(0)
            elif days == offline.KEEP_EVERYTHING:
                self.history.setCurrentIndex(1)
            else:
                self.history.setCurrentIndex(2)
                self.history_days.setValue(days)
            self.keep_documents.setChecked(row.group.keep_documents)
            self._set_group_editor_enabled(True)
        finally:
            self._editing = False

    def select_group(self, account: str, group_id: str) -> bool:
        row = self.groups.find(account, group_id)
        if row < 0:
            return False
        self.group_table.setCurrentIndex(self.groups.index(row, 0))
        return True

    def _on_group_editor_changed(self) -> None:
        if self._editing:
            return
        row = self._current_group()
        if row is None:
            return
        self._set_group_editor_enabled(True)
        choice = self.history.currentIndex()
        days: int | None = (
            None
            if choice == 0
            else offline.KEEP_EVERYTHING
            if choice == 1
            else self.history_days.value()
        )
        if self._ctx.settings.is_locked("offline_retention_days"):
            days = row.group.retention_days
        keep = self.keep_documents.isChecked()
        if (days, keep) == (row.group.retention_days, row.group.keep_documents):
            return
        account = self._ctx.account(row.account)
        if account is None:
            return
        Op(
            self._ctx.ops,
            partial(offline.set_group_offline, account.replica, row.group.group_id, days, keep),
            writes=True,
            account=row.account,
            parent=self,
        ).run()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if any(self.groups.find(user_id, g) >= 0 for g in changes.groups):
            self.groups.reload()

    def _on_groups_loaded(self) -> None:
        # The reload reset the table: keep the group the user was editing.
        if self._selected is not None:
            self.select_group(*self._selected)

    # -- accounts --------------------------------------------------------------------

    def _fill_accounts(self) -> None:
        if not hasattr(self, "account_list"):
            return
        current = self.selected_account()
        self.account_list.clear()
        for account in self._ctx.accounts:
            info = account.connected.info if account.connected else None
            server = info.homeserver if info else self._server_of(account.user_id)
            state = self.tr("signed in") if account.connected else self.tr("offline")
            text = (
                self.tr("%1\n%2 · %3")
                .replace("%1", account.user_id)
                .replace("%2", server)
                .replace("%3", state)
            )
            item = QListWidgetItem(text, self.account_list)
            item.setData(Qt.ItemDataRole.UserRole, account.user_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        rows = [a.user_id for a in self._ctx.accounts]
        self.account_list.setCurrentRow(rows.index(current) if current in rows else 0)
        self.sign_out.setEnabled(bool(rows))

    def _server_of(self, user_id: str) -> str:
        info = self._ctx.home.account(user_id)  # a small JSON file, no network or keyring
        return info.homeserver if info else ""

    def selected_account(self) -> str | None:
        item = self.account_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _on_account_list_current_row_changed(self, _row: int) -> None:
        self.sign_out.setEnabled(self.selected_account() is not None)

    def _on_sign_out_clicked(self) -> None:
        user_id = self.selected_account()
        if user_id is not None:
            self.sign_out_requested.emit(user_id)

    def _on_ctx_accounts_changed(self) -> None:
        self._fill_accounts()
        self.groups.reload()
        self._refresh_usage()
