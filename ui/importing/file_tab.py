"""One file of the import review: how it was read and its column mapping."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.importing import ColumnMapping, Table
from katalyze.importing.mapping import JOINED_FIELDS
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


SWAP, MOVE, BOTH = "swap", "move", "both"


class FileTab(QWidget):
    """One file: how it was read, and its columns with their target fields.

    Choosing a field another column already has asks what to do: swap the
    two columns' fields, take the field from the other column (then
    ignored), or cancel. ``ask`` (injectable for tests) returns ``SWAP``,
    ``MOVE`` or ``None``.
    """

    def __init__(self, table: Table, mapping: ColumnMapping, kind: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.table = table
        self.model = MappingModel(table, mapping, kind, self)
        self.ask: Callable[[int, str, int], str | None] = self._ask
        self.model.field_taken.connect(self._on_model_field_taken)
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
        # Wide enough for the longest header (up to 420 px, then a tooltip) and
        # the longest field label in its list: no "Accord de partage des coordonnée".
        metrics = self.view.fontMetrics()
        headers = [table.header_label(i) for i in range(table.column_count)]
        widest = max((metrics.horizontalAdvance(h) for h in headers), default=0)
        self.view.setColumnWidth(MappingColumn.HEADER, min(420, max(220, widest + 24)))
        labels = max((metrics.horizontalAdvance(t) for t in self.model.labels.values()), default=0)
        self.view.setColumnWidth(MappingColumn.FIELD, max(260, labels + 56))
        self.view.verticalHeader().setDefaultSectionSize(30)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingColumn.FIELD))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

    def _on_model_field_taken(self, row: int, field: str, other: int) -> None:
        # Asked once the combo box has finished emitting.
        QTimer.singleShot(0, lambda: self._resolve(row, field, other))

    def _resolve(self, row: int, field: str, other: int) -> None:
        choice = self.ask(row, field, other)
        if choice in (SWAP, MOVE, BOTH):
            self.model.assign(row, field, swap=choice == SWAP, keep=choice == BOTH)

    def _ask(self, row: int, field: str, other: int) -> str | None:
        label = self.model.labels.get(field, field)
        previous = self.model.mapping.field_of(row)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Field already used"))
        box.setText(
            self.tr("The column “%1” is already imported as “%2”.")
            .replace("%1", self.table.header_label(other))
            .replace("%2", label)
        )
        box.setInformativeText(
            self.tr("Import “%1” as “%2” instead?")
            .replace("%1", self.table.header_label(row))
            .replace("%2", label)
        )
        swap = None
        if previous:
            swap = box.addButton(
                self.tr("Swap (“%1” becomes “%2”)")
                .replace("%1", self.table.header_label(other))
                .replace("%2", self.model.labels.get(previous, previous)),
                QMessageBox.ButtonRole.AcceptRole,
            )
        both = None
        if field in JOINED_FIELDS:  # free text: nothing need be dropped
            both = box.addButton(
                self.tr("Keep both (their texts are joined)"), QMessageBox.ButtonRole.AcceptRole
            )
        move = box.addButton(
            self.tr("Use this column (“%1” is then ignored)").replace(
                "%1", self.table.header_label(other)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if swap is not None and clicked is swap:
            return SWAP
        if both is not None and clicked is both:
            return BOTH
        if clicked is move:
            return MOVE
        return None

    def combo(self, column: int) -> QComboBox:
        """The target-field combo box of the file's ``column``."""
        widget = self.view.indexWidget(self.model.index(column, MappingColumn.FIELD))
        assert isinstance(widget, QComboBox)
        return widget
