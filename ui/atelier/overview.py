"""The facilitator's overview: every table at a glance, refreshed as tables
capture (and every few seconds, for the other laptops' notes)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.capture.service import TableSummary, overview
from ui.atelier.autosave import submit_for
from ui.atelier.models import OverviewColumn, OverviewModel
from ui.context import EventContext

REFRESH_MS = 10_000


class OverviewPanel(QWidget):
    table_chosen = Signal(int, int)  # project_id, round (0: all rounds)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending = False
        self.round_combo = QComboBox(self)
        self.round_combo.addItem(self.tr("All rounds"), 0)
        for number in range(1, 4):
            self.round_combo.addItem(self.tr("Round %1").replace("%1", str(number)), number)
        self.totals_label = QLabel(self)
        self.totals_label.setProperty("role", "count")
        self.open_button = QPushButton(self.tr("Open this table"), self)
        self.open_button.setEnabled(False)

        self.model = OverviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(OverviewModel.SortRole)
        self.view = QTableView(self)
        self.view.setObjectName("atelierOverview")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(OverviewColumn.TABLE, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(OverviewColumn.TABLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OverviewColumn.PROJECT, QHeaderView.ResizeMode.Stretch)
        widths = {
            OverviewColumn.SEATED: 82,
            OverviewColumn.OFFER: 106,  # « Ressources »
            OverviewColumn.QUESTION: 102,
            OverviewColumn.FLAGGED: 124,
            OverviewColumn.SYNTHESIS: 98,
        }
        for column in OverviewColumn:
            if column not in (OverviewColumn.TABLE, OverviewColumn.PROJECT):
                header.resizeSection(column, widths.get(column, 86))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.flagged_label = QLabel(self.tr("Actions to complete at the selected table"), self)
        self.flagged_label.setStyleSheet("font-weight: bold;")
        self.flagged_list = QListWidget(self)
        self.flagged_list.setObjectName("atelierFlagged")

        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.flagged_label)
        bottom_layout.addWidget(self.flagged_list)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.round_combo)
        top.addWidget(self.totals_label, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

        self.round_combo.currentIndexChanged.connect(self._on_round_combo_index_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        ctx.signals.items_changed.connect(self._on_signals_items_changed)
        ctx.signals.seats_changed.connect(self._on_signals_items_changed)

    def set_rounds(self, rounds: int) -> None:
        while self.round_combo.count() - 1 < rounds:
            number = self.round_combo.count()
            self.round_combo.addItem(self.tr("Round %1").replace("%1", str(number)), number)

    def refresh(self) -> None:
        if self._pending:
            return
        self._pending = True
        chosen = int(self.round_combo.currentData() or 0)
        submit_for(
            self,
            self.ctx.worker,
            overview,
            self.ctx.db,
            chosen or None,
            on_done=self._on_overview_loaded,
            on_error=self._on_overview_failed,
        )

    def start_auto_refresh(self) -> None:
        self.refresh()
        self._timer.start()

    def stop_auto_refresh(self) -> None:
        self._timer.stop()

    def totals_text(self, items: int, tables: int, flagged: int, silent: int) -> str:
        """E.g. « 407 éléments sur 15 tables · 1 action à compléter · 0 table sans rien encore »."""
        return " · ".join(
            (
                self.tr("%n item(s)", "", items) + " " + self.tr("at %n table(s)", "", tables),
                self.tr("%n action(s) to complete", "", flagged),
                self.tr("%n table(s) with nothing yet", "", silent),
            )
        )

    def _on_overview_loaded(self, rows: list[TableSummary]) -> None:
        self._pending = False
        selected = self._selected_summary()
        self.model.set_rows(rows)
        items = sum(r.total for r in rows)
        flagged = sum(r.flagged_count for r in rows)
        silent = sum(1 for r in rows if r.total == 0)
        self.totals_label.setText(self.totals_text(items, len(rows), flagged, silent))
        if selected is not None:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(OverviewModel.ProjectIdRole) == selected.project_id:
                    self.view.selectRow(row)
                    break
        self._show_flagged(self._selected_summary())

    def _on_overview_failed(self, message: str) -> None:
        self._pending = False
        self.totals_label.setText(message)

    def _selected_summary(self) -> TableSummary | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary_at(self.proxy.mapToSource(index).row())

    def _show_flagged(self, summary: TableSummary | None) -> None:
        self.flagged_list.clear()
        self.open_button.setEnabled(summary is not None)
        if summary is None:
            return
        self.flagged_label.setText(
            self.tr("Actions to complete at table %1").replace("%1", summary.table)
        )
        for _id, text, missing in summary.flagged:
            what = []
            if "responsible" in missing:
                what.append(self.tr("no responsible"))
            if "due" in missing:
                what.append(self.tr("no due date"))
            self.flagged_list.addItem(f"⚠ {text} — {', '.join(what)}")
        if not summary.flagged:
            self.flagged_list.addItem(
                self.tr("Every open action has a responsible and a due date.")
            )

    def _on_round_combo_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_view_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_flagged(self._selected_summary())

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_open_button_clicked()

    def _on_open_button_clicked(self) -> None:
        summary = self._selected_summary()
        if summary is not None:
            self.table_chosen.emit(summary.project_id, int(self.round_combo.currentData() or 0))

    def _on_signals_items_changed(self) -> None:
        if self.isVisible():
            self.refresh()
