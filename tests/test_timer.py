"""The round timer: countdown logic on a fake clock, the control panel and
the projector page."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor

from ui.context import EventContext, EventSignals
from ui.timer.countdown import (
    CRITICAL,
    FINISHED,
    NORMAL,
    OVER,
    PAUSED,
    READY,
    RUNNING,
    WARNING,
    Countdown,
    format_seconds,
    parse_duration,
)
from ui.timer.display import COLOURS, FLASH_BACKGROUND, TimerDisplay
from ui.timer.panel import TimerPanel
from ui.timer.sound import bell_file
from ui.worker import DbWorker


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_countdown_follows_the_clock_not_ticks() -> None:
    clock = FakeClock()
    cd = Countdown(20 * 60, clock=clock)
    assert (cd.state, cd.display(), cd.phase()) == (READY, "20:00", NORMAL)
    cd.start()
    clock.advance(0.4)
    assert cd.display() == "20:00"  # rounded up: 19:59.6 still reads 20:00
    clock.advance(600)
    assert (cd.state, cd.display()) == (RUNNING, "10:00")
    assert cd.fraction() == pytest.approx(0.5, abs=0.001)
    cd.pause()
    clock.advance(300)  # paused time does not count
    assert (cd.state, cd.display()) == (PAUSED, "10:00")
    cd.resume()
    clock.advance(8 * 60 + 1)
    assert cd.phase() == WARNING and cd.display() == "01:59"
    clock.advance(60)
    assert cd.phase() == CRITICAL
    assert not cd.poll()
    clock.advance(60)
    assert (cd.state, cd.phase(), cd.display()) == (FINISHED, OVER, "00:00")
    assert cd.poll() is True and cd.poll() is False  # the bell rings once
    clock.advance(12)
    assert cd.overrun() == pytest.approx(13.4, abs=0.01)


def test_add_a_minute_running_paused_and_after_the_end() -> None:
    clock = FakeClock()
    cd = Countdown(10 * 60, clock=clock)
    cd.start()
    clock.advance(9 * 60 + 30)
    cd.add(60)
    assert cd.display() == "01:30" and cd.duration == 11 * 60
    cd.pause()
    cd.add(60)
    assert (cd.state, cd.display()) == (PAUSED, "02:30")
    cd.resume()
    clock.advance(200)
    assert cd.state == FINISHED and cd.poll()
    cd.add(60)  # time was up: one more minute from now, not from the overrun
    assert (cd.state, cd.display()) == (RUNNING, "01:00")
    clock.advance(61)
    assert cd.poll()  # and it rings again at the new end


def test_reset_and_restart() -> None:
    clock = FakeClock()
    cd = Countdown(30, clock=clock)
    cd.start()
    clock.advance(40)
    assert cd.state == FINISHED
    cd.start()  # starting a finished countdown starts it over
    assert (cd.state, cd.display()) == (RUNNING, "00:30")
    cd.reset(45 * 60)
    assert (cd.state, cd.display()) == (READY, "45:00")
    with pytest.raises(ValueError):
        cd.reset(0)


def test_durations() -> None:
    assert parse_duration("25") == 1500
    assert parse_duration("7:30") == 450
    assert parse_duration("1:05:00") == 3900
    assert parse_duration("2,5") == 150
    for bad in ("", "abc", "7:75", "-3", "0", "1:2:3:4"):
        with pytest.raises(ValueError):
            parse_duration(bad)
    assert format_seconds(3725) == "1:02:05"
    assert format_seconds(59) == "00:59"


@pytest.fixture
def ctx(db, tmp_path, qtbot):
    context = EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat),
    )
    yield context
    context.close()


def test_panel_drives_the_projector_page(qtbot, ctx) -> None:
    clock = FakeClock()
    panel = TimerPanel(ctx, clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.preset_buttons[10], Qt.MouseButton.LeftButton)
    assert panel.preview.digits == "10:00" and panel.preset_buttons[10].isChecked()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    projector = ctx.projector()
    page = projector.page("timer")
    assert isinstance(page, TimerDisplay) and projector.current_key() == "timer"
    assert projector.isVisible()

    with qtbot.waitSignal(panel.state_changed) as changed:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert changed.args == [RUNNING]
    clock.advance(8 * 60 + 30)
    qtbot.waitUntil(lambda: page.digits == "01:30", timeout=2000)
    assert page.phase == WARNING
    assert page.digit_colour().name() == COLOURS[WARNING].name()
    clock.advance(45)
    qtbot.waitUntil(lambda: page.phase == CRITICAL, timeout=2000)
    assert page.digit_colour().name() == QColor("#ff4a3d").name()

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert page.digits == "01:45"

    with qtbot.waitSignal(panel.time_up, timeout=2000):
        clock.advance(106)
    assert panel.bell.rung == 1
    assert panel.countdown.state == FINISHED
    # Flashing at zero: the background alternates every half second.
    flashes = set()
    for _ in range(4):
        clock.advance(0.5)
        panel._on_tick_timeout()
        flashes.add(page.background_colour().name())
    assert flashes == {FLASH_BACKGROUND.name(), QColor("#101418").name()}

    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert (panel.countdown.state, page.digits) == (READY, "10:00")  # the preset again


def test_custom_duration_pause_and_keyboard(qtbot, ctx) -> None:
    clock = FakeClock()
    panel = TimerPanel(ctx, clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.custom_edit, "7:30")
    qtbot.keyClick(panel.custom_edit, Qt.Key.Key_Return)
    assert panel.preview.digits == "07:30"
    assert not any(b.isChecked() for b in panel.preset_buttons.values())
    panel.custom_edit.clear()
    qtbot.keyClicks(panel.custom_edit, "sept")
    qtbot.keyClick(panel.custom_edit, Qt.Key.Key_Return)
    assert panel.duration_error.isVisible() and "sept" in panel.duration_error.text()
    assert panel.preview.digits == "07:30"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    clock.advance(30)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # pause
    assert panel.countdown.state == PAUSED and panel.preview.digits == "07:00"
    clock.advance(100)
    panel._on_tick_timeout()
    assert panel.preview.digits == "07:00"


def test_alternate_with_find_your_table(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QLabel

    panel = TimerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.find_table_button.isEnabled()
    ctx.projector().add_page("find_table", QLabel("Trouvez votre table"))
    panel.activated()
    assert panel.find_table_button.isEnabled()
    qtbot.mouseClick(panel.find_table_button, Qt.MouseButton.LeftButton)
    assert ctx.projector().current_key() == "find_table"
    panel.alternate_check.setChecked(True)
    assert ctx.projector().current_key() == "timer"
    panel._on_alternate_timeout()
    assert ctx.projector().current_key() == "find_table"
    panel._on_alternate_timeout()
    assert ctx.projector().current_key() == "timer"


def test_bell_is_a_real_wave_file(tmp_path) -> None:
    import wave

    path = bell_file(tmp_path)
    with wave.open(str(path)) as sound:
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
        assert 1.5 < sound.getnframes() / sound.getframerate() < 3.0
