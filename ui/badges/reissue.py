"""Re-issuing a lost badge: confirm, give the person a new code (the old one
then answers "replaced" at the door), and select them to print the new badge.

A mixin of :class:`ui.badges.screen.BadgesScreen`.

Its strings keep the screen's translation context, ``BadgesScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from katalyze.badges.overview import BadgeStatus
from katalyze.checkin.codes import format_code
from katalyze.checkin.service import reissue_badge


class BadgeReissue:
    """A new code for somebody who lost their badge."""

    def reissue_selected(self) -> None:
        """Confirm, then give the selected person a new code."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.busy:
            return
        badge = self.model.row_at(self.model.row_of(ids[0]))
        if badge is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("BadgesScreen", "Re-issue a lost badge"),
            self._reissue_question(badge),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("reissueConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("BadgesScreen", "Re-issue")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result, pid=badge.participant_id: self._on_reissue_answered(pid, result)
        )
        box.open()

    def _reissue_question(self, badge: BadgeStatus) -> str:
        old = format_code(badge.code) if badge.code else ""
        text = QCoreApplication.translate("BadgesScreen", "Give %1 a new badge code?").replace(
            "%1", badge.full_name
        )
        if old:
            text += "\n\n" + QCoreApplication.translate(
                "BadgesScreen", "The old badge (%1) will then answer “replaced” at the door."
            ).replace("%1", old)
        return text

    def _on_reissue_answered(self, participant_id: int, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        self.ctx.worker.submit(
            reissue_badge,
            self.ctx.db,
            participant_id,
            on_done=lambda code, pid=participant_id: self._on_reissued(pid, code),
            on_error=lambda message: self._show_error(
                QCoreApplication.translate("BadgesScreen", "The badge could not be re-issued"),
                message,
            ),
        )

    def _on_reissued(self, participant_id: int, code: str) -> None:
        self._select_after_load = [participant_id]
        self.selection_radio.setChecked(True)
        self.result_label.setText(
            QCoreApplication.translate(
                "BadgesScreen", "New code %1. Generate the PDF to print the new badge."
            ).replace("%1", format_code(code))
        )
        self.badge_reissued.emit(participant_id, code)
        self._dirty = True
        self.ctx.signals.participants_changed.emit()  # reloads this list too
        if not self.isVisible():
            self.reload()
