"""Préparation: the screen of the weeks before the evening."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import EventContext
from ui.preparation.common import show_error
from ui.preparation.data import PreparationData, load_preparation
from ui.preparation.event_tab import EventTab
from ui.preparation.participants_tab import ParticipantsTab
from ui.preparation.projects_tab import ProjectsTab


class PreparationScreen(QWidget):
    """Three tabs fed by one load on the worker; reloads when the event changes."""

    data_loaded = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: PreparationData | None = None
        self._loading = False
        self._stale = True

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.event_tab = EventTab(ctx)
        self.participants_tab = ParticipantsTab(ctx)
        self.projects_tab = ProjectsTab(ctx)
        self.tabs.addTab(self.event_tab, self.tr("Event"))
        self.tabs.addTab(self.participants_tab, self.tr("Participants"))
        self.tabs.addTab(self.projects_tab, self.tr("Projects and tables"))
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setProperty("role", "count")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.loading_label)

        for signal in (
            ctx.signals.participants_changed,
            ctx.signals.projects_changed,
            ctx.signals.roles_changed,
            ctx.signals.event_changed,
            ctx.signals.checkins_changed,
        ):
            signal.connect(self._on_signals_changed)
        self.participants_tab.reload_requested.connect(self._on_signals_changed)
        self.projects_tab.reload_requested.connect(self._on_signals_changed)
        self.reload()

    def activated(self) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_signals_changed(self) -> None:
        self._stale = True
        if self.isVisible() or self.data is None:
            self.reload()

    def reload(self) -> None:
        """Load everything again (one job at a time; a change meanwhile reloads once more)."""
        self._stale = True
        if self._loading:
            return
        self._loading = True
        self._stale = False
        self.loading_label.show()
        self.ctx.worker.submit(
            load_preparation,
            self.ctx.db,
            on_done=self._on_load_done,
            on_error=self._on_load_failed,
        )

    def _on_load_done(self, data: PreparationData) -> None:
        self._loading = False
        self.data = data
        self.event_tab.set_data(data)
        self.participants_tab.set_data(data)
        self.projects_tab.set_data(data)
        self.loading_label.hide()
        if self._stale:
            self.reload()
        else:
            self.data_loaded.emit()

    def _on_load_failed(self, message: str) -> None:
        self._loading = False
        self.loading_label.hide()
        show_error(self, self.tr("The event could not be read"), message)
