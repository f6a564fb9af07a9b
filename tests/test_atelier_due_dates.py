"""In the Atelier, a due date without a year is read against the event's date
(whatever day the tests or the organisers run), and a bad date is refused
with a French sentence while the typed line stays in the bar."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt

from katalyze.capture import service
from katalyze.events import update_event
from tests.capture_helpers import demo_with_seats
from tests.test_atelier_screen import open_screen, reactivate, type_line, type_text
from ui.context import EventContext, EventSignals
from ui.worker import DbWorker

# Far from any day these tests run on: "!15/05" read against today would give
# this year or the next, never 2025.
EVENING = dt.date(2024, 10, 5)


@pytest.fixture
def ctx(db, tmp_path, qtbot):
    demo_with_seats(db)
    update_event(db, date=EVENING)
    settings = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    context = EventContext(db, DbWorker(), EventSignals(), settings)
    yield context
    context.close()


def actions(db, key) -> list[service.ItemInfo]:
    return [i for i in service.list_items(db, key.project_id, key.round) if i.kind == "action"]


def test_an_action_typed_with_a_day_and_month_is_due_after_the_event(qtbot, db, ctx) -> None:
    screen = open_screen(qtbot, ctx)
    capture = screen.capture
    key = capture.key
    assert key is not None

    # The preview already reads the date against the evening.
    line = capture.entry.line
    line.setFocus()
    type_text(qtbot, line, "a: Rencontrer la mairie !15/05")
    assert "15/05/2025" in capture.entry.preview.text()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    reactivate(qtbot, screen)
    # Before the evening in the year: the year after it.
    type_line(qtbot, screen, "a: Déposer le dossier de subvention !10/01")
    # The due-date field of the bar follows the same rule.
    qtbot.keyClicks(line, "a: Relancer les partenaires")
    capture.entry.due_edit.setText("1/12")
    qtbot.keyClick(line, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(actions(db, key)) == 3, timeout=10000)
    assert [a.due for a in actions(db, key)] == [
        dt.date(2025, 5, 15),
        dt.date(2025, 1, 10),
        dt.date(2024, 12, 1),
    ]


def test_a_bad_date_is_explained_and_the_line_is_kept(qtbot, db, ctx) -> None:
    screen = open_screen(qtbot, ctx)
    capture = screen.capture
    key = capture.key
    line = capture.entry.line
    line.setFocus()
    for typed, reason in (
        ("a: Chiffrer les travaux !31/02", "« !31/02 » n'est pas une date valide"),
        ("a: Chiffrer les travaux !demain", "« !demain » n'est pas une date"),
    ):
        line.setText("")
        type_text(qtbot, line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert capture.message_label.isVisibleTo(capture)
        assert reason in capture.message_label.text()
        assert reason in capture.entry.preview.text()
        assert line.text() == typed  # nothing typed is lost
    # Corrected, it goes in.
    line.setText("a: Chiffrer les travaux !28/02")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(actions(db, key)) == 1, timeout=10000)
    assert actions(db, key)[0].due == dt.date(2025, 2, 28)
    assert not capture.message_label.isVisibleTo(capture)


def test_changing_the_event_date_rereads_the_line(qtbot, db, ctx) -> None:
    screen = open_screen(qtbot, ctx)
    capture = screen.capture
    line = capture.entry.line
    line.setFocus()
    type_text(qtbot, line, "a: Signer la convention !15/05")
    assert "15/05/2025" in capture.entry.preview.text()
    update_event(db, date=dt.date(2030, 6, 1))
    ctx.signals.event_changed.emit()
    qtbot.waitUntil(lambda: "15/05/2031" in capture.entry.preview.text(), timeout=5000)
