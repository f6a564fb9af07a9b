"""One round of placement as a mixed-integer program, solved exactly by HiGHS.

Variables ``x[i,t]`` (person ``i`` at table ``t``) for the people who may move
this round; everybody fixed (home table, round pin, lock) is a constant.

Hard: one table per person, at most ``max_seats`` per table, no table
revisited (dropped only when it cannot be avoided), pinned and locked seats.
Goals (minimised cost, see :class:`~katalyze.assignment.problem.Weights`):
wishes, needs covered, role spread within floor/ceil of the proportional share
(linear: ``|N·c - n_k·s| <= N - 1`` is exactly ``floor <= c <= ceil`` for
integers), colleagues apart, and repeated encounters: for every group of
visitors who shared a table in another round, ``sum x[i,t] <= 1 + e`` with
``e`` split into unit pieces of cost 1, 2, 3... so that the cost is exactly the
number of pairs meeting again (convex, hence exact in the LP). Pairs who have
already met twice may not meet a third time (clique rows, very heavy).
"""

from __future__ import annotations

import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from katalyze.assignment.goals import unit, wish_gain
from katalyze.assignment.improve import MAX_KICKS, improve_seating
from katalyze.assignment.milp import INF, Model, objective_step
from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.quick import (
    QUICK_KICKS,
    QUICK_MILP_COLUMNS,
    QUICK_NODES,
    QUICK_SAFETY_SECONDS,
    QUICK_WIDENINGS,
    quick_choices,
    quick_seating,
)
from katalyze.assignment.rows import (
    COUNT_COLUMNS_FROM,
    colleague_rows,
    encounter_rows,
    role_rows,
)
from katalyze.assignment.seats import PersonFacts
from katalyze.assignment.start import start_seating
from katalyze.vocabulary import NEED_MET_BY

# Branch-and-bound nodes at most for the dive's MIP (Model.dive_start): the
# columns left free after the relaxation (measured at 120 × 15: 17 people,
# 1 node).
DIVE_NODES = 1_000

# Seed-driven tie-breaking noise on the costs. Zero by default: it makes
# HiGHS prove optimality 2-3 times slower; the seed instead shuffles the
# column order and seeds HiGHS, which picks among equally good seatings.
NOISE = 0.0

# The strictness levels of a round's model, strictest first: (revisits
# allowed, role bands hard, "never a third meeting" hard). A level is dropped
# only when the round has no seating at it.
LEVELS = (
    (False, True, True),
    (False, False, True),
    (False, False, False),
    (True, False, False),
)


def _counted(p: PersonFacts) -> bool:
    """Does this person count in the role mix?"""
    return bool(p.role_key) and not p.is_staff


@dataclass(frozen=True)
class RoundOutcome:
    round: int
    seats: dict[int, int]  # participant -> project, everyone of the round
    status: str
    optimal: bool
    gap: float
    objective: float
    bound: float
    seconds: float
    variables: int
    constraints: int
    revisits_allowed: bool
    roles_relaxed: bool = False


