"""Undoable changes to participants (edits, cancellations), saved through the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from katalyze.participants import (
    ParticipantDraft,
    ParticipantInfo,
    set_cancelled,
    update_participant,
)
from ui.context import EventContext

ErrorFn = Callable[[str], None]
SavedFn = Callable[[ParticipantInfo], None]


class _SavedCommand(QUndoCommand):
    """A change whose redo/undo each run one core call on the worker."""

    def __init__(
        self,
        ctx: EventContext,
        text: str,
        on_error: ErrorFn,
        *,
        done: bool,
        on_saved: SavedFn | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._on_error = on_error
        self._on_saved = on_saved
        self._skip_first_redo = done  # the change was already saved before the push

    def _run(self, fn: Callable[..., object], *args: object) -> None:
        self.ctx.worker.submit(
            fn,
            self.ctx.db,
            *args,
            on_done=self._saved,
            on_error=self._on_error,
        )

    def _saved(self, info: ParticipantInfo) -> None:
        if self._on_saved is not None:
            self._on_saved(info)
        self.ctx.signals.participants_changed.emit()

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        self.revert()


class EditParticipantCommand(_SavedCommand):
    def __init__(
        self,
        ctx: EventContext,
        participant_id: int,
        before: ParticipantDraft,
        after: ParticipantDraft,
        text: str,
        on_error: ErrorFn,
        on_saved: SavedFn | None = None,
    ) -> None:
        super().__init__(ctx, text, on_error, done=True, on_saved=on_saved)
        self.participant_id, self.before, self.after = participant_id, before, after

    def apply(self) -> None:
        self._run(update_participant, self.participant_id, self.after)

    def revert(self) -> None:
        self._run(update_participant, self.participant_id, self.before)


class CancelParticipantCommand(_SavedCommand):
    """Cancel (``cancelled=True``) or restore a registration."""

    def __init__(
        self,
        ctx: EventContext,
        participant_id: int,
        cancelled: bool,
        text: str,
        on_error: ErrorFn,
        on_saved: SavedFn | None = None,
    ) -> None:
        super().__init__(ctx, text, on_error, done=False, on_saved=on_saved)
        self.participant_id, self.cancelled = participant_id, cancelled

    def apply(self) -> None:
        self._run(set_cancelled, self.participant_id, self.cancelled)

    def revert(self) -> None:
        self._run(set_cancelled, self.participant_id, not self.cancelled)
