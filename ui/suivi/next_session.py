"""« Nouvelle session à partir de… »: next year's evening from this one.

Asks for last year's event file and where to save the new one, runs
:func:`katalyze.followup.next_session.new_session` on a worker of its own
(the window may have no event open), then hands the new file back to open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from katalyze.followup.next_session import NewSessionSummary, new_session_from
from katalyze.paths import events_dir
from ui.worker import DbWorker

SUFFIX = ".katalyze"


class NewSessionFlow(QObject):
    """One run of the flow; ``created(path)`` once the new event is written."""

    created = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, source: str | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._source = source
        self._worker: DbWorker | None = None

    def start(self, ask: Callable[..., tuple[str, str]] | None = None) -> None:
        """Ask for the files (``ask`` replaces the dialogs in tests), then run."""
        source = self._source
        if source is None:
            source, _filter = QFileDialog.getOpenFileName(
                self._window,
                self.tr("New session from… (last year's event)"),
                str(events_dir()),
                self.tr("Katalyze events (*.katalyze);;All files (*)"),
            )
            if not source:
                return
        suggested = Path(source).with_name(Path(source).stem + self.tr(" next session") + SUFFIX)
        target, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the new session as"),
            str(suggested),
            self.tr("Katalyze events (*.katalyze);;All files (*)"),
        )
        if not target:
            return
        if not target.endswith(SUFFIX):
            target += SUFFIX
        self.run(source, target)

    def run(self, source: str, target: str) -> None:
        self._worker = DbWorker(self)
        job = self._worker.submit(new_session_from, source, target)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)

    def _stop(self) -> None:
        if self._worker is not None:
            self._worker.shutdown()
            self._worker = None

    def _on_job_succeeded(self, summary: NewSessionSummary) -> None:
        self._stop()
        self.created.emit(summary.path)

    def _on_job_failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
        QMessageBox.warning(self._window, self.tr("The new session was not created"), message)
