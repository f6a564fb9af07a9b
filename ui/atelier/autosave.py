"""Save what is typed without a save button: soon after the last keystroke,
and never later than a fixed time after the first unsaved one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

# Quiet time after the last keystroke, and the longest a keystroke may wait.
DEBOUNCE_MS = 300
MAX_WAIT_MS = 700


class Debouncer(QObject):
    """``poke()`` on every change; ``fired`` is emitted ``delay_ms`` after the
    last poke, or ``max_wait_ms`` after the first unsaved one, whichever comes
    first (a scribe who never pauses is still saved every ``max_wait_ms``)."""

    fired = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        delay_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(delay_ms)
        self._quiet.timeout.connect(self._on_timer_timeout)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self._on_timer_timeout)

    @property
    def pending(self) -> bool:
        return self._deadline.isActive()

    def poke(self) -> None:
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def cancel(self) -> None:
        self._quiet.stop()
        self._deadline.stop()

    def flush(self) -> None:
        """Fire now if something is waiting (switching table, closing)."""
        if self.pending:
            self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        self.cancel()
        self.fired.emit()


def submit_for(
    owner: QObject,
    worker: Any,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    **kwargs: Any,
) -> Any:
    """``worker.submit`` whose callbacks are dropped once ``owner`` is gone
    (a screen closed while its last save was still running: the save is
    done, only the "saved" feedback has nowhere to go)."""

    def alive() -> bool:
        return shiboken6.isValid(owner)

    def done(result: Any) -> None:
        if on_done is not None and alive():
            on_done(result)

    def failed(message: str) -> None:
        if on_error is not None and alive():
            on_error(message)

    return worker.submit(fn, *args, on_done=done, on_error=failed, **kwargs)
