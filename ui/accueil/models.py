"""Qt models of the Accueil screen, over plain data from the core.

- :class:`MatchesModel`: the people found by the name search;
- :class:`ArrivalsModel`: the latest arrivals (newest first);
- :class:`RoleCountsModel`: arrived / expected per role (as
  :mod:`katalyze.attendance` counts them).

Plus :class:`PersonDelegate`, which draws a person as a readable card (role
colour bar, name, organisation, arrival state).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from katalyze.checkin.search import Match
from katalyze.checkin.service import ArrivalInfo, RoleCount
from ui.attendance_words import AttendanceWords

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 4
ID_ROLE = Qt.ItemDataRole.UserRole + 5
WARN_ROLE = Qt.ItemDataRole.UserRole + 6


def _clock(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


class MatchesModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._matches: list[Match] = []

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def match_at(self, row: int) -> Match | None:
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._matches[index.row()].participant
        if role in (Qt.ItemDataRole.DisplayRole, NAME_ROLE):
            return person.full_name
        if role == SUBTITLE_ROLE:
            return " · ".join(p for p in (person.organisation, person.role) if p)
        if role == STATE_ROLE:
            if person.cancelled:
                return self.tr("cancelled")
            if person.checked_in_at is not None:
                return self.tr("arrived %1").replace("%1", _clock(person.checked_in_at))
            return ""
        if role == WARN_ROLE:
            return person.cancelled or person.checked_in_at is not None
        if role == COLOUR_ROLE:
            return person.role_colour
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.email or None
        return None


class ArrivalsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ArrivalInfo] = []

    def set_arrivals(self, rows: list[ArrivalInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ArrivalInfo]:
        return list(self._rows)

    def arrival_at(self, row: int) -> ArrivalInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, NAME_ROLE):
            return row.full_name
        if role == SUBTITLE_ROLE:
            parts = [row.organisation]
            if row.walk_in:
                parts.append(self.tr("walk-in"))
            return " · ".join(p for p in parts if p)
        if role == STATE_ROLE:
            table = self.tr("table %1").replace("%1", row.table) if row.table else ""
            return "  ".join(p for p in (_clock(row.checked_in_at), table) if p)
        if role == WARN_ROLE:
            return False
        if role == COLOUR_ROLE:
            return row.role_colour
        if role == ID_ROLE:
            return row.participant_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.role} — {row.station}"
        return None


class CountColumn(enum.IntEnum):
    ROLE = 0
    ARRIVED = 1


class RoleCountsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words = AttendanceWords(self)
        self._rows: list[RoleCount] = []

    def set_counts(self, rows: list[RoleCount]) -> None:
        if [(r.role_id, r.label, r.colour) for r in rows] == [
            (r.role_id, r.label, r.colour) for r in self._rows
        ]:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CountColumn)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = CountColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is CountColumn.ROLE:
                return row.label
            return f"{row.arrived} / {row.expected}"
        if role == Qt.ItemDataRole.DecorationRole and column is CountColumn.ROLE:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._words.arrived_of_expected(row.arrived, row.expected)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is CountColumn.ARRIVED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        full = bool(row.expected) and row.arrived >= row.expected
        if role == Qt.ItemDataRole.ForegroundRole and column is CountColumn.ARRIVED and full:
            return QBrush(QColor("#1b7a35"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Role"), self.tr("Arrived / expected"))[section]
        return None


class PersonDelegate(QStyledItemDelegate):
    """A person as a two-line card with the role colour on the left."""

    def __init__(self, parent=None, *, name_px: int = 17) -> None:
        super().__init__(parent)
        self.name_px = name_px

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(200, int(self.name_px * 3.1))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(rect, QColor(0, 0, 0, 10))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.fillRect(
            QRect(rect.left(), rect.top() + 3, 7, rect.height() - 6),
            QColor(index.data(COLOUR_ROLE) or "#888888"),
        )
        left = rect.left() + 16
        state = index.data(STATE_ROLE) or ""
        name_font = QFont(option.font)
        name_font.setPixelSize(self.name_px)
        name_font.setBold(True)
        small = QFont(option.font)
        small.setPixelSize(max(11, int(self.name_px * 0.78)))
        painter.setFont(small)
        state_width = painter.fontMetrics().horizontalAdvance(state) + 10 if state else 0
        if state:
            warn = bool(index.data(WARN_ROLE))
            painter.setPen(QColor("#b35c00") if warn and not selected else text_colour)
            painter.drawText(
                QRect(
                    rect.right() - state_width - 6, rect.top(), state_width, rect.height() // 2 + 4
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                state,
            )
        half = rect.height() // 2
        painter.setFont(name_font)
        painter.setPen(text_colour)
        name_rect = QRect(left, rect.top(), rect.right() - left - state_width - 8, half + 4)
        painter.drawText(
            name_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            painter.fontMetrics().elidedText(
                index.data(NAME_ROLE) or "", Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
        painter.setFont(small)
        sub_rect = QRect(left, rect.top() + half + 4, rect.right() - left - 6, half - 6)
        painter.drawText(
            sub_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            painter.fontMetrics().elidedText(
                index.data(SUBTITLE_ROLE) or "", Qt.TextElideMode.ElideRight, sub_rect.width()
            ),
        )
        painter.restore()
