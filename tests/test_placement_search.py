"""The placement search (issue 15): anytime, never empty, decided by counted
work; the stop keeps the best; late arrivals keep role bands; ``--json``
prints JSON only. Small evenings only: the large figures are in
``tests/benchmarks/bench_assignment.py``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import pytest

from katalyze.assignment import place
from katalyze.assignment import search as search_module
from katalyze.assignment.construct import construct, multipliers
from katalyze.assignment.late import place_late_arrivals
from katalyze.assignment.problem import Weights, build_problem
from katalyze.assignment.rules import role_band
from katalyze.assignment.search import best_figures
from katalyze.assignment.seats import list_seats_json, load_seating
from katalyze.changes import Changes
from katalyze.db import open_database
from tests.demo_evenings import demo_copy

REPO = Path(__file__).resolve().parents[1]


def _open(path: Path, participants: int = 60, tables: int | None = 10):
    demo_copy(path, participants, tables=tables)
    return open_database(path)


def test_construction_is_complete_and_feasible_at_once(tmp_path: Path) -> None:
    db = _open(tmp_path / "e.katalyze", 120, None)
    problem = build_problem(db, 3, True)
    started = time.perf_counter()
    evening = construct(problem, Weights(), seed=0)
    took = time.perf_counter() - started
    db.close()
    caps = {t.id: t.max_seats for t in problem.tables}
    for r in range(1, 4):
        seats = evening[r]
        assert set(seats) == set(problem.people)
        assert all(n <= caps[t] for t, n in Counter(seats.values()).items())
        for (pid, rr), t in problem.fixed.items():
            if rr == r:
                assert seats[pid] == t
    repeats, _, _ = best_figures(problem, evening)
    # The resolvable design leaves only the few repeats the role bands force.
    assert repeats <= 10
    assert took < 5  # milliseconds in practice; generous for a loaded machine


def test_multipliers_keep_differences_coprime_when_possible() -> None:
    assert multipliers(15, 3) == [0, 1, 2]
    c = multipliers(7, 4)
    assert len(set(c)) == 4


def test_same_seed_same_seats_on_a_slow_or_fast_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work, not time: a clock running 1,000 times faster (a very slow
    machine, short of the safety net) gives byte-identical seats."""
    first = _open(tmp_path / "a.katalyze")
    place(first, rounds=2, seed=3)
    seats_a = json.dumps(list_seats_json(first))
    first.close()

    real = time.perf_counter
    origin = real()
    monkeypatch.setattr(time, "perf_counter", lambda: origin + (real() - origin) * 1000)
    second = _open(tmp_path / "b.katalyze")
    report = place(second, rounds=2, seed=3, time_limit=10_000_000)
    seats_b = json.dumps(list_seats_json(second))
    second.close()
    assert seats_a == seats_b
    assert all(s.status != "time_limit" for s in report.rounds_status)


def test_stop_keeps_the_best_so_far_and_publishes_seats(tmp_path: Path) -> None:
    db = _open(tmp_path / "e.katalyze")
    heard: list[Changes] = []
    db.changes.subscribe(heard.append)
    bests: list[dict] = []
    report = place(db, rounds=2, seed=0, should_stop=lambda: True, on_best=bests.append)
    seating = load_seating(db)
    db.close()
    assert bests, "the construction is the first best"
    assert report.figures["people"] == len({s.participant_id for s in seating.seats})
    assert {s.round for s in seating.seats} == {1, 2}
    assert all(s.status == "stopped" for s in report.rounds_status)
    assert any("seats" in c for c in heard)
    assert seating.seats and report.figures["revisits"] == 0


