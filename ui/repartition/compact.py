"""The compact board: how dense the table cards are, and a person's row on
a compact card (one line), so that 15 tables fit a 1366×768 screen and 40 a
1080p one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from katalyze.assignment.seats import BoardPerson


@dataclass(frozen=True)
class Density:
    """How much of a table a card shows: the comfortable card, or a compact
    one (one line per person, no role bar) so the whole room fits a screen."""

    row_height: int
    card_width: int
    font_px: int
    details: bool  # organisation under the name, role mix and needs


DENSITIES: tuple[Density, ...] = (
    Density(36, 300, 0, True),  # the comfortable card (cards.ROW_HEIGHT)
    Density(20, 210, 12, False),
    Density(15, 150, 11, False),
    Density(12, 124, 10, False),
)


def paint_compact(
    painter: QPainter,
    option: QStyleOptionViewItem,
    person: BoardPerson,
    r: QRectF,
    selected: bool,
    density: Density,
) -> None:
    """A person on a compact card, on one line: the name, the wish rank as a
    coloured number, the pin and the lock."""
    from ui.repartition.cards import RANK_COLOURS, draw_lock, draw_pin

    font = QFont(option.font)
    font.setPixelSize(density.font_px)
    font.setBold(person.home)
    painter.setFont(font)
    fm = QFontMetrics(font)
    right = r.right() - 3
    rank = person.wish_rank if person.is_visitor else None
    if rank is not None:
        tag = str(rank)
        w = fm.horizontalAdvance(tag) + 4
        painter.setPen(QColor(RANK_COLOURS.get(rank, "#868e96")))
        painter.drawText(
            QRectF(right - w, r.top(), w, r.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            tag,
        )
        right -= w + 2
    top = r.center().y() - 7
    if person.locked:
        draw_lock(painter, right - 11, top, QColor("#495057"))
        right -= 13
    if person.pinned:
        draw_pin(painter, right - 11, top, QColor("#c1121f"))
        right -= 13
    colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
    if not person.present and not selected:
        colour = QColor("#868e96")
    painter.setPen(colour)
    left = r.left() + 8
    painter.drawText(
        QRectF(left, r.top(), right - left, r.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm.elidedText(person.name, Qt.TextElideMode.ElideRight, int(right - left)),
    )