def solve_round(
    problem: Problem,
    round: int,
    history: Mapping[int, Mapping[int, int]],
    weights: Weights,
    *,
    seed: int = 0,
    time_limit: float | None = None,
    minimise_moves: bool = False,
    should_stop: Callable[[], bool] | None = None,
    on_improved: Callable[[float, float], None] | None = None,
    quick: bool = False,
    start_seats: Mapping[int, int] | None = None,
    node_limit: int | None = None,
    no_repeats: bool = False,
    options: Mapping[str, bool | int | float | str] | None = None,
    dive: bool = False,
) -> RoundOutcome | None:
    """Solve ``round`` given the other rounds' seats in ``history``
    (participant -> round -> project). Revisits are forbidden unless that
    makes the round infeasible.

    ``quick`` (the demo) trades the proof for a bounded, deterministic amount
    of work: no wall-clock limit decides the result. Small rounds get the
    same model with a node limit; large ones a restricted choice of tables
    per person (wishes first, then tables drawn from the seed) seated by the
    linear programs of :mod:`katalyze.assignment.start`, without the MILP.

    ``start_seats`` (person -> table) is handed to HiGHS as its first
    seating; ``node_limit`` counts its work (no clock decides the seats).
    ``None`` when no seating was found within that work: the caller keeps
    the seating it already has (see :mod:`katalyze.assignment.search`).
    ``no_repeats`` solves only the strictest model with repeated encounters
    forbidden (when the start shows zero is possible). ``options``: more
    HiGHS options for this round (see :data:`~katalyze.assignment.search.SMALL_ROUND_OPTIONS`).
    ``dive``: the role bands as their convex hull (a tighter relaxation) and
    HiGHS started from :meth:`~katalyze.assignment.milp.Model.dive_start`
    (the relaxation's whole columns kept, the rest solved) instead of
    ``start_seats``, which stay the start when the dive finds nothing (see
    :data:`~katalyze.assignment.search.DIVE_UP_TO`)."""
    # Strictest first: role spread as hard bounds and no revisit; relaxed
    # only when the round is infeasible that way (pins, locks, small tables).
    # A quick round whose restricted choice of tables does not fit tries
    # again with twice the choice, then with every table, then exactly.
    for widen in range(QUICK_WIDENINGS if quick else 1):
        for allow_revisits, hard_roles, hard_third in LEVELS[:1] if no_repeats else LEVELS:
            outcome = _solve(
                problem,
                round,
                history,
                weights,
                seed,
                time_limit,
                minimise_moves,
                allow_revisits,
                hard_roles,
                should_stop,
                on_improved,
                quick,
                widen,
                start_seats,
                node_limit,
                hard_third,
                no_repeats,
                options,
                dive,
            )
            if outcome is not None:
                return outcome
        if quick and quick_choices(problem, problem.movable(round), seed, round, widen) is None:
            break
    if quick and not no_repeats:
        return solve_round(
            problem,
            round,
            history,
            weights,
            seed=seed,
            time_limit=time_limit,
            minimise_moves=minimise_moves,
            should_stop=should_stop,
            on_improved=on_improved,
            start_seats=start_seats,
            node_limit=node_limit,
            options=options,
        )
    return None


