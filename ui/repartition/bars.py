"""The Répartition screen's bars: placement options, board actions, the
message banner and the legend of colours and icons."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from katalyze.assignment.seats import Seating
from ui.repartition.cards import icon_data_uri


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tool_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class PlacementBar(QWidget):
    """Rounds, present-only, fewer moves, seed, Run; undo and redo."""

    def __init__(self, undo: QAction, redo: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rounds_spin = QSpinBox(self)
        self.rounds_spin.setRange(1, 6)
        self.rounds_spin.setToolTip(self.tr("How many rotations the evening has"))
        self.present_only = QCheckBox(self.tr("Present people only"), self)
        self.present_only.setChecked(True)
        self.present_only.setToolTip(
            self.tr("Seat only the people checked in at the door (untick to pre-assign everyone)")
        )
        self.minimise_moves = QCheckBox(self.tr("Move as few people as possible"), self)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 999_999)
        self.seed_spin.setToolTip(
            self.tr("Another variant gives another placement of equal quality (advanced: leave 0)")
        )
        self.run_button = QPushButton(self.tr("Run placement"), self)
        self.run_button.setDefault(True)
        self.run_button.setShortcut(QKeySequence("Ctrl+R"))
        self.run_button.setToolTip(
            self.tr("Seat everyone at the tables (Ctrl+R); locked seats stay")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Rounds:"), self))
        layout.addWidget(self.rounds_spin)
        layout.addWidget(self.present_only)
        layout.addWidget(self.minimise_moves)
        layout.addWidget(QLabel(self.tr("Variant:"), self))
        layout.addWidget(self.seed_spin)
        layout.addWidget(self.run_button)
        layout.addStretch(1)
        layout.addWidget(_tool_button(undo, self))
        layout.addWidget(_tool_button(redo, self))


class BoardBar(QWidget):
    """The round shown, lock, late arrivals, a summary, projector and lists."""

    def __init__(self, lock: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round_combo = QComboBox(self)
        self.round_combo.setToolTip(self.tr("The round shown on the board"))
        self.late_button = QPushButton(self.tr("Seat late arrivals"), self)
        self.late_button.setToolTip(
            self.tr("Seat the selected arrivals (or all of them) without moving anyone")
        )
        self.projector_button = QPushButton(self.tr("Show on projector"), self)
        self.projector_button.setToolTip(
            self.tr("Show “Find your table” for this round on the second screen")
        )
        self.lists_button = QPushButton(self.tr("Table lists (PDF)…"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("boardSummary")
        # Wraps rather than widening the window past a 1366-pixel screen.
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Round shown:"), self))
        layout.addWidget(self.round_combo)
        layout.addWidget(_tool_button(lock, self))
        layout.addWidget(self.late_button)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.projector_button)
        layout.addWidget(self.lists_button)


class Banner(QLabel):
    """A message above the board: a broken rule (red), a goal (amber), news (blue)."""

    STYLES: ClassVar[dict[str, str]] = {
        "hard": "background:#fff5f5; border:2px solid #c92a2a; color:#7d1414;",
        "error": "background:#fff5f5; border:2px solid #c92a2a; color:#7d1414;",
        "soft": "background:#fff9db; border:2px solid #f08c00; color:#7a4100;",
        "info": "background:#e7f5ff; border:1px solid #1971c2; color:#0b3d6b;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        # At most three lines: a long report never pushes the board off screen
        # (the whole text is in the tooltip and in the quality report).
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.kind = ""
        self.hide()

    def show_message(self, html: str, kind: str) -> None:
        self.kind = kind
        self.setStyleSheet(
            f"QLabel#banner {{ {self.STYLES[kind]} border-radius:6px; padding:6px; }}"
        )
        self.setText(html)
        self.setToolTip(html)
        self.show()


class Legend(QLabel):
    """Role colours of the event, and what the badges and icons mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._roles: dict[str, tuple[str, str]] = {}
        self._compact = False

    def set_compact(self, compact: bool) -> None:
        """Smaller print under the compact board, so the tables get the height."""
        if compact != self._compact:
            self._compact = compact
            self.setStyleSheet("QLabel#legend { font-size: 8pt; }" if compact else "")
            self._roles = {}

    def set_seating(self, seating: Seating) -> None:
        roles: dict[str, tuple[str, str]] = {}
        for p in seating.people.values():
            if p.role_key and not p.cancelled:
                roles.setdefault(p.role_key, (p.role_label, p.role_colour))
        if roles == self._roles and self.text():
            return
        self._roles = roles
        parts = [
            f"<span style='color:{colour}; font-size:{10 if self._compact else 14}pt'>■</span>&nbsp;"
            + _escape(label).replace(" ", "&nbsp;")
            for label, colour in roles.values()
        ]
        extras = [
            ("<span style='color:#2b8a3e'>●</span>", self.tr("wish rank obtained")),
            (f"<img src='{icon_data_uri('pin')}'>", self.tr("stays at the table")),
            (f"<img src='{icon_data_uri('lock')}'>", self.tr("locked (Ctrl+L)")),
        ]
        parts += [f"{icon}&nbsp;{_escape(text).replace(' ', '&nbsp;')}" for icon, text in extras]
        self.setText(" &nbsp;&nbsp; ".join(parts))
