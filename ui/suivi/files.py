"""The Suivi screen's files: an edited actions sheet coming back (reviewed
before anything is written), and the follow-up reports (PDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from katalyze.db import Database
from katalyze.followup.data import load_followup
from katalyze.followup.reports import write_followup_reports
from katalyze.followup.sheet import ActionSheetReview
from ui.suivi.models import StatusWords


def write_reports(db: Database, folder: str, today: dt.date) -> list[Path]:
    """Read the year and write every follow-up PDF into ``folder``."""
    return write_followup_reports(load_followup(db), folder, today)


class SheetReviewDialog(QDialog):
    """What an edited sheet would change, its problems at their row and
    column; "Apply" only when nothing is wrong."""

    apply_requested = Signal(object)  # ActionSheetReview

    def __init__(self, review: ActionSheetReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        words = StatusWords(self)
        self.setWindowTitle(self.tr("Import of %1").replace("%1", review.file))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        errors = sum(p.severity == "error" for p in review.problems)
        summary = (
            self.tr("%1 action(s) to update, %2 unchanged (sheet %3).")
            .replace("%1", str(len(review.changes)))
            .replace("%2", str(review.unchanged))
            .replace("%3", review.sheet)
        )
        if review.refused:
            summary += " " + self.tr(
                "%1 error(s): nothing will be written until the file is fixed."
            ).replace("%1", str(errors))
        self.summary = QLabel(summary)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        lines = [str(p) for p in review.problems]
        if lines:
            lines.append("")
        for change in review.changes:
            moved = (
                f"{words.status(change.old_status)} → {words.status(change.new_status)}"
                if change.new_status
                else self.tr("note only")
            )
            note = f" — {change.note}" if change.note else ""
            lines.append(
                self.tr("Row %1: no. %2 %3 (%4)%5")
                .replace("%1", str(change.row))
                .replace("%2", str(change.action_id))
                .replace("%3", change.text)
                .replace("%4", moved)
                .replace("%5", note)
            )
        self.details = QPlainTextEdit("\n".join(lines))
        self.details.setObjectName("reviewDetails")
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("Apply the changes"))
        self.apply_button.setObjectName("applySheet")
        self.apply_button.setEnabled(not review.refused and bool(review.changes))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._on_apply_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_apply_clicked(self) -> None:
        self.apply_requested.emit(self.review)
        self.accept()
