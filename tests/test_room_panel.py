"""The Salle panel: start the room, its QR links answer, revoke, devices, stop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from katalyze.demo import build_demo
from tests.room_support import call
from ui.context import EventContext, EventSignals
from ui.room import RoomPanel
from ui.worker import DbWorker


@pytest.fixture
def ctx(db, tmp_path, qtbot):
    build_demo(db, participants=40, stage="registered", seed=2, tables=6)
    settings = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    context = EventContext(db, DbWorker(), EventSignals(), settings)
    yield context
    context.worker.wait_idle()
    context.worker.shutdown()


def test_panel_starts_hands_out_links_and_stops(qtbot, ctx) -> None:
    from katalyze.room.stage_timer import save_round_timer

    save_round_timer(ctx.db, 125, False)  # the stage paused its countdown at 2:05
    panel = RoomPanel(ctx)
    qtbot.addWidget(panel)
    panel.host_combo.setCurrentIndex(panel.host_combo.count() - 1)  # 127.0.0.1
    panel.port_spin.setValue(0)  # any free port
    panel.show()
    with qtbot.waitSignal(panel.room_started, timeout=15000) as started:
        panel.start_button.click()
    url = started.args[0]
    assert url.startswith("http://127.0.0.1:")
    assert len(panel.cards) == 6 + 2  # six tables, the door, the stage
    table_card = panel.cards[("table", panel.cards_grid.itemAt(0).widget().link.project_id)]
    token = table_card.link.token
    assert table_card.url == f"{url}/table#t={token}"
    assert table_card.address.text() == f"{url}/table"  # the token is not on show
    table_card.copy_button.click()
    assert QApplication.clipboard().text() == table_card.url
    assert not table_card.qr.pixmap().isNull()

    status, me = call(url, "GET", "/api/me", token, headers={"X-Device": "phone-7"})
    assert status == 200 and me["table"] == table_card.link.table
    status, table = call(url, "GET", "/api/table", token, headers={"X-Device": "phone-7"})
    assert table["timer"] == {"remaining": 125, "running": False}
    qtbot.waitUntil(lambda: panel.devices.rowCount() == 1, timeout=5000)
    assert panel.devices.data(panel.devices.index(0, 0)).startswith("Table")

    if os.environ.get("KATALYZE_SCREENSHOTS"):
        panel.resize(1180, 760)
        qtbot.wait(50)
        panel.grab().save(str(Path(os.environ["KATALYZE_SCREENSHOTS"]) / "room-panel.png"))

    with qtbot.waitSignal(ctx.worker.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        table_card.revoke_button.click()
    assert call(url, "GET", "/api/me", token)[0] == 401
    with qtbot.waitSignal(ctx.worker.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        table_card.renew_button.click()
    assert table_card.link.token != token
    assert call(url, "GET", "/api/me", table_card.link.token)[0] == 200

    with qtbot.waitSignal(panel.room_stopped, timeout=5000):
        panel.start_button.click()
    assert not panel.cards
    with pytest.raises(OSError):
        import urllib.request

        urllib.request.urlopen(f"{url}/api/me", timeout=2)


def test_the_room_menu_opens_the_panel_and_closing_the_event_stops_the_room(qtbot, db_path) -> None:
    from katalyze.db import open_database
    from katalyze.events import ensure_event
    from ui.app import LanguageSwitcher
    from ui.context import app_settings
    from ui.main_window import MainWindow

    made = open_database(db_path)
    ensure_event(made)
    made.close()
    app = QApplication.instance()
    settings = app_settings()
    switcher = LanguageSwitcher(app, settings)
    switcher.apply("fr")
    window = MainWindow(settings, switcher)
    qtbot.addWidget(window)
    try:
        assert not window.room_action.isEnabled()  # no event open: no room
        with qtbot.waitSignal(window.event_opened, timeout=10000):
            window.open_event(str(db_path))
        assert window.room_action.isEnabled()
        assert window.room_action.text().startswith("&Panneau de la salle")
        window.room_action.trigger()
        panel = window.room_panel
        assert panel is not None and panel.isVisible()
        assert panel.start_button.text() == "Ouvrir la salle"
        panel.host_combo.setCurrentIndex(panel.host_combo.count() - 1)
        panel.port_spin.setValue(0)
        with qtbot.waitSignal(panel.room_started, timeout=15000) as started:
            panel.start_button.click()
        window.close_event()
        assert window.room_panel is None
        with pytest.raises(OSError):
            import urllib.request

            urllib.request.urlopen(f"{started.args[0]}/api/me", timeout=2)
    finally:
        window.close()
        switcher.apply("en")


def test_a_phones_item_reaches_the_open_atelier_as_text(qtbot, ctx) -> None:
    from PySide6.QtCore import QModelIndex, Qt

    from katalyze.room import service, tokens
    from ui.atelier import AtelierScreen

    screen = AtelierScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    with qtbot.waitSignal(screen.capture.table_opened, timeout=10000) as opened:
        screen.show()
    project_id = opened.args[0]
    grant = tokens.check(ctx.db, tokens.issue(ctx.db, "table", project_id).token)
    note = "<script>alert(1)</script> <b>gras</b>"
    with qtbot.waitSignal(ctx.signals.items_changed, timeout=5000):
        service.add_entry(ctx.db, grant, "from-a-phone", f"i: {note}")
    model = screen.capture.items_model
    qtbot.waitUntil(lambda: any(i.text == note for i in model.items()), timeout=5000)
    shown = []

    def walk(parent) -> None:  # every cell the view shows, at every level
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                shown.append(model.data(index, Qt.ItemDataRole.DisplayRole))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    assert any(note in str(text) for text in shown if text)  # the literal text, not markup


def test_the_open_table_reads_again_only_for_its_own_items(qtbot, ctx) -> None:
    """A phone's item names its table: the Atelier showing another table does
    not read its items again (30 phones at 15 tables, one shown)."""
    from katalyze.room import service, tokens
    from ui.atelier import AtelierScreen

    screen = AtelierScreen(ctx)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.capture.table_opened, timeout=10000) as opened:
        screen.show()
    shown = opened.args[0]
    other = next(p for p in _project_ids(ctx.db) if p != shown)
    screen.capture._poll.stop()  # its 15 s safety poll reads whatever the table
    reads: list[int] = []
    real = screen.capture._reload_items
    screen.capture._reload_items = lambda: (reads.append(1), real())[1]  # type: ignore[method-assign]
    elsewhere = tokens.check(ctx.db, tokens.issue(ctx.db, "table", other).token)
    with qtbot.waitSignal(ctx.signals.items_changed, timeout=5000) as heard:
        service.add_entry(ctx.db, elsewhere, "phone-elsewhere", "i: à une autre table")
    assert heard.args == [frozenset({other})] and reads == []
    here = tokens.check(ctx.db, tokens.issue(ctx.db, "table", shown).token)
    with qtbot.waitSignal(ctx.signals.items_changed, timeout=5000) as heard:
        service.add_entry(ctx.db, here, "phone-here", "i: à cette table")
    assert heard.args == [frozenset({shown})] and reads == [1]
    qtbot.waitUntil(
        lambda: any(i.text == "à cette table" for i in screen.capture.items_model.items()),
        timeout=5000,
    )


def _project_ids(db) -> list[int]:
    from katalyze.projects import list_projects

    return [p.id for p in list_projects(db)]


def test_the_room_runs_beside_the_window_and_its_items_reach_the_atelier(qtbot, ctx) -> None:
    """The panel's room is a child process: a phone's item reaches the open
    window through the database's change broadcast, its device through the pipe."""
    import multiprocessing

    panel = RoomPanel(ctx)
    qtbot.addWidget(panel)
    panel.host_combo.setCurrentIndex(panel.host_combo.count() - 1)
    panel.port_spin.setValue(0)
    with qtbot.waitSignal(panel.room_started, timeout=60000) as started:
        panel.start()
    try:
        children = multiprocessing.active_children()
        assert any(child.name == "katalyze-room" for child in children)
        url = started.args[0]
        card = next(c for (role, _p), c in panel.cards.items() if role == "table")
        with qtbot.waitSignal(ctx.signals.items_changed, timeout=10000):
            status, item = call(
                url,
                "POST",
                "/api/items",
                card.link.token,
                {"client_id": "child-1", "text": "i: depuis un téléphone"},
                headers={"X-Device": "phone-9"},
            )
        assert status == 201 and item["text"] == "depuis un téléphone"
        qtbot.waitUntil(lambda: panel.devices.rowCount() == 1, timeout=10000)
        assert panel.devices.device(0).items_sent == 1
    finally:
        with qtbot.waitSignal(panel.room_stopped, timeout=15000):
            panel.stop()
    assert not any(c.name == "katalyze-room" for c in multiprocessing.active_children())


