"""Undoable changes of the board (QUndoStack): moves, locks, late arrivals and
whole placement runs.

A command changes the screen's in-memory seating at once (the board redraws
and the rules are checked again instantly) and queues the matching database
write on the worker; undo does the reverse the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from katalyze.assignment.seats import (
    SeatInfo,
    Seating,
    move_seat,
    replace_seats,
    set_locked,
    set_pinned,
)
from katalyze.db import Database

if TYPE_CHECKING:
    from ui.repartition.screen import RepartitionScreen


def restore_seat(db: Database, participant_id: int, round: int, seat: SeatInfo | None) -> None:
    """Put one person's seat back exactly as it was (table, pin and lock)."""
    move_seat(db, participant_id, round, None if seat is None else seat.project_id)
    if seat is not None:
        set_locked(db, participant_id, round, seat.locked)
        if seat.pinned:
            set_pinned(db, participant_id, round, True)


def seating_with_seat(
    seating: Seating, participant_id: int, round: int, seat: SeatInfo | None
) -> Seating:
    moved = seating.with_move(participant_id, round, None if seat is None else seat.project_id)
    if seat is None:
        return moved
    return moved.with_flags(participant_id, round, locked=seat.locked, pinned=seat.pinned)


class _ScreenCommand(QUndoCommand):
    def __init__(self, screen: RepartitionScreen, text: str, parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self.screen = screen

    def _apply(
        self, change: Callable[[Seating], Seating], fn: Callable[..., Any], *args: Any
    ) -> None:
        seating = self.screen.seating()
        if seating is None:
            return
        self.screen.set_seating(change(seating))
        self.screen.write(fn, *args)


class MoveCommand(_ScreenCommand):
    """One person to another table (or off the tables) in one round."""

    def __init__(
        self,
        screen: RepartitionScreen,
        text: str,
        participant_id: int,
        round: int,
        before: SeatInfo | None,
        project_id: int | None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(screen, text, parent)
        self.participant_id, self.round = participant_id, round
        self.before, self.project_id = before, project_id

    def redo(self) -> None:
        self._apply(
            lambda s: s.with_move(self.participant_id, self.round, self.project_id),
            move_seat,
            self.participant_id,
            self.round,
            self.project_id,
        )

    def undo(self) -> None:
        self._apply(
            lambda s: seating_with_seat(s, self.participant_id, self.round, self.before),
            restore_seat,
            self.participant_id,
            self.round,
            self.before,
        )


class LockCommand(_ScreenCommand):
    """Lock or unlock one seat (a re-run of the placement keeps locked seats)."""

    def __init__(
        self,
        screen: RepartitionScreen,
        text: str,
        participant_id: int,
        round: int,
        locked: bool,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(screen, text, parent)
        self.participant_id, self.round, self.locked = participant_id, round, locked

    def _set(self, locked: bool) -> None:
        self._apply(
            lambda s: s.with_flags(self.participant_id, self.round, locked=locked),
            set_locked,
            self.participant_id,
            self.round,
            locked,
        )

    def redo(self) -> None:
        self._set(self.locked)

    def undo(self) -> None:
        self._set(not self.locked)


class ReplaceSeatsCommand(_ScreenCommand):
    """A whole placement run or late arrivals: every seat of some rounds, before
    and after. The change is already in the database when it is pushed, so
    the first ``redo`` does nothing."""

    def __init__(
        self,
        screen: RepartitionScreen,
        text: str,
        before: Sequence[SeatInfo],
        after: Sequence[SeatInfo],
        rounds: Sequence[int],
    ) -> None:
        super().__init__(screen, text)
        self.rounds = tuple(sorted(set(rounds)))
        self.before = tuple(s for s in before if s.round in self.rounds)
        self.after = tuple(s for s in after if s.round in self.rounds)
        self._applied = True

    def _put(self, seats: tuple[SeatInfo, ...]) -> None:
        def change(s: Seating) -> Seating:
            kept = tuple(x for x in s.seats if x.round not in self.rounds)
            from dataclasses import replace

            return replace(s, seats=kept + seats)

        self._apply(change, replace_seats, seats, self.rounds)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)
