"""The app's last line of defence: an exception nobody caught (in a slot, a
timer, another thread) becomes a crash report in the data folder and one
sentence in a message box, never a traceback on screen nor a silent quit."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from katalyze.crash import report_crash

_showing = False


class _Relay(QObject):
    """Carries a worker thread's crash sentence to the GUI thread (queued signal)."""

    crashed = Signal(str)


_relay: _Relay | None = None


def show_crash(message: str, parent: QWidget | None = None) -> None:
    """Tell the person, once at a time (a failing timer must not pile up boxes)."""
    global _showing
    print(f"katalyze: {message}", file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        QMessageBox.critical(parent, "Katalyze", message)
    finally:
        _showing = False


class _Relay(QObject):
    """Carries a worker thread's crash sentence to the GUI thread (queued signal)."""

    crashed = Signal(str)


_relay: _Relay | None = None


def install_crash_hook(parent: Callable[[], QWidget | None] = lambda: None) -> None:
    """Route uncaught exceptions of the GUI thread and of worker threads to
    :func:`report_crash`; the message box shows on the GUI thread."""
    global _relay
    previous = sys.excepthook
    _relay = _Relay()  # built on the GUI thread, so its slot runs there
    _relay.crashed.connect(lambda message: show_crash(message, parent()))

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        show_crash(report_crash(error, "app"), parent())

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        message = report_crash(args.exc_value, f"thread: {getattr(args.thread, 'name', '?')}")
        if _relay is not None:
            _relay.crashed.emit(message)

    sys.excepthook = hook
    threading.excepthook = thread_hook
