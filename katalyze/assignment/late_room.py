"""What a late arrival's choice needs to know, read in a few aggregated queries.

A late arrival must answer in milliseconds on a large evening (1,500 people,
100 tables), so nothing here loads every seat or every participant: the
tables of each round are read as counts grouped by round, table and role
(with the arrival's colleagues and the offers that would cover a table's
needs counted in the same query), and the people the arrival would meet
again are read only for the few tables the choice looks at
(:func:`read_mates`). Plain Core queries, no ORM objects: the same SQL on
SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, String, and_, bindparam, case, cast, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from katalyze.assignment.rules import role_band
from katalyze.db.models import Participant, Project, Role, Seat, Wish
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.text import fold
from katalyze.vocabulary import NEED_MET_BY


@dataclass(frozen=True)
class Arrival:
    """The person to seat, as the goals see them."""

    id: int
    org: str  # folded organisation ("" when none)
    role: str  # role key, "" when the role is not spread (none, or staff)
    home: int | None
    offers: frozenset[str]
    wishes: tuple[int, ...]

    @property
    def visitor(self) -> bool:
        """Visitors move between tables; holders and hosts stay at home."""
        return self.home is None

    def wish_rank(self, project_id: int) -> int | None:
        return self.wishes.index(project_id) + 1 if project_id in self.wishes else None


@dataclass(frozen=True)
class Table:
    """A table as the goals see it."""

    id: int
    number: int
    max_seats: int
    min_seats: int
    needs: tuple[str, ...]
    holders: frozenset[str]  # folded organisations whose people may sit together here


@dataclass
class Here:
    """What is at one table in one round before the arrival sits down."""

    table: Table
    seated: int = 0
    roles: dict[str, int] = field(default_factory=dict)  # spread roles only
    colleagues: int = 0  # people of the arrival's organisation
    offered: set[str] = field(default_factory=set)  # offers of visitors, among those that matter
    band: tuple[int, int] | None = None  # the arrival's band change here, once computed

    @property
    def free(self) -> bool:
        return self.seated < self.table.max_seats


@dataclass
class Room:
    """One round: every table, and the role totals the bands are shares of
    (the people seated in this round, the arrival included)."""

    round: int
    here: dict[int, Here]
    role_totals: dict[str, int]
    population: int
    _bands: dict[int, dict[str, tuple[int, int]]] = field(default_factory=dict, repr=False)
    _moves: dict[int, list[str]] = field(default_factory=dict, repr=False)

    def bands(self, size: int) -> dict[str, tuple[int, int]]:
        """role -> (floor, ceiling) at a table of ``size`` spread people."""
        if size not in self._bands:
            self._bands[size] = {
                key: role_band(total, size, self.population)
                for key, total in sorted(self.role_totals.items())
            }
        return self._bands[size]

    def moving(self, size: int) -> list[str]:
        """The roles whose band is not the same at ``size`` and ``size + 1``."""
        if size not in self._moves:
            now, then = self.bands(size), self.bands(size + 1)
            self._moves[size] = [key for key in now if now[key] != then[key]]
        return self._moves[size]


# The statements are built once (bound parameters for the values): building
# and keying a statement costs more than running it on a large evening.
_ARRIVAL = (
    select(
        Participant.first_name,
        Participant.last_name,
        Participant.organisation,
        Participant.home_project_id,
        Participant.offers,
        Participant.cancelled,
        Role.key,
        Role.is_staff,
    )
    .outerjoin(Role, Role.id == Participant.role_id)
    .where(Participant.id == bindparam("pid"))
)
_WISHES = select(Wish.project_id).where(Wish.participant_id == bindparam("pid")).order_by(Wish.rank)
_OWN_SEATS = select(Seat.round, Seat.project_id, Seat.pinned, Seat.locked).where(
    Seat.participant_id == bindparam("pid")
)
_TABLES = select(
    Project.id,
    Project.table_number,
    Project.max_seats,
    Project.min_seats,
    Project.needs,
    Project.lead_organisation,
).order_by(Project.table_number)
_ROLES = select(Role.id, Role.key, Role.is_staff).order_by(Role.id)
_ORGANISATIONS = select(Participant.organisation).distinct()
_MINE, _THEIRS = aliased(Seat), aliased(Seat)
_MATES = (
    select(_THEIRS.participant_id, _THEIRS.round, _THEIRS.project_id)
    .select_from(_MINE)
    .join(Participant, Participant.id == _MINE.participant_id)
    .join(_THEIRS, _THEIRS.participant_id == _MINE.participant_id)
    .where(
        _MINE.round == bindparam("round"),
        _MINE.project_id == bindparam("table"),
        Participant.home_project_id.is_(None),
        _THEIRS.round.in_(bindparam("others", expanding=True)),
    )
)


def read_arrival(session: Session, participant_id: int) -> Arrival:
    """The arrival's own rows; a sentence when they cannot be seated."""
    row = session.connection().execute(_ARRIVAL, {"pid": participant_id}).first()
    if row is None:
        raise UserError(
            _("Le participant n° {participant_id} n'existe pas.").format(
                participant_id=participant_id
            )
        )
    if row.cancelled:
        raise UserError(
            _(
                "L'inscription de {first_name} {last_name} est annulée : rétablissez-la avant de "
                "lui donner une place."
            ).format(first_name=row.first_name, last_name=row.last_name)
        )
    wishes = session.connection().execute(_WISHES, {"pid": participant_id}).scalars()
    return Arrival(
        id=participant_id,
        org=fold(row.organisation),
        role=row.key if row.key and not row.is_staff else "",
        home=row.home_project_id,
        offers=frozenset(row.offers or ()),
        wishes=tuple(wishes),
    )


