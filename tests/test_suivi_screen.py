"""A project's year on the Suivi screen, as an incubator lives it: statuses
updated with notes, two follow-up meetings planned and recorded, overdue
items standing out, the year-end review recorded."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt

from katalyze.followup import load_followup
from tests.followup_helpers import small_event
from ui.context import EventContext, EventSignals
from ui.suivi import SuiviScreen
from ui.suivi.panels import set_day
from ui.worker import DbWorker

D = dt.date


@pytest.fixture
def ctx(db, tmp_path, qtbot):
    settings = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    context = EventContext(db, DbWorker(), EventSignals(), settings)
    yield context
    context.worker.wait_idle()
    context.worker.shutdown()


@pytest.fixture
def screen(ctx, qtbot):
    ids = small_event(ctx.db)
    widget = SuiviScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 650)
    widget.set_today(D(2026, 4, 10))
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.activated()
    widget.ids = ids  # type: ignore[attr-defined]
    return widget


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _visible_ids(screen) -> list[int]:
    return sorted(
        screen.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(screen.proxy.rowCount())
    )


def _save(qtbot, screen, button) -> None:
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == ""


def test_a_project_through_its_year(qtbot, screen) -> None:
    ids = screen.ids
    assert _visible_ids(screen) == sorted(ids[k] for k in ("a1", "a2", "a3", "a4"))
    _choose(screen.project_combo, ids["p1"])
    assert _visible_ids(screen) == [ids["a1"], ids["a2"]]
    qtbot.keyClicks(screen.owner_edit, "zoe")  # accents and case do not matter
    assert _visible_ids(screen) == [ids["a1"]]
    screen.owner_edit.clear()

    # April: the first update, with a note.
    update = screen.update_panel
    assert screen.select_action(ids["a1"])
    assert update.heading.text() == "Trouver un local"
    _choose(update.status_combo, "doing")
    qtbot.keyClicks(update.note_edit, "Deux locaux vus")
    _save(qtbot, screen, update.save_button)
    assert "Deux locaux vus" in update.history_text()
    assert update.note_edit.toPlainText() == ""

    # Mid-May: the action is late and stands out; the overdue filter finds it.
    screen.set_today(D(2026, 5, 15))
    screen.overdue_check.setChecked(True)
    assert _visible_ids(screen) == [ids["a1"]]
    _choose(screen.project_combo, None)
    assert _visible_ids(screen) == [ids["a1"], ids["a3"]]  # and the other table's
    _choose(screen.project_combo, ids["p1"])
    screen.overdue_check.setChecked(False)
    meetings = screen.meetings_panel
    assert "26/04/2026" in meetings.next_label.text()  # monthly since the evening: overdue
    assert "b3261e" in meetings.next_label.styleSheet()

    # The first meeting: planned, then held.
    set_day(meetings.plan_date, D(2026, 5, 20))
    _save(qtbot, screen, meetings.plan_button)
    assert "20/05/2026" in meetings.next_label.text()
    assert meetings.meeting_combo.currentData() is not None  # the planned one
    set_day(meetings.held_date, D(2026, 5, 21))
    meetings.attendees_edit.setText("Léa Martin, Zoé Durand")  # keyClicks types ASCII only
    qtbot.keyClicks(meetings.decisions_edit, "Signer le bail")
    _save(qtbot, screen, meetings.record_button)
    assert "21/06/2026" in meetings.next_label.text()  # one month after the point

    # Late June: the next point is overdue; a second meeting, not planned.
    screen.set_today(D(2026, 6, 25))
    assert "b3261e" in meetings.next_label.styleSheet()
    _choose(meetings.meeting_combo, None)
    set_day(meetings.held_date, D(2026, 6, 25))
    meetings.attendees_edit.setText("Léa Martin")
    qtbot.keyClicks(meetings.next_steps_edit, "Premieres ventes")
    _save(qtbot, screen, meetings.record_button)
    assert "25/07/2026" in meetings.next_label.text()
    assert "b3261e" not in meetings.next_label.styleSheet()

    # The action is done.
    assert screen.select_action(ids["a1"])
    _choose(update.status_combo, "done")
    set_day(update.on_edit, D(2026, 6, 30))
    qtbot.keyClicks(update.note_edit, "Bail signe")
    _save(qtbot, screen, update.save_button)

    # A commitment honoured.
    project = screen.project_panel
    row = next(r for r, p in enumerate(project.pledges.rows) if p.id == ids["c1"])
    project.pledges_view.setCurrentIndex(project.pledges.index(row, 0))
    _choose(project.outcome_combo, "honoured")
    _save(qtbot, screen, project.outcome_button)

    # March next year: the year-end review.
    screen.set_today(D(2027, 3, 10))
    review = screen.review_panel
    qtbot.keyClicks(review.stage_edit, "Conserverie ouverte")
    qtbot.keyClicks(review.jobs_edit, "2 emplois")
    qtbot.keyClicks(review.partners_edit, "La mairie, deux maraichers")
    _save(qtbot, screen, review.save_button)

    p1 = load_followup(screen.ctx.db).project(ids["p1"])
    a1 = next(a for a in p1.actions if a.id == ids["a1"])
    assert [(n.on, n.status, n.text) for n in a1.notes] == [
        (D(2026, 4, 10), "doing", "Deux locaux vus"),
        (D(2026, 6, 30), "done", "Bail signe"),
    ]
    held = [m for m in p1.meetings if m.held]
    assert [(m.held_on, m.attendees) for m in held] == [
        (D(2026, 5, 21), ("Léa Martin", "Zoé Durand")),
        (D(2026, 6, 25), ("Léa Martin",)),
    ]
    assert p1.plan.stage == "Conserverie ouverte" and p1.plan.reviewed_on == D(2027, 3, 10)
    assert p1.of_kind("commitment")[0].outcome == "honoured"
    kinds = [project.timeline.index(r, 1).data() for r in range(project.timeline.rowCount())]
    assert kinds.count("Meeting held") == 2 and kinds[-1] == "Year-end review"
    assert "1 / 2 actions done" in project.indicators.text()


def test_a_refused_update_says_why(qtbot, screen) -> None:
    update = screen.update_panel
    assert screen.select_action(screen.ids["a2"])
    with qtbot.waitSignal(screen.write_failed, timeout=10000) as blocker:
        qtbot.mouseClick(update.save_button, Qt.MouseButton.LeftButton)  # same status, no note
    assert "Rien à enregistrer" in blocker.args[0]
    assert screen.message.text() == blocker.args[0]


def test_an_edited_sheet_is_reviewed_then_applied(qtbot, screen, tmp_path) -> None:
    from dataclasses import replace

    import openpyxl

    from katalyze.exports.data import load_evening
    from katalyze.exports.workbook import write_workbook

    ids, db = screen.ids, screen.ctx.db
    path = tmp_path / "katalyze.xlsx"
    write_workbook(replace(load_evening(db), followup=load_followup(db)), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Suivi"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows[ids["a2"]], 7, "Fait")
    ws.cell(rows[ids["a3"]], 7, "presque")
    wb.save(tmp_path / "rendu.xlsx")
    with qtbot.waitSignal(screen.sheet_reviewed, timeout=10000) as blocker:
        screen.import_sheet(str(tmp_path / "rendu.xlsx"))
    assert blocker.args[0].refused
    dialog = screen.review_dialog
    assert not dialog.apply_button.isEnabled()
    assert f"ligne {rows[ids['a3']]}, colonne « Statut »" in dialog.details.toPlainText()
    dialog.reject()

    ws.cell(rows[ids["a3"]], 7, "En cours")
    wb.save(tmp_path / "rendu.xlsx")
    with qtbot.waitSignal(screen.sheet_reviewed, timeout=10000):
        screen.import_sheet(str(tmp_path / "rendu.xlsx"))
    assert screen.review_dialog.apply_button.isEnabled()
    _save(qtbot, screen, screen.review_dialog.apply_button)
    statuses = {a.id: a.status for a in load_followup(db).actions}
    assert statuses[ids["a2"]] == "done" and statuses[ids["a3"]] == "doing"


def test_other_screens_hear_of_a_status_change(qtbot, screen) -> None:
    assert screen.select_action(screen.ids["a2"])
    _choose(screen.update_panel.status_combo, "doing")
    with qtbot.waitSignal(screen.ctx.signals.items_changed, timeout=10000):
        qtbot.mouseClick(screen.update_panel.save_button, Qt.MouseButton.LeftButton)


def _undo_redo(qtbot, screen, key: str) -> None:
    """Ctrl+Z or Ctrl+Shift+Z pressed on the screen, then its reload."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    keys = QKeySequence.StandardKey.Redo if key == "redo" else QKeySequence.StandardKey.Undo
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        QTest.keySequence(screen.table, QKeySequence(keys))
    assert screen.message.text() == ""


