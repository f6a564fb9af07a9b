"""The Accueil screen: the door of the evening.

One always-focused field takes scans and typed names (see :mod:`.burst`); a
large coloured panel answers (see :mod:`.feedback`) with a tone per outcome;
walk-ins, undo, the webcam, live counters and the latest arrivals sit around
it. Every database call goes through the event's worker; the name search runs
on an in-memory index rebuilt when participants change.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from katalyze.checkin import service
from katalyze.checkin.codes import looks_like_code
from katalyze.checkin.search import NameIndex
from katalyze.checkin.service import ScanResult
from katalyze.events import RoleInfo
from katalyze.participants import ParticipantDraft
from ui.accueil import jobs
from ui.accueil.arrivals import Counters, LatestArrivals, arrival_of, person_list, with_arrival
from ui.accueil.burst import BurstWatcher, ScanField
from ui.accueil.camera import CameraView
from ui.accueil.feedback import LOOKS, FeedbackPanel
from ui.accueil.models import MatchesModel
from ui.accueil.sounds import SoundBoard
from ui.accueil.walkin import WalkInDialog
from ui.context import EventContext
from ui.open_file import open_generated

STATION_KEY = "accueil/station"
ROLE_KEY = "accueil/walk_in_role"
PRINT_KEY = "accueil/walk_in_print"
SOUND_KEY = "accueil/sound"
SEARCH_LIMIT = 8
POLL_MS = 20_000
QUIET_SECONDS = 4.0  # no counters poll this soon after a scan


class AccueilScreen(QWidget):
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
        self.station = str(ctx.settings.value(STATION_KEY, "") or "")
        self.open_document: Callable[[Path], object] = lambda path: open_generated(path, self)
        self._undo: list[tuple[int, str]] = []
        self._background = QColor(LOOKS["idle"].background)
        self._dialog: WalkInDialog | None = None
        self._station_asked = False
        self._watching = False

        self.sounds = SoundBoard(self)
        self.sounds.enabled = str(ctx.settings.value(SOUND_KEY, "true")).lower() != "false"
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
        self._show_station()
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
        self.field.setStyleSheet("font-size: 19px; padding: 8px;")
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
        side.addWidget(self.field)
        side.addWidget(self.hint)
        side.addWidget(self.camera)
        side.addWidget(self.lists, 1)
        side.addWidget(self.counters)
        self.side = left

        self.feedback = FeedbackPanel()
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
            button.setStyleSheet("font-size: 15px; padding: 4px 14px;")
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
        layout.addWidget(left, 0)
        layout.addLayout(right, 1)

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
        self.camera_button.toggled.connect(self._on_camera_button_toggled)
        self.sound_button.toggled.connect(self._on_sound_button_toggled)
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
        self.side.setFixedWidth(min(560, max(320, int(self.width() * 0.29))))

    def paintEvent(self, _event) -> None:
        # The whole screen takes the outcome's colour, not only the panel.
        QPainter(self).fillRect(self.rect(), self._background)

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

    # -- station --------------------------------------------------------------

    def _show_station(self) -> None:
        shown = self.station or service.DEFAULT_STATION
        self.station_label.setText(self.tr("Station: %1").replace("%1", shown))
        if self.feedback.status == "idle":
            self.feedback.show_ready(shown)

    def _ask_station(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Check-in station"))
        dialog.setLabelText(
            self.tr("Name of this station (shown in the arrivals log), e.g. “Entrée 1”:")
        )
        dialog.setTextValue(self.station or self.tr("Entrance 1"))
        dialog.textValueSelected.connect(self.set_station)
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self._refocus_after_dialog))
        dialog.open()

    def set_station(self, name: str) -> None:
        name = name.strip()[:80]
        if not name:
            return
        self.station = name
        self.ctx.settings.setValue(STATION_KEY, name)
        self._show_station()

    @property
    def station_name(self) -> str:
        return self.station or service.DEFAULT_STATION

    # -- loading ----------------------------------------------------------------

    def reload_index(self) -> None:
        self.ctx.worker.submit(jobs.load_index, self.ctx.db, on_done=self._on_index_loaded)

    def _on_index_loaded(self, loaded: tuple[NameIndex, list[RoleInfo]]) -> None:
        self.index, self.roles = loaded
        if self.field.text().strip():
            self._on_field_search_requested(self.field.text())
        self.index_ready.emit()

    def _on_signals_participants_changed(self) -> None:
        self._index_timer.start()

    def _on_index_timer_timeout(self) -> None:
        self.reload_index()

    def refresh_counts(self) -> None:
        """Re-read counters and latest arrivals (soon, once for a burst of calls)."""
        self._counts_timer.start()

    def _on_signals_checkins_changed(self) -> None:
        if not self._emitting:  # our own check-ins are counted as they happen
            self.refresh_counts()

    def _on_poll_timer_timeout(self) -> None:
        # Not in the middle of a queue: a scan must never wait behind counting.
        quiet = time.monotonic() - self._last_scan_at > QUIET_SECONDS
        if quiet and not self.ctx.worker.busy:
            self.refresh_counts()

    def _emit_checkins_changed(self) -> None:
        self._emitting = True
        try:
            self.ctx.signals.checkins_changed.emit()
        finally:
            self._emitting = False

    def _count_arrival(
        self, result: ScanResult, *, walk_in: bool = False, restored: bool = False
    ) -> None:
        """Add a first arrival to the counters and the list without a query,
        so no counting work ever queues ahead of the next scan. A cancelled
        registration checked in after all (``restored``) moves from the
        cancelled to the expected: that one is counted again in the database."""
        counts = self.counters.counts
        updated = with_arrival(counts, result, walk_in=walk_in) if counts else None
        if updated is None or result.checked_in_at is None or restored:
            self.refresh_counts()
            return
        self._show_counts(updated)
        self.latest.add(arrival_of(result, walk_in=walk_in))

    def _on_counts_timer_timeout(self) -> None:
        self.ctx.worker.submit(jobs.load_counts, self.ctx.db, on_done=self._on_counts_loaded)

    def _on_counts_loaded(self, loaded) -> None:
        counts, latest = loaded
        self._show_counts(counts)
        self.latest.show_arrivals(latest)

    def _show_counts(self, counts: service.ArrivalCounts) -> None:
        self.counters.show_counts(counts)
        self.counts_shown.emit(counts)

    # -- scanning and searching --------------------------------------------------

    def check_in_code(self, raw: str) -> None:
        """Check in a scanned (or typed) badge code."""
        self._last_scan_at = time.monotonic()
        self.ctx.worker.submit(
            service.check_in_code,
            self.ctx.db,
            raw,
            self.station_name,
            on_done=self._on_check_in_done,
            on_error=self._on_job_error,
        )

    def check_in_person(self, participant_id: int, *, allow_cancelled: bool = False) -> None:
        """Check in somebody found by name."""
        self.ctx.worker.submit(
            service.check_in_participant,
            self.ctx.db,
            participant_id,
            self.station_name,
            allow_cancelled=allow_cancelled,
            on_done=lambda result: self._on_check_in_done(result, restored=allow_cancelled),
            on_error=self._on_job_error,
        )

    def _on_check_in_done(
        self, result: ScanResult, *, walk_in: bool = False, restored: bool = False
    ) -> None:
        self.show_result(result)
        if result.status == "ok" and result.participant_id is not None:
            self._undo.append((result.participant_id, result.full_name))
            self._update_undo_button()
            if self.index is not None:
                self.index.mark_arrival(result.participant_id, result.checked_in_at, result.station)
            # Counting and telling other screens come after the answer is painted.
            QTimer.singleShot(0, lambda: self._after_arrival(result, walk_in, restored))
        elif restored and result.status == "already":
            # Cancelled after arriving, confirmed again: counted as arrived once more.
            QTimer.singleShot(0, self._after_restore)

    def _after_restore(self) -> None:
        self.refresh_counts()
        self.ctx.signals.participants_changed.emit()

    def _after_arrival(self, result: ScanResult, walk_in: bool, restored: bool = False) -> None:
        self._count_arrival(result, walk_in=walk_in, restored=restored)
        self._emit_checkins_changed()
        if restored:  # the registration is no longer cancelled: lists and index follow
            self.ctx.signals.participants_changed.emit()

    def show_result(self, result: ScanResult) -> None:
        """Answer at once: colour, words, sound; painted before anything else."""
        self.feedback.show_result(result)
        self.sounds.play_status(result.status)
        self.feedback.repaint()
        self.field.clear()
        self._show_matches("")
        self.refocus()
        self.result_shown.emit(result)

    def _on_job_error(self, message: str) -> None:
        self.feedback.show_notice("error", self.tr("PROBLEM"), "", message)
        self.sounds.play("error")
        self.refocus()

    def _on_field_scanned(self, text: str) -> None:
        self.check_in_code(text)

    def _on_watcher_scanned(self, text: str) -> None:
        # A scan typed into a dialog: checked in at once, the dialog stays open.
        self.check_in_code(text)

    def _on_camera_codes_read(self, texts: list) -> None:
        for text in texts:
            self.check_in_code(text)

    def _on_field_search_requested(self, text: str) -> None:
        self._show_matches(text)

    def _show_matches(self, text: str) -> None:
        if not text.strip():
            if self.matches.rowCount() or self.lists.currentIndex() != 0 or self.hint.text():
                self.matches.set_matches([])
                self.lists.setCurrentIndex(0)
                self.hint.setText("")
            self.search_shown.emit(text)
            return
        found = self.index.search(text, SEARCH_LIMIT) if self.index is not None else []
        self.matches.set_matches(found)
        self.lists.setCurrentIndex(1)
        if found:
            self.results.setCurrentIndex(self.matches.index(0, 0))
            self.hint.setText(self.tr("Enter or click checks the selected person in."))
        elif looks_like_code(text):
            self.hint.setText(self.tr("Enter checks this badge code in."))
        elif self.index is None:
            self.hint.setText(self.tr("Loading the participant list…"))
        else:
            self.hint.setText(self.tr("Nobody found. Walk-in? Press Ctrl+N."))
        self.search_shown.emit(text)

    def _on_field_enter_pressed(self) -> None:
        text = self.field.text()
        if looks_like_code(text):
            self.check_in_code(text)
            return
        match = self.matches.match_at(self.results.currentIndex().row())
        if match is not None and self.lists.currentIndex() == 1:
            self.check_in_person(match.participant.id)

    def _on_field_moved(self, step: int) -> None:
        count = self.matches.rowCount()
        if not count or self.lists.currentIndex() != 1:
            return
        row = min(max(self.results.currentIndex().row() + step, 0), count - 1)
        self.results.setCurrentIndex(self.matches.index(row, 0))

    def _on_field_cleared(self) -> None:
        self._show_matches("")

    def _on_results_clicked(self, index) -> None:
        match = self.matches.match_at(index.row())
        if match is not None:
            self.check_in_person(match.participant.id)
        self.refocus()

    def _on_feedback_confirm_requested(self, participant_id: int) -> None:
        self.check_in_person(participant_id, allow_cancelled=True)
        self.refocus()

    def _on_feedback_look_changed(self, colour: str) -> None:
        self._background = QColor(colour)
        self.update()

    # -- undo ---------------------------------------------------------------------

    def undo_last(self) -> None:
        """Take back this station's last check-in."""
        if not self._undo:
            self.hint.setText(self.tr("Nothing to undo."))
            return
        participant_id, name = self._undo.pop()
        self._update_undo_button()
        self.ctx.worker.submit(
            service.undo_check_in,
            self.ctx.db,
            participant_id,
            self.station_name,
            on_done=lambda _none: self._on_undo_done(participant_id, name),
            on_error=self._on_job_error,
        )

    def _update_undo_button(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))
        self.undo_button.setToolTip(
            self.tr("Undo the check-in of %1").replace("%1", self._undo[-1][1])
            if self._undo
            else ""
        )

    def _on_undo_done(self, participant_id: int, name: str) -> None:
        if self.index is not None:
            self.index.mark_arrival(participant_id, None, None)
        self.feedback.show_notice(
            "undone",
            self.tr("CHECK-IN UNDONE"),
            name,
            self.tr("%1 is no longer counted as arrived.").replace("%1", name),
        )
        self.refocus()
        self.refresh_counts()
        self._emit_checkins_changed()
        self.check_in_undone.emit(participant_id)

    # -- walk-ins -------------------------------------------------------------------

    def open_walk_in(self) -> WalkInDialog:
        """Open the walk-in form (returned so a caller can fill it)."""
        if self._dialog is not None:
            self._dialog.raise_()
            return self._dialog
        role = self.ctx.settings.value(ROLE_KEY, None)
        default_role = int(role) if role not in (None, "") else None
        if default_role is None:
            default_role = next((r.id for r in self.roles if r.key == "citoyen"), None)
        dialog = WalkInDialog(
            self.roles,
            default_role_id=default_role,
            print_badge=str(self.ctx.settings.value(PRINT_KEY, "false")).lower() == "true",
            parent=self,
        )
        # The typed text is kept in the field for the form: a volunteer who
        # searched "Martin" and found nobody need not type it again.
        typed = self.field.text().strip()
        if typed and not looks_like_code(typed):
            words = typed.split()
            dialog.first_name.setText(" ".join(words[:-1]) if len(words) > 1 else "")
            dialog.last_name.setText(words[-1])
        dialog.submitted.connect(self._on_walk_in_submitted)
        dialog.finished.connect(self._on_walk_in_finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _on_walk_in_submitted(self, draft: ParticipantDraft, print_badge: bool) -> None:
        dialog = self._dialog
        assert dialog is not None
        self.ctx.settings.setValue(ROLE_KEY, draft.role_id if draft.role_id is not None else "")
        self.ctx.settings.setValue(PRINT_KEY, "true" if print_badge else "false")

        def done(loaded) -> None:
            result, person = loaded
            dialog.finish()
            if self.index is not None:
                self.index.upsert(person)
            self._on_check_in_done(result, walk_in=True)
            self.walk_in_registered.emit(result)
            if print_badge and result.participant_id is not None:
                self._print_badge(result.participant_id)

        self.ctx.worker.submit(
            jobs.walk_in,
            self.ctx.db,
            draft,
            self.station_name,
            on_done=done,
            on_error=dialog.show_error,
        )

    def _on_walk_in_finished(self, _result: int) -> None:
        self._dialog = None
        self.field.clear()
        self._show_matches("")
        QTimer.singleShot(0, self._refocus_after_dialog)

    def _refocus_after_dialog(self) -> None:
        self.refocus(reactivate=True)

    def _print_badge(self, participant_id: int) -> None:
        self.hint.setText(self.tr("Preparing the badge…"))

        def done(path: Path) -> None:
            self.hint.setText(self.tr("Badge ready: print it from the viewer that opened."))
            self.open_document(path)
            self.badge_opened.emit(str(path))

        self.ctx.worker.submit(
            jobs.badge_pdf, self.ctx.db, participant_id, on_done=done, on_error=self._on_badge_error
        )

    def _on_badge_error(self, message: str) -> None:
        self.hint.setText(self.tr("The badge could not be made: %1").replace("%1", message))

    # -- camera and sound ---------------------------------------------------------------

    def _label_camera_button(self) -> None:
        on = self.camera_button.isChecked()
        self.camera_button.setText(self.tr("Camera: on") if on else self.tr("Camera: off"))

    def _on_camera_button_toggled(self, on: bool) -> None:
        self._label_camera_button()
        if on:
            if self.camera.start():
                self.camera.show()
                self.hint.setText("")
            else:
                self.camera_button.setChecked(False)
        else:
            self.camera.stop()
            self.camera.hide()
        self.refocus()

    def _on_camera_problem(self, message: str) -> None:
        self.hint.setText(message)
        self.camera.hide()
        if self.camera_button.isChecked():
            self.camera_button.setChecked(False)

    def _label_sound_button(self) -> None:
        on = self.sound_button.isChecked()
        self.sound_button.setText(self.tr("Sound: on") if on else self.tr("Sound: off"))

    def _on_sound_button_toggled(self, on: bool) -> None:
        self._label_sound_button()
        self.sounds.enabled = on
        self.ctx.settings.setValue(SOUND_KEY, "true" if on else "false")
        self.refocus()

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
