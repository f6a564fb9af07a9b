"""The year of follow-up (Suivi), as plain data: what ``load_followup`` reads.

Actions, commitments and needs are the items captured at the tables
(:mod:`katalyze.capture`); the follow-up adds to them dated notes
(:class:`~katalyze.db.models.ActionNote`), outcomes (honoured, met: by whom)
and, per project, the rhythm of its meetings and its year-end review.
Every verdict that depends on a date (overdue, months since the last point)
takes a ``today`` argument: never the wall clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from katalyze.db import Database
from katalyze.db.models import (
    ActionNote,
    Event,
    FollowupMeeting,
    Item,
    ItemOutcome,
    Participant,
    Project,
    ProjectFollowup,
)
from katalyze.i18n import N_, _

STATUSES: tuple[str, ...] = ("todo", "doing", "done", "dropped")
OPEN_STATUSES: frozenset[str] = frozenset({"todo", "doing"})
STATUS_LABELS: dict[str, str] = {
    "todo": N_("À faire"),
    "doing": N_("En cours"),
    "done": N_("Fait"),
    "dropped": N_("Abandonné"),
}
# What can become of a commitment, of a need.
OUTCOMES: dict[str, tuple[str, ...]] = {
    "commitment": ("honoured", "broken"),
    "need": ("met", "unmet"),
}
OUTCOME_LABELS: dict[str, str] = {
    "": N_("En attente"),
    "honoured": N_("Tenu"),
    "broken": N_("Non tenu"),
    "met": N_("Satisfait"),
    "unmet": N_("Non satisfait"),
}
DEFAULT_RHYTHM_MONTHS = 1


def status_label(status: str) -> str:
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def outcome_label(outcome: str) -> str:
    return _(OUTCOME_LABELS[outcome]) if outcome in OUTCOME_LABELS else outcome


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(0, months)


@dataclass(frozen=True)
class NoteRow:
    id: int
    item_id: int
    on: dt.date
    status: str  # the status the action moved to, "" when unchanged
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"on": self.on.isoformat(), "status": self.status or None, "text": self.text}


@dataclass(frozen=True)
class ActionRow:
    id: int
    project_id: int
    table_number: int
    project_title: str
    text: str
    owner_id: int | None
    owner: str  # the participant's name, else the free text
    due: dt.date | None
    status: str
    created_on: dt.date
    updated_at: dt.datetime
    notes: tuple[NoteRow, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue(self, today: dt.date) -> bool:
        return self.is_open and self.due is not None and self.due < today

    def done_on(self) -> dt.date | None:
        """When it was marked done (its last note moving it to done)."""
        if self.status != "done":
            return None
        days = [n.on for n in self.notes if n.status == "done"]
        return max(days) if days else self.updated_at.date()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "project_id": self.project_id,
            "text": self.text,
            "participant_id": self.owner_id,
            "owner": self.owner or None,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "updated_at": self.updated_at.isoformat(),
            "notes": [n.to_json() for n in self.notes],
        }


@dataclass(frozen=True)
class PledgeRow:
    """A commitment (who promised what) or a need, and what became of it."""

    id: int
    project_id: int
    kind: str  # "commitment" or "need"
    text: str
    who: str  # a commitment's author
    category: str  # a need's category code
    outcome: str
    by: str  # who met the need / to whom the commitment was honoured
    on: dt.date | None
    note: str
    by_id: int | None = None  # ``by`` as a participant of the event, when it is one

    @property
    def settled(self) -> bool:
        return self.outcome in ("honoured", "met")


@dataclass(frozen=True)
class MeetingRow:
    id: int
    project_id: int
    planned_on: dt.date
    held_on: dt.date | None
    attendees: tuple[str, ...]
    decisions: str
    next_steps: str

    @property
    def held(self) -> bool:
        return self.held_on is not None

    @property
    def day(self) -> dt.date:
        return self.held_on or self.planned_on


@dataclass(frozen=True)
class ProjectPlan:
    """A project's rhythm, whether it continues, and its year-end review."""

    project_id: int
    rhythm_months: int = DEFAULT_RHYTHM_MONTHS
    continuing: bool = True
    stage: str = ""
    jobs: str = ""
    partners: str = ""
    next_steps: str = ""
    reviewed_on: dt.date | None = None

    @property
    def reviewed(self) -> bool:
        return self.reviewed_on is not None


