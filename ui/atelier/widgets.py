"""The capture panel's keyboard-driven views: the items list and the synthesis editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from ui.atelier.models import ItemColumn


class ItemsView(QTreeView):
    """The items grouped by kind, driven from the keyboard."""

    edit_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    vote_requested = Signal(int)
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and alt:
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif key == Qt.Key.Key_Plus or event.text() == "+":
            self.vote_requested.emit(1)
        elif key == Qt.Key.Key_Minus or event.text() == "-":
            self.vote_requested.emit(-1)
        elif key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        else:
            super().keyPressEvent(event)


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width.

    A view asks every cell of every row it lays out for its size, each time a
    row is added: the answers are remembered (a line's height and margins per font,
    each text's wrapped height per width), so a busy table's relayout costs
    look-ups, not a style pass and a text layout per cell."""

    MAX_REMEMBERED = 5000  # wrapped heights kept (texts × widths)

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._line: dict[str, QSize] = {}  # font key -> one line's size
        self._heights: dict[tuple[str, int, str], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if not index.parent().isValid():  # a kind's heading
            return super().sizeHint(option, index)
        font = option.font.key()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(option.font)
        line = self._line.get(font)
        if line is None:  # one line's height, and the style's margins around a text
            size = super().sizeHint(option, index)
            line = self._line[font] = QSize(
                size.width() - metrics.horizontalAdvance(text), size.height()
            )
        if index.column() != ItemColumn.TEXT:
            return QSize(line.width() + metrics.horizontalAdvance(text), line.height())
        width = self._view.header().sectionSize(index.column()) - self._view.indentation() - 8
        if not text or width <= 40:
            return QSize(line.width() + metrics.horizontalAdvance(text), line.height())
        key = (text, width, font)
        height = self._heights.get(key)
        if height is None:
            rect = metrics.boundingRect(
                QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
            )
            if len(self._heights) >= self.MAX_REMEMBERED:
                self._heights.clear()
            height = self._heights[key] = max(line.height(), rect.height() + 4)
        return QSize(line.width() + min(width, metrics.horizontalAdvance(text)), height)


class SynthesisEdit(QPlainTextEdit):
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)
