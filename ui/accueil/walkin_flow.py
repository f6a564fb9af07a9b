"""Walk-ins at the door: the form (see :mod:`.walkin`) pre-filled with the
name typed, the registration and check-in on the worker, and the badge PDF
printed on request.

A mixin of :class:`ui.accueil.screen.AccueilScreen`.

Its strings keep the screen's translation context, ``AccueilScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from katalyze.checkin.codes import looks_like_code
from katalyze.checkin.service import ScanResult
from katalyze.participants import ParticipantDraft
from ui.accueil import jobs
from ui.accueil.walkin import WalkInDialog

ROLE_KEY = "accueil/walk_in_role"
PRINT_KEY = "accueil/walk_in_print"


class WalkInFlow:
    """Register, check in and badge somebody who did not register."""

    def open_walk_in(self) -> WalkInDialog:
        """Open the walk-in form (returned so a caller can fill it)."""
        if self._dialog is not None:
            self._dialog.raise_()
            return self._dialog
        role = self.ctx.settings.value(ROLE_KEY, None)
        default_role = int(role) if role not in (None, "") else None
        if default_role is None:
            default_role = next((r.id for r in self.roles if r.key == "citoyen"), None)
        dialog = WalkInDialog(
            self.roles,
            self.projects,
            default_role_id=default_role,
            print_badge=str(self.ctx.settings.value(PRINT_KEY, "false")).lower() == "true",
            parent=self,
        )
        # The typed text is kept in the field for the form: a volunteer who
        # searched "Martin" and found nobody need not type it again.
        typed = self.field.text().strip()
        if typed and not looks_like_code(typed):
            words = typed.split()
            dialog.first_name.setText(" ".join(words[:-1]) if len(words) > 1 else "")
            dialog.last_name.setText(words[-1])
        dialog.submitted.connect(self._on_walk_in_submitted)
        dialog.finished.connect(self._on_walk_in_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _on_walk_in_submitted(self, draft: ParticipantDraft, print_badge: bool) -> None:
        dialog = self._dialog
        assert dialog is not None
        self.ctx.settings.setValue(ROLE_KEY, draft.role_id if draft.role_id is not None else "")
        self.ctx.settings.setValue(PRINT_KEY, "true" if print_badge else "false")

        def done(loaded) -> None:
            dialog.finish()
            result = self._on_walk_in_done(loaded)
            if print_badge and result.participant_id is not None:
                self._print_badge(result.participant_id)

        self.ctx.worker.submit(
            jobs.walk_in,
            self.ctx.db,
            self.door_link.register_walk_in,
            draft,
            self.station_name,
            on_done=done,
            on_error=dialog.show_error,
        )

    def _on_walk_in_done(self, loaded) -> ScanResult:
        result, person = loaded
        if self.index is not None and person is not None:  # None: kept offline for now
            self.index.upsert(person)
        self._on_check_in_done(result, walk_in=True)
        self.walk_in_registered.emit(result)
        return result

    def _on_walk_in_finished(self, _result: int) -> None:
        self._dialog = None
        self.field.clear()
        self._show_matches("")
        QTimer.singleShot(0, self._refocus_after_dialog)

    def _print_badge(self, participant_id: int) -> None:
        self.hint.setText(QCoreApplication.translate("AccueilScreen", "Preparing the badge…"))

        def done(path: Path) -> None:
            self.hint.setText(
                QCoreApplication.translate(
                    "AccueilScreen", "Badge ready: print it from the viewer that opened."
                )
            )
            self.open_document(path)
            self.badge_opened.emit(str(path))

        self.ctx.worker.submit(
            jobs.badge_pdf, self.ctx.db, participant_id, on_done=done, on_error=self._on_badge_error
        )

    def _on_badge_error(self, message: str) -> None:
        self.hint.setText(
            QCoreApplication.translate("AccueilScreen", "The badge could not be made: %1").replace(
                "%1", message
            )
        )