@dataclass(frozen=True)
class Indicators:
    actions: int = 0
    done: int = 0
    open: int = 0
    late: int = 0
    dropped: int = 0
    commitments: int = 0
    honoured: int = 0
    needs: int = 0
    met: int = 0
    people: int = 0
    meetings_held: int = 0
    months_since_point: int | None = None
    next_meeting: dt.date | None = None
    meeting_overdue: bool = False

    def __add__(self, other: Indicators) -> Indicators:
        counts = {
            name: getattr(self, name) + getattr(other, name)
            for name in (
                "actions",
                "done",
                "open",
                "late",
                "dropped",
                "commitments",
                "honoured",
                "needs",
                "met",
                "people",
                "meetings_held",
            )
        }
        months = [m for m in (self.months_since_point, other.months_since_point) if m is not None]
        nexts = [d for d in (self.next_meeting, other.next_meeting) if d is not None]
        return Indicators(
            **counts,
            months_since_point=max(months) if months else None,
            next_meeting=min(nexts) if nexts else None,
            meeting_overdue=self.meeting_overdue or other.meeting_overdue,
        )


@dataclass(frozen=True)
class ProjectFollow:
    id: int
    table_number: int
    title: str
    holder: str
    plan: ProjectPlan
    actions: tuple[ActionRow, ...] = ()
    pledges: tuple[PledgeRow, ...] = ()
    meetings: tuple[MeetingRow, ...] = ()

    def of_kind(self, kind: str) -> list[PledgeRow]:
        return [p for p in self.pledges if p.kind == kind]

    def last_point(self) -> MeetingRow | None:
        held = [m for m in self.meetings if m.held]
        return max(held, key=lambda m: (m.held_on, m.id)) if held else None

    def next_meeting(self, start: dt.date) -> dt.date:
        """The next point: the first planned meeting not held yet, else one
        rhythm after the last point (or after ``start``, the evening)."""
        planned = [m.planned_on for m in self.meetings if not m.held]
        if planned:
            return min(planned)
        last = self.last_point()
        return add_months(last.held_on if last else start, max(1, self.plan.rhythm_months))

    def indicators(self, today: dt.date, start: dt.date) -> Indicators:
        last = self.last_point()
        people = {
            a.owner_id or a.owner for a in self.actions if a.is_open and (a.owner_id or a.owner)
        }
        if last is not None:
            people |= set(last.attendees)
        commitments, needs = self.of_kind("commitment"), self.of_kind("need")
        next_day = self.next_meeting(start)
        return Indicators(
            actions=len(self.actions),
            done=sum(a.status == "done" for a in self.actions),
            open=sum(a.is_open for a in self.actions),
            late=sum(a.overdue(today) for a in self.actions),
            dropped=sum(a.status == "dropped" for a in self.actions),
            commitments=len(commitments),
            honoured=sum(c.outcome == "honoured" for c in commitments),
            needs=len(needs),
            met=sum(n.outcome == "met" for n in needs),
            people=len(people),
            meetings_held=sum(m.held for m in self.meetings),
            months_since_point=months_between(last.held_on if last else start, today),
            next_meeting=next_day,
            meeting_overdue=next_day < today,
        )

    def timeline(self) -> list[tuple[dt.date, str, str]]:
        """The project's year, oldest first: (day, kind, text); kind is
        ``action``, ``note``, ``meeting``, ``planned``, ``outcome`` or ``review``."""
        out: list[tuple[dt.date, str, str]] = []
        for a in self.actions:
            for n in a.notes:
                head = f"{a.text} → {status_label(n.status)}" if n.status else a.text
                out.append((n.on, "note", f"{head} : {n.text}" if n.text else head))
        for m in self.meetings:
            if m.held:
                out.append((m.held_on, "meeting", m.decisions or m.next_steps))  # type: ignore[arg-type]
            else:
                out.append((m.planned_on, "planned", ""))
        for p in self.pledges:
            if p.on is not None and p.outcome:
                out.append((p.on, "outcome", f"{p.text} : {outcome_label(p.outcome)}"))
        if self.plan.reviewed_on is not None:
            out.append((self.plan.reviewed_on, "review", self.plan.stage))
        out.sort(key=lambda row: (row[0], row[1]))
        return out


@dataclass(frozen=True)
class FollowupData:
    event_name: str
    event_date: dt.date | None
    projects: tuple[ProjectFollow, ...] = ()
    people: dict[int, str] = field(default_factory=dict)  # participant id -> name

    def start(self, today: dt.date) -> dt.date:
        """The evening the year starts from (``today`` when it has no date)."""
        return self.event_date or today

    @property
    def actions(self) -> list[ActionRow]:
        return [a for p in self.projects for a in p.actions]

    def project(self, project_id: int) -> ProjectFollow | None:
        return next((p for p in self.projects if p.id == project_id), None)

    def programme(self, today: dt.date) -> Indicators:
        total = Indicators()
        for project in self.projects:
            total = total + project.indicators(today, self.start(today))
        return total


