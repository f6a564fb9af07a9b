"""Préparation: the event and its roles, the participants, the projects (tables)."""

from ui.preparation.screen import PreparationScreen

__all__ = ["PreparationScreen"]
