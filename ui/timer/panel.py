"""The facilitator's timer control: presets, custom duration, start/pause,
+1 min, reset, and what the projector shows (the timer or "find your table").

The room's countdown is a :class:`~ui.timer.display.TimerDisplay` registered on
the projector as page ``"timer"``; the control and a small preview stay on the
facilitator's screen.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from katalyze.db.models import utcnow
from katalyze.room.stage_timer import save_round_timer
from ui.context import EventContext
from ui.timer.countdown import (
    FINISHED,
    OVER,
    PAUSED,
    PRESETS_MINUTES,
    READY,
    RUNNING,
    Countdown,
    format_seconds,
    parse_duration,
)
from ui.timer.display import TimerDisplay
from ui.timer.sound import Bell

PAGE_KEY = "timer"
FIND_TABLE_KEY = "find_table"
TICK_MS = 100
ALTERNATE_SECONDS = 15


class TimerPanel(QWidget):
    """Controls one countdown and the projector's timer page."""

    state_changed = Signal(str)  # ready / running / paused / finished
    time_up = Signal()

    def __init__(
        self,
        ctx: EventContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.countdown = Countdown(20 * 60, clock=clock)
        self.bell = Bell(self)
        self._caption_edited = False
        self._last_state = READY
        self._page: TimerDisplay | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._alternate = QTimer(self)
        self._alternate.setInterval(ALTERNATE_SECONDS * 1000)
        self._alternate.timeout.connect(self._on_alternate_timeout)
        self._build()
        self._refresh()

    # --- layout -------------------------------------------------------------

    def _build(self) -> None:
        self.preview = TimerDisplay(self, compact=True)
        self.preview.setMinimumSize(360, 220)
        self.ends_label = QLabel(self)
        self.ends_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ends_label.setProperty("role", "count")

        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addWidget(self.ends_label)

        duration_box = QGroupBox(self.tr("Duration"), self)
        grid = QGridLayout(duration_box)
        self.preset_buttons: dict[int, QPushButton] = {}
        for column, minutes in enumerate(PRESETS_MINUTES):
            button = QPushButton(self.tr("%n min", "", minutes), duration_box)
            button.setCheckable(True)
            button.setAutoExclusive(False)
            button.clicked.connect(lambda _=False, m=minutes: self.set_duration(m * 60))
            grid.addWidget(button, 0, column)
            self.preset_buttons[minutes] = button
        self.custom_edit = QLineEdit(duration_box)
        self.custom_edit.setPlaceholderText(self.tr("e.g. 25 or 7:30"))
        self.custom_edit.setToolTip(
            self.tr("Minutes (25), minutes:seconds (7:30) or hours:minutes:seconds")
        )
        self.custom_edit.returnPressed.connect(self._on_custom_edit_return_pressed)
        self.custom_button = QPushButton(self.tr("Set"), duration_box)
        self.custom_button.clicked.connect(self._on_custom_edit_return_pressed)
        grid.addWidget(QLabel(self.tr("Custom:"), duration_box), 1, 0)
        grid.addWidget(self.custom_edit, 1, 1, 1, 2)
        grid.addWidget(self.custom_button, 1, 3)
        self.duration_error = QLabel(duration_box)
        self.duration_error.setProperty("role", "error")
        self.duration_error.setWordWrap(True)
        self.duration_error.hide()
        grid.addWidget(self.duration_error, 2, 0, 1, 4)
        self.caption_edit = QLineEdit(self.tr("Round %1").replace("%1", "1"), duration_box)
        self.caption_edit.setToolTip(self.tr("The line shown above the digits on the projector"))
        self.caption_edit.textEdited.connect(self._on_caption_edit_text_edited)
        grid.addWidget(QLabel(self.tr("Caption:"), duration_box), 3, 0)
        grid.addWidget(self.caption_edit, 3, 1, 1, 3)

        run_box = QGroupBox(self.tr("Countdown"), self)
        run = QGridLayout(run_box)
        self.start_button = QPushButton(run_box)
        self.start_button.setProperty("primary", True)
        self.start_button.setMinimumHeight(40)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.add_button = QPushButton(self.tr("+1 min"), run_box)
        self.add_button.setToolTip(self.tr("Give one more minute (F8)"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.reset_button = QPushButton(self.tr("Reset"), run_box)
        self.reset_button.setToolTip(self.tr("Stop and start the duration over (Shift+F5)"))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.sound_check = QCheckBox(self.tr("Ring at the end"), run_box)
        self.sound_check.setChecked(True)
        self.sound_check.toggled.connect(self._on_sound_check_toggled)
        self.test_sound_button = QPushButton(self.tr("Test the bell"), run_box)
        self.test_sound_button.clicked.connect(self._on_test_sound_button_clicked)
        run.addWidget(self.start_button, 0, 0, 1, 2)
        run.addWidget(self.add_button, 1, 0)
        run.addWidget(self.reset_button, 1, 1)
        run.addWidget(self.sound_check, 2, 0)
        run.addWidget(self.test_sound_button, 2, 1)

        room_box = QGroupBox(self.tr("Projector"), self)
        room = QVBoxLayout(room_box)
        self.show_button = QPushButton(self.tr("Show the timer on the projector"), room_box)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.find_table_button = QPushButton(self.tr("Show “Find your table”"), room_box)
        self.find_table_button.clicked.connect(self._on_find_table_button_clicked)
        self.alternate_check = QCheckBox(
            self.tr("Alternate with “Find your table” (%1 s)").replace(
                "%1", str(ALTERNATE_SECONDS)
            ),
            room_box,
        )
        self.alternate_check.toggled.connect(self._on_alternate_check_toggled)
        self.projector_label = QLabel(room_box)
        self.projector_label.setProperty("role", "count")
        self.projector_label.setWordWrap(True)
        room.addWidget(self.show_button)
        room.addWidget(self.find_table_button)
        room.addWidget(self.alternate_check)
        room.addWidget(self.projector_label)

        right = QVBoxLayout()
        right.addWidget(duration_box)
        right.addWidget(run_box)
        right.addWidget(room_box)
        right.addStretch(1)
        right_widget = QFrame(self)
        right_widget.setLayout(right)
        right_widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        right_widget.setFixedWidth(430)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(right_widget)

        for keys, slot in (
            ("F5", self._on_start_button_clicked),
            ("F8", self._on_add_button_clicked),
            ("Shift+F5", self._on_reset_button_clicked),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- public -------------------------------------------------------------

    def page(self) -> TimerDisplay:
        """The projector's timer page (registered the first time)."""
        if self._page is None:
            projector = self._ctx.projector()
            existing = projector.page(PAGE_KEY)
            if isinstance(existing, TimerDisplay):
                self._page = existing
            else:
                self._page = TimerDisplay(projector)
                projector.add_page(PAGE_KEY, self._page)
            projector.page_shown.connect(self._on_projector_page_shown)
            self._refresh()
        return self._page

    def set_duration(self, seconds: float) -> None:
        """Choose the round's length; a running countdown restarts from it."""
        was_running = self.countdown.state == RUNNING
        self.countdown.reset(seconds)
        if was_running:
            self.countdown.start()
        self.duration_error.hide()
        self._store()
        self._refresh()

    def set_round(self, number: int) -> None:
        """Follow the round chosen elsewhere, unless the caption was typed by hand."""
        if not self._caption_edited:
            self.caption_edit.setText(self.tr("Round %1").replace("%1", str(number)))
            self._refresh()

    def show_on_projector(self) -> None:
        self.page()
        self._ctx.projector().show_page(PAGE_KEY)
        self._refresh()

    def has_find_table(self) -> bool:
        return self._ctx.projector().page(FIND_TABLE_KEY) is not None

    def activated(self) -> None:
        self.bell.prepare()
        self._refresh()

    # --- slots --------------------------------------------------------------

    def _on_custom_edit_return_pressed(self) -> None:
        try:
            seconds = parse_duration(self.custom_edit.text())
        except ValueError:
            self.duration_error.setText(
                self.tr(
                    "“%1” is not a duration: type minutes (25) or minutes:seconds (7:30)."
                ).replace("%1", self.custom_edit.text().strip())
            )
            self.duration_error.show()
            return
        self.set_duration(seconds)

    def _on_caption_edit_text_edited(self, _text: str) -> None:
        self._caption_edited = True
        self._refresh()

    def _on_start_button_clicked(self) -> None:
        self.page()  # the room's page exists as soon as the countdown is used
        self.bell.prepare()
        self.countdown.toggle()
        self._store()
        self._refresh()

    def _on_add_button_clicked(self) -> None:
        self.countdown.add(60)
        self._store()
        self._refresh()

    def _on_reset_button_clicked(self) -> None:
        self.countdown.reset()
        self._store()
        self._refresh()

    def _store(self) -> None:
        """What the countdown now shows, for the room's pages (``room.stage_timer``)."""
        self._ctx.worker.submit(
            save_round_timer,
            self._ctx.db,
            self.countdown.remaining(),
            self.countdown.running,
            now=utcnow(),  # the moment shown, not when the worker gets to it
        )

    def _on_sound_check_toggled(self, checked: bool) -> None:
        self.bell.muted = not checked

    def _on_test_sound_button_clicked(self) -> None:
        was_muted, self.bell.muted = self.bell.muted, False
        self.bell.ring()
        self.bell.muted = was_muted

    def _on_show_button_clicked(self) -> None:
        self.show_on_projector()

    def _on_find_table_button_clicked(self) -> None:
        projector = self._ctx.projector()
        if projector.page(FIND_TABLE_KEY) is None:
            self._refresh()
            return
        projector.show_page(FIND_TABLE_KEY)
        self._refresh()

    def _on_alternate_check_toggled(self, checked: bool) -> None:
        if checked and self.has_find_table():
            self.show_on_projector()
            self._alternate.start()
        else:
            self._alternate.stop()
        self._refresh()

    def _on_alternate_timeout(self) -> None:
        projector = self._ctx.projector()
        if not self.has_find_table():
            self._alternate.stop()
            self.alternate_check.setChecked(False)
            return
        target = FIND_TABLE_KEY if projector.current_key() == PAGE_KEY else PAGE_KEY
        if target == PAGE_KEY:
            self.page()
        projector.show_page(target)

    def _on_projector_page_shown(self, _key: str) -> None:
        self._refresh()

    def _on_tick_timeout(self) -> None:
        if self.countdown.poll():
            self.bell.ring()
            self.time_up.emit()
        self._refresh()

    # --- display ------------------------------------------------------------

    def _status_text(self, state: str) -> str:
        if state == PAUSED:
            return self.tr("Paused")
        if state == FINISHED:
            return self.tr("Time is up")
        return ""

    def _refresh(self) -> None:
        cd = self.countdown
        state, phase = cd.state, cd.phase()
        flash_on = phase == OVER and state == FINISHED and int(cd.overrun() * 2) % 2 == 0
        caption = self.caption_edit.text().strip()
        status = self._status_text(state)
        for display in (self.preview, self._page):
            if display is not None:
                display.show_state(
                    cd.display(),
                    phase=phase,
                    fraction=cd.fraction(),
                    caption=caption,
                    status=status,
                    flash_on=flash_on,
                    dimmed=state in (READY, PAUSED),
                )
        labels = {
            READY: self.tr("Start (F5)"),
            RUNNING: self.tr("Pause (F5)"),
            PAUSED: self.tr("Resume (F5)"),
            FINISHED: self.tr("Start again (F5)"),
        }
        self.start_button.setText(labels[state])
        for minutes, button in self.preset_buttons.items():
            button.setChecked(abs(cd.base_duration - minutes * 60) < 0.5)
        if state == RUNNING:
            ends = dt.datetime.now() + dt.timedelta(seconds=cd.remaining())
            self.ends_label.setText(
                self.tr("Ends at %1 — round of %2")
                .replace("%1", ends.strftime("%H:%M"))
                .replace("%2", format_seconds(cd.duration))
            )
        elif state == FINISHED:
            self.ends_label.setText(
                self.tr("Over by %1").replace("%1", format_seconds(cd.overrun()))
            )
        else:
            self.ends_label.setText(
                self.tr("Round of %1").replace("%1", format_seconds(cd.duration))
            )
        find_table = self.has_find_table()
        self.find_table_button.setEnabled(find_table)
        self.alternate_check.setEnabled(find_table)
        if not find_table:
            self.find_table_button.setToolTip(
                self.tr("The “Find your table” page appears once the placement screen has made it.")
            )
        self.projector_label.setText(self._projector_text())
        needs_tick = state in (RUNNING, FINISHED)
        if needs_tick and not self._tick.isActive():
            self._tick.start()
        elif not needs_tick and self._tick.isActive():
            self._tick.stop()
        if state != self._last_state:
            self._last_state = state
            self.state_changed.emit(state)

    def _projector_text(self) -> str:
        projector = self._ctx.projector()
        if not projector.isVisible():
            return self.tr("The projector window is closed.")
        key = projector.current_key()
        if key == PAGE_KEY:
            return self.tr("The room sees the timer.")
        if key == FIND_TABLE_KEY:
            return self.tr("The room sees “Find your table”.")
        return self.tr("The room sees another page.")
