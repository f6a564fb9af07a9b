"""The next session: next year's evening, started from this one.

``new_session`` writes a new event with the projects that continue (their
open actions, with their notes, and their needs not met yet), the project
holders and the people who consented to be contacted — nobody else — ready
for new registrations. The new event gets its own secret, so last year's
badges scan as *foreign* there. The old event is only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from katalyze.changes import Changes
from katalyze.db import Database, open_database
from katalyze.db.models import (
    ActionNote,
    Event,
    Item,
    ItemOutcome,
    Participant,
    Project,
    ProjectFollowup,
    Role,
)
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.followup.data import OPEN_STATUSES
from katalyze.followup.service import new_plan
from katalyze.i18n import _


@dataclass(frozen=True)
class NewSessionSummary:
    path: str
    event_name: str
    projects: int
    participants: int
    actions: int
    needs: int
    left_out_projects: int
    left_out_people: int

    def to_json(self) -> dict[str, Any]:
        return {
            "db": self.path,
            "event": self.event_name,
            "projects": self.projects,
            "participants": self.participants,
            "actions": self.actions,
            "needs": self.needs,
            "left_out_projects": self.left_out_projects,
            "left_out_people": self.left_out_people,
        }


def _refuse_existing(target: str | Path, new: Database) -> None:
    with new.sessions.begin() as session:
        used = session.scalar(select(func.count()).select_from(Participant)) or 0
        used += session.scalar(select(func.count()).select_from(Project)) or 0
    if used:
        new.close()
        raise UserError(
            _(
                "« {target} » contient déjà un événement : choisissez un nouveau fichier "
                "pour la nouvelle session."
            ).format(target=target)
        )


def new_session_from(source: str | Path, target: str | Path) -> NewSessionSummary:
    """Open last year's event at ``source`` (it must exist: a read never makes
    one), write next year's at ``target``, close it again: what the CLI's
    ``new-session`` and the app's « Nouvelle session à partir de… » both do."""
    from katalyze.db import open_database

    old = open_database(source, create=False)
    try:
        return new_session(old, target)
    finally:
        old.close()


