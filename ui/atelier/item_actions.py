"""What the scribe does to items — add, edit, delete, move, vote — as undoable
commands run on the database worker (mixed into the capture panel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

from katalyze.capture.service import ItemInfo
from ui.atelier.autosave import submit_for
from ui.atelier.commands import (
    AddItemCommand,
    DeleteItemCommand,
    EditItemCommand,
    MoveItemCommand,
    VoteCommand,
)


class ItemActions:
    """Needs from the panel: ``ctx``, ``db``, ``undo_stack``, ``entry``,
    ``items_model``, ``items_view``, ``selected_item``, ``_key``,
    ``_draft_saver``, ``_focus_item_id``, ``_select_item``, ``_note_saved``,
    ``_show_error``, ``_hide_error``, ``_set_saved_text``, ``focus_entry``."""

    def run_change(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        """Run one item change on the worker; refresh everyone when it is saved."""
        self._set_saved_text(QCoreApplication.translate("CapturePanel", "Saving…"))
        submit_for(
            self,
            self.ctx.worker,
            fn,
            *args,
            on_done=self._on_change_done,
            on_error=self._on_change_failed,
            **kwargs,
        )

    def _on_change_done(self, result: Any) -> None:
        if isinstance(result, ItemInfo) and not result.deleted:
            self._focus_item_id = result.id
        self._note_saved("item")
        self.ctx.signals.items_changed.emit(None)

    def _on_change_failed(self, message: str) -> None:
        self._show_error(message)
        self.ctx.signals.items_changed.emit(None)

    def _on_entry_submitted(self) -> None:
        if self._key is None:
            return
        text = self.entry.line.text().strip()
        editing = self.entry.editing
        if not text and editing is None:
            return
        parsed = self.entry.parsed()
        if parsed.errors or not parsed.text:
            self._show_error(
                parsed.errors[0]
                if parsed.errors
                else QCoreApplication.translate("CapturePanel", "Type the item's text first.")
            )
            return
        self._hide_error()
        self._draft_saver.cancel()
        key = self._key
        if editing is not None:
            after = {
                "kind": parsed.kind,
                "text": parsed.text,
                "category": parsed.category or (editing.category if parsed.kind == "need" else ""),
                "participant_id": parsed.participant_id,
                "responsible_id": parsed.responsible_id,
                "responsible_text": parsed.responsible_text,
                "due": parsed.due,
                "status": parsed.status or "todo",
            }
            self.undo_stack.push(EditItemCommand(self, editing, after, key))
        else:
            self.undo_stack.push(
                AddItemCommand(
                    self, key.project_id, key.round, parsed.kind, parsed.text, parsed.fields(), key
                )
            )
        self.entry.clear()
        self.focus_entry()

    def _on_entry_cancel_edit_requested(self) -> None:
        item = self.entry.editing
        self.entry.clear()
        self._draft_saver.poke()
        if item is not None:
            self._select_item(item.id)
            self.items_view.setFocus()

    def _on_items_edit_requested(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.entry.begin_edit(item)

    def _on_items_double_clicked(self, index: QModelIndex) -> None:
        item = self.items_model.item_at(index)
        if item is not None:
            self.entry.begin_edit(item)

    def _on_items_delete_requested(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        following = self.items_model.neighbour(item.id, 1) or self.items_model.neighbour(
            item.id, -1
        )
        self._focus_item_id = following.id if following else None
        self.undo_stack.push(DeleteItemCommand(self, item))

    def _on_items_move_requested(self, step: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        self._focus_item_id = item.id
        self.undo_stack.push(MoveItemCommand(self, item, step))

    def _on_items_vote_requested(self, delta: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.kind != "idea":
            self._show_error(
                QCoreApplication.translate("CapturePanel", "Votes are for ideas only.")
            )
            return
        if delta < 0 and item.votes == 0:
            return
        self.undo_stack.push(VoteCommand(self, item, delta))
