"""Répartition: the board of tables for a round, placement runs, drag and drop,
locks, undo/redo, late arrivals, the projector page and the table lists."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from katalyze.assignment.seats import Board, Seating, build_board
from ui.context import EventContext
from ui.open_file import open_generated
from ui.repartition import jobs
from ui.repartition.bars import Banner, BoardBar, Legend, PlacementBar
from ui.repartition.board_model import BoardModel, TableProxy, board_rows
from ui.repartition.board_view import BoardArea
from ui.repartition.cards import CARD_STYLE, PeopleView, TableCard
from ui.repartition.commands import LockCommand, MoveCommand, ReplaceSeatsCommand
from ui.repartition.find_table import FindTablePage
from ui.repartition.progress_dialog import follow_job
from ui.repartition.report_view import ViolationsModel, report_html, violation_key
from ui.worker import Job

PROJECTOR_PAGE = "find_table"


class RepartitionScreen(QWidget):
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

        # Unseated column.
        self.unseated_proxy = TableProxy(None, self)
        self.unseated_proxy.setSourceModel(self.model)
        self.unseated_view = PeopleView(self.unseated_proxy, self)
        self.unseated_view.placeholder = self.tr("Everyone here has a seat.")
        self.unseated_label = QLabel(self)
        self.unseated_label.setObjectName("unseatedTitle")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.unseated_label)
        left_layout.addWidget(self.unseated_view, 1)

        self.board_area = BoardArea(self)
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

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
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

    def move(self, participant_ids: list[int], project_id: int | None) -> list[str]:
        """Move people to ``project_id`` in the shown round (undoable); returns
        the messages of the rules the move newly breaks."""
        if self._seating is None or self._board is None:
            return []
        round_no = self._round
        moving = []
        for pid in participant_ids:
            seat = self._seating.seat_of(pid, round_no)
            if (seat.project_id if seat else None) != project_id:
                moving.append((pid, seat))
        if not moving:
            return []
        before = {violation_key(v) for v in self._board.violations}
        target = self._table_name(project_id)
        names = [self._seating.people[pid].name for pid, _ in moving if pid in self._seating.people]
        if len(moving) == 1:
            text = self.tr("Move %1 to %2").replace("%1", names[0] if names else "?")
        else:
            text = self.tr("Move %n people to %2", "", len(moving))
        text = text.replace("%2", target)
        if len(moving) == 1:
            pid, seat = moving[0]
            self.undo_stack.push(MoveCommand(self, text, pid, round_no, seat, project_id))
        else:
            self.undo_stack.beginMacro(text)
            for pid, seat in moving:
                self.undo_stack.push(MoveCommand(self, text, pid, round_no, seat, project_id))
            self.undo_stack.endMacro()
        new = [v for v in self._board.violations if violation_key(v) not in before]
        messages = [v.message for v in sorted(new, key=lambda v: not v.hard)]
        self._banner_messages = messages
        if messages:
            head = self.tr("This move breaks:")
            items = "".join(f"<li>{_escape(m)}</li>" for m in messages[:6])
            kind = "hard" if any(v.hard for v in new) else "soft"
            self._show_banner(f"<b>{head}</b><ul style='margin:0'>{items}</ul>", kind)
        else:
            self.banner.hide()
        return messages

    def set_locked(self, participant_ids: list[int], locked: bool) -> None:
        if self._seating is None:
            return
        targets = [
            pid
            for pid in participant_ids
            if (seat := self._seating.seat_of(pid, self._round)) is not None
            and seat.locked != locked
        ]
        if not targets:
            return
        text = (
            self.tr("Lock %n seat(s)", "", len(targets))
            if locked
            else self.tr("Unlock %n seat(s)", "", len(targets))
        )
        self.undo_stack.beginMacro(text)
        for pid in targets:
            self.undo_stack.push(LockCommand(self, text, pid, self._round, locked))
        self.undo_stack.endMacro()

    def run_placement(self) -> Job:
        """Start a placement run with the options shown; progress and Cancel."""
        self.banner.hide()
        rounds = self.rounds_spin.value()
        job = self.ctx.worker.submit(
            jobs.run_placement,
            self.ctx.db,
            rounds,
            self.present_only.isChecked(),
            self.seed_spin.value(),
            self.minimise_moves.isChecked(),
            with_progress=True,
        )
        self.run_button.setEnabled(False)
        follow_job(
            job,
            self,
            self.tr("Seating people at the tables…"),
            self.tr("Placement"),
            self.tr("Cancel"),
        )
        job.succeeded.connect(self._on_placement_succeeded)
        job.failed.connect(self._on_placement_failed)
        job.cancelled.connect(self._on_placement_cancelled)
        job.finished.connect(self._on_placement_finished)
        return job

    def show_on_projector(self) -> FindTablePage:
        """Set the current round to the one shown and put it on the projector."""
        self._current_round = self._round
        self.ctx.worker.submit(jobs.save_settings, self.ctx.db, {"current_round": self._round})
        page = self._ensure_projector_page()
        self._refresh_projector()
        self.ctx.projector().show_page(PROJECTOR_PAGE)
        self._update_summary()
        return page

    def export_table_lists(self, path: Path, open_after: bool = True) -> Job:
        """Write the facilitators' table lists (worker), then open the PDF."""
        self.lists_button.setEnabled(False)
        job = self.ctx.files_worker.submit(
            jobs.table_lists, self.ctx.db, str(path), with_progress=True, on_error=self._show_error
        )
        follow_job(
            job,
            self,
            self.tr("Writing the table lists…"),
            self.tr("Table lists"),
            self.tr("Cancel"),
        )
        job.succeeded.connect(lambda result: self._on_lists_succeeded(result, open_after))
        job.finished.connect(lambda: self.lists_button.setEnabled(True))
        return job

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
        self._rebuild()

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
        self.board_changed.emit()

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

    def _table_name(self, project_id: int | None) -> str:
        if project_id is None:
            return self.tr("no table")
        table = self._seating.table(project_id) if self._seating else None
        return self.tr("table %1").replace("%1", table.table if table else "?")

    # ------------------------------------------------------------- projector
    def _ensure_projector_page(self) -> FindTablePage:
        projector = self.ctx.projector()
        page = projector.page(PROJECTOR_PAGE)
        if not isinstance(page, FindTablePage):
            page = FindTablePage()
            projector.add_page(PROJECTOR_PAGE, page)
        self.find_table_page = page
        return page

    def _refresh_projector(self) -> None:
        if self.find_table_page is None or self._seating is None:
            return
        self.find_table_page.set_round(
            self._current_round, jobs.find_table_entries(self._seating, self._current_round)
        )

    # ------------------------------------------------------------- slots
    def _on_event_data_changed(self) -> None:
        if self._emitting:
            return
        if self.isVisible():
            self._reload_timer.start()
        else:
            self._dirty = True

    def _on_round_combo_changed(self, index: int) -> None:
        if index < 0:
            return
        self._round = int(self.round_combo.itemData(index))
        self.banner.hide()
        self._rebuild()

    def _on_proxy_people_dropped(self, participant_ids: list, project_id: object) -> None:
        self.move(
            [int(i) for i in participant_ids], project_id if project_id is None else int(project_id)
        )  # type: ignore[arg-type]

    def _on_view_selection_changed(self, view: PeopleView) -> None:
        if view.selectionModel().hasSelection():
            if self._active_view is not None and self._active_view is not view:
                with contextlib.suppress(RuntimeError):  # the card was rebuilt
                    self._active_view.clearSelection()
            self._active_view = view
        ids = view.selected_ids()
        seat_locks = [
            s.locked
            for pid in ids
            if self._seating and (s := self._seating.seat_of(pid, self._round)) is not None
        ]
        self.lock_action.setText(
            self.tr("Unlock seat") if seat_locks and all(seat_locks) else self.tr("Lock seat")
        )

    def selected_ids(self) -> list[int]:
        if self._active_view is None:
            return []
        try:
            return self._active_view.selected_ids()
        except RuntimeError:
            return []

    def _on_lock_triggered(self) -> None:
        ids = self.selected_ids()
        if not ids or self._seating is None:
            return
        seats = [self._seating.seat_of(pid, self._round) for pid in ids]
        locked = not all(s.locked for s in seats if s is not None)
        self.set_locked(ids, locked)
        if self._active_view is not None:
            self._on_view_selection_changed(self._active_view)

    def _on_view_context_menu(self, view: PeopleView, pos: QPoint) -> None:
        ids = view.selected_ids()
        if not ids or self._seating is None or self._board is None:
            return
        menu = QMenu(self)
        seated = [s for pid in ids if (s := self._seating.seat_of(pid, self._round)) is not None]
        if seated:
            all_locked = all(s.locked for s in seated)
            lock = menu.addAction(self.tr("Unlock seat") if all_locked else self.tr("Lock seat"))
            lock.setShortcut(self.lock_action.shortcut())
            lock.triggered.connect(lambda: self.set_locked(ids, not all_locked))
        move_menu = menu.addMenu(self.tr("Move to"))
        for table in self._board.tables:
            label = f"{table.table} — {table.title}  ({table.size}/{table.max_seats})"
            act = move_menu.addAction(label)
            act.triggered.connect(lambda _=False, p=table.project_id: self.move(ids, p))
        if seated:
            off = menu.addAction(self.tr("Remove from the table"))
            off.triggered.connect(lambda: self.move(ids, None))
        present_unseated = [
            pid
            for pid in ids
            if self._seating.seat_of(pid, self._round) is None
            and pid in self._seating.people
            and self._seating.people[pid].present
        ]
        if present_unseated:
            late = menu.addAction(self.tr("Seat as late arrival"))
            late.triggered.connect(lambda: self.seat_late_arrivals(present_unseated))
        menu.exec(pos)

    def _on_violation_clicked(self, index: QModelIndex) -> None:
        v = self.violations.violation(index.row())
        if v is not None and v.project_id is not None:
            self.board_area.show_card(v.project_id)

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        self.undo_action.setToolTip(
            self.tr("Undo: %1 (Ctrl+Z)").replace("%1", text) if text else self.tr("Undo (Ctrl+Z)")
        )

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        self.redo_action.setToolTip(
            self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", text)
            if text
            else self.tr("Redo (Ctrl+Shift+Z)")
        )

    def _on_undo_index_changed(self, _index: int) -> None:
        if self.banner.kind in ("hard", "soft") and self._board is not None:
            # After an undo, keep the banner only while its rules still break.
            current = {v.message for v in self._board.violations}
            if not any(m in current for m in self._banner_messages):
                self.banner.hide()

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

    # placement
    def _on_run_clicked(self) -> None:
        self.run_placement()

    def _on_placement_succeeded(self, outcome: jobs.PlacementOutcome) -> None:
        self.undo_stack.push(
            ReplaceSeatsCommand(
                self, self.tr("Placement"), outcome.before, outcome.after, outcome.rounds
            )
        )
        self._show_report(outcome.report)
        self.side.setCurrentWidget(self.report_view)
        self._notify_seats_changed()
        self._on_load_done(outcome.state, options=True)
        self.placement_finished.emit(True)

    def _on_placement_failed(self, message: str) -> None:
        self._show_error(message)
        self.placement_finished.emit(False)

    def _on_placement_cancelled(self) -> None:
        self._show_banner(self.tr("Placement cancelled: nothing was changed."), "info")
        self.placement_finished.emit(False)

    def _on_placement_finished(self) -> None:
        self.run_button.setEnabled(True)

    # late arrivals
    def _on_late_clicked(self) -> None:
        ids = [
            pid
            for pid in self.unseated_view.selected_ids()
            if self._seating and pid in self._seating.people and self._seating.people[pid].present
        ]
        if not ids and self._board is not None:
            ids = [p.id for p in self._board.unseated if p.present]
        self.seat_late_arrivals(ids)

    def seat_late_arrivals(self, participant_ids: list[int]) -> Job | None:
        if not participant_ids:
            return None
        job = self.ctx.worker.submit(
            jobs.seat_late_arrivals, self.ctx.db, participant_ids, on_error=self._show_error
        )
        job.succeeded.connect(self._on_late_succeeded)
        return job

    def _on_late_succeeded(self, outcome: jobs.PlacementOutcome) -> None:
        self.undo_stack.push(
            ReplaceSeatsCommand(
                self,
                self.tr("Seat late arrivals"),
                outcome.before,
                outcome.after,
                outcome.rounds,
            )
        )
        self._notify_seats_changed()
        self._on_load_done(outcome.state)
        self._show_banner(outcome.message, "info")

    # projector and lists
    def _on_projector_clicked(self) -> None:
        self.show_on_projector()

    def _on_lists_clicked(self) -> None:
        default = Path.home() / self.tr("table-lists.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the table lists"), str(default), self.tr("PDF (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_table_lists(Path(path))

    def _on_lists_succeeded(self, result: Any, open_after: bool) -> None:
        # Without a PDF viewer the banner still says where the file is.
        self._show_banner(
            self.tr("Table lists written: %1").replace("%1", _escape(str(result.path))), "info"
        )
        if open_after:
            open_generated(result.path, self)

    # messages
    def _show_report(self, report: Any) -> None:
        self.last_report = report
        self.report_view.setHtml(report_html(report))

    def _show_error(self, message: str) -> None:
        self._show_banner(_escape(message), "error")

    def _show_banner(self, html: str, kind: str) -> None:
        self.banner.show_message(html, kind)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
