"""Undoable changes to a table's items (``QUndoStack``: Ctrl+Z / Ctrl+Shift+Z).

Each command sends a core call to the database worker, which runs jobs one
at a time in order: an undo typed before its "add" has finished still finds
the new item's id, because the add job records it before the undo job runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from katalyze.capture import service
from katalyze.capture.drafts import DraftKey
from katalyze.db import Database

CONTEXT = "AtelierCommands"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ChangeRunner(Protocol):
    db: Database

    def run_change(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None: ...


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AddItemCommand(QUndoCommand):
    def __init__(
        self,
        runner: ChangeRunner,
        project_id: int,
        round: int,
        kind: str,
        text: str,
        fields: dict[str, Any],
        draft: DraftKey | None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AtelierCommands", "add “%1”").replace("%1", _short(text))
        )
        self._runner = runner
        self._args = (project_id, round, kind, text)
        self._fields = dict(fields)
        self._draft = draft
        self.item_id: int | None = None

    def redo(self) -> None:
        if self.item_id is None:
            self._runner.run_change(self._add)
        else:
            self._runner.run_change(self._restore)

    def undo(self) -> None:
        self._runner.run_change(self._delete)

    # Run on the worker thread, in order.
    def _add(self) -> service.ItemInfo:
        info = service.add_item(self._runner.db, *self._args, draft=self._draft, **self._fields)
        self.item_id = info.id
        self._draft = None
        return info

    def _restore(self) -> service.ItemInfo | None:
        return None if self.item_id is None else service.restore_item(self._runner.db, self.item_id)

    def _delete(self) -> service.ItemInfo | None:
        return None if self.item_id is None else service.delete_item(self._runner.db, self.item_id)


class EditItemCommand(QUndoCommand):
    def __init__(
        self,
        runner: ChangeRunner,
        before: service.ItemInfo,
        after: dict[str, Any],
        draft: DraftKey | None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AtelierCommands", "edit “%1”").replace(
                "%1", _short(before.text)
            )
        )
        self._runner = runner
        self._id = before.id
        self._before = before.fields()
        self._after = {**self._before, **after}
        self._draft = draft

    def redo(self) -> None:
        draft, self._draft = self._draft, None
        self._runner.run_change(
            service.update_item, self._runner.db, self._id, draft=draft, **self._after
        )

    def undo(self) -> None:
        self._runner.run_change(service.update_item, self._runner.db, self._id, **self._before)


class DeleteItemCommand(QUndoCommand):
    def __init__(self, runner: ChangeRunner, item: service.ItemInfo) -> None:
        super().__init__(
            QCoreApplication.translate("AtelierCommands", "delete “%1”").replace(
                "%1", _short(item.text)
            )
        )
        self._runner = runner
        self._id = item.id

    def redo(self) -> None:
        self._runner.run_change(service.delete_item, self._runner.db, self._id)

    def undo(self) -> None:
        self._runner.run_change(service.restore_item, self._runner.db, self._id)


class MoveItemCommand(QUndoCommand):
    """Move an item one place up or down among the items of its kind.

    The neighbour is looked up on the worker when the move runs, not from
    what the screen showed: two quick Alt+Up presses move the item twice even
    if the list had not been redrawn in between.
    """

    def __init__(self, runner: ChangeRunner, item: service.ItemInfo, step: int) -> None:
        super().__init__(
            QCoreApplication.translate("AtelierCommands", "move “%1”").replace(
                "%1", _short(item.text)
            )
        )
        self._runner = runner
        self._id = item.id
        self._step = step
        self._old: int | None = None
        self._new: int | None = None

    def redo(self) -> None:
        self._runner.run_change(self._move)

    def undo(self) -> None:
        self._runner.run_change(self._back)

    def _move(self) -> list[service.ItemInfo] | None:
        db = self._runner.db
        if self._new is not None:
            return service.move_item(db, self._id, self._new)
        item = service.get_item(db, self._id)
        same_kind = [
            i for i in service.list_items(db, item.project_id, item.round) if i.kind == item.kind
        ]
        index = next(n for n, i in enumerate(same_kind) if i.id == item.id)
        target = index + self._step
        if not 0 <= target < len(same_kind):
            self._old = self._new = item.position
            return None
        self._old, self._new = item.position, same_kind[target].position
        return service.move_item(db, self._id, self._new)

    def _back(self) -> list[service.ItemInfo] | None:
        if self._old is None:
            return None
        return service.move_item(self._runner.db, self._id, self._old)


class VoteCommand(QUndoCommand):
    def __init__(self, runner: ChangeRunner, item: service.ItemInfo, delta: int) -> None:
        label = (
            QCoreApplication.translate("AtelierCommands", "vote for “%1”")
            if delta > 0
            else QCoreApplication.translate("AtelierCommands", "remove a vote from “%1”")
        )
        super().__init__(label.replace("%1", _short(item.text)))
        self._runner = runner
        self._id = item.id
        self._delta = delta
        # A vote taken from an idea with none changes nothing: its undo must not add one.
        self._effective = delta if delta > 0 else -min(-delta, item.votes)

    def redo(self) -> None:
        if self._effective:
            self._runner.run_change(service.vote, self._runner.db, self._id, self._effective)

    def undo(self) -> None:
        if self._effective:
            self._runner.run_change(service.vote, self._runner.db, self._id, -self._effective)