def test_a_slip_is_taken_back_with_ctrl_z_and_made_again(qtbot, screen) -> None:
    ids, update, meetings = screen.ids, screen.update_panel, screen.meetings_panel
    assert not screen.undo_action.isEnabled()
    assert screen.select_action(ids["a2"])
    _choose(update.status_combo, "done")  # meant "doing"
    update.note_edit.setPlainText("Devis reçu")  # keyClicks takes ASCII only
    _save(qtbot, screen, update.save_button)
    assert screen.undo_action.text().startswith("Undo update of “Chiffrer les bocaux”")
    assert screen.undo_button.isEnabled() and "Chiffrer" in screen.undo_button.toolTip()
    screen.table.setFocus()
    _undo_redo(qtbot, screen, "undo")
    a2 = next(a for a in load_followup(screen.ctx.db).actions if a.id == ids["a2"])
    assert a2.status == "todo" and a2.notes == ()
    _undo_redo(qtbot, screen, "redo")
    a2 = next(a for a in load_followup(screen.ctx.db).actions if a.id == ids["a2"])
    assert a2.status == "done" and [n.text for n in a2.notes] == ["Devis reçu"]
    _undo_redo(qtbot, screen, "undo")  # the redone update is taken back too

    # A meeting planned, then recorded as held: undone one step at a time.
    _choose(screen.project_combo, ids["p1"])
    set_day(meetings.plan_date, D(2026, 5, 4))
    _save(qtbot, screen, meetings.plan_button)
    (planned,) = load_followup(screen.ctx.db).project(ids["p1"]).meetings
    _choose(meetings.meeting_combo, planned.id)
    qtbot.keyClicks(meetings.decisions_edit, "Local retenu")
    _save(qtbot, screen, meetings.record_button)
    assert load_followup(screen.ctx.db).project(ids["p1"]).meetings[0].held
    screen.table.setFocus()
    _undo_redo(qtbot, screen, "undo")
    assert load_followup(screen.ctx.db).project(ids["p1"]).meetings == (planned,)
    _undo_redo(qtbot, screen, "undo")
    assert load_followup(screen.ctx.db).project(ids["p1"]).meetings == ()
    _undo_redo(qtbot, screen, "redo")
    assert load_followup(screen.ctx.db).project(ids["p1"]).meetings == (planned,)
    a2 = next(a for a in load_followup(screen.ctx.db).actions if a.id == ids["a2"])
    assert a2.status == "todo" and a2.notes == ()


