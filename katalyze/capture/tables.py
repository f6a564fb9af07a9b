"""Who sits at a table in a round, and every table at a glance (the
facilitator's overview). Seats come from the placement (``Seat``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from katalyze.db import Database
from katalyze.db.models import CheckIn, Event, Item, Participant, Project, Seat, Synthesis
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.text import fold
from katalyze.vocabulary import ITEM_KINDS


@dataclass(frozen=True)
class SeatedPerson:
    id: int
    first_name: str
    last_name: str
    organisation: str
    role: str
    role_key: str
    role_colour: str
    is_staff: bool
    present: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def folded(self) -> str:
        return fold(self.name)


@dataclass(frozen=True)
class TableView:
    project_id: int
    table_number: int
    table: str
    title: str
    holder: str
    lead_organisation: str
    round: int
    rounds: int
    seated: tuple[SeatedPerson, ...]
    # The event's date: what a year-less due date typed at this table is read
    # against (None when the event has no date: the parser then uses today).
    event_date: dt.date | None = None


@dataclass(frozen=True)
class TableSummary:
    project_id: int
    table_number: int
    table: str
    title: str
    seated: int
    counts: dict[str, int] = field(default_factory=dict)
    votes: int = 0
    actions_without_responsible: int = 0
    actions_without_due: int = 0
    # (item id, text, what is missing: "responsible"/"due") of open actions.
    flagged: tuple[tuple[int, str, tuple[str, ...]], ...] = ()
    has_synthesis: bool = False
    last_change: dt.datetime | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def flagged_count(self) -> int:
        return len(self.flagged)


def _person(p: Participant, present: bool) -> SeatedPerson:
    role = p.role
    return SeatedPerson(
        id=p.id,
        first_name=p.first_name,
        last_name=p.last_name,
        organisation=p.organisation,
        role=role.label if role else "",
        role_key=role.key if role else "",
        role_colour=role.colour if role else "#888888",
        is_staff=bool(role and role.is_staff),
        present=present,
    )


def rounds_in_use(db: Database) -> int:
    """How many rounds the evening has so far: planned, placed or captured (≥ 1)."""
    with db.sessions.begin() as session:
        event = session.scalar(select(Event).limit(1))
        planned = 0
        if event is not None:
            try:
                planned = int((event.settings or {}).get("rounds") or 0)
            except (TypeError, ValueError):
                planned = 0
        seats = session.scalar(select(func.max(Seat.round))) or 0
        items = session.scalar(select(func.max(Item.round))) or 0
        syntheses = session.scalar(select(func.max(Synthesis.round))) or 0
    return max(1, planned, seats, items, syntheses)


def table_view(db: Database, project_id: int, round: int) -> TableView:
    """The project of a table and the people seated there in ``round``
    (staff first — holder, host — then by name)."""
    rounds = rounds_in_use(db)
    with db.sessions.begin() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise UserError(
                _("Le projet n° {project_id} n'existe plus : choisissez une autre table.").format(
                    project_id=project_id
                )
            )
        rows = session.execute(
            select(Participant, CheckIn.id)
            .join(Seat, Seat.participant_id == Participant.id)
            .outerjoin(CheckIn, CheckIn.participant_id == Participant.id)
            .where(Seat.project_id == project_id, Seat.round == round)
        ).unique()
        seated = [_person(p, checkin is not None) for p, checkin in rows]
        seated.sort(key=lambda s: (not s.is_staff, fold(s.last_name), fold(s.first_name), s.id))
        return TableView(
            project_id=project.id,
            table_number=project.table_number,
            table=project.table_label or str(project.table_number),
            title=project.title,
            holder=project.holder,
            lead_organisation=project.lead_organisation,
            round=round,
            rounds=rounds,
            seated=tuple(seated),
            event_date=session.scalar(select(Event.date).limit(1)),
        )


def all_people(db: Database) -> list[SeatedPerson]:
    """Everyone not cancelled, for linking an item to someone not (yet) seated."""
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Participant, CheckIn.id)
            .outerjoin(CheckIn, CheckIn.participant_id == Participant.id)
            .where(Participant.cancelled.is_(False))
        ).unique()
        people = [_person(p, checkin is not None) for p, checkin in rows]
    people.sort(key=lambda s: (fold(s.last_name), fold(s.first_name), s.id))
    return people


def overview(db: Database, round: int | None = None) -> list[TableSummary]:
    """Every table in table order: items per kind, votes, open actions that
    lack a responsible or a due date, whether a synthesis is written.
    ``round=None`` adds up every round."""
    from katalyze.capture.service import list_items

    items = list_items(db, round=round)
    with db.sessions.begin() as session:
        projects = list(session.scalars(select(Project).order_by(Project.table_number)))
        seat_query = select(Seat.project_id, func.count(func.distinct(Seat.participant_id)))
        if round is not None:
            seat_query = seat_query.where(Seat.round == round)
        seats = dict(session.execute(seat_query.group_by(Seat.project_id)).all())
        synth_query = select(Synthesis.project_id, Synthesis.text)
        if round is not None:
            synth_query = synth_query.where(Synthesis.round == round)
        with_synthesis = {pid for pid, text in session.execute(synth_query) if (text or "").strip()}
        summaries_base = [
            (p.id, p.table_number, p.table_label or str(p.table_number), p.title) for p in projects
        ]
    by_project: dict[int, list] = {}
    for item in items:
        by_project.setdefault(item.project_id, []).append(item)
    out: list[TableSummary] = []
    for pid, number, table, title in summaries_base:
        mine = by_project.get(pid, [])
        counts = dict.fromkeys(ITEM_KINDS, 0)
        for item in mine:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        flagged = tuple((i.id, i.text, i.missing) for i in mine if i.missing)
        out.append(
            TableSummary(
                project_id=pid,
                table_number=number,
                table=table,
                title=title,
                seated=int(seats.get(pid, 0)),
                counts=counts,
                votes=sum(i.votes for i in mine),
                actions_without_responsible=sum("responsible" in m for _, _, m in flagged),
                actions_without_due=sum("due" in m for _, _, m in flagged),
                flagged=flagged,
                has_synthesis=pid in with_synthesis,
                last_change=max((i.updated_at for i in mine), default=None),
            )
        )
    return out
