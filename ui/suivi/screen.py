"""Suivi: the year after the evening, project by project.

The actions of every project in one list, filtered by project, owner,
status and overdue (a ``QSortFilterProxyModel`` over the actions model);
beside it, the selected action's update form and the project's year:
indicators and timeline, commitments and needs, meetings, year-end review.
Every write is one core call on the database worker, then one reload.
"Overdue" is as of :attr:`SuiviScreen.today` (tests set it; the app uses the
day the screen was shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from katalyze.followup import service
from katalyze.followup.data import STATUSES, FollowupData, PledgeRow, ProjectFollow, load_followup
from katalyze.followup.sheet import ActionSheetReview, apply_actions_sheet, review_actions_sheet
from katalyze.followup.undo import undo_update
from ui.context import EventContext
from ui.suivi import history
from ui.suivi.files import SheetReviewDialog, write_reports
from ui.suivi.models import ActionColumn, ActionsFilter, ActionsModel, StatusWords
from ui.suivi.panels import MeetingsPanel, ProjectPanel, ReviewPanel, UpdatePanel


class SuiviScreen(QWidget):
    loaded = Signal(object)  # FollowupData, shown
    saved = Signal(object)  # what a write returned
    write_failed = Signal(str)
    sheet_reviewed = Signal(object)  # ActionSheetReview, shown in a dialog
    reports_written = Signal(list)  # paths

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.data: FollowupData | None = None
        self._stale = True
        self._loading = False
        self._selected_id: int | None = None
        self._words = StatusWords(self)
        self.review_dialog: SheetReviewDialog | None = None
        self._telling_others = False
        self._sized = False
        self._build()
        self._connect()

    def _on_undo_stack_changed(self, *_args: object) -> None:
        # Short labels on the buttons; what would be undone is in the tooltip.
        for action, button in (
            (self.undo_action, self.undo_button),
            (self.redo_action, self.redo_button),
        ):
            button.setEnabled(action.isEnabled())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text()} ({keys})")

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        title = QLabel(self.tr("Follow-up: the year of every project"))
        title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.import_button = QPushButton(self.tr("Import an edited sheet…"))
        self.import_button.setObjectName("importSheet")
        self.import_button.setToolTip(
            self.tr("The Suivi (or Actions) sheet of the workbook, with new statuses and notes")
        )
        self.reports_button = QPushButton(self.tr("Follow-up reports (PDF)…"))
        self.reports_button.setObjectName("writeReports")
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("suiviUndo")
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setObjectName("suiviRedo")
        for action, button in (
            (self.undo_action, self.undo_button),
            (self.redo_action, self.redo_button),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button.clicked.connect(action.trigger)
            head.addWidget(button)
        for signal in (
            self.undo_stack.canUndoChanged,
            self.undo_stack.canRedoChanged,
            self.undo_stack.undoTextChanged,
            self.undo_stack.redoTextChanged,
        ):
            signal.connect(self._on_undo_stack_changed)
        self._on_undo_stack_changed()
        head.addWidget(self.import_button)
        head.addWidget(self.reports_button)
        self.programme = QLabel("—")
        self.programme.setObjectName("programmeIndicators")
        self.programme.setWordWrap(True)
        layout.addLayout(head)
        layout.addWidget(self.programme)

        bar = QHBoxLayout()
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("projectFilter")
        self.project_combo.setMinimumContentsLength(22)
        self.project_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("ownerFilter")
        self.owner_edit.setPlaceholderText(self.tr("Owner…"))
        self.owner_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(self.tr("Open (to do, in progress)"), "open")
        for code in STATUSES:
            self.status_combo.addItem(self._words.status(code), code)
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.overdue_check.setObjectName("overdueFilter")
        self.count_label = QLabel("")
        self.count_label.setObjectName("actionCount")
        bar.addWidget(self.project_combo, 2)
        bar.addWidget(self.owner_edit, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.overdue_check)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model = ActionsModel(self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionColumn.Table, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionColumn.Action, QHeaderView.ResizeMode.Stretch)
        self.update_panel = UpdatePanel()
        self.project_panel = ProjectPanel()
        self.meetings_panel = MeetingsPanel()
        self.review_panel = ReviewPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("suiviTabs")
        self.tabs.addTab(self.update_panel, self.tr("Update"))
        self.tabs.addTab(self.project_panel, self.tr("Project"))
        self.tabs.addTab(self.meetings_panel, self.tr("Meetings"))
        self.tabs.addTab(self.review_panel, self.tr("Review"))
        self.tabs.setMinimumWidth(470)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 500])
        layout.addWidget(splitter, 1)
        self.message = QLabel("")
        self.message.setObjectName("suiviMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def _size_columns(self) -> None:
        """Short columns as wide as their widest value or header, in this font."""
        cells, heads = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        statuses = [self._words.status(code) for code in STATUSES]
        samples = {
            ActionColumn.Id: ["00000"],
            ActionColumn.Table: ["000"],
            ActionColumn.Owner: ["Pauline Thomas"],
            ActionColumn.Due: ["00/00/0000"],
            ActionColumn.Status: statuses,
            ActionColumn.Updated: ["00/00/0000"],
        }
        for column, values in samples.items():
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(
                [cells.horizontalAdvance(v) for v in values]
                + [heads.horizontalAdvance(header) + 14]
            )
            self.table.setColumnWidth(column, width + 16)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # once styled: the style sheet may change the font
            self._sized = True
            self._size_columns()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On a small screen the action's text matters more than its last update
        # (still in the Update tab's history).
        self.table.setColumnHidden(ActionColumn.Updated, event.size().width() < 1340)
        super().resizeEvent(event)

    def _connect(self) -> None:
        self.import_button.clicked.connect(self._on_import_clicked)
        self.reports_button.clicked.connect(self._on_reports_clicked)
        self.project_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.owner_edit.textChanged.connect(self._on_filters_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.overdue_check.toggled.connect(self._on_filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.update_panel.update_requested.connect(self._on_update_requested)
        self.update_panel.note_edit_requested.connect(self._on_note_edit_requested)
        self.project_panel.outcome_requested.connect(self._on_outcome_requested)
        self.meetings_panel.rhythm_requested.connect(self._on_rhythm_requested)
        self.meetings_panel.plan_requested.connect(self._on_plan_requested)
        self.meetings_panel.record_requested.connect(self._on_record_requested)
        self.review_panel.review_requested.connect(self._on_review_requested)
        signals = self.ctx.signals
        for name in ("items_changed", "projects_changed", "participants_changed"):
            getattr(signals, name).connect(self._on_data_changed)
        for name in ("actions_changed", "followup_changed"):
            signal = getattr(signals, name, None)
            if signal is not None:
                signal.connect(self._on_data_changed)

    # --------------------------------------------------------------- loading
    def activated(self) -> None:
        if self._stale:
            self.reload()

    def set_today(self, today: dt.date) -> None:
        """The day "overdue" is judged against (and the forms' default date)."""
        self.today = today
        self.model.today = today
        for panel in (self.update_panel, self.meetings_panel, self.review_panel):
            panel.set_today(today)
        if self.data is not None:
            self._show(self.data)

    def reload(self) -> None:
        self._stale = False
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self.ctx.worker.submit(
            load_followup, self.ctx.db, on_done=self._on_loaded, on_error=self._on_failed
        )

    def _on_data_changed(self) -> None:
        if self._telling_others:
            return
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self.activated)

    def _on_loaded(self, data: FollowupData) -> None:
        self._loading = False
        self._show(data)
        self.loaded.emit(data)
        if self._stale:
            self.reload()

    def _show(self, data: FollowupData) -> None:
        self.data = data
        self._fill_projects(data)
        self.model.set_rows(data.actions)
        self.programme.setText(
            self.tr("Programme: %1").replace(
                "%1", self._words.indicators(data.programme(self.today))
            )
        )
        self._apply_filters()
        self._reselect()
        self._show_panels()

    def _fill_projects(self, data: FollowupData) -> None:
        current = self.project_combo.currentData()
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        self.project_combo.addItem(self.tr("All projects"), None)
        for p in data.projects:
            self.project_combo.addItem(f"{p.table_number} — {p.title}", p.id)
        index = self.project_combo.findData(current) if current is not None else 0
        self.project_combo.setCurrentIndex(max(0, index))
        self.project_combo.blockSignals(False)

    # --------------------------------------------------------------- filters
    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_filters()
        self._show_panels()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            project_id=self.project_combo.currentData(),
            owner=self.owner_edit.text(),
            status=self.status_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
        )
        self.count_label.setText(
            self.tr("%1 of %2 actions")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def select_action(self, action_id: int) -> bool:
        row = self.model.row_of(action_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _reselect(self) -> None:
        if self._selected_id is None or not self.select_action(self._selected_id):
            self.update_panel.show_action(self._selected_action())

    def _selected_action(self):  # type: ignore[no-untyped-def]
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.action_at(self.proxy.mapToSource(index).row())

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        action = self._selected_action() if current.isValid() else None
        self._selected_id = action.id if action is not None else None
        self.update_panel.show_action(action)
        self._show_panels()

    def current_project(self) -> ProjectFollow | None:
        """The filtered project, else the selected action's."""
        if self.data is None:
            return None
        project_id = self.project_combo.currentData()
        if project_id is None:
            action = self._selected_action()
            project_id = action.project_id if action is not None else None
        return self.data.project(project_id) if project_id is not None else None

    def _show_panels(self) -> None:
        project = self.current_project()
        ind = (
            project.indicators(self.today, self.data.start(self.today))
            if project is not None and self.data is not None
            else None
        )
        self.project_panel.show_project(project, ind)
        self.meetings_panel.show_project(project, ind)
        self.review_panel.show_project(project)

    # ---------------------------------------------------------------- writes
    def _write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        after: Callable[[], None] | None = None,
        undo: Callable[[Any], QUndoCommand | None] | None = None,
        then: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """One core call on the worker, then a reload; ``undo(result)`` gives
        the command that takes it back (pushed once the write succeeded)."""
        self.message.setText("")

        def done(result: object) -> None:
            if after is not None:
                after()
            if then is not None:
                then(result)
            command = undo(result) if undo is not None else None
            if command is not None:
                self.undo_stack.push(command)
            if fn in (service.update_action, undo_update, apply_actions_sheet):
                # The Atelier and Restitution show actions' statuses too.
                self._telling_others = True
                try:
                    self.ctx.signals.items_changed.emit(None)
                finally:
                    self._telling_others = False
            self.saved.emit(result)
            self.reload()

        self.ctx.worker.submit(
            fn, self.ctx.db, *args, on_done=done, on_error=self._on_failed, **kwargs
        )

    def write_again(
        self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:  # fmt: skip
        """An undo or a redo: the same path as a write, nothing pushed."""
        self._write(fn, *args, then=then, **kwargs)

    def _on_failed(self, message: str) -> None:
        self._loading = False
        self.message.setText(message)
        self.message.setStyleSheet("color: #b3261e;")
        self.write_failed.emit(message)

    def _on_update_requested(self, action_id: int, status: str, note: str, on: dt.date) -> None:
        before = (
            next((a for a in self.data.actions if a.id == action_id), None) if self.data else None
        )
        self._write(
            service.update_action,
            action_id,
            status=status,
            note=note,
            on=on,
            after=self.update_panel.saved,
            undo=lambda row: (
                history.update_command(self, before, row, status, note, on)
                if before is not None
                else None
            ),
        )

    def _on_note_edit_requested(self, note_id: int, before: str, text: str) -> None:
        self._write(
            service.edit_note,
            note_id,
            text,
            undo=lambda _row: history.note_command(self, note_id, before, text),
        )

    def _pledge(self, item_id: int) -> PledgeRow | None:
        projects = self.data.projects if self.data is not None else ()
        return next((p for pr in projects for p in pr.pledges if p.id == item_id), None)

    def _on_outcome_requested(self, item_id: int, outcome: str, by: str, _on: object) -> None:
        before = self._pledge(item_id)
        self._write(
            service.set_outcome,
            item_id,
            outcome,
            by=by,
            on=self.today,
            undo=lambda _row: (
                history.outcome_command(self, before, outcome, by, self.today)
                if before is not None
                else None
            ),
        )

    def _on_rhythm_requested(self, project_id: int, months: int) -> None:
        project = self.data.project(project_id) if self.data is not None else None
        before = project.plan.rhythm_months if project is not None else None
        self._write(
            service.set_rhythm,
            project_id,
            months,
            undo=lambda _plan: (
                history.rhythm_command(self, project_id, before, months)
                if before is not None
                else None
            ),
        )

    def _on_plan_requested(self, project_id: int, day: dt.date) -> None:
        self._write(
            service.plan_meeting,
            project_id,
            day,
            undo=lambda meeting: history.plan_command(self, meeting),
        )

    def _on_record_requested(
        self,
        project_id: int,
        meeting_id: int | None,
        day: dt.date,
        attendees: list[str],
        decisions: str,
        next_steps: str,
    ) -> None:
        project = self.data.project(project_id) if self.data is not None else None
        meetings = project.meetings if project is not None else ()
        before = next((m for m in meetings if m.id == meeting_id), None)
        self._write(
            service.record_meeting,
            project_id,
            day,
            meeting_id=meeting_id,
            attendees=attendees,
            decisions=decisions,
            next_steps=next_steps,
            after=self.meetings_panel.saved,
            undo=lambda meeting: history.record_command(self, before, meeting),
        )

    def _on_review_requested(self, project_id: int, fields: dict[str, Any]) -> None:
        self._write(service.save_review, project_id, **fields)

    # ----------------------------------------------------------------- files
    def _on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an edited actions sheet"),
            "",
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if path:
            self.import_sheet(path)

    def import_sheet(self, path: str) -> None:
        """Review ``path`` (nothing written yet), then show what it would change."""
        self.message.setText("")
        self.ctx.worker.submit(
            review_actions_sheet,
            self.ctx.db,
            path,
            on_done=self._on_sheet_reviewed,
            on_error=self._on_failed,
        )

    def _on_sheet_reviewed(self, review: ActionSheetReview) -> None:
        self.review_dialog = SheetReviewDialog(review, self)
        self.review_dialog.apply_requested.connect(self._on_sheet_apply_requested)
        self.sheet_reviewed.emit(review)
        self.review_dialog.open()

    def _on_sheet_apply_requested(self, review: ActionSheetReview) -> None:
        self._write(apply_actions_sheet, review, on=self.today)

    def _on_reports_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the follow-up reports"))
        if folder:
            self.write_reports(folder)

    def write_reports(self, folder: str) -> None:
        self.message.setText(self.tr("Writing the follow-up reports…"))
        self.message.setStyleSheet("")

        def written(paths: list) -> None:  # type: ignore[type-arg]
            self.message.setText(
                self.tr("%1 reports written in %2")
                .replace("%1", str(len(paths)))
                .replace("%2", folder)
            )
            self.reports_written.emit(paths)

        self.ctx.files_worker.submit(
            write_reports,
            self.ctx.db,
            folder,
            self.today,
            on_done=written,
            on_error=self._on_failed,
        )