def test_participant_links_are_handed_out_revoked_and_renewed(qtbot, ctx) -> None:
    panel = RoomPanel(ctx)
    qtbot.addWidget(panel)
    panel.host_combo.setCurrentIndex(panel.host_combo.count() - 1)
    panel.port_spin.setValue(0)
    panel.participants_check.setChecked(True)
    with qtbot.waitSignal(panel.room_started, timeout=60000) as started:
        panel.start()
    try:
        url = started.args[0]
        assert not panel.participants_check.isEnabled()
        guests = {key: card for key, card in panel.cards.items() if key[0] == "participant"}
        assert len(guests) == 6 and len(panel.cards) == 6 + 6 + 2
        card = next(iter(guests.values()))
        assert card.title.text() == f"Table {card.link.table}, participants"
        assert card.url == f"{url}/table#t={card.link.token}"
        token = card.link.token
        body = {"client_id": "guest-1", "text": "i: une idée"}
        assert call(url, "POST", "/api/items", token, body)[0] == 201
        done = {"check_params_cb": lambda busy: not busy, "timeout": 5000}
        with qtbot.waitSignal(ctx.worker.busy_changed, **done):
            card.revoke_button.click()
        assert call(url, "GET", "/api/me", token)[0] == 401
        with qtbot.waitSignal(ctx.worker.busy_changed, **done):
            card.renew_button.click()
        assert card.link.role == "participant" and card.link.token != token
        status, me = call(url, "GET", "/api/me", card.link.token)
        assert status == 200 and me["role"] == "participant"
    finally:
        with qtbot.waitSignal(panel.room_stopped, timeout=15000):
            panel.stop()