def test_an_earlier_note_is_corrected_and_the_correction_taken_back(
    qtbot, screen, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    ids, update = screen.ids, screen.update_panel
    assert screen.select_action(ids["a1"])
    update.note_edit.setPlainText("Deux locaux vu")  # keyClicks takes ASCII only
    _save(qtbot, screen, update.save_button)
    assert not update.edit_note_button.isEnabled()  # no note chosen yet
    update.history.setCurrentRow(0)
    assert update.edit_note_button.isEnabled()
    asked: list[str] = []

    def answer(dialog: QInputDialog) -> int:
        asked.append(dialog.textValue())
        dialog.setTextValue("Deux locaux vus, un retenu")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        update.edit_chosen_note()
    assert asked == ["Deux locaux vu"] and screen.message.text() == ""
    assert "Deux locaux vus, un retenu" in update.history_text()
    assert screen.undo_action.text().startswith("Undo note corrected")
    screen.table.setFocus()
    _undo_redo(qtbot, screen, "undo")
    a1 = next(a for a in load_followup(screen.ctx.db).actions if a.id == ids["a1"])
    assert [n.text for n in a1.notes] == ["Deux locaux vu"]
    assert "Deux locaux vu" in update.history_text()
    _undo_redo(qtbot, screen, "redo")
    a1 = next(a for a in load_followup(screen.ctx.db).actions if a.id == ids["a1"])
    assert [n.text for n in a1.notes] == ["Deux locaux vus, un retenu"]


def test_an_outcome_taken_back_keeps_its_participant_not_only_a_name(qtbot, screen) -> None:
    from sqlalchemy import select

    from katalyze.db.models import ItemOutcome, Participant
    from katalyze.followup import set_outcome

    ids, db = screen.ids, screen.ctx.db
    with db.sessions.begin() as session:
        zoe = session.scalar(select(Participant.id).where(Participant.first_name == "Zoé"))
    set_outcome(db, ids["c1"], "honoured", by_participant_id=zoe, on=D(2026, 4, 8))
    with qtbot.waitSignal(screen.loaded, timeout=10000):
        screen.reload()
    project = screen.project_panel
    _choose(screen.project_combo, ids["p1"])
    row = next(r for r, p in enumerate(project.pledges.rows) if p.id == ids["c1"])
    assert project.pledges.rows[row].by_id == zoe
    project.pledges_view.setCurrentIndex(project.pledges.index(row, 0))
    _choose(project.outcome_combo, "broken")
    _save(qtbot, screen, project.outcome_button)
    screen.table.setFocus()
    _undo_redo(qtbot, screen, "undo")
    with db.sessions.begin() as session:
        back = session.get(ItemOutcome, ids["c1"])
        assert (back.outcome, back.by_participant_id, back.by_text) == ("honoured", zoe, "")
