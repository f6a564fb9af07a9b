"""Restitution: the morning after (or mid-evening), export everything.

Shows the evening's figures (people counted as :mod:`katalyze.attendance`
counts them everywhere, actions), lets the organiser choose a
folder (default ``Documents/Katalyze/<event>``), exports with progress and
cancel on the event's files worker (``ctx.files_worker``: a long export never
delays the scribes' notes and drafts, which stay on ``ctx.worker``), then lists
the files written with ways to open each one or the folder.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.exports.service import EveningSummary, ExportResult, evening_summary, export_all
from katalyze.vocabulary import ACTION_STATUSES
from ui.attendance_words import AttendanceWords
from ui.context import EventContext
from ui.open_file import open_generated
from ui.restitution.files_model import Column, ExportedFilesModel
from ui.worker import Job

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def default_folder(event_name: str) -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(docs) if docs else Path.home()
    name = _UNSAFE.sub(" ", event_name).strip(" .") or "Evenement"
    return base / "Katalyze" / name[:80]


class RestitutionScreen(QWidget):
    export_finished = Signal(object)  # ExportResult
    export_failed = Signal(str)
    export_cancelled = Signal()
    summary_loaded = Signal(object)  # EveningSummary

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = AttendanceWords(self)
        self.ctx = ctx
        self._job: Job | None = None
        self._summary: EveningSummary | None = None
        self._stale = True
        self._last_folder: Path | None = None
        self._build()
        self._connect()
        self._load_summary()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Wrap-up: action sheets and workbook"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Export one action sheet per project (PDF), the booklet with every sheet, "
                "the Excel workbook and the CSV of actions. You can export at any moment, "
                "even during the evening: files are replaced only once complete."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        body = QHBoxLayout()
        layout.addLayout(body, 1)

        # Left: the figures of the evening.
        self.summary_box = QGroupBox(self.tr("The evening"))
        grid = QGridLayout(self.summary_box)
        # People as the Accueil counter and the booklet word them
        # (« 111 arrivé·es sur 122 attendu·es »): see katalyze.attendance.
        self.attendance_headline = QLabel("—")
        self.attendance_headline.setObjectName("attendanceHeadline")
        self.attendance_headline.setStyleSheet("font-size: 15px; font-weight: 600;")
        grid.addWidget(self.attendance_headline, 0, 0, 1, 2)
        self._figures: dict[str, QLabel] = {}
        rows = [
            ("registered", self.tr("Registered")),
            ("walk_ins", self.tr("Walk-ins")),
            ("expected", self.tr("Expected")),
            ("arrived", self.tr("Arrived")),
            ("cancelled", self.tr("Cancelled")),
            ("projects", self.tr("Tables")),
            ("items", self.tr("Items captured")),
            ("actions", self.tr("Actions")),
            ("todo", self.tr("  to do")),
            ("doing", self.tr("  in progress")),
            ("done", self.tr("  done")),
            ("dropped", self.tr("  dropped")),
            ("no_responsible", self.tr("Actions without a responsible")),
            ("no_due", self.tr("Actions without a due date")),
        ]
        for row, (key, label) in enumerate(rows, start=1):
            name = QLabel(label)
            value = QLabel("—")
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: 600;")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._figures[key] = value
        grid.setRowStretch(len(rows) + 1, 1)
        self.summary_box.setMinimumWidth(260)
        body.addWidget(self.summary_box)

        # Right: folder, export, files.
        right = QVBoxLayout()
        body.addLayout(right, 1)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Output folder:"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        folder_label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton(self.tr("Choose…"))
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        right.addLayout(folder_row)

        action_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export everything"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Export everything (Ctrl+E)"))
        self.export_button.setStyleSheet("font-weight: 600; padding: 6px 16px;")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.cancel_button)
        action_row.addStretch(1)
        right.addLayout(action_row)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.status = QLabel("")
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.progress)
        right.addWidget(self.status)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right.addWidget(line)
        right.addWidget(QLabel(self.tr("Files written")))
        self.files_model = ExportedFilesModel(self)
        self.files_view = QTableView()
        self.files_view.setObjectName("filesView")
        self.files_view.setModel(self.files_model)
        self.files_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.verticalHeader().setVisible(False)
        self.files_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.files_view.setAlternatingRowColors(True)
        self.files_view.setWordWrap(False)
        header = self.files_view.horizontalHeader()
        header.setSectionResizeMode(Column.What, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.Name, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.Size, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.Name, 260)
        right.addWidget(self.files_view, 1)

        open_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open file"))
        self.open_button.setEnabled(False)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setEnabled(False)
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)
        open_row.addWidget(self.open_folder_button)
        right.addLayout(open_row)

        QShortcut(QKeySequence("Ctrl+E"), self, self.start_export)

    def _connect(self) -> None:
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.files_view.activated.connect(self._on_files_view_activated)
        self.files_view.selectionModel().selectionChanged.connect(
            self._on_files_view_selection_changed
        )
        signals = self.ctx.signals
        for signal in (
            signals.participants_changed,
            signals.checkins_changed,
            signals.seats_changed,
            signals.items_changed,
            signals.projects_changed,
            signals.event_changed,
        ):
            signal.connect(self._on_event_data_changed)

    # --------------------------------------------------------------- summary
    def activated(self) -> None:
        if self._stale:
            self._load_summary()

    def _on_event_data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._load_summary()

    def _load_summary(self) -> None:
        self._stale = False
        self.ctx.worker.submit(
            evening_summary,
            self.ctx.db,
            on_done=self._on_summary_job_succeeded,
            on_error=self._show_error,
        )

    def _on_summary_job_succeeded(self, summary: EveningSummary) -> None:
        first = self._summary is None
        self._summary = summary
        people = summary.attendance
        self.attendance_headline.setText(
            self._words.arrived_of_expected(people.arrived, people.expected)
        )
        values = {
            "registered": people.registered,
            "walk_ins": people.walk_ins,
            "expected": people.expected,
            "arrived": people.arrived,
            "cancelled": people.cancelled,
            "projects": summary.projects,
            "items": summary.items,
            "actions": summary.actions,
            "no_responsible": summary.actions_without_responsible,
            "no_due": summary.actions_without_due,
            **{code: summary.actions_by_status.get(code, 0) for code in ACTION_STATUSES},
        }
        for key, value in values.items():
            self._figures[key].setText(str(value))
        for key in ("no_responsible", "no_due"):
            colour = "#b42318" if values[key] else "inherit"
            self._figures[key].setStyleSheet(f"font-weight: 600; color: {colour};")
        if first and not self.folder_edit.text().strip():
            saved = self.ctx.settings.value(self._settings_key(), "", str)
            self.folder_edit.setText(saved or str(default_folder(summary.event_name)))
        self.summary_loaded.emit(summary)

    def _settings_key(self) -> str:
        digest = hashlib.sha1(self.ctx.db.url.encode("utf-8")).hexdigest()[:12]
        return f"restitution/folder/{digest}"

    # ---------------------------------------------------------------- export
    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def start_export(self) -> None:
        if self._job is not None:
            return
        folder = self.folder()
        if folder is None:
            self._show_error(self.tr("Choose the folder to export into."))
            self.folder_edit.setFocus()
            return
        self.ctx.settings.setValue(self._settings_key(), str(folder))
        self.export_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        job = self.ctx.files_worker.submit(
            export_all,
            self.ctx.db,
            folder,
            with_progress=True,
            on_done=self._on_export_job_succeeded,
            on_error=self._on_export_job_failed,
        )
        job.progressed.connect(self._on_export_job_progressed)
        job.cancelled.connect(self._on_export_job_cancelled)
        job.finished.connect(self._on_export_job_finished)
        self._job = job

    def _on_cancel_button_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _on_export_job_progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        if message:
            self.status.setText(message)

    def _on_export_job_succeeded(self, result: ExportResult) -> None:
        # The documents that gather everything first, then the sheets by table.
        order = {"booklet": 0, "workbook": 1, "csv": 2, "sheet": 3}
        files = sorted(result.files, key=lambda f: order.get(f.kind, 9))
        self.files_model.set_files(files)
        self.open_folder_button.setEnabled(True)
        self._last_folder = result.folder
        written = self.tr("%n file(s) written in %1.", "", len(result.files)).replace(
            "%1", str(result.folder)
        )
        if result.failures:  # every other file was written: say which one is missing
            self.status.setStyleSheet("color: #b42318;")
            self.status.setText("\n".join([written, *(f.message for f in result.failures)]))
        else:
            self.status.setStyleSheet("color: #0b6e4f;")
            self.status.setText(written)
        self.export_finished.emit(result)
        self._load_summary()

    def _on_export_job_failed(self, message: str) -> None:
        self._show_error(message)
        self.export_failed.emit(message)

    def _on_export_job_cancelled(self) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Export cancelled. Files already complete were kept; none is half-written.")
        )
        self.export_cancelled.emit()

    def _on_export_job_finished(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.export_button.setEnabled(True)
        self.choose_button.setEnabled(True)

    def _show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b42318;")
        self.status.setText(message)

    # ----------------------------------------------------------------- files
    def _on_choose_button_clicked(self) -> None:
        start = str(self.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    def _on_files_view_selection_changed(self) -> None:
        self.open_button.setEnabled(self.files_view.selectionModel().hasSelection())

    def _on_files_view_activated(self, index: object) -> None:
        self._open(self.files_model.file_at(index.row()).path)  # type: ignore[attr-defined]

    def _on_open_button_clicked(self) -> None:
        rows = self.files_view.selectionModel().selectedRows()
        if rows:
            self._open(self.files_model.file_at(rows[0].row()).path)

    def _on_open_folder_button_clicked(self) -> None:
        folder = self._last_folder or self.folder()
        if folder is not None:
            self._open(folder)

    def _open(self, path: Path) -> None:
        open_generated(path, self)
