"""The Accueil (check-in) screen: scans, name search, walk-ins, webcam, counters."""

from ui.accueil.screen import AccueilScreen

__all__ = ["AccueilScreen"]

# The screen's title in the registry (ui/screens.py), translated with this area.
from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Screens", "Check-in")
