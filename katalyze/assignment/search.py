"""The placement search: anytime, never empty, decided by counted work.

1. :func:`~katalyze.assignment.construct.first_seating` (a greedy sweep) and
   :func:`~katalyze.assignment.construct.construct` (a resolvable design
   with role bands) seat the whole evening at once, feasible by
   construction: the cheaper is the best so far.
2. For rotations, the whole-evening simulated annealing of
   :mod:`katalyze.assignment.anneal` improves it under the goals of
   :mod:`katalyze.assignment.goals` (counted steps from a seeded RNG); each
   stage's best replaces the best only if the evening's cost
   (:func:`~katalyze.assignment.goals.evening_cost`) is lower. A round's
   MILP with the others known no longer pays there (at 200 × 15 × 3 it cost
   about 12 CPU seconds a round for 3 points of wishes, where the annealing
   reaches 60-63 % with no repeat in about 13); it only runs when third
   meetings are left, since it holds "never a third time" as a constraint.
   A re-run that keeps the stored seats (``minimise_moves``) also starts
   from them, and anneals cold (a descent).
A single round is the construction, then its MILP (proven optimal within the
node budget on the evenings measured); a small one (:data:`DIVE_UP_TO`)
starts HiGHS from a dive (:meth:`~katalyze.assignment.milp.Model.dive_start`)
instead of the construction.

Every step only keeps a better evening, so stopping at any moment (the
facilitator's Stop, or the wall-clock safety net) keeps the best so far. No
limit that changes the seats is a time: the same event and seed give the
same seats on an idle or a loaded machine. The safety net (``time_limit``,
else :data:`SAFETY_SECONDS`) is only reached on a runaway machine, and the
rounds it cut short say so in their status (``time_limit``).
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from itertools import combinations

from katalyze.assignment.anneal import STAGES, Annealed, anneal_stages
from katalyze.assignment.construct import construct, first_seating
from katalyze.assignment.goals import evening_cost, goal_units
from katalyze.assignment.problem import Problem, Weights
from katalyze.assignment.rows import COMPACT_ROLE_ROWS_UP_TO
from katalyze.assignment.solver import RoundOutcome, _counted, solve_round
from katalyze.errors import Cancelled
from katalyze.i18n import _, ngettext
from katalyze.progress import ProgressFn, report

Evening = dict[int, dict[int, int]]  # round -> participant -> table

# Counted work (the same on any machine): a single round's MILP nodes
# (proves 2,000 × 40 optimal); rotations count the local search's steps
# (:func:`katalyze.assignment.anneal.steps_for`).
FIRST_ROUND_NODES = 5_000
REPAIR_NODES = 30  # a rotation round's MILP, when third meetings are left
# A single small round (the compact role rows of rows.py) is proven with
# fewer LP iterations without HiGHS's RENS heuristic: at 120 × 15, 10 seeds
# all fewer (2224 -> 1539 at seed 0), 1.11 -> 0.97 CPU s on average; 250 × 20
# 3.6 -> 3.4 and 6.0 -> 4.8 s. Not on larger rounds (500 × 15: 9 -> 16 s;
# 2,000 × 40 the same path); rotations keep HiGHS's defaults (not measured).
# With the hull role rows and the dive start (120 × 15, seed 0), RENS on or
# off takes the same 0.4 CPU s (893 vs 868 LP iterations): kept off.
SMALL_ROUND_OPTIONS = {"mip_heuristic_run_rens": False}
# Up to this many people to seat, a single round's role bands are their
# convex hull (rows.compact_role_rows) and HiGHS starts from the dive
# (Model.dive_start) instead of the construction: the relaxation and the MIP
# of its fractional part give a start one point from the optimum (-830 for
# -831 at 120 × 15, where the construction is -707), and HiGHS proves it
# with no long sub-MIP. Measured on a loaded machine, CPU s of place(), mean
# over seeds: 120 × 15 (87 to seat, seeds 0-4) 1.13 -> 0.68 (HiGHS 1350-1723
# -> 800-1044 LP iterations); 200 × 15 (162, seeds 0-2) 2.3 -> 2.2; 250 × 20
# (205, seeds 0-8) 3.9 -> 4.6, the dive's MIP alone 0.1-1.0 s. Either part
# alone saves nothing: the dive without the hull starts far (-811 at
# 120 × 15, 1.0 s), the hull without the dive is 1.0 s at 120 × 15,
# 2.3 -> 3.3 s at 200 × 15, 3.9 -> 4.1 s at 250 × 20.
DIVE_UP_TO = 150
# The wall-clock safety net when no time limit is given.
SAFETY_SECONDS = 600.0


def best_figures(problem: Problem, evening: Evening) -> tuple[int, int, int]:
    """(repeated encounters, visitor-rounds on a wish, visitor-rounds) of ``evening``."""
    people = problem.seating.people
    met: dict[tuple[int, int], int] = defaultdict(int)
    on_wish = rounds = 0
    for seats in evening.values():
        at: dict[int, list[int]] = defaultdict(list)
        for pid, tid in seats.items():
            if people[pid].is_visitor:
                at[tid].append(pid)
                rounds += 1
                on_wish += people[pid].wish_rank(tid) is not None
        for here in at.values():
            for pair in combinations(sorted(here), 2):
                met[pair] += 1
    repeats = sum(m - 1 for m in met.values() if m > 1)
    return repeats, on_wish, rounds


def best_message(problem: Problem, evening: Evening, step: str) -> str:
    """The step under way and the best seating so far, in words."""
    repeats, on_wish, rounds = best_figures(problem, evening)
    share = round(100 * on_wish / rounds) if rounds else 0
    best = ngettext(
        "Meilleure jusqu'ici : {n} rencontre répétée, {share} % des passages sur un souhait",
        "Meilleure jusqu'ici : {n} rencontres répétées, {share} % des passages sur un souhait",
        repeats,
    ).format(n=repeats, share=share)
    return f"{step}\n{best}"


def _history(evening: Evening, skip: int) -> dict[int, dict[int, int]]:
    history: dict[int, dict[int, int]] = defaultdict(dict)
    for r, seats in evening.items():
        if r != skip:
            for pid, tid in seats.items():
                history[pid][r] = tid
    return history


def _history_before(problem: Problem, solved: Evening, r: int) -> dict[int, dict[int, int]]:
    """The rounds solved so far and the fixed seats of the rounds after ``r``."""
    history = _history(solved, r)
    for (pid, rr), t in problem.fixed.items():
        if rr > r:
            history[pid][rr] = t
    return history


def _constructed(
    problem: Problem, r: int, seats: Mapping[int, int], seconds: float
) -> RoundOutcome:
    return RoundOutcome(
        round=r,
        seats=dict(seats),
        status="heuristic",
        optimal=False,
        gap=math.inf,
        objective=math.nan,
        bound=-math.inf,
        seconds=seconds,
        variables=0,
        constraints=0,
        revisits_allowed=False,
    )


class _Search:
    def __init__(
        self,
        problem: Problem,
        weights: Weights,
        seed: int,
        minimise_moves: bool,
        time_limit: float | None,
        progress: ProgressFn | None,
        should_stop: Callable[[], bool] | None,
        on_best: Callable[[Evening], None] | None,
    ) -> None:
        self.problem, self.weights, self.seed = problem, weights, seed
        self.minimise_moves = minimise_moves
        self.progress, self.user_stop, self.on_best = progress, should_stop, on_best
        self.started = time.perf_counter()
        self.deadline = self.started + (SAFETY_SECONDS if time_limit is None else time_limit)
        self.stopped = False  # by the facilitator
        self.cancelled = False  # progress raised Cancelled: nothing is kept
        self.out_of_time = False  # by the safety net
        self.step = ""
        self.message = ""  # the step and the best so far, in words
        self.evening: Evening = {}
        self.cost = math.inf
        self.outcomes: dict[int, RoundOutcome] = {}

    # -- stopping ---------------------------------------------------------
    def left(self) -> float:
        return self.deadline - time.perf_counter()

    def should_stop(self) -> bool:
        if self.user_stop is not None and self.user_stop():
            self.stopped = True
        if self.left() <= 0:
            self.out_of_time = True
        return self.stopped or self.out_of_time

    def tell(self, step: str) -> None:
        self.step = step
        if self.progress is None:
            return
        self.message = best_message(self.problem, self.evening, step) if self.evening else step
        done = len(self.outcomes) if self.outcomes else 0
        report(self.progress, min(done, self.problem.rounds - 1), self.problem.rounds,
               self.message)  # fmt: skip

    def keep(self, evening: Evening) -> bool:
        """Take ``evening`` when it costs less than the best so far."""
        cost = evening_cost(self.problem, evening, self.weights, minimise_moves=self.minimise_moves)
        if cost < self.cost - 1e-6:
            self.evening, self.cost = evening, cost
            if self.on_best is not None:
                self.on_best({r: dict(s) for r, s in evening.items()})
            return True
        return False

    # -- steps ------------------------------------------------------------
    def anneal(self) -> None:
        """The whole evening's local search (:mod:`katalyze.assignment.anneal`)
        from the best so far; each stage's best is kept when cheaper."""
        problem = self.problem
        stages = 1 if self.minimise_moves else len(STAGES)

        def heard(stage: int, result: Annealed) -> None:
            if self.keep(result.evening):
                self.outcomes = {
                    r: _constructed(problem, r, self.evening[r], o.seconds)
                    for r, o in self.outcomes.items()
                }
            if stage + 1 < stages:
                self.tell(step(stage + 1))

        def step(stage: int) -> str:
            return _("Amélioration de l'ensemble : étape {stage} sur {stages}…").format(
                stage=stage + 1, stages=stages
            )

        self.tell(step(0))
        anneal_stages(
            problem,
            self.weights,
            self.evening,
            seed=self.seed,
            minimise_moves=self.minimise_moves,
            should_stop=self._interrupt,
            on_stage=heard,
            on_better=self._better,
        )
        if self.cancelled:
            raise Cancelled()

    def milp(
        self,
        r: int,
        nodes: int,
        with_start: bool = True,
        no_repeats: bool = False,
        options: Mapping[str, bool | int | float | str] | None = None,
        dive: bool = False,
    ) -> bool:
        """Round ``r``'s MILP from the current seats; True if it was kept."""
        problem = self.problem
        if self.should_stop():
            return False
        self.tell(_("Tour {round} sur {rounds} : calcul…").format(
            round=r, rounds=problem.rounds))  # fmt: skip
        start = {pid: self.evening[r][pid] for pid in problem.movable(r)} if with_start else None
        try:
            outcome = solve_round(
                problem,
                r,
                _history(self.evening, r),
                self.weights,
                seed=self.seed,
                time_limit=max(0.5, self.left()),
                minimise_moves=self.minimise_moves,
                should_stop=self._interrupt,
                start_seats=start,
                node_limit=nodes,
                no_repeats=no_repeats,
                options=options,
                dive=dive,
            )
        except Cancelled:
            outcome = None
        if self.cancelled:
            raise Cancelled()
        if outcome is None:
            return False
        if outcome.status == "time_limit":
            self.out_of_time = True
        if self.keep({**self.evening, r: outcome.seats}) or (
            outcome.optimal and outcome.seats == self.evening[r]
        ):
            self.outcomes[r] = outcome
            return True
        if outcome.optimal and problem.rounds == 1:
            # As good as the best (equal cost): the proof still counts.
            self.outcomes[r] = outcome
        return False

    def _better(self, evening: Evening) -> None:
        """A better evening within the last stage: the best so far (what a
        Stop would keep), shown at once."""
        if self.keep(evening):
            self.tell(self.step)

    def _interrupt(self) -> bool:
        # Called often by HiGHS: pass the progress on (it may raise
        # Cancelled, which discards the run) and check the stop.
        try:
            if self.progress is not None:
                self.progress(min(len(self.outcomes), self.problem.rounds - 1),
                              self.problem.rounds, self.message)  # fmt: skip
        except Cancelled:
            self.cancelled = True
        return self.cancelled or self.should_stop()

    def run(self) -> list[RoundOutcome]:
        problem = self.problem
        self.tell(_("Premier placement…"))
        # Everyone seated at once (capacities, pins, no revisit), then the
        # construction with role bands and the design; the cheaper is kept.
        self.keep(first_seating(problem, self.weights))
        built = construct(problem, self.weights, self.seed)
        self.keep(built)
        if self.minimise_moves:
            # The stored seats, where they fit: fewest moves to start from.
            stored = _stored(problem, built)
            if stored is not None:
                self.keep(stored)
        seconds = time.perf_counter() - self.started
        self.outcomes = {
            r: _constructed(problem, r, self.evening[r], seconds / problem.rounds)
            for r in range(1, problem.rounds + 1)
        }
        if problem.rounds == 1:
            # A large first round is proven sooner from scratch (measured at
            # 2,000 × 40); the construction stays if HiGHS finds nothing better.
            seated = len(problem.movable(1))
            large = seated >= 1000
            people = problem.seating.people
            counted = sum(1 for p in problem.people if _counted(people[p]))
            small = SMALL_ROUND_OPTIONS if counted <= COMPACT_ROLE_ROWS_UP_TO else None
            self.milp(1, FIRST_ROUND_NODES, with_start=not large, options=small,
                      dive=seated <= DIVE_UP_TO)  # fmt: skip
        else:
            self.anneal()
            # Third meetings left (the annealing never adds one, but cannot
            # always remove those of its start): each round's MILP, where
            # "never a third time" is a constraint, from the current seats.
            if goal_units(problem, self.evening, self.weights)["third_meetings"]:
                for r in range(1, problem.rounds + 1):
                    self.milp(r, REPAIR_NODES)
        self.should_stop()  # the safety net may have cut the last step short
        if self.out_of_time:
            self.outcomes = {
                r: o if o.status == "time_limit" else _safety(o) for r, o in self.outcomes.items()
            }
        report(self.progress, problem.rounds, problem.rounds, _("Placement calculé."))
        return [self.outcomes[r] for r in range(1, problem.rounds + 1)]


