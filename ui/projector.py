"""The projector window: a second, full-screen window for the room.

Pages ("find your table", the round timer...) register under a key; the
facilitator's screen decides which one the room sees. It opens on the second
screen when there is one, and stays a normal window otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget


class ProjectorWindow(QWidget):
    page_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Katalyze — projector"))
        self.setStyleSheet("background: #101418; color: #f4f4f4;")
        self._stack = QStackedWidget(self)
        self._pages: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_escape_pressed)
        self.resize(1280, 720)

    def add_page(self, key: str, page: QWidget) -> None:
        """Register a page once; ``show_page(key)`` brings it to the room."""
        if key in self._pages:
            return
        self._pages[key] = page
        self._stack.addWidget(page)

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def current_key(self) -> str | None:
        widget = self._stack.currentWidget()
        return next((k for k, w in self._pages.items() if w is widget), None)

    def show_page(self, key: str) -> None:
        self._stack.setCurrentWidget(self._pages[key])
        if not self.isVisible():
            self.open_on_best_screen()
        self.page_shown.emit(key)

    def open_on_best_screen(self) -> None:
        """Full screen on the second screen if any, else a window beside the app."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = screens[1]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def _on_escape_pressed(self) -> None:
        """Esc leaves full screen; on a window, Esc puts the projector away."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.hide()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
