"""Work the Répartition screen hands to the database worker: plain functions
over core services (no Qt, no SQL here), returning plain data."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from katalyze.assignment.seats import SeatInfo, Seating, list_seats, load_seating
from katalyze.assignment.table_lists import TableListsResult, render_table_lists
from katalyze.db import Database
from katalyze.errors import Cancelled
from katalyze.events import get_event, update_event
from katalyze.progress import ProgressFn
from ui.repartition.find_table import FindTableEntry


@dataclass(frozen=True)
class LoadedState:
    seating: Seating
    rounds: int
    current_round: int
    seed: int
    report: Any  # PlacementReport | None


@dataclass(frozen=True)
class PlacementOutcome:
    report: Any  # PlacementReport | None
    before: tuple[SeatInfo, ...]
    after: tuple[SeatInfo, ...]
    rounds: tuple[int, ...]
    state: LoadedState
    message: str = ""


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def load_state(db: Database, with_report: bool = True) -> LoadedState:
    """The seating snapshot, the round settings and the quality report."""
    from katalyze.assignment import quality_report

    seating = load_seating(db)
    settings = get_event(db).settings
    rounds = max(seating.rounds, _int(settings.get("rounds"), 1), 1)
    current = min(max(1, _int(settings.get("current_round"), 1)), rounds)
    report = quality_report(db) if with_report and seating.seats else None
    return LoadedState(
        seating=seating,
        rounds=rounds,
        current_round=current,
        seed=_int(settings.get("placement_seed"), 0),
        report=report,
    )


def _rounds_of(*seat_lists: tuple[SeatInfo, ...]) -> tuple[int, ...]:
    return tuple(sorted({s.round for seats in seat_lists for s in seats}))


def run_placement(
    db: Database,
    rounds: int,
    present_only: bool,
    seed: int,
    minimise_moves: bool,
    progress: ProgressFn | None = None,
) -> PlacementOutcome:
    """Place everyone; keep the seats before and after for undo. The job's
    Cancel (its progress raising Cancelled) stops the search and keeps the
    best seating found so far: undo takes it back."""
    from katalyze.assignment import place

    before = tuple(list_seats(db))
    stop = [False]

    def progressed(done: int, total: int, message: str = "") -> None:
        if progress is None or stop[0]:
            return
        try:
            progress(done, total, message)
        except Cancelled:
            stop[0] = True

    report = place(
        db,
        rounds=rounds,
        present_only=present_only,
        seed=seed,
        minimise_moves=minimise_moves,
        progress=progressed,
        should_stop=lambda: stop[0],
    )
    after = tuple(list_seats(db))
    state = replace(load_state(db, with_report=False), report=report)
    return PlacementOutcome(report, before, after, _rounds_of(before, after), state)


def seat_late_arrivals(db: Database, participant_ids: list[int]) -> PlacementOutcome:
    """Seat the late arrivals at the best free seats (all or none, one core
    call), moving nobody else."""
    from katalyze.assignment import quality_report
    from katalyze.assignment.late import place_late_arrivals

    before = tuple(list_seats(db))
    place_late_arrivals(db, participant_ids)
    after = tuple(list_seats(db))
    state = replace(load_state(db, with_report=False), report=quality_report(db))
    seating = state.seating
    placed = []
    new = {(s.participant_id, s.round) for s in after} - {
        (s.participant_id, s.round) for s in before
    }
    for pid in participant_ids:
        tables = [
            QCoreApplication.translate("RepartitionJobs", "table %1 (round %2)")
            .replace("%1", t.table)
            .replace("%2", str(s.round))
            for s in sorted(after, key=lambda s: s.round)
            if s.participant_id == pid
            and (s.participant_id, s.round) in new
            and (t := seating.table(s.project_id)) is not None
        ]
        if tables and pid in seating.people:
            placed.append(f"{seating.people[pid].name} → {', '.join(tables)}")
    return PlacementOutcome(
        state.report,
        before,
        after,
        _rounds_of(before, after),
        state,
        message="; ".join(placed),
    )


def quality_report(db: Database) -> Any:
    """The quality report of the seats as stored now."""
    from katalyze.assignment import quality_report as report_of

    return report_of(db)


def save_settings(db: Database, settings: dict[str, Any]) -> None:
    update_event(db, settings=settings)


def table_lists(db: Database, path: str, progress: ProgressFn | None = None) -> TableListsResult:
    return render_table_lists(db, path, progress=progress)


def find_table_entries(seating: Seating, round: int) -> list[FindTableEntry]:
    """The people shown on the projector for ``round``: seated and present
    (everyone seated before the doors open)."""
    out = []
    for s in seating.seats_of_round(round):
        p = seating.people.get(s.participant_id)
        table = seating.table(s.project_id)
        if p is None or table is None or p.cancelled:
            continue
        if seating.any_checked_in and not p.present:
            continue
        out.append(FindTableEntry(p.id, p.first_name, p.last_name, table.table))
    return out
