"""A form dialog that saves a draft through the worker and keeps what was typed
on an error: the message shows above the buttons and Save comes back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

# submit(draft, on_saved, on_error): the tab saves through the worker and calls back.
SubmitFn = Callable[[Any, Callable[[], None], Callable[[str], None]], None]


class DraftDialog(QDialog):
    def __init__(self, submit: SubmitFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def add_footer(self, layout: QVBoxLayout) -> None:
        """Put the error line and the buttons at the bottom of ``layout``."""
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def draft(self) -> Any:
        """What the form holds, as the core's draft dataclass."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.save_button.setEnabled(True)

    def _on_buttons_accepted(self) -> None:
        self.save_button.setEnabled(False)
        self.error_label.hide()
        self._submit(self.draft(), self.accept, self.show_error)
