"""The files an export wrote, as a table model (what, file name, size)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from katalyze.exports.service import ExportedFile

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    What = 0
    Name = 1
    Size = 2


PathRole = Qt.ItemDataRole.UserRole + 1


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} Ko"
    return f"{size / (1024 * 1024):.1f} Mo"


class ExportedFilesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: list[ExportedFile] = []

    def set_files(self, files: list[ExportedFile]) -> None:
        self.beginResetModel()
        self._files = list(files)
        self.endResetModel()

    def file_at(self, row: int) -> ExportedFile:
        return self._files[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.What: self.tr("Document"),
            Column.Name: self.tr("File"),
            Column.Size: self.tr("Size"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        f = self._files[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.What:
                return self._label(f)
            if column == Column.Name:
                return f.path.name
            return human_size(f.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(f.path)
        if role == PathRole:
            return str(f.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.Size:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _label(self, f: ExportedFile) -> str:
        if f.kind == "booklet":
            return self.tr("Booklet: every action sheet")
        if f.kind == "workbook":
            return self.tr("Workbook (Excel): all the data")
        if f.kind == "csv":
            return self.tr("Actions (CSV)")
        # "Table 3 — Title": the domain words stay as they are.
        return self.tr("Action sheet, %1").replace("%1", f.label)
