"""A good first seating for the MILP, built from three small linear programs.

HiGHS proves optimality quickly once it holds a good seating; what takes time
on a large evening is *finding* one that keeps every role within its band.
Each step below is a transportation problem (totally unimodular), so its LP
optimum is already integral:

1. seat people on their wishes within the table capacities (roles ignored):
   this gives the sizes the wishes want;
2. round each role's proportional share per table to floor/ceil with the
   right row and column sums (matrix rounding, always possible), staying
   close to step 1;
3. seat people on their wishes again, into exactly those role slots.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from katalyze.assignment.milp import INF, Model
from katalyze.assignment.problem import Problem


def _is_integral(values: Sequence[float]) -> bool:
    return all(abs(v - round(v)) < 1e-6 for v in values)


def start_seating(
    problem: Problem,
    round_number: int,
    movable: Sequence[int],
    allowed: Mapping[int, Sequence[int]],
    gain: Callable[[int, int], float],
    fixed_at: Mapping[int, Sequence[int]],
) -> dict[int, int] | None:
    """A seating of ``movable`` (person -> table) that keeps roles in band,
    or ``None`` when these simple steps cannot find one."""
    people = problem.seating.people
    tables = problem.tables

    def counted(pid: int) -> bool:
        p = people[pid]
        return bool(p.role_key) and not p.is_staff

    free = {t.id: t.max_seats - len(fixed_at.get(t.id, ())) for t in tables}
    if any(v < 0 for v in free.values()):
        return None

    # 1. Wishes within capacities.
    first = _transport(movable, allowed, gain, {t.id: (0, free[t.id]) for t in tables}, None)
    if first is None:
        return None

    pop = [pid for pid in problem.people if counted(pid)]
    total = len(pop)
    if total == 0:
        return first
    totals: dict[str, int] = defaultdict(int)
    for pid in pop:
        totals[people[pid].role_key] += 1
    fixed_k: dict[tuple[str, int], int] = defaultdict(int)
    fixed_pop: dict[int, int] = defaultdict(int)
    for t, ids in fixed_at.items():
        for pid in ids:
            if counted(pid):
                fixed_k[(people[pid].role_key, t)] += 1
                fixed_pop[t] += 1
    size = dict(fixed_pop)
    near: dict[tuple[str, int], int] = defaultdict(int)
    for pid, t in first.items():
        if counted(pid):
            size[t] = size.get(t, 0) + 1
            near[(people[pid].role_key, t)] += 1

    # 2. Matrix rounding of the role shares for these sizes.
    model = Model()
    cols: dict[tuple[str, int], int] = {}
    roles = sorted(totals)
    for k in roles:
        for t in tables:
            s = size.get(t.id, 0)
            low = math.floor(totals[k] * s / total + 1e-9) - fixed_k[(k, t.id)]
            high = math.ceil(totals[k] * s / total - 1e-9) - fixed_k[(k, t.id)]
            if high < 0:
                return None
            cols[(k, t.id)] = model.add_col(-float(near[(k, t.id)]), max(0, low), high, False)
    for k in roles:
        moving = totals[k] - sum(fixed_k[(k, t.id)] for t in tables)
        ids = [cols[(k, t.id)] for t in tables]
        model.add_row(ids, [1.0] * len(ids), moving, moving)
    for t in tables:
        moving = size.get(t.id, 0) - fixed_pop.get(t.id, 0)
        ids = [cols[(k, t.id)] for k in roles]
        model.add_row(ids, [1.0] * len(ids), moving, moving)
    result = model.solve()
    if not result.has_solution or not _is_integral(result.values):
        return None
    slots = {key: int(result.values[c] + 0.5) for key, c in cols.items()}

    # 3. Wishes again, into exactly those slots; uncounted people fill the rest.
    others = {
        t.id: (
            max(0, t.min_seats - len(fixed_at.get(t.id, ())) - size.get(t.id, 0)),
            free[t.id] - (size.get(t.id, 0) - fixed_pop.get(t.id, 0)),
        )
        for t in tables
    }
    return _transport(
        movable,
        allowed,
        gain,
        others,
        (lambda pid: people[pid].role_key if counted(pid) else None, slots),
    )


def _transport(
    movable: Sequence[int],
    allowed: Mapping[int, Sequence[int]],
    gain: Callable[[int, int], float],
    capacity: Mapping[int, tuple[int, int]],
    slots: tuple[Callable[[int], str | None], Mapping[tuple[str, int], int]] | None,
) -> dict[int, int] | None:
    """Best wish seating as a transportation LP (integral at a vertex).

    Without ``slots`` every person uses ``capacity``; with them, people of a
    counted role fill exactly their role's slots and the others ``capacity``.
    """
    model = Model()
    x: dict[tuple[int, int], int] = {}
    rows: dict[object, list[int]] = defaultdict(list)
    for pid in movable:
        mine = []
        role = slots[0](pid) if slots else None
        for t in allowed[pid]:
            col = model.add_col(-gain(pid, t), 0.0, 1.0, False)
            x[(pid, t)] = col
            mine.append(col)
            rows[(role, t) if role is not None else ("", t)].append(col)
        if not mine:
            return None
        model.add_row(mine, [1.0] * len(mine), 1.0, 1.0)
    for key, ids in rows.items():
        role, t = key  # type: ignore[misc]
        if role == "":
            low, high = capacity[t]
            model.add_row(ids, [1.0] * len(ids), -INF if low <= 0 else low, high)
        else:
            n = slots[1].get((role, t), 0) if slots else 0
            model.add_row(ids, [1.0] * len(ids), n, n)
    if slots:
        for (role, t), n in slots[1].items():
            if n > 0 and (role, t) not in rows:
                return None
    result = model.solve()
    if not result.has_solution:
        return None
    seats: dict[int, int] = {}
    for (pid, t), col in x.items():
        v = result.values[col]
        if abs(v - round(v)) > 1e-6:
            return None
        if v > 0.5:
            seats[pid] = t
    return seats if len(seats) == len(movable) else None
