"""A counted whole-evening local search: simulated annealing over every round.

From a complete evening (the construction of
:mod:`katalyze.assignment.construct`, or the best so far), each step picks a
round, a movable person and another table, then either swaps the person
with someone of the same role class at that table (role bands intact) or
moves them there when a seat is free. The step's change comes from
:class:`~katalyze.assignment.goal_state.EveningState` (O(table size)); a step that
adds a unit to a hard goal (a role band broken, a third meeting, a table
revisited) is refused, a better one taken, a worse one taken with the
Metropolis probability at the current temperature. The temperature falls
geometrically over a *counted* number of steps drawn from a seeded
``random.Random``: the same evening and seed give the same seats on any
machine. ``should_stop`` (the facilitator's Stop, the safety net) may end it
early; the best evening seen is returned either way.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from katalyze.assignment.goal_state import EveningState
from katalyze.assignment.goals import Change, Evening
from katalyze.assignment.problem import Problem, Weights

# Steps per movable seat of the evening (person-rounds), and bounds on the total.
STEPS_PER_SEAT = 6_000
MIN_STEPS = 30_000
MAX_STEPS = 2_400_000
# The stages of :func:`anneal_stages`: the repeat weight's factor, each for
# an equal share of the steps. Repeats cheap at first let the search reach
# the wishes through seatings with a few repeats, then their full price
# takes them out again (measured at 200 × 15 × 3, seeds 0-2: 0 repeats and
# 59.5-63 % of visitor-rounds on a wish, against 56 % with the full price
# throughout; at 500 × 15 × 3, 832 repeats for a bound of 828).
STAGES = (0.05, 0.2, 1.0)
# Temperatures, in repeats' worth of cost (at the stage's price): from a
# sixth of a repeat down to a small fraction of the smallest wish.
START_TEMPERATURE = 0.15
END_TEMPERATURE = 0.005
# Share of steps that move someone to a free seat rather than swap.
MOVE_SHARE = 0.2
# Share of steps that try one of the person's wished tables.
WISH_SHARE = 0.5
# Share of the steps drawn for someone already at their first wish that go
# to someone else instead.
SETTLED_SKIP = 0.5
# How often (in steps) ``should_stop`` is asked.
CHECK_EVERY = 2_000
# How often (in steps) a better evening is handed to ``on_better`` (the
# screen's "best so far" while the last stage runs): at 500 × 15 × 3, 16
# times in its 800,000 steps, each an evening cost of about 16 ms.
REPORT_EVERY = 50_000


@dataclass(frozen=True)
class Annealed:
    evening: dict[int, dict[int, int]]
    cost: float
    steps: int  # steps done (fewer than planned when stopped)
    stopped: bool


def steps_for(problem: Problem) -> int:
    """Steps for an evening: in proportion to its movable seats, bounded."""
    seats = sum(len(problem.movable(r)) for r in range(1, problem.rounds + 1))
    return max(MIN_STEPS, min(MAX_STEPS, STEPS_PER_SEAT * seats))


def anneal(
    problem: Problem,
    weights: Weights,
    evening: Evening,
    *,
    seed: int = 0,
    steps: int | None = None,
    minimise_moves: bool = False,
    should_stop: Callable[[], bool] | None = None,
    repeat_scale: float = 1.0,
    start_temperature: float = START_TEMPERATURE,
    on_better: Callable[[Evening], None] | None = None,
) -> Annealed:
    """The best evening found from ``evening`` within ``steps`` counted steps
    (``repeat_scale``: see :class:`~katalyze.assignment.goal_state.EveningState`).
    ``on_better`` hears the best evening so far every :data:`REPORT_EVERY`
    steps when it improved (counted, so it never changes the seats; the
    evening handed over is not changed afterwards)."""
    state = EveningState(
        problem, weights, evening, minimise_moves=minimise_moves, repeat_scale=repeat_scale
    )
    total = steps_for(problem) if steps is None else steps
    rng = random.Random(seed * 2_654_435_761 + 97)
    rounds = [r for r in range(1, problem.rounds + 1) if problem.movable(r)]
    best_cost, best = state.cost, state.evening()
    if not rounds or total <= 0 or len(problem.tables) < 2:
        return Annealed(best, best_cost, 0, False)
    movers = {r: sorted(problem.movable(r)) for r in rounds}
    tables = [t.id for t in problem.tables]
    capacity = {t.id: t.max_seats for t in problem.tables}
    role, visiting = state.role, state.visitor
    people = problem.seating.people
    wished = {p: [t for t in people[p].wishes if t in capacity] for p in problem.people}
    # Who may trade seats with whom: same role in the mix, or both outside it.
    members: dict[tuple[int, int, str | None], list[int]] = {}
    where: dict[tuple[int, int], int] = {}
    for r in rounds:
        for pid in movers[r]:
            key = (r, state.seat[r][pid], role[pid])
            group = members.setdefault(key, [])
            where[(r, pid)] = len(group)
            group.append(pid)

    def relist(r: int, pid: int, a: int, b: int) -> None:
        group = members[(r, a, role[pid])]
        i = where.pop((r, pid))
        last = group.pop()
        if last != pid:
            group[i] = last
            where[(r, last)] = i
        into = members.setdefault((r, b, role[pid]), [])
        where[(r, pid)] = len(into)
        into.append(pid)

    def swap(r: int, p: int, q: int, change: Change) -> None:
        a, b = state.seat[r][p], state.seat[r][q]
        state.swap(r, p, q, change)
        i, j = where[(r, p)], where[(r, q)]
        members[(r, a, role[p])][i] = q
        members[(r, b, role[p])][j] = p
        where[(r, p)], where[(r, q)] = j, i

    hot = start_temperature * state.repeat or 1.0
    cold = END_TEMPERATURE * state.repeat or 0.01
    factor = (cold / hot) ** (1.0 / total)
    temperature = hot
    done, stopped = 0, False
    reported = best_cost
    for step in range(total):
        if step % CHECK_EVERY == 0:
            if should_stop is not None and should_stop():
                stopped = True
                break
            if on_better is not None and step % REPORT_EVERY == 0 and best_cost < reported:
                reported = best_cost
                on_better(best)
        done = step + 1
        temperature *= factor
        r = rounds[rng.randrange(len(rounds))]
        group = movers[r]
        pid = group[rng.randrange(len(group))]
        seats = state.seat[r]
        a = seats[pid]
        wishes = wished.get(pid)
        if wishes and a == wishes[0] and rng.random() < SETTLED_SKIP:
            continue  # on the first wish: try someone else more often
        if wishes and rng.random() < WISH_SHARE:
            b = wishes[rng.randrange(len(wishes))]
        else:
            b = tables[rng.randrange(len(tables))]
        if b == a or (visiting[pid] and state.visits[pid][b]):
            continue  # the same table, or a table revisited
        if rng.random() < MOVE_SHARE and len(state.at[r][b]) < capacity[b]:
            change = state.move_change(r, pid, b)
            cost, roles, thirds, revisits = change
            if roles > 0 or thirds > 0 or revisits > 0:
                continue
            if cost > 0 and rng.random() >= math.exp(-cost / temperature):
                continue
            state.move(r, pid, b, change)
            relist(r, pid, a, b)
        else:
            there = members.get((r, b, role[pid]))
            if not there:
                continue
            q = there[rng.randrange(len(there))]
            if visiting[q] and state.visits[q][a]:
                continue
            change = state.swap_change(r, pid, q)
            cost, roles, thirds, revisits = change
            if roles > 0 or thirds > 0 or revisits > 0:
                continue
            if cost > 0 and rng.random() >= math.exp(-cost / temperature):
                continue
            swap(r, pid, q, change)
        if state.cost < best_cost - 1e-9:
            best_cost, best = state.cost, state.evening()
    return Annealed(best, best_cost, done, stopped)


def anneal_stages(
    problem: Problem,
    weights: Weights,
    evening: Evening,
    *,
    seed: int = 0,
    steps: int | None = None,
    minimise_moves: bool = False,
    should_stop: Callable[[], bool] | None = None,
    on_stage: Callable[[int, Annealed], None] | None = None,
    on_better: Callable[[Evening], None] | None = None,
) -> Annealed:
    """:func:`anneal` in the :data:`STAGES`, each from the last one's best;
    the last stage prices repeats fully, so its best is the evening's best
    under ``weights``. ``on_stage`` hears each stage's result, ``on_better``
    the better evenings found within a stage at full price (the others'
    bests are priced otherwise). With ``minimise_moves``, one cold stage
    only: a descent from the stored seats."""
    total = steps_for(problem) if steps is None else steps
    stages = (1.0,) if minimise_moves else STAGES
    hot = END_TEMPERATURE if minimise_moves else START_TEMPERATURE
    share = total // len(stages)
    done = 0
    result = Annealed({r: dict(s) for r, s in evening.items()}, math.inf, 0, False)
    for i, factor in enumerate(stages):
        result = anneal(
            problem,
            weights,
            result.evening,
            repeat_scale=factor,
            start_temperature=hot,
            seed=seed * 31 + i,
            steps=share,
            minimise_moves=minimise_moves,
            should_stop=should_stop,
            on_better=on_better if factor == 1.0 else None,
        )
        done += result.steps
        if on_stage is not None:
            on_stage(i, result)
        if result.stopped:
            break
    return Annealed(result.evening, result.cost, done, result.stopped)
