"""The Badges screen: print-ready badge PDFs, lost badges re-issued."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.badges.screen import BadgesScreen

__all__ = ["BadgesScreen"]

# The screen's title in the registry (ui/screens.py), translated with this area.
TITLE = QT_TRANSLATE_NOOP("Screens", "Badges")
