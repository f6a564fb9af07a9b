"""The event tab: name, date and venue saved; roles added, renamed and removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt

from katalyze.db import Database
from katalyze.events import get_event, list_roles
from katalyze.participants import ParticipantDraft, add_participant
from ui.app import build_event_context
from ui.preparation import PreparationScreen
from ui.preparation.event_tab import RoleColumn


@pytest.fixture
def screen(qtbot, db_path: Path, db: Database):
    ctx = build_event_context(str(db_path))
    widget = PreparationScreen(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.data_loaded, timeout=10000):
        widget.resize(1300, 700)
        widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ctx.worker.wait_idle()
    widget.close()
    ctx.close()


def test_event_name_date_and_venue_are_saved(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    tab = screen.event_tab
    assert not tab.save_button.isEnabled()
    tab.name.selectAll()
    qtbot.keyClicks(tab.name, "KatalyZe Amiens 2026")
    qtbot.keyClicks(tab.venue, "La Machinerie")
    qtbot.mouseClick(tab.has_date, Qt.MouseButton.LeftButton)
    tab.date.setDate(QDate(2026, 3, 26))
    assert tab.save_button.isEnabled()
    with qtbot.waitSignal(screen.ctx.signals.event_changed, timeout=10000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = get_event(db)
    assert (saved.name, saved.venue, saved.date) == (
        "KatalyZe Amiens 2026",
        "La Machinerie",
        dt.date(2026, 3, 26),
    )
    assert not tab.save_button.isEnabled()


def test_an_empty_name_is_refused_with_a_message(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    tab = screen.event_tab
    before = get_event(db).name
    tab.name.selectAll()
    qtbot.keyClick(tab.name, Qt.Key.Key_Delete)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "errorMessage") is not None, timeout=5000)
    assert "nom" in tab.findChild(QMessageBox, "errorMessage").text()
    assert get_event(db).name == before and tab.name.text() == ""


def test_roles_are_added_renamed_and_removed(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    tab = screen.event_tab
    count = len(list_roles(db))
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(tab.add_role_button, Qt.MouseButton.LeftButton)
    assert tab.roles_model.rowCount() == count + 1
    row = count
    index = tab.roles_model.index(row, RoleColumn.LABEL)
    assert index.data() == "New role"
    tab.roles_table.setCurrentIndex(index)
    tab.roles_table.edit(index)
    editor = tab.roles_table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Journaliste")
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [r.label for r in list_roles(db)][-1] == "Journaliste"

    used = list_roles(db)[0]
    add_participant(db, ParticipantDraft(first_name="Ana", role_id=used.id))
    tab.roles_table.selectRow(0)
    qtbot.mouseClick(tab.remove_role_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "errorMessage") is not None, timeout=5000)
    assert used.id in {r.id for r in list_roles(db)}

    tab.roles_table.selectRow(row)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(tab.remove_role_button, Qt.MouseButton.LeftButton)
    assert "Journaliste" not in [r.label for r in list_roles(db)]
