"""Everything the exports show, read in one pass and turned into plain data.

One transaction reads the event, roles, projects, participants, arrivals,
seats, items and syntheses; the writers (PDF, XLSX, CSV) only see the frozen
dataclasses built here. Contact details of people who did not consent to share
them are dropped *here*, so no writer can leak them by mistake. Likewise a
cancelled registration keeps its row (the workbook lists it, marked) but sits
at no table: it is neither arrived nor anyone's table mate.

Times are given in the event's local time, without timezone (what a person
reads on a sheet and what Excel can hold).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from katalyze.db import Database
from katalyze.db.models import (
    CheckIn,
    Event,
    Item,
    Participant,
    Project,
    Role,
    Seat,
    Synthesis,
)
from katalyze.followup.data import FollowupData
from katalyze.vocabulary import ACTION_STATUSES, ITEM_KINDS, NEED_MET_BY, OFFERS, ItemLabels

DEFAULT_TIMEZONE = "Europe/Paris"


@dataclass(frozen=True)
class RoleRow:
    key: str
    label: str
    is_staff: bool


@dataclass(frozen=True)
class PersonRow:
    id: int
    first_name: str
    last_name: str
    organisation: str
    role_key: str
    role_label: str
    # ``None`` / ``""`` unless the person consented to share them.
    email: str | None
    phone: str
    consent_contact: bool
    offers: tuple[str, ...]
    cancelled: bool
    walk_in: bool
    arrived_at: dt.datetime | None  # local, naive
    station: str
    badge_code: str = ""
    wishes: tuple[int, ...] = ()  # project ids, best first

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or f"Participant n° {self.id}"

    @property
    def contact(self) -> str:
        """E-mail and phone on one line ("" without consent)."""
        return " · ".join(part for part in (self.email or "", self.phone) if part)


@dataclass(frozen=True)
class ItemRow(ItemLabels):
    id: int
    project_id: int
    round: int
    kind: str
    category: str
    text: str
    participant_id: int | None
    participant_name: str
    responsible_participant_id: int | None
    responsible: str  # the participant's name, else the free text
    due: dt.date | None
    status: str
    votes: int
    position: int
    created_at: dt.datetime  # local, naive


@dataclass(frozen=True)
class Helper:
    """Someone (or a captured offer) who can meet a need."""

    name: str
    what: str


@dataclass(frozen=True)
class ProjectSheetData:
    id: int
    table_number: int
    table_label: str
    title: str
    holder: str
    lead_organisation: str
    theme: str
    description: str
    needs: tuple[str, ...]
    needs_other: str
    # round -> participant ids seated at this table, sorted by name
    seats: dict[int, tuple[int, ...]]
    items: tuple[ItemRow, ...]
    syntheses: dict[int, str]

    @property
    def table(self) -> str:
        return self.table_label or str(self.table_number)

    def of_kind(self, kind: str) -> list[ItemRow]:
        return [i for i in self.items if i.kind == kind]

    @property
    def seated_ids(self) -> set[int]:
        return {pid for ids in self.seats.values() for pid in ids}


@dataclass(frozen=True)
class EveningData:
    event_name: str
    event_date: dt.date | None
    venue: str
    timezone: str
    generated_at: dt.datetime  # local, naive
    rounds: tuple[int, ...]
    roles: tuple[RoleRow, ...]
    people: dict[int, PersonRow]
    projects: tuple[ProjectSheetData, ...]
    # participant id -> round -> project id
    placement: dict[int, dict[int, int]] = field(default_factory=dict)
    # The year after the evening, for the workbook's Suivi sheet (katalyze.followup).
    followup: FollowupData | None = None

    def person(self, pid: int | None) -> PersonRow | None:
        return None if pid is None else self.people.get(pid)

    def name(self, pid: int | None) -> str:
        p = self.person(pid)
        return p.full_name if p else ""

    @property
    def items(self) -> list[ItemRow]:
        return [i for p in self.projects for i in p.items]

    def project(self, project_id: int) -> ProjectSheetData | None:
        for p in self.projects:
            if p.id == project_id:
                return p
        return None

    def helpers_for(self, sheet: ProjectSheetData, need: str) -> list[Helper]:
        """Who at this table can meet ``need``: seated people whose declared
        offers match it (``NEED_MET_BY``) and captured offers of that category."""
        wanted = NEED_MET_BY.get(need, frozenset())
        found: dict[str, list[str]] = {}
        for item in sheet.of_kind("offer"):
            if item.category == need or item.category in wanted:
                found.setdefault(item.participant_name or "—", []).append(item.text)
        people = sorted(
            (self.people[pid] for pid in sheet.seated_ids if pid in self.people),
            key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.id),
        )
        for person in people:
            for offer in person.offers:
                if offer in wanted:
                    found.setdefault(person.full_name, []).append(OFFERS.get(offer, offer))
        return [Helper(name, " ; ".join(dict.fromkeys(whats))) for name, whats in found.items()]


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _local(value: dt.datetime | None, zone: dt.tzinfo) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone).replace(tzinfo=None, microsecond=0)


def _sort_name(p: PersonRow) -> tuple[str, str, int]:
    return (p.last_name.casefold(), p.first_name.casefold(), p.id)


def load_evening(db: Database, *, now: dt.datetime | None = None) -> EveningData:
    """Read the whole evening as it is at one moment (works while scribes
    and the door keep writing: see :meth:`Database.snapshot`)."""
    with db.snapshot() as session:
        event = session.scalar(select(Event).limit(1))
        settings = dict(event.settings or {}) if event else {}
        tz_name = str(settings.get("timezone") or DEFAULT_TIMEZONE)
        zone = _zone(tz_name)
        roles = {r.id: r for r in session.scalars(select(Role).order_by(Role.position, Role.id))}
        arrivals = {c.participant_id: c for c in session.scalars(select(CheckIn))}
        people: dict[int, PersonRow] = {}
        for p in session.scalars(select(Participant)):
            role = roles.get(p.role_id) if p.role_id is not None else None
            arrival = arrivals.get(p.id)
            consent = bool(p.consent_contact)
            people[p.id] = PersonRow(
                id=p.id,
                first_name=p.first_name or "",
                last_name=p.last_name or "",
                organisation=p.organisation or "",
                role_key=role.key if role else "",
                role_label=role.label if role else "",
                email=(p.email or None) if consent else None,
                phone=(p.phone or "") if consent else "",
                consent_contact=consent,
                offers=tuple(p.offers or ()),
                cancelled=bool(p.cancelled),
                walk_in=bool(p.walk_in),
                arrived_at=_local(arrival.checked_in_at, zone) if arrival else None,
                station=arrival.station if arrival else "",
                badge_code=p.badge_code or "",
                wishes=tuple(w.project_id for w in p.wishes),
            )

        seats: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        placement: dict[int, dict[int, int]] = defaultdict(dict)
        for s in session.scalars(select(Seat)):
            if s.participant_id not in people or people[s.participant_id].cancelled:
                # A cancelled registration is nobody's table mate (nor arrived:
                # see katalyze.attendance), even if a seat was kept for it.
                continue
            seats[s.project_id][s.round].append(s.participant_id)
            placement[s.participant_id][s.round] = s.project_id

        items: dict[int, list[ItemRow]] = defaultdict(list)
        query = (
            select(Item)
            .where(Item.deleted.is_(False))
            .order_by(Item.project_id, Item.round, Item.position, Item.id)
        )
        for it in session.scalars(query):
            resp_person = people.get(it.responsible_participant_id or -1)
            author = people.get(it.participant_id or -1)
            items[it.project_id].append(
                ItemRow(
                    id=it.id,
                    project_id=it.project_id,
                    round=it.round,
                    kind=it.kind,
                    category=it.category or "",
                    text=it.text or "",
                    participant_id=it.participant_id,
                    participant_name=author.full_name if author else "",
                    responsible_participant_id=it.responsible_participant_id,
                    responsible=resp_person.full_name
                    if resp_person
                    else (it.responsible_text or ""),
                    due=it.due,
                    status=it.status or "",
                    votes=it.votes or 0,
                    position=it.position or 0,
                    created_at=_local(it.created_at, zone) or dt.datetime(1970, 1, 1),
                )
            )

        syntheses: dict[int, dict[int, str]] = defaultdict(dict)
        for syn in session.scalars(select(Synthesis)):
            if (syn.text or "").strip():
                syntheses[syn.project_id][syn.round] = syn.text

        rounds: set[int] = set()
        for per_round in seats.values():
            rounds.update(per_round)
        for rows in items.values():
            rounds.update(i.round for i in rows)
        for per_round in syntheses.values():
            rounds.update(per_round)
        planned = settings.get("rounds")
        if isinstance(planned, int) and 0 < planned <= 20:
            rounds.update(range(1, planned + 1))
        if not rounds:
            rounds = {1}

        projects = []
        for pr in session.scalars(select(Project).order_by(Project.table_number, Project.id)):
            by_round = {
                r: tuple(
                    sorted(
                        (pid for pid in seats[pr.id].get(r, []) if pid in people),
                        key=lambda pid: _sort_name(people[pid]),
                    )
                )
                for r in sorted(rounds)
            }
            projects.append(
                ProjectSheetData(
                    id=pr.id,
                    table_number=pr.table_number,
                    table_label=pr.table_label or "",
                    title=pr.title or "",
                    holder=pr.holder or "",
                    lead_organisation=pr.lead_organisation or "",
                    theme=pr.theme or "",
                    description=pr.description or "",
                    needs=tuple(pr.needs or ()),
                    needs_other=pr.needs_other or "",
                    seats=by_round,
                    items=tuple(items.get(pr.id, ())),
                    syntheses=dict(syntheses.get(pr.id, {})),
                )
            )

        return EveningData(
            event_name=(event.name if event else "") or "Session KatalyZe",
            event_date=event.date if event else None,
            venue=(event.venue if event else "") or "",
            timezone=tz_name,
            generated_at=_local(now or dt.datetime.now(dt.UTC), zone) or dt.datetime.now(),
            rounds=tuple(sorted(rounds)),
            roles=tuple(RoleRow(r.key, r.label, r.is_staff) for r in roles.values()),
            people=people,
            projects=tuple(projects),
            placement={pid: dict(v) for pid, v in placement.items()},
        )


def action_counts(data: EveningData) -> dict[str, int]:
    """Number of actions per status code (every status, even at zero)."""
    counts = dict.fromkeys(ACTION_STATUSES, 0)
    for item in data.items:
        if item.kind == "action":
            key = item.status if item.status in counts else "todo"
            counts[key] += 1
    return counts


def item_counts(data: EveningData) -> dict[str, int]:
    counts = dict.fromkeys(ITEM_KINDS, 0)
    for item in data.items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return counts
