"""Aide › Quick start: one page for the volunteers at the door and the table hosts.

The page is a document, not interface strings: one HTML file per language in
``resources/help`` (``quick-start.fr.html``, ``quick-start.en.html``), shown in
the app's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from resources import RESOURCES
from ui.icons import app_icon

HELP = RESOURCES / "help"


def quick_start_file(language: str) -> Path:
    """The quick start in ``language`` (``"fr"`` or ``"en"``), French otherwise."""
    chosen = HELP / f"quick-start.{language}.html"
    return chosen if chosen.exists() else HELP / "quick-start.fr.html"


class QuickStartDialog(QDialog):
    """The quick start, readable at arm's length, printable from the browser."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick start — Katalyze"))
        self.setWindowIcon(app_icon())
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        self.page = QTextBrowser()
        self.page.setOpenExternalLinks(False)
        self.page.setHtml(quick_start_file(language).read_text(encoding="utf-8"))
        layout.addWidget(self.page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
