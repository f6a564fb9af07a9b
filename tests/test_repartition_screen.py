"""The Répartition board driven like a facilitator would: run the placement,
drag a person, see the broken rule, undo, lock, re-run, late arrivals, and the
projector's "Find your table" page."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from katalyze.assignment.seats import list_seats
from katalyze.checkin.service import check_in_participant
from katalyze.db.models import Participant
from katalyze.events import get_event
from tests.demo_evenings import copy_into, demo_into, session_file
from ui.context import EventContext, EventSignals
from ui.repartition import RepartitionScreen
from ui.repartition.board_model import people_mime
from ui.repartition.screen import PROJECTOR_PAGE
from ui.worker import DbWorker

LATE = 3  # demo people who have not arrived yet


def _arrived_but_late(db) -> None:
    demo_into(db, participants=120, stage="registered", seed=1)
    with db.sessions.begin() as session:
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    for pid in ids[:-LATE]:
        check_in_participant(db, pid)


def _seated_for_two_rounds(db) -> None:
    """What a run of two rounds (seed 0, present people) on the screen leaves."""
    from katalyze.assignment import place

    _arrived_but_late(db)
    place(db, rounds=2, present_only=True, seed=0)


@pytest.fixture
def ctx(request: pytest.FixtureRequest, db, tmp_path: Path):
    """The demo, everyone arrived but the last LATE people; ``seated``
    (indirect parameter): already placed for two rounds, built once a session
    (the screen's own runs are tested without it)."""
    if getattr(request, "param", None) == "seated":
        copy_into(db, session_file("repartition-seated-2-rounds", _seated_for_two_rounds))
    else:
        _arrived_but_late(db)
    with db.sessions.begin() as session:
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    context = EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    context.late_ids = ids[-LATE:]  # type: ignore[attr-defined]
    yield context
    context.worker.wait_idle()
    context.close()


@pytest.fixture
def screen(qtbot, ctx: EventContext) -> RepartitionScreen:
    widget = RepartitionScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.board() is not None, timeout=10000)
    return widget


def run_placement(qtbot, screen: RepartitionScreen, rounds: int = 1, seed: int = 0) -> None:
    screen.rounds_spin.setValue(rounds)
    screen.seed_spin.setValue(seed)
    with qtbot.waitSignal(screen.placement_finished, timeout=120000) as blocker:
        qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True], screen.banner.text()
    screen.ctx.worker.wait_idle()


def seat_table(ctx: EventContext, round: int = 1) -> dict[int, int]:
    return {s.participant_id: s.project_id for s in list_seats(ctx.db, round)}


def key(qtbot, screen: RepartitionScreen, sequence: str) -> None:
    """Press a shortcut with the focus inside the board, like a person would."""
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow, timeout=3000)
    view = screen.board_area.cards()[0].view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=3000)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in sequence:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, getattr(Qt.Key, f"Key_{sequence[-1]}"), modifiers)


