"""Suivi's undo and redo (Ctrl+Z, Ctrl+Shift+Z): a slip is easy when a
volunteer updates thirty actions after a steering committee.

A write is made first; once it has succeeded, a command that knows its
inverse (from :mod:`katalyze.followup.undo`) is pushed, so its first
``redo`` is the write already made. Undo and redo are core calls on the
database worker, like every write of the screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from katalyze.followup import service
from katalyze.followup.data import ActionRow, MeetingRow, PledgeRow
from katalyze.followup.undo import delete_meeting, restore_meeting, undo_update

if TYPE_CHECKING:
    from ui.suivi.screen import SuiviScreen

Call = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]


def call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Call:
    return fn, args, kwargs


class WriteCommand(QUndoCommand):
    """A write already made, with the calls that take it back and make it again."""

    def __init__(
        self,
        screen: SuiviScreen,
        text: str,
        undo: Call,
        redo: Call,
        redone: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.screen, self.undo_call, self.redo_call = screen, undo, redo
        self.redone = redone  # what the redo returned (a new note's number...)
        self._made = True  # the first redo() is the write already made

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        fn, args, kwargs = self.redo_call
        self.screen.write_again(fn, *args, then=self.redone, **kwargs)

    def undo(self) -> None:
        fn, args, kwargs = self.undo_call
        self.screen.write_again(fn, *args, **kwargs)


def update_command(
    screen: SuiviScreen, before: ActionRow, result: ActionRow, status: str, note: str, on: dt.date
) -> WriteCommand | None:
    """Undo of an action's update: its note goes, its status comes back."""
    added = [n.id for n in result.notes if n.id not in {m.id for m in before.notes}]
    if not added:
        return None
    command = WriteCommand(
        screen,
        QCoreApplication.translate("SuiviScreen", "update of “%1”").replace(
            "%1", _short(before.text)
        ),
        call(undo_update, added[0], before.status),
        call(service.update_action, before.id, status=status, note=note, on=on),
    )

    def redone(row: ActionRow) -> None:  # the update made again has a new note
        command.undo_call = call(undo_update, max(n.id for n in row.notes), before.status)

    command.redone = redone
    return command


def note_command(screen: SuiviScreen, note_id: int, before: str, after: str) -> WriteCommand:
    """Undo of a corrected note: its text before comes back."""
    return WriteCommand(
        screen,
        QCoreApplication.translate("SuiviScreen", "note corrected “%1”").replace(
            "%1", _short(after or before)
        ),
        call(service.edit_note, note_id, before),
        call(service.edit_note, note_id, after),
    )


def plan_command(screen: SuiviScreen, result: MeetingRow) -> WriteCommand:
    return WriteCommand(
        screen,
        QCoreApplication.translate("SuiviScreen", "meeting planned"),
        call(delete_meeting, result.id),
        call(restore_meeting, result),
    )


def record_command(
    screen: SuiviScreen, before: MeetingRow | None, result: MeetingRow
) -> WriteCommand:
    undo = call(restore_meeting, before) if before else call(delete_meeting, result.id)
    return WriteCommand(
        screen,
        QCoreApplication.translate("SuiviScreen", "meeting recorded"),
        undo,
        call(restore_meeting, result),
    )


def rhythm_command(
    screen: SuiviScreen, project_id: int, before: int, months: int
) -> WriteCommand | None:
    if before == months:
        return None
    return WriteCommand(
        screen,
        QCoreApplication.translate("SuiviScreen", "rhythm of the meetings"),
        call(service.set_rhythm, project_id, before),
        call(service.set_rhythm, project_id, months),
    )


def outcome_command(
    screen: SuiviScreen, before: PledgeRow, outcome: str, by: str, on: dt.date
) -> WriteCommand:
    return WriteCommand(
        screen,
        QCoreApplication.translate("SuiviScreen", "outcome of “%1”").replace(
            "%1", _short(before.text)
        ),
        call(
            service.set_outcome,
            before.id,
            before.outcome,
            by=before.by,
            by_participant_id=before.by_id,  # a participant stays one, not a name
            on=before.on,
            note=before.note,
        ),
        call(service.set_outcome, before.id, outcome, by=by, on=on),
    )


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
