"""The Suivi screen's right-hand panels: update an action, a project's year
(indicators, timeline, commitments and needs), its meetings, its review.

Panels only ask (signals carrying plain values); the screen runs the core
calls on the database worker and hands the panels the reloaded data.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.followup.data import STATUSES, ActionRow, Indicators, ProjectFollow
from ui.suivi.models import PledgesModel, StatusWords, TimelineModel, short


def date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setObjectName(name)
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()  # type: ignore[return-value]


def set_day(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def text_box(name: str, height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setMaximumHeight(height)
    box.setTabChangesFocus(True)
    return box


def compact_table(model: object, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


class UpdatePanel(QWidget):
    """Update the selected action: new status and/or a dated note; correct
    an earlier note (double-click, F2 or "Edit the note…")."""

    update_requested = Signal(int, str, str, object)  # id, status code, note, date
    note_edit_requested = Signal(int, str, str)  # note id, its text before, its new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = StatusWords(self)
        self.action: ActionRow | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Choose an action in the list."))
        self.heading.setObjectName("actionHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.facts = QLabel("")
        self.facts.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        form = QFormLayout()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("updateStatus")
        for code in STATUSES:
            self.status_combo.addItem(self.words.status(code), code)
        self.on_edit = date_edit(dt.date.today(), "updateDate")
        self.note_edit = text_box("updateNote")
        self.note_edit.setPlaceholderText(self.tr("What happened (optional)"))
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Date"), self.on_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save the update"))
        self.save_button.setObjectName("saveUpdate")
        self.save_button.clicked.connect(self._on_save_clicked)
        layout.addWidget(self.save_button)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("History")), 1)
        self.edit_note_button = QPushButton(self.tr("Edit the note…"))
        self.edit_note_button.setObjectName("editNote")
        self.edit_note_button.setToolTip(self.tr("Correct the chosen update's note (F2)"))
        self.edit_note_button.clicked.connect(self.edit_chosen_note)
        heading.addWidget(self.edit_note_button)
        layout.addLayout(heading)
        self.history = QListWidget()
        self.history.setObjectName("actionHistory")
        self.history.setWordWrap(True)
        self.history.setSpacing(2)
        self.history.itemDoubleClicked.connect(lambda _item: self.edit_chosen_note())
        self.history.currentRowChanged.connect(lambda _row: self._enable_edit())
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.history)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(self.edit_chosen_note)
        layout.addWidget(self.history, 1)
        self.show_action(None)

    def set_today(self, today: dt.date) -> None:
        set_day(self.on_edit, today)

    def show_action(self, action: ActionRow | None) -> None:
        self.action = action
        self.save_button.setEnabled(action is not None)
        self.status_combo.setEnabled(action is not None)
        if action is None:
            self.heading.setText(self.tr("Choose an action in the list."))
            self.facts.setText("")
            self.history.clear()
            self._enable_edit()
            return
        self.heading.setText(action.text)
        self.facts.setText(
            self.tr("Table %1 · owner: %2 · due: %3")
            .replace("%1", str(action.table_number))
            .replace("%2", action.owner or "—")
            .replace("%3", short(action.due) or "—")
        )
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status)))
        chosen = self.chosen_note_id()
        self.history.clear()
        for n in reversed(action.notes):
            moved = f" → {self.words.status(n.status)}" if n.status else ""
            line = QListWidgetItem(f"{short(n.on)}{moved}  {n.text}".rstrip())
            line.setData(Qt.ItemDataRole.UserRole, n.id)
            self.history.addItem(line)
            if n.id == chosen:
                self.history.setCurrentItem(line)
        if not action.notes:
            empty = QListWidgetItem(self.tr("No update yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history.addItem(empty)
        self._enable_edit()

    def history_text(self) -> str:
        """The history as shown, one update a line (newest first)."""
        return "\n".join(self.history.item(i).text() for i in range(self.history.count()))

    def chosen_note_id(self) -> int | None:
        item = self.history.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def _enable_edit(self) -> None:
        self.edit_note_button.setEnabled(self.chosen_note_id() is not None)

    def edit_chosen_note(self) -> None:
        """Ask for the chosen note's new text; the screen makes the change."""
        note_id = self.chosen_note_id()
        note = next(
            (n for n in (self.action.notes if self.action else ()) if n.id == note_id), None
        )
        if note is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("editNoteDialog")
        dialog.setWindowTitle(self.tr("Edit the note"))
        dialog.setLabelText(self.tr("Note of %1:").replace("%1", short(note.on)))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(note.text)
        dialog.resize(480, 240)
        accepted, text = dialog.exec(), dialog.textValue().strip()
        dialog.deleteLater()  # one dialog per correction, not one more child each time
        if accepted and text != note.text:
            self.note_edit_requested.emit(note.id, note.text, text)

    def _on_save_clicked(self) -> None:
        if self.action is None:
            return
        self.update_requested.emit(
            self.action.id,
            self.status_combo.currentData(),
            self.note_edit.toPlainText().strip(),
            day_of(self.on_edit),
        )

    def saved(self) -> None:
        self.note_edit.clear()


