"""The demo's quick placement: bounded work, no wall clock, no proof.

``place(..., quick=True)`` (used by ``katalyze demo``) must finish in
reasonable time up to 10,000 people and give the same seats for a seed on any
machine, so nothing here depends on the clock. Small rounds keep the exact
model with a node limit (see :mod:`katalyze.assignment.solver`); large ones
offer each person a restricted choice of tables (every wish, then tables
drawn from the seed) and are seated by the transportation LPs of
:mod:`katalyze.assignment.start` (roles in band, wishes first) followed by one
descent of the local search of :mod:`katalyze.assignment.improve` (fewer
repeated encounters and colleagues together).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence

from katalyze.assignment.improve import improve_seating
from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.start import start_seating

# The demo's quick placement (``quick=True``): bounded work, no wall clock.
QUICK_MILP_COLUMNS = 4_000  # beyond, the LP seating and local search alone
QUICK_TABLE_CHOICES = 30_000  # about this many person-table pairs in all
QUICK_MIN_CHOICES = 8  # tables offered to each person at least
QUICK_NODES = 200  # branch-and-bound nodes of the MILP
QUICK_KICKS = 20  # local search kicks past 150 people
QUICK_SAFETY_SECONDS = 600.0  # only a runaway machine reaches it
QUICK_WIDENINGS = 3  # restricted choices doubled at most twice when they do not fit


def quick_choices(
    problem: Problem, movable: Sequence[int], seed: int, round: int, widen: int = 0
) -> dict[int, frozenset[int]] | None:
    """Tables each person may take in a quick round: every wish, then tables
    drawn from the seed, about ``QUICK_TABLE_CHOICES`` pairs in all, times
    ``2**widen`` (``None``: every table)."""
    tables = [t.id for t in problem.tables]
    per_person = max(QUICK_MIN_CHOICES, QUICK_TABLE_CHOICES // max(1, len(movable))) << widen
    if per_person >= len(tables) or len(movable) * len(tables) <= QUICK_TABLE_CHOICES:
        return None
    people = problem.seating.people
    choices: dict[int, frozenset[int]] = {}
    for pid in movable:
        rng = random.Random(f"{seed}-{round}-{pid}")
        wished = [t for t in people[pid].wishes if problem.seating.table(t) is not None]
        others = [t for t in tables if t not in wished]
        extra = rng.sample(others, max(0, min(len(others), per_person - len(wished))))
        choices[pid] = frozenset([*wished, *extra])
    return choices


def quick_seating(
    problem: Problem,
    round: int,
    movable: Sequence[int],
    x: Mapping[tuple[int, int], int],
    gains: Mapping[tuple[int, int], float],
    fixed_at: Mapping[int, Sequence[int]],
    history: Mapping[int, Mapping[int, int]],
    weights: Weights,
    seed: int,
) -> dict[int, int] | None:
    """A large quick round (person -> table for ``movable``, over the pairs
    of ``x``): the wish seating with roles in band from the transportation
    LPs (exact LP solves), then one descent of the local search without kicks."""
    allowed: dict[int, list[int]] = defaultdict(list)
    for pid, tid in x:
        allowed[pid].append(tid)
    seats = start_seating(problem, round, movable, allowed, lambda p, t: gains[(p, t)], fixed_at)
    if seats is None:
        return None
    return improve_seating(
        problem,
        round,
        seats,
        history,
        lambda p, t: gains[(p, t)],
        allowed,
        fixed_at,
        weights,
        seed=seed,
        budget=math.inf,
        max_kicks=0,
    )
