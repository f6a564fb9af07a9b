"""The rows of a round's model that carry the goals: the role spread, colleagues
apart and repeated encounters (see :mod:`katalyze.assignment.solver` for the
model itself and the variables ``x[person, table]``)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from itertools import pairwise

from katalyze.assignment.goals import unit
from katalyze.assignment.milp import INF, Model
from katalyze.assignment.problem import Problem, Weights

# Up to this many people counted in the role mix, the compact role rows solve
# faster; beyond, the one-hot table sizes (measured: 120 people 0.9 s vs 1.5 s,
# 500 people 10-60 s vs 4-10 s; with the hull rows and the dive start of a
# single round, 85 people 0.45 vs 2.1 CPU s for place(), seeds 0-2).
COMPACT_ROLE_ROWS_UP_TO = 250
# From this many people counted in the role mix, per-role count columns
# (measured at 2,000 × 40: the LP twice as fast, 36 s -> 24 s proven optimal;
# at 500 × 15 slower, 4.5 s -> 8 s).
COUNT_COLUMNS_FROM = 1000


def role_rows(
    problem: Problem,
    round: int,
    model: Model,
    x: dict[tuple[int, int], int],
    movable: list[int],
    fixed_at: Mapping[int, list[int]],
    weights: Weights,
    hard: bool,
    hull: bool = False,
) -> tuple[dict[int, list[tuple[int, int]]], dict[int, list[tuple[str, int]]]]:
    """Role spread rows; returns the size one-hot and per-role count columns
    of each table (empty with the compact rows), for the starting values.
    ``hull``: the compact rows' tighter form (:func:`compact_role_rows`)."""
    people = problem.seating.people

    def counted(pid: int) -> bool:
        p = people[pid]
        return bool(p.role_key) and not p.is_staff

    pop = [pid for pid in problem.people if counted(pid)]
    total = len(pop)
    role_totals: dict[str, int] = defaultdict(int)
    for pid in pop:
        role_totals[people[pid].role_key] += 1
    size_cols: dict[int, list[tuple[int, int]]] = {}
    count_cols: dict[int, list[tuple[str, int]]] = defaultdict(list)
    if total == 0 or len(role_totals) < 2:
        return size_cols, count_cols
    if total <= COMPACT_ROLE_ROWS_UP_TO:
        compact_role_rows(
            problem, model, x, movable, fixed_at, weights, hard, role_totals, total, hull
        )
        return size_cols, count_cols
    # The table's counted size is one-hot (z_s = 1 when s people count), so
    # that each role's band is a constant per size: floor(n_k·s/N) <= c_k <=
    # ceil(n_k·s/N). Much tighter than |N·c - n_k·s| <= N - 1 with s free.
    for t in problem.tables:
        cols = [(pid, x[(pid, t.id)]) for pid in movable if counted(pid) and (pid, t.id) in x]
        fixed_pop = [pid for pid in fixed_at.get(t.id, []) if counted(pid)]
        base = len(fixed_pop)
        top = max(base, min(t.max_seats, base + len(cols)))
        sizes = list(range(base, top + 1))
        z = [model.add_col(0.0, 0.0, 1.0, True) for _ in sizes]
        size_cols[t.id] = list(zip(sizes, z, strict=True))
        model.add_row(z, [1.0] * len(z), 1.0, 1.0)
        # On large evenings, one count column per role (c_k = its movable
        # people at t): the band and capacity rows then hold c_k instead of
        # every person again, a matrix half as dense and a much faster LP.
        use_counts = total >= COUNT_COLUMNS_FROM
        counts: list[int] = []

        def size_row(
            movers: list[int], z: list[int] = z, sizes: list[int] = sizes, base: int = base
        ) -> None:
            # sum_s s·z_s - (counted movable at t) = counted fixed at t
            model.add_row(
                [*z, *movers],
                [float(sz) for sz in sizes] + [-1.0] * len(movers),
                float(base),
                float(base),
            )

        if not use_counts:
            size_row([c for _, c in cols])
        for key, n_k in role_totals.items():
            mine = [c for pid, c in cols if people[pid].role_key == key]
            fixed_k = sum(1 for pid in fixed_pop if people[pid].role_key == key)
            if use_counts:
                count = model.add_col(0.0, 0.0, float(len(mine)), False)
                counts.append(count)
                count_cols[t.id].append((key, count))
                model.add_row([*mine, count], [1.0] * len(mine) + [-1.0], 0.0, 0.0)
                held, ones = [count], [1.0]
            else:
                held, ones = mine, [1.0] * len(mine)
            lows = [-float(math.floor(n_k * sz / total + 1e-9)) for sz in sizes]
            highs = [-float(math.ceil(n_k * sz / total - 1e-9)) for sz in sizes]
            if hard and use_counts:
                # c_k - ceil·z <= -fixed_k ; c_k - floor·z >= -fixed_k
                model.add_row([*held, *z], [*ones, *highs], -INF, -float(fixed_k))
                model.add_row([*held, *z], [*ones, *lows], -float(fixed_k), INF)
                continue
            # Integer slacks: one unit per person beyond the band (none when hard).
            room = 0.0 if hard else INF
            over = model.add_col(unit(weights, "roles"), 0.0, room, True)
            under = model.add_col(unit(weights, "roles"), 0.0, room, True)
            # c_k - ceil·z - over <= -fixed_k
            model.add_row([*held, *z, over], [*ones, *highs, -1.0], -INF, -float(fixed_k))
            # c_k - floor·z + under >= -fixed_k
            model.add_row([*held, *z, under], [*ones, *lows, 1.0], -float(fixed_k), INF)
        if use_counts:
            size_row(counts)
    return size_cols, count_cols