class ProjectPanel(QWidget):
    """A project's indicators, its timeline, its commitments and needs."""

    outcome_requested = Signal(int, str, str, object)  # item id, outcome, by, date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = StatusWords(self)
        self.project: ProjectFollow | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.heading)
        self.indicators = QLabel("")
        self.indicators.setObjectName("projectIndicators")
        self.indicators.setWordWrap(True)
        layout.addWidget(self.indicators)
        self.timeline = TimelineModel(self)
        self.timeline_view = compact_table(self.timeline, "timelineView", 2)
        layout.addWidget(QLabel(self.tr("Timeline")))
        layout.addWidget(self.timeline_view, 2)
        self.pledges = PledgesModel(self)
        self.pledges_view = compact_table(self.pledges, "pledgesView", 1)
        self.pledges_view.selectionModel().currentRowChanged.connect(self._on_pledge_chosen)
        layout.addWidget(QLabel(self.tr("Commitments and needs")))
        layout.addWidget(self.pledges_view, 2)
        row = QHBoxLayout()
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("outcomeCombo")
        self.by_edit = QLineEdit()
        self.by_edit.setObjectName("outcomeBy")
        self.by_edit.setPlaceholderText(self.tr("By whom"))
        self.outcome_button = QPushButton(self.tr("Record"))
        self.outcome_button.setObjectName("recordOutcome")
        self.outcome_button.clicked.connect(self._on_outcome_clicked)
        row.addWidget(self.outcome_combo, 1)
        row.addWidget(self.by_edit, 1)
        row.addWidget(self.outcome_button)
        layout.addLayout(row)
        self._on_pledge_chosen()

    def show_project(self, project: ProjectFollow | None, ind: Indicators | None) -> None:
        self.project = project
        if project is None or ind is None:
            self.heading.setText(self.tr("Choose a project (filter) or an action."))
            self.indicators.setText("")
            self.timeline.set_rows([])
            self.pledges.set_rows([])
            self._on_pledge_chosen()
            return
        self.heading.setText(
            self.tr("Table %1 — %2")
            .replace("%1", str(project.table_number))
            .replace("%2", project.title)
        )
        self.indicators.setText(self.words.indicators(ind))
        self.timeline.set_rows(project.timeline())
        self.pledges.set_rows(project.pledges)
        self._on_pledge_chosen()

    def _current_pledge(self):  # type: ignore[no-untyped-def]
        index = self.pledges_view.currentIndex()
        return self.pledges.row_at(index.row()) if index.isValid() else None

    def _on_pledge_chosen(self, *_args: object) -> None:
        pledge = self._current_pledge()
        self.outcome_combo.clear()
        enabled = pledge is not None
        if pledge is not None:
            codes = ("honoured", "broken") if pledge.kind == "commitment" else ("met", "unmet")
            for code in (*codes, ""):
                self.outcome_combo.addItem(self.words.outcome(code), code)
            self.by_edit.setText(pledge.by)
        for widget in (self.outcome_combo, self.by_edit, self.outcome_button):
            widget.setEnabled(enabled)

    def _on_outcome_clicked(self) -> None:
        pledge = self._current_pledge()
        if pledge is not None:
            self.outcome_requested.emit(
                pledge.id, self.outcome_combo.currentData(), self.by_edit.text().strip(), None
            )


