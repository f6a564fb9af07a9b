"""Who has arrived: counters by role and the latest arrivals, with tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from katalyze.attendance import Attendance, tally
from katalyze.db import Database
from katalyze.db.models import CheckIn, Event, Participant, Project, Role, Seat
from katalyze.events import event_in
from katalyze.i18n import _

NO_ROLE_COLOUR = "#888888"
CHECKIN = CheckIn.__table__


@dataclass(frozen=True)
class RoleCount:
    role_id: int | None
    label: str
    colour: str
    arrived: int
    expected: int


@dataclass(frozen=True)
class ArrivalCounts:
    """Arrived / expected overall and per role, counted as
    :mod:`katalyze.attendance` defines it: cancelled registrations are not
    expected (and counted apart), walk-ins are both expected and arrived."""

    totals: Attendance
    by_role: tuple[RoleCount, ...]

    @property
    def arrived(self) -> int:
        return self.totals.arrived

    @property
    def expected(self) -> int:
        return self.totals.expected

    @property
    def walk_ins(self) -> int:
        return self.totals.walk_ins

    @property
    def cancelled(self) -> int:
        return self.totals.cancelled


@dataclass(frozen=True)
class ArrivalInfo:
    participant_id: int
    first_name: str
    last_name: str
    organisation: str
    role: str
    role_colour: str
    table: str | None
    checked_in_at: dt.datetime
    station: str
    walk_in: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def current_round(event: Event) -> int:
    """The round whose table the door announces (event setting, default 1)."""
    try:
        return max(1, int((event.settings or {}).get("current_round", 1)))
    except (TypeError, ValueError):
        return 1


def table_of(session: Session, participant_id: int, round_: int) -> tuple[str | None, str | None]:
    """The table (label, else number) and project title of a seat, if any."""
    row = session.execute(
        select(Project.table_label, Project.table_number, Project.title)
        .join(Seat, Seat.project_id == Project.id)
        .where(Seat.participant_id == participant_id, Seat.round == round_)
    ).first()
    if row is None:
        return None, None
    label, number, title = row
    return (label or str(number)), title


def tables_of(session: Session, ids: list[int], round_: int) -> dict[int, str]:
    """Table of each of ``ids`` who has a seat in ``round_``."""
    tables: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        rows = session.execute(
            select(Seat.participant_id, Project.table_label, Project.table_number)
            .join(Project, Project.id == Seat.project_id)
            .where(Seat.participant_id.in_(ids[start : start + 900]), Seat.round == round_)
        )
        for pid, label, number in rows:
            tables[pid] = label or str(number)
    return tables


def arrival_counts(db: Database) -> ArrivalCounts:
    """Arrived / expected, overall and per role (in the roles' order)."""
    arrived = CHECKIN.c.id.is_not(None)
    with db.sessions.begin() as session:
        groups = session.execute(
            select(
                Participant.role_id,
                Participant.cancelled,
                Participant.walk_in,
                arrived,
                func.count(),
            )
            .select_from(Participant)
            .outerjoin(CHECKIN, CHECKIN.c.participant_id == Participant.id)
            .group_by(Participant.role_id, Participant.cancelled, Participant.walk_in, arrived)
        ).all()
        roles = session.execute(
            select(Role.id, Role.label, Role.colour).order_by(Role.position, Role.id)
        ).all()
    per_role: dict[int | None, list[tuple[bool, bool, bool, int]]] = {}
    for role_id, cancelled, walk_in, came, n in groups:
        per_role.setdefault(role_id, []).append((bool(cancelled), bool(walk_in), bool(came), n))
    counted = {role_id: tally(rows) for role_id, rows in per_role.items()}
    labelled = [(rid, label, colour) for rid, label, colour in roles]
    if None in counted:
        labelled.append((None, _("Sans rôle"), NO_ROLE_COLOUR))
    by_role = [
        RoleCount(rid, label, colour, counted[rid].arrived, counted[rid].expected)
        for rid, label, colour in labelled
        if rid in counted and (counted[rid].expected or counted[rid].arrived)
    ]
    return ArrivalCounts(
        totals=tally(g for rows in per_role.values() for g in rows), by_role=tuple(by_role)
    )


def latest_arrivals(db: Database, limit: int = 15) -> list[ArrivalInfo]:
    """The last ``limit`` check-ins, newest first, with their table."""
    with db.sessions.begin() as session:
        round_ = current_round(event_in(session))
        rows = session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.organisation,
                Participant.walk_in,
                Role.label,
                Role.colour,
                CHECKIN.c.checked_in_at,
                CHECKIN.c.station,
            )
            .join(CHECKIN, CHECKIN.c.participant_id == Participant.id)
            .outerjoin(Role, Role.id == Participant.role_id)
            .order_by(CHECKIN.c.checked_in_at.desc(), CHECKIN.c.id.desc())
            .limit(limit)
        ).all()
        tables = tables_of(session, [row[0] for row in rows], round_)
    return [
        ArrivalInfo(
            participant_id=pid,
            first_name=first,
            last_name=last,
            organisation=organisation,
            role=role or "",
            role_colour=colour or NO_ROLE_COLOUR,
            table=tables.get(pid),
            checked_in_at=at,
            station=station,
            walk_in=bool(walk_in),
        )
        for pid, first, last, organisation, walk_in, role, colour, at, station in rows
    ]
