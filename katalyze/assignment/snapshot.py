"""Seating snapshots: people, tables and seats of every round as plain data."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from katalyze.db import Database
from katalyze.db.models import CheckIn, Event, Participant, Project, Role, Seat, Wish
from katalyze.text import fold


@dataclass(frozen=True)
class SeatInfo:
    """One seat: ``participant_id`` sits at ``project_id``'s table in ``round`` (1-based)."""

    participant_id: int
    project_id: int
    round: int
    pinned: bool = False
    locked: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "participant_id": self.participant_id,
            "project_id": self.project_id,
            "round": self.round,
            "pinned": self.pinned,
            "locked": self.locked,
        }


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need to know about a participant."""

    id: int
    first_name: str
    last_name: str
    organisation: str
    role_key: str
    role_label: str
    role_colour: str
    is_staff: bool
    home_project_id: int | None
    wishes: tuple[int, ...]
    offers: tuple[str, ...]
    present: bool
    cancelled: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or f"n° {self.id}"

    @property
    def org_key(self) -> str:
        return fold(self.organisation)

    @property
    def is_visitor(self) -> bool:
        """Visitors move between tables; holders and hosts stay at home."""
        return self.home_project_id is None

    def wish_rank(self, project_id: int) -> int | None:
        """1 for the first wish, ``None`` when the project is not wished."""
        try:
            return self.wishes.index(project_id) + 1
        except ValueError:
            return None


@dataclass(frozen=True)
class TableFacts:
    """What the rules need to know about a table (a project)."""

    id: int
    table_number: int
    table: str
    title: str
    min_seats: int
    max_seats: int
    needs: tuple[str, ...]
    lead_organisation: str

    @property
    def lead_key(self) -> str:
        return fold(self.lead_organisation)


@dataclass(frozen=True)
class Seating:
    """A snapshot of the evening's seating: people, tables and every seat.

    ``seats`` may hold two seats for one person and round (only a hand-made
    snapshot can): :func:`check_seating` reports it.
    """

    people: Mapping[int, PersonFacts]
    tables: tuple[TableFacts, ...]
    seats: tuple[SeatInfo, ...]
    rounds: int
    any_checked_in: bool = False
    _by_table: Mapping[int, TableFacts] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self._by_table:
            object.__setattr__(self, "_by_table", {t.id: t for t in self.tables})

    def table(self, project_id: int) -> TableFacts | None:
        return self._by_table.get(project_id)

    def seats_of_round(self, round: int) -> list[SeatInfo]:
        return [s for s in self.seats if s.round == round]

    def seat_of(self, participant_id: int, round: int) -> SeatInfo | None:
        for s in self.seats:
            if s.participant_id == participant_id and s.round == round:
                return s
        return None

    def expected(self, person: PersonFacts) -> bool:
        """Should this person have a seat? Present people once the doors opened,
        every registered person before (pre-assignment)."""
        if person.cancelled:
            return False
        return person.present or not self.any_checked_in

    def with_move(self, participant_id: int, round: int, project_id: int | None) -> Seating:
        """A copy where the person sits at ``project_id`` in ``round`` (None: unseated)."""
        old = self.seat_of(participant_id, round)
        kept = tuple(
            s for s in self.seats if not (s.participant_id == participant_id and s.round == round)
        )
        if project_id is None:
            return replace(self, seats=kept)
        if old is None:
            new = SeatInfo(participant_id, project_id, round)
        else:
            new = replace(
                old, project_id=project_id, pinned=old.pinned and old.project_id == project_id
            )
        return replace(self, seats=(*kept, new))

    def with_flags(
        self,
        participant_id: int,
        round: int,
        *,
        locked: bool | None = None,
        pinned: bool | None = None,
    ) -> Seating:
        """A copy with the seat's lock or pin changed (no seat: unchanged)."""
        seats = []
        for s in self.seats:
            if s.participant_id == participant_id and s.round == round:
                s = replace(
                    s,
                    locked=s.locked if locked is None else locked,
                    pinned=s.pinned if pinned is None else pinned,
                )
            seats.append(s)
        return replace(self, seats=tuple(seats))


def _seat_info(seat: Seat) -> SeatInfo:
    return SeatInfo(seat.participant_id, seat.project_id, seat.round, seat.pinned, seat.locked)


def list_seats(db: Database, round: int | None = None) -> list[SeatInfo]:
    """Every stored seat (of one round if given), by round then participant."""
    with db.sessions.begin() as session:
        query = select(Seat).order_by(Seat.round, Seat.participant_id)
        if round is not None:
            query = query.where(Seat.round == round)
        return [_seat_info(s) for s in session.scalars(query)]


def list_seats_json(db: Database) -> list[dict[str, object]]:
    """Every seat as ``katalyze list seats --json`` prints it."""
    return [s.to_json() for s in list_seats(db)]


def stored_rounds(db: Database) -> int:
    """The number of rounds of the evening: the setting, else the seats, else 1."""
    with db.sessions.begin() as session:
        return _rounds_in(session)


def _rounds_in(session) -> int:  # type: ignore[no-untyped-def]
    event = session.scalar(select(Event).limit(1))
    from_settings = 0
    if event is not None:
        try:
            from_settings = int((event.settings or {}).get("rounds") or 0)
        except (TypeError, ValueError):
            from_settings = 0

    from_seats = session.scalar(select(func.max(Seat.round))) or 0
    return max(from_settings, from_seats, 1)


def load_seating(db: Database) -> Seating:
    """One consistent snapshot of people, tables and seats."""
    with db.sessions.begin() as session:
        return seating_in(session)


def seating_in(session) -> Seating:  # type: ignore[no-untyped-def]
    roles = {r.id: r for r in session.scalars(select(Role))}
    checked = set(session.scalars(select(CheckIn.participant_id)))
    wishes: dict[int, list[int]] = defaultdict(list)
    for w in session.scalars(select(Wish).order_by(Wish.participant_id, Wish.rank)):
        wishes[w.participant_id].append(w.project_id)
    people: dict[int, PersonFacts] = {}
    for p in session.scalars(select(Participant).order_by(Participant.id)):
        role = roles.get(p.role_id) if p.role_id is not None else None
        people[p.id] = PersonFacts(
            id=p.id,
            first_name=p.first_name,
            last_name=p.last_name,
            organisation=p.organisation,
            role_key=role.key if role else "",
            role_label=role.label if role else "",
            role_colour=role.colour if role else "#888888",
            is_staff=bool(role and role.is_staff),
            home_project_id=p.home_project_id,
            wishes=tuple(wishes.get(p.id, ())),
            offers=tuple(p.offers or ()),
            present=p.id in checked,
            cancelled=p.cancelled,
        )
    tables = tuple(
        TableFacts(
            id=t.id,
            table_number=t.table_number,
            table=t.table_label or str(t.table_number),
            title=t.title,
            min_seats=t.min_seats,
            max_seats=t.max_seats,
            needs=tuple(t.needs or ()),
            lead_organisation=t.lead_organisation,
        )
        for t in session.scalars(select(Project).order_by(Project.table_number))
    )
    seats = tuple(
        _seat_info(s) for s in session.scalars(select(Seat).order_by(Seat.round, Seat.id))
    )
    return Seating(
        people=people,
        tables=tables,
        seats=seats,
        rounds=_rounds_in(session),
        any_checked_in=bool(checked),
    )
