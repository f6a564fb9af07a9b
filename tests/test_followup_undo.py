"""Taking back a follow-up write (Suivi's undo): the database is as it was,
on SQLite and on PostgreSQL (a meeting comes back under its own number)."""

from __future__ import annotations

import datetime as dt

import pytest

from katalyze.errors import UserError
from katalyze.followup import load_followup, plan_meeting, record_meeting, update_action
from katalyze.followup.undo import delete_meeting, restore_meeting, undo_update
from tests.followup_helpers import small_event

D = dt.date


@pytest.fixture
def ids(db):
    return small_event(db)


def _action(db, action_id: int):
    return next(a for a in load_followup(db).actions if a.id == action_id)


def test_an_update_taken_back_leaves_no_note_and_the_status_before(db, ids) -> None:
    seen: list[frozenset[str]] = []
    db.changes.subscribe(lambda c: seen.append(c.topics))
    update_action(db, ids["a1"], status="doing", note="Visite prévue", on=D(2026, 4, 2))
    row = update_action(db, ids["a1"], status="done", note="Bail signé", on=D(2026, 4, 20))
    last = max(n.id for n in row.notes)
    back = undo_update(db, last, "doing")
    assert back.status == "doing" and [n.text for n in back.notes] == ["Visite prévue"]
    assert "actions" in seen[-1]
    assert _action(db, ids["a1"]).status == "doing"
    # A note that moved nothing takes nothing else back.
    noted = update_action(db, ids["a1"], note="Relancé", on=D(2026, 4, 22))
    back = undo_update(db, max(n.id for n in noted.notes), "doing")
    assert back.status == "doing" and len(back.notes) == 1
    with pytest.raises(UserError, match="a changé entre-temps"):
        undo_update(db, last, "doing")


def test_a_note_corrected_keeps_its_date_and_status_and_can_go_back(db, ids) -> None:
    from katalyze.followup.service import edit_note

    moved = update_action(db, ids["a1"], status="doing", note="Deux locaux vu", on=D(2026, 4, 2))
    (note,) = moved.notes
    seen: list[frozenset[str]] = []
    db.changes.subscribe(lambda c: seen.append(c.topics))
    fixed = edit_note(db, note.id, "  Deux locaux vus  ")
    assert [(n.id, n.on, n.status, n.text) for n in fixed.notes] == [
        (note.id, D(2026, 4, 2), "doing", "Deux locaux vus")
    ]
    assert fixed.status == "doing" and seen == [frozenset({"actions"})]
    assert edit_note(db, note.id, "").notes[0].text == ""  # it moved the status: may be empty
    back = edit_note(db, note.id, "Deux locaux vu")  # the undo: the text before
    assert _action(db, ids["a1"]).notes == back.notes and back.notes[0].text == "Deux locaux vu"
    plain = update_action(db, ids["a1"], note="Relancé", on=D(2026, 4, 9))
    with pytest.raises(UserError, match="ne peut pas être vide"):
        edit_note(db, max(n.id for n in plain.notes), "   ")
    with pytest.raises(UserError, match="au plus"):
        edit_note(db, note.id, "x" * 5000)
    with pytest.raises(UserError, match="n'existe plus"):
        edit_note(db, 99_999, "x")
    assert _action(db, ids["a1"]).notes == plain.notes  # nothing refused was written


def test_an_older_update_taken_back_keeps_the_status_a_later_one_set(db, ids) -> None:
    first = update_action(db, ids["a2"], status="doing", on=D(2026, 4, 2))
    update_action(db, ids["a2"], status="done", on=D(2026, 4, 9))
    back = undo_update(db, min(n.id for n in first.notes), "todo")
    assert back.status == "done" and [n.status for n in back.notes] == ["done"]


def test_a_meeting_planned_recorded_then_taken_back_and_given_again(db, ids) -> None:
    planned = plan_meeting(db, ids["p1"], D(2026, 5, 1))
    held = record_meeting(
        db, ids["p1"], D(2026, 5, 3), meeting_id=planned.id, attendees=["Léa"], decisions="Go"
    )
    assert held.held
    # Undo of "recorded": the planned meeting as it was.
    assert restore_meeting(db, planned) == planned
    # Undo of "planned": gone; redo: back under the same number.
    removed = delete_meeting(db, planned.id)
    assert removed == planned
    assert not [m for p in load_followup(db).projects for m in p.meetings]
    assert restore_meeting(db, held) == held
    meetings = [m for p in load_followup(db).projects for m in p.meetings]
    assert meetings == [held]
    # New meetings after a restore still get fresh numbers (PostgreSQL's sequence).
    other = plan_meeting(db, ids["p2"], D(2026, 6, 1))
    assert other.id != held.id
    with pytest.raises(UserError, match="a changé entre-temps"):
        delete_meeting(db, 10_000)
