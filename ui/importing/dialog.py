"""The import review: how each file's columns are read, what would happen, then the import.

Nothing is written until the user clicks *Import*. Every mapping change
re-plans the import on the database worker (the files are read once) and the
preview follows; the import itself runs on the worker with a progress bar and
a Cancel button, in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from katalyze.importing import (
    ColumnMapping,
    ImportPlan,
    ImportReport,
    Table,
    apply_import,
    plan_import,
    read_sources,
)
from ui.app import fit_to_screen
from ui.context import EventContext
from ui.importing.file_tab import FileTab
from ui.importing.models import (
    MappingColumn,
    PreviewModel,
    ProblemColumn,
    ProblemsFilter,
    ProblemsModel,
    SummaryColumn,
    SummaryModel,
)
from ui.importing.panes import PreviewView, ReadingPage
from ui.worker import Job

_Index = QModelIndex | QPersistentModelIndex


class ImportDialog(QDialog):
    """Review the column mapping of each file, see what would happen, import."""

    plan_updated = Signal(object)  # ImportPlan
    file_read = Signal(int, int)  # files read so far, files in all
    import_finished = Signal(object)  # ImportReport
    import_failed = Signal(str)

    def __init__(
        self,
        ctx: EventContext,
        kind: str,
        paths: list[Path] | list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.paths = [Path(p) for p in paths]
        self.sources: list[Path | Table] = list(self.paths)
        self.tabs_by_path: dict[Path, FileTab] = {}
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self._generation = 0
        self._accept_when_done = False
        self._importing = False
        self._planning = False

        self.setObjectName("importDialog")
        self.setWindowTitle(
            self.tr("Import projects") if kind == "projects" else self.tr("Import registrations")
        )
        self._build()
        fit_to_screen(self, 1220, 720)
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(120)
        self._replan_timer.timeout.connect(self._on_replan_timer_timeout)
        self._read: list = []  # Table | UserError, file by file as they are read
        self._read_next()

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Check how each column is read"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f2a36;")
        what = self.tr("projects") if self.kind == "projects" else self.tr("participants")
        subtitle = QLabel(
            self.tr(
                "Each column of your files is matched to a field of the %1. Correct a choice "
                "with its list if needed; the preview below follows. Nothing is saved until "
                "you click Import."
            ).replace("%1", what)
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #51606f;")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("importFiles")
        self.tabs.setDocumentMode(True)
        # Two "inscriptions-….csv" must stay told apart: cut in the middle.
        self.tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        # While the files are read: which one, how many are done.
        self.reading_page = ReadingPage()
        self.reading, self.reading_bar = self.reading_page.label, self.reading_page.bar
        self.tabs.addTab(self.reading_page, self.tr("Reading…"))
        self._reading_box: QWidget | None = self.reading_page

        self.preview_model = PreviewModel(self.kind, self)
        self.preview_view = PreviewView(self.preview_model)

        self.summary_model = SummaryModel(self.kind, self)
        self.summary_view = QTableView()
        self.summary_view.setObjectName("importSummary")
        self.summary_view.setModel(self.summary_model)
        self.summary_view.verticalHeader().hide()
        self.summary_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary_view.setWordWrap(False)
        self.summary_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.summary_view.clicked.connect(self._on_summary_view_clicked)
        header = self.summary_view.horizontalHeader()
        header.setSectionResizeMode(SummaryColumn.FILE, QHeaderView.ResizeMode.Stretch)
        for column in list(SummaryColumn)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.problems_model = ProblemsModel(self)
        self.problems_proxy = ProblemsFilter(self)
        self.problems_proxy.setSourceModel(self.problems_model)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("importProblems")
        self.problems_view.setModel(self.problems_proxy)
        self.problems_view.setSortingEnabled(True)
        self.problems_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.problems_view.verticalHeader().hide()
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setWordWrap(True)
        self.problems_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProblemColumn.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProblemColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.problems_view.setColumnWidth(ProblemColumn.COLUMN, 150)
        self.problems_view.setColumnHidden(ProblemColumn.FILE, True)  # one file at a time
        self.problems_view.doubleClicked.connect(self._on_problems_view_double_clicked)

        self.problems_label = QLabel(self.tr("Problems"))
        self.problems_label.setObjectName("importProblemsTitle")
        # Wraps (a long file name) rather than cutting "none" to "aucur".
        self.problems_label.setWordWrap(True)
        self.problems_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problems_label.setStyleSheet("font-weight: bold;")
        self.hide_info = QCheckBox(self.tr("Hide notes"))
        self.hide_info.setToolTip(
            self.tr("Hide the notes: values read approximately, merges that kept a known value")
        )
        self.hide_info.toggled.connect(self._on_hide_info_toggled)

        summary_box = QWidget()
        summary_box.setMinimumWidth(420)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("importPreview")
        self.preview_tabs.setDocumentMode(True)
        self.preview_tabs.addTab(self.preview_view, self.tr("First records, as stored"))
        self.preview_tabs.addTab(self.summary_view, self.tr("Per file"))
        summary_layout.addWidget(self.preview_tabs, 1)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("importOutcome")
        self.outcome_label.setWordWrap(True)
        summary_layout.addWidget(self.outcome_label)

        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_head = QHBoxLayout()
        problems_head.addWidget(self.problems_label, 1)
        problems_head.addWidget(self.hide_info)
        problems_layout.addLayout(problems_head)
        problems_layout.addWidget(self.problems_view, 1)

        preview = QSplitter(Qt.Orientation.Horizontal)
        preview.addWidget(summary_box)
        preview.addWidget(problems_box)
        preview.setStretchFactor(0, 1)
        preview.setStretchFactor(1, 1)
        preview.setSizes([700, 520])

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.tabs)
        body.addWidget(preview)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([330, 230])
        body.setChildrenCollapsible(False)

        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(320)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.remove_button = QPushButton(self.tr("Leave this file out"))
        self.remove_button.setToolTip(self.tr("Import the other files without this one"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.remove_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_button_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # --- reading and planning ----------------------------------------------------

    def tab(self, path: Path | str) -> FileTab:
        return self.tabs_by_path[Path(path)]

    def _read_next(self) -> None:
        """Read the files one job each, saying which one and how far."""
        done, total = len(self._read), len(self.paths)
        if done == total:
            self._on_read_done(self._read)
            return
        name = self.paths[done].name
        self.reading.setText(
            self.tr("Reading file %1 of %2: %3…")
            .replace("%1", str(done + 1))
            .replace("%2", str(total))
            .replace("%3", name)
        )
        self.reading_bar.setRange(0, total)
        self.reading_bar.setValue(done)
        self._set_busy(self.tr("Reading the files…"))
        self.job = self.ctx.worker.submit(
            read_sources,
            [self.paths[done]],
            on_done=self._on_file_read,
            on_error=self._on_job_failed,
        )

    def _on_file_read(self, tables: list) -> None:
        self._read.extend(tables)
        self.file_read.emit(len(self._read), len(self.paths))
        self._read_next()

    @Slot(object)
    def _on_read_done(self, tables: list) -> None:  # list[Table | UserError]
        if self._reading_box is not None:
            self.tabs.removeTab(self.tabs.indexOf(self._reading_box))
            self._reading_box.deleteLater()
            self._reading_box = None
        self.sources = []
        for path, table in zip(self.paths, tables, strict=True):
            if isinstance(table, Table):
                from katalyze.importing import guess_mapping

                tab = FileTab(table, guess_mapping(table.headers, self.kind), self.kind)
                tab.model.mapping_changed.connect(self._on_mapping_model_mapping_changed)
                self.tabs_by_path[path] = tab
                self.tabs.addTab(tab, path.name)
                self.tabs.setTabToolTip(self.tabs.count() - 1, str(path))
                self.sources.append(table)
            else:
                placeholder = QLabel(str(table))
                placeholder.setWordWrap(True)
                placeholder.setAlignment(Qt.AlignmentFlag.AlignTop)
                placeholder.setStyleSheet("color: #8a1c12; padding: 12px;")
                self.tabs.addTab(placeholder, path.name)
                self.tabs.setTabToolTip(self.tabs.count() - 1, str(path))
                self.sources.append(path)
        self._plan()

    def mappings(self) -> dict[Path, ColumnMapping]:
        return {path: tab.model.mapping for path, tab in self.tabs_by_path.items()}

    def _plan(self) -> None:
        self._generation += 1
        generation = self._generation
        if not self.sources:
            self._show_plan(None)
            return
        self._set_busy(self.tr("Working out the preview…"))
        self._planning = True
        self.ctx.worker.submit(
            plan_import,
            self.ctx.db,
            list(self.sources),
            self.kind,
            self.mappings(),
            on_done=lambda plan: self._on_plan_done(generation, plan),
            on_error=self._on_job_failed,
        )

    def _on_plan_done(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation or self._importing or self.report is not None:
            return  # a newer mapping is being planned
        self._planning = False
        self._show_plan(plan)
        if self._accept_when_done:
            if plan.can_apply:
                self._start_import()
            else:
                self._accept_when_done = False

    def _show_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.progress.hide()
        if plan is None:
            self.preview_model.set_rows([])
            self.summary_model.set_reports([])
            self.problems_model.set_problems([])
            self.status.setText(self.tr("No file left to import."))
            self.import_button.setEnabled(False)
            return
        report = plan.report(dry_run=True)
        self.preview_model.set_rows(list(plan.preview))
        self.preview_view.fit_columns()
        self.summary_model.set_reports(list(report.files))
        self.problems_model.set_problems(list(report.problems))
        self._update_problem_label()
        for file_plan in plan.files:
            tab = self.tabs_by_path.get(file_plan.path)
            if tab is None:
                continue
            tab.info.setText(
                self.tr("Read as: %1. %2 data rows.")
                .replace("%1", file_plan.table.describe() if file_plan.table else "")
                .replace("%2", str(file_plan.data_rows))
            )
            tab.error.setVisible(bool(file_plan.fatal))
            tab.error.setText(file_plan.fatal or "")
        self._update_remove_button()
        if plan.can_apply:
            self.outcome_label.setText(self.outcome_text(plan.creates, plan.changes))
            self.status.setText(self.tr("Ready to import."))
        else:
            self.outcome_label.setText("")
            self.status.setText(
                self.tr("A file cannot be imported: correct its columns or leave it out.")
            )
        self.import_button.setEnabled(plan.can_apply)
        self.plan_updated.emit(plan)

    def outcome_text(self, creates: int, changes: int) -> str:
        """E.g. « L'import créera 1 participant et en complétera 3 déjà enregistrés. »"""
        if self.kind == "projects":
            created = self.tr("%n new project(s)", "", creates)
        else:
            created = self.tr("%n new participant(s)", "", creates)
        if creates and changes:
            return (
                self.tr("Import will create %1 and complete %2 already in the event.")
                .replace("%1", created)
                .replace("%2", str(changes))
            )
        if creates:
            return self.tr("Import will create %1.").replace("%1", created)
        if changes:
            return self.tr("Import will complete %n already in the event.", "", changes)
        return self.tr("Nothing new: everything in these files is already in the event.")

    def _update_problem_label(self) -> None:
        path = self._current_path()
        self.problems_proxy.set_file(path.name if path is not None else None)
        shown = self.problems_proxy.rowCount()
        name = path.name if path is not None else ""
        if shown == 0 and not self.problems_proxy.hide_info:
            text = self.tr("Problems in %1: none")
        else:
            text = self.tr("Problems in %1 (%2)").replace("%2", str(shown))
        self.problems_label.setText(text.replace("%1", name))
        self._fit_problem_rows()

    def _fit_problem_rows(self) -> None:
        if self.problems_proxy.rowCount() <= 300:  # a few problems: each message whole
            self.problems_view.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_problem_rows)

    def _update_remove_button(self) -> None:
        current = self._current_path()
        fatal = False
        if self.plan is not None and current is not None:
            fatal = any(f.path == current and f.fatal for f in self.plan.files)
        self.remove_button.setVisible(fatal and self.report is None and not self._importing)

    def _current_path(self) -> Path | None:
        index = self.tabs.currentIndex()
        return self.paths[index] if 0 <= index < len(self.paths) else None

    def _set_busy(self, message: str) -> None:
        self.status.setText(message)
        self.import_button.setEnabled(False)

    # --- slots --------------------------------------------------------------------

    @Slot(object)
    def _on_mapping_model_mapping_changed(self, _mapping: ColumnMapping) -> None:
        self._set_busy(self.tr("Working out the preview…"))
        self._replan_timer.start()

    @Slot()
    def _on_replan_timer_timeout(self) -> None:
        self._plan()

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        self._update_remove_button()
        self._update_problem_label()

    @Slot(QModelIndex)
    def _on_summary_view_clicked(self, index: QModelIndex) -> None:
        """A file's line of the preview shows that file."""
        if index.row() < self.tabs.count():
            self.tabs.setCurrentIndex(index.row())

    @Slot(bool)
    def _on_hide_info_toggled(self, hide: bool) -> None:
        self.problems_proxy.set_hide_info(hide)
        self._update_problem_label()

    @Slot(QModelIndex)
    def _on_problems_view_double_clicked(self, index: QModelIndex) -> None:
        """Show the file (and the column's mapping) a problem is about."""
        problem = self.problems_model.problems[self.problems_proxy.mapToSource(index).row()]
        for i, path in enumerate(self.paths):
            if path.name == problem.file:
                self.tabs.setCurrentIndex(i)
                tab = self.tabs_by_path.get(path)
                if tab and problem.column in tab.table.headers:
                    row = tab.table.headers.index(problem.column)
                    tab.view.scrollTo(tab.model.index(row, MappingColumn.HEADER))
                break

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        index = self.tabs.currentIndex()
        if not 0 <= index < len(self.paths):
            return
        path = self.paths.pop(index)
        self.sources.pop(index)
        self.tabs_by_path.pop(path, None)
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        widget.deleteLater()
        self._plan()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        if self.report is not None:
            super().accept()
            return
        self._start_import()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._importing and self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    # --- importing ------------------------------------------------------------------

    def _start_import(self) -> None:
        if self.plan is None or not self.plan.can_apply or self._importing:
            return
        self._importing = True
        for tab in self.tabs_by_path.values():
            tab.view.setEnabled(False)
        self.remove_button.hide()
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Importing…"))
        job = self.ctx.worker.submit(apply_import, self.ctx.db, self.plan, with_progress=True)
        self.job = job
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(self._on_import_succeeded)
        job.failed.connect(self._on_import_failed)
        job.cancelled.connect(self._on_import_cancelled)

    @Slot(int, int, str)
    def _on_job_progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        if message:
            self.status.setText(message)

    @Slot(object)
    def _on_import_succeeded(self, report: ImportReport) -> None:
        self._importing = False
        self.report = report
        self.progress.hide()
        self.summary_model.set_reports(list(report.files))
        self.problems_model.set_problems(list(report.problems))
        self._update_problem_label()
        what = self.tr("projects") if self.kind == "projects" else self.tr("participants")
        text = self.tr("Done: %1 %2 created. The event now has %3 %2.")
        if report.changed:
            text = self.tr("Done: %1 %2 created, %4 completed or updated. The event now has %3 %2.")
        self.outcome_label.setText(
            text.replace("%1", str(report.created))
            .replace("%2", what)
            .replace("%3", str(report.total))
            .replace("%4", str(report.changed))
        )
        self.outcome_label.setStyleSheet("color: #1b6e3a; font-weight: bold;")
        self.status.setText(self.tr("Import finished."))
        self.import_button.setText(self.tr("Close"))
        self.import_button.setEnabled(True)
        self.cancel_button.hide()
        if self.kind == "projects":
            self.ctx.signals.projects_changed.emit()
        else:
            self.ctx.signals.participants_changed.emit()
        self.import_finished.emit(report)
        if self._accept_when_done:
            super().accept()

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        self._end_import(self.tr("Import failed, nothing was saved: %1").replace("%1", message))
        self.import_failed.emit(message)

    @Slot()
    def _on_import_cancelled(self) -> None:
        self._end_import(self.tr("Import cancelled: nothing was saved."))

    def _end_import(self, message: str) -> None:
        self._importing = False
        self._accept_when_done = False
        self.progress.hide()
        for tab in self.tabs_by_path.values():
            tab.view.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.status.setText(message)
        self.import_button.setEnabled(self.plan is not None and self.plan.can_apply)

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        self._planning = False
        self.status.setText(message)
        self.import_button.setEnabled(False)

    # --- closing ------------------------------------------------------------------------

    def accept(self) -> None:
        """Import (once the preview is ready) and close when it succeeded."""
        if self.report is not None:
            super().accept()
            return
        self._accept_when_done = True
        ready = not (self._planning or self._replan_timer.isActive())
        if ready and self.plan is not None and self.plan.can_apply:
            self._start_import()

    def reject(self) -> None:
        if self._importing:
            self._on_cancel_button_clicked()
            return
        super().reject()
