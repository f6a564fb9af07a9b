"""The lower bound on repeated encounters when zero is impossible (the search
itself is :mod:`katalyze.assignment.search`)."""

from __future__ import annotations

import math
from collections import defaultdict

from katalyze.assignment.problem import Problem


def pairs_in(size: int, groups: int) -> int:
    """Fewest pairs sharing a group when ``size`` people come from ``groups``
    groups (pigeonhole: spread as evenly as possible)."""
    if size <= 1:
        return 0
    if groups <= 0:
        return math.comb(size, 2)
    q, rem = divmod(size, groups)
    return rem * math.comb(q + 1, 2) + (groups - rem) * math.comb(q, 2)


def even_visitor_sizes(problem: Problem) -> list[int]:
    """Visitors per table when spread as evenly as the seats allow (for round 1,
    home people counted as fixed): the sizes that minimise repeats."""
    people = problem.seating.people
    visitors = sum(1 for pid in problem.people if people[pid].is_visitor)
    homes: dict[int, int] = defaultdict(int)
    for pid in problem.people:
        home = people[pid].home_project_id
        if home is not None:
            homes[home] += 1
    tables = problem.tables
    low = [max(0, min(t.min_seats - homes[t.id], t.max_seats - homes[t.id])) for t in tables]
    high = [max(0, t.max_seats - homes[t.id]) for t in tables]
    sizes = list(low)
    left = visitors - sum(sizes)
    if left < 0:  # fewer visitors than minimum seats: fill the smallest first
        sizes = [0] * len(tables)
        left = visitors
        high = [max(0, t.max_seats - homes[t.id]) for t in tables]
    groups = max(1, len(tables) - 1)
    while left > 0:
        best, best_cost = -1, math.inf
        for i, size in enumerate(sizes):
            if size >= high[i]:
                continue
            cost = pairs_in(size + 1, groups) - pairs_in(size, groups)
            if cost < best_cost or (cost == best_cost and size < sizes[best]):
                best, best_cost = i, cost
        if best < 0:
            break
        sizes[best] += 1
        left -= 1
    return sizes


def repeat_lower_bound(problem: Problem) -> tuple[int, int]:
    """(bound for one pair of rounds, bound over all the rounds).

    A table's visitors in round r all sat, in round r', at one of the
    *other* T - 1 tables (no table is revisited), so at least
    ``pairs_in(s, T - 1)`` of them meet again; the sum is smallest with sizes
    as even as the seats allow. Every pair of rounds adds that many, and when
    no pair meets more than twice each one is a distinct repeat.
    """
    if problem.rounds < 2:
        return 0, 0
    groups = max(1, len(problem.tables) - 1)
    per_pair = sum(pairs_in(s, groups) for s in even_visitor_sizes(problem))
    return per_pair, per_pair * math.comb(problem.rounds, 2)
