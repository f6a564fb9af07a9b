"""Local search on one round before its MILP (the demo's quick rounds and a
round's starting seats): moves and same-role swaps. The whole evening's
search is :mod:`katalyze.assignment.anneal`.

With large tables, the rounds after the first are dominated by repeated
encounters, and HiGHS finds good seatings slowly on its own. This search
starts from the role-feasible seating of :mod:`katalyze.assignment.start`
and keeps swapping people of the same role between tables (role bands stay
intact) or moving people who do not count in the role mix, as long as the
same cost as the MILP's goes down: wishes, repeated encounters (priced by
:func:`~katalyze.assignment.goals.meet_again_cost`), colleagues together,
needs covered. Its result is handed to HiGHS
as the starting seating, so the solver's answer is never worse.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import combinations

from katalyze.assignment.goals import meet_again_cost
from katalyze.assignment.problem import Problem, Weights
from katalyze.vocabulary import NEED_MET_BY

# Kicks are counted, not timed, so that a seed gives the same seating on a
# slow or a fast machine (the time budget only guards very large evenings).
MAX_KICKS = 300
# How far (in repeats' worth of cost) the kicked walk may drift above its
# best before it goes back to it.
DRIFT = 3.0


def improve_seating(
    problem: Problem,
    round: int,
    seats: dict[int, int],
    history: Mapping[int, Mapping[int, int]],
    gain: Callable[[int, int], float],
    allowed: Mapping[int, Sequence[int]],
    fixed_at: Mapping[int, Sequence[int]],
    weights: Weights,
    *,
    seed: int = 0,
    budget: float = 5.0,
    max_kicks: int = MAX_KICKS,
) -> dict[int, int]:
    """A better seating of the movable people (``seats``), within ``budget`` seconds."""
    started = time.perf_counter()
    people = problem.seating.people
    tables = {t.id: t for t in problem.tables}
    seats = dict(seats)
    everyone = {**{pid: t for t, ids in fixed_at.items() for pid in ids}, **seats}

    # Pair costs from the other rounds (visitors only).
    met: dict[int, dict[int, float]] = defaultdict(dict)
    together: Counter[tuple[int, int]] = Counter()
    for r in sorted({r for h in history.values() for r in h if r != round}):
        groups: dict[int, list[int]] = defaultdict(list)
        for pid in everyone:
            t = history.get(pid, {}).get(r)
            if t is not None and people[pid].is_visitor:
                groups[t].append(pid)
        for group in groups.values():
            for a, b in combinations(sorted(group), 2):
                together[(a, b)] += 1
    for (a, b), n in together.items():
        cost = meet_again_cost(weights, n)
        met[a][b] = cost
        met[b][a] = cost

    at: dict[int, set[int]] = defaultdict(set)
    for pid, t in everyone.items():
        at[t].add(pid)
    met_at: dict[int, dict[int, float]] = {t: defaultdict(float) for t in tables}
    for pid, t in everyone.items():
        for q, c in met.get(pid, {}).items():
            met_at[t][q] += c
    org_at: dict[int, Counter[str]] = {t: Counter() for t in tables}
    offers_at: dict[int, Counter[str]] = {t: Counter() for t in tables}

    def meets(pid: int, need: str) -> bool:
        p = people[pid]
        return p.is_visitor and bool(NEED_MET_BY.get(need, frozenset()) & set(p.offers))

    for pid, t in everyone.items():
        if people[pid].org_key:
            org_at[t][people[pid].org_key] += 1
        for n in tables[t].needs:
            offers_at[t][n] += meets(pid, n)

    def counted(pid: int) -> bool:
        return bool(people[pid].role_key) and not people[pid].is_staff

    def colleague_delta(pid: int, a: int, b: int) -> float:
        org = people[pid].org_key
        if not org:
            return 0.0
        d = 0.0
        if org not in problem.holders.get(b, frozenset()) and org_at[b][org] >= 1:
            d += weights.colleague
        if org not in problem.holders.get(a, frozenset()) and org_at[a][org] >= 2:
            d -= weights.colleague
        return d

    def need_delta(t: int, out: int | None, into: int | None) -> float:
        d = 0.0
        for n in tables[t].needs:
            before = offers_at[t][n]
            after = before - (meets(out, n) if out is not None else 0)
            after += meets(into, n) if into is not None else 0
            if (before > 0) != (after > 0):
                d += -weights.need if after > 0 else weights.need
        return d

    def move_delta(pid: int, a: int, b: int) -> float:
        d = gain(pid, a) - gain(pid, b)
        d += met_at[b][pid] - met_at[a][pid]
        return d + colleague_delta(pid, a, b)

    def apply(pid: int, a: int, b: int) -> None:
        at[a].discard(pid)
        at[b].add(pid)
        seats[pid] = b
        for q, c in met.get(pid, {}).items():
            met_at[a][q] -= c
            met_at[b][q] += c
        org = people[pid].org_key
        if org:
            org_at[a][org] -= 1
            org_at[b][org] += 1
        for n in tables[a].needs:
            offers_at[a][n] -= meets(pid, n)
        for n in tables[b].needs:
            offers_at[b][n] += meets(pid, n)

    # Role bands: a counted person may also move alone when both tables stay
    # within floor/ceil of every role's share for their new sizes.
    role_at: dict[int, Counter[str]] = {t: Counter() for t in tables}
    for pid, t in everyone.items():
        if counted(pid):
            role_at[t][people[pid].role_key] += 1
    population = sum(sum(c.values()) for c in role_at.values())
    role_totals: Counter[str] = Counter()
    for c in role_at.values():
        role_totals.update(c)

    def in_band(t: int, role: str, change: int) -> bool:
        size = sum(role_at[t].values()) + change
        for key, n_k in role_totals.items():
            n = role_at[t][key] + (change if key == role else 0)
            share = n_k * size / population
            if not math.floor(share + 1e-9) <= n <= math.ceil(share - 1e-9):
                return False
        return True

    def relocate_ok(pid: int, a: int, b: int) -> bool:
        if len(at[b]) >= tables[b].max_seats or len(at[a]) - 1 < tables[a].min_seats:
            return False
        if not counted(pid) or not population:
            return True
        role = people[pid].role_key
        return in_band(a, role, -1) and in_band(b, role, +1)

    def apply_counted(pid: int, a: int, b: int) -> None:
        apply(pid, a, b)
        if counted(pid):
            role_at[a][people[pid].role_key] -= 1
            role_at[b][people[pid].role_key] += 1

    def cost_of(pid: int) -> float:
        return met_at[seats[pid]][pid]

    def descend(tables_touched: Sequence[int] | None = None) -> bool:
        """First-improvement moves until a local optimum (or the budget).
        After a kick, only the people of the tables it touched are looked at
        again, then those of every table a move touches (a queue)."""
        changed = False
        if tables_touched is None:
            queue = list(order)
            rng.shuffle(queue)
        else:
            queue = sorted(q for t in tables_touched for q in at[t] if q in seats)
        waiting = set(queue)
        while queue and time.perf_counter() - started < budget:
            pid = queue.pop()
            waiting.discard(pid)
            move = best_move_of(pid)
            if move is None:
                continue
            a = seats[pid]
            d, b, q = move
            current[0] += d
            apply_counted(pid, a, b)
            if q is not None:
                apply_counted(q, b, a)
            changed = True
            for t in (a, b):
                for other in sorted(at[t]):
                    if other in seats and other not in waiting:
                        waiting.add(other)
                        queue.append(other)
        return changed

    def swap_delta(pid: int, q: int) -> float:
        a, b = seats[pid], seats[q]
        d = move_delta(pid, a, b) + move_delta(q, b, a) - 2 * met.get(pid, {}).get(q, 0.0)
        if people[pid].org_key and people[pid].org_key == people[q].org_key:
            d -= colleague_delta(pid, a, b) + colleague_delta(q, b, a)
        return d + need_delta(a, pid, q) + need_delta(b, q, pid)

    def best_move_of(pid: int) -> tuple[float, int, int | None] | None:
        a = seats[pid]
        best, found = -1e-9, None
        for b in allowed[pid]:
            if b == a:
                continue
            base = move_delta(pid, a, b)
            if relocate_ok(pid, a, b):
                d = base + need_delta(a, pid, None) + need_delta(b, None, pid)
                if d < best:
                    best, found = d, (d, b, None)
            for q in at[b]:
                if q not in seats or a not in allowed_sets[q]:
                    continue
                if counted(pid) != counted(q):
                    continue
                if counted(pid) and people[q].role_key != people[pid].role_key:
                    continue
                d = swap_delta(pid, q)
                if d < best:
                    best, found = d, (d, b, q)
        return found

    rng = random.Random(seed * 7919 + round)
    order = sorted(seats)
    allowed_sets = {pid: set(allowed[pid]) for pid in seats}
    current = [0.0]
    descend()
    best_cost, best_seats = current[0], dict(seats)
    # Kicks (iterated local search): take someone who still meets someone
    # again, or who is off their wishes, swap them with a random same-role
    # person elsewhere (at one of their wished tables when there is one) and
    # descend again from the two tables touched; go back to the best seating
    # when the walk has drifted too far from it.
    wished = {pid: [t for t in people[pid].wishes if t in allowed_sets[pid]] for pid in seats}
    for _kick in range(max_kicks):
        if time.perf_counter() - started >= budget:
            break
        stuck = [pid for pid in order if cost_of(pid) > 0]
        if not stuck:
            stuck = [
                pid for pid in order if wished[pid] and people[pid].wish_rank(seats[pid]) is None
            ]
        if not stuck:
            break
        pid = rng.choice(stuck)
        a = seats[pid]
        targets = [t for t in wished[pid] if t != a] or [t for t in allowed[pid] if t != a]
        target = rng.choice(targets) if targets else None
        partners = [
            q
            for q in (sorted(at[target]) if target is not None else [])
            if q in seats
            and a in allowed_sets[q]
            and counted(q) == counted(pid)
            and (not counted(pid) or people[q].role_key == people[pid].role_key)
        ]
        if not partners:
            continue
        q = rng.choice(partners)
        b = seats[q]
        current[0] += swap_delta(pid, q)
        apply_counted(pid, a, b)
        apply_counted(q, b, a)
        descend((a, b))
        if current[0] < best_cost - 1e-9:
            best_cost, best_seats = current[0], dict(seats)
        elif current[0] > best_cost + DRIFT * weights.repeat:
            for person, t in best_seats.items():
                if seats[person] != t:
                    apply_counted(person, seats[person], t)
            current[0] = best_cost
    return best_seats
