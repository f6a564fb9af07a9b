"""What ``ui/app.py`` builds once and hands down to every screen (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from katalyze.db import Database
from katalyze.db.watch import Watcher
from katalyze.paths import data_home
from ui.live import LiveBridge
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
    # The projects whose items changed (a frozenset), or None: any of them
    # (``katalyze.changes.Changes.projects``). A screen showing one table
    # reads again only when it is concerned.
    items_changed = Signal(object)
    actions_changed = Signal()
    followup_changed = Signal()


def app_settings() -> QSettings:
    """Per-user settings (language, recent events...) in the data folder."""
    return QSettings(str(data_home() / "settings.ini"), QSettings.Format.IniFormat)


@dataclass
class EventContext:
    """An open event: its database, the workers that run SQL and file work,
    its signals.

    ``worker`` runs every read and every write that must stay in order (notes,
    drafts, check-ins, seats); ``files_worker`` runs long file work (exports,
    badge and table-list PDFs) so that it never holds a scribe's draft back.
    A files job starts once every job submitted to ``worker`` before it has
    run: an export made right after a note contains the note."""

    db: Database
    worker: DbWorker
    signals: EventSignals
    settings: QSettings
    _projector: ProjectorWindow | None = field(default=None, repr=False)
    _files_worker: DbWorker | None = field(default=None, repr=False)
    live: LiveBridge | None = field(default=None, repr=False)
    watcher: Watcher | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Other fronts' writes (the room, other stations) refresh the screens.
        if self.live is None:
            self.live = LiveBridge(self.db.changes, self.signals)
        # Other processes' and laptops' writes reach the feed (katalyze.db.watch).
        if self.watcher is None:
            self.watcher = Watcher(self.db).start()

    @property
    def files_worker(self) -> DbWorker:
        """The worker for long file work, made on first use (one per event)."""
        if self._files_worker is None:
            self._files_worker = DbWorker(name="katalyze-files", after=self.worker)
        return self._files_worker

    def projector(self) -> ProjectorWindow:
        """The room's second-screen window, made on first use (one per event)."""
        if self._projector is None:
            self._projector = ProjectorWindow()
        return self._projector

    def close(self) -> None:
        """Stop file work (an export in progress is cancelled, no file is left
        half-written), finish every queued database job (drafts included),
        close the projector and the database."""
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.live is not None:
            self.live.stop()
        self.worker.shutdown()  # stops the files worker too (it follows this one)
        if self._projector is not None:
            self._projector.close()
            self._projector.deleteLater()
            self._projector = None
        self.db.close()
