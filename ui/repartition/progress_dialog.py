"""A progress dialog following a worker job, whose Cancel stops the job."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.worker import Job


def follow_job(job: Job, parent: QWidget, label: str, title: str, cancel: str) -> QProgressDialog:
    """Show ``job``'s progress (after 300 ms) until it ends; ``cancel`` (the
    button's text) cancels it."""
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def finished() -> None:
        dialog.close()
        dialog.deleteLater()

    job.progressed.connect(progressed)
    job.finished.connect(finished)
    return dialog
