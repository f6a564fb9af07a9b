"""The whole evening's cost under the placement weights, to compare two rotations.

Each round's model (:mod:`katalyze.assignment.solver`) minimises its own part
of this cost given the other rounds; when a round is solved again with the
others known (:func:`katalyze.assignment.rotations.solve_rounds`), the new
seats are kept only if this total goes down. The terms are the models' own:
wish points won (negative), each repeated encounter between two visitors
(and a heavy penalty for a third meeting), each table revisited, each
colleague beyond the first at a table their organisation does not hold,
each person beyond a role's floor/ceil band, each need covered (negative),
and each seat missing under a table's minimum.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import combinations

from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.rules import role_band
from katalyze.vocabulary import NEED_MET_BY

# A pair's third meeting costs this many repeats (as in the round models).
THIRD_MEETING = 20.0


def evening_cost(
    problem: Problem, seats: Mapping[int, Mapping[int, int]], weights: Weights
) -> float:
    """Cost of ``seats`` (round -> participant -> table); lower is better."""
    people = problem.seating.people
    tables = {t.id: t for t in problem.tables}
    counted = [p for p in problem.people if people[p].role_key and not people[p].is_staff]
    role_totals = Counter(people[p].role_key for p in counted)
    population = len(counted)
    cost = 0.0
    met: Counter[tuple[int, int]] = Counter()
    visited: dict[int, Counter[int]] = defaultdict(Counter)
    for seating in seats.values():
        at: dict[int, list[int]] = defaultdict(list)
        for pid, tid in seating.items():
            at[tid].append(pid)
            p = people[pid]
            if p.is_visitor:
                cost -= weights.wish_points(p.wish_rank(tid))
                visited[pid][tid] += 1
        for tid, here in at.items():
            table = tables[tid]
            visitors = sorted(pid for pid in here if people[pid].is_visitor)
            met.update(combinations(visitors, 2))
            cost += weights.under_minimum * max(0, table.min_seats - len(here))
            orgs = Counter(people[pid].org_key for pid in here if people[pid].org_key)
            holders = problem.holders.get(tid, frozenset())
            cost += weights.colleague * sum(
                n - 1 for org, n in orgs.items() if n > 1 and org not in holders
            )
            offers = {o for pid in visitors for o in people[pid].offers}
            cost -= weights.need * sum(
                1 for need in table.needs if NEED_MET_BY.get(need, frozenset()) & offers
            )
            if population and len(role_totals) > 1:
                roles = Counter(
                    people[pid].role_key
                    for pid in here
                    if people[pid].role_key and not people[pid].is_staff
                )
                size = sum(roles.values())
                for key, total in role_totals.items():
                    low, high = role_band(total, size, population)
                    n = roles.get(key, 0)
                    cost += weights.role * (max(0, low - n) + max(0, n - high))
    for m in met.values():
        if m > 1:
            cost += weights.repeat * (m - 1)
        if m > 2:
            cost += weights.repeat * THIRD_MEETING * (m - 2)
    cost += weights.revisit * sum(
        n - 1 for tabs in visited.values() for n in tabs.values() if n > 1
    )
    return cost
