"""The event tab: name, date and venue; the roles with their label and colour."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.events import EventInfo, RoleInfo, delete_role, save_role, update_event
from ui.context import EventContext
from ui.preparation.common import show_error
from ui.preparation.data import PreparationData
from ui.table_model import RowsTableModel

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


class EventTab(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_info: EventInfo | None = None

        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.has_date = QCheckBox(self.tr("Date set"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDate(QDate.currentDate())
        self.has_date.toggled.connect(self.date.setEnabled)
        self.venue = QLineEdit()
        self.save_button = QPushButton(self.tr("Save the event"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_event)
        self.saved_label = QLabel()
        self.saved_label.setProperty("role", "count")
        for editor in (self.name, self.venue):
            editor.textEdited.connect(self._on_form_edited)
        self.has_date.toggled.connect(self._on_form_edited)
        self.date.dateChanged.connect(self._on_form_edited)

        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
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
        self.save_button.setEnabled(False)

    # ----- event form ------------------------------------------------------------

    def set_data(self, data: PreparationData) -> None:
        self.event_info = data.event
        if not self.save_button.isEnabled():  # never overwrite what is being typed
            self._show_event(data.event)
        self.roles_model.set_rows(data.roles)
        self._update_buttons()

    def _show_event(self, event: EventInfo) -> None:
        for widget in (self.name, self.venue, self.has_date, self.date):
            widget.blockSignals(True)
        self.name.setText(event.name)
        self.venue.setText(event.venue)
        self.has_date.setChecked(event.date is not None)
        self.date.setEnabled(event.date is not None)
        if event.date is not None:
            self.date.setDate(QDate(event.date.year, event.date.month, event.date.day))
        for widget in (self.name, self.venue, self.has_date, self.date):
            widget.blockSignals(False)
        self.save_button.setEnabled(False)

    def _on_form_edited(self, *_args: object) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.clear()

    def save_event(self) -> None:
        day: dt.date | None = None
        if self.has_date.isChecked():
            q = self.date.date()
            day = dt.date(q.year(), q.month(), q.day())
        self.save_button.setEnabled(False)

        def saved(info: EventInfo) -> None:
            self._show_event(info)
            self.saved_label.setText(self.tr("Saved."))
            self.ctx.signals.event_changed.emit()

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.saved_label.clear()
            show_error(self, self.tr("The event could not be saved"), message)

        self.ctx.worker.submit(
            update_event,
            self.ctx.db,
            name=self.name.text(),
            date=day,
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
