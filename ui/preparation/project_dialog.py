"""The project form: one project is one table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from katalyze.projects import ProjectDraft, ProjectInfo
from katalyze.vocabulary import NEEDS
from ui.preparation.draft_dialog import DraftDialog

SubmitFn = Callable[[ProjectDraft, Callable[[], None], Callable[[str], None]], None]


class ProjectDialog(DraftDialog):
    def __init__(
        self,
        *,
        project: ProjectInfo | None,
        next_table: int,
        submit: SubmitFn,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(
            self.tr("New project")
            if project is None
            else self.tr("Project: %1").replace("%1", project.title)
        )
        self.title = QLineEdit()
        self.table_number = QSpinBox()
        self.table_number.setRange(1, 9999)
        self.table_number.setValue(next_table)
        self.table_label = QLineEdit()
        self.table_label.setPlaceholderText(self.tr("optional, e.g. “A” or “Terrace”"))
        self.holder = QLineEdit()
        self.lead_organisation = QLineEdit()
        self.theme = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(100)
        self.min_seats = QSpinBox()
        self.min_seats.setRange(0, 999)
        self.max_seats = QSpinBox()
        self.max_seats.setRange(1, 999)
        self.max_seats.setValue(10)
        seats = QHBoxLayout()
        seats.addWidget(QLabel(self.tr("from")))
        seats.addWidget(self.min_seats)
        seats.addWidget(QLabel(self.tr("to")))
        seats.addWidget(self.max_seats)
        seats.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Table number"), self.table_number)
        form.addRow(self.tr("Table name"), self.table_label)
        form.addRow(self.tr("Project holder"), self.holder)
        form.addRow(self.tr("Lead organisation"), self.lead_organisation)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Seats"), seats)

        needs_box = QGroupBox(self.tr("Needs"))
        grid = QGridLayout(needs_box)
        self.need_boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(NEEDS.items()):
            box = QCheckBox(label)
            self.need_boxes[code] = box
            grid.addWidget(box, i // 3, i % 3)
        self.needs_other = QLineEdit()
        self.needs_other.setPlaceholderText(self.tr("Other needs, in a few words"))
        grid.addWidget(self.needs_other, len(NEEDS) // 3 + 1, 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(needs_box)
        self.add_footer(layout)
        self.setMinimumWidth(560)
        if project is not None:
            self._fill(project)
        self.title.setFocus()

    def _fill(self, p: ProjectInfo) -> None:
        self.title.setText(p.title)
        self.table_number.setValue(p.table_number)
        self.table_label.setText(p.table_label)
        self.holder.setText(p.holder)
        self.lead_organisation.setText(p.lead_organisation)
        self.theme.setText(p.theme)
        self.description.setPlainText(p.description)
        self.min_seats.setValue(p.min_seats)
        self.max_seats.setValue(p.max_seats)
        for code, box in self.need_boxes.items():
            box.setChecked(code in p.needs)
        self.needs_other.setText(p.needs_other)

    def draft(self) -> ProjectDraft:
        return ProjectDraft(
            title=self.title.text(),
            table_number=self.table_number.value(),
            table_label=self.table_label.text(),
            holder=self.holder.text(),
            lead_organisation=self.lead_organisation.text(),
            theme=self.theme.text(),
            description=self.description.toPlainText(),
            needs=tuple(code for code, box in self.need_boxes.items() if box.isChecked()),
            needs_other=self.needs_other.text().strip(),
            min_seats=self.min_seats.value(),
            max_seats=self.max_seats.value(),
        )