def compact_role_rows(
    problem: Problem,
    model: Model,
    x: dict[tuple[int, int], int],
    movable: list[int],
    fixed_at: Mapping[int, list[int]],
    weights: Weights,
    hard: bool,
    role_totals: Mapping[str, int],
    total: int,
    hull: bool = False,
) -> None:
    """Role bands with a free size s_t (the table's counted people):
    ``|N·c - n_k·s| <= N - 1`` is exactly ``floor <= c <= ceil`` for integers.
    Fewer columns than the one-hot form, faster on small evenings, weaker
    (slower) on large ones.

    ``hull``: each role's count c at t lies instead in the convex hull of the
    band's points ``(s, floor(n_k·s/N))`` .. ``(s, ceil(n_k·s/N))``
    (:func:`band_facets`), the same whole (s, c) with a tighter relaxation
    (120 × 15, seed 0: root LP bound -843.8 -> -833.8 for an optimum of -831,
    1539 -> 790 LP iterations), the relaxation the dive of a small round
    starts from (:data:`~katalyze.assignment.search.DIVE_UP_TO`). Alone it
    saves no time: 200 × 15 2.3 -> 3.3 CPU s (3 seeds), 250 × 20 3.9 -> 4.1
    (9 seeds), more rows to cut on."""
    people = problem.seating.people

    def counted(pid: int) -> bool:
        return bool(people[pid].role_key) and not people[pid].is_staff

    for t in problem.tables:
        cols = [(pid, x[(pid, t.id)]) for pid in movable if counted(pid) and (pid, t.id) in x]
        fixed_pop = [pid for pid in fixed_at.get(t.id, []) if counted(pid)]
        base = len(fixed_pop)
        uncounted = len(fixed_at.get(t.id, [])) - base
        top = max(base, min(t.max_seats - uncounted, base + len(cols)))
        size_range = (float(base), float(top)) if hull else (0.0, INF)
        size = model.add_col(0.0, *size_range, False)
        model.add_row([size, *(c for _, c in cols)], [1.0] + [-1.0] * len(cols), base, base)
        for key, n_k in role_totals.items():
            mine = [c for pid, c in cols if people[pid].role_key == key]
            fixed_k = sum(1 for pid in fixed_pop if people[pid].role_key == key)
            # Integer slacks: one unit per person beyond the band (none when hard).
            room = 0.0 if hard else INF
            over = model.add_col(unit(weights, "roles"), 0.0, room, True)
            under = model.add_col(unit(weights, "roles"), 0.0, room, True)
            if hull:
                _hull_rows(model, n_k, total, base, top, fixed_k, mine, size, over, under)
                continue
            coefs = [float(total)] * len(mine)
            model.add_row(
                [*mine, size, over],
                [*coefs, -float(n_k), -float(total)],
                -INF,
                total - 1 - total * fixed_k,
            )
            model.add_row(
                [*mine, size, under],
                [*coefs, -float(n_k), float(total)],
                -(total - 1) - total * fixed_k,
                INF,
            )


