"""The most visitor-rounds on a wish any placement could give (the report's yardstick)."""

from __future__ import annotations

import itertools

from katalyze.assignment.problem import problem_from_seating
from katalyze.assignment.snapshot import PersonFacts, SeatInfo, Seating, TableFacts
from katalyze.assignment.wish_bound import wish_bound


def _person(pid: int, wishes: tuple[int, ...], home: int | None = None) -> PersonFacts:
    return PersonFacts(
        id=pid,
        first_name=f"P{pid}",
        last_name="",
        organisation="",
        role_key="citoyen",
        role_label="Citoyen·ne",
        role_colour="#888888",
        is_staff=False,
        home_project_id=home,
        wishes=wishes,
        offers=(),
        present=True,
        cancelled=False,
    )


def _table(tid: int, seats: int) -> TableFacts:
    return TableFacts(tid, tid, str(tid), f"Projet {tid}", 0, seats, (), "")


def _seating(people: list[PersonFacts], tables: list[TableFacts], seats=()) -> Seating:
    return Seating({p.id: p for p in people}, tuple(tables), tuple(seats), rounds=1)


def _brute_force(people: list[PersonFacts], tables: list[TableFacts], rounds: int) -> int:
    """Every placement of the visitors, checked one by one (tiny cases only)."""
    visitors = [p for p in people if p.home_project_id is None]
    homes = {t.id: sum(1 for p in people if p.home_project_id == t.id) for t in tables}
    best = 0
    ids = [t.id for t in tables]
    for rows in itertools.product(itertools.permutations(ids, rounds), repeat=len(visitors)):
        fits = all(
            sum(1 for row in rows if row[r] == t.id) + homes[t.id] <= t.max_seats
            for r in range(rounds)
            for t in tables
        )
        if fits:
            hits = sum(
                1 for p, row in zip(visitors, rows, strict=True) for t in row if t in p.wishes
            )
            best = max(best, hits)
    return best


def test_one_popular_table_for_three_people() -> None:
    people = [_person(1, (10,)), _person(2, (10,)), _person(3, (10, 11))]
    tables = [_table(10, 1), _table(11, 2), _table(12, 3)]
    for rounds, expected in ((1, 2), (2, 3), (3, 4)):
        bound = wish_bound(problem_from_seating(_seating(people, tables), rounds, False))
        assert bound.attainable == expected == _brute_force(people, tables, rounds), rounds
        assert bound.visitor_rounds == 3 * rounds
        assert bound.without_wish == 0


def test_holders_take_seats_and_locks_count() -> None:
    # A holder at table 10 leaves one seat there; person 2 is locked at table
    # 11 in round 1 (not a wish of theirs).
    people = [
        _person(1, (10, 11)),
        _person(2, (10, 12)),
        _person(3, ()),
        _person(9, (), home=10),
    ]
    tables = [_table(10, 2), _table(11, 2), _table(12, 2)]
    locked = [SeatInfo(2, 11, 1, False, True)]
    problem = problem_from_seating(_seating(people, tables, locked), 2, False)
    bound = wish_bound(problem)
    # Round 1: one seat at 10 -> person 1 there (2 is locked at 11); round 2:
    # person 1 at 11, person 2 at 10 (or 12): 3 hits; person 3 wished nothing.
    assert bound.attainable == 3
    assert bound.without_wish == 1
    assert bound.expressed == 4
    assert bound.visitor_rounds == 6


def test_random_small_cases_match_brute_force() -> None:
    import random

    rng = random.Random(7)
    for _ in range(25):
        tables = [_table(10 + i, rng.randint(1, 3)) for i in range(3)]
        people = [
            _person(i, tuple(rng.sample([10, 11, 12], rng.randint(0, 3)))) for i in range(1, 4)
        ]
        rounds = rng.randint(1, 2)
        if sum(t.max_seats for t in tables) < len(people):
            continue
        bound = wish_bound(problem_from_seating(_seating(people, tables), rounds, False))
        assert bound.attainable == _brute_force(people, tables, rounds)


def test_fractional_relaxation_falls_back_to_the_integer_program() -> None:
    # On this case the linear relaxation's optimum is fractional (found by a
    # random search): the bound must still be the true integer optimum.
    people = [_person(1, (12, 10)), _person(2, (10, 11)), _person(3, (10, 12))]
    tables = [_table(10, 1), _table(11, 2), _table(12, 1)]
    bound = wish_bound(problem_from_seating(_seating(people, tables), 3, False))
    assert bound.attainable == _brute_force(people, tables, 3) == 6