def read_tables(session: Session) -> list[Table]:
    """Every table, by table number."""
    out = []
    for r in session.connection().execute(_TABLES):
        lead = fold(r.lead_organisation)
        out.append(
            Table(
                r.id,
                r.table_number,
                r.max_seats,
                r.min_seats,
                tuple(r.needs or ()),
                frozenset({lead}) if lead else frozenset(),
            )
        )
    return out


def read_own_seats(session: Session, participant_id: int) -> dict[int, tuple[int, bool, bool]]:
    """round -> (table, pinned, locked) of the arrival's stored seats."""
    rows = session.connection().execute(_OWN_SEATS, {"pid": participant_id})
    return {r.round: (r.project_id, r.pinned, r.locked) for r in rows}


def covering_offers(arrival: Arrival, tables: list[Table]) -> list[str]:
    """The offers whose presence at a table decides whether the arrival
    would cover one of its needs (sorted: the query is the same each time)."""
    if not arrival.visitor or not arrival.offers:
        return []
    out: set[str] = set()
    for t in tables:
        for need in t.needs:
            meets = NEED_MET_BY.get(need, frozenset())
            if meets & arrival.offers:
                out |= meets
    return sorted(out)


def _like_json_string(value: str) -> str:
    """A LIKE pattern matching a JSON list that holds the string ``value``."""
    escaped = json.dumps(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@lru_cache(maxsize=64)
def _rooms_statement(roles: int, colleagues: bool, offers: int) -> Select[Any]:
    """Per round and table: the seats, the seats of each of ``roles`` spread
    roles (``role_0``...), of the arrival's organisation (``orgs``) and
    whether a visitor offers each of ``offers`` (``offer_0``... patterns)."""
    text = cast(Participant.offers, String)
    visitor = Participant.home_project_id.is_(None)
    role_counts = [
        func.sum(case((Participant.role_id == bindparam(f"role_{i}"), 1), else_=0))
        for i in range(roles)
    ]
    same_org = (
        func.sum(
            case((Participant.organisation.in_(bindparam("orgs", expanding=True)), 1), else_=0)
        )
        if colleagues
        else literal_column("0")
    )
    offered = [
        func.max(case((and_(visitor, text.like(bindparam(f"offer_{i}"), escape="\\")), 1), else_=0))
        for i in range(offers)
    ]
    return (
        select(Seat.round, Seat.project_id, func.count(), same_org, *role_counts, *offered)
        .join(Participant, Participant.id == Seat.participant_id)
        .where(Seat.round.in_(bindparam("rounds", expanding=True)))
        .group_by(Seat.project_id, Seat.round)
    )


def read_rooms(
    session: Session, arrival: Arrival, tables: list[Table], rounds: list[int]
) -> dict[int, Room]:
    """Each of ``rounds`` as counts per table: one grouped query."""
    spread = [
        (rid, key) for rid, key, staff in session.connection().execute(_ROLES) if key and not staff
    ]
    same_org: list[str] = []
    if arrival.org:
        names = session.connection().execute(_ORGANISATIONS).scalars()
        same_org = [n for n in names if fold(n) == arrival.org]
    offers = covering_offers(arrival, tables)
    params: dict[str, object] = {"rounds": rounds}
    params.update({f"role_{i}": rid for i, (rid, _key) in enumerate(spread)})
    params.update({f"offer_{i}": _like_json_string(o) for i, o in enumerate(offers)})
    if same_org:
        params["orgs"] = same_org
    statement = _rooms_statement(len(spread), bool(same_org), len(offers))
    rooms = {r: Room(r, {t.id: Here(t) for t in tables}, defaultdict(int), 0) for r in rounds}
    first_offer = 4 + len(spread)
    for row in session.connection().execute(statement, params):
        room = rooms[row[0]]
        here = room.here.get(row[1])
        if here is None:
            continue
        here.seated = row[2]
        here.colleagues = row[3] or 0
        for (_rid, key), count in zip(spread, row[4:first_offer], strict=True):
            if count:
                here.roles[key] = count
                room.role_totals[key] += count
                room.population += count
        here.offered = {o for o, present in zip(offers, row[first_offer:], strict=True) if present}
    if arrival.role:
        for room in rooms.values():
            room.role_totals[arrival.role] += 1
            room.population += 1
    for room in rooms.values():
        room.role_totals = dict(room.role_totals)
    return rooms


def read_mates(
    session: Session, round: int, table_id: int, rounds: list[int]
) -> dict[int, dict[int, int]]:
    """The visitors at ``table_id`` in ``round``: visitor -> {other round ->
    table}, for the other rounds of ``rounds`` they have a seat in."""
    others = [r for r in rounds if r != round]
    if not others:
        return {}
    rows = session.connection().execute(
        _MATES, {"round": round, "table": table_id, "others": others}
    )
    out: dict[int, dict[int, int]] = defaultdict(dict)
    for pid, r, t in rows:
        out[pid][r] = t
    return dict(out)
