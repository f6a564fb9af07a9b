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

from PySide6.QtCore import QObject, Qt, Signal, Slot

from katalyze.changes import ChangeFeed, Changes


class LiveBridge(QObject):
    """Subscribes to a feed; re-emits other fronts' changes as ``signals``."""

    changes_arrived = Signal(object)  # Changes, emitted on the GUI thread

    _received = Signal(object)  # from any thread, queued to this object's thread

    def __init__(self, feed: ChangeFeed, signals: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = signals
        self._received.connect(self._on_feed_received, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = feed.subscribe(self._on_feed_changes)

    def _on_feed_changes(self, changes: Changes) -> None:  # any thread
        if changes.origin is not None:
            self._received.emit(changes)

    @Slot(object)
    def _on_feed_received(self, changes: Changes) -> None:
        for topic in sorted(changes.topics):
            signal = getattr(self._signals, f"{topic}_changed", None)
            if signal is not None:
                signal.emit()
        self.changes_arrived.emit(changes)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
