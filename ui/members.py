"""Membership in the window: a group's member list, inviting colleagues, answering an
invitation, creating a group, and the desktop message that tells of a new invitation.

The member list reads ``client.reads.members`` on a worker; inviting, answering and
leaving are local commands (sent by the outbox, also after working offline). Creating a
group needs the server (``sync.membership.create_group``, on a worker): without a
connection the dialog says so. Built when first used, not at start.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from client import lookup
from client.reads import members
from client.rows import (
    ADMIN,
    MODERATOR,
    DirectoryRow,
    GroupPermissions,
    InvitationRow,
    MemberRow,
    PeopleFilter,
)
from client.text import clean_name
from sync.membership import NewGroup, create_group
from ui import icons, plain
from ui.context import AccountSession, AppContext
from ui.lists import ROW_ROLE, TableModel
from ui.moderation import ModerationActions
from ui.ops import Op
from ui.people import BadgeDelegate, PeopleModel

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QAbstractButton, QMessageBox

    from client.changes import Changes
    from client.store import Replica
    from ui.notifications import TrayNotifier

AnyIndex = QModelIndex | QPersistentModelIndex
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 31


class MemberModel(TableModel[MemberRow]):
    """A group's members: name, function, organisation, role; external partners and those
    only invited marked."""

    loaded = Signal()

    def __init__(
        self, ctx: AppContext, account: AccountSession, group_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__((), parent)
        self._ctx = ctx
        self.account = account
        self.group_id = group_id
        self.headers = [
            self.tr("Name"),
            self.tr("Function"),
            self.tr("Organisation"),
            self.tr("Role"),
        ]
        ctx.hub.changed.connect(self._on_hub_changed)

    def reload(self) -> None:
        Op(
            self._ctx.ops,
            partial(members.members, self.account.replica, self.group_id),
            parent=self,
        ).success(self._on_members_loaded).run()

    def _on_members_loaded(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.loaded.emit()

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if user_id == self.account.user_id and (self.group_id in changes.groups or changes.people):
            self.reload()

    def member_ids(self) -> set[str]:
        return {row.user_id for row in self._rows}

    def role_text(self, row: MemberRow) -> str:
        role = {ADMIN: self.tr("Administrator"), MODERATOR: self.tr("Moderator")}.get(
            row.role, self.tr("Member")
        )
        return self.tr("%1 (invited)").replace("%1", role) if row.invited else role

    def _organisation_text(self, row: MemberRow) -> str:
        return self.tr("External partner") if row.external else row.organisation

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.title, self._organisation_text(row), self.role_text(row))[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [row.name, row.title, self._organisation_text(row), self.role_text(row)]
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return plain.tooltip(row.user_id)
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.external:
            return icons.icon("external")
        if role == MEMBER_ROLE:
            return row
        return None


class MembersDialog(QDialog):
    """A group's member list, with inviting colleagues and leaving the group."""

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        group_id: str,
        group_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        group_name = clean_name(group_name, group_id)  # cleaned already, unless a caller forgot
        self.setObjectName("membersDialog")
        self.setWindowTitle(self.tr("Members of %1").replace("%1", group_name))
        self._ctx = ctx
        self.account = account
        self.group_id = group_id
        self.group_name = group_name
        self.model = MemberModel(ctx, account, group_id, self)
        self.table = QTableView(self)
        self.table.setObjectName("memberList")
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.summary = plain.label(self)
        self.summary.setObjectName("membersSummary")
        # Actions beside the list, in a column: a row of them does not fit German labels.
        buttons = QDialogButtonBox(Qt.Orientation.Vertical, self)
        self.invite = buttons.addButton(
            self.tr("&Invite colleagues …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.invite.setAccessibleName(self.tr("Invite colleagues to this group"))
        self.invite.clicked.connect(self.open_invite)
        # Moderation: offered as the group's power levels allow (client.levels).
        self.permissions = GroupPermissions()
        self.moderation = ModerationActions(ctx, self)
        self.kick = buttons.addButton(
            self.tr("&Remove from group …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.kick.setAccessibleName(self.tr("Remove the selected member from the group"))
        self.kick.clicked.connect(self.open_kick)
        self.role = buttons.addButton(
            self.tr("Make &moderator"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.role.clicked.connect(self.toggle_moderator)
        self.edit_group = buttons.addButton(
            self.tr("&Name and description …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.edit_group.setAccessibleName(self.tr("Change the group's name and description"))
        self.edit_group.clicked.connect(self.open_edit_group)
        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = bottom.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        bottom.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(bottom)
        self.setMinimumHeight(420)
        self.resize(860, 480)
        self.invite_dialog: InviteDialog | None = None
        self.model.loaded.connect(self._on_model_loaded)
        self.table.selectionModel().currentChanged.connect(self._update_moderation)
        self._update_moderation()
        self.model.reload()

    def _on_model_loaded(self) -> None:
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%n members", "", self.model.rowCount()))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        Op(
            self._ctx.ops,
            partial(members.permissions, self.account.replica, self.group_id),
            parent=self,
        ).success(self._on_permissions_loaded).run()

    def _on_permissions_loaded(self, found: GroupPermissions) -> None:
        self.permissions = found
        self._update_moderation()

    def current_member(self) -> MemberRow | None:
        row = self.table.currentIndex().data(MEMBER_ROLE)
        return row if isinstance(row, MemberRow) else None

    def _update_moderation(self, *_: object) -> None:
        member = self.current_member()
        self.kick.setEnabled(member is not None and member.may_kick)
        self.role.setEnabled(member is not None and member.may_set_role)
        moderator = member is not None and member.role == MODERATOR
        self.role.setText(
            self.tr("Take back the &moderator role") if moderator else self.tr("Make &moderator")
        )
        self.role.setAccessibleName(
            self.tr("Take back the selected member's moderator role")
            if moderator
            else self.tr("Make the selected member a moderator")
        )
        self.edit_group.setEnabled(self.permissions.edit)
        self.invite.setEnabled(self.permissions.invite)
        self.invite.setToolTip(
            ""
            if self.permissions.invite or not self.permissions.known
            else self.tr("Only members with a higher role may invite to this group")
        )

    def open_kick(self) -> QDialog | None:
        member = self.current_member()
        if member is None or not member.may_kick:
            return None
        return self.moderation.kick(self.account, self.group_id, member.user_id, member.name)

    def toggle_moderator(self) -> None:
        member = self.current_member()
        if member is not None and member.may_set_role:
            on = member.role != MODERATOR
            self.moderation.set_moderator(self.account, self.group_id, member.user_id, on)

    def open_edit_group(self) -> None:
        Op(
            self._ctx.ops,
            partial(members.group_text, self.account.replica, self.group_id),
            parent=self,
        ).success(self._on_group_text_loaded).run()

    def _on_group_text_loaded(self, found: tuple[str, str]) -> None:
        if self.permissions.edit:
            self.moderation.edit_group(self.account, self.group_id, *found)

    def open_invite(self) -> InviteDialog | None:
        if not self.permissions.invite:
            return None
        dialog = InviteDialog(
            self._ctx, self.account, self.group_id, self.group_name, self.model.member_ids(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.invite_dialog = dialog
        dialog.open()
        return dialog


class InviteDialog(QDialog):
    """Colleagues from the people directory, narrowed as the user types; "Invite" queues
    an invitation to the group for the chosen one."""

    invited = Signal(str)  # user id

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        group_id: str,
        group_name: str,
        member_ids: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        group_name = clean_name(group_name, group_id)
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Invite to %1").replace("%1", group_name))
        self._ctx = ctx
        self.account = account
        self.group_id = group_id
        self._members = set(member_ids)
        self.search = QLineEdit(self)
        self.search.setObjectName("inviteSearch")
        self.search.setPlaceholderText(self.tr("Search by name, function, e-mail …"))
        self.search.setAccessibleName(self.tr("Search colleagues"))
        self.search.setClearButtonEnabled(True)
        self.model = PeopleModel(ctx, account, parent=self)
        self.list = QListView(self)
        self.list.setObjectName("inviteCandidates")
        self.list.setAccessibleName(self.tr("Colleagues"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(BadgeDelegate(self.list))
        self.message = plain.label(self)
        self.message.setObjectName("inviteMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("State of the invitation"))
        buttons = QDialogButtonBox(self)
        self.invite = buttons.addButton(self.tr("&Invite"), QDialogButtonBox.ButtonRole.ActionRole)
        self.invite.setAccessibleName(self.tr("Invite the chosen colleague"))
        self.invite.setEnabled(False)
        self.invite.clicked.connect(self.invite_current)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter in the search goes to the first match; Enter on a match invites.
        for button in (self.invite, close):
            button.setAutoDefault(False)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumSize(460, 420)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        # A reset (the search changed) moves no current row and says nothing of it.
        self.model.modelReset.connect(self._on_list_current_changed)
        self.list.activated.connect(self.invite_current)
        self.model.fetchMore()

    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_filters(PeopleFilter(text=text))

    def _on_search_return_pressed(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
            self._on_list_current_changed()
            self.list.setFocus()

    def current(self) -> DirectoryRow | None:
        row = self.list.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, DirectoryRow) else None

    def _on_list_current_changed(self) -> None:
        person = self.current()
        member = person is not None and person.user_id in self._members
        self.invite.setEnabled(person is not None and not member)
        if member and person is not None:
            self.message.setText(self.tr("%1 is already in this group.").replace("%1", person.name))
        else:
            self.message.setText("")

    def invite_current(self) -> None:
        person = self.current()
        if person is None or person.user_id in self._members:
            return
        self._members.add(person.user_id)
        self.invite.setEnabled(False)
        Op(
            self._ctx.ops,
            partial(self.account.commands.invite, self.group_id, person.user_id),
            writes=True,
            account=self.account.user_id,
            parent=self,
        ).success(partial(self._on_invited, person)).failure(self._on_invite_failed).run()

    def _on_invited(self, person: DirectoryRow, _changes: Changes) -> None:
        self.message.setText(
            self.tr("%1 is invited; the invitation is sent with the next sync.").replace(
                "%1", person.name
            )
        )
        self.invited.emit(person.user_id)

    def _on_invite_failed(self, error: Exception) -> None:
        self.message.setText(self.tr("The invitation failed: %1").replace("%1", str(error)))


class InvitationDialog(QDialog):
    """One invitation: who invited to what, to accept, decline or answer later."""

    answered = Signal(bool)  # accepted

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        invitation: InvitationRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationDialog")
        self.setWindowTitle(self.tr("Invitation"))
        self._ctx = ctx
        self.account = account
        self.invitation = invitation
        who = invitation.inviter_name or self.tr("Someone")
        if invitation.organisation:
            text = self.tr("%1 invites you to “%2” (%3).").replace("%3", invitation.organisation)
        else:
            text = self.tr("%1 invites you to “%2”.")
        self.text = plain.label(self, text.replace("%1", who).replace("%2", invitation.name))
        self.text.setObjectName("invitationText")
        self.text.setWordWrap(True)
        self.topic = plain.label(self, invitation.topic)
        self.topic.setObjectName("invitationTopic")
        self.topic.setWordWrap(True)
        self.topic.setVisible(bool(invitation.topic))
        self.note = plain.label(self)
        self.note.setObjectName("invitationNote")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(
            self.tr("&Accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(self.tr("Accept the invitation"))
        self.decline_button = buttons.addButton(
            self.tr("&Decline"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.decline_button.setAccessibleName(self.tr("Decline the invitation"))
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setAccessibleName(self.tr("Answer later"))
        self.accept_button.clicked.connect(partial(self.answer, True))
        self.decline_button.clicked.connect(partial(self.answer, False))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.topic)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        if invitation.withdrawn:
            self.note.setText(self.tr("This invitation was withdrawn before you could join."))
            self.accept_button.setEnabled(False)
            self.decline_button.setText(self.tr("&Dismiss"))
            self.decline_button.setAccessibleName(self.tr("Dismiss the invitation"))
        elif invitation.answer == "accept":
            self.note.setText(self.tr("You accepted; you join when the connection is back."))
            self.accept_button.setEnabled(False)
        self.accept_button.setDefault(self.accept_button.isEnabled())

    def answer(self, accept: bool) -> None:
        commands = self.account.commands
        room = self.invitation.room_id
        if self.invitation.withdrawn:
            fn = partial(commands.dismiss_invitation, room)
        elif accept:
            fn = partial(commands.accept_invitation, room)
        else:
            fn = partial(commands.decline_invitation, room)
        Op(self._ctx.ops, fn, writes=True, account=self.account.user_id, parent=self).success(
            partial(self._on_answered, accept)
        ).failure(self._on_answer_failed).run()

    def _on_answered(self, accept: bool, _changes: Changes) -> None:
        self.answered.emit(accept)
        self.accept()

    def _on_answer_failed(self, error: Exception) -> None:
        self.note.setText(self.tr("The answer could not be saved: %1").replace("%1", str(error)))


class CreateGroupDialog(QDialog):
    """A new group in one of the user's organisations: name, description, open to the
    organisation or by invitation. Needs a connection (the server makes the group's id)."""

    created = Signal(str)  # room id

    def __init__(
        self, ctx: AppContext, account: AccountSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("createGroupDialog")
        self.setWindowTitle(self.tr("New group"))
        self._ctx = ctx
        self.account = account
        self.organisation = QComboBox(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the group"))
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.open_group = QRadioButton(self.tr("&Open to the organisation"), self)
        self.invite_only = QRadioButton(self.tr("By &invitation only"), self)
        self.open_group.setChecked(True)
        access = QButtonGroup(self)
        access.addButton(self.open_group)
        access.addButton(self.invite_only)
        self.message = plain.label(self)
        self.message.setObjectName("createGroupMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("O&rganisation"), self.organisation)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Access"), self.open_group)
        form.addRow("", self.invite_only)
        for field in (self.organisation, self.name, self.description):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create the group"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.create_button.clicked.connect(self.create_group)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.create_button.setEnabled(False)
        if account.connected is None:
            self.message.setText(
                self.tr("Creating a group needs a connection: sign in to this account again.")
            )
        Op(ctx.ops, partial(lookup.organisations_and_rooms, account.replica), parent=self).success(
            self._on_organisations_loaded
        ).run()

    def _on_organisations_loaded(self, found: tuple[list[tuple[str, str]], set[str]]) -> None:
        for org_id, name in found[0]:
            self.organisation.addItem(clean_name(name, org_id), org_id)
        self.create_button.setEnabled(self.account.connected is not None and bool(found[0]))

    def create_group(self) -> None:
        connected = self.account.connected
        org = self.organisation.currentData()
        if connected is None or not isinstance(org, str):
            return
        if not self.name.text().strip():
            self.message.setText(self.tr("A group needs a name."))
            self.name.setFocus()
            return
        new = NewGroup(
            org,
            self.name.text(),
            self.description.toPlainText().strip(),
            open=self.open_group.isChecked(),
        )
        self.create_button.setEnabled(False)
        self.message.setText(self.tr("Creating the group …"))
        Op(
            self._ctx.ops,
            partial(create_group, connected.transport, self.account.user_id, new),
            parent=self,
        ).success(self._on_created).failure(self._on_create_failed).run()

    def _on_created(self, room_id: str) -> None:
        self.created.emit(room_id)
        self.accept()

    def _on_create_failed(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(
            self.tr("The group could not be created: %1").replace("%1", str(error))
        )


class InvitationWatcher(QObject):
    """One desktop message per new invitation: who invited to what, while the window is
    not active (as for mentions; the sidebar shows them otherwise). Each invitation is told
    of once, also across restarts."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def on_synced(self, user_id: str, notifier: TrayNotifier | None, window_active: bool) -> None:
        account = self._ctx.account(user_id)
        if account is None:
            return
        Op(
            self._ctx.ops,
            partial(_take_unnotified, account.replica),
            writes=True,
            parent=self,
        ).success(partial(self._on_found, None if window_active else notifier)).run()

    def _on_found(self, notifier: TrayNotifier | None, found: list[InvitationRow]) -> None:
        if not found or notifier is None:
            return
        if len(found) == 1:
            invitation = found[0]
            who = invitation.inviter_name or self.tr("Someone")
            title = self.tr("Invitation")
            text = (
                self.tr("%1 invites you to “%2”.").replace("%1", who).replace("%2", invitation.name)
            )
        else:
            title = self.tr("Treffpunkt")
            text = self.tr("%n new invitations", "", len(found))
        notifier.show_message(title, text)


def _take_unnotified(replica: Replica) -> list[InvitationRow]:
    """The invitations no desktop message told of yet, marked as told."""
    from client import membership

    found = members.invitations(replica, unnotified=True)
    if found:
        membership.mark_notified(replica, [i.room_id for i in found])
    return found


class MembershipActions(QObject):
    """What the sidebar asks of membership, for the main window: answering and opening
    invitations, the member list, leaving a group (after asking), a new group."""

    def __init__(
        self, ctx: AppContext, window: QWidget, notifier: Callable[[], TrayNotifier | None]
    ) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.watcher = InvitationWatcher(ctx, self)
        self._notifier = notifier
        self.dialog: QDialog | None = None  # the one opened last, for tests

    def on_synced(self, user_id: str, changes: Changes) -> None:
        if changes.invitations:
            self.watcher.on_synced(user_id, self._notifier(), self._window.isActiveWindow())

    def _write(self, user_id: str, fn: Callable[[], Changes]) -> None:
        Op(self._ctx.ops, fn, writes=True, account=user_id, parent=self).run()

    def answer(self, user_id: str, room_id: str, accept: bool) -> None:
        account = self._ctx.account(user_id)
        if account is not None:
            command = (
                account.commands.accept_invitation
                if accept
                else (account.commands.decline_invitation)
            )
            self._write(user_id, partial(command, room_id))

    def dismiss(self, user_id: str, room_id: str) -> None:
        account = self._ctx.account(user_id)
        if account is not None:
            self._write(user_id, partial(account.commands.dismiss_invitation, room_id))

    def open_invitation(self, user_id: str, room_id: str) -> None:
        account = self._ctx.account(user_id)
        if account is None:
            return
        Op(self._ctx.ops, partial(members.invitations, account.replica), parent=self).success(
            partial(self._on_invitations_read, account, room_id)
        ).run()

    def _on_invitations_read(
        self, account: AccountSession, room_id: str, found: list[InvitationRow]
    ) -> None:
        invitation = next((i for i in found if i.room_id == room_id), None)
        if invitation is not None:
            self._show(InvitationDialog(self._ctx, account, invitation, self._window))

    def open_members(self, user_id: str, group_id: str, group_name: str) -> None:
        account = self._ctx.account(user_id)
        if account is not None:
            self._show(MembersDialog(self._ctx, account, group_id, group_name, self._window))

    def open_create_group(self, user_id: str) -> None:
        account = self._ctx.account(user_id)
        if account is not None:
            self._show(CreateGroupDialog(self._ctx, account, self._window))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def leave(self, user_id: str, group_id: str, group_name: str) -> None:
        """Ask, then leave: the group goes from the lists at once."""
        from PySide6.QtWidgets import QMessageBox

        account = self._ctx.account(user_id)
        if account is None:
            return
        box = plain.message_box(
            self._window,
            QMessageBox.Icon.Question,
            self.tr("Leave group"),
            self.tr("Leave “%1”?").replace("%1", group_name),
            self.tr(
                "Its posts and documents are removed from this computer. To come back, you "
                "need to join again or be invited."
            ),
        )
        leave = box.addButton(self.tr("&Leave group"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.dialog = box
        box.finished.connect(partial(self._on_leave_answered, box, leave, account, group_id))
        box.open()

    def _on_leave_answered(
        self,
        box: QMessageBox,
        leave: QAbstractButton,
        account: AccountSession,
        group_id: str,
        _result: int,
    ) -> None:
        if box.clickedButton() is leave:
            self._write(account.user_id, partial(account.commands.leave_group, group_id))
        box.deleteLater()
