"""The event tab: name, date and venue saved; roles added, renamed and removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate, Qt

from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.events import get_event, list_roles, parse_event_date, update_event
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
    qtbot.keyClicks(tab.date, "26/3/26")
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


# ----- the date: typed in French, refused with a sentence when it is not one -----------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14/03/2026", dt.date(2026, 3, 14)),
        ("14/3/26", dt.date(2026, 3, 14)),
        ("2026-03-14", dt.date(2026, 3, 14)),
        ("14.03.2026", dt.date(2026, 3, 14)),
        ("14 mars 2026", dt.date(2026, 3, 14)),
        ("samedi 14 mars 2026", dt.date(2026, 3, 14)),
        ("1er févr. 2027", dt.date(2027, 2, 1)),
        ("29/02/2028", dt.date(2028, 2, 29)),
        ("14/03", dt.date(2026, 3, 14)),  # no year: the next 14 March
        ("  ", None),
    ],
)
def test_french_dates_are_understood(typed: str, expected: dt.date | None) -> None:
    assert parse_event_date(typed, today=dt.date(2025, 11, 22)) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("99/99", "le mois va de 1 à 12"),
        ("31/02/2026", "février n'a que 28 jours"),
        ("29/02/2027", "2027 n'est pas une année bissextile"),
        ("31/04/2026", "avril n'a que 30 jours"),
        ("14/03/0026", "l'année doit être entre 1900 et 2100"),
        ("demain", "tapez-la comme 14/03/2026"),
        ("14032026", "tapez-la comme 14/03/2026"),
    ],
)
def test_what_is_not_a_date_is_refused_with_a_sentence(typed: str, reason: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_event_date(typed)
    assert str(refused.value).startswith(f"« {typed} » n'est pas une date : ")
    assert reason in str(refused.value)


def test_an_invalid_date_is_shown_next_to_the_field_and_not_saved(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    update_event(db, date=dt.date(2026, 3, 26))
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        screen.ctx.signals.event_changed.emit()
    tab = screen.event_tab
    assert tab.date.text() == "26/03/2026" and not tab.date_error.isVisible()
    tab.date.setFocus()
    tab.date.selectAll()
    qtbot.keyClicks(tab.date, "99/99")
    qtbot.keyClick(tab.date, Qt.Key.Key_Tab)  # leaving the field says what is wrong
    assert tab.date_error.isVisible()
    assert tab.date_error.text().startswith("« 99/99 » n'est pas une date")
    assert "14/03/2026" in tab.date_error.text()
    # The message sits beside the field, on the same line.
    assert abs(tab.date_error.geometry().center().y() - tab.date.geometry().center().y()) < 12
    assert tab.save_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.date_error.isVisible() and tab.date.hasFocus()
    assert not screen.ctx.worker.busy  # nothing was sent to the database
    assert get_event(db).date == dt.date(2026, 3, 26)
    assert tab.date.text() == "99/99"  # what was typed stays, to be corrected
    # Correcting it clears the message as soon as it is a date.
    tab.date.selectAll()
    qtbot.keyClicks(tab.date, "14/3/26")
    assert not tab.date_error.isVisible()


@pytest.mark.parametrize("typed", ["14/03/2026", "14/3/26", "2026-03-14"])
def test_valid_french_forms_are_saved(
    qtbot, screen: PreparationScreen, db: Database, typed: str
) -> None:
    tab = screen.event_tab
    tab.date.setFocus()
    qtbot.keyClicks(tab.date, typed)
    qtbot.keyClick(tab.date, Qt.Key.Key_Tab)
    assert tab.date.text() == "14/03/2026"  # written out in full
    assert not tab.date_error.isVisible() and tab.date_note.text()
    with qtbot.waitSignal(screen.ctx.signals.event_changed, timeout=10000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert get_event(db).date == dt.date(2026, 3, 14)


def test_the_calendar_picks_a_date_and_an_empty_field_removes_it(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    tab = screen.event_tab
    qtbot.mouseClick(tab.calendar_button, Qt.MouseButton.LeftButton)
    assert tab.calendar.isVisible()
    tab.calendar.setSelectedDate(QDate(2026, 10, 1))
    qtbot.keyClick(tab.calendar.focusWidget() or tab.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not tab.calendar.isVisible(), timeout=5000)
    assert tab.date.text() == "01/10/2026"
    with qtbot.waitSignal(screen.ctx.signals.event_changed, timeout=10000):
        qtbot.keyClick(tab.date, Qt.Key.Key_Return)  # Enter saves too
    assert get_event(db).date == dt.date(2026, 10, 1)
    tab.date.selectAll()
    qtbot.keyClick(tab.date, Qt.Key.Key_Delete)
    assert tab.save_button.isEnabled()
    with qtbot.waitSignal(screen.ctx.signals.event_changed, timeout=10000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert get_event(db).date is None