class MeetingsPanel(QWidget):
    """Plan and record a project's follow-up meetings, at its rhythm."""

    rhythm_requested = Signal(int, int)  # project id, months
    plan_requested = Signal(int, object)  # project id, date
    record_requested = Signal(int, object, object, list, str, str)  # project, meeting id, date...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectFollow | None = None
        layout = QVBoxLayout(self)
        top = QGridLayout()
        self.next_label = QLabel("")
        self.next_label.setObjectName("nextMeeting")
        self.next_label.setWordWrap(True)
        top.addWidget(self.next_label, 0, 0, 1, 3)
        self.rhythm_spin = QSpinBox()
        self.rhythm_spin.setObjectName("rhythmSpin")
        self.rhythm_spin.setRange(1, 12)
        self.rhythm_spin.setSuffix(self.tr(" month(s)"))
        self.rhythm_spin.setPrefix(self.tr("every "))
        self.rhythm_button = QPushButton(self.tr("Set the rhythm"))
        self.rhythm_button.setObjectName("setRhythm")
        self.rhythm_button.clicked.connect(self._on_rhythm_clicked)
        top.addWidget(QLabel(self.tr("Rhythm")), 1, 0)
        top.addWidget(self.rhythm_spin, 1, 1)
        top.addWidget(self.rhythm_button, 1, 2)
        self.plan_date = date_edit(dt.date.today(), "planDate")
        self.plan_button = QPushButton(self.tr("Plan a meeting"))
        self.plan_button.setObjectName("planMeeting")
        self.plan_button.clicked.connect(self._on_plan_clicked)
        top.addWidget(QLabel(self.tr("Date")), 2, 0)
        top.addWidget(self.plan_date, 2, 1)
        top.addWidget(self.plan_button, 2, 2)
        layout.addLayout(top)
        box = QGroupBox(self.tr("Record a meeting held"))
        form = QFormLayout(box)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("meetingCombo")
        self.held_date = date_edit(dt.date.today(), "heldDate")
        self.attendees_edit = QLineEdit()
        self.attendees_edit.setObjectName("attendeesEdit")
        self.attendees_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self.decisions_edit = text_box("decisionsEdit")
        self.next_steps_edit = text_box("nextStepsEdit")
        form.addRow(self.tr("Meeting"), self.meeting_combo)
        form.addRow(self.tr("Held on"), self.held_date)
        form.addRow(self.tr("Attendees"), self.attendees_edit)
        form.addRow(self.tr("Decisions"), self.decisions_edit)
        form.addRow(self.tr("Next steps"), self.next_steps_edit)
        self.record_button = QPushButton(self.tr("Record the meeting"))
        self.record_button.setObjectName("recordMeeting")
        self.record_button.clicked.connect(self._on_record_clicked)
        form.addRow(self.record_button)
        layout.addWidget(box)
        layout.addStretch(1)
        self.show_project(None, None)

    def set_today(self, today: dt.date) -> None:
        set_day(self.held_date, today)
        set_day(self.plan_date, today)

    def show_project(self, project: ProjectFollow | None, ind: Indicators | None) -> None:
        self.project = project
        for widget in (self.rhythm_button, self.plan_button, self.record_button):
            widget.setEnabled(project is not None)
        self.meeting_combo.clear()
        if project is None or ind is None:
            self.next_label.setText(self.tr("Choose a project (filter) or an action."))
            return
        self.rhythm_spin.setValue(project.plan.rhythm_months)
        text = self.tr("Next point: %1").replace("%1", short(ind.next_meeting))
        if ind.meeting_overdue:
            text += self.tr(" — overdue")
            self.next_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        else:
            self.next_label.setStyleSheet("font-weight: 600;")
        self.next_label.setText(text)
        for m in project.meetings:
            if not m.held:
                self.meeting_combo.addItem(
                    self.tr("Planned on %1").replace("%1", short(m.planned_on)), m.id
                )
        self.meeting_combo.addItem(self.tr("A meeting not planned"), None)
        if ind.next_meeting is not None:
            set_day(self.plan_date, ind.next_meeting)

    def _on_rhythm_clicked(self) -> None:
        if self.project is not None:
            self.rhythm_requested.emit(self.project.id, self.rhythm_spin.value())

    def _on_plan_clicked(self) -> None:
        if self.project is not None:
            self.plan_requested.emit(self.project.id, day_of(self.plan_date))

    def _on_record_clicked(self) -> None:
        if self.project is None:
            return
        attendees = [a.strip() for a in self.attendees_edit.text().split(",") if a.strip()]
        self.record_requested.emit(
            self.project.id,
            self.meeting_combo.currentData(),
            day_of(self.held_date),
            attendees,
            self.decisions_edit.toPlainText().strip(),
            self.next_steps_edit.toPlainText().strip(),
        )

    def saved(self) -> None:
        for edit in (self.attendees_edit, self.decisions_edit, self.next_steps_edit):
            edit.clear()


