"""Telling a handheld scanner from a person typing, in one text field.

A USB scanner "types" the badge code as keystrokes a few milliseconds apart,
then Enter, Tab or nothing at all (depending on how it was set up). A person
types a name with 80–300 ms between keys. :class:`ScanBurstDetector` sees each
key with its timestamp (injected, so tests control time) and decides:

- a key that comes slowly (more than ``fast_ms`` after the previous one) is a
  person's: the search can run at once;
- a key that comes fast extends a *run*; while a run is going the search
  waits, since it may be a scan;
- a run of at least ``min_length`` characters ends as a **scan** on Enter or
  Tab, or when no key comes for ``idle_ms`` (the owner runs a timer and calls
  :meth:`idle`). A shorter run (key rollover when typing fast) is typing.

:class:`ScanField` is the one always-focused line edit of the Accueil screen,
built on the detector; :class:`BurstWatcher` applies the same rule to keys
aimed at other widgets (a dialog's fields), so that a scan made while a dialog
is open is not lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

FAST_MS = 20.0  # keys closer than this belong to a scanner burst
IDLE_MS = 70.0  # a burst without terminator ends after this much silence
MIN_SCAN_LENGTH = 6  # shorter fast runs are a person's key rollover

TERMINATOR_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


def event_time(event: QKeyEvent, clock: Callable[[], float]) -> float:
    """When the key was pressed, in ms.

    The window system stamps real key events as they happen, so a scanner's
    burst keeps its few-ms spacing even if the GUI thread was busy (say,
    painting the previous answer) while the keys queued up. Events made by
    the program itself carry no stamp; then, or when a test injected its own
    clock, the clock tells.
    """
    stamp = event.timestamp()
    if stamp and clock is monotonic_ms:
        return float(stamp)
    return clock()


@dataclass
class ScanBurstDetector:
    """Pure timing logic: no Qt, timestamps in milliseconds passed in."""

    fast_ms: float = FAST_MS
    min_length: int = MIN_SCAN_LENGTH
    _run: list[str] = field(default_factory=list)
    _last: float | None = None

    @property
    def run(self) -> str:
        """The characters of the current fast run (possibly a scan)."""
        return "".join(self._run)

    @property
    def in_burst(self) -> bool:
        """True while keys arrive at scanner speed: hold the search back."""
        return len(self._run) >= 2

    def key(self, text: str, t_ms: float) -> bool:
        """A printable key arrived; returns True when it is a person's key
        (search now), False when it extends a fast run (wait)."""
        fast = self._last is not None and t_ms - self._last <= self.fast_ms
        self._last = t_ms
        if fast and self._run:
            self._run.append(text)
            return False
        self._run = [text]
        return True

    def terminator(self, t_ms: float) -> str | None:
        """Enter or Tab: the scanned text if a burst just ended, else None
        (a person pressed the key). The run is over either way."""
        scan = self._take()
        self._last = t_ms
        return scan

    def idle(self) -> str | None:
        """No key for a while: the scanned text if a burst ended, else None."""
        scan = self._take()
        self._last = None
        return scan

    def reset(self) -> None:
        self._run = []
        self._last = None

    def _take(self) -> str | None:
        run, self._run = self.run, []
        return run if len(run) >= self.min_length else None


class ScanField(QLineEdit):
    """The Accueil field: scans and typed names share it.

    Signals: ``scanned(text)`` for a scanner burst (already removed from the
    field), ``search_requested(text)`` when the typed text changed at human
    speed, ``enter_pressed()`` for a person's Enter, ``moved(step)`` for the
    arrow keys (to walk the results), ``cleared()`` on Escape.
    """

    scanned = Signal(str)
    search_requested = Signal(str)
    enter_pressed = Signal()
    moved = Signal(int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detector = ScanBurstDetector()
        self.clock: Callable[[], float] = monotonic_ms
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(IDLE_MS))
        self._idle.timeout.connect(self._on_idle_timeout)
        self._search_pending = False
        self.textEdited.connect(self._on_self_text_edited)

    def set_timing(self, fast_ms: float, idle_ms: float) -> None:
        self.detector.fast_ms = fast_ms
        self._idle.setInterval(int(idle_ms))

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z is the screen's "undo last check-in", not the field's undo.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.Undo
        ):
            return False
        # Tab never leaves the field: it may end a scan.
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        now = event_time(event, self.clock)
        if key in TERMINATOR_KEYS:
            self._idle.stop()
            scan = self.detector.terminator(now)
            if scan is not None:
                self._finish_scan(scan)
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._flush_search()
                self.enter_pressed.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
            self.moved.emit(step)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.detector.reset()
            self.clear()
            self.cleared.emit()
            event.accept()
            return
        text = event.text()
        if (
            text
            and text.isprintable()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        ):
            self.detector.key(text, now)
            self._idle.start()
        super().keyPressEvent(event)

    def _on_self_text_edited(self, text: str) -> None:
        # During a burst the search waits (it may be a scan); so does a lone
        # first character, which a scan also starts with: the idle gap, a
        # few tens of ms later, shows its results without a flicker on scans.
        if self.detector.in_burst or len(text) == 1:
            self._search_pending = True
            if not self._idle.isActive():
                self._idle.start()
        else:
            self._search_pending = False
            self.search_requested.emit(text)

    def _on_idle_timeout(self) -> None:
        scan = self.detector.idle()
        if scan is not None:
            self._finish_scan(scan)
        else:
            self._flush_search()

    def _flush_search(self) -> None:
        if self._search_pending:
            self._search_pending = False
            self.search_requested.emit(self.text())

    def _finish_scan(self, scan: str) -> None:
        self._search_pending = False
        # The check-in starts first; tidying the field can wait a few µs.
        self.scanned.emit(scan)
        text = self.text()
        # Take the scan out of the field, keep what the person had typed before.
        self.setText(text[: -len(scan)] if text.endswith(scan) else "")
        self.search_requested.emit(self.text())


class BurstWatcher(QObject):
    """Application-wide event filter catching scans aimed at other widgets.

    The screen installs it only while the keyboard is somewhere else than its
    field (a Python filter on every event would slow the whole GUI thread).
    While a dialog of the screen is open (a walk-in form, the station name),
    the scanner types into whatever has focus there. The watcher runs the same
    burst rule on those keys; when a scan is recognised it removes its
    characters from the line edit they landed in, swallows the terminator (so
    Enter does not submit the dialog) and emits ``scanned``. The screen checks
    the code in at once: the badge holder is standing there now.
    """

    scanned = Signal(str)

    def __init__(self, accepts: Callable[[QWidget], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepts = accepts
        self.installed = False  # set by the owner when it installs the filter
        self.detector = ScanBurstDetector()
        self.clock: Callable[[], float] = monotonic_ms
        self._target: QWidget | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(IDLE_MS))
        self._idle.timeout.connect(self._on_idle_timeout)

    def set_timing(self, fast_ms: float, idle_ms: float) -> None:
        self.detector.fast_ms = fast_ms
        self._idle.setInterval(int(idle_ms))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        # Each key is seen once, by the widget it is aimed at.
        if obj is not focus and not (focus is None and obj.isWindow()):
            return False
        if not self._accepts(obj):
            return False
        key = event.key()
        now = event_time(event, self.clock)
        if key in TERMINATOR_KEYS:
            self._idle.stop()
            scan = self.detector.terminator(now)
            if scan is not None:
                self._finish(scan)
                return True  # Enter/Tab belonged to the scanner
            return False
        text = event.text()
        if text and text.isprintable():
            self.detector.key(text, now)
            self._target = obj
            self._idle.start()
        return False

    def _on_idle_timeout(self) -> None:
        scan = self.detector.idle()
        if scan is not None:
            self._finish(scan)

    def _finish(self, scan: str) -> None:
        target, self._target = self._target, None
        if isinstance(target, QLineEdit) and target.text().endswith(scan):
            target.setText(target.text()[: -len(scan)])
        self.scanned.emit(scan)
