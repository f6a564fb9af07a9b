"""The Atelier screen: live capture at the tables, overview, round timer."""

from ui.atelier.screen import AtelierScreen

__all__ = ["AtelierScreen"]
