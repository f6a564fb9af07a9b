"""The participant form: add or edit one person; errors shown beside the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from katalyze.events import RoleInfo
from katalyze.participants import ParticipantDraft, ParticipantInfo
from katalyze.projects import ProjectInfo
from katalyze.vocabulary import OFFERS
from ui.preparation.draft_dialog import DraftDialog

# submit(draft, on_saved, on_error): the tab saves through the worker and calls back.
SubmitFn = Callable[[ParticipantDraft, Callable[[], None], Callable[[str], None]], None]


class ParticipantDialog(DraftDialog):
    """Nothing typed is lost on an error: the dialog stays open with the message."""

    def __init__(
        self,
        *,
        roles: Sequence[RoleInfo],
        projects: Sequence[ProjectInfo],
        organisations: Sequence[str],
        participant: ParticipantInfo | None,
        submit: SubmitFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self._projects = list(projects)
        self._original = participant
        self.setWindowTitle(
            self.tr("New participant")
            if participant is None
            else self.tr("Participant: %1").replace("%1", participant.full_name)
        )

        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.phone = QLineEdit()
        self.organisation = QLineEdit()
        completer = QCompleter(sorted(set(organisations), key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.role = QComboBox()
        self.role.addItem(self.tr("(no role)"), None)
        for role in roles:
            self.role.addItem(role.label, role.id)
        self.consent = QCheckBox(self.tr("Agrees to share contact details with project holders"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)

        identity = QFormLayout()
        identity.addRow(self.tr("First name"), self.first_name)
        identity.addRow(self.tr("Last name"), self.last_name)
        identity.addRow(self.tr("E-mail"), self.email)
        identity.addRow(self.tr("Phone"), self.phone)
        identity.addRow(self.tr("Organisation"), self.organisation)
        identity.addRow(self.tr("Role"), self.role)
        identity.addRow("", self.consent)
        identity.addRow(self.tr("Notes"), self.notes)

        wishes_box = QGroupBox(self.tr("Wishes, best first"))
        wishes_column = QVBoxLayout(wishes_box)
        self._wishes_layout = QFormLayout()
        wishes_column.addLayout(self._wishes_layout)
        self.wish_combos: list[QComboBox] = []
        self.add_wish_button = QPushButton(self.tr("Add a wish"))
        self.add_wish_button.clicked.connect(lambda: self._add_wish_combo(None))
        wishes = participant.wishes if participant else ()
        for index in range(max(3, len(wishes))):
            self._add_wish_combo(wishes[index] if index < len(wishes) else None)
        wishes_column.addWidget(self.add_wish_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.home_table = self._project_combo()
        self.home_table.addItem(self.tr("(none)"), None)
        for project in self._projects:
            self.home_table.addItem(self._project_label(project), project.id)
        home_form = QFormLayout()
        home_form.addRow(self.tr("Stays at table"), self.home_table)
        home_hint = QLabel(self.tr("For project holders and table hosts."))
        home_hint.setProperty("role", "count")
        home_form.addRow("", home_hint)

        offers_box = QGroupBox(self.tr("Can bring"))
        offers_grid = QGridLayout(offers_box)
        self.offer_boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(OFFERS.items()):
            box = QCheckBox(label)
            self.offer_boxes[code] = box
            offers_grid.addWidget(box, i // 2, i % 2)

        right = QVBoxLayout()
        right.addWidget(wishes_box)
        right.addLayout(home_form)
        right.addWidget(offers_box)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(identity, 1)
        columns.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        self.add_footer(layout)

        if participant is not None:
            self._fill(participant)
        self.first_name.setFocus()

    def _project_label(self, project: ProjectInfo) -> str:
        return self.tr("Table %1 — %2").replace("%1", project.table).replace("%2", project.title)

    def _project_combo(self) -> QComboBox:
        """A combo that stays a sensible width whatever the project titles."""
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
        return combo

    def _add_wish_combo(self, project_id: int | None) -> None:
        combo = self._project_combo()
        combo.addItem("—", None)
        for project in self._projects:
            combo.addItem(self._project_label(project), project.id)
        if project_id is not None:
            found = combo.findData(project_id)
            combo.setCurrentIndex(max(found, 0))
        self.wish_combos.append(combo)
        rank = len(self.wish_combos)
        label = self.tr("Choice %1").replace("%1", str(rank))
        self._wishes_layout.addRow(label, combo)
        self.add_wish_button.setEnabled(len(self.wish_combos) < len(self._projects))

    def _fill(self, p: ParticipantInfo) -> None:
        self.first_name.setText(p.first_name)
        self.last_name.setText(p.last_name)
        self.email.setText(p.email or "")
        self.phone.setText(p.phone)
        self.organisation.setText(p.organisation)
        self.role.setCurrentIndex(max(self.role.findData(p.role_id), 0))
        self.consent.setChecked(p.consent_contact)
        self.notes.setPlainText(p.notes)
        self.home_table.setCurrentIndex(max(self.home_table.findData(p.home_project_id), 0))
        for code, box in self.offer_boxes.items():
            box.setChecked(code in p.offers)

    def draft(self) -> ParticipantDraft:
        """What the form says now (validated by the core when saved)."""
        wishes = [c.currentData() for c in self.wish_combos if c.currentData() is not None]
        return ParticipantDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text().strip() or None,
            phone=self.phone.text(),
            organisation=self.organisation.text(),
            role_id=self.role.currentData(),
            wishes=tuple(wishes),
            offers=tuple(code for code, box in self.offer_boxes.items() if box.isChecked()),
            consent_contact=self.consent.isChecked(),
            notes=self.notes.toPlainText(),
            home_project_id=self.home_table.currentData(),
            sources=self._original.sources if self._original else (),
        )
