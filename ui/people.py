"""The people directory: a filter bar over a lazy list, and a person's profile.

The filters (organisation, department, skill, location, and a text filter) combine; their
choices are the replica's distinct values, read on a worker. Every change of a filter starts
the list again from its first keyset page (``client.reads.people.people_page``). External partners
carry a visible "External" badge in the list and on the profile.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from client.changes import Changes
from client.reads import PAGE_SIZE, people
from client.rows import EXTERNAL, DirectoryRow, FilterChoices, PeopleFilter, Profile
from client.text import clean_name
from ui import icons, plain, timefmt
from ui.context import AccountSession, AppContext
from ui.lists import ROW_ROLE, KeysetListModel, ListPage
from ui.ops import Op
from ui.stream import open_link

if TYPE_CHECKING:
    from client.store import Replica

AnyIndex = QModelIndex | QPersistentModelIndex
EXTERNAL_ROLE = Qt.ItemDataRole.UserRole + 21
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 22


class PeopleModel(KeysetListModel[DirectoryRow]):
    """The directory, narrowed by a ``PeopleFilter``; external partners marked."""

    def __init__(
        self,
        ctx: AppContext,
        account: AccountSession,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        self.filters = PeopleFilter()
        super().__init__(
            ctx,
            account,
            self._read_page,
            self._display_text,
            "account",
            # Not on group changes: every sync names every group, and the list would jump
            # back to its top each time. New external partners show when it is opened again.
            refresh_on=lambda c: bool(c.people),
            page_size=page_size,
            parent=parent,
        )

    def _read_page(
        self, replica: Replica, after: tuple[str, str] | None, limit: int
    ) -> list[DirectoryRow]:
        return people.people_page(replica, after, limit, filters=self.filters)

    def set_filters(self, filters: PeopleFilter) -> None:
        if filters != self.filters:
            self.filters = filters
            self.restart()

    def _display_text(self, person: DirectoryRow) -> str:
        if person.external:
            return "\n".join((person.name, self.tr("External partner")))
        extra = " · ".join(x for x in (person.title, person.department, person.organisation) if x)
        return f"{person.name}\n{extra}" if extra else person.name

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == EXTERNAL_ROLE:
            row = super().data(index, ROW_ROLE)
            return row.external if isinstance(row, DirectoryRow) else None
        if role == Qt.ItemDataRole.DecorationRole:
            row = super().data(index, ROW_ROLE)
            if isinstance(row, DirectoryRow) and row.external:
                return icons.icon("external")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            row = super().data(index, ROW_ROLE)
            if isinstance(row, DirectoryRow) and row.external:
                return self.tr("%1, external partner").replace("%1", row.name)
        return super().data(index, role)


class BadgeDelegate(QStyledItemDelegate):
    """Paints the list row, and an "External" pill at its right for an external partner."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = self.tr("External")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(EXTERNAL_ROLE):
            size.setWidth(size.width() + self._badge_width(option) + 12)
        return size

    def _badge_width(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).horizontalAdvance(self.text) + 16

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        if not index.data(EXTERNAL_ROLE):
            return
        metrics = QFontMetrics(option.font)
        width = self._badge_width(option)
        height = metrics.height() + 4
        rect: QRect = option.rect
        badge = QRect(
            rect.right() - width - 8, rect.top() + (rect.height() - height) // 2, width, height
        )
        colour = option.palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(option.font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.restore()


class PeoplePage(ListPage):
    """The directory with its filter bar; choosing a person emits their ``DirectoryRow``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("People"), self.tr("People directory"), parent)
        self._ctx = ctx
        self.account: AccountSession | None = None
        bar = QWidget(self)  # made first: the filters are made inside it
        bar.setObjectName("peopleFilters")
        self.filter_text = QLineEdit(bar)
        self.filter_text.setPlaceholderText(self.tr("Filter by name, title, e-mail …"))
        self.filter_text.setAccessibleName(self.tr("Filter people by text"))
        self.filter_text.setClearButtonEnabled(True)
        self.organisation = self._combo(self.tr("Filter by organisation"), bar)
        self.department = self._combo(self.tr("Filter by department"), bar)
        self.skill = self._combo(self.tr("Filter by skill"), bar)
        self.location = self._combo(self.tr("Filter by location"), bar)
        self.empty = QLabel(self.tr("Nobody matches these filters."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 0, 12, 6)
        row.addWidget(self.filter_text, 2)
        for combo in (self.organisation, self.department, self.skill, self.location):
            row.addWidget(combo, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, bar)
        layout.addWidget(self.empty)
        self.view.setItemDelegate(BadgeDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.filter_text.textChanged.connect(self._on_filter_changed)
        for combo in (self.organisation, self.department, self.skill, self.location):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ctx.hub.changed.connect(self._on_hub_changed)
        self.set_choices(FilterChoices())

    def _combo(self, accessible: str, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def show_account(self, account: AccountSession) -> None:
        changed = account is not self.account
        self.account = account
        model = PeopleModel(self._ctx, account, parent=self)
        model.filters = self.current_filters() if not changed else PeopleFilter()
        if changed:
            self._reset_filters()
        model.page_loaded.connect(self._on_model_page_loaded)
        self.set_model(model)
        self._load_choices()

    def _load_choices(self) -> None:
        if self.account is not None:
            Op(
                self._ctx.ops,
                partial(people.filter_choices, self.account.replica),
                parent=self,
            ).success(self.set_choices).run()

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the combo boxes, keeping what is chosen where it is still a choice."""
        external = [(self.tr("External partners"), EXTERNAL)]
        self._fill(
            self.organisation,
            self.tr("All organisations"),
            [(o, o) for o in choices.organisations] + (external if choices.has_external else []),
        )
        self._fill(
            self.department, self.tr("All departments"), [(d, d) for d in choices.departments]
        )
        self._fill(self.skill, self.tr("All skills"), [(s, s) for s in choices.skills])
        self._fill(self.location, self.tr("All locations"), [(x, x) for x in choices.locations])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, value in items:
            combo.addItem(clean_name(text, "…"), value)  # the value stays as stored
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _reset_filters(self) -> None:
        for widget in (
            self.filter_text,
            self.organisation,
            self.department,
            self.skill,
            self.location,
        ):
            widget.blockSignals(True)
        self.filter_text.clear()
        for combo in (self.organisation, self.department, self.skill, self.location):
            combo.setCurrentIndex(0)
        for widget in (
            self.filter_text,
            self.organisation,
            self.department,
            self.skill,
            self.location,
        ):
            widget.blockSignals(False)

    def current_filters(self) -> PeopleFilter:
        return PeopleFilter(
            text=self.filter_text.text(),
            organisation=self.organisation.currentData() or "",
            department=self.department.currentData() or "",
            skill=self.skill.currentData() or "",
            location=self.location.currentData() or "",
        )

    def _on_filter_changed(self, *_: object) -> None:
        if isinstance(self.model, PeopleModel):
            self.model.set_filters(self.current_filters())

    def _on_model_page_loaded(self, _count: int) -> None:
        model = self.model
        empty = (
            model is not None and model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
        )
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)

    def _on_hub_changed(self, user_id: str, changes: Changes) -> None:
        if self.account is not None and user_id == self.account.user_id and changes.people:
            self._load_choices()


