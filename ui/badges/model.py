"""The badge list: a table model over :class:`BadgeStatus` rows and a search proxy."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from katalyze.badges.overview import BadgeStatus
from katalyze.checkin.codes import format_code
from katalyze.text import fold
from ui.table_model import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):
    LAST_NAME = 0
    FIRST_NAME = enum.auto()
    ORGANISATION = enum.auto()
    ROLE = enum.auto()
    CODE = enum.auto()
    PRINTED = enum.auto()


# Columns whose cells show their whole text as a tooltip.
_TIPPED = frozenset({Column.ORGANISATION, Column.ROLE})


class BadgesModel(RowsTableModel):
    """One row per participant; no database access here."""

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BadgeStatus] = []
        self._keys: list[str] = []
        self._headers = {
            Column.LAST_NAME: self.tr("Last name"),
            Column.FIRST_NAME: self.tr("First name"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.ROLE: self.tr("Role"),
            Column.CODE: self.tr("Badge code"),
            Column.PRINTED: self.tr("Printed"),
        }

    def headers(self) -> dict[Any, str]:
        return self._headers

    def _rows_loaded(self) -> None:
        self._keys = [row.search_text for row in self.rows]

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, participant_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row.participant_id == participant_id:
                return i
        return -1

    def _text(self, badge: BadgeStatus, column: Column) -> str:
        if column == Column.LAST_NAME:
            return badge.last_name
        if column == Column.FIRST_NAME:
            return badge.first_name
        if column == Column.ORGANISATION:
            return badge.organisation
        if column == Column.ROLE:
            return badge.role
        if column == Column.CODE:
            return format_code(badge.code) if badge.code else self.tr("(given when printed)")
        if badge.cancelled:
            return self.tr("Registration cancelled")
        if badge.printed_at is None:
            return self.tr("Not printed")
        return badge.printed_at.astimezone().strftime("%d/%m %H:%M")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        badge = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(badge, column)
        if role == ParticipantIdRole:
            return badge.participant_id
        if role == SortRole:
            if column == Column.LAST_NAME:
                return badge.sort_key
            if column == Column.FIRST_NAME:
                return (fold(badge.first_name), fold(badge.last_name), badge.participant_id)
            if column == Column.PRINTED:
                stamp = badge.printed_at.timestamp() if badge.printed_at else 0.0
                return (stamp, badge.sort_key)
            return (fold(self._text(badge, column)), badge.sort_key)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ROLE and badge.role:
            return QColor(badge.role_colour)
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.CODE and badge.code:
                font = QFont()
                font.setFamilies(["DejaVu Sans Mono", "Monospace"])
                font.setStyleHint(QFont.StyleHint.Monospace)
                return font
            if badge.cancelled:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if badge.cancelled or (column == Column.CODE and not badge.code):
                return QColor("#7a7a7a")
            if column == Column.PRINTED and badge.printed_at is None:
                return QColor("#a4380b")
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text where a narrow column may cut it, then the walk-in note.
            lines = [self._text(badge, column)] if column in _TIPPED else []
            if badge.walk_in:
                lines.append(self.tr("Registered at the door"))
            return "\n".join(line for line in lines if line) or None
        return None


class BadgesProxy(QSortFilterProxyModel):
    """Filters on the folded search text (name, organisation, role, code).

    Cancelled registrations get no badge: they are left out (so "select all"
    and the count agree with what is printed) until ``set_show_cancelled(True)``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_cancelled = False
        self.setSortRole(SortRole)

    @property
    def show_cancelled(self) -> bool:
        return self._show_cancelled

    def set_show_cancelled(self, show: bool) -> None:
        if show != self._show_cancelled:
            self.beginFilterChange()
            self._show_cancelled = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        compact = fold(text).replace(" ", "")
        # A code typed with or without its spaces matches too.
        if compact and len(compact) >= 3 and compact.isalpha():
            words = words if len(words) > 1 else [compact]
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BadgesModel)
        if not self._show_cancelled and model.rows[source_row].cancelled:
            return False
        if not self._words:
            return True
        key = model.search_key(source_row)
        compact = key.replace(" ", "")
        return all(word in key or word in compact for word in self._words)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return left.data(SortRole) < right.data(SortRole)
