"""The compact Répartition board: the whole room on a 1366×768 laptop, a zoom
for 40 tables and more, and a search box that finds a person on the board."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, QSettings, Qt

from katalyze.demo import build_demo
from ui.context import EventContext, EventSignals
from ui.repartition import RepartitionScreen
from ui.worker import DbWorker

# What the Répartition screen gets of a maximised window on a 1366×768 screen
# (title bar, menu, the step bar and the taskbar taken off).
LAPTOP = (1366, 600)


def _context(db, tmp_path: Path) -> EventContext:
    return EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )


def _open(qtbot, ctx: EventContext, size: tuple[int, int]) -> RepartitionScreen:
    widget = RepartitionScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(
        lambda: widget.board() is not None and bool(widget.board_area.cards()), timeout=20000
    )
    return widget


def _cards_on_screen(screen: RepartitionScreen) -> int:
    viewport = screen.board_area.viewport()
    seen = 0
    for card in screen.board_area.cards():
        top_left = card.mapTo(viewport, QPoint(0, 0))
        if (
            top_left.y() >= 0
            and top_left.y() + card.height() <= viewport.height()
            and top_left.x() + card.width() <= viewport.width()
        ):
            seen += 1
    return seen


@pytest.fixture(scope="module")
def seated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo evening, seated (15 tables, 2 rounds), built once; each test gets a copy."""
    from katalyze.db import open_database
    from katalyze.events import ensure_event

    path = tmp_path_factory.mktemp("seated") / "demo.katalyze"
    database = open_database(path)
    ensure_event(database)
    build_demo(database, participants=120, stage="assigned", seed=1)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def seated(seated_file: Path, tmp_path: Path):
    from katalyze.db import open_database

    copy = tmp_path / "event.katalyze"
    shutil.copyfile(seated_file, copy)
    ctx = _context(open_database(copy), tmp_path)
    yield ctx
    ctx.worker.wait_idle()
    ctx.close()


def test_fifteen_tables_fit_one_laptop_screen_and_zoom(qtbot, seated: EventContext) -> None:
    screen = _open(qtbot, seated, LAPTOP)
    cards = screen.board_area.cards()
    assert len(cards) == 15
    qtbot.waitUntil(lambda: _cards_on_screen(screen) == 15, timeout=5000)
    assert screen.board_area.zoom() > 0  # compact, chosen to fit

    # Ctrl+plus: larger cards, no longer all on screen; the slider follows.
    level = screen.board_area.zoom()
    screen.zoom_in_action.trigger()
    assert screen.board_area.zoom() == level - 1
    assert screen.board_tools.zoom.value() == level - 1
    screen.board_tools.zoom.setValue(0)
    qtbot.waitUntil(lambda: _cards_on_screen(screen) < 15, timeout=5000)
    screen.zoom_out_action.trigger()
    assert screen.board_area.zoom() == 1


def test_search_highlights_and_scrolls_to_the_person(qtbot, seated: EventContext) -> None:
    screen = _open(qtbot, seated, LAPTOP)
    screen.board_tools.zoom.setValue(0)  # comfortable cards: the board must scroll
    board = screen.board()
    assert board is not None
    last = board.tables[-1]
    person = last.people[-1]
    qtbot.keyClicks(screen.board_tools.search, person.name.split()[-1].lower())
    found = screen.found_ids()
    assert person.id in found
    # Enter walks the matches until it reaches that person.
    for _step in range(found.index(person.id)):
        qtbot.keyClick(screen.board_tools.search, Qt.Key.Key_Return)
    assert screen.board_tools.found.text() == f"{found.index(person.id) + 1} / {len(found)}"
    card = screen.card(last.project_id)
    assert card is not None
    viewport = screen.board_area.viewport()
    qtbot.waitUntil(
        lambda: 0 <= card.mapTo(viewport, QPoint(0, 0)).y() < viewport.height(), timeout=3000
    )
    row = screen.model.row_of(person.id)
    assert row is not None
    index = screen.model.index(screen.model.rows().index(row))
    from ui.repartition.board_model import Roles

    assert index.data(Roles.Found) is True
    screen.board_tools.search.clear()
    assert screen.found_ids() == []
    assert index.data(Roles.Found) is False
    qtbot.keyClicks(screen.board_tools.search, "zzzzqq")
    assert screen.board_tools.found.text() == "nobody"


def test_forty_tables_fit_a_1080p_screen_at_the_smallest_zoom(qtbot, db, tmp_path: Path) -> None:
    build_demo(db, participants=130, stage="assigned", seed=2, tables=40)
    ctx = _context(db, tmp_path)
    try:
        screen = _open(qtbot, ctx, (1920, 940))  # a 1080p screen
        assert len(screen.board_area.cards()) == 40
        screen.board_tools.zoom.setValue(3)
        qtbot.waitUntil(lambda: _cards_on_screen(screen) == 40, timeout=5000)
    finally:
        ctx.worker.wait_idle()
        ctx.close()


def test_projector_pages_turn_slowly_enough_and_follow_the_setting(qtbot) -> None:
    from ui.repartition.find_table import PAGE_SECONDS, FindTablePage

    page = FindTablePage()
    qtbot.addWidget(page)
    assert PAGE_SECONDS >= 12
    assert page.page_seconds() == PAGE_SECONDS
    page.set_page_seconds(2)  # too fast to read from the back of a room
    assert page.page_seconds() == 5
    page.set_page_seconds(20)
    assert page.page_seconds() == 20


def test_loading_says_so_and_a_long_banner_keeps_the_board(qtbot, seated: EventContext) -> None:
    screen = RepartitionScreen(seated)
    qtbot.addWidget(screen)
    # Before the seats are read, the unseated list does not claim everyone has one.
    assert screen.unseated_view.placeholder == "Loading the seats…"
    screen.resize(*LAPTOP)
    screen.show()
    qtbot.waitUntil(lambda: screen.board() is not None, timeout=20000)
    assert screen.unseated_view.placeholder == "Everyone here has a seat."
    before = screen.board_area.height()
    screen._show_banner("<br>".join(f"Table {n} : une longue remarque" for n in range(15)), "info")
    qtbot.waitUntil(lambda: screen.banner.isVisible(), timeout=2000)
    assert screen.banner.height() <= screen.banner.maximumHeight() < 120
    assert screen.board_area.height() >= before - 120


def test_the_projector_page_time_is_a_setting(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.context import app_settings
    from ui.main_window import MainWindow

    settings = app_settings()
    window = MainWindow(settings, None)
    qtbot.addWidget(window)
    asked: list[int] = []

    def answer(*args, **kwargs):
        asked.append(args[3])  # the value shown: the current one
        return 12, True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    window.page_seconds_action.trigger()
    assert asked == [14]
    assert int(settings.value("projector/page_seconds")) == 12
