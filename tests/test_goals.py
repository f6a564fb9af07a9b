"""Goals defined once (issue 15): on random small evenings, every change the
incremental state predicts equals cost(after) - cost(before) counted from
scratch, and a round's MILP prices a fixed seating as the evening cost does
(up to a constant: the parts of the evening the round does not touch)."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from katalyze.assignment import solver
from katalyze.assignment.goal_state import EveningState
from katalyze.assignment.goals import HARD_GOALS, evening_cost, goal_units
from katalyze.assignment.milp import Model
from katalyze.assignment.problem import Problem, Weights, problem_from_seating
from katalyze.assignment.seats import PersonFacts, SeatInfo, Seating, TableFacts
from katalyze.vocabulary import NEEDS, OFFERS

EXAMPLES = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
ROLES = ("porteur", "financeur", "elu", "")


def _problem(seed: int, rounds: int, people: int, tables: int) -> Problem:
    rng = random.Random(seed)
    table_facts = tuple(
        TableFacts(
            id=10 + t,
            table_number=t + 1,
            table=str(t + 1),
            title=f"Projet {t}",
            min_seats=rng.choice((0, 0, 2, 3)),
            max_seats=rng.randint(3, 6),
            needs=tuple(rng.sample(sorted(NEEDS), rng.randint(0, 2))),
            lead_organisation=rng.choice(("Alpha", "Beta", "")),
        )
        for t in range(tables)
    )
    ids = [t.id for t in table_facts]
    persons = {}
    homes = 0
    for i in range(1, people + 1):
        home = None
        if rng.random() < 0.15 and homes < tables:
            home = ids[homes]
            homes += 1
        persons[i] = PersonFacts(
            id=i,
            first_name=f"P{i}",
            last_name="",
            organisation=rng.choice(("Alpha", "Beta", "Gamma", "", "")),
            role_key=rng.choice(ROLES),
            role_label="r",
            role_colour="",
            is_staff=rng.random() < 0.1,
            home_project_id=home,
            wishes=tuple(rng.sample(ids, rng.randint(0, min(3, tables)))),
            offers=tuple(rng.sample(sorted(OFFERS), rng.randint(0, 2))),
            present=True,
            cancelled=False,
        )
    capacity = sum(t.max_seats for t in table_facts)
    if capacity < people:
        table_facts = tuple(
            TableFacts(**{**t.__dict__, "max_seats": t.max_seats + people}) for t in table_facts
        )
    existing = tuple(SeatInfo(i, rng.choice(ids), r) for i in persons for r in range(1, rounds + 1))
    seating = Seating(people=persons, tables=table_facts, seats=existing, rounds=rounds)
    return problem_from_seating(seating, rounds, present_only=False)


def _random_round(problem: Problem, r: int, rng: random.Random) -> dict[int, int]:
    seats = dict(problem.fixed_in(r))
    free = {t.id: t.max_seats for t in problem.tables}
    for t in seats.values():
        free[t] -= 1
    for pid in problem.movable(r):
        tid = rng.choice([t for t, n in free.items() if n > 0])
        seats[pid] = tid
        free[tid] -= 1
    return seats


def random_evening(seed: int, rounds: int, people: int, tables: int):  # type: ignore[no-untyped-def]
    """A random problem, weights and evening, and the generator to draw more from."""
    problem = _problem(seed, rounds, people, tables)
    rng = random.Random(seed)
    weights = _weights(rng)
    evening = {r: _random_round(problem, r, rng) for r in range(1, rounds + 1)}
    return problem, weights, evening, rng


def _weights(rng: random.Random) -> Weights:
    names = ("wish_1", "wish_2", "fairness", "need", "role", "colleague", "repeat", "revisit")
    return Weights(**{n: float(rng.randint(0, 12)) for n in names}, move=3.0)


def _check(state: EveningState, problem: Problem, weights: Weights, moves: bool) -> None:
    evening = state.evening()
    assert state.cost == pytest.approx(
        evening_cost(problem, evening, weights, minimise_moves=moves), abs=1e-6
    )
    units = goal_units(problem, evening, weights, minimise_moves=moves)
    assert state.hard == {g: units[g] for g in HARD_GOALS}


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    rounds=st.integers(1, 3),
    people=st.integers(2, 14),
    tables=st.integers(2, 4),
    moves=st.booleans(),
)
def test_every_change_is_the_difference_of_the_evening_costs(
    seed: int, rounds: int, people: int, tables: int, moves: bool
) -> None:
    problem, weights, evening, rng = random_evening(seed, rounds, people, tables)
    state = EveningState(problem, weights, evening, minimise_moves=moves)
    _check(state, problem, weights, moves)
    ids = [t.id for t in problem.tables]
    for _step in range(12):
        r = rng.randint(1, rounds)
        seats = state.seat[r]
        pid = rng.choice(sorted(seats))
        before = state.cost, dict(state.hard)
        if rng.random() < 0.5:
            others = [q for q in sorted(seats) if seats[q] != seats[pid]]
            if not others:
                continue
            q = rng.choice(others)
            change = state.swap_change(r, pid, q)
            state.swap(r, pid, q)
        else:
            b = rng.choice([t for t in ids if t != seats[pid]])
            change = state.move_change(r, pid, b)
            state.move(r, pid, b)
        assert state.cost - before[0] == pytest.approx(change[0], abs=1e-6)
        for i, goal in enumerate(("roles", "third_meetings", "revisits"), start=1):
            assert state.hard[goal] - before[1][goal] == change[i]
        _check(state, problem, weights, moves)


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    rounds=st.integers(1, 3),
    people=st.integers(2, 12),
    tables=st.integers(2, 4),
)
def test_one_more_person_costs_what_the_evening_says(
    seed: int, rounds: int, people: int, tables: int
) -> None:
    """The late arrival's cost of table t: the evening with the person at t
    minus the evening without them in that round."""
    problem, weights, evening, rng = random_evening(seed, rounds, people, tables)
    late = rng.choice(problem.people)
    late_rounds = rng.sample(range(1, rounds + 1), rng.randint(1, rounds))
    for r in late_rounds:
        del evening[r][late]
    state = EveningState(problem, weights, evening)
    for r in sorted(late_rounds):
        base = evening_cost(problem, state.evening(), weights)
        changes = state.late_changes(r, late)
        sizes = {t.id: sum(1 for s in state.seat[r].values() if s == t.id) for t in problem.tables}
        assert set(changes) == {t.id for t in problem.tables if sizes[t.id] < t.max_seats}
        for t in problem.tables:
            cost = state.add_change(r, late, t.id)[0]
            with_late = state.evening()
            with_late[r] = {**with_late[r], late: t.id}
            assert cost == pytest.approx(evening_cost(problem, with_late, weights) - base, abs=1e-6)
            if t.id in changes:
                assert changes[t.id][0] == cost
        state.move(r, late, rng.choice(problem.tables).id)
        _check(state, problem, weights, False)


@EXAMPLES
@given(
    seed=st.integers(0, 10_000),
    rounds=st.integers(1, 3),
    people=st.integers(3, 12),
    tables=st.integers(2, 4),
)
def test_milp_prices_a_fixed_round_as_the_evening_cost(
    seed: int, rounds: int, people: int, tables: int
) -> None:
    """A round's model (every column allowed, the goals soft), its seats
    fixed, HiGHS pricing the rest: its objective differs from the evening
    cost by the same constant for every seating of that round."""
    problem = _problem(seed, rounds, people, tables)
    rng = random.Random(seed)
    weights = _weights(rng)
    moves = rng.random() < 0.5
    evening = {r: _random_round(problem, r, rng) for r in range(1, rounds + 1)}
    r = rng.randint(1, rounds)
    history: dict[int, dict[int, int]] = {}
    for rr, seats in evening.items():
        if rr != r:
            for pid, tid in seats.items():
                history.setdefault(pid, {})[rr] = tid
    differences = []
    for _sample in range(4):
        chosen = _random_round(problem, r, rng)
        objective = _fixed_objective(problem, r, history, weights, chosen, moves)
        cost = evening_cost(problem, {**evening, r: chosen}, weights, minimise_moves=moves)
        differences.append(objective - cost)
    assert max(differences) - min(differences) == pytest.approx(0.0, abs=1e-6)


def _fixed_objective(
    problem: Problem,
    r: int,
    history: dict[int, dict[int, int]],
    weights: Weights,
    chosen: dict[int, int],
    moves: bool,
    dive: bool = False,
) -> float:
    """The round model's objective with ``x`` fixed to ``chosen`` (``dive``:
    the small round's model, role bands as their hull)."""
    captured: dict[str, object] = {}
    real_solve = Model.solve

    def fixed(self, **kwargs):  # type: ignore[no-untyped-def]
        if self is not captured.get("model"):
            return real_solve(self, **kwargs)
        for (pid, tid), col in captured["x"].items():  # type: ignore[union-attr]
            self.lower[col] = self.upper[col] = 1.0 if chosen[pid] == tid else 0.0
        kwargs["start"] = None
        return real_solve(self, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        real_rows = solver.encounter_rows

        def spy(problem, round, model, x, *args, **kwargs):  # type: ignore[no-untyped-def]
            captured["model"], captured["x"] = model, x
            return real_rows(problem, round, model, x, *args, **kwargs)

        patch.setattr(solver, "encounter_rows", spy)
        patch.setattr(Model, "solve", fixed)
        outcome = solver._solve(
            problem,
            r,
            history,
            weights,
            seed=0,
            time_limit=None,
            minimise_moves=moves,
            allow_revisits=True,
            hard_roles=False,
            should_stop=None,
            on_improved=None,
            node_limit=10_000,
            dive=dive,
        )
    assert outcome is not None and outcome.seats == chosen
    return outcome.objective
