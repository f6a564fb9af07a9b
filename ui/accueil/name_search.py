"""Finding people by name as the volunteer types: the in-memory index
(rebuilt on the worker when participants change), the list of matches, and
the keys that move through it and check the chosen person in.

A mixin of :class:`ui.accueil.screen.AccueilScreen`.

Its strings keep the screen's translation context, ``AccueilScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from katalyze.checkin.codes import looks_like_code
from ui.accueil import jobs

SEARCH_LIMIT = 8


class NameSearch:
    """The name index and the matches under the field."""

    def reload_index(self) -> None:
        self.ctx.worker.submit(jobs.load_index, self.ctx.db, on_done=self._on_index_loaded)

    def _on_index_loaded(self, loaded: jobs.IndexData) -> None:
        self.index, self.roles, self.projects = loaded.index, loaded.roles, loaded.projects
        self.field.recognizer.tag = self.watcher.recognizer.tag = loaded.tag
        if self.field.text().strip():
            self._on_field_search_requested(self.field.text())
        self.index_ready.emit()

    def _on_signals_participants_changed(self) -> None:
        self._index_timer.start()

    def _on_index_timer_timeout(self) -> None:
        self.reload_index()

    def _on_field_search_requested(self, text: str) -> None:
        self._show_matches(text)

    def _show_matches(self, text: str) -> None:
        if not text.strip():
            if self.matches.rowCount() or self.lists.currentIndex() != 0 or self.hint.text():
                self.matches.set_matches([])
                self.lists.setCurrentIndex(0)
                self.hint.setText("")
            self.search_shown.emit(text)
            return
        found = self.index.search(text, SEARCH_LIMIT) if self.index is not None else []
        self.matches.set_matches(found)
        self.lists.setCurrentIndex(1)
        if found:
            self.results.setCurrentIndex(self.matches.index(0, 0))
            self.hint.setText(
                QCoreApplication.translate(
                    "AccueilScreen", "Enter or click checks the selected person in."
                )
            )
        elif looks_like_code(text):
            self.hint.setText(
                QCoreApplication.translate("AccueilScreen", "Enter checks this badge code in.")
            )
        elif self.index is None:
            self.hint.setText(
                QCoreApplication.translate("AccueilScreen", "Loading the participant list…")
            )
        else:
            self.hint.setText(
                QCoreApplication.translate("AccueilScreen", "Nobody found. Walk-in? Press Ctrl+N.")
            )
        self.search_shown.emit(text)

    def _on_field_enter_pressed(self) -> None:
        text = self.field.text()
        if looks_like_code(text):
            self.check_in_code(text)
            return
        match = self.matches.match_at(self.results.currentIndex().row())
        if match is not None and self.lists.currentIndex() == 1:
            self.check_in_person(match.participant.id)

    def _on_field_moved(self, step: int) -> None:
        count = self.matches.rowCount()
        if not count or self.lists.currentIndex() != 1:
            return
        row = min(max(self.results.currentIndex().row() + step, 0), count - 1)
        self.results.setCurrentIndex(self.matches.index(row, 0))

    def _on_field_cleared(self) -> None:
        self._show_matches("")

    def _on_results_clicked(self, index) -> None:
        match = self.matches.match_at(index.row())
        if match is not None:
            self.check_in_person(match.participant.id)
        self.refocus()
