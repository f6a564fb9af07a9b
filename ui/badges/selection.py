"""Who is chosen in the Badges list: the selection (kept across reloads), the
search and the cancelled-registrations filter, the quick-select buttons and
the "who" choice they keep in step with (the counts they change are written
by the screen's ``_update_texts``).

A mixin of :class:`ui.badges.screen.BadgesScreen`.

Its strings keep the screen's translation context, ``BadgesScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from katalyze.badges.overview import BadgeStatus
from ui.badges.model import Column, ParticipantIdRole
from ui.badges.options import SELECTION


class BadgeSelection:
    """The selection and the list's filters."""

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(Column.LAST_NAME)
        return [int(index.data(ParticipantIdRole)) for index in rows]

    def _selected_badges(self) -> list[BadgeStatus]:
        rows = self.table.selectionModel().selectedRows(Column.LAST_NAME)
        return [self.model.rows[self.proxy.mapToSource(index).row()] for index in rows]

    def _select_ids(self, ids: list[int]) -> None:
        """Select these people (those the list shows), in one selection change."""
        row_of = {badge.participant_id: row for row, badge in enumerate(self.model.rows)}
        wanted = QItemSelection()
        first = None
        for pid in ids:
            row = row_of.get(pid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():  # hidden: a cancelled registration or the search
                continue
            wanted.select(index, index)
            first = first or index
        self.table.selectionModel().select(
            wanted,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if first is not None:
            self.table.scrollTo(first)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_texts()

    def _on_find_shortcut(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_table_selection_changed(self, *_args: object) -> None:
        if self.selected_ids() and not self.selection_radio.isChecked():
            self.selection_radio.setChecked(True)
        self._update_texts()

    def _on_table_double_clicked(self, *_args: object) -> None:
        self.selection_radio.setChecked(True)
        self.generate()

    def _on_who_toggled(self, button_id: int, checked: bool) -> None:
        if checked and button_id != SELECTION:
            self.table.selectionModel().clearSelection()
        self._update_texts()

    def _on_layout_changed(self, _index: int) -> None:
        self._update_texts()

    def _on_select_unprinted_clicked(self) -> None:
        if self.overview is None:
            return
        ids = [b.participant_id for b in self.overview.badges if b.printed_at is None]
        self._select_ids([i for i in ids if not self._cancelled(i)])
        self.selection_radio.setChecked(True)
        self._update_texts()

    def _on_select_all_clicked(self) -> None:
        self.table.selectAll()  # the rows shown: never the hidden cancelled ones
        self.table.setFocus()

    def _on_show_cancelled_toggled(self, show: bool) -> None:
        self.proxy.set_show_cancelled(show)
        # Hidden rows leave the selection without a selectionChanged signal.
        self._update_texts()

    def _cancelled(self, participant_id: int) -> bool:
        row = self.model.row_of(participant_id)
        badge = self.model.row_at(row)
        return bool(badge and badge.cancelled)
