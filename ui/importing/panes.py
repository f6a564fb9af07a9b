"""Two panes of the import review: the page shown while the files are read,
and the table of the first records as they will be stored."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

PREVIEW_COLUMN_MAX = 220  # px: a long e-mail is cut there (whole in its tooltip)


class ReadingPage(QWidget):
    """Which file is being read, and a bar for the files done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("importReading")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #51606f; font-size: 12pt; padding: 24px;")
        self.bar = QProgressBar()
        self.bar.setObjectName("importReadingProgress")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)


class PreviewView(QTableView):
    """The first records, one line each, columns sized to their values."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewRows")
        self.setModel(model)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setStretchLastSection(True)

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        for column in range(self.model().columnCount()):
            self.setColumnWidth(column, min(PREVIEW_COLUMN_MAX, self.columnWidth(column)))
