"""The board: table cards in a grid that reflows with the width, in a scroll area.

The cards are as compact as needed for the whole room to fit the screen (15
tables on a 1366×768 laptop); Ctrl+plus and Ctrl+minus, or the slider of
:class:`BoardTools`, zoom in and out (40 tables and more at the smallest).
The search box finds a person: highlighted, and the board scrolls to them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ui.repartition.cards import TableCard
from ui.repartition.compact import DENSITIES, Density

CARD_MIN_WIDTH = 300
SPACING = 10


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
        self._zoom: int | None = None  # None: as compact as needed to fit
        self.density: Density = DENSITIES[0]
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
            card.set_density(self.density)
        self._columns = 0
        self._reflow()

    # ----- zoom
    def zoom(self) -> int:
        """The density shown: 0 the comfortable cards … 3 the smallest."""
        return DENSITIES.index(self.density)

    def set_zoom(self, level: int | None) -> None:
        """Show the cards at ``level`` (0–3), or ``None``: fit the room."""
        self._zoom = None if level is None else max(0, min(len(DENSITIES) - 1, level))
        self._columns = 0
        self._reflow()

    def _fitting_density(self) -> Density:
        """The most comfortable density at which every card is on screen."""
        if self._zoom is not None:
            return DENSITIES[self._zoom]
        for density in DENSITIES:
            columns = self._columns_at(density)
            rows = -(-len(self._cards) // columns)
            tallest = max((c.height_at(density) for c in self._cards), default=0)
            margin, spacing = _gaps(density)
            if rows * (tallest + spacing) - spacing + 2 * margin <= self.viewport().height():
                return density
        return DENSITIES[-1]

    def _columns_at(self, density: Density) -> int:
        margin, spacing = _gaps(density)
        width = self.viewport().width() - 2 * margin
        return max(1, (width + spacing) // (density.card_width + spacing))

    def _wanted_columns(self) -> int:
        return self._columns_at(self.density)

    def _reflow(self) -> None:
        density = self._fitting_density()
        if density != self.density:
            self.density = density
            self._columns = 0
            for card in self._cards:
                card.set_density(density)
            margin, spacing = _gaps(density)
            self._grid.setSpacing(spacing)
            self._grid.setContentsMargins(margin, margin, margin, margin)
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


def _gaps(density: Density) -> tuple[int, int]:
    """The grid's margin and spacing around the cards at ``density``."""
    return (8, SPACING) if density.details else (2, 4)


class BoardTools(QWidget):
    """Above the board: find a person, and the zoom."""

    search_changed = Signal(str)
    search_next = Signal()
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Find someone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Find a person on the board: type part of a name; Enter goes to the next match")
        )
        self.search.setMinimumWidth(150)
        self.found = QLabel(self)
        self.found.setObjectName("boardFound")
        self.zoom = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom.setRange(0, len(DENSITIES) - 1)
        self.zoom.setInvertedAppearance(True)  # right: smaller cards, more tables
        self.zoom.setToolTip(self.tr("Card size (Ctrl+plus / Ctrl+minus)"))
        self.zoom.setMinimumWidth(80)
        self.zoom.setMaximumWidth(16777215)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Card size:"), self))
        row.addWidget(self.zoom, 1)
        row.addWidget(self.found)
        layout.addLayout(row)
        self.search.textChanged.connect(self.search_changed)
        self.search.returnPressed.connect(self.search_next)
        self.zoom.valueChanged.connect(self.zoom_changed)

    def show_zoom(self, level: int) -> None:
        self.zoom.blockSignals(True)
        self.zoom.setValue(level)
        self.zoom.blockSignals(False)