def test_the_best_so_far_is_shown_during_the_last_stage_and_changes_no_seat(
    tmp_path: Path,
) -> None:
    """The screen hears better evenings while the full-price stage runs (not
    only between stages); hearing them changes no seat; each one heard is
    better than the last, and a Stop keeps the last one heard."""
    from katalyze.assignment.anneal import REPORT_EVERY, STAGES, anneal
    from katalyze.assignment.goals import evening_cost
    from katalyze.assignment.problem import load_weights

    quiet = _open(tmp_path / "quiet.katalyze")
    place(quiet, rounds=3, seed=1)
    seats_quiet = json.dumps(list_seats_json(quiet))
    quiet.close()

    db = _open(tmp_path / "heard.katalyze")
    bests: list[dict] = []
    messages: list[str] = []
    place(
        db,
        rounds=3,
        seed=1,
        on_best=bests.append,
        progress=lambda _d, _t, message="": messages.append(message),
    )
    problem, weights = build_problem(db, 3, True), load_weights(db)
    assert json.dumps(list_seats_json(db)) == seats_quiet
    db.close()
    costs = [evening_cost(problem, b, weights) for b in bests]
    assert costs == sorted(costs, reverse=True) and len(set(costs)) == len(costs)
    assert any("Meilleure jusqu'ici" in m for m in messages)

    # Within one full-price stage: the evenings heard get better, the last
    # one heard is no better than the stage's best, and the seats are those
    # of a stage nobody listened to.
    start = construct(problem, weights, 1)
    heard: list[dict] = []
    steps = 3 * REPORT_EVERY
    listened = anneal(problem, weights, start, seed=4, steps=steps, on_better=heard.append)
    alone = anneal(problem, weights, start, seed=4, steps=steps)
    assert listened.evening == alone.evening and heard
    heard_costs = [evening_cost(problem, h, weights) for h in heard]
    assert heard_costs == sorted(heard_costs, reverse=True)
    assert heard_costs[-1] >= evening_cost(problem, alone.evening, weights) - 1e-6
    assert STAGES[-1] == 1.0  # the last stage is the full-price one


def test_report_reads_the_seating_as_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """place() reports on the seats it wrote without reading them back: the
    same snapshot as a fresh read, locked seats of later rounds included."""
    from katalyze.assignment import placement
    from katalyze.db.models import Seat

    reported = []
    real = placement._report
    monkeypatch.setattr(placement, "_report", lambda s, *a: reported.append(s) or real(s, *a))
    db = _open(tmp_path / "e.katalyze")
    place(db, rounds=3, seed=0, quick=True)
    with db.sessions.begin() as session:
        for seat in session.query(Seat).filter(Seat.round == 3).limit(5):
            seat.locked = True
    for rounds in (3, 2, 1):
        place(db, rounds=rounds, seed=0, quick=True)
        assert reported[-1] == load_seating(db)
    assert {s.round for s in reported[-1].seats} == {1, 3}
    db.close()


def test_seed_is_stored_by_the_core(tmp_path: Path) -> None:
    from katalyze.events import get_event

    db = _open(tmp_path / "e.katalyze")
    place(db, rounds=1, seed=7)
    assert get_event(db).settings["placement_seed"] == 7
    db.close()


def test_no_third_meeting_and_no_revisit(tmp_path: Path) -> None:
    """Four rounds on small tables: pairs meet again, but never a third time."""
    db = _open(tmp_path / "e.katalyze", 60, 5)
    report = place(db, rounds=4, seed=0)
    seating = load_seating(db)
    db.close()
    met: Counter[tuple[int, int]] = Counter()
    for r in range(1, 5):
        at = defaultdict(list)
        for s in seating.seats_of_round(r):
            if seating.people[s.participant_id].is_visitor:
                at[s.project_id].append(s.participant_id)
        for here in at.values():
            met.update(combinations(sorted(here), 2))
    assert report.figures["revisits"] == 0
    assert max(met.values()) <= 2


def _band_breaks(seating, round: int, extra: tuple[int, int] | None = None) -> tuple[int, int]:
    """(role bands broken, people beyond a band) in ``round`` (with ``extra`` =
    (person, table) added)."""
    people = seating.people
    at: dict[int, Counter[str]] = defaultdict(Counter)
    placed = [(s.participant_id, s.project_id) for s in seating.seats_of_round(round)]
    for pid, tid in [*placed, *([extra] if extra else [])]:
        p = people[pid]
        if p.role_key and not p.is_staff:
            at[tid][p.role_key] += 1
    totals: Counter[str] = Counter()
    for c in at.values():
        totals.update(c)
    population = sum(totals.values())
    broken = beyond = 0
    for c in at.values():
        size = sum(c.values())
        for key, n in totals.items():
            low, high = role_band(n, size, population)
            off = max(0, low - c[key]) + max(0, c[key] - high)
            broken += off > 0
            beyond += off
    return (broken, beyond)


