"""The round timer on the table page: stored by the stage, served by whoever
serves the room (the app's child process or ``katalyze serve`` alone)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings, Qt

from katalyze.room.stage_timer import round_timer, save_round_timer
from tests.room_support import call, open_room, phone_pages
from ui.context import EventContext, EventSignals
from ui.timer.panel import TimerPanel
from ui.worker import DbWorker

T0 = dt.datetime(2026, 12, 2, 18, 30, tzinfo=dt.UTC)


def test_the_stored_countdown_is_read_at_any_moment(db) -> None:
    assert round_timer(db) is None  # never started: the pages show no timer
    save_round_timer(db, 754, True, now=T0)
    assert round_timer(db, T0) == {"remaining": 754, "running": True}
    assert round_timer(db, T0 + dt.timedelta(seconds=54.2)) == {"remaining": 700, "running": True}
    assert round_timer(db, T0 + dt.timedelta(seconds=800)) == {"remaining": 0, "running": False}
    save_round_timer(db, 90, False, now=T0)  # paused: time does not run
    assert round_timer(db, T0 + dt.timedelta(hours=1)) == {"remaining": 90, "running": False}


@pytest.fixture
def room(tmp_path):
    opened = open_room(tmp_path, participants=30, stage="assigned", tables=3)
    yield opened
    opened.close()


def test_a_headless_room_serves_the_stored_timer(room) -> None:
    token, stage = room.token("table", 1), room.token("stage")
    assert call(room.url, "GET", "/api/table", token)[1]["timer"] is None
    assert call(room.url, "GET", "/api/overview", stage)[1]["timer"] is None
    save_round_timer(room.db, 754, False)
    assert call(room.url, "GET", "/api/table?items=0", token)[1]["timer"] == {
        "remaining": 754,
        "running": False,
    }
    assert call(room.url, "GET", "/api/overview", stage)[1]["timer"]["remaining"] == 754


def test_the_stage_timer_panel_stores_each_command(qtbot, db, tmp_path) -> None:
    ctx = EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat),
    )
    try:
        panel = TimerPanel(ctx)
        qtbot.addWidget(panel)
        panel.set_duration(10 * 60)
        ctx.worker.wait_idle()
        assert round_timer(db) == {"remaining": 600, "running": False}
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        ctx.worker.wait_idle()
        running = round_timer(db)
        assert running["running"] and 0 < running["remaining"] <= 600
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # pause
        ctx.worker.wait_idle()
        paused = round_timer(db)
        assert not paused["running"]
        assert paused["remaining"] == round(panel.countdown.remaining())
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        ctx.worker.wait_idle()
        assert round_timer(db)["remaining"] == paused["remaining"] + 60
    finally:
        ctx.close()


def test_the_table_page_shows_the_stored_timer_or_none(room) -> None:
    from playwright.sync_api import expect

    with phone_pages() as (page,):
        page.goto(room.page("table", 1))
        expect(page.locator("#title")).to_contain_text("Table 1", timeout=15_000)
        assert page.locator(".timerline").is_hidden()  # nothing stored yet
        save_round_timer(room.db, 754, False)
        page.reload()  # the page reads the whole table on load (else every 10 s)
        expect(page.locator(".timer")).to_have_text("12:34", timeout=15_000)
        save_round_timer(room.db, 600, True)
        page.reload()
        # Running: counts down from 10:00 on the phone's own clock.
        expect(page.locator(".timer")).to_have_text(
            re.compile(r"^(10:00|[0-9]:[0-5][0-9])$"), timeout=15_000
        )
