"""The Badges screen: choose a layout and who, generate the PDF, re-issue a lost badge.

Everything that touches the database or a file runs on the event's worker
(``ctx.worker``); the screen only shows plain data and the job's progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.badges import BadgeRun, render_badges
from katalyze.badges.overview import BadgeOverview, BadgeStatus, badge_overview
from katalyze.checkin.codes import format_code
from katalyze.checkin.service import reissue_badge
from katalyze.paths import data_home
from katalyze.text import fold
from ui.badges.model import BadgesModel, BadgesProxy, Column, ParticipantIdRole
from ui.badges.options import EVERYONE, SELECTION, UNPRINTED, BadgeOptions
from ui.context import EventContext
from ui.open_file import open_generated
from ui.worker import Job

SETTINGS_FOLDER = "badges/folder"


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's viewer (tests replace this)."""
    return open_generated(path)


class BadgesScreen(QWidget):
    """Print-ready badges for everyone, the ones not printed yet, or a selection."""

    data_loaded = Signal()
    pdf_written = Signal(object)  # BadgeRun
    badge_reissued = Signal(int, str)  # participant id, new code
    failed = Signal(str)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: BadgeOverview | None = None
        self.job: Job | None = None
        self.last_run: BadgeRun | None = None
        self._dirty = True
        self._loading = False
        self._select_after_load: list[int] = []
        self.open_file = open_file

        self.model = BadgesModel(self)
        self.proxy = BadgesProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build()
        self._connect()

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        # Left: what to print and how.
        self.options = BadgeOptions(self.ctx.settings)
        left = self.options
        o = self.options
        self.layout_combo, self.who = o.layout_combo, o.who
        self.everyone_radio, self.unprinted_radio = o.everyone_radio, o.unprinted_radio
        self.selection_radio = o.selection_radio
        self.show_table, self.mark_printed = o.show_table, o.mark_printed
        self.open_when_ready, self.generate_button = o.open_when_ready, o.generate_button
        self.progress, self.cancel_button = o.progress, o.cancel_button
        self.progress_widget, self.result_label = o.progress_widget, o.result_label
        self.open_button, self.folder_button = o.open_button, o.folder_button

        # Right: the people, searchable, with their badge state.
        self.search = QLineEdit()
        self.search.setObjectName("badgeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, organisation, role, badge code…"))
        self.count_label = QLabel()
        self.count_label.setObjectName("badgeCount")
        self.show_cancelled = QCheckBox()
        self.show_cancelled.setObjectName("showCancelled")
        self.show_cancelled.setToolTip(
            self.tr(
                "Cancelled registrations get no badge. Show them to print one anyway "
                "(select them by hand)."
            )
        )
        self.table = QTableView()
        self.table.setObjectName("badgeTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A wide window widens the organisation, not the printing date (see
        # _fit_organisation_column); a narrow one scrolls rather than squeeze it.
        header.setStretchLastSection(False)
        for column, width in (
            (Column.LAST_NAME, 125),
            (Column.FIRST_NAME, 105),
            (Column.ORGANISATION, 160),
            (Column.ROLE, 175),
            (Column.CODE, 118),
            (Column.PRINTED, 165),
        ):
            # never narrower than its (translated) header
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self._organisation_width = self.table.columnWidth(Column.ORGANISATION)
        self.table.viewport().installEventFilter(self)
        self.reissue_button = QPushButton(self.tr("Re-issue a lost badge…"))
        self.reissue_button.setObjectName("reissueBadge")
        self.reissue_button.setEnabled(False)
        self.select_unprinted_button = QPushButton(self.tr("Select the ones not printed"))
        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.setObjectName("selectAllBadges")
        self.select_all_button.setToolTip(
            self.tr("Everyone in the list (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.SelectAll).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.show_cancelled)
        bottom = QHBoxLayout()
        bottom.addWidget(self.select_all_button)
        bottom.addWidget(self.select_unprinted_button)
        bottom.addStretch(1)
        bottom.addWidget(self.reissue_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)
        left.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            self.generate,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence.StandardKey.Find,
            self,
            self._on_find_shortcut,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._update_texts()

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.layout_combo.currentIndexChanged.connect(self._on_layout_changed)
        self.who.idToggled.connect(self._on_who_toggled)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.select_unprinted_button.clicked.connect(self._on_select_unprinted_clicked)
        self.select_all_button.clicked.connect(self._on_select_all_clicked)
        self.show_cancelled.toggled.connect(self._on_show_cancelled_toggled)
        self.ctx.signals.participants_changed.connect(self._on_signals_participants_changed)
        self.ctx.signals.roles_changed.connect(self._on_signals_participants_changed)
        self.ctx.signals.seats_changed.connect(self._on_signals_participants_changed)
        self.ctx.signals.event_changed.connect(self._on_signals_participants_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_organisation_column()
        return super().eventFilter(watched, event)

    def _fit_organisation_column(self) -> None:
        """The width the other columns leave goes to the organisation (never
        narrower than its usual width: the list scrolls sideways instead)."""
        others = sum(
            self.table.columnWidth(column) for column in Column if column != Column.ORGANISATION
        )
        spare = self.table.viewport().width() - others
        self.table.setColumnWidth(Column.ORGANISATION, max(self._organisation_width, spare))

    # --- data ----------------------------------------------------------------------

    def activated(self) -> None:
        if self._dirty:
            self.reload()
        self.search.setFocus()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._dirty = False
        self.ctx.worker.submit(
            badge_overview,
            self.ctx.db,
            on_done=self._on_overview_loaded,
            on_error=self._on_overview_failed,
        )

    def _on_overview_loaded(self, overview: BadgeOverview) -> None:
        self._loading = False
        keep = self._select_after_load or self.selected_ids()
        self._select_after_load = []
        self.overview = overview
        self.model.set_rows(overview.badges)
        self._select_ids(keep)
        self._update_texts()
        self.data_loaded.emit()
        if self._dirty:
            self.reload()

    def _on_overview_failed(self, message: str) -> None:
        self._loading = False
        self._show_error(self.tr("The badge list could not be read"), message)

    def _on_signals_participants_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    # --- selection and texts -------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(Column.LAST_NAME)
        return [int(index.data(ParticipantIdRole)) for index in rows]

    def _selected_badges(self) -> list[BadgeStatus]:
        rows = self.table.selectionModel().selectedRows(Column.LAST_NAME)
        return [self.model.rows[self.proxy.mapToSource(index).row()] for index in rows]

    def _select_ids(self, ids: list[int]) -> None:
        """Select these people (those the list shows), in one selection change."""
        row_of = {badge.participant_id: row for row, badge in enumerate(self.model.rows)}
        wanted = QItemSelection()
        first = None
        for pid in ids:
            row = row_of.get(pid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():  # hidden: a cancelled registration or the search
                continue
            wanted.select(index, index)
            first = first or index
        self.table.selectionModel().select(
            wanted,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if first is not None:
            self.table.scrollTo(first)

    def _update_texts(self) -> None:
        overview = self.overview
        chosen = self._selected_badges()
        self.options.update_counts(overview, len(chosen), sum(1 for b in chosen if b.cancelled))
        cancelled = sum(1 for b in overview.badges if b.cancelled) if overview else 0
        shown = self.proxy.rowCount()
        # What the list can show: the cancelled only once asked for.
        total = self.model.rowCount() - (0 if self.proxy.show_cancelled else cancelled)
        self.count_label.setText(
            self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            if shown != total
            else self.tr("%n person(s)", "", total)
        )
        self.show_cancelled.setText(self.tr("Show cancelled (%n)", "", cancelled))
        self.show_cancelled.setVisible(bool(cancelled) or self.show_cancelled.isChecked())
        self.select_all_button.setEnabled(shown > 0)
        self.reissue_button.setEnabled(len(chosen) == 1 and not self.busy)
        self.generate_button.setEnabled(not self.busy)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_texts()

    def _on_find_shortcut(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_table_selection_changed(self, *_args: object) -> None:
        if self.selected_ids() and not self.selection_radio.isChecked():
            self.selection_radio.setChecked(True)
        self._update_texts()

    def _on_table_double_clicked(self, *_args: object) -> None:
        self.selection_radio.setChecked(True)
        self.generate()

    def _on_who_toggled(self, button_id: int, checked: bool) -> None:
        if checked and button_id != SELECTION:
            self.table.selectionModel().clearSelection()
        self._update_texts()

    def _on_layout_changed(self, _index: int) -> None:
        self._update_texts()

    def _on_select_unprinted_clicked(self) -> None:
        if self.overview is None:
            return
        ids = [b.participant_id for b in self.overview.badges if b.printed_at is None]
        self._select_ids([i for i in ids if not self._cancelled(i)])
        self.selection_radio.setChecked(True)
        self._update_texts()

    def _on_select_all_clicked(self) -> None:
        self.table.selectAll()  # the rows shown: never the hidden cancelled ones
        self.table.setFocus()

    def _on_show_cancelled_toggled(self, show: bool) -> None:
        self.proxy.set_show_cancelled(show)
        # Hidden rows leave the selection without a selectionChanged signal.
        self._update_texts()

    def _cancelled(self, participant_id: int) -> bool:
        row = self.model.row_of(participant_id)
        badge = self.model.row_at(row)
        return bool(badge and badge.cancelled)

    # --- generating ----------------------------------------------------------------

    def _default_folder(self) -> Path:
        saved = self.ctx.settings.value(SETTINGS_FOLDER, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        if self.ctx.db.path is not None:
            return self.ctx.db.path.parent
        return data_home()

    def _default_name(self, layout: str, mode: int, ids: list[int]) -> str:
        if mode == SELECTION and len(ids) == 1:
            badge = self.model.row_at(self.model.row_of(ids[0]))
            if badge is not None:
                slug = fold(badge.full_name).replace(" ", "-") or str(ids[0])
                return f"badge-{slug}.pdf"
        kind = {EVERYONE: "tous", UNPRINTED: "nouveaux", SELECTION: "selection"}[mode]
        return f"badges-{kind}-{layout}.pdf"

    def ask_output_path(self, suggested: Path) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the badges as"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")

    def generate(self) -> None:
        """Ask where to save, then write the PDF on the worker with progress."""
        if self.busy:
            return
        mode = self.who.checkedId()
        ids = self.selected_ids() if mode == SELECTION else None
        if mode == SELECTION and not ids:
            self._show_error(
                self.tr("No one selected"),
                self.tr("Select the people whose badges you want in the list, then try again."),
            )
            return
        if mode == UNPRINTED and self.overview is not None and self.overview.unprinted == 0:
            self._show_error(
                self.tr("Nothing new to print"),
                self.tr(
                    "Every badge has already been printed. Choose “Everyone” or select "
                    "people to print theirs again."
                ),
            )
            return
        layout = self.layout_combo.currentData()
        out = self.ask_output_path(
            self._default_folder() / self._default_name(layout, mode, ids or [])
        )
        if out is None:
            return
        self.ctx.settings.setValue(SETTINGS_FOLDER, str(out.parent))
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Preparing…"))
        self.progress_widget.show()
        self.result_label.clear()
        self.job = self.ctx.files_worker.submit(
            render_badges,
            self.ctx.db,
            out,
            layout=layout,
            participant_ids=ids,
            only_unprinted=mode == UNPRINTED,
            show_table=self.show_table.isChecked(),
            mark_printed=self.mark_printed.isChecked(),
            with_progress=True,
            on_done=self._on_job_succeeded,
            on_error=self._on_job_failed,
        )
        self.job.progressed.connect(self._on_job_progressed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self._update_texts()

    def _on_job_progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Badge %v of %m"))

    def _end_job(self) -> None:
        self.job = None
        self.progress_widget.hide()
        self._update_texts()

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_job_cancelled(self) -> None:
        self._end_job()
        self.result_label.setText(self.tr("Cancelled: no file was written."))

    def _on_job_failed(self, message: str) -> None:
        self._end_job()
        self._show_error(self.tr("The badges could not be generated"), message)

    def _on_job_succeeded(self, run: BadgeRun) -> None:
        self._end_job()
        self.last_run = run
        text = (
            self.tr("%n badge(s)", "", run.count)
            + " · "
            + self.tr("%n page(s)", "", run.pages)
            + f"\n{run.path}"
        )
        if run.missing_glyphs:
            text += "\n" + self.tr("Check these badges, the font cannot print them as written:")
            text += "".join(f"\n• {note}" for note in run.missing_glyphs)
        self.result_label.setText(text)
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        # Codes may have been issued and badges marked printed.
        self._dirty = True
        self.ctx.signals.participants_changed.emit()
        if not self.isVisible():
            self.reload()
        self.pdf_written.emit(run)
        if self.open_when_ready.isChecked():
            self.open_file(run.path)

    def _on_open_clicked(self) -> None:
        if self.last_run is not None:
            self.open_file(self.last_run.path)

    def _on_folder_clicked(self) -> None:
        if self.last_run is not None:
            self.open_file(self.last_run.path.parent)

    # --- lost badge ----------------------------------------------------------------

    def reissue_selected(self) -> None:
        """Confirm, then give the selected person a new code."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.busy:
            return
        badge = self.model.row_at(self.model.row_of(ids[0]))
        if badge is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Re-issue a lost badge"),
            self._reissue_question(badge),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("reissueConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Re-issue"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result, pid=badge.participant_id: self._on_reissue_answered(pid, result)
        )
        box.open()

    def _reissue_question(self, badge: BadgeStatus) -> str:
        old = format_code(badge.code) if badge.code else ""
        text = self.tr("Give %1 a new badge code?").replace("%1", badge.full_name)
        if old:
            text += "\n\n" + self.tr(
                "The old badge (%1) will then answer “replaced” at the door."
            ).replace("%1", old)
        return text

    def _on_reissue_answered(self, participant_id: int, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        self.ctx.worker.submit(
            reissue_badge,
            self.ctx.db,
            participant_id,
            on_done=lambda code, pid=participant_id: self._on_reissued(pid, code),
            on_error=lambda message: self._show_error(
                self.tr("The badge could not be re-issued"), message
            ),
        )

    def _on_reissued(self, participant_id: int, code: str) -> None:
        self._select_after_load = [participant_id]
        self.selection_radio.setChecked(True)
        self.result_label.setText(
            self.tr("New code %1. Generate the PDF to print the new badge.").replace(
                "%1", format_code(code)
            )
        )
        self.badge_reissued.emit(participant_id, code)
        self._dirty = True
        self.ctx.signals.participants_changed.emit()  # reloads this list too
        if not self.isVisible():
            self.reload()

    # --- messages ------------------------------------------------------------------

    def _show_error(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("badgeError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failed.emit(message)