def _hull_rows(
    model: Model,
    n_k: int,
    total: int,
    base: int,
    top: int,
    fixed_k: int,
    mine: list[int],
    size: int,
    over: int,
    under: int,
) -> None:
    """With c = sum(mine) + fixed_k, each facet through (s0, v0) of slope
    dv/ds: ds·(c + under) - dv·s >= ds·v0 - dv·s0 below, ds·(c - over) -
    dv·s <= ds·v0 - dv·s0 above (whole numbers)."""
    for ds, dv, s0, v0 in band_facets(n_k, total, base, top, low=True):
        if dv == 0 and v0 <= fixed_k:
            continue  # c >= fixed_k holds anyway
        model.add_row(
            [*mine, size, under],
            [float(ds)] * len(mine) + [-float(dv), float(ds)],
            float(ds * (v0 - fixed_k) - dv * s0),
            INF,
        )
    for ds, dv, s0, v0 in band_facets(n_k, total, base, top, low=False):
        model.add_row(
            [*mine, size, over],
            [float(ds)] * len(mine) + [-float(dv), -float(ds)],
            -INF,
            float(ds * (v0 - fixed_k) - dv * s0),
        )


def band_facets(
    n_k: int, total: int, lo: int, hi: int, *, low: bool
) -> list[tuple[int, int, int, int]]:
    """The facets of a role band's convex hull: the lower hull of its floor
    points (``low``) or the upper hull of its ceiling points ``(s,
    floor|ceil(n_k·s/total))`` for ``s`` in ``lo..hi``, each as ``(ds, dv,
    s0, v0)``: the line through ``(s0, v0)`` of slope ``dv/ds`` (``ds`` > 0;
    a single point gives the level line ``(1, 0, lo, v)``). The hull lies
    within less than one of the line ``n_k·s/total``, so at a whole ``s``
    the whole values between its facets are exactly the band."""

    def value(s: int) -> int:
        return (n_k * s) // total if low else -((-n_k * s) // total)

    points = [(s, value(s)) for s in range(lo, hi + 1)]
    if len(points) == 1:
        return [(1, 0, lo, points[0][1])]
    chain: list[tuple[int, int]] = []
    for p in points:
        while len(chain) >= 2:
            (s1, v1), (s2, v2) = chain[-2], chain[-1]
            cross = (s2 - s1) * (p[1] - v1) - (v2 - v1) * (p[0] - s1)
            # Drop the middle point unless it turns left (lower hull) or
            # right (upper hull).
            if (cross <= 0) if low else (cross >= 0):
                chain.pop()
            else:
                break
        chain.append(p)
    return [(b[0] - a[0], b[1] - a[1], a[0], a[1]) for a, b in pairwise(chain)]


