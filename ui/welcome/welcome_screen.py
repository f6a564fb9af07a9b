"""What the app shows when no event is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from katalyze import __version__
from katalyze.db.server_errors import masked

_Index = QModelIndex | QPersistentModelIndex


class RecentEventsModel(QAbstractListModel):
    """Recent events: the file name, with the full path as a tooltip."""

    TargetRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._targets: list[str] = []

    def set_targets(self, targets: list[str]) -> None:
        self.beginResetModel()
        self._targets = list(targets)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._targets)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        target = self._targets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if "://" in target:
                return masked(target)  # a server's address never shows its password
            path = Path(target)
            return f"{path.stem}    ({path.parent})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return masked(target)
        if role == self.TargetRole:
            return target
        return None


class WelcomeScreen(QWidget):
    """Buttons for the ways into an event; the main window does the opening."""

    new_event_requested = Signal()
    open_file_requested = Signal()
    open_demo_requested = Signal()
    new_session_requested = Signal()
    recent_event_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        title = QLabel(self.tr("Katalyze"))
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(
            self.tr(
                "Run a KatalyZe session: registrations, check-in, tables, "
                "live notes and action sheets."
            )
        )
        subtitle.setObjectName("welcomeSubtitle")
        subtitle.setWordWrap(True)

        self.new_button = self._big_button(self.tr("New event…"), self.new_event_requested)
        self.open_button = self._big_button(
            self.tr("Open an event file…"), self.open_file_requested
        )
        self.demo_button = self._big_button(
            self.tr("Open the demo event"), self.open_demo_requested
        )

        self.new_session_button = self._big_button(
            self.tr("New session from…"), self.new_session_requested
        )

        actions = QVBoxLayout()
        actions.setSpacing(10)
        for button in (
            self.new_button,
            self.new_session_button,
            self.open_button,
            self.demo_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        recent_title = QLabel(self.tr("Recent events"))
        recent_title.setProperty("role", "heading")
        self.recent_model = RecentEventsModel(self)
        self.recent_view = QListView()
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setUniformItemSizes(True)
        self.recent_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # Activated is a double-click or Enter.
        self.recent_view.activated.connect(self._on_recent_view_activated)
        self.no_recent_label = QLabel(self.tr("No recent event yet."))
        self.no_recent_label.setProperty("role", "count")
        recent = QVBoxLayout()
        recent.addWidget(recent_title)
        recent.addWidget(self.recent_view, 1)
        recent.addWidget(self.no_recent_label)
        hint = QLabel(self.tr("Double-click an event to open it."))
        hint.setProperty("role", "count")
        recent.addWidget(hint)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(actions, 2)
        columns.addLayout(recent, 3)

        version = QLabel(self.tr("Version %1").replace("%1", __version__))
        version.setProperty("role", "count")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(20)
        layout.addLayout(columns, 1)
        layout.addWidget(version, 0, Qt.AlignmentFlag.AlignRight)

    def _big_button(self, text: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("welcome", True)
        button.setMinimumHeight(54)
        button.setMinimumWidth(300)
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, targets: list[str]) -> None:
        self.recent_model.set_targets(targets)
        self.no_recent_label.setVisible(not targets)
        if targets:
            self.recent_view.setCurrentIndex(self.recent_model.index(0))

    def _on_recent_view_activated(self, index: QModelIndex) -> None:
        target = index.data(RecentEventsModel.TargetRole)
        if target:
            self.recent_event_chosen.emit(str(target))
