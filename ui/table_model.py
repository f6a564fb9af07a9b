"""The table model every list screen starts from: plain rows, columns from an enum.

A subclass names its column enum, gives its headers (with ``self.tr`` so they
translate in its own context) and answers ``data()``; loading, counting and
headers are here once. Rows are plain data from the core: never SQL in a model.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class RowsTableModel(QAbstractTableModel):
    columns: ClassVar[type[enum.IntEnum]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Show a new load (one model reset)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._rows_loaded()
        self.endResetModel()

    def _rows_loaded(self) -> None:
        """Derive per-load data (search keys...) from ``self.rows``."""

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headers(self) -> dict[Any, str]:
        """Header text per column."""
        raise NotImplementedError

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers().get(self.columns(section))
        return None
