"""The Restitution screen: export the action sheets, booklet, workbook and CSV."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.restitution.restitution_screen import RestitutionScreen

# The screen's title in the registry (ui/screens.py); translated with this area.
SCREEN_TITLE = QT_TRANSLATE_NOOP("Screens", "Wrap-up")

__all__ = ["SCREEN_TITLE", "RestitutionScreen"]
