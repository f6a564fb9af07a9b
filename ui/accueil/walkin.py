"""Registering somebody who came without registering, in a few seconds.

Name, organisation, role and an optional e-mail, Enter to submit. The screen
does the work (register and check in at once, through the database worker)
and tells the dialog how it went: on success it closes, on a problem (an
e-mail already used...) the sentence shows and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from katalyze.events import RoleInfo
from katalyze.participants import ParticipantDraft


class WalkInDialog(QDialog):
    """``submitted(draft, print_badge)`` when the person presses Enter / OK."""

    submitted = Signal(object, bool)

    def __init__(
        self,
        roles: list[RoleInfo],
        *,
        default_role_id: int | None = None,
        print_badge: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.setModal(True)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        self.role = QComboBox()
        for role in roles:
            self.role.addItem(role.label, role.id)
        if default_role_id is not None:
            found = self.role.findData(default_role_id)
            if found >= 0:
                self.role.setCurrentIndex(found)
        self.print_badge = QCheckBox(self.tr("Print the badge now"))
        self.print_badge.setChecked(print_badge)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.print_badge)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register and check in"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Registers the person and checks them in at once."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> ParticipantDraft:
        return ParticipantDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            role_id=self.role.currentData(),
            email=self.email.text().strip() or None,
        )

    def _on_buttons_accepted(self) -> None:
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            self.show_error(self.tr("Type at least a first or a last name."))
            self.last_name.setFocus()
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.draft(), self.print_badge.isChecked())

    def show_error(self, message: str) -> None:
        """The registration failed: say why, let the person fix it."""
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def finish(self) -> None:
        """The registration worked."""
        self.accept()
