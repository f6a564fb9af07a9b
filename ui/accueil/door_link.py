"""The door's link to a database server: scans go through a
:class:`katalyze.checkin.offline.DoorStation`, which answers from its local
copy while the server is away; the screen shows "hors ligne — N scans en
attente" and tries the server again now and then until the queue is sent.

On a SQLite file (one laptop) there is no link: scans go straight to the
check-in service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel

from katalyze.checkin import service
from katalyze.checkin.offline import DoorState, DoorStation
from katalyze.checkin.service import ScanResult
from katalyze.db import Database
from katalyze.participants import ParticipantDraft

# While offline, how often the server is tried again (a safety net: the queue
# is also sent before the next scan once the server answers).
RETRY_MS = 5000


class DoorLink(QObject):
    """Check-ins through the door's local copy on a server database."""

    state_changed = Signal(object)  # DoorState, on the GUI thread

    _state_from_worker = Signal(object)

    def __init__(self, db: Database, submit: Callable[..., object], parent: QObject) -> None:
        super().__init__(parent)
        self._db = db
        self._submit = submit
        self.enabled = not db.is_sqlite
        self._door: DoorStation | None = None
        self.state = DoorState(online=True, pending=0)
        self._state_from_worker.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(
            "background: #b3261e; color: white; font-weight: bold; padding: 6px 10px;"
            " border-radius: 6px;"
        )
        self.label.hide()

    # --- run on the database worker -------------------------------------------

    def _door_for(self, station: str) -> DoorStation:
        if self._door is None or self._door.station != station:
            if self._door is not None:
                self._door.close()
            self._door = DoorStation(self._db, station)
        return self._door

    def check_in_code(self, raw: str, station: str) -> ScanResult:
        if not self.enabled:
            return service.check_in_code(self._db, raw, station)
        door = self._door_for(station)
        try:
            return door.check_in_code(raw)
        finally:
            self._state_from_worker.emit(door.state())

    def check_in_participant(
        self, participant_id: int, station: str, *, allow_cancelled: bool = False
    ) -> ScanResult:
        if not self.enabled or allow_cancelled:
            return service.check_in_participant(
                self._db, participant_id, station, allow_cancelled=allow_cancelled
            )
        door = self._door_for(station)
        try:
            return door.check_in_participant(participant_id)
        finally:
            self._state_from_worker.emit(door.state())

    def register_walk_in(
        self, draft: ParticipantDraft, station: str, badge_code: str | None = None
    ) -> ScanResult:
        """A walk-in; offline, kept in the door's queue (no participant yet).
        A walk-in given back its badge (after an undo) needs the server."""
        if not self.enabled or badge_code is not None:
            return service.register_walk_in(self._db, draft, station, badge_code=badge_code)
        door = self._door_for(station)
        try:
            return door.register_walk_in(draft)
        finally:
            self._state_from_worker.emit(door.state())

    def prepare(self, station: str) -> None:
        """Take the local copy now (on the worker), not at the first scan."""
        if self.enabled and station:
            self._submit(lambda: self._door_for(station).state(), on_done=self._on_state)

    def _reconnect(self) -> DoorState | None:
        return self._door.reconnect() if self._door is not None else None

    def close(self) -> None:
        self._retry.stop()
        if self._door is not None:
            self._door.close()
            self._door = None

    # --- GUI thread -----------------------------------------------------------

    @Slot(object)
    def _on_state(self, state: DoorState) -> None:
        self.state = state
        text = state.text()
        self.label.setText(text)
        self.label.setVisible(bool(text))
        if state.online and not state.pending:
            self._retry.stop()
        elif not self._retry.isActive():
            self._retry.start()
        self.state_changed.emit(state)

    def _on_retry_timeout(self) -> None:
        self._submit(self._reconnect, on_done=self._on_reconnected)

    def _on_reconnected(self, state: DoorState | None) -> None:
        if state is not None:
            self._on_state(state)