def _solve(
    problem: Problem,
    round: int,
    history: Mapping[int, Mapping[int, int]],
    weights: Weights,
    seed: int,
    time_limit: float | None,
    minimise_moves: bool,
    allow_revisits: bool,
    hard_roles: bool,
    should_stop: Callable[[], bool] | None,
    on_improved: Callable[[float, float], None] | None,
    quick: bool = False,
    widen: int = 0,
    start_seats: Mapping[int, int] | None = None,
    node_limit: int | None = None,
    hard_third: bool = False,
    hard_repeats: bool = False,
    options: Mapping[str, bool | int | float | str] | None = None,
    dive: bool = False,
) -> RoundOutcome | None:
    rng = random.Random(seed * 1_000_003 + round)
    tables = problem.tables
    fixed = problem.fixed_in(round)
    movable = problem.movable(round)
    rng.shuffle(movable)
    people = problem.seating.people
    model = Model()
    x: dict[tuple[int, int], int] = {}
    gains: dict[tuple[int, int], float] = {}
    col_of_person: dict[int, list[int]] = defaultdict(list)

    def visitor(pid: int) -> bool:
        return people[pid].is_visitor

    choice = quick_choices(problem, movable, seed, round, widen) if quick else None
    for pid in movable:
        p = people[pid]
        other = {r: t for r, t in history.get(pid, {}).items() if r != round}
        seen = set(other.values()) if p.is_visitor else set()
        wished_elsewhere = any(p.wish_rank(t) is not None for t in other.values())
        here = problem.existing.get((pid, round))
        for t in tables:
            revisit = t.id in seen
            if revisit and not allow_revisits:
                continue
            if choice is not None and t.id not in choice[pid]:
                continue
            # The goals' own prices (katalyze.assignment.goals).
            cost = 0.0
            if p.is_visitor:
                rank = p.wish_rank(t.id)
                cost = -wish_gain(weights, rank, problem.rounds, bool(p.wishes), wished_elsewhere)
            if NOISE:
                cost += rng.random() * NOISE
            if revisit:
                cost += unit(weights, "revisits")
            if minimise_moves and here == t.id:
                cost += unit(weights, "moves")
            col = model.add_col(cost, 0.0, 1.0, True)
            x[(pid, t.id)] = col
            gains[(pid, t.id)] = -cost
            col_of_person[pid].append(col)
        if not col_of_person[pid]:
            return None
        model.add_row(col_of_person[pid], [1.0] * len(col_of_person[pid]), 1.0, 1.0)

    fixed_at: dict[int, list[int]] = defaultdict(list)
    for pid, t in fixed.items():
        fixed_at[t].append(pid)

    if quick and len(x) > QUICK_MILP_COLUMNS:
        started = time.perf_counter()
        quick_seats = quick_seating(
            problem, round, movable, x, gains, fixed_at, history, weights, seed
        )
        if quick_seats is None:
            return None
        return RoundOutcome(
            round=round,
            seats={**fixed, **quick_seats},
            status="heuristic",
            optimal=False,
            gap=math.inf,
            objective=-sum(gains[(pid, tid)] for pid, tid in quick_seats.items()),
            bound=-math.inf,
            seconds=time.perf_counter() - started,
            variables=len(x),
            constraints=0,
            revisits_allowed=allow_revisits,
            roles_relaxed=not hard_roles,
        )

    def capacity_rows(count_cols: Mapping[int, list[tuple[str, int]]]) -> None:
        """Hard maximum, minimum with a heavy shortfall penalty. With role
        count columns, a table's movable people are those counts plus the
        people outside the role mix (a sparser row, same constraint)."""
        for t in tables:
            counted_here = {key for key, _ in count_cols.get(t.id, [])}
            cols = [
                x[(pid, t.id)]
                for pid in movable
                if (pid, t.id) in x
                and not (_counted(people[pid]) and people[pid].role_key in counted_here)
            ]
            cols += [col for _, col in count_cols.get(t.id, [])]
            base = len(fixed_at[t.id])
            if t.min_seats > base:
                short = model.add_col(
                    unit(weights, "under_minimum"), 0.0, t.min_seats - base, False
                )
                model.add_row([*cols, short], [1.0] * len(cols) + [1.0], t.min_seats - base, INF)
            if cols:
                model.add_row(cols, [1.0] * len(cols), -INF, max(0, t.max_seats - base))

    # (Row order matters to HiGHS's path: the small evenings keep the order
    # they were measured with.)
    counts_first = sum(1 for pid in problem.people if _counted(people[pid])) >= COUNT_COLUMNS_FROM
    if counts_first:
        size_cols, count_cols = role_rows(
            problem, round, model, x, movable, fixed_at, weights, hard_roles, hull=dive
        )
        capacity_rows(count_cols)
    else:
        capacity_rows({})

    # Needs met by visitors' offers.
    for t in tables:
        present_offers = {o for pid in fixed_at[t.id] if visitor(pid) for o in people[pid].offers}
        for n in t.needs:
            meets = NEED_MET_BY.get(n, frozenset())
            if meets & present_offers:
                continue
            cols = [
                x[(pid, t.id)]
                for pid in movable
                if (pid, t.id) in x and visitor(pid) and meets & set(people[pid].offers)
            ]
            if not cols:
                continue
            y = model.add_col(unit(weights, "needs"), 0.0, 1.0, False)
            model.add_row([y, *cols], [1.0] + [-1.0] * len(cols), -INF, 0.0)

    if not counts_first:
        size_cols, count_cols = role_rows(
            problem, round, model, x, movable, fixed_at, weights, hard_roles, hull=dive
        )
    colleague_rows(problem, round, model, x, movable, fixed_at, weights)
    encounter_rows(
        problem, round, model, x, movable, fixed_at, history, weights, hard_third, hard_repeats
    )

    # On a large first round, HiGHS proves optimality sooner from scratch:
    # the start seating (wishes and role bands, colleagues ignored) is far
    # from optimal and sends its search elsewhere (measured at 2,000 × 40:
    # 28 s with it, 23 s without). Rotation rounds need it.
    first = not any(r != round for h in history.values() for r in h)
    # Every column but x is a slack, a count or a shortfall whose best value
    # is whole once the x are (its rows have whole coefficients and bounds):
    # a seating's best cost is a sum of whole multiples of costs.
    step = objective_step(model.cost)
    dive_started = time.perf_counter()
    start = (
        model.dive_start(
            node_limit=DIVE_NODES,
            seed=seed,
            time_limit=time_limit,
            should_stop=should_stop,
            step=step,
            options=options,
        )
        if dive and not quick
        else None
    )
    dive_seconds = time.perf_counter() - dive_started
    if time_limit is not None:
        time_limit = max(0.0, time_limit - dive_seconds)  # one safety net for both
    if start is None and not (counts_first and first and not quick):
        start = _start_values(
            problem,
            round,
            movable,
            x,
            gains,
            fixed_at,
            (size_cols, count_cols),
            history,
            weights,
            seed,
            quick,
            start_seats,
        )
    result = model.solve(
        seed=seed,
        time_limit=QUICK_SAFETY_SECONDS if quick else time_limit,
        node_limit=QUICK_NODES if quick else node_limit,
        should_stop=should_stop,
        on_improved=on_improved,
        start=start,
        step=step,
        options=options,
    )
    if result.status == "infeasible":
        return None
    if not result.has_solution:
        if result.status == "interrupted":
            from katalyze.errors import Cancelled

            raise Cancelled()
        return None
    seats = dict(fixed)
    for (pid, tid), col in x.items():
        if result.values[col] > 0.5:
            seats[pid] = tid
    return RoundOutcome(
        round=round,
        seats=seats,
        status=result.status,
        optimal=result.optimal,
        gap=result.gap,
        objective=result.objective,
        bound=result.bound,
        seconds=dive_seconds + result.seconds,
        variables=model.num_cols,
        constraints=model.num_rows,
        revisits_allowed=allow_revisits,
        roles_relaxed=not hard_roles,
    )


