"""Checking people in: a scanned or typed badge code, a person picked by
name, the answer shown at once (colour, words, sound), and undoing this
station's last check-in.

A mixin of :class:`ui.accueil.screen.AccueilScreen`: scans come from the
field, the scan watcher (a scan typed into a dialog) and the webcam.

Its strings keep the screen's translation context, ``AccueilScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer

from katalyze.checkin import service
from katalyze.checkin.service import ScanResult
from ui.accueil import jobs


class CheckingIn:
    """Check-ins by code or by name, their answer, and undo."""

    def check_in_code(self, raw: str) -> None:
        """Check in a scanned (or typed) badge code."""
        self._last_scan_at = time.monotonic()
        self.ctx.worker.submit(
            self.door_link.check_in_code,
            raw,
            self.station_name,
            on_done=self._on_check_in_done,
            on_error=self._on_job_error,
        )

    def check_in_person(self, participant_id: int, *, allow_cancelled: bool = False) -> None:
        """Check in somebody found by name."""
        self.ctx.worker.submit(
            self.door_link.check_in_participant,
            participant_id,
            self.station_name,
            allow_cancelled=allow_cancelled,
            on_done=lambda result: self._on_check_in_done(result, restored=allow_cancelled),
            on_error=self._on_job_error,
        )

    def _on_check_in_done(
        self, result: ScanResult, *, walk_in: bool = False, restored: bool = False
    ) -> None:
        self.show_result(result)
        if result.status == "ok" and result.participant_id is not None:
            self._undo.append((result.participant_id, result.full_name))
            self._update_undo_button()
            if self.index is not None:
                self.index.mark_arrival(result.participant_id, result.checked_in_at, result.station)
            # Counting and telling other screens come after the answer is painted.
            QTimer.singleShot(0, lambda: self._after_arrival(result, walk_in, restored))
        elif restored and result.status == "already":
            # Cancelled after arriving, confirmed again: counted as arrived once more.
            QTimer.singleShot(0, self._after_restore)

    def _after_restore(self) -> None:
        self.refresh_counts()
        self.ctx.signals.participants_changed.emit()

    def _after_arrival(self, result: ScanResult, walk_in: bool, restored: bool = False) -> None:
        self._count_arrival(result, walk_in=walk_in, restored=restored)
        self._emit_checkins_changed()
        if restored:  # the registration is no longer cancelled: lists and index follow
            self.ctx.signals.participants_changed.emit()

    def show_result(self, result: ScanResult) -> None:
        """Answer at once: colour, words, sound; painted before anything else."""
        self.feedback.show_result(result)
        self.sounds.play_status(result.status)
        self.feedback.repaint()
        self.field.clear()
        self._show_matches("")
        self.refocus()
        self.result_shown.emit(result)

    def _on_job_error(self, message: str) -> None:
        self.feedback.show_notice(
            "error", QCoreApplication.translate("AccueilScreen", "PROBLEM"), "", message
        )
        self.sounds.play("error")
        self.refocus()

    def _on_field_scanned(self, text: str) -> None:
        self.check_in_code(text)

    def _on_watcher_scanned(self, text: str) -> None:
        # A scan typed into a dialog: checked in at once, the dialog stays open.
        self.check_in_code(text)

    def _on_camera_codes_read(self, texts: list) -> None:
        for text in texts:
            self.check_in_code(text)

    def _on_feedback_confirm_requested(self, participant_id: int) -> None:
        self.check_in_person(participant_id, allow_cancelled=True)
        self.refocus()

    # -- undo ----------------------------------------------------------------------

    def undo_last(self) -> None:
        """Take back this station's last check-in."""
        if not self._undo:
            self.hint.setText(QCoreApplication.translate("AccueilScreen", "Nothing to undo."))
            return
        participant_id, _name = self._undo.pop()
        self._update_undo_button()
        self.ctx.worker.submit(
            service.undo_check_in,
            self.ctx.db,
            participant_id,
            self.station_name,
            on_done=self._on_undo_done,
            on_error=self._on_job_error,
        )

    def _update_undo_button(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        self.undo_button.setToolTip(
            QCoreApplication.translate("AccueilScreen", "Undo the check-in of %1").replace(
                "%1", self._undo[-1][1]
            )
            if self._undo
            else ""
        )

    def _on_undo_done(self, undone: service.Undone) -> None:
        participant_id, name = undone.participant_id, undone.name
        self._removed_walk_in = undone.walk_in
        if undone.walk_in is None:
            if self.index is not None:
                self.index.mark_arrival(participant_id, None, None)
            message = QCoreApplication.translate(
                "AccueilScreen", "%1 is no longer counted as arrived."
            ).replace("%1", name)
            confirm = None
        else:
            # A walk-in came for this arrival only: their registration went with it.
            if self.index is not None:
                self.index.remove(participant_id)
            message = QCoreApplication.translate(
                "AccueilScreen", "%1 was registered at the door: the registration is removed too."
            ).replace("%1", name)
            confirm = QCoreApplication.translate("AccueilScreen", "Register %1 again").replace(
                "%1", name
            )
        self.feedback.show_notice(
            "undone",
            QCoreApplication.translate("AccueilScreen", "CHECK-IN UNDONE"),
            name,
            message,
            confirm,
        )
        self.refocus()
        self.refresh_counts()
        self._emit_checkins_changed()
        if undone.walk_in is not None:
            self.ctx.signals.participants_changed.emit()
        self.check_in_undone.emit(participant_id)

    def _on_feedback_notice_confirmed(self) -> None:
        """Register again the walk-in whose arrival was just undone (same badge)."""
        record, self._removed_walk_in = self._removed_walk_in, None
        if record is None:
            return
        self.ctx.worker.submit(
            jobs.walk_in,
            self.ctx.db,
            self.door_link.register_walk_in,
            record.draft,
            self.station_name,
            badge_code=record.badge_code,
            on_done=self._on_walk_in_done,
            on_error=self._on_job_error,
        )
        self.refocus()
