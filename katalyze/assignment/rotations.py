"""Rotations: rounds solved one after the other, each knowing the others,
and the lower bound on repeated encounters when zero is impossible."""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable

from katalyze.assignment.objective import evening_cost
from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.solver import RoundOutcome, solve_round
from katalyze.errors import Cancelled
from katalyze.i18n import _
from katalyze.progress import ProgressFn, report


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


# Without a time limit, a round stops after this long with the best seating
# found (its status then says "time_limit" and gives the gap): a first round
# is usually proven optimal well before; the later rounds of a large rotation
# rarely are (the encounter rows have a weak relaxation), and their local
# search start is already good (measured at 200 x 15 x 3: 17 repeats with
# 20 s per round, 16 with 3 s).
DEFAULT_FIRST_ROUND_SECONDS = 60.0
DEFAULT_ROUND_SECONDS = 5.0
# The second pass: each round solved again knowing every other round, kept
# when the evening's cost goes down. Round 1 was solved blind to the later
# rounds; solved again, it avoids the encounters they force (measured at
# 200 x 15 x 3: 16 repeats down to 3 in 4 s). Its share of a time limit, and
# its seconds per round and in all without one.
SECOND_PASS_SHARE = 0.4
SECOND_PASS_ROUND_SECONDS = 6.0
SECOND_PASS_SECONDS = 20.0


def solve_rounds(
    problem: Problem,
    weights: Weights,
    *,
    seed: int = 0,
    minimise_moves: bool = False,
    time_limit: float | None = None,
    progress: ProgressFn | None = None,
    quick: bool = False,
) -> list[RoundOutcome]:
    """Solve rounds 1..R in order; each round sees the seats of the rounds
    before it and the fixed seats of the rounds after it (``quick``: see
    :func:`~katalyze.assignment.solver.solve_round`)."""
    started = time.perf_counter()
    solved: dict[int, dict[int, int]] = {}
    outcomes: list[RoundOutcome] = []
    cancelled = [False]

    def should_stop() -> bool:
        if progress is None:
            return False
        try:
            progress(
                len(outcomes),
                problem.rounds,
                _("Tour {count} : recherche…").format(count=len(outcomes) + 1),
            )
        except Cancelled:
            cancelled[0] = True
        return cancelled[0]

    for r in range(1, problem.rounds + 1):
        report(
            progress,
            r - 1,
            problem.rounds,
            _("Tour {r} sur {rounds} : calcul…").format(r=r, rounds=problem.rounds),
        )
        history: dict[int, dict[int, int]] = defaultdict(dict)
        for rr, seats in solved.items():
            for pid, t in seats.items():
                history[pid][rr] = t
        for (pid, rr), t in problem.fixed.items():
            if rr > r:
                history[pid][rr] = t
        limit = DEFAULT_ROUND_SECONDS if solved else DEFAULT_FIRST_ROUND_SECONDS
        if time_limit is not None:
            spent = time.perf_counter() - started
            share = time_limit * (1.0 - SECOND_PASS_SHARE) if problem.rounds > 1 else time_limit
            limit = max(1.0, (share - spent) / (problem.rounds - r + 1))
        outcome = solve_round(
            problem,
            r,
            history,
            weights,
            seed=seed,
            time_limit=limit,
            minimise_moves=minimise_moves,
            should_stop=should_stop if progress is not None else None,
            quick=quick,
        )
        if cancelled[0] or outcome.status == "interrupted":
            raise Cancelled()
        solved[r] = outcome.seats
        outcomes.append(outcome)
    if problem.rounds > 1 and not quick:
        budget = SECOND_PASS_SECONDS
        if time_limit is not None:
            budget = max(0.0, time_limit - (time.perf_counter() - started))
        _second_pass(
            problem, weights, solved, outcomes, seed, minimise_moves, budget, progress, cancelled
        )
    report(progress, problem.rounds, problem.rounds, _("Placement calculé."))
    return outcomes


def _improving(round: int, rounds: int) -> str:
    # The bar stays where the first pass left it: it must not run backwards.
    return _("Amélioration de l'ensemble : tour {round} sur {rounds}…").format(
        round=round, rounds=rounds
    )


def _second_pass(
    problem: Problem,
    weights: Weights,
    solved: dict[int, dict[int, int]],
    outcomes: list[RoundOutcome],
    seed: int,
    minimise_moves: bool,
    budget: float,
    progress: ProgressFn | None,
    cancelled: list[bool],
) -> None:
    """Solve each round again with every other round known; keep a round's new
    seats only when the evening's cost goes down (so this never makes the
    placement worse). Stops when ``budget`` seconds are spent, or once a
    whole pass changes nothing."""
    started = time.perf_counter()
    best = evening_cost(problem, solved, weights)
    for _pass in range(2):
        changed = False
        for r in range(1, problem.rounds + 1):
            left = budget - (time.perf_counter() - started)
            if left < 2.0:  # the local search start and the model take a moment too
                return
            report(progress, problem.rounds - 1, problem.rounds, _improving(r, problem.rounds))
            history: dict[int, dict[int, int]] = defaultdict(dict)
            for rr, seats in solved.items():
                if rr != r:
                    for pid, t in seats.items():
                        history[pid][rr] = t

            def should_stop(r: int = r) -> bool:
                try:
                    report(
                        progress, problem.rounds - 1, problem.rounds, _improving(r, problem.rounds)
                    )
                except Cancelled:
                    cancelled[0] = True
                return cancelled[0]

            outcome = solve_round(
                problem,
                r,
                history,
                weights,
                seed=seed + 1,
                time_limit=min(SECOND_PASS_ROUND_SECONDS, left),
                minimise_moves=minimise_moves,
                should_stop=should_stop if progress is not None else None,
            )
            if cancelled[0] or outcome.status == "interrupted":
                raise Cancelled()
            trial = {**solved, r: outcome.seats}
            cost = evening_cost(problem, trial, weights)
            if cost < best - 1e-6:
                best = cost
                solved[r] = outcome.seats
                outcomes[r - 1] = outcome
                changed = True
        if not changed:
            return


StopFn = Callable[[], bool]
