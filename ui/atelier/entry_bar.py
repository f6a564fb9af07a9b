"""The scribe's entry bar: kind buttons (Alt+1..6), one line typed and
entered with Enter (prefixes, ``@name`` with a completer, ``!date``), the
fields of an action, and a live preview of how the line will be read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from katalyze.capture.entry import (
    SHORT_PREFIX,
    ParsedEntry,
    active_mention,
    complete_entry,
    mention_token,
    parse_entry,
)
from katalyze.capture.service import ItemInfo, SeatedPerson
from katalyze.text import fold
from katalyze.vocabulary import ACTION_STATUSES, ITEM_KINDS, NEEDS
from ui.atelier.models import KIND_COLOURS

PersonRole = Qt.ItemDataRole.UserRole + 1
FoldedRole = Qt.ItemDataRole.UserRole + 2


class EntryLine(QLineEdit):
    """A line edit that lets Ctrl+Z reach the item undo stack when it has
    nothing of its own to undo, completes ``@names`` and hands Down/Escape over."""

    focus_list_requested = Signal()
    escape_pressed = Signal()
    mention_completed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people_model = QStandardItemModel(self)
        self.completer_popup = QCompleter(self._people_model, self)
        self.completer_popup.setWidget(self)
        self.completer_popup.setCompletionRole(FoldedRole)
        self.completer_popup.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_popup.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_popup.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_popup.setMaxVisibleItems(8)
        self.completer_popup.activated[QModelIndex].connect(self._on_completer_activated)
        self.textEdited.connect(self._on_self_text_edited)

    def set_people(self, seated: list[SeatedPerson], others: list[SeatedPerson]) -> None:
        """Seated people first (marked ●), then everyone else."""
        self._people_model.clear()
        seen: set[int] = set()
        for group, mark in ((seated, "● "), (others, "")):
            for person in group:
                if person.id in seen:
                    continue
                seen.add(person.id)
                label = f"{mark}{person.name}"
                if person.organisation:
                    label += f" — {person.organisation}"
                row = QStandardItem(label)
                row.setData(mention_token(person), PersonRole)
                row.setData(fold(f"{person.name} {person.organisation}"), FoldedRole)
                row.setEditable(False)
                self._people_model.appendRow(row)

    def event(self, event: QEvent) -> bool:
        # Nothing of its own to undo: let Ctrl+Z / Ctrl+Shift+Z reach the items' undo stack.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                (event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable())
                or (event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable())
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer_popup.popup()
        if popup is not None and popup.isVisible():
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.focus_list_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)

    def _on_self_text_edited(self, text: str) -> None:
        mention = active_mention(text, self.cursorPosition())
        if mention is None:
            self.completer_popup.popup().hide()
            return
        _start, fragment = mention
        self.completer_popup.setCompletionPrefix(fold(fragment))
        if self.completer_popup.completionCount() == 0:
            self.completer_popup.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(360)
        self.completer_popup.complete(rect)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        token = index.data(PersonRole)
        text, cursor = self.text(), self.cursorPosition()
        mention = active_mention(text, cursor)
        if not token or mention is None:
            return
        start, _fragment = mention
        tail = text[cursor:]
        insert = token + ("" if tail.startswith(" ") else " ")
        self.setText(text[:start] + insert + tail)
        self.setCursorPosition(start + len(insert))
        self.mention_completed.emit()


class EntryBar(QWidget):
    """Emits ``submitted`` on Enter; ``content_changed`` whenever anything a
    draft holds changes (the panel saves it within the second)."""

    submitted = Signal()
    content_changed = Signal()
    cancel_edit_requested = Signal()
    focus_list_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seated: list[SeatedPerson] = []
        self._others: list[SeatedPerson] = []
        self._editing: ItemInfo | None = None
        self._loading = False
        self._chosen_kind = "idea"  # the chip chosen (a typed prefix only lights another)
        # The event's date (from the table's view, loaded by the core); a
        # year-less due date is read against it (the core falls back to today).
        self.event_date: dt.date | None = None
        self._build()
        self._on_content_changed()

    def _build(self) -> None:
        kinds_row = QHBoxLayout()
        kinds_row.setSpacing(4)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QPushButton] = {}
        kind_texts = {
            "idea": self.tr("Idea"),
            "need": self.tr("Need"),
            "offer": self.tr("Resource"),
            "commitment": self.tr("Commitment"),
            "action": self.tr("Action"),
            "question": self.tr("Question"),
        }
        for number, kind in enumerate(ITEM_KINDS, start=1):
            button = QPushButton(kind_texts[kind], self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("kind", kind)
            button.setToolTip(
                self.tr("%1 — Alt+%2, or start the line with “%3”")
                .replace("%1", ITEM_KINDS[kind])
                .replace("%2", str(number))
                .replace("%3", SHORT_PREFIX[kind])
            )
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        self.kind_buttons["idea"].setChecked(True)
        keys_hint = QLabel(self.tr("Alt+1…6 or i: b: r: e: a: q:"), self)
        keys_hint.setProperty("role", "count")
        kinds_row.addWidget(keys_hint)
        kinds_row.addStretch(1)
        for kind, button in self.kind_buttons.items():
            colour = KIND_COLOURS[kind]
            button.setStyleSheet(
                f"QPushButton {{ border: 1px solid #c9d0d8; border-radius: 4px; padding: 4px 10px;"
                f" background: #ffffff; color: {colour}; }}"
                f"QPushButton:checked {{ background: {colour}; color: #ffffff;"
                f" border-color: {colour}; }}"
            )
        self.kind_group.buttonClicked.connect(self._on_kind_group_button_clicked)

        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("atelierEditMode")
        self.mode_label.setStyleSheet(
            "background:#fff4e0;border:1px solid #e9c39d;border-radius:4px;padding:3px 8px;"
        )
        self.mode_label.hide()

        self.line = EntryLine(self)
        self.line.setObjectName("atelierEntry")
        self.line.setPlaceholderText(
            self.tr("Type an item, then Enter — e.g. “a: @marie call the town hall !15/05”")
        )
        self.line.setMinimumHeight(34)
        self.line.setStyleSheet("font-size: 13pt;")
        self.line.returnPressed.connect(self._on_line_return_pressed)
        self.line.textChanged.connect(self._on_content_changed)
        self.line.mention_completed.connect(self._on_content_changed)
        self.line.escape_pressed.connect(self._on_line_escape_pressed)
        self.line.focus_list_requested.connect(self.focus_list_requested)

        fields = QHBoxLayout()
        fields.setSpacing(6)
        self.who_edit = QLineEdit(self)
        self.who_edit.setPlaceholderText(self.tr("who (name or free text)"))
        self.who_edit.setToolTip(
            self.tr("The author of the item, or the person responsible for an action")
        )
        self._who_model = QStandardItemModel(self)
        who_completer = QCompleter(self._who_model, self.who_edit)
        who_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        who_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who_edit.setCompleter(who_completer)
        self.category_combo = QComboBox(self)
        for code, label in NEEDS.items():
            self.category_combo.addItem(label, code)
        self.category_combo.setCurrentIndex(list(NEEDS).index("autre"))
        self.category_combo.setToolTip(self.tr("Category of a need (or #category in the line)"))
        self.due_edit = QLineEdit(self)
        self.due_edit.setPlaceholderText(self.tr("due dd/mm"))
        self.due_edit.setToolTip(self.tr("Due date of an action: 15/05, 15/05/2027 or 2027-05-15"))
        self.due_edit.setMinimumWidth(120)
        self.due_edit.setMaximumWidth(140)
        self.status_combo = QComboBox(self)
        for code, label in ACTION_STATUSES.items():
            self.status_combo.addItem(label, code)
        self.status_combo.setToolTip(self.tr("Status of an action"))
        for widget in (self.who_edit, self.due_edit):
            widget.textChanged.connect(self._on_content_changed)
            widget.returnPressed.connect(self._on_line_return_pressed)
        for combo in (self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._on_content_changed)
            combo.installEventFilter(self)  # Enter on a field enters the item too
        self.who_label = QLabel(self.tr("Who:"), self)
        fields.addWidget(self.who_label)
        fields.addWidget(self.who_edit, 3)
        fields.addWidget(self.category_combo, 2)
        fields.addWidget(self.due_edit, 1)
        fields.addWidget(self.status_combo, 1)

        self.preview = QLabel(self)
        self.preview.setObjectName("atelierPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMinimumHeight(38)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(kinds_row)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.line)
        layout.addLayout(fields)
        layout.addWidget(self.preview)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.category_combo, self.status_combo)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    # --- people ---------------------------------------------------------------

    def set_people(self, seated: list[SeatedPerson], others: list[SeatedPerson]) -> None:
        self._seated, self._others = list(seated), list(others)
        self.line.set_people(self._seated, self._others)
        self._who_model.clear()
        seen: set[int] = set()
        for person in self._seated + self._others:
            if person.id not in seen:
                seen.add(person.id)
                self._who_model.appendRow(QStandardItem(person.name))
        self._on_content_changed()

    # --- kind -----------------------------------------------------------------

    def kind(self) -> str:
        """The kind chosen with the chips (a typed prefix only shows on them)."""
        return self._chosen_kind

    def set_kind(self, kind: str, *, focus: bool = False) -> None:
        if kind in self.kind_buttons:
            self._chosen_kind = kind
            self.kind_buttons[kind].setChecked(True)
            self._on_content_changed()
        if focus:
            self.line.setFocus()

    def _on_kind_group_button_clicked(self, button: QAbstractButton) -> None:
        self._chosen_kind = str(button.property("kind"))
        self._on_content_changed()
        self.line.setFocus()

    def _show_kind(self, kind: str) -> None:
        """Light the chip of the kind the entry will have: a typed « a: »
        lights Action, and the chosen chip comes back when it is removed."""
        button = self.kind_buttons.get(kind)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    # --- parsing --------------------------------------------------------------

    def parsed(self) -> ParsedEntry:
        others = list(self._others)
        if self._editing is not None:
            # Keep the people an edited item already links, even if not seated.
            for pid, name in (
                (self._editing.participant_id, self._editing.participant_name),
                (self._editing.responsible_id, self._editing.responsible_name),
            ):
                if pid is not None and name:
                    others.append(_Named(pid, name))
        parsed = parse_entry(
            self.line.text(),
            self._seated,
            default_kind=self.kind(),
            others=others,
            event_date=self.event_date,
        )
        return complete_entry(
            parsed,
            who=self.who_edit.text(),
            due=self.due_edit.text(),
            status=str(self.status_combo.currentData() or ""),
            category=str(self.category_combo.currentData() or ""),
            people=self._seated,
            others=others,
            event_date=self.event_date,
        )

    def set_event_date(self, event_date: dt.date | None) -> None:
        """The event's date changed (or a table was opened): read the line again."""
        if event_date == self.event_date:
            return
        self.event_date = event_date
        loading, self._loading = self._loading, True  # nothing new to save
        try:
            self._on_content_changed()
        finally:
            self._loading = loading

    def _on_content_changed(self, *_args: Any) -> None:
        parsed = self.parsed()
        kind = parsed.kind
        self._show_kind(kind)
        self.due_edit.setEnabled(kind == "action")
        self.status_combo.setEnabled(kind == "action")
        self.category_combo.setEnabled(kind == "need")
        self.who_label.setText(self.tr("Responsible:") if kind == "action" else self.tr("Who:"))
        self.preview.setText(self._preview_html(parsed))
        if not self._loading:
            self.content_changed.emit()

    def _preview_html(self, parsed: ParsedEntry) -> str:
        if not self.line.text().strip():
            # The cheat-sheet: what to type at the start of the line, then the keys.
            cells = [
                ("i:", self.tr("idea")),
                ("b:", self.tr("need — b:financement or #lieu")),
                ("r:", self.tr("resource offered")),
                ("e:", self.tr("commitment")),
                ("a:", self.tr("action — @name owner, !15/05 due date")),
                ("q:", self.tr("question or obstacle")),
            ]
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td style='padding-right:18px'><b>{key}</b> {_esc(text)}</td>"
                    for key, text in cells[i : i + 3]
                )
                + "</tr>"
                for i in (0, 3)
            )
            keys = self.tr(
                "@ + part of a name links a person · Enter adds · ↓ the list · F2 edits · "
                "Del deletes · + votes · Ctrl+Z undoes"
            )
            return (
                f"<table style='color:#51606f' cellspacing='0' cellpadding='1'>{rows}</table>"
                f"<span style='color:#6b7785'>{_esc(keys)}</span>"
            )
        parts = [f"<b>{_esc(ITEM_KINDS[parsed.kind])}</b>"]
        if parsed.kind == "need":
            parts.append(_esc(NEEDS.get(parsed.category or "autre", "")))
        if parsed.participant_name:
            parts.append("👤 " + _esc(parsed.participant_name))
        if parsed.kind == "action":
            who = parsed.responsible_name or parsed.responsible_text
            parts.append(
                self.tr("responsible: %1").replace("%1", _esc(who))
                if who
                else "<span style='color:#a61b1b'>" + self.tr("no responsible yet") + "</span>"
            )
            parts.append(
                self.tr("due %1").replace("%1", parsed.due.strftime("%d/%m/%Y"))
                if parsed.due
                else "<span style='color:#a61b1b'>" + self.tr("no due date yet") + "</span>"
            )
        html = "→ " + " · ".join(parts)
        for error in parsed.errors:
            html += f"<br><span style='color:#a61b1b'>✖ {_esc(error)}</span>"
        for notice in parsed.notices:
            html += f"<br><span style='color:#7a5b00'>ℹ {_esc(notice)}</span>"
        return html

    # --- editing --------------------------------------------------------------

    @property
    def editing(self) -> ItemInfo | None:
        return self._editing

    def begin_edit(self, item: ItemInfo, draft: dict[str, Any] | None = None) -> None:
        """Load an item into the bar; Enter saves it, Escape cancels."""
        self._editing = item
        self.mode_label.setText(
            self.tr("Editing: “%1” — Enter saves, Esc cancels").replace(
                "%1", item.text[:60] + ("…" if len(item.text) > 60 else "")
            )
        )
        self.mode_label.show()
        if draft is not None:
            self.restore(draft)
        else:
            self._loading = True
            self.set_kind(item.kind)
            self.line.setText(item.text)
            who = item.responsible if item.kind == "action" else item.participant_name
            self.who_edit.setText(who)
            self.due_edit.setText(item.due.strftime("%d/%m/%Y") if item.due else "")
            self._select(self.status_combo, item.status or "todo")
            self._select(self.category_combo, item.category or "autre")
            self._loading = False
            self._on_content_changed()
        self.line.setFocus()
        self.line.selectAll()

    def end_edit(self) -> None:
        self._editing = None
        self.mode_label.hide()

    def _on_line_escape_pressed(self) -> None:
        if self._editing is not None:
            self.cancel_edit_requested.emit()
        elif self.line.text():
            self.line.clear()

    def _on_line_return_pressed(self) -> None:
        self.submitted.emit()

    # --- drafts ---------------------------------------------------------------

    def draft_content(self) -> dict[str, Any]:
        return {
            "kind": self.kind(),
            "text": self.line.text(),
            "who": self.who_edit.text(),
            "due": self.due_edit.text(),
            "status": str(self.status_combo.currentData() or ""),
            "category": str(self.category_combo.currentData() or ""),
            "editing": self._editing.id if self._editing is not None else None,
        }

    def is_blank(self) -> bool:
        return not (self.line.text() or self.who_edit.text() or self.due_edit.text())

    def restore(self, content: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.set_kind(str(content.get("kind") or "idea"))
            self.line.setText(str(content.get("text") or ""))
            self.who_edit.setText(str(content.get("who") or ""))
            self.due_edit.setText(str(content.get("due") or ""))
            self._select(self.status_combo, str(content.get("status") or "todo"))
            self._select(self.category_combo, str(content.get("category") or "autre"))
        finally:
            self._loading = False
        self._on_content_changed()

    def clear(self, *, keep_kind: bool = True) -> None:
        self._loading = True
        try:
            self.end_edit()
            # setText, not clear(): clear() is undoable, and Ctrl+Z right after
            # Enter must undo the item, not bring the typed line back.
            self.line.setText("")
            self.who_edit.setText("")
            self.due_edit.setText("")
            self._select(self.status_combo, "todo")
            self._select(self.category_combo, "autre")
            if not keep_kind:
                self.set_kind("idea")
        finally:
            self._loading = False
        self._on_content_changed()

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.setCurrentIndex(index)


class _Named:
    """A person known only by id and name (someone an edited item already links)."""

    def __init__(self, pid: int, name: str) -> None:
        self.id, self.name = pid, name


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
