"""The cost step of a model: a gap below one step proves a seating optimal."""

from __future__ import annotations

import random

import pytest

from katalyze.assignment.milp import Model, objective_step


@pytest.mark.parametrize(
    ("costs", "step"),
    [
        ([-10.0, -7.0, -5.0, -3.0, 30.0, 15.0, -6.0, 1000.0, 0.0], 1.0),
        ([-15.0, -10.5, -7.5, -4.5, 60.0], 1.5),  # wishes with the fairness boost
        ([-5.0, -2.5, 120.0], 2.5),
        ([0.1, 0.25], 0.05),
        ([0.0, 0.0], 0.0),  # nothing to count in
        ([-10.0, 3.14159265], 0.0),  # no step of at most 64 parts of a point
        ([-10.0, 1e-7], 0.0),  # noise on a cost
        ([-10.0, float("inf")], 0.0),
    ],
)
def test_objective_step(costs: list[float], step: float) -> None:
    assert objective_step(costs) == pytest.approx(step)


def _assignment(seed: int) -> Model:
    """People to tables with capacities and colleague slacks (continuous
    columns that are whole at an optimum, like the round model's)."""
    rng = random.Random(seed)
    people, tables = 24, 5
    model = Model()
    x = {}
    for i in range(people):
        cols = []
        for t in range(tables):
            x[i, t] = model.add_col(-float(rng.choice([0, 0, 3, 5, 7, 10])), 0.0, 1.0, True)
            cols.append(x[i, t])
        model.add_row(cols, [1.0] * tables, 1.0, 1.0)
    for t in range(tables):
        model.add_row([x[i, t] for i in range(people)], [1.0] * people, 4.0, 6.0)
    for _group in range(6):
        members = rng.sample(range(people), 5)
        for t in range(tables):
            slack = model.add_col(15.0, 0.0, float("inf"), False)
            model.add_row(
                [*(x[i, t] for i in members), slack], [1.0] * 5 + [-1.0], -float("inf"), 1.0
            )
    return model


@pytest.mark.parametrize("seed", range(6))
def test_a_gap_below_one_step_keeps_the_optimum(seed: int) -> None:
    model = _assignment(seed)
    step = objective_step(model.cost)
    assert step == 1.0
    exact = model.solve(seed=seed, step=0.0)
    stepped = model.solve(seed=seed, step=step)
    assert exact.optimal and stepped.optimal
    assert stepped.objective == pytest.approx(exact.objective)
