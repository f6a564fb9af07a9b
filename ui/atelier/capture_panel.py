"""Live capture at one table: the project, who is seated, the items by kind,
the synthesis. Keyboard first; nothing to save by hand.

Durability: an item entered with Enter is committed by the worker at once;
what is still being typed (the entry line and its fields, the synthesis) is
saved ``DEBOUNCE_MS`` after the last keystroke and never later than
``MAX_WAIT_MS`` after the first unsaved one. The laptop remembers its table
and round (and whether it is locked to that table) in its own settings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QWidget,
)

from katalyze.capture import service
from katalyze.capture.drafts import DraftKey, save_draft
from katalyze.capture.service import ItemInfo, TableView
from katalyze.projects import ProjectInfo
from katalyze.vocabulary import ITEM_KINDS
from ui.atelier.autosave import Debouncer, submit_for
from ui.atelier.capture_layout import MAX_ROUNDS, CaptureLayout
from ui.atelier.item_actions import ItemActions
from ui.atelier.loading import TableState, load_choices, load_table_state, station_name
from ui.atelier.models import ItemColumn
from ui.context import EventContext

POLL_MS = 15_000


class CapturePanel(CaptureLayout, ItemActions, QWidget):
    """One table and round at a time; see the module doc."""

    table_opened = Signal(int, int)  # project_id, round
    saved = Signal(str)  # what was saved: "item", "draft", "synthesis"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.station = station_name(ctx)
        self._event_key = hashlib.sha1(ctx.db.url.encode()).hexdigest()[:12]
        self._projects: list[ProjectInfo] = []
        self._key: DraftKey | None = None
        self._loading = False
        self._loaded = False
        self._focus_item_id: int | None = None
        self._item_reload_pending = False
        self.undo_stack = QUndoStack(self)
        self._draft_saver = Debouncer(self)
        self._draft_saver.fired.connect(self._on_draft_saver_fired)
        self._synthesis_saver = Debouncer(self)
        self._synthesis_saver.fired.connect(self._on_synthesis_saver_fired)
        self._build()
        self._connect()
        # Another scribe's laptop may write at the same table: look now and then.
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._poll.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # --- layout -------------------------------------------------------------

    def _connect(self) -> None:
        self.table_combo.currentIndexChanged.connect(self._on_table_combo_index_changed)
        self.round_spin.valueChanged.connect(self._on_round_spin_value_changed)
        self.lock_check.toggled.connect(self._on_lock_check_toggled)
        self.entry.submitted.connect(self._on_entry_submitted)
        self.entry.content_changed.connect(self._on_entry_content_changed)
        self.entry.cancel_edit_requested.connect(self._on_entry_cancel_edit_requested)
        self.entry.focus_list_requested.connect(self.focus_items)
        self.items_view.edit_requested.connect(self._on_items_edit_requested)
        self.items_view.doubleClicked.connect(self._on_items_double_clicked)
        self.items_view.delete_requested.connect(self._on_items_delete_requested)
        self.items_view.move_requested.connect(self._on_items_move_requested)
        self.items_view.vote_requested.connect(self._on_items_vote_requested)
        self.items_view.escape_pressed.connect(self.focus_entry)
        self.synthesis_edit.textChanged.connect(self._on_synthesis_text_changed)
        self.synthesis_edit.escape_pressed.connect(self.focus_entry)
        self.ctx.signals.items_changed.connect(self._on_signals_items_changed)
        self.ctx.signals.seats_changed.connect(self._on_signals_seats_changed)
        self.ctx.signals.projects_changed.connect(self._on_signals_projects_changed)
        self.ctx.signals.participants_changed.connect(self._on_signals_seats_changed)
        self.ctx.signals.event_changed.connect(self._on_signals_seats_changed)

    # --- settings (per laptop, per event) -----------------------------------

    def _setting(self, name: str, default: Any = None) -> Any:
        return self.ctx.settings.value(f"atelier/{self._event_key}/{name}", default)

    def _set_setting(self, name: str, value: Any) -> None:
        self.ctx.settings.setValue(f"atelier/{self._event_key}/{name}", value)
        self.ctx.settings.sync()  # a crash right after must not forget the table

    # --- public -------------------------------------------------------------

    @property
    def key(self) -> DraftKey | None:
        return self._key

    @property
    def locked(self) -> bool:
        return self.lock_check.isChecked()

    def load(self) -> None:
        """(Re)load the list of tables, then the chosen table."""
        submit_for(
            self,
            self.ctx.worker,
            load_choices,
            self.db,
            on_done=self._on_choices_loaded,
            on_error=self._show_error,
        )

    def show_table(self, project_id: int, round: int | None = None) -> bool:
        """Open a table (refused while the laptop is locked to another one)."""
        if self.locked and self._key is not None and self._key.project_id != project_id:
            self._show_error(
                self.tr(
                    "This laptop is locked to its table: untick “Lock this laptop to this table” first."
                )
            )
            return False
        index = self.table_combo.findData(project_id)
        if index < 0:
            return False
        if round is not None:
            self.round_spin.blockSignals(True)
            self.round_spin.setValue(round)
            self.round_spin.blockSignals(False)
        if self.table_combo.currentIndex() != index:
            self.table_combo.setCurrentIndex(index)
        else:
            self._open_current()
        return True

    def focus_entry(self) -> None:
        self.entry.line.setFocus()

    def focus_items(self) -> None:
        self.items_view.setFocus()
        if (
            not self.items_view.currentIndex().isValid()
            or self.items_model.item_at(self.items_view.currentIndex()) is None
        ):
            first = next(iter(self.items_model.items()), None)
            if first is not None:
                self._select_item(first.id)

    def focus_synthesis(self) -> None:
        self.synthesis_edit.setFocus()

    def flush(self) -> None:
        """Send whatever is typed but not saved yet (switching table, closing)."""
        self._draft_saver.flush()
        self._synthesis_saver.flush()

    def selected_item(self) -> ItemInfo | None:
        return self.items_model.item_at(self.items_view.currentIndex())

    # --- loading --------------------------------------------------------------

    def _on_choices_loaded(self, result: tuple[list[ProjectInfo], int]) -> None:
        projects, rounds = result
        self._projects = projects
        current = self._key.project_id if self._key else None
        remembered = self._setting("project_id")
        try:
            remembered = int(remembered) if remembered not in (None, "") else None
        except (TypeError, ValueError):
            remembered = None
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for p in projects:
            self.table_combo.addItem(
                self.tr("Table %1 — %2").replace("%1", p.table).replace("%2", p.title), p.id
            )
        self.table_combo.blockSignals(False)
        self.round_spin.blockSignals(True)
        self.round_spin.setMaximum(max(MAX_ROUNDS, rounds))
        if not self._loaded:
            try:
                self.round_spin.setValue(int(self._setting("round", 1) or 1))
            except (TypeError, ValueError):
                self.round_spin.setValue(1)
        self.round_spin.blockSignals(False)
        self.lock_check.blockSignals(True)
        self.lock_check.setChecked(str(self._setting("locked", "false")).lower() == "true")
        self.lock_check.blockSignals(False)
        self._apply_lock()
        if not projects:
            self.project_label.setText(
                self.tr("No table yet: create the projects in Preparation first.")
            )
            self.entry.setEnabled(False)
            return
        self.entry.setEnabled(True)
        target = current or remembered
        index = self.table_combo.findData(target) if target is not None else -1
        self.table_combo.blockSignals(True)
        self.table_combo.setCurrentIndex(max(0, index))
        self.table_combo.blockSignals(False)
        self._loaded = True
        self._open_current()

    def _open_current(self) -> None:
        project_id = self.table_combo.currentData()
        if project_id is None:
            return
        new_key = DraftKey(self.station, int(project_id), int(self.round_spin.value()))
        if new_key != self._key:
            self.flush()
            if self._key is not None:
                self.undo_stack.clear()
            self._key = new_key
        self._set_setting("project_id", new_key.project_id)
        self._set_setting("round", new_key.round)
        submit_for(
            self,
            self.ctx.worker,
            load_table_state,
            self.db,
            new_key,
            on_done=self._on_table_loaded,
            on_error=self._show_error,
        )

    def _on_table_loaded(self, state: TableState) -> None:
        if state.key != self._key:
            return  # the scribe has moved on meanwhile
        view = state.view
        people = [f"<b>{_esc(view.title)}</b>"]
        details = []
        if view.holder:
            details.append(self.tr("holder: %1").replace("%1", _esc(view.holder)))
        if view.lead_organisation:
            details.append(_esc(view.lead_organisation))
        details.append(
            self.tr("round %1 of %2").replace("%1", str(view.round)).replace("%2", str(view.rounds))
        )
        people.append(
            "<span style='font-weight:normal;font-size:11pt;color:#51606f'>"
            + " · ".join(details)
            + "</span>"
        )
        self.project_label.setText(
            self.tr("Table %1").replace("%1", _esc(view.table)) + " — " + "  ".join(people)
        )
        self.seated_model.set_people(view.seated)
        self.seated_label.setText(
            self.tr("Seated this round (%1)").replace("%1", str(len(view.seated)))
            if view.seated
            else self.tr("Nobody is seated here this round yet (placement not done)")
        )
        self.entry.event_date = view.event_date
        self.entry.set_people(list(view.seated), state.others)
        self._set_items(state.items)
        self._loading = True
        self.synthesis_edit.setPlainText(state.synthesis.text)
        self._loading = False
        self.entry.clear()
        if state.draft is not None:
            content = state.draft.content
            editing = content.get("editing")
            item = next((i for i in state.items if i.id == editing), None)
            if item is not None:
                self.entry.begin_edit(item, draft=content)
            else:
                self.entry.restore(content)
        self._draft_saver.cancel()
        self._loading = False
        self._hide_error()
        self._set_saved_text(self.tr("Everything is saved"))
        self.table_opened.emit(state.key.project_id, state.key.round)

    def _reload_items(self) -> None:
        if self._key is None or self._item_reload_pending:
            return
        self._item_reload_pending = True
        key = self._key

        def done(items: list[ItemInfo]) -> None:
            self._item_reload_pending = False
            if key == self._key:
                self._set_items(items)

        def failed(message: str) -> None:
            self._item_reload_pending = False
            self._show_error(message)

        submit_for(
            self,
            self.ctx.worker,
            service.list_items,
            self.db,
            key.project_id,
            key.round,
            on_done=done,
            on_error=failed,
        )

    def _set_items(self, items: list[ItemInfo]) -> None:
        by_id = sorted(items, key=lambda i: i.id)
        if by_id == sorted(self.items_model.items(), key=lambda i: i.id) and (
            self._focus_item_id is None
        ):
            return  # nothing changed (a poll): keep the scroll position and selection
        if self._focus_item_id is None and self.items_model.append_new(items):
            # Only new items (the room's phones): added in place; a kind that
            # was empty has just become expandable.
            for kind in ITEM_KINDS:
                self.items_view.expand(self.items_model.group_index(kind))
            return
        current = self.selected_item()
        keep = self._focus_item_id or (current.id if current else None)
        self.items_model.set_items(items)
        self.items_view.expandAll()
        if self.items_view.header().sectionSize(ItemColumn.WHO) < 60:
            self.items_view.header().resizeSection(ItemColumn.WHO, 150)
        for row in range(self.items_model.rowCount()):
            self.items_view.setFirstColumnSpanned(row, QModelIndex(), True)
        if keep is not None and self.items_model.index_of(keep).isValid():
            self._select_item(keep, focus=False)
            if self._focus_item_id is not None:
                self.items_view.scrollTo(self.items_model.index_of(keep))
        self._focus_item_id = None

    def _select_item(self, item_id: int, *, focus: bool = True) -> None:
        index = self.items_model.index_of(item_id)
        if not index.isValid():
            return
        self.items_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.items_view.scrollTo(index)

    # --- changes ---------------------------------------------------------------

    def _on_entry_content_changed(self) -> None:
        if not self._loading and self._key is not None:
            self._set_saved_text(self.tr("Typing…"))
            self._draft_saver.poke()

    def _on_draft_saver_fired(self) -> None:
        if self._key is None:
            return
        content: dict[str, Any] | None = self.entry.draft_content()
        if self.entry.is_blank() and self.entry.editing is None:
            # The line cleared by Enter is no draft (its status and category are
            # only the defaults): saving None removes the draft, even when this
            # timer fires late on a busy laptop.
            content = None
        submit_for(
            self,
            self.ctx.worker,
            save_draft,
            self.db,
            self._key,
            content,
            on_done=lambda _r: self._note_saved("draft"),
            on_error=self._show_error,
        )

    def _on_synthesis_text_changed(self) -> None:
        if not self._loading and self._key is not None:
            self._set_saved_text(self.tr("Typing…"))
            self._synthesis_saver.poke()

    def _on_synthesis_saver_fired(self) -> None:
        if self._key is None:
            return
        submit_for(
            self,
            self.ctx.worker,
            service.save_synthesis,
            self.db,
            self._key.project_id,
            self._key.round,
            self.synthesis_edit.toPlainText(),
            on_done=lambda _r: self._note_saved("synthesis"),
            on_error=self._show_error,
        )

    def _on_f6_pressed(self) -> None:
        focus = self.focusWidget()
        if focus is self.entry.line or (focus is not None and self.entry.isAncestorOf(focus)):
            self.focus_items()
        elif focus is self.items_view:
            self.focus_synthesis()
        else:
            self.focus_entry()

    # --- table choice -----------------------------------------------------------

    def _on_table_combo_index_changed(self, _index: int) -> None:
        self._open_current()

    def _on_round_spin_value_changed(self, _value: int) -> None:
        self._open_current()

    def _on_lock_check_toggled(self, checked: bool) -> None:
        self._set_setting("locked", "true" if checked else "false")
        self._apply_lock()

    def _apply_lock(self) -> None:
        self.table_combo.setEnabled(not self.locked)
        self.table_combo.setToolTip(
            self.tr("Locked: untick “Lock this laptop to this table” to change")
            if self.locked
            else ""
        )

    # --- signals from elsewhere ---------------------------------------------------

    def _on_poll_timeout(self) -> None:
        if self.isVisible() and self._loaded:
            self._reload_items()

    def _on_signals_items_changed(self, projects: frozenset[int] | None = None) -> None:
        if projects is not None and self._key is not None and self._key.project_id not in projects:
            return  # another table's items (a phone there): nothing to read here
        self._reload_items()

    def _on_signals_seats_changed(self) -> None:
        if self._key is not None and self._loaded:
            key = self._key

            def done(view: TableView) -> None:
                if key == self._key:
                    self.entry.set_event_date(view.event_date)
                    self.seated_model.set_people(view.seated)
                    self.seated_label.setText(
                        self.tr("Seated this round (%1)").replace("%1", str(len(view.seated)))
                    )

            submit_for(
                self,
                self.ctx.worker,
                service.table_view,
                self.db,
                key.project_id,
                key.round,
                on_done=done,
            )

    def _on_signals_projects_changed(self) -> None:
        if self._loaded:
            self.load()

    # --- feedback ---------------------------------------------------------------

    def _note_saved(self, what: str) -> None:
        self._set_saved_text(
            self.tr("✓ Saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
        )
        self.saved.emit(what)

    def _set_saved_text(self, text: str) -> None:
        self.save_label.setText(text)

    def _show_error(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def _hide_error(self) -> None:
        self.message_label.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
