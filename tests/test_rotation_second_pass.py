"""The evening's cost and the passes that solve each round again knowing the
others: it must count what the report counts, and never make things worse."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

import katalyze.assignment.search as search
from katalyze.assignment.goals import evening_cost
from katalyze.assignment.placement import place
from katalyze.assignment.problem import Weights, build_problem
from katalyze.assignment.seats import list_seats
from katalyze.db import open_database
from tests.demo_evenings import demo_copy


@pytest.fixture
def evening(tmp_path: Path):
    db = open_database(demo_copy(tmp_path / "e.katalyze", 60, tables=10))
    yield db
    db.close()


def _seats(db) -> dict[int, dict[int, int]]:
    seats: dict[int, dict[int, int]] = defaultdict(dict)
    for s in list_seats(db):
        seats[s.round][s.participant_id] = s.project_id
    return dict(seats)


def test_cost_counts_what_the_report_counts(evening) -> None:
    weights = Weights()
    report = place(evening, rounds=3, seed=0)
    f = report.figures
    problem = build_problem(evening, 3, present_only=True)
    wish_points = sum(
        weights.wish_points(rank)
        for person in report.persons
        if person.visitor
        for rank in person.wish_ranks
    )
    # Fairness: a visitor with wishes who got none all evening.
    wishless = sum(
        1
        for person in report.persons
        if person.visitor
        and problem.seating.people[person.participant_id].wishes
        and all(rank is None for rank in person.wish_ranks)
    )
    expected = (
        -wish_points
        + weights.fairness * weights.wish_1 * wishless
        + weights.repeat * f["repeats"]
        + weights.revisit * f["revisits"]
        + weights.colleague * f["colleague_clashes"]
        - weights.need * f["needs_covered"]
    )
    assert f["role_spread_violations"] == 0 and f["max_meetings"] <= 2
    assert evening_cost(problem, _seats(evening), weights) == pytest.approx(expected)


def test_the_search_keeps_an_annealed_evening_only_when_cheaper(evening, monkeypatch) -> None:
    """A local search step that offers a worse evening (every visitor back
    at the table of the other round) is refused: the best stays."""
    weights = Weights()
    problem = build_problem(evening, 2, present_only=True)
    offered: list[float] = []

    def worse(problem, weights, start, *, on_stage, **kw):  # type: ignore[no-untyped-def]
        seats = {r: dict(s) for r, s in start.items()}
        for pid in problem.movable(2):
            if problem.seating.people[pid].is_visitor:
                seats[2][pid] = start[1][pid]
        offered.append(evening_cost(problem, seats, weights))
        on_stage(0, search.Annealed(seats, offered[-1], 1, False))
        return search.Annealed(seats, offered[-1], 1, False)

    monkeypatch.setattr(search, "anneal_stages", worse)
    outcomes, stopped = search.search_rounds(problem, weights, seed=0)
    assert not stopped and offered
    seats = {o.round: o.seats for o in outcomes}
    assert evening_cost(problem, seats, weights) < offered[0]
    revisits = sum(1 for pid, t in seats[1].items() if seats[2].get(pid) == t)
    assert revisits == sum(1 for pid in seats[1] if (pid, 1) in problem.fixed)
