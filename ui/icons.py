"""The application's icon (``resources/icons/katalyze.svg``)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from resources import ICONS

APP_ICON = ICONS / "katalyze.svg"


def app_icon() -> QIcon:
    """The Katalyze icon, for windows, the task bar and the About dialog."""
    return QIcon(str(APP_ICON))
