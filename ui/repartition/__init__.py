"""Répartition: the board of tables, placement runs, the projector's
"Find your table" page and the facilitators' table lists."""

from ui.repartition.screen import RepartitionScreen

__all__ = ["RepartitionScreen"]
