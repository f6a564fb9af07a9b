"""The window hears what other fronts wrote: core changes become screen signals.

``katalyze.changes`` publishes every committed action on the database's feed,
on whichever thread wrote it. :class:`LiveBridge` carries the changes made by
*another* front (the room's server, another station: any change with an
origin) to the GUI thread and emits the matching ``EventSignals``, so the
Atelier, the Accueil counters and the projector follow the room. The screens'
own jobs have no origin: they already refresh themselves, once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from katalyze.changes import ChangeFeed, Changes

# Changes arriving closer together than this become one refresh (30 phones
# posting each second must not reload the Atelier 30 times a second).
COALESCE_MS = 150


class LiveBridge(QObject):
    """Subscribes to a feed; re-emits other fronts' changes as ``signals``."""

    changes_arrived = Signal(object)  # Changes, emitted on the GUI thread

    _received = Signal(object)  # from any thread, queued to this object's thread

    def __init__(self, feed: ChangeFeed, signals: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = signals
        self._waiting: Changes | None = None
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(COALESCE_MS)
        self._flush.timeout.connect(self._on_flush_timeout)
        self._received.connect(self._on_feed_received, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = feed.subscribe(self._on_feed_changes)

    def _on_feed_changes(self, changes: Changes) -> None:  # any thread
        if changes.origin is not None:
            self._received.emit(changes)

    @Slot(object)
    def _on_feed_received(self, changes: Changes) -> None:
        self._waiting = changes if self._waiting is None else self._waiting | changes
        if not self._flush.isActive():
            self._flush.start()

    def _on_flush_timeout(self) -> None:
        changes, self._waiting = self._waiting, None
        if changes is None:
            return
        for topic in sorted(changes.topics):
            signal = getattr(self._signals, f"{topic}_changed", None)
            if signal is None:
                continue
            if topic == "items":
                signal.emit(changes.projects)  # which tables, when known
            else:
                signal.emit()
        self.changes_arrived.emit(changes)

    def stop(self) -> None:
        self._flush.stop()
        self._waiting = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