def _stored(problem: Problem, built: Evening) -> Evening | None:
    """``built`` with each stored seat put back, or ``None`` when that
    overfills a table or sends a visitor back to a table."""
    evening: Evening = {}
    people = problem.seating.people
    capacity = {t.id: t.max_seats for t in problem.tables}
    for r, seats in built.items():
        evening[r] = {pid: problem.existing.get((pid, r), tid) for pid, tid in seats.items()}
        sizes: dict[int, int] = defaultdict(int)
        for tid in evening[r].values():
            sizes[tid] += 1
        if any(n > capacity[t] for t, n in sizes.items()):
            return None
    for pid in problem.people:
        if people[pid].is_visitor:
            tables = [evening[r][pid] for r in evening if pid in evening[r]]
            if len(set(tables)) < len(tables):
                return None
    return evening


def _safety(o: RoundOutcome) -> RoundOutcome:
    from dataclasses import replace

    return replace(o, status="time_limit", optimal=False)


def quick_rounds(
    problem: Problem, weights: Weights, *, seed: int = 0, progress: ProgressFn | None = None
) -> list[RoundOutcome]:
    """The demo's placement: rounds one after the other with the quick model
    of :mod:`katalyze.assignment.quick` (bounded work, no proof); a round
    it cannot seat keeps the constructive seating."""
    solved: Evening = {}
    outcomes: list[RoundOutcome] = []
    evening: Evening | None = None
    for r in range(1, problem.rounds + 1):
        report(progress, r - 1, problem.rounds,
               _("Tour {round} sur {rounds} : calcul…").format(round=r, rounds=problem.rounds))  # fmt: skip
        history = _history_before(problem, solved, r)
        outcome = solve_round(problem, r, history, weights, seed=seed, quick=True)
        if outcome is None:
            evening = evening or construct(problem, weights, seed)
            outcome = _constructed(problem, r, evening[r], 0.0)
        solved[r] = outcome.seats
        outcomes.append(outcome)
    report(progress, problem.rounds, problem.rounds, _("Placement calculé."))
    return outcomes


def search_rounds(
    problem: Problem,
    weights: Weights,
    *,
    seed: int = 0,
    minimise_moves: bool = False,
    time_limit: float | None = None,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_best: Callable[[Evening], None] | None = None,
) -> tuple[list[RoundOutcome], bool]:
    """The best evening found (one outcome per round) and whether the
    facilitator stopped the search (the seats are then the best so far)."""
    search = _Search(
        problem, weights, seed, minimise_moves, time_limit, progress, should_stop, on_best
    )
    outcomes = search.run()
    # Every outcome carries the best evening's seats.
    outcomes = [
        o if o.seats == search.evening[o.round] else _constructed(problem, o.round,
                                                                    search.evening[o.round],
                                                                    o.seconds)
        for o in outcomes
    ]  # fmt: skip
    return outcomes, search.stopped
