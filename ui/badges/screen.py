"""The Badges screen: choose a layout and who, generate the PDF, re-issue a lost badge.

Everything that touches the database or a file runs on the event's worker
(``ctx.worker``); the screen only shows plain data and the job's progress.

This module builds the screen (the options on the left, the searchable list
of people on the right), loads the badge overview, writes the texts with
counts, and asks the user where to save and what went wrong. What the screen
does lives in its mixins:

- :mod:`.selection`: who is chosen and the list's filters;
- :mod:`.generating`: the PDF job, its progress and its result;
- :mod:`.reissue`: a new code for a lost badge.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from katalyze.badges import BadgeRun
from katalyze.badges.overview import BadgeOverview, badge_overview
from ui.badges.generating import BadgeGeneration
from ui.badges.model import BadgesModel, BadgesProxy, Column
from ui.badges.options import SELECTION, UNPRINTED, BadgeOptions
from ui.badges.preview import BadgePreview
from ui.badges.reissue import BadgeReissue
from ui.badges.selection import BadgeSelection
from ui.context import EventContext
from ui.open_file import open_generated
from ui.worker import Job


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's viewer (tests replace this)."""
    return open_generated(path)


class BadgesScreen(BadgeSelection, BadgeGeneration, BadgeReissue, QWidget):
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
            # Together they fit the list's width at 1280 px, "Imprimé" included.
            (Column.LAST_NAME, 100),
            (Column.FIRST_NAME, 76),
            (Column.ORGANISATION, 80),
            (Column.ROLE, 207),  # « Entreprise non membre » whole, with its colour
            (Column.CODE, 118),  # a code in monospace, or « à l'impression »
            (Column.PRINTED, 100),
        ):
            # never narrower than its (translated) header
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # The organisation gives way first at 1366 px (its full text is in its tooltip).
        self._organisation_width = 80
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
        people = QWidget()
        right_layout = QVBoxLayout(people)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(bottom)
        # The list, or the first page as it will print.
        self.preview = BadgePreview(self.ctx)
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("badgeTabs")
        self.right_tabs.setDocumentMode(True)
        self.right_tabs.addTab(people, self.tr("People"))
        self.right_tabs.addTab(self.preview, self.tr("Preview"))
        right = self.right_tabs

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 1000])  # the options no wider than they need
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
        self.right_tabs.currentChanged.connect(self._on_choices_changed)
        self.layout_combo.currentIndexChanged.connect(self._on_choices_changed)
        self.show_table.toggled.connect(self._on_choices_changed)
        self.who.idToggled.connect(self._on_choices_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_choices_changed)
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
        self._on_choices_changed()
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

    # --- texts ---------------------------------------------------------------------

    # Kept on this class: PySide's tr() looks plural forms up under the object's
    # own class name only.
    def show_preview(self) -> None:
        """Show the Preview tab (it renders the first page)."""
        self.right_tabs.setCurrentWidget(self.preview)

    def _on_choices_changed(self, *_args: object) -> None:
        # Rendered only while looked at: a PDF per click in the list otherwise.
        if self.right_tabs.currentWidget() is not self.preview:
            return
        mode = self.who.checkedId()
        self.preview.request(
            layout=self.layout_combo.currentData(),
            participant_ids=self.selected_ids() if mode == SELECTION else None,
            only_unprinted=mode == UNPRINTED,
            show_table=self.show_table.isChecked(),
        )

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

    def _run_summary(self, run: BadgeRun) -> str:
        """ "12 badges · 2 pages": what a generation wrote."""
        return self.tr("%n badge(s)", "", run.count) + " · " + self.tr("%n page(s)", "", run.pages)

    # --- asking the user -----------------------------------------------------------

    def ask_output_path(self, suggested: Path) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the badges as"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")

    def _show_error(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("badgeError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failed.emit(message)
