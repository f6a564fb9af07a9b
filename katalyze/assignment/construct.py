"""The constructive seating: a whole evening in milliseconds, feasible by
construction (capacities, home tables, pins, locks, role bands when the
transportation LPs of :mod:`katalyze.assignment.start` find them).

For rotations, visitors sorted by role are laid out on a grid of ``T``
columns (``T`` tables): person ``i`` has ``a = i mod T`` and ``b = i div T + 1``
and sits in round ``r`` at table ``(a + c_r·b) mod T``. Two people meet in
rounds ``r`` and ``r'`` only when ``(c_r - c_r')·Δb ≡ 0 (mod T)``, and a
person revisits a table only when ``(c_r - c_r')·b ≡ 0``: neither happens
while the grid has fewer rows than ``T / gcd(c_r - c_r', T)``:
a resolvable design with no repeated encounter whenever the table sizes allow
it (the multipliers ``c_r`` are chosen to make those numbers largest). Role
sorting spreads each role evenly over the tables in every round. The
transportation LPs then follow that design as far as the capacities and role
bands let them, wishes breaking ties; the solver and the local search start
from here and only improve it.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Mapping

from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.start import start_seating

# Points for sitting at the design's table: above any wish, so that the
# design is followed unless capacities or role bands forbid it.
DESIGN_POINTS = 100.0


def multipliers(tables: int, rounds: int) -> list[int]:
    """``c_r`` for each round: each new one keeps the collision-free grid
    height ``T / gcd(c - c', T)`` as large as possible against the others."""
    chosen = [0]
    for _ in range(1, rounds):
        best, best_height = 1, -1
        for c in range(1, max(2, tables)):
            if c in chosen:
                continue
            height = min(tables // math.gcd(abs(c - o), tables) for o in chosen)
            if height > best_height:
                best, best_height = c, height
        chosen.append(best)
    return chosen


def design_tables(problem: Problem, seed: int) -> dict[tuple[int, int], int]:
    """(person, round) -> table of the design, for every movable visitor."""
    people = problem.seating.people
    tables = [t.id for t in sorted(problem.tables, key=lambda t: t.id)]
    count = len(tables)
    rng = random.Random(seed * 104_729 + 17)
    visitors = [pid for pid in problem.people if people[pid].is_visitor]
    rng.shuffle(visitors)
    visitors.sort(key=lambda pid: (people[pid].role_key or "", people[pid].is_staff))
    factors = multipliers(count, problem.rounds)
    design: dict[tuple[int, int], int] = {}
    for i, pid in enumerate(visitors):
        a, b = i % count, i // count
        for r in range(1, problem.rounds + 1):
            design[(pid, r)] = tables[(a + factors[r - 1] * (b + 1)) % count]
    return design


def _round_frame(
    problem: Problem, evening: Mapping[int, Mapping[int, int]], r: int
) -> tuple[dict[int, int], dict[int, list[int]], dict[int, list[int]]]:
    """Round ``r``'s fixed seats, them by table, and the tables each movable
    person may take (a visitor: none seen in ``evening`` or fixed elsewhere)."""
    people = problem.seating.people
    table_ids = [t.id for t in problem.tables]
    fixed = problem.fixed_in(r)
    fixed_at: dict[int, list[int]] = defaultdict(list)
    for pid, t in fixed.items():
        fixed_at[t].append(pid)
    allowed: dict[int, list[int]] = {}
    for pid in problem.movable(r):
        seen: set[int] = set()
        if people[pid].is_visitor:
            seen = {evening[rr][pid] for rr in evening if pid in evening[rr]}
            seen |= {t for (p, rr), t in problem.fixed.items() if p == pid and rr != r}
        allowed[pid] = [t for t in table_ids if t not in seen] or list(table_ids)
    return fixed, fixed_at, allowed


def construct(problem: Problem, weights: Weights, seed: int = 0) -> dict[int, dict[int, int]]:
    """round -> person -> table for every round, nobody left without a seat."""
    people = problem.seating.people
    design = design_tables(problem, seed) if problem.rounds > 1 else {}
    evening: dict[int, dict[int, int]] = {}
    for r in range(1, problem.rounds + 1):
        fixed, fixed_at, allowed = _round_frame(problem, evening, r)
        movable = problem.movable(r)

        def gain(pid: int, tid: int, r: int = r) -> float:
            points = weights.wish_points(people[pid].wish_rank(tid))
            return points + (DESIGN_POINTS if design.get((pid, r)) == tid else 0.0)

        seats = start_seating(problem, r, movable, allowed, gain, fixed_at)
        if seats is None:
            seats = greedy_seating(problem, movable, allowed, gain, fixed_at)
        evening[r] = {**fixed, **seats}
    return evening


def first_seating(problem: Problem, weights: Weights) -> dict[int, dict[int, int]]:
    """The evening in one greedy sweep (wishes, free seats, no table
    revisited): a complete seating in milliseconds, before the construction."""
    people = problem.seating.people
    evening: dict[int, dict[int, int]] = {}
    for r in range(1, problem.rounds + 1):
        fixed, fixed_at, allowed = _round_frame(problem, evening, r)

        def gain(pid: int, tid: int) -> float:
            return weights.wish_points(people[pid].wish_rank(tid))

        seats = greedy_seating(problem, problem.movable(r), allowed, gain, fixed_at)
        evening[r] = {**fixed, **seats}
    return evening


def greedy_seating(
    problem: Problem,
    movable: list[int],
    allowed: Mapping[int, list[int]],
    gain,  # type: ignore[no-untyped-def]
    fixed_at: Mapping[int, list[int]],
) -> dict[int, int]:
    """Everyone at a table with a free seat (the best allowed one, else any):
    always complete, since the problem checked that capacity suffices."""
    free = {t.id: t.max_seats - len(fixed_at.get(t.id, ())) for t in problem.tables}
    seats: dict[int, int] = {}
    for pid in movable:
        options = [t for t in allowed[pid] if free[t] > 0] or [t for t in free if free[t] > 0]
        best = max(options, key=lambda t: (gain(pid, t), free[t], -t))
        seats[pid] = best
        free[best] -= 1
    return seats
