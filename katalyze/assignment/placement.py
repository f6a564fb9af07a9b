"""Placing everyone: solve, write the seats in one transaction, report."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import delete, select

from katalyze.assignment.problem import Problem, Weights, load_weights, problem_from_seating
from katalyze.assignment.report import PlacementReport, RoundStatus, build_report
from katalyze.assignment.rotations import repeat_lower_bound
from katalyze.assignment.search import Evening, quick_rounds, search_rounds
from katalyze.assignment.seats import SeatInfo, Seating, add_seats, seating_in
from katalyze.assignment.wish_bound import wish_bound
from katalyze.changes import publishes
from katalyze.db import Database
from katalyze.db.models import Event, Seat
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _
from katalyze.progress import ProgressFn


def _throttled(progress: ProgressFn | None, every: float = 0.2) -> ProgressFn | None:
    """Pass progress on at most every ``every`` seconds (HiGHS calls back often)."""
    if progress is None:
        return None
    last = [0.0]

    def call(done: int, total: int, message: str = "") -> None:
        now = time.perf_counter()
        if done >= total or now - last[0] >= every:
            last[0] = now
            progress(done, total, message)

    return call


@publishes("seats", "event")
def place(
    db: Database,
    rounds: int = 1,
    present_only: bool = True,
    seed: int = 0,
    weights: Weights | None = None,
    minimise_moves: bool = False,
    time_limit: float | None = None,
    progress: ProgressFn | None = None,
    quick: bool = False,
    should_stop: Callable[[], bool] | None = None,
    on_best: Callable[[Evening], None] | None = None,
) -> PlacementReport:
    """Seat everyone for rounds ``1..rounds`` and write the seats.

    Unlocked, unpinned seats of those rounds are replaced (seats of later
    rounds are removed: the evening now has ``rounds`` rounds); locked and
    pinned seats stay. ``weights`` given here are stored in the event
    settings (``placement_weights``) when they differ from the defaults.
    Raises :class:`~katalyze.errors.Cancelled` (nothing written) when
    ``progress`` raises it. ``should_stop`` returning True ends the search
    early and keeps (writes) the best seating so far; ``on_best`` hears each
    better evening while the search runs. ``quick`` (the demo) gives up the
    optimality proof on large evenings. Work, not time, decides the seats
    (:mod:`katalyze.assignment.search`); ``time_limit`` is a safety net. The
    seed is stored in the event settings (``placement_seed``), so the CLI
    and the screen record it the same way. One transaction; publishes
    ``Changes.of("seats", "event")``.
    """
    started = time.perf_counter()
    with db.sessions.begin() as session:
        seating = seating_in(session)
    if weights is None:
        weights = load_weights(db)
    problem = problem_from_seating(seating, rounds, present_only)
    stopped = False
    if quick:
        outcomes = quick_rounds(problem, weights, seed=seed, progress=_throttled(progress))
    else:
        outcomes, stopped = search_rounds(
            problem,
            weights,
            seed=seed,
            minimise_moves=minimise_moves,
            time_limit=time_limit,
            progress=_throttled(progress),
            should_stop=should_stop,
            on_best=on_best,
        )
    if progress is not None:
        progress(rounds, rounds, _("Enregistrement des places…"))

    new_seats: list[SeatInfo] = []
    for outcome in outcomes:
        for pid, tid in sorted(outcome.seats.items()):
            pinned, locked = problem.flags.get((pid, outcome.round), (False, False))
            new_seats.append(SeatInfo(pid, tid, outcome.round, pinned, locked))

    with db.sessions.begin() as session:
        session.execute(delete(Seat).where(Seat.round >= 1))
        keep_other = [s for s in seating.seats if s.round > rounds and s.locked]
        written = (*new_seats, *keep_other)  # by round, as seating_in reads them
        add_seats(session, written)
        event = event_in(session)
        settings = dict(event.settings or {})
        settings["rounds"] = max(rounds, max((s.round for s in keep_other), default=0))
        settings["placement_seed"] = int(seed)
        if weights != Weights() or "placement_weights" in settings:
            settings["placement_weights"] = weights.to_dict()
        event.settings = settings
    # The seating just written, without reading it back (the people and
    # tables are those the seats were computed for; 12-20 ms and a third of
    # place()'s allocations at 120 × 15).
    stored = replace(seating, seats=written, rounds=max(settings["rounds"], 1))

    statuses = tuple(
        RoundStatus(
            round=o.round,
            status="stopped" if stopped and not o.optimal else o.status,
            optimal=o.optimal,
            gap=o.gap,
            seconds=o.seconds,
            variables=o.variables,
            constraints=o.constraints,
            revisits_allowed=o.revisits_allowed,
        )
        for o in outcomes
    )
    return _report(stored, problem, statuses, time.perf_counter() - started, weights)


def _report(
    seating: Seating,
    problem: Problem,
    statuses: tuple[RoundStatus, ...],
    seconds: float,
    weights: Weights,
) -> PlacementReport:
    per_pair, total = repeat_lower_bound(problem)
    return build_report(
        seating,
        problem.rounds,
        population=set(problem.people),
        lower_bound=total,
        lower_bound_per_pair=per_pair,
        statuses=statuses,
        seconds=seconds,
        weights=weights.to_dict(),
        wishes=wish_bound(problem),
    )


def quality_report(db: Database) -> PlacementReport:
    """The report of the stored seats (after hand moves, late arrivals...)."""
    started = time.perf_counter()
    with db.sessions.begin() as session:
        seating = seating_in(session)
        event = session.scalar(select(Event).limit(1))
        stored = (event.settings or {}).get("placement_weights") if event else None
    weights = Weights.from_dict(stored if isinstance(stored, dict) else None)
    rounds = seating.rounds
    seated = {s.participant_id for s in seating.seats if s.round <= rounds}
    # The people seated at least once, plus those who should be (present, or
    # everyone registered before the doors open).
    expected = {p.id for p in seating.people.values() if seating.expected(p)}
    try:
        problem = problem_from_seating(seating, rounds, present_only=seating.any_checked_in)
        per_pair, total = repeat_lower_bound(problem)
        wishes = wish_bound(problem)
    except UserError:
        per_pair = total = 0
        wishes = None
    statuses = tuple(
        RoundStatus(round=r, status="stored", optimal=False, gap=None, seconds=0.0)
        for r in range(1, rounds + 1)
    )
    return build_report(
        seating,
        rounds,
        population=seated | expected,
        lower_bound=total,
        lower_bound_per_pair=per_pair,
        statuses=statuses,
        seconds=time.perf_counter() - started,
        weights=weights.to_dict(),
        wishes=wishes,
    )
