"""The board of tables of a round, as plain data for the Répartition screen (pure)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from katalyze.assignment.rules import Violation, check_seating
from katalyze.assignment.snapshot import PersonFacts, SeatInfo, Seating
from katalyze.i18n import _
from katalyze.text import fold
from katalyze.vocabulary import NEED_MET_BY, NEEDS


@dataclass(frozen=True)
class BoardPerson:
    id: int
    name: str
    first_name: str
    last_name: str
    organisation: str
    role_key: str
    role_label: str
    role_colour: str
    is_staff: bool
    is_visitor: bool
    wish_rank: int | None
    locked: bool
    pinned: bool
    home: bool
    present: bool
    offers: tuple[str, ...]


@dataclass(frozen=True)
class RoleCount:
    key: str
    label: str
    colour: str
    count: int


@dataclass(frozen=True)
class BoardTable:
    project_id: int
    table: str
    table_number: int
    title: str
    min_seats: int
    max_seats: int
    people: tuple[BoardPerson, ...]
    role_counts: tuple[RoleCount, ...]
    needs: tuple[str, ...]
    needs_covered: tuple[str, ...]
    needs_missing: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.people)

    @property
    def need_labels(self) -> dict[str, str]:
        return {n: NEEDS.get(n, n) for n in self.needs}


@dataclass(frozen=True)
class Board:
    round: int
    rounds: int
    tables: tuple[BoardTable, ...]
    unseated: tuple[BoardPerson, ...]
    violations: tuple[Violation, ...]

    @property
    def seated_count(self) -> int:
        return sum(t.size for t in self.tables)


def _board_person(p: PersonFacts, seat: SeatInfo | None) -> BoardPerson:
    return BoardPerson(
        id=p.id,
        name=p.name,
        first_name=p.first_name,
        last_name=p.last_name,
        organisation=p.organisation,
        role_key=p.role_key,
        role_label=p.role_label,
        role_colour=p.role_colour,
        is_staff=p.is_staff,
        is_visitor=p.is_visitor,
        wish_rank=p.wish_rank(seat.project_id) if seat else None,
        locked=bool(seat and seat.locked),
        pinned=bool(seat and seat.pinned)
        or (seat is not None and p.home_project_id == seat.project_id),
        home=p.home_project_id is not None,
        present=p.present,
        offers=p.offers,
    )


def _person_order(p: BoardPerson) -> tuple[int, str, str, int]:
    return (0 if p.home else 1, fold(p.last_name), fold(p.first_name), p.id)


def needs_covered(needs: Iterable[str], offers: Iterable[str]) -> tuple[str, ...]:
    """The needs among ``needs`` that one of ``offers`` meets."""
    offered = set(offers)
    return tuple(n for n in needs if NEED_MET_BY.get(n, frozenset()) & offered)


def build_board(seating: Seating, round: int) -> Board:
    """The board of tables of ``round`` from a snapshot (pure, instant)."""
    by_table: dict[int, list[BoardPerson]] = defaultdict(list)
    offers_at: dict[int, set[str]] = defaultdict(set)
    seated: set[int] = set()
    for s in seating.seats_of_round(round):
        person = seating.people.get(s.participant_id)
        if person is None or seating.table(s.project_id) is None:
            continue
        by_table[s.project_id].append(_board_person(person, s))
        seated.add(person.id)
        if person.is_visitor:
            offers_at[s.project_id].update(person.offers)
    tables = []
    for t in seating.tables:
        people = tuple(sorted(by_table.get(t.id, ()), key=_person_order))
        counts: dict[str, RoleCount] = {}
        for p in people:
            key = p.role_key or ""
            old = counts.get(key)
            counts[key] = RoleCount(
                key, p.role_label or _("Sans rôle"), p.role_colour, (old.count if old else 0) + 1
            )
        covered = needs_covered(t.needs, offers_at.get(t.id, ()))
        tables.append(
            BoardTable(
                project_id=t.id,
                table=t.table,
                table_number=t.table_number,
                title=t.title,
                min_seats=t.min_seats,
                max_seats=t.max_seats,
                people=people,
                role_counts=tuple(sorted(counts.values(), key=lambda c: (-c.count, c.label))),
                needs=t.needs,
                needs_covered=covered,
                needs_missing=tuple(n for n in t.needs if n not in covered),
            )
        )
    unseated = tuple(
        sorted(
            (
                _board_person(p, None)
                for p in seating.people.values()
                if p.id not in seated and seating.expected(p)
            ),
            key=_person_order,
        )
    )
    return Board(
        round=round,
        rounds=seating.rounds,
        tables=tuple(tables),
        unseated=unseated,
        violations=tuple(check_seating(seating, round)),
    )
