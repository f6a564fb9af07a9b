"""The Atelier screen: live capture at a table, the facilitator's overview of
every table, and the round timer's control (the room sees the projector)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.atelier.capture_panel import CapturePanel
from ui.atelier.overview import OverviewPanel
from ui.context import EventContext
from ui.timer.panel import TimerPanel


class AtelierScreen(QWidget):
    CAPTURE_TAB, OVERVIEW_TAB, TIMER_TAB = 0, 1, 2

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.capture = CapturePanel(ctx, self)
        self.overview = OverviewPanel(ctx, self)
        self.timer = TimerPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.capture, self.tr("Table capture"))
        self.tabs.addTab(self.overview, self.tr("All tables"))
        self.tabs.addTab(self.timer, self.tr("Round timer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.overview.table_chosen.connect(self._on_overview_table_chosen)
        self.capture.table_opened.connect(self._on_capture_table_opened)
        self._started = False

    def activated(self) -> None:
        """Called each time the screen is shown."""
        if not self._started:
            self._started = True
            self.capture.load()
        self._on_tabs_current_changed(self.tabs.currentIndex())
        if self.tabs.currentIndex() == self.CAPTURE_TAB:
            self.capture.focus_entry()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._started:
            self.activated()

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == self.OVERVIEW_TAB:
            self.overview.start_auto_refresh()
        else:
            self.overview.stop_auto_refresh()
        if index == self.TIMER_TAB:
            self.timer.activated()
        if index == self.CAPTURE_TAB:
            self.capture.focus_entry()
        else:
            self.capture.flush()

    def _on_overview_table_chosen(self, project_id: int, round: int) -> None:
        if self.capture.show_table(project_id, round or None):
            self.tabs.setCurrentIndex(self.CAPTURE_TAB)

    def _on_capture_table_opened(self, _project_id: int, round: int) -> None:
        self.timer.set_round(round)
        self.overview.set_rounds(round)
