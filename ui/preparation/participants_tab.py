"""The participants tab: search, filter, sort, add, edit, cancel, import, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.attendance import NOBODY, Attendance, count_attendance
from katalyze.participants import (
    ParticipantDraft,
    ParticipantInfo,
    add_participant,
    draft_of,
    update_participant,
)
from katalyze.text import fold
from ui.attendance_words import AttendanceWords
from ui.context import EventContext
from ui.preparation.common import run_import_dialog, show_error
from ui.preparation.data import PreparationData
from ui.preparation.participant_dialog import ParticipantDialog
from ui.preparation.participants_model import (
    Arrival,
    Column,
    FilterCriteria,
    ParticipantsFilterProxy,
    ParticipantsModel,
)
from ui.preparation.undo import CancelParticipantCommand, EditParticipantCommand


class ParticipantsTab(QWidget):
    """All the people of the event; ten thousand rows stay quick to search."""

    reload_requested = Signal()
    participant_saved = Signal(int)  # participant id, after an add or an edit

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = AttendanceWords(self)
        self.ctx = ctx
        self.data: PreparationData | None = None
        self.dialog: ParticipantDialog | None = None
        self._select_after_load: list[int] = []
        self._totals = NOBODY  # counted once per load
        self.undo_stack = QUndoStack(self)

        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, organisation, e-mail…"))
        self.search.setMinimumWidth(240)
        self.search.textChanged.connect(self._on_filters_changed)
        self.role_filter = QComboBox()
        self.role_filter.setMinimumContentsLength(14)
        self.role_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.organisation_filter = QComboBox()
        self.organisation_filter.setMinimumContentsLength(16)
        self.organisation_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.arrival_filter = QComboBox()
        for value, label in (
            (Arrival.ALL, self.tr("Everyone")),
            (Arrival.ARRIVED, self.tr("Arrived")),
            (Arrival.NOT_ARRIVED, self.tr("Not arrived")),
            (Arrival.CANCELLED, self.tr("Cancelled")),
        ):
            self.arrival_filter.addItem(label, value)
        self.arrival_filter.currentIndexChanged.connect(self._on_filters_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 4)
        filters.addWidget(QLabel(self.tr("Role")))
        filters.addWidget(self.role_filter, 2)
        filters.addWidget(QLabel(self.tr("Organisation")))
        filters.addWidget(self.organisation_filter, 2)
        filters.addWidget(QLabel(self.tr("Arrival")))
        filters.addWidget(self.arrival_filter, 1)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_participant)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button = QPushButton(self.tr("Cancel registration"))
        self.cancel_button.clicked.connect(self.toggle_cancel_selected)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_stack_undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._on_undo_stack_redo_text_changed)
        self._on_undo_stack_undo_text_changed("")
        self._on_undo_stack_redo_text_changed("")
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_files)

        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.cancel_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)

        self.table = QTableView()
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.LAST_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Extra width goes to the organisation and the e-mail, not to the status.
        header.setStretchLastSection(False)
        for column in (Column.ORGANISATION, Column.EMAIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.LAST_NAME, 120),
            (Column.FIRST_NAME, 105),
            (Column.ORGANISATION, 170),
            (Column.ROLE, 165),
            (Column.EMAIL, 175),
            (Column.WISHES, 165),
            (Column.ARRIVAL, 80),
        ):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        cancel_key = QAction(self)
        cancel_key.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        cancel_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        cancel_key.triggered.connect(self.toggle_cancel_selected)
        self.table.addAction(cancel_key)
        find = QAction(self)
        find.setShortcuts(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        new = QAction(self)
        new.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.add_participant)
        self.addAction(new)

        # The shortcuts above, where a mouse user finds them.
        self.add_button.setToolTip(self.tr("Add a participant (Ctrl+Shift+N)"))
        self.edit_button.setToolTip(
            self.tr("Edit the selected participant (Enter or double-click)")
        )
        self.cancel_button.setToolTip(
            self.tr("Cancel the selected registrations, or restore them (Del)")
        )
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))

        self.count_label = QLabel()
        self.count_label.setObjectName("participantsCount")
        self.count_label.setProperty("role", "count")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    # ----- data --------------------------------------------------------------------

    def _on_undo_stack_undo_text_changed(self, text: str) -> None:
        self.undo_button.setToolTip(
            self.tr("Undo: %1 (Ctrl+Z)").replace("%1", text) if text else self.tr("Undo (Ctrl+Z)")
        )

    def _on_undo_stack_redo_text_changed(self, text: str) -> None:
        self.redo_button.setToolTip(
            self.tr("Redo: %1 (Ctrl+Shift+Z)").replace("%1", text)
            if text
            else self.tr("Redo (Ctrl+Shift+Z)")
        )

    def set_data(self, data: PreparationData) -> None:
        """Show a fresh load, keeping filters, sort and selection."""
        selected = self._select_after_load or [p.id for p in self.selected_participants()]
        self._select_after_load = []
        self.data = data
        self._refill_filter(
            self.role_filter,
            self.tr("All roles"),
            [(r.label, r.id) for r in data.roles],
        )
        organisations = sorted(
            {p.organisation for p in data.participants if p.organisation}, key=fold
        )
        self._refill_filter(
            self.organisation_filter,
            self.tr("All organisations"),
            [(o, o) for o in organisations],
        )
        self.model.set_participants(
            data.participants, data.search_keys, data.projects, data.name_keys
        )
        self._totals = count_attendance(data.participants)
        self._apply_filters()
        self._select_ids(selected)
        self._update_count()
        self._update_buttons()

    def _refill_filter(
        self, combo: QComboBox, everyone: str, items: list[tuple[str, object]]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for pid in ids:
            row = self.model.row_of(pid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.select(index, flags)
            if first is None:
                first = index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    # ----- filters -----------------------------------------------------------------

    def criteria(self) -> FilterCriteria:
        return FilterCriteria(
            search=self.search.text(),
            role_id=self.role_filter.currentData(),
            organisation=self.organisation_filter.currentData(),
            arrival=self.arrival_filter.currentData() or Arrival.ALL,
        )

    def _apply_filters(self) -> None:
        self.proxy.set_criteria(self.criteria())

    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_filters()
        self._update_count()
        self._update_buttons()

    def count_text(self, figures: Attendance, shown: int | None = None) -> str:
        """The status line, e.g. « 125 fiches · 117 inscrit·es · 5 inscrit·es à
        l'accueil · 3 annulé·es · 111 arrivé·es sur 122 attendu·es »: the words
        of the Accueil counter and of the booklet (see :mod:`katalyze.attendance`).
        Each figure once: none that is zero, no registered count that only
        repeats the number of records."""
        parts = [self.tr("%n record(s)", "", figures.total)]
        if figures.registered != figures.total:
            parts.append(self.tr("%n registered", "", figures.registered))
        if figures.walk_ins:
            parts.append(self.tr("%n walk-in(s)", "", figures.walk_ins))
        if figures.cancelled:
            parts.append(self._words.cancelled(figures.cancelled))
        parts.append(self._words.arrived_of_expected(figures.arrived, figures.expected))
        if shown is not None and shown != figures.total:
            parts.append(self.tr("%n shown", "", shown))
        return " · ".join(parts)

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text(self._totals, self.proxy.rowCount()))

    # ----- selection and buttons ---------------------------------------------------

    def selected_participants(self) -> list[ParticipantInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.participant(r) for r in rows]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_participants()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.cancel_button.setEnabled(bool(chosen))
        if chosen and all(p.cancelled for p in chosen):
            self.cancel_button.setText(self.tr("Restore registration"))
        else:
            self.cancel_button.setText(self.tr("Cancel registration"))

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.edit_selected()

    # ----- add, edit, cancel ---------------------------------------------------------

    def _open_dialog(
        self,
        participant: ParticipantInfo | None,
        submit: Callable[[ParticipantDraft, Callable[[], None], Callable[[str], None]], None],
    ) -> ParticipantDialog:
        data = self.data
        dialog = ParticipantDialog(
            roles=data.roles if data else (),
            projects=data.projects if data else (),
            organisations=[p.organisation for p in self.model.rows if p.organisation],
            participant=participant,
            submit=submit,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_participant(self) -> None:
        def submit(draft: ParticipantDraft, saved: Callable[[], None], failed) -> None:  # type: ignore[no-untyped-def]
            def done(info: ParticipantInfo) -> None:
                self._select_after_load = [info.id]
                saved()
                self.participant_saved.emit(info.id)
                self.ctx.signals.participants_changed.emit()

            self.ctx.worker.submit(
                add_participant, self.ctx.db, draft, on_done=done, on_error=failed
            )

        self._open_dialog(None, submit)

    def edit_selected(self) -> None:
        chosen = self.selected_participants()
        if len(chosen) != 1:
            return
        self.edit_participant(chosen[0])

    def edit_participant(self, participant: ParticipantInfo) -> ParticipantDialog:
        before = draft_of(participant)

        def submit(draft: ParticipantDraft, saved: Callable[[], None], failed) -> None:  # type: ignore[no-untyped-def]
            def done(info: ParticipantInfo) -> None:
                self.undo_stack.push(
                    EditParticipantCommand(
                        self.ctx,
                        info.id,
                        before,
                        draft_of(info),
                        self.tr("edit %1").replace("%1", info.full_name),
                        self._on_command_failed,
                        self._on_participant_saved,
                    )
                )
                self._on_participant_saved(info)
                self._select_after_load = [info.id]
                saved()
                self.participant_saved.emit(info.id)
                self.ctx.signals.participants_changed.emit()

            self.ctx.worker.submit(
                update_participant,
                self.ctx.db,
                participant.id,
                draft,
                on_done=done,
                on_error=failed,
            )

        return self._open_dialog(participant, submit)

    def toggle_cancel_selected(self) -> None:
        """Cancel the selected registrations, or restore them if all are cancelled."""
        chosen = self.selected_participants()
        if not chosen:
            return
        restore = all(p.cancelled for p in chosen)
        targets = [p for p in chosen if p.cancelled == restore]
        if len(targets) > 1:
            text = (
                self.tr("restore %1 registrations")
                if restore
                else self.tr("cancel %1 registrations")
            ).replace("%1", str(len(targets)))
            self.undo_stack.beginMacro(text)
        for p in targets:
            text = (self.tr("restore %1") if restore else self.tr("cancel %1")).replace(
                "%1", p.full_name
            )
            self.undo_stack.push(
                CancelParticipantCommand(
                    self.ctx,
                    p.id,
                    not restore,
                    text,
                    self._on_command_failed,
                    self._on_participant_saved,
                )
            )
        if len(targets) > 1:
            self.undo_stack.endMacro()
        self._select_after_load = [p.id for p in chosen]

    def _on_participant_saved(self, info: ParticipantInfo) -> None:
        """Show the saved row now; the full reload that follows confirms it."""
        if self.model.update_participant(info):
            self._update_buttons()

    def _on_command_failed(self, message: str) -> None:
        show_error(self, self.tr("The change could not be saved"), message)
        self.reload_requested.emit()

    # ----- import --------------------------------------------------------------------

    def import_files(self) -> None:
        if run_import_dialog(self.ctx, "participants", self):
            self.reload_requested.emit()
