"""The board: table cards in a grid that reflows with the width, in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from ui.repartition.cards import TableCard

CARD_MIN_WIDTH = 300


class BoardArea(QScrollArea):
    """Holds the table cards; as many columns as the width allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget(self)
        self._inner.setObjectName("boardInner")
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(8, 8, 8, 8)
        self._grid.setSpacing(10)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self._cards: list[TableCard] = []
        self._columns = 0
        self.viewport().installEventFilter(self)
        self._reflow_timer = QTimer(self)
        self._reflow_timer.setSingleShot(True)
        self._reflow_timer.setInterval(0)
        self._reflow_timer.timeout.connect(self._reflow)

    def cards(self) -> list[TableCard]:
        return list(self._cards)

    def set_cards(self, cards: list[TableCard]) -> None:
        for card in self._cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self._cards = cards
        for card in cards:
            card.setParent(self._inner)
        self._columns = 0
        self._reflow()

    def _wanted_columns(self) -> int:
        width = self.viewport().width() - 16
        return max(1, (width + 10) // (CARD_MIN_WIDTH + 10))

    def _reflow(self) -> None:
        columns = self._wanted_columns()
        if columns == self._columns and all(self._grid.indexOf(c) >= 0 for c in self._cards):
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards):
            self._grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
            card.show()
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._reflow_timer.start()
        return super().eventFilter(watched, event)

    def show_card(self, project_id: int) -> TableCard | None:
        for card in self._cards:
            if card.project_id == project_id:
                self.ensureWidgetVisible(card, 20, 20)
                return card
        return None