def colleague_rows(
    problem: Problem,
    round: int,
    model: Model,
    x: dict[tuple[int, int], int],
    movable: list[int],
    fixed_at: Mapping[int, list[int]],
    weights: Weights,
) -> None:
    people = problem.seating.people
    orgs: dict[str, list[int]] = defaultdict(list)
    for pid in problem.people:
        key = people[pid].org_key
        if key:
            orgs[key].append(pid)
    movable_set = set(movable)
    for key, members in orgs.items():
        if len(members) < 2:
            continue
        moving = [pid for pid in members if pid in movable_set]
        if not moving:
            continue
        for t in problem.tables:
            if key in problem.holders.get(t.id, frozenset()):
                continue
            cols = [x[(pid, t.id)] for pid in moving if (pid, t.id) in x]
            base = sum(1 for pid in fixed_at.get(t.id, []) if people[pid].org_key == key)
            if len(cols) + base <= 1 or not cols:
                continue
            z = model.add_col(unit(weights, "colleagues"), 0.0, INF, False)
            model.add_row([*cols, z], [1.0] * len(cols) + [-1.0], -INF, 1.0 - base)


def encounter_rows(
    problem: Problem,
    round: int,
    model: Model,
    x: dict[tuple[int, int], int],
    movable: list[int],
    fixed_at: Mapping[int, list[int]],
    history: Mapping[int, Mapping[int, int]],
    weights: Weights,
    hard_third: bool = False,
    hard_repeats: bool = False,
) -> None:
    """Repeated encounters priced (or forbidden with ``hard_repeats``: each
    group of an earlier table at most once per table, beyond the fixed seats),
    third meetings forbidden with ``hard_third``."""
    people = problem.seating.people
    visitors = [pid for pid in problem.people if people[pid].is_visitor]
    movable_set = set(movable)
    fixed_table = {pid: t for t, ids in fixed_at.items() for pid in ids}
    other_rounds = sorted({r for pid in visitors for r in history.get(pid, {}) if r != round})

    def add_group_rows(group: list[int], cost_step: float, strict: bool = False) -> None:
        """At most one of ``group`` per table, else the ``j``-th one more costs
        ``j × cost_step``: ``C(k, 2) × cost_step`` for ``k`` together, one
        step per pair, as the goal counts it."""
        for t in problem.tables:
            cols = [x[(pid, t.id)] for pid in group if pid in movable_set and (pid, t.id) in x]
            base = sum(1 for pid in group if fixed_table.get(pid) == t.id)
            if not cols or len(cols) + base <= 1:
                continue
            if strict:
                model.add_row(cols, [1.0] * len(cols), -INF, max(0.0, 1.0 - base))
                continue
            pieces = min(len(cols) + base, t.max_seats) - 1
            extra = [model.add_col(cost_step * j, 0.0, 1.0, False) for j in range(1, pieces + 1)]
            model.add_row(
                [*cols, *extra], [1.0] * len(cols) + [-1.0] * len(extra), -INF, 1.0 - base
            )

    # Groups of visitors who shared a table in another round.
    for r in other_rounds:
        groups: dict[int, list[int]] = defaultdict(list)
        for pid in visitors:
            t = history.get(pid, {}).get(r)
            if t is not None:
                groups[t].append(pid)
        for group in groups.values():
            if len(group) >= 2:
                add_group_rows(group, unit(weights, "repeats"), strict=hard_repeats)

    # Pairs who already met twice: never a third time (a constraint with
    # ``hard_third``; else the heavy price of a third meeting, so that an
    # impossible case still gets a seating).
    for i, r1 in enumerate(other_rounds):
        for r2 in other_rounds[i + 1 :]:
            twice: dict[tuple[int, int], list[int]] = defaultdict(list)
            for pid in visitors:
                h = history.get(pid, {})
                if r1 in h and r2 in h:
                    twice[(h[r1], h[r2])].append(pid)
            for group in twice.values():
                if len(group) >= 2:
                    add_group_rows(group, unit(weights, "third_meetings"), strict=hard_third)
