"""Open a file Katalyze has just written (a PDF, a workbook, a folder) with the
system's application, and say so plainly when the system cannot.

When no application opens it (no PDF viewer installed, no file manager, a
sandbox), :class:`CannotOpenDialog` shows the full path, copies it on request
and offers to open the folder instead; when the folder cannot be opened
either, it says so in the same window. Nothing ever fails silently.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

Opener = Callable[[QUrl], bool]


def system_open(url: QUrl) -> bool:
    """The system's opener (looked up at each call, so tests can replace it)."""
    return QDesktopServices.openUrl(url)


def open_generated(
    path: Path | str, parent: QWidget | None = None, *, opener: Opener | None = None
) -> bool:
    """Open ``path`` (a file or a folder) with the system's application.

    Returns True when the system took it. Otherwise a window (modal to
    ``parent``'s window, not blocking) tells why, with the full path, a
    "Copy the path" button and "Open the folder"; returns False.
    ``parent`` defaults to the active window; ``opener`` to the system's."""
    target = Path(path)
    open_url = opener or system_open
    if target.exists() and open_url(QUrl.fromLocalFile(str(target))):
        return True
    owner = parent if parent is not None else QApplication.activeWindow()
    dialog = CannotOpenDialog(target, owner, opener=open_url)
    dialog.open()
    return False


class CannotOpenDialog(QDialog):
    """Why a generated file did not open, and what to do instead."""

    path_copied = Signal(str)
    folder_opened = Signal(str)
    folder_open_failed = Signal(str)

    def __init__(
        self, path: Path, parent: QWidget | None = None, *, opener: Opener | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.opener = opener or system_open
        is_folder = path.is_dir()
        self.folder = path if is_folder else path.parent
        self.setObjectName("cannotOpenDialog")
        if not path.exists():
            self.setWindowTitle(self.tr("File not found"))
            headline = self.tr("This file no longer exists.")
            advice = self.tr(
                "It may have been moved or deleted since Katalyze wrote it. "
                "Make it again, or look for it in its folder:"
            )
        elif is_folder:
            self.setWindowTitle(self.tr("The folder could not be opened"))
            headline = self.tr("No application on this computer could open this folder.")
            advice = self.tr(
                "Everything was saved in it. Copy its path and open it from your file manager:"
            )
        else:
            self.setWindowTitle(self.tr("The file could not be opened"))
            headline = self.tr("No application on this computer could open this file.")
            if path.suffix.lower() == ".pdf":
                advice = self.tr(
                    "The file was saved. Install a PDF viewer to open it from Katalyze, "
                    "or copy its path, or open its folder:"
                )
            else:
                advice = self.tr("The file was saved. Copy its path, or open its folder:")

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        self.headline = QLabel(headline)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.advice = QLabel(advice)
        self.advice.setWordWrap(True)

        self.path_view = QPlainTextEdit(str(path))
        self.path_view.setObjectName("pathView")
        self.path_view.setReadOnly(True)
        self.path_view.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.path_view.setAccessibleName(self.tr("Full path"))
        lines = QFontMetrics(self.path_view.font()).lineSpacing()
        self.path_view.setFixedHeight(lines * 3 + 12)

        self.status = QLabel()
        self.status.setObjectName("openStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.copy_button = QPushButton(self.tr("Copy the path"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.folder_button.setVisible(not is_folder and self.folder.is_dir())

        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.advice)
        text.addWidget(self.path_view)
        text.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.setSpacing(14)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def copy_path(self) -> None:
        """Put the full path on the clipboard."""
        QGuiApplication.clipboard().setText(str(self.path))
        self._say(self.tr("Path copied: paste it in your file manager or a viewer."), "ok")
        self.path_copied.emit(str(self.path))

    def open_folder(self) -> bool:
        """Open the folder holding the file; say so here when that fails too."""
        if self.opener(QUrl.fromLocalFile(str(self.folder))):
            self.folder_opened.emit(str(self.folder))
            self.accept()
            return True
        self.folder_button.setEnabled(False)
        self._say(
            self.tr(
                "The folder could not be opened either. Copy the path and open %1 "
                "from your file manager."
            ).replace("%1", str(self.folder)),
            "error",
        )
        self.folder_open_failed.emit(str(self.folder))
        return False

    def _say(self, text: str, kind: str) -> None:
        colour = "#1b7a35" if kind == "ok" else "#b3261e"
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)
        self.status.show()
        self.adjustSize()

    def _on_copy_button_clicked(self) -> None:
        self.copy_path()

    def _on_folder_button_clicked(self) -> None:
        self.open_folder()