def _start_values(
    problem: Problem,
    round: int,
    movable: list[int],
    x: dict[tuple[int, int], int],
    gains: dict[tuple[int, int], float],
    fixed_at: Mapping[int, list[int]],
    role_cols: tuple[dict[int, list[tuple[int, int]]], dict[int, list[tuple[str, int]]]],
    history: Mapping[int, Mapping[int, int]],
    weights: Weights,
    seed: int,
    quick: bool = False,
    start_seats: Mapping[int, int] | None = None,
) -> dict[int, float] | None:
    """Column values of a good first seating (HiGHS completes the rest):
    ``start_seats`` when given, else the start seating, improved by local
    search when other rounds make encounters matter."""
    allowed: dict[int, list[int]] = defaultdict(list)
    for pid, tid in x:
        allowed[pid].append(tid)
    if start_seats is not None:
        seats = {pid: start_seats[pid] for pid in movable if pid in start_seats}
    else:
        seats = start_seating(
            problem, round, movable, allowed, lambda p, t: gains[(p, t)], fixed_at
        )
    if seats is None:
        return None
    # Rotation rounds only: on a first round the local search gives HiGHS a
    # better start but no faster proof (measured at 2,000 × 40). Counted
    # work only (kicks), so that a seed repeats itself on any machine.
    if start_seats is None and any(r != round for h in history.values() for r in h):
        kicks = MAX_KICKS if len(movable) <= 150 else QUICK_KICKS
        seats = improve_seating(
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
            max_kicks=kicks,
        )
    values = {col: 1.0 if seats.get(pid) == tid else 0.0 for (pid, tid), col in x.items()}
    people = problem.seating.people
    size_cols, count_cols = role_cols
    for tid, options in size_cols.items():
        counted = sum(
            1
            for pid in [*fixed_at.get(tid, []), *(p for p, t in seats.items() if t == tid)]
            if people[pid].role_key and not people[pid].is_staff
        )
        for size, col in options:
            values[col] = 1.0 if size == counted else 0.0
    movers: dict[tuple[int, str], int] = defaultdict(int)
    for pid, tid in seats.items():
        if people[pid].role_key and not people[pid].is_staff:
            movers[(tid, people[pid].role_key)] += 1
    for tid, options in count_cols.items():
        for key, col in options:
            values[col] = float(movers[(tid, key)])
    return values
