"""Finding a person on the board: the search box highlights everyone whose
name (or organisation) matches and scrolls to the first; Enter goes on to the
next. Folded like every search of the app: "lefevre" finds "Lefèvre"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from katalyze.text import fold
from ui.repartition.board_model import Roles

if TYPE_CHECKING:
    from ui.repartition.screen import RepartitionScreen


class BoardSearch:
    """Mixin of :class:`~ui.repartition.screen.RepartitionScreen`."""

    _matches: list[int]
    _match_at: int

    def _on_search_changed(self: RepartitionScreen, text: str) -> None:
        self._match_at = 0
        self._find(text)

    def _on_search_next(self: RepartitionScreen) -> None:
        if self._matches:
            self._match_at = (self._match_at + 1) % len(self._matches)
            self._show_match()

    def _find(self: RepartitionScreen, text: str) -> None:
        key = fold(text)
        matches: list[int] = []
        if key:
            rows = sorted(self.model.rows(), key=lambda r: fold(r.person.name))
            for row in rows:
                p = row.person
                if key in fold(p.name) or key in fold(p.name).replace(" ", ""):
                    matches.append(p.id)
            if not matches:
                matches = [r.person.id for r in rows if key in fold(r.person.organisation)]
        self._matches = matches
        self._match_at = min(self._match_at, max(0, len(matches) - 1))
        self.model.set_found(frozenset(matches))
        label = self.board_tools.found
        if not key:
            label.setText("")
        elif not matches:
            label.setText(self.tr("nobody"))
        self._show_match()

    def found_ids(self: RepartitionScreen) -> list[int]:
        """The people the search box found, in the order Enter visits them."""
        return list(self._matches)

    def _show_match(self: RepartitionScreen) -> None:
        if not self._matches:
            return
        pid = self._matches[self._match_at]
        self.board_tools.found.setText(f"{self._match_at + 1} / {len(self._matches)}")
        row = self.model.row_of(pid)
        if row is None:
            return
        if row.project_id is None:
            view = self.unseated_view
        else:
            card = self.board_area.show_card(row.project_id)
            if card is None:
                return
            view = card.view
        proxy = view.proxy()
        for r in range(proxy.rowCount()):
            index = proxy.index(r, 0)
            if index.data(Roles.ParticipantId) == pid:
                view.scrollTo(index)
                if view is not self.unseated_view:
                    rect = view.visualRect(index)
                    self.board_area.ensureVisible(
                        0, view.mapTo(self.board_area.widget(), rect.center()).y(), 20, 40
                    )
                break