def test_late_arrivals_keep_role_bands_another_seat_would_keep(tmp_path: Path) -> None:
    """Each late seat breaks no more role bands than the best free seat would
    (then puts no more people beyond a band)."""
    from katalyze.checkin.service import check_in_participant

    path = tmp_path / "e.katalyze"
    demo_copy(path, 60, everyone_in=False, tables=10)
    db = open_database(path)
    seating = load_seating(db)
    visitors = sorted(p.id for p in seating.people.values() if p.is_visitor and not p.cancelled)
    late, early = visitors[-4:], visitors[:-4]
    for pid in seating.people:
        if pid not in late and not seating.people[pid].cancelled:
            check_in_participant(db, pid, station="test")
    place(db, rounds=2, seed=0)
    heard: list[Changes] = []
    db.changes.subscribe(heard.append)
    for pid in late:
        check_in_participant(db, pid, station="test")
        before = load_seating(db)
        started = time.perf_counter()
        seat = place_late_arrivals(db, [pid])[pid]
        assert time.perf_counter() - started < 5
        after = load_seating(db)
        for r in (1, 2):
            chosen = next(s.project_id for s in after.seats_of_round(r) if s.participant_id == pid)
            sizes = Counter(s.project_id for s in before.seats_of_round(r))
            free = [t.id for t in before.tables if sizes[t.id] < t.max_seats]
            best = min(_band_breaks(before, r, (pid, t)) for t in free)
            assert _band_breaks(before, r, (pid, chosen)) == best
        assert seat.round == 1
    db.close()
    assert early and any("seats" in c for c in heard)


def test_late_arrivals_all_or_none(tmp_path: Path) -> None:
    from katalyze.errors import UserError

    db = _open(tmp_path / "e.katalyze")
    place(db, rounds=1, seed=0)
    count = len(load_seating(db).seats)
    with pytest.raises(UserError):
        place_late_arrivals(db, [999_999])
    assert len(load_seating(db).seats) == count
    db.close()


@pytest.mark.parametrize("command", ["assign", "demo"])
def test_json_stdout_is_only_json(tmp_path: Path, command: str) -> None:
    """Run as a user would: a separate process, HiGHS loaded and solving."""
    path = tmp_path / "e.katalyze"
    if command == "assign":
        demo_copy(path, 60, tables=10)
        argv = ["assign", "--db", str(path), "--rounds", "2", "--json"]
    else:
        argv = ["demo", "--db", str(path), "--participants", "60", "--stage", "assigned", "--json"]
    env = {**os.environ, "PYTHONPATH": str(REPO), "KATALYZE_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "katalyze", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert isinstance(document, dict)


def test_safety_net_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A wall clock gone past the safety net still gives a full seating,
    and the rounds say the clock stopped them."""
    monkeypatch.setattr(search_module, "SAFETY_SECONDS", -1.0)
    db = _open(tmp_path / "e.katalyze")
    report = place(db, rounds=2, seed=0)
    db.close()
    assert report.figures["people"] > 0
    assert all(s.status == "time_limit" for s in report.rounds_status)


def test_repeat_reasons_name_a_lock_only_when_there_is_one(tmp_path: Path) -> None:
    from katalyze.assignment.report import _repeats_without_bound
    from katalyze.assignment.seats import set_locked

    db = _open(tmp_path / "e.katalyze")
    place(db, rounds=1, seed=0, should_stop=lambda: True)
    seating = load_seating(db)
    text = _repeats_without_bound(seating, 3)
    assert "verrouill" not in text and "épingl" not in text
    assert "aucune n'est imposée" in text
    visitor = next(s for s in seating.seats if seating.people[s.participant_id].is_visitor)
    set_locked(db, visitor.participant_id, visitor.round, True)
    text = _repeats_without_bound(load_seating(db), 3)
    db.close()
    assert "places verrouillées" in text and "épingl" not in text
