"""The whole-evening annealing (issue 15): counted steps from a seeded RNG,
never worse than its start, never a hard goal broken more than at its start,
and a stop keeps the best so far."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from katalyze.assignment.anneal import anneal, anneal_stages
from katalyze.assignment.goals import HARD_GOALS, evening_cost, goal_units
from tests.test_goals import EXAMPLES, random_evening


def _start(seed: int, rounds: int, people: int, tables: int):  # type: ignore[no-untyped-def]
    return random_evening(seed, rounds, people, tables)[:3]


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    rounds=st.integers(1, 3),
    people=st.integers(2, 14),
    tables=st.integers(2, 4),
)
def test_never_worse_never_more_broken_and_the_same_for_a_seed(
    seed: int, rounds: int, people: int, tables: int
) -> None:
    problem, weights, evening = _start(seed, rounds, people, tables)
    before = evening_cost(problem, evening, weights)
    units = goal_units(problem, evening, weights)
    first = anneal(problem, weights, evening, seed=seed, steps=400)
    second = anneal(problem, weights, evening, seed=seed, steps=400)
    assert first == second
    assert first.cost == pytest.approx(evening_cost(problem, first.evening, weights), abs=1e-6)
    assert first.cost <= before + 1e-6
    after = goal_units(problem, first.evening, weights)
    assert all(after[g] <= units[g] for g in HARD_GOALS)
    for r in range(1, rounds + 1):
        seats = first.evening[r]
        assert set(seats) == set(problem.people)
        assert all(seats[p] == t for (p, rr), t in problem.fixed.items() if rr == r)
        sizes = {t.id: 0 for t in problem.tables}
        for t in seats.values():
            sizes[t] += 1
        assert all(sizes[t.id] <= t.max_seats for t in problem.tables)


def test_a_stop_ends_the_counted_steps_and_keeps_the_best() -> None:
    problem, weights, evening = _start(7, 3, 14, 3)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1

    result = anneal_stages(problem, weights, evening, seed=0, steps=30_000, should_stop=stop)
    assert result.stopped and 0 < result.steps < 30_000
    assert result.cost <= evening_cost(problem, evening, weights) + 1e-6
    full = anneal_stages(problem, weights, evening, seed=0, steps=30_000)
    assert not full.stopped and full.steps == 30_000
