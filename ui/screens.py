"""The event's screens, in the order of the evening.

Each entry names the class (``"module:Class"``, imported when the event opens)
of a ``QWidget`` built as ``Class(ctx: EventContext, parent)``. A screen may
define ``activated()``, called each time it is shown. A capability adds its
screen here when it exists; there are no placeholder screens.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # translated in context "Screens" when shown
    target: str  # "module:Class"
    shortcut: str  # e.g. "Ctrl+1"

    def translated_title(self) -> str:
        return QCoreApplication.translate("Screens", self.title)

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


SCREENS: list[ScreenSpec] = [
    ScreenSpec(
        "preparation",
        QT_TRANSLATE_NOOP("Screens", "Preparation"),
        "ui.preparation:PreparationScreen",
        "Ctrl+1",
    ),
    ScreenSpec(
        "badges", QT_TRANSLATE_NOOP("Screens", "Badges"), "ui.badges:BadgesScreen", "Ctrl+2"
    ),
    ScreenSpec(
        "accueil", QT_TRANSLATE_NOOP("Screens", "Check-in"), "ui.accueil:AccueilScreen", "Ctrl+3"
    ),
    ScreenSpec(
        "repartition",
        QT_TRANSLATE_NOOP("Screens", "Seating"),
        "ui.repartition:RepartitionScreen",
        "Ctrl+4",
    ),
    ScreenSpec(
        "atelier", QT_TRANSLATE_NOOP("Screens", "Workshop"), "ui.atelier:AtelierScreen", "Ctrl+5"
    ),
    ScreenSpec(
        "restitution",
        QT_TRANSLATE_NOOP("Screens", "Wrap-up"),
        "ui.restitution:RestitutionScreen",
        "Ctrl+6",
    ),
    ScreenSpec(
        "suivi", QT_TRANSLATE_NOOP("Screens", "Follow-up"), "ui.suivi:SuiviScreen", "Ctrl+7"
    ),
]
