"""The small round model's role bands as a convex hull, and the dive start
(issue 15, acceptance 5): the hull keeps exactly the whole (size, count)
pairs of the band, prices soft bands as the evening cost does, and a round
proven optimal with or without the dive costs what the best seating found
by brute force costs."""

from __future__ import annotations

import itertools
import math

import pytest

from katalyze.assignment.goals import evening_cost, goal_units
from katalyze.assignment.milp import Model
from katalyze.assignment.rows import band_facets
from katalyze.assignment.rules import role_band
from katalyze.assignment.solver import solve_round
from tests.test_goals import _fixed_objective, _random_round, random_evening


def _inside(facets: list[tuple[int, int, int, int]], s: int, c: int, low: bool) -> bool:
    for ds, dv, s0, v0 in facets:
        # The facet's line at s is v0 + dv·(s - s0)/ds; compare ds·c to it.
        line = ds * v0 + dv * (s - s0)
        if (ds * c < line) if low else (ds * c > line):
            return False
    return True


@pytest.mark.parametrize("total", [1, 2, 7, 13, 85])
def test_band_facets_hold_exactly_the_band(total: int) -> None:
    for n_k in range(total + 1):
        for lo in range(0, 4):
            for hi in range(lo, 12):
                below = band_facets(n_k, total, lo, hi, low=True)
                above = band_facets(n_k, total, lo, hi, low=False)
                assert all(ds > 0 for ds, *_ in below + above)
                for s in range(lo, hi + 1):
                    low, high = role_band(n_k, s, total)
                    for c in range(-2, hi + 3):
                        kept = _inside(below, s, c, True) and _inside(above, s, c, False)
                        assert kept == (low <= c <= high), (n_k, total, lo, hi, s, c)


def test_band_facets_are_tighter_than_the_plain_band() -> None:
    """At a fractional size the hull is no looser than |N·c - n_k·s| <= N - 1."""
    n_k, total = 25, 85
    below = band_facets(n_k, total, 2, 10, low=True)
    for s2 in range(4, 21):  # s = s2 / 2
        line = max(v0 + dv * (s2 / 2 - s0) / ds for ds, dv, s0, v0 in below)
        assert line >= (n_k * s2 / 2 - (total - 1)) / total - 1e-12


def _brute_force(problem, weights) -> tuple[float, bool]:  # type: ignore[no-untyped-def]
    """The cheapest seating of round 1 within the capacities, and whether it
    keeps every role band (the cheapest that does, when one does)."""
    fixed = problem.fixed_in(1)
    movable = problem.movable(1)
    free = {t.id: t.max_seats for t in problem.tables}
    for t in fixed.values():
        free[t] -= 1
    best = {True: math.inf, False: math.inf}
    for choice in itertools.product([t.id for t in problem.tables], repeat=len(movable)):
        used: dict[int, int] = {}
        for t in choice:
            used[t] = used.get(t, 0) + 1
        if any(n > free[t] for t, n in used.items()):
            continue
        seats = {**fixed, **dict(zip(movable, choice, strict=True))}
        cost = evening_cost(problem, {1: seats}, weights)
        in_band = goal_units(problem, {1: seats}, weights)["roles"] == 0
        best[in_band] = min(best[in_band], cost)
        best[False] = min(best[False], cost)
    return (best[True], True) if best[True] < math.inf else (best[False], False)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("dive", [False, True])
def test_round_optimum_is_the_brute_force_optimum(seed: int, dive: bool) -> None:
    problem, weights, _evening, _rng = random_evening(seed, 1, 7, 3)
    expected, in_band = _brute_force(problem, weights)
    outcome = solve_round(problem, 1, {}, weights, seed=seed, node_limit=10_000, dive=dive)
    assert outcome is not None and outcome.optimal
    assert outcome.roles_relaxed is not in_band
    assert evening_cost(problem, {1: outcome.seats}, weights) == pytest.approx(expected)


def test_dive_start_is_a_whole_solution_of_the_model() -> None:
    """Two people, two seats each side: the relaxation is fractional on a
    tie, the dive still returns a whole, feasible solution."""
    model = Model()
    x = [[model.add_col(-1.0, 0.0, 1.0, True) for _t in range(2)] for _p in range(3)]
    for row in x:
        model.add_row(row, [1.0, 1.0], 1.0, 1.0)
    for t in range(2):
        model.add_row([x[p][t] for p in range(3)], [1.0] * 3, 0.0, 2.0)
    start = model.dive_start(node_limit=10)
    assert start is not None
    assert all(v in (0.0, 1.0) for v in start.values())
    assert all(sum(start[c] for c in row) == 1.0 for row in x)
    assert model.integer == [True] * 6 and model.lower == [0.0] * 6  # restored


@pytest.mark.parametrize("seed", range(20))
def test_hull_rows_price_a_fixed_round_as_the_evening_cost(seed: int) -> None:
    """Soft role bands in hull form (a unit per person beyond the band): the
    model's objective differs from the evening cost by one constant."""
    problem, weights, evening, rng = random_evening(seed, 2, 9, 3)
    history: dict[int, dict[int, int]] = {}
    for pid, tid in evening[2].items():
        history.setdefault(pid, {})[2] = tid
    differences = []
    for _sample in range(4):
        chosen = _random_round(problem, 1, rng)
        objective = _fixed_objective(problem, 1, history, weights, chosen, False, dive=True)
        cost = evening_cost(problem, {**evening, 1: chosen}, weights)
        differences.append(objective - cost)
    assert max(differences) - min(differences) == pytest.approx(0.0, abs=1e-6)
