"""Placement runs: the whole-evening placement (on the worker, with progress
and Cancel) and seating the late arrivals; both land on the undo stack as
one step.

A mixin of :class:`ui.repartition.screen.RepartitionScreen`.

Its strings keep the screen's translation context, ``RepartitionScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.repartition import jobs
from ui.repartition.commands import ReplaceSeatsCommand
from ui.repartition.progress_dialog import follow_job
from ui.worker import Job


class PlacementRuns:
    """Run the placement, seat late arrivals, report how it went."""

    def run_placement(self) -> Job:
        """Start a placement run with the options shown; the dialog shows the
        step and the best seating so far, and its Stop keeps that best."""
        self.banner.hide()
        rounds = self.rounds_spin.value()
        job = self.ctx.worker.submit(
            jobs.run_placement,
            self.ctx.db,
            rounds,
            self.present_only.isChecked(),
            self.seed_spin.value(),
            self.minimise_moves.isChecked(),
            with_progress=True,
        )
        self.run_button.setEnabled(False)
        follow_job(
            job,
            self,
            QCoreApplication.translate("RepartitionScreen", "Seating people at the tables…"),
            QCoreApplication.translate("RepartitionScreen", "Placement"),
            QCoreApplication.translate("RepartitionScreen", "Stop and keep the best"),
        )
        job.succeeded.connect(self._on_placement_succeeded)
        job.failed.connect(self._on_placement_failed)
        job.cancelled.connect(self._on_placement_cancelled)
        job.finished.connect(self._on_placement_finished)
        return job

    def _on_run_clicked(self) -> None:
        self.run_placement()

    def _on_placement_succeeded(self, outcome: jobs.PlacementOutcome) -> None:
        self.undo_stack.push(
            ReplaceSeatsCommand(
                self,
                QCoreApplication.translate("RepartitionScreen", "Placement"),
                outcome.before,
                outcome.after,
                outcome.rounds,
            )
        )
        self._show_report(outcome.report)
        self.side.setCurrentWidget(self.report_view)
        self._notify_seats_changed()
        self._on_load_done(outcome.state, options=True)
        self.placement_finished.emit(True)

    def _on_placement_failed(self, message: str) -> None:
        self._show_error(message)
        self.placement_finished.emit(False)

    def _on_placement_cancelled(self) -> None:
        self._show_banner(
            QCoreApplication.translate(
                "RepartitionScreen", "Placement cancelled: nothing was changed."
            ),
            "info",
        )
        self.placement_finished.emit(False)

    def _on_placement_finished(self) -> None:
        self.run_button.setEnabled(True)

    def _on_late_clicked(self) -> None:
        ids = [
            pid
            for pid in self.unseated_view.selected_ids()
            if self._seating and pid in self._seating.people and self._seating.people[pid].present
        ]
        if not ids and self._board is not None:
            ids = [p.id for p in self._board.unseated if p.present]
        self.seat_late_arrivals(ids)

    def seat_late_arrivals(self, participant_ids: list[int]) -> Job | None:
        if not participant_ids:
            return None
        job = self.ctx.worker.submit(
            jobs.seat_late_arrivals, self.ctx.db, participant_ids, on_error=self._show_error
        )
        job.succeeded.connect(self._on_late_succeeded)
        return job

    def _on_late_succeeded(self, outcome: jobs.PlacementOutcome) -> None:
        self.undo_stack.push(
            ReplaceSeatsCommand(
                self,
                QCoreApplication.translate("RepartitionScreen", "Seat late arrivals"),
                outcome.before,
                outcome.after,
                outcome.rounds,
            )
        )
        self._notify_seats_changed()
        self._on_load_done(outcome.state)
        self._show_banner(outcome.message, "info")
