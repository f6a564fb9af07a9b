"""Registering somebody who came without registering, in a few seconds.

Name (required), organisation, role, an optional e-mail, whether their
contact details may be shared, and up to three wished projects, best first;
Enter submits. A badge code is never a name: the screen's scan watcher takes
codes typed here as scans, and the form refuses one pasted in. The screen
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

from katalyze.checkin.codes import looks_like_code
from katalyze.events import RoleInfo
from katalyze.participants import ParticipantDraft
from katalyze.projects import ProjectInfo

WISHES = 3  # ranked choices offered at the door


class WalkInDialog(QDialog):
    """``submitted(draft, print_badge)`` when the person presses Enter / OK."""

    submitted = Signal(object, bool)

    def __init__(
        self,
        roles: list[RoleInfo],
        projects: list[ProjectInfo] | None = None,
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
        self.consent = QCheckBox(self.tr("Agrees to share their contact details with the tables"))
        self.wishes: list[QComboBox] = []
        for _rank in range(WISHES):
            box = QComboBox()
            box.addItem(self.tr("(no preference)"), None)
            for project in projects or []:
                box.addItem(
                    self.tr("Table %1 · %2")
                    .replace("%1", str(project.table_number))
                    .replace("%2", project.title),
                    project.id,
                )
            box.setMaximumWidth(520)
            self.wishes.append(box)
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
        form.addRow("", self.consent)
        labels = (self.tr("1st choice"), self.tr("2nd choice"), self.tr("3rd choice"))
        for label, box in zip(labels, self.wishes, strict=True):
            form.addRow(label, box)
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
            consent_contact=self.consent.isChecked(),
            wishes=self.chosen_wishes(),
        )

    def chosen_wishes(self) -> tuple[int, ...]:
        """The projects chosen, best first, each once."""
        chosen: list[int] = []
        for box in self.wishes:
            pid = box.currentData()
            if pid is not None and pid not in chosen:
                chosen.append(pid)
        return tuple(chosen)

    def _on_buttons_accepted(self) -> None:
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        if not (first or last):
            self.show_error(self.tr("Type the person's name: a first or a last name at least."))
            self.last_name.setFocus()
            return
        if any(looks_like_code(text) for text in (first, last, f"{first}{last}")):
            self.show_error(
                self.tr("That is a badge code, not a name: scan it from the main field instead.")
            )
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
