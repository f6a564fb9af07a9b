"""Editing the board by hand: moving people between tables (drag and drop or
the context menu), locking seats, the selection across cards, and the undo
stack's texts and banner.

A mixin of :class:`ui.repartition.screen.RepartitionScreen`: it uses the
screen's seating, board, undo stack and widgets.

Its strings keep the screen's translation context, ``RepartitionScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

import contextlib
from html import escape

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ui.repartition.cards import PeopleView
from ui.repartition.commands import LockCommand, MoveCommand
from ui.repartition.report_view import violation_key


class BoardEditing:
    """Moves, locks and their undo texts, for the round shown."""

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
            text = QCoreApplication.translate("RepartitionScreen", "Move %1 to %2").replace(
                "%1", names[0] if names else "?"
            )
        else:
            text = self._move_text(len(moving))
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
            head = QCoreApplication.translate("RepartitionScreen", "This move breaks:")
            items = "".join(f"<li>{escape(m, quote=False)}</li>" for m in messages[:6])
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
        text = self._lock_text(locked, len(targets))
        self.undo_stack.beginMacro(text)
        for pid in targets:
            self.undo_stack.push(LockCommand(self, text, pid, self._round, locked))
        self.undo_stack.endMacro()

    def selected_ids(self) -> list[int]:
        if self._active_view is None:
            return []
        try:
            return self._active_view.selected_ids()
        except RuntimeError:
            return []

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
        self._set_lock_label(
            QCoreApplication.translate("RepartitionScreen", "Unlock seat")
            if seat_locks and all(seat_locks)
            else QCoreApplication.translate("RepartitionScreen", "Lock seat")
        )

    def _set_lock_label(self, text: str) -> None:
        """The lock button's words, its shortcut in the tooltip (« … (Ctrl+L) »)."""
        self.lock_action.setText(text)
        keys = self.lock_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.lock_action.setToolTip(f"{text} ({keys})")

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
            lock = menu.addAction(
                QCoreApplication.translate("RepartitionScreen", "Unlock seat")
                if all_locked
                else QCoreApplication.translate("RepartitionScreen", "Lock seat")
            )
            lock.setShortcut(self.lock_action.shortcut())
            lock.triggered.connect(lambda: self.set_locked(ids, not all_locked))
        move_menu = menu.addMenu(QCoreApplication.translate("RepartitionScreen", "Move to"))
        for table in self._board.tables:
            label = f"{table.table} — {table.title}  ({table.size}/{table.max_seats})"
            act = move_menu.addAction(label)
            act.triggered.connect(lambda _=False, p=table.project_id: self.move(ids, p))
        if seated:
            off = menu.addAction(
                QCoreApplication.translate("RepartitionScreen", "Remove from the table")
            )
            off.triggered.connect(lambda: self.move(ids, None))
        present_unseated = [
            pid
            for pid in ids
            if self._seating.seat_of(pid, self._round) is None
            and pid in self._seating.people
            and self._seating.people[pid].present
        ]
        if present_unseated:
            late = menu.addAction(
                QCoreApplication.translate("RepartitionScreen", "Seat as late arrival")
            )
            late.triggered.connect(lambda: self.seat_late_arrivals(present_unseated))
        menu.exec(pos)

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        self.undo_action.setToolTip(
            QCoreApplication.translate("RepartitionScreen", "Undo: %1 (Ctrl+Z)").replace("%1", text)
            if text
            else QCoreApplication.translate("RepartitionScreen", "Undo (Ctrl+Z)")
        )

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        self.redo_action.setToolTip(
            QCoreApplication.translate("RepartitionScreen", "Redo: %1 (Ctrl+Shift+Z)").replace(
                "%1", text
            )
            if text
            else QCoreApplication.translate("RepartitionScreen", "Redo (Ctrl+Shift+Z)")
        )

    def _on_undo_index_changed(self, _index: int) -> None:
        if self.banner.kind in ("hard", "soft") and self._board is not None:
            # After an undo, keep the banner only while its rules still break.
            current = {v.message for v in self._board.violations}
            if not any(m in current for m in self._banner_messages):
                self.banner.hide()

    def _table_name(self, project_id: int | None) -> str:
        if project_id is None:
            return QCoreApplication.translate("RepartitionScreen", "no table")
        table = self._seating.table(project_id) if self._seating else None
        return QCoreApplication.translate("RepartitionScreen", "table %1").replace(
            "%1", table.table if table else "?"
        )
