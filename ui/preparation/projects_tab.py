"""The projects tab: one project per table; add, edit, delete, import."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.projects import (
    ProjectDraft,
    ProjectInfo,
    create_project,
    delete_project,
    update_project,
)
from katalyze.text import fold
from katalyze.vocabulary import NEEDS
from ui.context import EventContext
from ui.preparation.common import run_import_dialog, show_error
from ui.preparation.data import PreparationData
from ui.preparation.project_dialog import ProjectDialog
from ui.table_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SortRole = Qt.ItemDataRole.UserRole + 1
ProjectIdRole = Qt.ItemDataRole.UserRole + 2


class ProjectColumn(enum.IntEnum):
    TABLE = 0
    TITLE = enum.auto()
    LEAD_ORGANISATION = enum.auto()
    HOLDER = enum.auto()
    NEEDS = enum.auto()
    SEATS = enum.auto()


class ProjectsModel(RowsTableModel):
    columns = ProjectColumn
    rows: list[ProjectInfo]

    def headers(self) -> dict[Any, str]:
        return {
            ProjectColumn.TABLE: self.tr("Table"),
            ProjectColumn.TITLE: self.tr("Project"),
            ProjectColumn.LEAD_ORGANISATION: self.tr("Lead organisation"),
            ProjectColumn.HOLDER: self.tr("Holder"),
            ProjectColumn.NEEDS: self.tr("Needs"),
            ProjectColumn.SEATS: self.tr("Seats"),
        }

    def _needs_text(self, p: ProjectInfo) -> str:
        labels = [NEEDS.get(code, code) for code in p.needs if code != "autre"]
        if "autre" in p.needs:
            labels.append(p.needs_other or NEEDS["autre"])
        return ", ".join(labels)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        column = ProjectColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ProjectColumn.TABLE: p.table,
                ProjectColumn.TITLE: p.title,
                ProjectColumn.LEAD_ORGANISATION: p.lead_organisation,
                ProjectColumn.HOLDER: p.holder,
                ProjectColumn.NEEDS: self._needs_text(p),
                ProjectColumn.SEATS: f"{p.min_seats}–{p.max_seats}",
            }[column]
        if role == SortRole:
            if column == ProjectColumn.TABLE:
                return p.table_number
            if column == ProjectColumn.SEATS:
                return p.max_seats
            return fold(str(self.data(index, Qt.ItemDataRole.DisplayRole)))
        if role == ProjectIdRole:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole and column == ProjectColumn.TITLE:
            return p.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ProjectColumn.TABLE,
            ProjectColumn.SEATS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ProjectsTab(QWidget):
    reload_requested = Signal()
    project_saved = Signal(int)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: ProjectDialog | None = None
        self.model = ProjectsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self.add_button = QPushButton(self.tr("Add a project…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_project)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_files)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)

        self.table = QTableView()
        self.table.setObjectName("projectsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProjectColumn.TABLE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProjectColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        # The title takes what is left: it is what people look for, the needs
        # read in full in their tooltip.
        for column, width in (
            (ProjectColumn.TABLE, 64),
            (ProjectColumn.LEAD_ORGANISATION, 170),
            (ProjectColumn.HOLDER, 140),
            (ProjectColumn.NEEDS, 200),
            (ProjectColumn.SEATS, 64),
        ):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel()
        self.count_label.setProperty("role", "count")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def set_data(self, data: PreparationData) -> None:
        selected = self.selected_project()
        self.model.set_rows(data.projects)
        seats = sum(p.max_seats for p in data.projects)
        self.count_label.setText(
            self.tr("Projects: %1 · seats at most: %2")
            .replace("%1", str(len(data.projects)))
            .replace("%2", str(seats))
        )
        if selected is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(ProjectIdRole) == selected.id:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def selected_project(self) -> ProjectInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_project() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _next_table(self) -> int:
        return max((p.table_number for p in self.model.rows), default=0) + 1

    def _open_dialog(
        self,
        project: ProjectInfo | None,
        save: Callable[[ProjectDraft], Any],
    ) -> ProjectDialog:
        def submit(draft: ProjectDraft, saved: Callable[[], None], failed) -> None:  # type: ignore[no-untyped-def]
            def done(info: ProjectInfo) -> None:
                saved()
                self.project_saved.emit(info.id)
                self.ctx.signals.projects_changed.emit()

            self.ctx.worker.submit(save, draft, on_done=done, on_error=failed)

        dialog = ProjectDialog(
            project=project, next_table=self._next_table(), submit=submit, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_project(self) -> ProjectDialog:
        db = self.ctx.db
        return self._open_dialog(None, lambda draft: create_project(db, draft))

    def edit_selected(self) -> ProjectDialog | None:
        project = self.selected_project()
        if project is None:
            return None
        db, pid = self.ctx.db, project.id
        return self._open_dialog(project, lambda draft: update_project(db, pid, draft))

    def delete_selected(self) -> QMessageBox | None:
        project = self.selected_project()
        if project is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete a project"),
            self.tr(
                "Delete the project “%1” (table %2)? The participants stay, but their "
                "wishes for this project are removed."
            )
            .replace("%1", project.title)
            .replace("%2", project.table),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteProjectQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            self.ctx.worker.submit(
                delete_project,
                self.ctx.db,
                project.id,
                on_done=lambda _none: self._on_project_deleted(),
                on_error=lambda message: show_error(
                    self, self.tr("The project could not be deleted"), message
                ),
            )

        box.finished.connect(answered)
        box.open()
        return box

    def _on_project_deleted(self) -> None:
        self.ctx.signals.projects_changed.emit()
        self.ctx.signals.participants_changed.emit()

    def import_files(self) -> None:
        if run_import_dialog(self.ctx, "projects", self):
            self.reload_requested.emit()
