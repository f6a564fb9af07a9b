"""Répartition: the board of tables for a round and the screen that holds it.

This module builds the screen (the run options, the board bar, the unseated
column, the table cards, the rules and quality report), loads the seating on
the worker and rebuilds the board whenever it changes, queues the hand
changes' writes and shows the banner and the report. The rest of what the
screen does lives in its mixins:

- :mod:`.editing`: moving people, locking seats, undo texts;
- :mod:`.placement`: placement runs (progress, Cancel) and late arrivals;
- :mod:`.publishing`: the projector's page and the table lists PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from katalyze.assignment.seats import Board, Seating, build_board
from ui.context import EventContext
from ui.repartition import jobs
from ui.repartition.bars import Banner, BoardBar, Legend, PlacementBar
from ui.repartition.board_model import BoardModel, TableProxy, board_rows
from ui.repartition.board_view import BoardArea, BoardTools
from ui.repartition.cards import CARD_STYLE, PeopleView, TableCard
from ui.repartition.editing import BoardEditing
from ui.repartition.find_table import FindTablePage
from ui.repartition.placement import PlacementRuns
from ui.repartition.publishing import PROJECTOR_PAGE, BoardPublishing
from ui.repartition.report_view import ViolationsModel, report_html
from ui.repartition.search import BoardSearch

__all__ = ["PROJECTOR_PAGE", "RepartitionScreen"]


class RepartitionScreen(BoardEditing, PlacementRuns, BoardPublishing, BoardSearch, QWidget):
    """The facilitators' seating board."""

    board_changed = Signal()  # the board shown was rebuilt (tests, projector)
    placement_finished = Signal(bool)  # True when seats were written

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._seating: Seating | None = None
        self._board: Board | None = None
        self._round = 1
        self._current_round = 1
        self._writes = 0
        self._emitting = False
        self._dirty = True
        self._options_loaded = False
        self.undo_stack = QUndoStack(self)
        self.model = BoardModel(self)
        self._proxies: dict[int, TableProxy] = {}
        self._active_view: PeopleView | None = None
        self.find_table_page: FindTablePage | None = None
        self.last_report: Any = None
        self._banner_messages: list[str] = []
        self._room_made = False
        self._matches: list[int] = []
        self._match_at = 0
        self.setStyleSheet(CARD_STYLE)
        self._build()
        self._connect()
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.redo_action.setEnabled(False)
        self.lock_action = QAction(self.tr("Lock seat"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        for action in (self.undo_action, self.redo_action, self.lock_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Tooltips that name the shortcuts from the start, not only after a first move.
        self._set_lock_label(self.lock_action.text())
        self._on_undo_stack_undo_text_changed("")
        self._on_undo_stack_redo_text_changed("")

        self.placement_bar = PlacementBar(self.undo_action, self.redo_action, self)
        bar = self.placement_bar
        self.rounds_spin, self.present_only = bar.rounds_spin, bar.present_only
        self.minimise_moves, self.seed_spin = bar.minimise_moves, bar.seed_spin
        self.run_button = bar.run_button
        self.board_bar = BoardBar(self.lock_action, self)
        self.round_combo, self.late_button = self.board_bar.round_combo, self.board_bar.late_button
        self.projector_button = self.board_bar.projector_button
        self.lists_button, self.summary = self.board_bar.lists_button, self.board_bar.summary
        self.banner = Banner(self)

        self.board_tools = BoardTools(self)
        # Unseated column.
        self.unseated_proxy = TableProxy(None, self)
        self.unseated_proxy.setSourceModel(self.model)
        self.unseated_view = PeopleView(self.unseated_proxy, self)
        self.unseated_view.placeholder = self.tr("Loading the seats…")
        self.unseated_label = QLabel(self)
        self.unseated_label.setObjectName("unseatedTitle")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.board_tools)
        left_layout.addWidget(self.unseated_label)
        left_layout.addWidget(self.unseated_view, 1)

        self.board_area = BoardArea(self)
        self.zoom_in_action = QAction(self.tr("Larger cards"), self)
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out_action = QAction(self.tr("Smaller cards"), self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        for action in (self.zoom_in_action, self.zoom_out_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.legend = Legend(self)
        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.board_area, 1)
        center_layout.addWidget(self.legend)

        # Side panel: rules broken, quality report.
        self.violations = ViolationsModel(self)
        self.violations_view = QListView(self)
        self.violations_view.setModel(self.violations)
        self.violations_view.setWordWrap(True)
        self.violations_view.setUniformItemSizes(False)
        self.violations_view.setAlternatingRowColors(True)
        self.report_view = QTextBrowser(self)
        self.report_view.setOpenExternalLinks(False)
        self.side = QTabWidget(self)
        self.side.addTab(self.violations_view, self.tr("Rules"))
        self.side.addTab(self.report_view, self.tr("Quality report"))

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([210, 1000, 330])
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(170)
        self.side.setMinimumWidth(250)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.placement_bar)
        layout.addWidget(self.board_bar)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.run_button.clicked.connect(self._on_run_clicked)
        self.round_combo.currentIndexChanged.connect(self._on_round_combo_changed)
        self.lock_action.triggered.connect(self._on_lock_triggered)
        self.late_button.clicked.connect(self._on_late_clicked)
        self.projector_button.clicked.connect(self._on_projector_clicked)
        self.lists_button.clicked.connect(self._on_lists_clicked)
        self.board_tools.search_changed.connect(self._on_search_changed)
        self.board_tools.search_next.connect(self._on_search_next)
        self.board_tools.zoom_changed.connect(self._on_zoom)
        self.zoom_in_action.triggered.connect(lambda: self._on_zoom(self.board_area.zoom() - 1))
        self.zoom_out_action.triggered.connect(lambda: self._on_zoom(self.board_area.zoom() + 1))
        self.violations_view.clicked.connect(self._on_violation_clicked)
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)
        self._wire_view(self.unseated_view)
        signals = self.ctx.signals
        for signal in (
            signals.seats_changed,
            signals.checkins_changed,
            signals.participants_changed,
            signals.projects_changed,
            signals.roles_changed,
        ):
            signal.connect(self._on_event_data_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        self._report_timer = QTimer(self)
        self._report_timer.setSingleShot(True)
        self._report_timer.setInterval(600)
        self._report_timer.timeout.connect(self._on_report_timer_timeout)

    def _wire_view(self, view: PeopleView) -> None:
        view.proxy().people_dropped.connect(self._on_proxy_people_dropped)
        view.context_menu_requested.connect(self._on_view_context_menu)
        view.selectionModel().selectionChanged.connect(
            lambda *_: self._on_view_selection_changed(view)
        )

    # ------------------------------------------------------------- public API
    def activated(self) -> None:
        if self._dirty:
            self.reload()

    def seating(self) -> Seating | None:
        return self._seating

    def board(self) -> Board | None:
        return self._board

    def shown_round(self) -> int:
        return self._round

    def card(self, project_id: int) -> TableCard | None:
        return next((c for c in self.board_area.cards() if c.project_id == project_id), None)

    def reload(self) -> None:
        """Read the seating and the event settings again (on the worker); the
        quality report follows a moment later, once a burst of changes (the
        door's check-ins) has settled."""
        self._dirty = False
        self.ctx.worker.submit(
            jobs.load_state,
            self.ctx.db,
            with_report=False,
            on_done=self._on_load_done,
            on_error=self._show_error,
        )

    def set_seating(self, seating: Seating) -> None:
        """Show ``seating`` at once: the board and the rules are recomputed."""
        self._seating = seating
        self._rebuild()

    def write(self, fn: Callable[..., Any], *args: Any) -> None:
        """Queue a database write; ``seats_changed`` is emitted once it is done."""
        self._writes += 1
        self.ctx.worker.submit(
            fn, self.ctx.db, *args, on_done=self._on_write_done, on_error=self._on_write_failed
        )

    # ------------------------------------------------------------- rebuilding
    def _on_load_done(self, state: jobs.LoadedState, options: bool = False) -> None:
        rounds = max(1, state.rounds)
        self._current_round = min(max(1, state.current_round), rounds)
        if options or not self._options_loaded:
            # The run options follow the event on first load and after a run,
            # not on every refresh (they may be being edited).
            self._options_loaded = True
            self.rounds_spin.setValue(rounds)
            self.seed_spin.setValue(state.seed)
            self.present_only.setChecked(state.seating.any_checked_in or not state.seating.seats)
        if state.report is not None:
            self._show_report(state.report)
        elif state.seating.seats:
            self._report_timer.start()
        else:
            self._show_report(None)
        self._fill_round_combo(rounds)
        self._seating = state.seating
        self.unseated_view.placeholder = self.tr("Everyone here has a seat.")
        self._rebuild()

    def _on_zoom(self, level: int) -> None:
        self.board_area.set_zoom(level)
        self.board_tools.show_zoom(self.board_area.zoom())
        self.legend.set_compact(not self.board_area.density.details)
        if self._seating is not None:
            self.legend.set_seating(self._seating)

    def _fill_round_combo(self, rounds: int) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in range(1, rounds + 1):
            self.round_combo.addItem(self.tr("Round %1").replace("%1", str(r)), r)
        self._round = min(self._round, rounds)
        self.round_combo.setCurrentIndex(self._round - 1)
        self.round_combo.blockSignals(False)

    def _rebuild(self, tables_changed: bool = False) -> None:
        if self._seating is None:
            return
        board = build_board(self._seating, self._round)
        self._board = board
        ids = [t.project_id for t in board.tables]
        if tables_changed or ids != [c.project_id for c in self.board_area.cards()]:
            self._make_cards(board)
            self._make_room(len(ids))
        self.model.set_rows(board_rows(board))
        by_table: dict[int, list] = {}
        for v in board.violations:
            if v.project_id is not None:
                by_table.setdefault(v.project_id, []).append(v)
        for card, table in zip(self.board_area.cards(), board.tables, strict=True):
            card.set_table(table, by_table.get(table.project_id, []))
        self.violations.set_violations(list(board.violations))
        hard = sum(1 for v in board.violations if v.hard)
        self.side.setTabText(
            0,
            self.tr("Rules (%1)").replace("%1", str(len(board.violations)))
            if board.violations
            else self.tr("Rules ✓"),
        )
        self.side.tabBar().setTabTextColor(0, QColor("#c92a2a") if hard else QColor())
        self._update_unseated_label()
        self._update_summary()
        self.legend.set_seating(self._seating)
        self._refresh_projector()
        self._find(self.board_tools.search.text())
        self.board_tools.show_zoom(self.board_area.zoom())
        self.legend.set_compact(not self.board_area.density.details)
        self.board_changed.emit()

    def _make_room(self, tables: int) -> None:
        """Many tables on a small screen: the side columns give the board
        their spare width, once (the splitter stays as the user leaves it)."""
        if self._room_made or tables < 10:
            return
        self._room_made = True
        sizes = self.splitter.sizes()
        left = self.unseated_view.parentWidget().minimumWidth()
        bar = self.side.tabBar()
        tabs = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        side = max(self.side.minimumWidth(), tabs + 8)
        spare = sizes[0] - left + sizes[2] - side
        if spare > 0:
            self.splitter.setSizes([left, sizes[1] + spare, side])

    def _make_cards(self, board: Board) -> None:
        self._proxies.clear()
        cards = []
        for table in board.tables:
            proxy = TableProxy(table.project_id, self)
            proxy.setSourceModel(self.model)
            card = TableCard(proxy)
            self._proxies[table.project_id] = proxy
            self._wire_view(card.view)
            cards.append(card)
        self.board_area.set_cards(cards)

    def _update_unseated_label(self) -> None:
        n = self.unseated_proxy.rowCount()
        self.unseated_label.setText(
            "<b>" + self.tr("Not seated (%1)").replace("%1", str(n)) + "</b>"
        )
        arrived = [p for p in (self._board.unseated if self._board else ()) if p.present]
        self.late_button.setEnabled(bool(arrived))
        self.late_button.setText(
            self.tr("Seat %n late arrival(s)", "", len(arrived))
            if arrived
            else self.tr("Seat late arrivals")
        )

    def _update_summary(self) -> None:
        board = self._board
        if board is None:
            return
        seated = board.seated_count
        seats = sum(t.max_seats for t in board.tables)
        text = (
            self.tr("%1 seated of %2 seats · %3 tables")
            .replace("%1", str(seated))
            .replace("%2", str(seats))
            .replace("%3", str(len(board.tables)))
        )
        text += " · " + self.tr("projector: round %1").replace("%1", str(self._current_round))
        self.summary.setText(text)

    # ------------------------------------------------------------- slots
    def _on_event_data_changed(self) -> None:
        if self._emitting:
            return
        # The projector follows seats moved elsewhere even while this screen is hidden.
        projecting = self.find_table_page is not None and self.find_table_page.isVisible()
        if self.isVisible() or projecting:
            self._reload_timer.start()
        else:
            self._dirty = True

    def _on_round_combo_changed(self, index: int) -> None:
        if index < 0:
            return
        self._round = int(self.round_combo.itemData(index))
        self.banner.hide()
        self._rebuild()

    def _on_violation_clicked(self, index: QModelIndex) -> None:
        v = self.violations.violation(index.row())
        if v is not None and v.project_id is not None:
            self.board_area.show_card(v.project_id)

    def _on_write_done(self, _result: object) -> None:
        self._writes -= 1
        self._notify_seats_changed()
        if self._writes == 0:
            self._report_timer.start()

    def _on_report_timer_timeout(self) -> None:
        """After hand changes settle, judge the seats as they now are."""
        if self._writes == 0 and self._seating is not None and self._seating.seats:
            self.ctx.worker.submit(jobs.quality_report, self.ctx.db, on_done=self._show_report)

    def _on_write_failed(self, message: str) -> None:
        self._writes -= 1
        self._show_error(message)
        self.reload()

    def _notify_seats_changed(self) -> None:
        self._emitting = True
        try:
            self.ctx.signals.seats_changed.emit()
        finally:
            self._emitting = False

    # ------------------------------------------------------------- texts with a count
    # PySide's tr() looks plural forms up under the object's own class name
    # only, so the mixins' texts with a count are made here.
    def _move_text(self, count: int) -> str:
        """The undo text of moving ``count`` people ("%2" is the table)."""
        return self.tr("Move %n people to %2", "", count)

    def _lock_text(self, locked: bool, count: int) -> str:
        """The undo text of locking (or unlocking) ``count`` seats."""
        return (
            self.tr("Lock %n seat(s)", "", count)
            if locked
            else self.tr("Unlock %n seat(s)", "", count)
        )

    # ------------------------------------------------------------- messages
    def _show_report(self, report: Any) -> None:
        self.last_report = report
        self.report_view.setHtml(report_html(report))

    def _show_error(self, message: str) -> None:
        self._show_banner(escape(message, quote=False), "error")

    def _show_banner(self, html: str, kind: str) -> None:
        self.banner.show_message(html, kind)
