"""What ``ui/app.py`` builds once and hands down to every screen (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from katalyze.db import Database
from katalyze.paths import data_home
from ui.projector import ProjectorWindow
from ui.worker import DbWorker


class EventSignals(QObject):
    """Things that happened to the open event; screens refresh on them."""

    event_changed = Signal()
    participants_changed = Signal()
    projects_changed = Signal()
    roles_changed = Signal()
    checkins_changed = Signal()
    seats_changed = Signal()
    items_changed = Signal()


def app_settings() -> QSettings:
    """Per-user settings (language, recent events...) in the data folder."""
    return QSettings(str(data_home() / "settings.ini"), QSettings.Format.IniFormat)


@dataclass
class EventContext:
    """An open event: its database, the worker that runs SQL, its signals."""

    db: Database
    worker: DbWorker
    signals: EventSignals
    settings: QSettings
    _projector: ProjectorWindow | None = field(default=None, repr=False)

    def projector(self) -> ProjectorWindow:
        """The room's second-screen window, made on first use (one per event)."""
        if self._projector is None:
            self._projector = ProjectorWindow()
        return self._projector

    def close(self) -> None:
        """Finish queued work, close the projector and the database."""
        self.worker.shutdown()
        if self._projector is not None:
            self._projector.close()
            self._projector.deleteLater()
            self._projector = None
        self.db.close()
