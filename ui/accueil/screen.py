"""The Accueil screen: the door of the evening.

One always-focused field takes scans and typed names (see :mod:`.burst`); a
large coloured panel answers (see :mod:`.feedback`) with a tone per outcome;
walk-ins, undo, the webcam, live counters and the latest arrivals sit around
it. Every database call goes through the event's worker; the name search runs
on an in-memory index rebuilt when participants change.

This module builds the screen, wires it, and keeps the keyboard on the field
(the scan watcher catches a scan typed into anything else of ours). What the
screen does lives in its mixins:

- :mod:`.checking_in`: check-ins by code or name, the answer, undo;
- :mod:`.counting`: the live counters and the latest arrivals;
- :mod:`.name_search`: the name index and the matches list;
- :mod:`.walkin_flow`: walk-ins and their badge;
- :mod:`.station`: the station's name, the camera and the sound.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from katalyze.checkin.search import NameIndex
from katalyze.events import RoleInfo
from katalyze.participants import WalkInRecord
from katalyze.projects import ProjectInfo
from ui.accueil.arrivals import Counters, LatestArrivals, person_list
from ui.accueil.burst import BurstWatcher, ScanField
from ui.accueil.camera import CameraView
from ui.accueil.checking_in import CheckingIn
from ui.accueil.counting import ArrivalCounting
from ui.accueil.door_link import DoorLink
from ui.accueil.feedback import LOOKS, READY_AFTER_MS, FeedbackPanel
from ui.accueil.models import MatchesModel
from ui.accueil.name_search import NameSearch
from ui.accueil.sounds import SoundBoard
from ui.accueil.station import SOUND_KEY, STATION_KEY, StationControls
from ui.accueil.walkin import WalkInDialog
from ui.accueil.walkin_flow import WalkInFlow
from ui.context import EventContext
from ui.open_file import open_generated

POLL_MS = 20_000
READY_KEY = "accueil/ready_after_s"  # seconds an answer stays up (a setting)


class AccueilScreen(CheckingIn, ArrivalCounting, NameSearch, WalkInFlow, StationControls, QWidget):
    """Check-in station. Signals tell what happened (tests wait on them)."""

    result_shown = Signal(object)  # ScanResult, once the panel shows it
    search_shown = Signal(str)  # the text whose matches are listed
    index_ready = Signal()
    counts_shown = Signal(object)  # ArrivalCounts
    check_in_undone = Signal(int)
    walk_in_registered = Signal(object)  # ScanResult
    badge_opened = Signal(str)  # path of a walk-in's badge PDF

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.index: NameIndex | None = None
        self.roles: list[RoleInfo] = []
        self.projects: list[ProjectInfo] = []
        self.station = str(ctx.settings.value(STATION_KEY, "") or "")
        self.open_document: Callable[[Path], object] = lambda path: open_generated(path, self)
        self._undo: list[tuple[int, str]] = []
        self._background = QColor(LOOKS["idle"].background)
        self._dialog: WalkInDialog | None = None
        self._removed_walk_in: WalkInRecord | None = None
        self._station_asked = False
        self._watching = False

        self.sounds = SoundBoard(self)
        self.sounds.enabled = str(ctx.settings.value(SOUND_KEY, "true")).lower() != "false"
        # On a server: scans through the door's local copy when the network fails.
        self.door_link = DoorLink(ctx.db, ctx.worker.submit, self)
        self._build()
        self._connect()
        self.watcher = BurstWatcher(self._watch_accepts, self)
        self.watcher.scanned.connect(self._on_watcher_scanned)
        self._counts_timer = QTimer(self, singleShot=True, interval=120)
        self._counts_timer.timeout.connect(self._on_counts_timer_timeout)
        self._index_timer = QTimer(self, singleShot=True, interval=300)
        self._index_timer.timeout.connect(self._on_index_timer_timeout)
        # Other stations check people in too: re-read the counters now and then.
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self._emitting = False
        self._last_scan_at = 0.0
        self._local_arrivals = 0  # arrivals counted here, without a query
        self._show_station()
        self.door_link.prepare(self.station_name)
        self.reload_index()
        self.refresh_counts()

    # -- building -------------------------------------------------------------

    def _build(self) -> None:
        self.station_label = QLabel()
        self.station_label.setStyleSheet("font-weight: bold;")
        self.rename_station = self._button(self.tr("Rename…"), self._ask_station)
        self.field = ScanField()
        self.field.setPlaceholderText(self.tr("Scan or type a name…"))
        self.field.setClearButtonEnabled(True)
        self.field.setStyleSheet("font-size: 17px; padding: 6px;")
        self.field.setAccessibleName(self.tr("Badge or name"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")

        self.matches = MatchesModel(self)
        self.results = person_list(self.matches, name_px=18)
        self.latest = LatestArrivals()
        self.arrivals = self.latest.model
        self.lists = QStackedWidget()
        self.lists.addWidget(self.latest)
        self.lists.addWidget(self.results)

        self.camera = CameraView()
        self.camera.setFixedHeight(200)
        self.camera.hide()

        self.counters = Counters()
        self.total = self.counters.total
        self.role_counts = self.counters.model

        left = QFrame()
        left.setObjectName("side")
        left.setStyleSheet("#side { background: #ffffff; border-radius: 12px; }")
        side = QVBoxLayout(left)
        side.setContentsMargins(12, 10, 12, 10)
        station_row = QHBoxLayout()
        station_row.addWidget(self.station_label, 1)
        station_row.addWidget(self.rename_station)
        side.addLayout(station_row)
        side.addWidget(self.door_link.label)
        side.addWidget(self.field)
        side.addWidget(self.hint)
        side.addWidget(self.camera)
        side.addWidget(self.lists, 1)
        side.addWidget(self.counters)
        self.side = left

        ready_s = float(self.ctx.settings.value(READY_KEY, READY_AFTER_MS / 1000) or 0)
        self.feedback = FeedbackPanel(ready_after_ms=int(max(1.0, ready_s) * 1000))
        self.walk_in_button = self._button(self.tr("Walk-in… (Ctrl+N)"), self.open_walk_in)
        self.undo_button = self._button(self.tr("Undo (Ctrl+Z)"), self.undo_last)
        self.undo_button.setEnabled(False)
        self.camera_button = self._button("", None)
        self.camera_button.setCheckable(True)
        self._label_camera_button()
        self.sound_button = self._button("", None)
        self.sound_button.setCheckable(True)
        self.sound_button.setChecked(self.sounds.enabled)
        self._label_sound_button()
        for button in (
            self.walk_in_button,
            self.undo_button,
            self.camera_button,
            self.sound_button,
        ):
            button.setMinimumHeight(40)
            button.setStyleSheet("font-size: 14px; padding: 4px 10px;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.walk_in_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.camera_button)
        buttons.addWidget(self.sound_button)
        right = QVBoxLayout()
        right.addWidget(self.feedback, 1)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(14)
        # The side takes about 29 % of the width, within bounds; no fixed width,
        # so the window can always shrink (down to 1280×650).
        left.setMinimumWidth(320)
        left.setMaximumWidth(560)
        layout.addWidget(left, 29)
        layout.addLayout(right, 71)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_last)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_walk_in)

    def _button(self, text: str, slot: Callable[[], None] | None) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    def _connect(self) -> None:
        self.field.scanned.connect(self._on_field_scanned)
        self.field.search_requested.connect(self._on_field_search_requested)
        self.field.enter_pressed.connect(self._on_field_enter_pressed)
        self.field.moved.connect(self._on_field_moved)
        self.field.cleared.connect(self._on_field_cleared)
        self.results.clicked.connect(self._on_results_clicked)
        self.feedback.confirm_requested.connect(self._on_feedback_confirm_requested)
        self.feedback.look_changed.connect(self._on_feedback_look_changed)
        self.feedback.notice_confirmed.connect(self._on_feedback_notice_confirmed)
        self.camera_button.toggled.connect(self._on_camera_button_toggled)
        self.sound_button.toggled.connect(self._on_sound_button_toggled)
        self.sounds.outputs_changed.connect(self._on_sounds_outputs_changed)
        self.camera.codes_read.connect(self._on_camera_codes_read)
        self.camera.problem.connect(self._on_camera_problem)
        self.ctx.signals.checkins_changed.connect(self._on_signals_checkins_changed)
        self.ctx.signals.participants_changed.connect(self._on_signals_participants_changed)
        self.ctx.signals.roles_changed.connect(self._on_signals_participants_changed)

    # -- life cycle -------------------------------------------------------------

    def activated(self) -> None:
        self.refresh_counts()
        self.refocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._watching:
            self._watching = True
            QApplication.instance().focusChanged.connect(self._on_app_focus_changed)
            self._poll_timer.start()
        self.refocus()
        if not self.station and not self._station_asked:
            self._station_asked = True
            QTimer.singleShot(0, self._ask_station)

    def hideEvent(self, event) -> None:
        if self._watching:
            self._watching = False
            QApplication.instance().focusChanged.disconnect(self._on_app_focus_changed)
            self._set_scan_watch(False)
            self._poll_timer.stop()
        if self.camera.running:
            self.camera_button.setChecked(False)
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.camera.shutdown()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Under ~700 px the per-role counts scroll: the latest arrivals stay readable.
        self.counters.set_max_rows(99 if self.height() >= 680 else 4)

    def paintEvent(self, _event) -> None:
        # The whole screen takes the outcome's colour, not only the panel.
        QPainter(self).fillRect(self.rect(), self._background)

    def _on_feedback_look_changed(self, colour: str) -> None:
        self._background = QColor(colour)
        self.update()

    def refocus(self, *, reactivate: bool = False) -> None:
        """Give the keyboard back to the field (after a click, a dialog...).

        ``reactivate`` after one of our dialogs closed: the window may not
        have got the activation back (some window managers), and a scanner
        typing into no window would be lost.
        """
        if QApplication.activeModalWidget() is not None:
            return
        if reactivate and self.isVisible() and QApplication.activeWindow() is None:
            self.window().activateWindow()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refocus_after_dialog(self) -> None:
        self.refocus(reactivate=True)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The keyboard is the field's. When something else of ours takes it
        # (a dialog, the window's navigation), scans typed there are watched
        # for; the application-wide filter is on only then, so ordinary
        # events never pass through Python on their way.
        if new is None or new is self.field or not self._watch_accepts(new):
            self._set_scan_watch(False)
            return
        self._set_scan_watch(True)
        if self.isAncestorOf(new):
            QTimer.singleShot(0, self.refocus)

    def _set_scan_watch(self, on: bool) -> None:
        if on != self.watcher.installed:
            app = QApplication.instance()
            if on:
                app.installEventFilter(self.watcher)
            else:
                app.removeEventFilter(self.watcher)
            self.watcher.installed = on

    def _watch_accepts(self, widget: QWidget) -> bool:
        """Keys the scan watcher looks at: this window's or its dialogs', not the field's."""
        if widget is self.field or not self.isVisible():
            return False
        window = widget.window()
        while window is not None:
            if window is self.window():
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False
