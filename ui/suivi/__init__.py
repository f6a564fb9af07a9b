"""The Suivi screen: the year after the evening (actions, meetings, review)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.suivi.screen import SuiviScreen

# The screen's title in the registry (ui/screens.py); translated with this area.
SCREEN_TITLE = QT_TRANSLATE_NOOP("Screens", "Follow-up")

__all__ = ["SCREEN_TITLE", "SuiviScreen"]