def new_session(source: Database, target: str | Path) -> NewSessionSummary:
    """Write next year's event at ``target`` (a new file or empty database)."""
    if str(target) == str(source.path or source.url) or (
        source.path is not None and Path(target).resolve() == source.path.resolve()
    ):
        raise UserError(
            _("La nouvelle session doit aller dans un autre fichier que « {source} ».").format(
                source=target
            )
        )
    with source.snapshot() as old:
        event = old.scalar(select(Event).limit(1))
        roles = list(old.scalars(select(Role).order_by(Role.position)))
        plans = {p.project_id: p for p in old.scalars(select(ProjectFollowup))}
        projects = [
            p
            for p in old.scalars(select(Project).order_by(Project.table_number))
            if plans.get(p.id) is None or plans[p.id].continuing
        ]
        all_projects = old.scalar(select(func.count()).select_from(Project)) or 0
        kept_ids = {p.id for p in projects}
        people = list(old.scalars(select(Participant).order_by(Participant.id)))
        items = list(
            old.scalars(
                select(Item)
                .where(
                    Item.project_id.in_(kept_ids),
                    Item.deleted.is_(False),
                    Item.kind.in_(("action", "need")),
                )
                .order_by(Item.project_id, Item.round, Item.position, Item.id)
            )
        )
        outcomes = {o.item_id: o.outcome for o in old.scalars(select(ItemOutcome))}
        notes: dict[int, list[ActionNote]] = {}
        for n in old.scalars(select(ActionNote).order_by(ActionNote.on, ActionNote.id)):
            notes.setdefault(n.item_id, []).append(n)
        old_event = {
            "name": event.name if event else "Session KatalyZe",
            "venue": event.venue if event else "",
            "settings": dict(event.settings or {}) if event else {},
        }
        role_keys = {r.id: r.key for r in roles}
        role_specs = [(r.key, r.label, r.colour, r.position, r.is_staff) for r in roles]

        new = open_database(target, create=True)
        try:
            _refuse_existing(target, new)
            kept_people = [p for p in people if p.consent_contact and not p.cancelled]
            with new.sessions.begin() as session:
                ev = event_in(session)  # a fresh event: its own secret
                ev.name = old_event["name"]
                ev.venue = old_event["venue"]
                ev.settings = {**old_event["settings"], "previous_session": old_event["name"]}
                existing = {r.key: r for r in session.scalars(select(Role))}
                for key, label, colour, position, is_staff in role_specs:
                    role = existing.get(key) or Role(key=key)
                    role.label, role.colour, role.position, role.is_staff = (
                        label,
                        colour,
                        position,
                        is_staff,
                    )
                    session.add(role)
                session.flush()
                new_roles = {r.key: r.id for r in session.scalars(select(Role))}
                project_map: dict[int, int] = {}
                for p in projects:
                    copy = Project(
                        table_number=p.table_number,
                        table_label=p.table_label,
                        title=p.title,
                        holder=p.holder,
                        lead_organisation=p.lead_organisation,
                        theme=p.theme,
                        description=p.description,
                        needs=list(p.needs or []),
                        needs_other=p.needs_other,
                        min_seats=p.min_seats,
                        max_seats=p.max_seats,
                    )
                    session.add(copy)
                    session.flush()
                    project_map[p.id] = copy.id
                    plan = plans.get(p.id)
                    if plan is not None:
                        session.add(new_plan(copy.id, plan.rhythm_months))
                person_map: dict[int, int] = {}
                names: dict[int, str] = {
                    p.id: f"{p.first_name} {p.last_name}".strip() for p in people
                }
                for p in kept_people:
                    copy = Participant(
                        first_name=p.first_name,
                        last_name=p.last_name,
                        email=p.email,
                        phone=p.phone,
                        organisation=p.organisation,
                        role_id=new_roles.get(role_keys.get(p.role_id or 0, "")),
                        offers=list(p.offers or []),
                        consent_contact=True,
                        sources=[f"session précédente : {old_event['name']}"],
                        cancelled=False,
                        notes="",
                        home_project_id=project_map.get(p.home_project_id or 0),
                        walk_in=False,
                    )
                    session.add(copy)
                    session.flush()
                    person_map[p.id] = copy.id
                actions = needs = 0
                position: dict[int, int] = {}
                for item in items:
                    if item.kind == "action" and (item.status or "todo") not in OPEN_STATUSES:
                        continue
                    if item.kind == "need" and outcomes.get(item.id) == "met":
                        continue
                    project_id = project_map[item.project_id]
                    owner = item.responsible_participant_id
                    copy = Item(
                        project_id=project_id,
                        round=1,
                        kind=item.kind,
                        category=item.category,
                        text=item.text,
                        participant_id=person_map.get(item.participant_id or 0),
                        responsible_participant_id=person_map.get(owner or 0),
                        # An owner who is not carried over keeps their name on the action only.
                        responsible_text=(
                            ""
                            if owner in person_map
                            else (names.get(owner or 0, "") or item.responsible_text or "")
                        ),
                        due=item.due,
                        status=item.status,
                        votes=0,
                        position=position.get(project_id, 0),
                        deleted=False,
                    )
                    position[project_id] = copy.position + 1
                    session.add(copy)
                    session.flush()
                    for n in notes.get(item.id, ()):
                        session.add(
                            ActionNote(item_id=copy.id, on=n.on, status=n.status, text=n.text)
                        )
                    actions += item.kind == "action"
                    needs += item.kind == "need"
                name = ev.name
            new.changes.publish(
                Changes.of("event", "projects", "participants", "items", "followup")
            )
        finally:
            new.close()
        return NewSessionSummary(
            path=str(target),
            event_name=name,
            projects=len(projects),
            participants=len(kept_people),
            actions=actions,
            needs=needs,
            left_out_projects=all_projects - len(projects),
            left_out_people=len(people) - len(kept_people),
        )
