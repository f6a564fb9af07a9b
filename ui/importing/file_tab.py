"""One file of the import review: how it was read and its column mapping."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.importing import ColumnMapping, Table
from ui.importing.models import MappingColumn, MappingModel

_Index = QModelIndex | QPersistentModelIndex


class FieldDelegate(QStyledItemDelegate):
    """A combo box of target fields in the "Imported as" column."""

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("fieldCombo")
        for code, label in self.labels.items():
            combo.addItem(label, code)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(position, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class FileTab(QWidget):
    """One file: how it was read, and its columns with their target fields."""

    def __init__(self, table: Table, mapping: ColumnMapping, kind: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.table = table
        self.model = MappingModel(table, mapping, kind, self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setObjectName("importFileInfo")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("importFileError")
        self.error.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f3b8b0;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.error.hide()
        self.view = QTableView()
        self.view.setObjectName("mappingView")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            MappingColumn.FIELD, FieldDelegate(self.model.labels, self.view)
        )
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(MappingColumn.HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingColumn.SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MappingColumn.FIELD, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(MappingColumn.HEADER, 300)
        self.view.setColumnWidth(MappingColumn.FIELD, 290)
        self.view.verticalHeader().setDefaultSectionSize(30)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingColumn.FIELD))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

    def combo(self, column: int) -> QComboBox:
        """The target-field combo box of the file's ``column``."""
        widget = self.view.indexWidget(self.model.index(column, MappingColumn.FIELD))
        assert isinstance(widget, QComboBox)
        return widget
