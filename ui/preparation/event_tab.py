"""The event tab: name, date and venue; the roles with their label and colour."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from katalyze.errors import UserError
from katalyze.events import (
    EventInfo,
    RoleInfo,
    delete_role,
    parse_event_date,
    save_role,
    update_event,
)
from ui.context import EventContext
from ui.preparation.common import show_error
from ui.preparation.data import PreparationData
from ui.table_model import RowsTableModel
from ui.worker import Job

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RoleColumn(enum.IntEnum):
    COLOUR = 0
    LABEL = enum.auto()
    STAFF = enum.auto()


class RolesModel(RowsTableModel):
    """Roles; editing a label or the staff box asks to save (``role_edited``)."""

    role_edited = Signal(object, str, str, bool)  # role, label, colour, is_staff
    columns = RoleColumn
    rows: list[RoleInfo]

    def headers(self) -> dict[Any, str]:
        return {
            RoleColumn.COLOUR: self.tr("Colour"),
            RoleColumn.LABEL: self.tr("Role"),
            RoleColumn.STAFF: self.tr("Organisers' team"),
        }

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == RoleColumn.LABEL:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == RoleColumn.STAFF:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if column == RoleColumn.COLOUR:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(r.colour)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Double-click to change the colour (%1)").replace("%1", r.colour)
        if column == RoleColumn.LABEL and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return r.label
        if column == RoleColumn.STAFF and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.is_staff else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        r = self.rows[index.row()]
        if index.column() == RoleColumn.LABEL and role == Qt.ItemDataRole.EditRole:
            label = str(value).strip()
            if label and label != r.label:
                self.role_edited.emit(r, label, r.colour, r.is_staff)
            return bool(label)
        if index.column() == RoleColumn.STAFF and role == Qt.ItemDataRole.CheckStateRole:
            staff = Qt.CheckState(value) == Qt.CheckState.Checked
            self.role_edited.emit(r, r.label, r.colour, staff)
            return True
        return False


def _short_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class EventTab(QWidget):
    """Name, date and venue of the event (saved with a button) and its roles.

    Unsaved edits are reported by :meth:`has_unsaved_changes`; the main window
    asks about them before the event is left (see ``MainWindow``).
    """

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_info: EventInfo | None = None
        self._saving: Job | None = None

        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.date = QLineEdit()
        self.date.setObjectName("eventDate")
        self.date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.date.setToolTip(
            self.tr("For example 14/03/2026, 14/3/26 or 2026-03-14. Leave empty if not set yet.")
        )
        self.date.setClearButtonEnabled(True)
        self.date.setMaximumWidth(self.date.fontMetrics().horizontalAdvance("00/00/00000") + 60)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("eventDateCalendar")
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the date in a calendar"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setObjectName("eventDateCalendarPopup")
        self.calendar.setGridVisible(True)
        self.calendar.hide()
        self.date_note = QLabel()  # the date in words, once understood
        self.date_note.setObjectName("eventDateNote")
        self.date_note.setProperty("role", "count")
        self.date_error = QLabel()
        self.date_error.setObjectName("eventDateError")
        self.date_error.setProperty("role", "error")
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        self.venue = QLineEdit()
        self.venue.setObjectName("eventVenue")
        self.save_button = QPushButton(self.tr("Save the event"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_event)
        self.saved_label = QLabel()
        self.saved_label.setProperty("role", "count")
        for editor in (self.name, self.date, self.venue):
            editor.textChanged.connect(self._on_form_edited)
            editor.returnPressed.connect(self._on_editor_return_pressed)
        self.date.textChanged.connect(self._on_date_text_changed)
        self.date.editingFinished.connect(self._on_date_editing_finished)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.calendar.activated.connect(self._on_calendar_date_chosen)
        self.calendar.clicked.connect(self._on_calendar_date_chosen)

        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.calendar_button)
        date_row.addWidget(self.date_note)
        date_row.addWidget(self.date_error, 1)
        date_row.addStretch(0)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Venue"), self.venue)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        form.addRow("", save_row)

        roles_title = QLabel(self.tr("Roles"))
        roles_title.setProperty("role", "heading")
        roles_hint = QLabel(
            self.tr(
                "Double-click a label to rename it, a colour to change it. Badges and "
                "lists use these colours."
            )
        )
        roles_hint.setWordWrap(True)
        roles_hint.setProperty("role", "count")
        self.roles_model = RolesModel(self)
        self.roles_model.role_edited.connect(self._on_roles_model_role_edited)
        self.roles_table = QTableView()
        self.roles_table.setObjectName("rolesTable")
        self.roles_table.setModel(self.roles_model)
        self.roles_table.verticalHeader().hide()
        self.roles_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roles_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roles_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.roles_table.setColumnWidth(RoleColumn.COLOUR, 80)
        self.roles_table.horizontalHeader().setSectionResizeMode(
            RoleColumn.LABEL, QHeaderView.ResizeMode.Stretch
        )
        self.roles_table.setColumnWidth(RoleColumn.STAFF, 220)
        self.roles_table.doubleClicked.connect(self._on_roles_table_double_clicked)
        self.roles_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_role_button = QPushButton(self.tr("Add a role"))
        self.add_role_button.clicked.connect(self.add_role)
        self.remove_role_button = QPushButton(self.tr("Remove the role"))
        self.remove_role_button.clicked.connect(self.remove_selected_role)
        role_buttons = QHBoxLayout()
        role_buttons.addWidget(self.add_role_button)
        role_buttons.addWidget(self.remove_role_button)
        role_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(roles_title)
        layout.addWidget(roles_hint)
        layout.addWidget(self.roles_table, 1)
        layout.addLayout(role_buttons)
        self._update_buttons()
        self._update_save_button()

    # ----- event form ------------------------------------------------------------

    def set_data(self, data: PreparationData) -> None:
        editing = self.has_unsaved_changes()
        self.event_info = data.event
        if not editing:  # never overwrite what is being typed
            self._show_event(data.event)
        else:
            self._update_save_button()
        self.roles_model.set_rows(data.roles)
        self._update_buttons()

    def _show_event(self, event: EventInfo) -> None:
        for widget in (self.name, self.venue, self.date):
            widget.blockSignals(True)
        self.name.setText(event.name)
        self.venue.setText(event.venue)
        self.date.setText(_short_date(event.date))
        for widget in (self.name, self.venue, self.date):
            widget.blockSignals(False)
        self._show_date_note(event.date)
        self.date_error.hide()
        self._update_save_button()

    def has_unsaved_changes(self) -> bool:
        """Whether the name, date or venue typed differ from what is saved."""
        info = self.event_info
        if info is None:
            return False
        if self.name.text().strip() != info.name or self.venue.text().strip() != info.venue:
            return True
        try:
            return parse_event_date(self.date.text()) != info.date
        except UserError:
            return True

    def unsaved_changes_detail(self) -> str:
        """One sentence for the "save the changes?" question."""
        return self.tr("The name, date or venue typed in Préparation › Event are not saved yet.")

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self._saving is None and self.has_unsaved_changes())

    def _on_form_edited(self, *_args: object) -> None:
        self._update_save_button()
        self.saved_label.clear()

    def _on_editor_return_pressed(self) -> None:
        if self.save_button.isEnabled():
            self.save_event()

    # ----- the date ----------------------------------------------------------------

    def _typed_date(self) -> dt.date | None:
        """The date typed; raises :class:`UserError` when it is not one."""
        return parse_event_date(self.date.text())

    def _show_date_error(self, message: str) -> None:
        self.date_note.clear()
        self.date_note.hide()
        self.date_error.setText(message)
        self.date_error.show()

    def _show_date_note(self, day: dt.date | None) -> None:
        if day is None:
            self.date_note.clear()
            self.date_note.hide()
            return
        # The translators choose the language the date is spelled in.
        locale = QLocale(self.tr("en_GB", "locale used to spell out the event date"))
        text = locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        self.date_note.setText(text)
        self.date_note.show()

    def _on_date_text_changed(self, _text: str) -> None:
        """While typing: an earlier error goes as soon as the text is a date."""
        try:
            day = self._typed_date()
        except UserError:
            self.date_note.hide()
            return
        self.date_error.hide()
        self._show_date_note(day)

    def _on_date_editing_finished(self) -> None:
        """Leaving the field: say what is wrong, or write the date out in full."""
        try:
            day = self._typed_date()
        except UserError as exc:
            self._show_date_error(str(exc))
            return
        self.date_error.hide()
        written = _short_date(day)
        if written != self.date.text():
            self.date.setText(written)  # 14/3/26 becomes 14/03/2026
        self._show_date_note(day)

    def _on_calendar_button_clicked(self) -> None:
        try:
            day = self._typed_date()
        except UserError:
            day = None
        if day is None and self.event_info is not None:
            day = self.event_info.date
        shown = QDate(day.year, day.month, day.day) if day else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        below = self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft())
        self.calendar.adjustSize()
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def _on_calendar_date_chosen(self, chosen: QDate) -> None:
        self.calendar.hide()
        self.date.setText(chosen.toString("dd/MM/yyyy"))
        self.date_error.hide()
        self._show_date_note(dt.date(chosen.year(), chosen.month(), chosen.day()))
        self.date.setFocus()

    # ----- saving --------------------------------------------------------------------

    def save_event(self) -> None:
        self.save_changes()

    def save_changes(self, on_done: Callable[[bool], None] | None = None) -> None:
        """Save the form through the worker; ``on_done(True)`` once it is saved.

        A date that is not one is refused next to the field (``on_done(False)``).
        """
        finish = on_done or (lambda _ok: None)
        try:
            day = self._typed_date()
        except UserError as exc:
            self._show_date_error(str(exc))
            self.date.setFocus()
            self.date.selectAll()
            finish(False)
            return

        def saved(info: EventInfo) -> None:
            self._saving = None
            self.event_info = info
            self._show_event(info)
            self.saved_label.setText(self.tr("Saved."))
            self.ctx.signals.event_changed.emit()
            finish(True)

        def failed(message: str) -> None:
            self._saving = None
            self._update_save_button()
            self.saved_label.clear()
            show_error(self, self.tr("The event could not be saved"), message)
            finish(False)

        self.save_button.setEnabled(False)
        self._saving = self.ctx.worker.submit(
            update_event,
            self.ctx.db,
            name=self.name.text(),
            date=day,
            clear_date=day is None,
            venue=self.venue.text(),
            on_done=saved,
            on_error=failed,
        )

    # ----- roles -------------------------------------------------------------------

    def selected_role(self) -> RoleInfo | None:
        rows = self.roles_table.selectionModel().selectedRows()
        return self.roles_model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.remove_role_button.setEnabled(self.selected_role() is not None)

    def _save_role(self, role_id: int | None, label: str, colour: str, is_staff: bool) -> None:
        self.ctx.worker.submit(
            save_role,
            self.ctx.db,
            role_id=role_id,
            label=label,
            colour=colour,
            is_staff=is_staff,
            on_done=lambda _info: self.ctx.signals.roles_changed.emit(),
            on_error=self._on_role_failed,
        )

    def _on_role_failed(self, message: str) -> None:
        show_error(self, self.tr("The role could not be saved"), message)
        self.ctx.signals.roles_changed.emit()

    def _on_roles_model_role_edited(
        self, role: RoleInfo, label: str, colour: str, is_staff: bool
    ) -> None:
        self._save_role(role.id, label, colour, is_staff)

    def _on_roles_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != RoleColumn.COLOUR:
            return
        role = self.roles_model.rows[index.row()]
        dialog = QColorDialog(QColor(role.colour), self)
        dialog.setWindowTitle(self.tr("Colour of “%1”").replace("%1", role.label))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(
            lambda colour: self._save_role(role.id, role.label, colour.name(), role.is_staff)
        )
        dialog.open()

    def add_role(self) -> None:
        existing = {r.label for r in self.roles_model.rows}
        label, n = self.tr("New role"), 2
        base = label
        while label in existing:
            label, n = f"{base} {n}", n + 1
        self._save_role(None, label, "#888888", False)

    def remove_selected_role(self) -> None:
        role = self.selected_role()
        if role is None:
            return

        def failed(message: str) -> None:
            show_error(self, self.tr("The role could not be removed"), message)

        self.ctx.worker.submit(
            delete_role,
            self.ctx.db,
            role.id,
            on_done=lambda _none: self.ctx.signals.roles_changed.emit(),
            on_error=failed,
        )