def _name(p: Participant | None) -> str:
    return f"{p.first_name} {p.last_name}".strip() if p is not None else ""


def load_followup(db: Database) -> FollowupData:
    """Everything the Suivi screen, reports and exports show, in one read."""
    with db.sessions.begin() as session:
        event = session.scalar(select(Event).limit(1))
        projects = list(session.scalars(select(Project).order_by(Project.table_number)))
        plans = {p.project_id: p for p in session.scalars(select(ProjectFollowup))}
        items = list(
            session.scalars(
                select(Item)
                .where(Item.kind.in_(("action", "commitment", "need")), Item.deleted.is_(False))
                .order_by(Item.project_id, Item.round, Item.position, Item.id)
            )
        )
        people = {
            pid: f"{first} {last}".strip()
            for pid, first, last in session.execute(
                select(Participant.id, Participant.first_name, Participant.last_name)
            )
        }
        notes: dict[int, list[NoteRow]] = {}
        for n in session.scalars(select(ActionNote).order_by(ActionNote.on, ActionNote.id)):
            notes.setdefault(n.item_id, []).append(
                NoteRow(n.id, n.item_id, n.on, n.status or "", n.text or "")
            )
        outcomes = {o.item_id: o for o in session.scalars(select(ItemOutcome))}
        meetings: dict[int, list[MeetingRow]] = {}
        for m in session.scalars(
            select(FollowupMeeting).order_by(FollowupMeeting.planned_on, FollowupMeeting.id)
        ):
            meetings.setdefault(m.project_id, []).append(meeting_row(m))
        by_project: dict[int, list[Item]] = {}
        for item in items:
            by_project.setdefault(item.project_id, []).append(item)
        out = []
        for project in projects:
            actions, pledges = [], []
            for item in by_project.get(project.id, []):
                if item.kind == "action":
                    actions.append(action_row(item, project, people, tuple(notes.get(item.id, ()))))
                else:
                    pledges.append(pledge_row(item, outcomes.get(item.id), people))
            out.append(
                ProjectFollow(
                    id=project.id,
                    table_number=project.table_number,
                    title=project.title,
                    holder=project.holder or "",
                    plan=plan_row(project.id, plans.get(project.id)),
                    actions=tuple(actions),
                    pledges=tuple(pledges),
                    meetings=tuple(meetings.get(project.id, ())),
                )
            )
        return FollowupData(
            event_name=event.name if event else "",
            event_date=event.date if event else None,
            projects=tuple(out),
            people=people,
        )


def action_row(
    item: Item, project: Project, people: dict[int, str], notes: tuple[NoteRow, ...]
) -> ActionRow:
    owner_id = item.responsible_participant_id
    return ActionRow(
        id=item.id,
        project_id=item.project_id,
        table_number=project.table_number,
        project_title=project.title,
        text=item.text or "",
        owner_id=owner_id,
        owner=(people.get(owner_id, "") if owner_id else "") or (item.responsible_text or ""),
        due=item.due,
        status=item.status or "todo",
        created_on=item.created_at.date(),
        updated_at=item.updated_at,
        notes=notes,
    )


def pledge_row(item: Item, outcome: ItemOutcome | None, people: dict[int, str]) -> PledgeRow:
    by, by_id = "", None
    if outcome is not None:
        by_id = outcome.by_participant_id if outcome.by_participant_id in people else None
        by = people.get(by_id or 0, "") or (outcome.by_text or "")
    return PledgeRow(
        id=item.id,
        project_id=item.project_id,
        kind=item.kind,
        text=item.text or "",
        who=people.get(item.participant_id or 0, ""),
        category=item.category or "",
        outcome=outcome.outcome if outcome else "",
        by=by,
        on=outcome.on if outcome else None,
        note=outcome.note if outcome else "",
        by_id=by_id,
    )


def meeting_row(m: FollowupMeeting) -> MeetingRow:
    return MeetingRow(
        id=m.id,
        project_id=m.project_id,
        planned_on=m.planned_on,
        held_on=m.held_on,
        attendees=tuple(m.attendees or ()),
        decisions=m.decisions or "",
        next_steps=m.next_steps or "",
    )


def plan_row(project_id: int, plan: ProjectFollowup | None) -> ProjectPlan:
    if plan is None:
        return ProjectPlan(project_id)
    return ProjectPlan(
        project_id=project_id,
        rhythm_months=plan.rhythm_months or DEFAULT_RHYTHM_MONTHS,
        continuing=bool(plan.continuing),
        stage=plan.stage or "",
        jobs=plan.jobs or "",
        partners=plan.partners or "",
        next_steps=plan.next_steps or "",
        reviewed_on=plan.reviewed_on,
    )
