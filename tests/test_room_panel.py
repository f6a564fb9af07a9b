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
    panel = RoomPanel(ctx, timer_source=lambda: (125.0, True))
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
    assert table["timer"] == {"remaining": 125, "running": True}
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
