"""Settings, several accounts, signing out and IT policy, on real replicas offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from client import offline, policy
from client.accounts import Home
from client.credentials import Credentials, MemorySecretStore
from client.models import Group, GroupOrganisation, Organisation
from client.store import Replica
from tests.ui.conftest import GROUP, USER
from ui.context import AccountSession, AppContext, Settings
from ui.mainwindow import MainWindow
from ui.settingsdialog import SettingsDialog
from ui.sidebar import ACCOUNT_ROLE, KEPT_OFFLINE_ROLE, KIND_ROLE, NodeKind

BERT = "@bert:ermelo.test"
BERT_GROUP = "!publiekszaken:ermelo.test"


def _second_account(ctx: AppContext) -> AccountSession:
    """An account made through the home folder: files on disk and secrets in the store."""
    replica = ctx.home.create_account(BERT, "http://127.0.0.1:8008")
    with replica.write_session() as session:
        session.add(Organisation(id="!ermelo:ermelo.test", name="Gemeente Ermelo"))
        session.add(Group(id=BERT_GROUP, name="Bert zijn eigen groep", description=""))
        session.flush()
        session.add(GroupOrganisation(group_id=BERT_GROUP, organisation_id="!ermelo:ermelo.test"))
    return ctx.open_replica_session(BERT, replica)


def _accounts_in_sidebar(window: MainWindow) -> list[str]:
    return [
        str(i.data(ACCOUNT_ROLE))
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.ACCOUNT.value
    ]


def _group_names(window: MainWindow, user: str) -> list[str]:
    return [
        str(i.data())
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.GROUP.value and i.data(ACCOUNT_ROLE) == user
    ]


def test_two_accounts_show_together_in_the_sidebar(window: MainWindow, ctx: AppContext) -> None:
    window.add_account(_second_account(ctx))
    assert _accounts_in_sidebar(window) == [USER, BERT]
    assert _group_names(window, BERT) == ["Bert zijn eigen groep"]
    assert "Jeugd & Gezin" in _group_names(window, USER)
    assert "Bert zijn eigen groep" not in _group_names(window, USER)
    # Each account has its own "Join groups" entry.
    joins = [i for i in window.sidebar.walk() if i.data(KIND_ROLE) == NodeKind.JOIN.value]
    assert [str(i.data(ACCOUNT_ROLE)) for i in joins] == [USER, BERT]


def test_sign_out_warns_about_unsent_items_and_wipes_the_account(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.set_language("en")  # as the app does at start: English plural forms
    bert = _second_account(ctx)
    window.add_account(bert)
    bert.commands.post(BERT_GROUP, "Offline geschreven, nog niet verstuurd")
    account_dir = ctx.home.account_dir(BERT)
    assert ctx.home.replica_path(BERT).exists()
    window.sign_out(BERT)
    box = window.sign_out_box
    assert box is not None
    assert "1 item written here has not been sent yet" in box.informativeText()
    confirm = box.findChild(QAbstractButton, "confirmSignOut")
    assert confirm is not None
    with qtbot.wait_signal(window.signed_out, timeout=10_000) as signed_out:
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert signed_out.args == [BERT]
    assert not account_dir.exists()
    assert ctx.home.account(BERT) is None
    assert ctx.home.credentials.access_token(BERT) is None
    with pytest.raises(Exception, match="no key"):
        ctx.home.credentials.replica_key(BERT)
    assert _accounts_in_sidebar(window) == [USER]
    assert window.current_account() is ctx.account(USER)


def test_sign_out_can_be_cancelled_and_says_nothing_of_loss_when_all_is_sent(
    window: MainWindow, ctx: AppContext
) -> None:
    window.add_account(_second_account(ctx))
    window.sign_out(BERT)
    box = window.sign_out_box
    assert box is not None
    assert "not been sent" not in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ctx.account(BERT) is not None
    assert ctx.home.replica_path(BERT).exists()
    assert _accounts_in_sidebar(window) == [USER, BERT]


def test_settings_open_with_ctrl_comma_and_list_accounts(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.add_account(_second_account(ctx))
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    texts = [dialog.account_list.item(i).text() for i in range(dialog.account_list.count())]
    assert [t.splitlines()[0] for t in texts] == [USER, BERT]
    assert "http://127.0.0.1:8008" in texts[1]
    dialog.account_list.setCurrentRow(1)
    with qtbot.wait_signal(dialog.sign_out_requested) as requested:
        dialog.sign_out.click()
    assert requested.args == [BERT]
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog):
            assert widget.accessibleName() or widget.objectName().startswith("qt_"), widget


def test_offline_choices_per_group_reach_the_replica_and_the_sidebar_icon(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, account: AccountSession
) -> None:
    dialog = window.open_settings()
    qtmodeltester.check(dialog.groups)
    assert dialog.select_group(USER, GROUP)
    kept = [
        i
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.GROUP.value and i.data(KEPT_OFFLINE_ROLE)
    ]
    assert kept == []
    dialog.history.setCurrentIndex(1)  # everything
    dialog.keep_documents.setChecked(True)
    by_id = {g.group_id: g for g in offline.group_settings(account.replica)}
    assert by_id[GROUP].retention_days == offline.KEEP_EVERYTHING
    assert by_id[GROUP].keep_documents
    kept_names = [
        str(i.data())
        for i in window.sidebar.walk()
        if i.data(KIND_ROLE) == NodeKind.GROUP.value and i.data(KEPT_OFFLINE_ROLE)
    ]
    assert kept_names == ["Jeugd & Gezin"]
    assert dialog.select_group(USER, GROUP)
    assert dialog.history.currentIndex() == 1
    dialog.history.setCurrentIndex(2)
    dialog.history_days.setValue(14)
    dialog.history_days.editingFinished.emit()
    by_id = {g.group_id: g for g in offline.group_settings(account.replica)}
    assert by_id[GROUP].retention_days == 14


def test_storage_cap_and_default_retention_are_saved_and_reach_the_engine_settings(
    window: MainWindow, ctx: AppContext
) -> None:
    dialog = window.open_settings()
    assert dialog.cap.isEnabled() and dialog.cap_managed.isHidden()
    dialog.cap.setValue(512)
    dialog.cap.editingFinished.emit()
    dialog.default_days.setValue(30)
    dialog.default_days.editingFinished.emit()
    assert ctx.settings.storage_cap_mb == 512
    assert ctx.settings.default_retention_days == 30
    assert dialog.groups.index(0, 1).data() == "default (30 days)"
    # Saved in the user's settings file: a new start reads the same values.
    ctx.settings.sync()
    again = Settings(ctx.settings.path)
    assert (again.storage_cap_mb, again.default_retention_days) == (512, 30)
    assert "MB in use" in dialog.usage.text()


@pytest.fixture
def locked_ctx(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    it = policy.from_mapping(
        {"storage_cap_mb": 1024, "offline_retention_days": 60, "locked": ["storage_cap_mb"]},
        "test policy",
    )
    home = Home(tmp_path / "home", Credentials(MemorySecretStore()))
    context = AppContext(home, Settings(tmp_path / "s.ini", it), inline_ops=True)
    yield context
    context.shutdown()


def test_a_setting_locked_by_it_is_disabled_and_says_so(
    qtbot: QtBot, locked_ctx: AppContext, sample_replica: Replica
) -> None:
    locked_ctx.settings.set_value("offline/storage_cap_mb", 9999)  # ignored: IT decides
    window = MainWindow(locked_ctx)
    qtbot.addWidget(window)
    window.add_account(locked_ctx.open_replica_session(USER, sample_replica))
    dialog = window.open_settings()
    assert not dialog.cap.isEnabled()
    assert dialog.cap.value() == 1024
    assert not dialog.cap_managed.isHidden()
    assert dialog.cap_managed.text() == "Managed by your IT department"
    # Preset but not locked: the user may change it.
    assert dialog.default_days.isEnabled() and dialog.default_days.value() == 60
    assert dialog.retention_managed.isHidden()
    with pytest.raises(PermissionError):
        locked_ctx.settings.set_effective("storage_cap_mb", 10)


def test_switching_the_language_changes_visible_texts(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    dialog = window.open_settings()
    assert dialog.windowTitle() == "Settings"
    people = [i for i in window.sidebar.walk() if i.data(KIND_ROLE) == NodeKind.PEOPLE.value]
    assert people[0].data() == "People"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert ctx.settings.language == "de"
    # Qt posts the LanguageChange events: the dialog retranslates when they arrive.
    qtbot.wait_until(lambda: dialog.windowTitle() == "Einstellungen")
    assert dialog.tabs.tabText(2) == "Konten"
    assert dialog.cap_label.text() == "&Platz für Dokumente:"
    people = [i for i in window.sidebar.walk() if i.data(KIND_ROLE) == NodeKind.PEOPLE.value]
    assert people[0].data() == "Personen"
    assert window.settings_action.text() == "Einstellungen …"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    qtbot.wait_until(lambda: dialog.windowTitle() == "Instellingen")
    assert window.status.connection.text() == "offline"
    assert window.join_action.text() == "Lid worden van groepen …"
    dialog.language.setCurrentIndex(0)  # the system's language again
    assert ctx.settings.language is None