def test_run_drag_undo_lock_rerun(qtbot, screen: RepartitionScreen, ctx: EventContext) -> None:
    run_placement(qtbot, screen)
    board = screen.board()
    assert board is not None
    seating = screen.seating()
    present = [p for p in seating.people.values() if p.present and not p.cancelled]
    assert len(present) >= 100
    assert board.seated_count == len(present)
    assert not [p for p in board.unseated if p.present]
    assert not [v for v in board.violations if v.hard]
    assert all(card.state != "hard" for card in screen.board_area.cards())

    # Drag a project holder to another table: a hard rule breaks.
    source = next(t for t in board.tables if any(p.home for p in t.people))
    holder = next(p for p in source.people if p.home)
    target = next(t for t in board.tables if t.project_id != source.project_id)
    target_card = screen.card(target.project_id)
    assert target_card is not None
    proxy = target_card.view.model()
    proxy.dropMimeData(people_mime([holder.id]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert holder.id in target_card.view.proxy().participant_ids()
    assert holder.id not in screen.card(source.project_id).view.proxy().participant_ids()
    assert target_card.state == "hard"
    assert target_card.problems.isVisible()
    assert holder.name in target_card.problems.text()
    assert "doit rester" in target_card.problems.text()
    assert any("doit rester" in m for m in screen.violations.messages())
    assert screen.banner.isVisible() and "doit rester" in screen.banner.text()
    ctx.worker.wait_idle()
    assert seat_table(ctx)[holder.id] == target.project_id  # written to the database

    # Undo with Ctrl+Z: back at the holder's table, the rule no longer broken.
    key(qtbot, screen, "Z")
    assert holder.id in screen.card(source.project_id).view.proxy().participant_ids()
    assert screen.card(target.project_id).state != "hard"
    assert not any("doit rester" in m for m in screen.violations.messages())
    assert not screen.banner.isVisible()
    ctx.worker.wait_idle()
    assert seat_table(ctx)[holder.id] == source.project_id

    # Redo and undo again (Ctrl+Shift+Z, Ctrl+Z).
    key(qtbot, screen, "Shift+Z")
    assert holder.id in screen.card(target.project_id).view.proxy().participant_ids()
    key(qtbot, screen, "Z")
    assert holder.id in screen.card(source.project_id).view.proxy().participant_ids()

    # Lock a visitor's seat: click the person, Ctrl+L.
    card = screen.board_area.cards()[2]
    view = card.view
    rows = view.model().rowCount()
    row = next(r for r in range(rows) if not view.model().index(r, 0).data(0x0101).home)
    index = view.model().index(row, 0)
    locked_id = int(index.data(0x0105))
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert screen.selected_ids() == [locked_id]
    key(qtbot, screen, "L")
    seating = screen.seating()
    assert seating is not None and seating.seat_of(locked_id, 1).locked
    ctx.worker.wait_idle()
    locked_seat = next(s for s in list_seats(ctx.db, 1) if s.participant_id == locked_id)
    assert locked_seat.locked and locked_seat.project_id == card.project_id

    # Re-run with another seed: the lock survives; undo restores the earlier seats.
    before = seat_table(ctx)
    run_placement(qtbot, screen, seed=7)
    after = list_seats(ctx.db, 1)
    kept = next(s for s in after if s.participant_id == locked_id)
    assert kept.locked and kept.project_id == card.project_id
    assert locked_id in screen.card(card.project_id).view.proxy().participant_ids()
    assert seat_table(ctx) != before  # another seed did move people
    key(qtbot, screen, "Z")
    ctx.worker.wait_idle()
    assert seat_table(ctx) == before


@pytest.mark.parametrize("ctx", ["seated"], indirect=True)
def test_late_arrival_moves_nobody(qtbot, screen: RepartitionScreen, ctx: EventContext) -> None:
    before = {(s.participant_id, s.round): s.project_id for s in list_seats(ctx.db)}
    late = ctx.late_ids[0]  # type: ignore[attr-defined]
    check_in_participant(ctx.db, late)
    with qtbot.waitSignal(screen.board_changed, timeout=10000):
        ctx.signals.checkins_changed.emit()
    assert late in screen.unseated_proxy.participant_ids()
    assert screen.late_button.isEnabled()
    qtbot.mouseClick(screen.late_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: late not in screen.unseated_proxy.participant_ids(), timeout=10000)
    ctx.worker.wait_idle()
    now = {(s.participant_id, s.round): s.project_id for s in list_seats(ctx.db)}
    assert {k: v for k, v in now.items() if k[0] != late} == before
    assert (late, 1) in now and (late, 2) in now
    # The table lists, as printed from the screen.
    out = ctx.db.path.parent / "listes.pdf"
    job = screen.export_table_lists(out, open_after=False)
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert out.stat().st_size > 5000
    assert str(out) in screen.banner.text()
    key(qtbot, screen, "Z")  # undo the late arrival
    ctx.worker.wait_idle()
    assert late in screen.unseated_proxy.participant_ids()
    assert {(s.participant_id, s.round) for s in list_seats(ctx.db)} == set(before)


@pytest.mark.parametrize("ctx", ["seated"], indirect=True)
def test_projector_shows_every_present_person(
    qtbot, screen: RepartitionScreen, ctx: EventContext
) -> None:
    assert {s.round for s in list_seats(ctx.db)} == {1, 2}
    screen.round_combo.setCurrentIndex(1)  # round 2
    qtbot.mouseClick(screen.projector_button, Qt.MouseButton.LeftButton)
    projector = ctx.projector()
    assert projector.current_key() == PROJECTOR_PAGE
    page = projector.page(PROJECTOR_PAGE)
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: page.height() > 900)
    assert "2" in page.title()
    present = {p.id for p in screen.seating().people.values() if p.present}
    tables = {t.id: t.table for t in screen.seating().tables}
    round2 = seat_table(ctx, 2)
    entries = page.model.entries()
    assert {e.participant_id for e in entries} == present
    assert all(e.table == tables[round2[e.participant_id]] for e in entries)
    names = [(e.last_name.casefold(), e.first_name.casefold()) for e in entries]
    assert len(names) == len(present)
    # Paged: every present person appears on exactly one page.
    assert page.page_count() > 1
    assert page.auto_paging()
    shown = [e.participant_id for i in range(page.page_count()) for e in page.entries_on_page(i)]
    assert sorted(shown) == sorted(present)
    with qtbot.waitSignal(page.page_changed, timeout=2000) as blocker:
        page.next_page()
    assert blocker.args == [1, page.page_count()]
    ctx.worker.wait_idle()
    assert get_event(ctx.db).settings["current_round"] == 2

    # A hand move shows on the projector at once.
    mover = next(e for e in entries)
    other = next(t for t in screen.board().tables if t.table != mover.table)
    screen.move([mover.participant_id], other.project_id)
    moved = next(e for e in page.model.entries() if e.participant_id == mover.participant_id)
    assert moved.table == other.table


def test_stop_placement_keeps_the_best_and_undo_takes_it_back(
    qtbot, screen: RepartitionScreen, ctx: EventContext
) -> None:
    screen.rounds_spin.setValue(3)
    with qtbot.waitSignal(screen.placement_finished, timeout=60000) as blocker:
        qtbot.mouseClick(screen.run_button, Qt.MouseButton.LeftButton)
        assert not screen.run_button.isEnabled()  # one run at a time
        dialog = screen.findChild(QProgressDialog)
        stop = next(
            b for b in dialog.findChildren(QPushButton) if b.text() == "Stop and keep the best"
        )
        # Once the search shows its first seating (core words: French here), stop it.
        qtbot.waitUntil(lambda: "jusqu'ici" in dialog.labelText(), timeout=60000)
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    ctx.worker.wait_idle()
    assert {s.round for s in list_seats(ctx.db)} == {1, 2, 3}
    assert screen.run_button.isEnabled()
    assert screen.undo_stack.count() == 1
    screen.undo_stack.undo()
    ctx.worker.wait_idle()
    qtbot.waitUntil(lambda: list_seats(ctx.db) == [], timeout=10000)