class ProfilePane(QWidget):
    """A person: their entry, the groups shared with the user, what they wrote last."""

    closed = Signal()
    post_opened = Signal(str, str, int)  # account, group id, post id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.account: AccountSession | None = None
        self.profile: Profile | None = None
        self.title = QLabel(self.tr("Person"), self)
        self.title.setObjectName("paneTitle")
        close = QToolButton(self)
        icons.set_icon(close, "close")
        close.setAccessibleName(self.tr("Close the detail pane"))
        close.setAutoRaise(True)
        close.clicked.connect(self.closed)
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.RichText)  # a heading, the name escaped
        self.name.setObjectName("profileName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel(self.tr("External partner"), self)
        self.badge.setObjectName("externalBadge")
        self.badge.setAccessibleName(self.tr("External partner"))
        self.badge.setToolTip(
            self.tr("A member of your groups without an entry in any of your organisations")
        )
        self.badge.hide()
        self.details = QLabel(self)
        self.details.setObjectName("card")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setOpenExternalLinks(False)
        self.details.setAccessibleName(self.tr("Contact details"))
        self.details.linkActivated.connect(self._on_details_link_activated)
        groups_label = QLabel(self.tr("Groups you share"), self)
        groups_label.setObjectName("sectionTitle")
        self.groups = QListWidget(self)
        self.groups.setObjectName("list")
        self.groups.setAccessibleName(self.tr("Groups you share"))
        posts_label = QLabel(self.tr("Recent posts"), self)
        posts_label.setObjectName("sectionTitle")
        self.posts = QListWidget(self)
        self.posts.setObjectName("list")
        self.posts.setAccessibleName(self.tr("Recent posts"))
        self.posts.setWordWrap(True)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 6, 0)
        header.addWidget(self.title, 1)
        header.addWidget(close)
        name_row = QHBoxLayout()
        name_row.setContentsMargins(12, 0, 12, 0)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(name_row)
        layout.addWidget(self.details)
        for widget in (groups_label, self.groups, posts_label, self.posts):
            layout.addWidget(widget)
        layout.setStretchFactor(self.groups, 1)
        layout.setStretchFactor(self.posts, 2)
        groups_label.setContentsMargins(12, 6, 12, 0)
        posts_label.setContentsMargins(12, 6, 12, 0)
        self.posts.itemActivated.connect(self._on_posts_item_activated)
        self.posts.itemClicked.connect(self._on_posts_item_activated)

    def show_person(self, account: AccountSession, user_id: str) -> None:
        self.account = account
        Op(self._ctx.ops, partial(people.profile, account.replica, user_id), parent=self).success(
            self.set_profile
        ).run()

    def set_profile(self, profile: Profile | None) -> None:
        self.profile = profile
        if profile is None:
            self.name.setText(self.tr("This person is no longer in your directory."))
            self.badge.hide()
            self.details.clear()
            self.groups.clear()
            self.posts.clear()
            return
        self.name.setText(f"<h2>{plain.escape(profile.name)}</h2>")
        self.badge.setVisible(profile.external)
        rows = [
            (self.tr("Title"), plain.escape(profile.title)),
            (self.tr("Department"), plain.escape(profile.department)),
            (self.tr("Organisation"), plain.escape(profile.organisation)),
            (self.tr("Skills"), plain.escape(", ".join(profile.skills))),
            (self.tr("Location"), plain.escape(profile.location)),
            (self.tr("Phone"), plain.escape(profile.phone)),
        ]
        if profile.email:
            mail = plain.escape(profile.email)
            rows.append((self.tr("E-mail"), f'<a href="mailto:{mail}">{mail}</a>'))
        rows.append((self.tr("User ID"), plain.escape(profile.user_id)))
        cells = "".join(
            f"<tr><td class='label'>{plain.escape(k)}</td><td>{v}</td></tr>" for k, v in rows if v
        )
        self.details.setText(f"<table cellpadding='3'>{cells}</table>")
        self._fill_groups(profile)
        self._fill_posts(profile)

    def _fill_groups(self, profile: Profile) -> None:
        self.groups.clear()
        for group in profile.groups:
            item = QListWidgetItem(icons.icon("group"), group.name)
            self.groups.addItem(item)
        if not profile.groups:
            item = QListWidgetItem(self.tr("No groups in common"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.groups.addItem(item)

    def _fill_posts(self, profile: Profile) -> None:
        self.posts.clear()
        for post in profile.recent:
            where = (self.tr("Comment in %1") if post.comment else self.tr("Post in %1")).replace(
                "%1", post.group_name
            )
            item = QListWidgetItem(
                icons.icon("comment" if post.comment else "group"),
                f"{post.excerpt}\n{where} · {timefmt.relative(post.created_at)}",
            )
            item.setToolTip(timefmt.exact(post.created_at))
            item.setData(POST_ID_ROLE, (post.group_id, post.post_id))
            self.posts.addItem(item)
        if not profile.recent:
            item = QListWidgetItem(self.tr("Nothing written yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.posts.addItem(item)

    def _on_posts_item_activated(self, item: QListWidgetItem) -> None:
        target = item.data(POST_ID_ROLE)
        if self.account is not None and isinstance(target, tuple):
            group_id, post_id = target
            self.post_opened.emit(self.account.user_id, group_id, post_id)

    def _on_details_link_activated(self, link: str) -> None:
        open_link(self, QUrl(link))
