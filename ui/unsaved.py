"""Unsaved edits: "Save the changes to the event?" before an open event is left.

A widget of the event takes part by having ``has_unsaved_changes() -> bool`` and
``save_changes(on_done: Callable[[bool], None])`` (saving through the worker,
then calling ``on_done(True)``, or ``on_done(False)`` after telling the user
why not), and optionally ``unsaved_changes_detail() -> str`` for the question.
The event tab of Préparation does. The main window asks before it switches
event, closes it, quits or rebuilds its screens for another language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QTabWidget, QWidget

from ui.event_view import EventView


class UnsavedEdits(QObject):
    """Finds the edits not saved yet under ``root()`` and asks about them."""

    def __init__(self, window: QMainWindow, root: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self._window = window
        self._root = root
        self.prompt: QMessageBox | None = None  # the question, while it is asked
        self._saving = False

    def editors(self) -> list[QWidget]:
        """The widgets holding edits not saved yet."""
        root = self._root()
        if root is None:
            return []
        found: list[QWidget] = []
        for widget in root.findChildren(QWidget):
            check = getattr(widget, "has_unsaved_changes", None)
            if callable(check) and callable(getattr(widget, "save_changes", None)) and check():
                found.append(widget)
        return found

    def confirm_leaving(
        self, proceed: Callable[[], None], cancelled: Callable[[], None] | None = None
    ) -> None:
        """Run ``proceed`` at once, or after asking about unsaved edits.

        Save: they are saved through the worker, then ``proceed`` runs (not if
        saving fails: the edit is brought into view instead). Don't save:
        ``proceed`` runs. Cancel: nothing changes and ``cancelled`` runs.
        """
        editors = self.editors()
        if not editors:
            proceed()
            return
        if self.prompt is not None or self._saving:
            if cancelled is not None:
                cancelled()
            return  # already asking (or saving): one question at a time
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to the event?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("unsavedChangesPrompt")
        details = [
            detail()
            for detail in (getattr(e, "unsaved_changes_detail", None) for e in editors)
            if callable(detail)
        ]
        box.setInformativeText(
            "\n".join(details) or self.tr("Your changes will be lost if you don't save them.")
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Don't save"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._on_prompt_finished(box, editors, proceed, cancelled)
        )
        self.prompt = box
        box.open()

    def _on_prompt_finished(
        self,
        box: QMessageBox,
        editors: list[QWidget],
        proceed: Callable[[], None],
        cancelled: Callable[[], None] | None,
    ) -> None:
        self.prompt = None
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else None
        if answer == QMessageBox.StandardButton.Discard:
            proceed()
        elif answer == QMessageBox.StandardButton.Save:
            self._save_then(list(editors), proceed, cancelled)
        elif cancelled is not None:
            cancelled()

    def _save_then(
        self,
        editors: list[QWidget],
        proceed: Callable[[], None],
        cancelled: Callable[[], None] | None,
    ) -> None:
        """Save each editor in turn (on the worker); ``proceed`` once all are saved."""
        status = self._window.statusBar()
        if not editors:
            self._saving = False
            status.clearMessage()
            proceed()
            return
        self._saving = True
        status.showMessage(self.tr("Saving…"))
        editor = editors[0]

        def done(ok: bool) -> None:
            if ok:
                self._save_then(editors[1:], proceed, cancelled)
                return
            self._saving = False
            status.clearMessage()
            reveal(editor)
            if cancelled is not None:
                cancelled()

        editor.save_changes(done)  # type: ignore[attr-defined]


def reveal(widget: QWidget) -> None:
    """Bring forward the page, screen and tab holding ``widget``."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, EventView):
            for key in parent.keys:
                screen = parent.screen(key)
                if screen is not None and (screen is widget or screen.isAncestorOf(widget)):
                    parent.show_screen(key)
                    break
        elif isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget):
                owner.setCurrentWidget(child)
            elif not isinstance(owner, EventView):  # its screens go through show_screen
                parent.setCurrentWidget(child)
        child = parent