class ReviewPanel(QWidget):
    """The year-end impact review of a project."""

    review_requested = Signal(int, dict)  # project id, fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectFollow | None = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stage_edit = QLineEdit()
        self.stage_edit.setObjectName("reviewStage")
        self.stage_edit.setPlaceholderText(self.tr("e.g. prototype tested, company founded"))
        self.jobs_edit = text_box("reviewJobs")
        self.partners_edit = text_box("reviewPartners")
        self.next_edit = text_box("reviewNext")
        self.continuing_check = QCheckBox(self.tr("Continues at the next session"))
        self.continuing_check.setObjectName("reviewContinuing")
        self.on_edit = date_edit(dt.date.today(), "reviewDate")
        form.addRow(self.tr("Stage reached"), self.stage_edit)
        form.addRow(self.tr("Jobs or activity created"), self.jobs_edit)
        form.addRow(self.tr("Partners gained"), self.partners_edit)
        form.addRow(self.tr("What comes next"), self.next_edit)
        form.addRow(self.continuing_check)
        form.addRow(self.tr("Date"), self.on_edit)
        self.save_button = QPushButton(self.tr("Save the review"))
        self.save_button.setObjectName("saveReview")
        self.save_button.clicked.connect(self._on_save_clicked)
        form.addRow(self.save_button)
        self.show_project(None)

    def set_today(self, today: dt.date) -> None:
        set_day(self.on_edit, today)

    def show_project(self, project: ProjectFollow | None) -> None:
        self.project = project
        self.save_button.setEnabled(project is not None)
        plan = project.plan if project is not None else None
        self.stage_edit.setText(plan.stage if plan else "")
        self.jobs_edit.setPlainText(plan.jobs if plan else "")
        self.partners_edit.setPlainText(plan.partners if plan else "")
        self.next_edit.setPlainText(plan.next_steps if plan else "")
        self.continuing_check.setChecked(plan.continuing if plan else True)

    def _on_save_clicked(self) -> None:
        if self.project is None:
            return
        self.review_requested.emit(
            self.project.id,
            {
                "stage": self.stage_edit.text(),
                "jobs": self.jobs_edit.toPlainText(),
                "partners": self.partners_edit.toPlainText(),
                "next_steps": self.next_edit.toPlainText(),
                "continuing": self.continuing_check.isChecked(),
                "on": day_of(self.on_edit),
            },
        )
