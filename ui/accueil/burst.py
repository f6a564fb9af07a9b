"""Telling a badge scan from a person typing, by what is typed, not how fast.

A USB or Bluetooth scanner "types" the badge code as keystrokes, then Enter,
Tab or nothing at all (depending on how it was set up). How fast it types
depends on the scanner, the radio link and how busy the laptop is, so the
keys' timing says nothing reliable. What is typed does: a badge code is ten
letters of the code alphabet whose two check letters add up
(:mod:`katalyze.checkin.codes`); a name almost never does (1 chance in 289
for ten code letters in a row, and names rarely have ten such letters in a
row; with this event's three-letter tag, 1 in 1.4 million).

:class:`ScanRecognizer` (no Qt) sees each printable key and says, as soon as
the keys typed end with a well-formed code, that it was a scan; the key
that follows it, if Enter or Tab, is the scanner's terminator and is
swallowed. :class:`ScanField` is the Accueil's line edit (scans and typed
names share it); :class:`BurstWatcher` applies the same rule to keys aimed at
the screen's other widgets and dialogs (the walk-in form, the station name),
so a code typed there is checked in and never becomes a name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from katalyze.checkin.codes import ALPHABET, CODE_LENGTH, TAG_LENGTH, well_formed

TERMINATOR_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
# What scanners and people put between a code's groups (as normalize_scan drops).
SEPARATORS = frozenset(" -‐‑‒–—_.·/:")
BUFFER_LIMIT = 64  # keys remembered; a code with separators is under 20
HOLD_MS = 150  # display only: how long a possible code waits to be searched as a name


@dataclass(frozen=True)
class Scan:
    """A recognised code and how many of the typed characters it took."""

    code: str
    typed: str  # the characters as they were typed (case, separators kept)


@dataclass
class ScanRecognizer:
    """Pure content rule: feed it keys, it names the scans.

    ``tag`` is the event's three-letter code prefix, once known: a code of
    this event is recognised even right after other typed letters; a
    well-formed code of another event (last year's badge) only when it
    stands alone, so the screen can say *foreign*.
    """

    tag: str | None = None
    _typed: list[str] = field(default_factory=list)
    _after_scan: bool = False

    def key(self, text: str) -> Scan | None:
        """A printable key; the scan it completes, if any."""
        self._after_scan = False
        self._typed.append(text)
        del self._typed[:-BUFFER_LIMIT]
        scan = self._scan()
        if scan is not None:
            self._typed.clear()
            self._after_scan = True
        return scan

    def backspace(self) -> None:
        self._after_scan = False
        if self._typed:
            self._typed.pop()

    def terminator(self) -> bool:
        """Enter or Tab: True when it ends the scan just recognised (the
        scanner's own key, to swallow), False when a person pressed it."""
        swallow, self._after_scan = self._after_scan, False
        self._typed.clear()
        return swallow

    @property
    def typed(self) -> str:
        """The keys seen since the last scan or reset."""
        return "".join(self._typed)

    def could_be_code(self, text: str) -> bool:
        """Whether ``text`` may still grow into one of this event's codes
        (code letters only, at most ten, starting like the event's tag)."""
        compact = "".join(c for c in text.upper() if c not in SEPARATORS)
        if not compact or len(compact) > CODE_LENGTH or any(c not in ALPHABET for c in compact):
            return False
        head = compact[:TAG_LENGTH]
        return self.tag is None or self.tag.startswith(head)

    def reset(self) -> None:
        """The cursor moved, the focus changed, the field was cleared."""
        self._typed.clear()
        self._after_scan = False

    def _scan(self) -> Scan | None:
        # Walk back over code letters and separators: the last ten letters
        # are the candidate, ``run`` counts the letters of the whole run.
        letters: list[str] = []
        start = len(self._typed)
        run = 0
        for i in range(len(self._typed) - 1, -1, -1):
            upper = self._typed[i].upper()
            if upper in ALPHABET:
                run += 1
                if len(letters) < CODE_LENGTH:
                    letters.append(upper)
                    start = i
            elif self._typed[i] not in SEPARATORS:
                break
        code = "".join(reversed(letters))
        if not well_formed(code):
            return None
        own = self.tag is not None and code[:TAG_LENGTH] == self.tag
        if not own and run != CODE_LENGTH:
            return None
        return Scan(code, "".join(self._typed[start:]))


def _printable(event: QKeyEvent) -> str:
    text = event.text()
    if not text or not text.isprintable():
        return ""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return ""
    return text


def take_out(edit: QLineEdit, typed: str) -> None:
    """Remove a scan's characters (all but the last key, not inserted yet)
    from just before the cursor of ``edit``."""
    before = typed[:-1]
    if not before:
        return
    cursor = edit.cursorPosition()
    text = edit.text()
    if text[:cursor].endswith(before):
        start = cursor - len(before)
        edit.setText(text[:start] + text[cursor:])
        edit.setCursorPosition(start)


class ScanField(QLineEdit):
    """The Accueil field: scans and typed names share it.

    Signals: ``scanned(code)`` for a recognised badge code (already taken
    out of the field), ``search_requested(text)`` when the typed text
    changed, ``enter_pressed()`` for a person's Enter, ``moved(step)`` for
    the arrow keys (to walk the results), ``cleared()`` on Escape.
    """

    scanned = Signal(str)
    search_requested = Signal(str)
    enter_pressed = Signal()
    moved = Signal(int)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recognizer = ScanRecognizer()
        self.textEdited.connect(self._on_self_text_edited)
        self.textChanged.connect(self._on_self_text_changed)
        # Text that may still become a code waits a moment before it is
        # searched as a name (only what is shown waits, never a decision):
        # a scan then answers without the list flickering to "nobody found".
        self._held = QTimer(self)
        self._held.setSingleShot(True)
        self._held.setInterval(HOLD_MS)
        self._held.timeout.connect(self._on_held_timeout)

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
        if key in TERMINATOR_KEYS:
            if not self.recognizer.terminator() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._held.isActive():  # a person's Enter: the search first
                    self._held.stop()
                    self.search_requested.emit(self.text())
                self.enter_pressed.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
            self.moved.emit(step)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.recognizer.reset()
            self.clear()
            self.cleared.emit()
            event.accept()
            return
        text = _printable(event)
        if text:
            scan = self.recognizer.key(text)
            if scan is not None:
                take_out(self, scan.typed)
                event.accept()
                self._held.stop()
                self.scanned.emit(scan.code)
                self.search_requested.emit(self.text())
                return
        elif key == Qt.Key.Key_Backspace:
            self.recognizer.backspace()
        elif key not in (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock):
            self.recognizer.reset()
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self.recognizer.reset()  # the cursor may move: what follows is new text
        super().mousePressEvent(event)

    def _on_self_text_edited(self, text: str) -> None:
        if self.recognizer.could_be_code(text):
            self._held.start()
            return
        self._held.stop()
        self.search_requested.emit(text)

    def _on_held_timeout(self) -> None:
        self.search_requested.emit(self.text())

    def _on_self_text_changed(self, text: str) -> None:
        if not text:  # cleared (after an answer, by Escape): start afresh
            self.recognizer.reset()
            self._held.stop()


class BurstWatcher(QObject):
    """Application-wide event filter catching scans aimed at other widgets.

    The screen installs it only while the keyboard is somewhere else than its
    field (a Python filter on every event would slow the whole GUI thread).
    While a dialog of the screen is open (a walk-in form, the station name),
    the scanner types into whatever has focus there. The watcher runs the same
    content rule on those keys; when a code is recognised it removes its
    characters from the line edit they landed in, swallows the last key and
    the terminator (so Enter does not submit the dialog) and emits
    ``scanned``. The screen checks the code in at once: the badge holder is
    standing there now.
    """

    scanned = Signal(str)

    def __init__(self, accepts: Callable[[QWidget], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepts = accepts
        self.installed = False  # set by the owner when it installs the filter
        self.recognizer = ScanRecognizer()
        self._target: QWidget | None = None
        self._held: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._replaying = False
        self._before: tuple[str, int, int] | None = None

    def _take_scan_out(self, edit: QLineEdit, scan: Scan, *, whole: bool) -> None:
        """Leave ``edit`` as it was before the scanner typed into it."""
        before, self._before = self._before, None
        if whole and before is not None and before[2]:
            text, start, length = before
            edit.setText(text)
            edit.setSelection(start, length)
            return
        take_out(edit, scan.typed)

    def _replay(self, obj: QObject) -> None:
        """The keys held back were a person's after all: deliver them, in order."""
        held, self._held = self._held, []
        self._replaying = True
        try:
            for key, modifiers, text in held:
                QApplication.sendEvent(obj, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        finally:
            self._replaying = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        # Each key is seen once, by the widget it is aimed at.
        if obj is not focus and not (focus is None and obj.isWindow()):
            return False
        if not self._accepts(obj):
            return False
        if obj is not self._target:
            self.recognizer.reset()
            self._held.clear()
            self._target = obj
        key = event.key()
        if key in TERMINATOR_KEYS:
            if self.recognizer.terminator():
                return True  # the scanner's Enter/Tab: swallowed
            self._replay(obj)
            return False
        text = _printable(event)
        if text:
            if self._replaying:
                return False
            if isinstance(obj, QLineEdit) and not self.recognizer.typed:
                # What the first key may replace (a pre-filled, selected name).
                self._before = (obj.text(), obj.selectionStart(), len(obj.selectedText()))
            prior = self.recognizer.typed
            scan = self.recognizer.key(text)
            if scan is not None:
                self._held.clear()  # a scan's keys never reach a list or a box
                if isinstance(obj, QLineEdit):
                    self._take_scan_out(obj, scan, whole=prior + text == scan.typed)
                self.scanned.emit(scan.code)
                return True
            if isinstance(obj, QLineEdit):
                return False
            # A list or a box acts on each key (a combo jumps, a space ticks):
            # keys that may still be a code wait, the others go through.
            if self.recognizer.could_be_code(self.recognizer.typed):
                self._held.append((event.key(), event.modifiers(), text))
                return True
            self._replay(obj)
            return False
        self._replay(obj)
        if key == Qt.Key.Key_Backspace:
            self.recognizer.backspace()
        elif key not in (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock):
            self.recognizer.reset()
        return False
