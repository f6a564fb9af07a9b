"""The follow-up year's writes: one user action, one function, one transaction.

Each function checks its input (a clear sentence otherwise), writes, commits,
publishes what changed (``actions`` or ``followup``) and returns the row as it
now is. Dates default to today only where they *record* when something was
said or done; verdicts (overdue...) are in :mod:`katalyze.followup.data`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from katalyze.changes import Changes
from katalyze.db import Database
from katalyze.db.models import (
    ActionNote,
    FollowupMeeting,
    Item,
    ItemOutcome,
    Participant,
    Project,
    ProjectFollowup,
)
from katalyze.errors import UserError
from katalyze.followup.data import (
    OUTCOMES,
    STATUS_LABELS,
    STATUSES,
    ActionRow,
    MeetingRow,
    NoteRow,
    PledgeRow,
    ProjectPlan,
    action_row,
    meeting_row,
    outcome_label,
    plan_row,
    pledge_row,
)
from katalyze.i18n import _

MAX_NOTE = 4000
MAX_STAGE = 200
MAX_RHYTHM = 12


def parse_status(value: str) -> str | None:
    """A status code from its code or its label in either language (``None``
    when it is neither): "done", "Fait", "fait", "Done"."""
    text = " ".join(str(value or "").split()).casefold()
    for code in STATUSES:
        if text in (code, STATUS_LABELS[code].casefold(), _(STATUS_LABELS[code]).casefold()):
            return code
    aliases = {
        "abandonnée": "dropped",
        "en-cours": "doing",
        "in progress": "doing",
        "to do": "todo",
    }
    return aliases.get(text)


def bad_status_message(value: str) -> str:
    # The labels a screen shows and the codes a script types, both accepted.
    labels = ", ".join(f"{_(STATUS_LABELS[c]).lower()} ({c})" for c in STATUSES)
    return _("Statut inconnu « {value} » : choisissez parmi {labels}.").format(
        value=value, labels=labels
    )


def _action(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None or item.deleted or item.kind != "action":
        raise UserError(
            _("L'action n° {id} n'existe pas : vérifiez le numéro (katalyze list actions).").format(
                id=item_id
            )
        )
    return item


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise UserError(
            _("Le projet n° {id} n'existe pas : choisissez un projet de la liste.").format(
                id=project_id
            )
        )
    return project


def _plan(session: Session, project_id: int) -> ProjectFollowup:
    _project(session, project_id)
    plan = session.get(ProjectFollowup, project_id)
    if plan is None:
        plan = new_plan(project_id)
        session.add(plan)
    return plan


def new_plan(project_id: int, rhythm_months: int = 1) -> ProjectFollowup:
    """A project's follow-up row as it starts: monthly, continuing, no review."""
    return ProjectFollowup(
        project_id=project_id,
        rhythm_months=rhythm_months,
        continuing=True,
        stage="",
        jobs="",
        partners="",
        next_steps="",
    )


def _note_text(text: str | None) -> str:
    text = (text or "").strip()
    if len(text) > MAX_NOTE:
        raise UserError(
            _("La note fait {n} caractères (au plus {max}) : raccourcissez-la.").format(
                n=len(text), max=MAX_NOTE
            )
        )
    return text


def _names(session: Session) -> dict[int, str]:
    return {
        pid: f"{first} {last}".strip()
        for pid, first, last in session.execute(
            select(Participant.id, Participant.first_name, Participant.last_name)
        )
    }


def action_row_in(session: Session, item_id: int) -> ActionRow:
    session.flush()
    item = _action(session, item_id)
    notes = tuple(
        NoteRow(n.id, n.item_id, n.on, n.status or "", n.text or "")
        for n in session.scalars(
            select(ActionNote)
            .where(ActionNote.item_id == item_id)
            .order_by(ActionNote.on, ActionNote.id)
        )
    )
    return action_row(item, session.get(Project, item.project_id), _names(session), notes)


def record_update_in(
    session: Session, item_id: int, status: str | None, note: str | None, on: dt.date
) -> bool:
    """Apply a status change and/or a note inside a caller's transaction;
    ``False`` when it changes nothing (same status, no note)."""
    item = _action(session, item_id)
    text = _note_text(note)
    moved = ""
    if status is not None:
        code = parse_status(status)
        if code is None:
            raise UserError(bad_status_message(status))
        if code != (item.status or "todo"):
            item.status = moved = code
    if not moved and not text:
        return False
    session.add(ActionNote(item_id=item_id, on=on, status=moved, text=text))
    return True


def update_action(
    db: Database,
    item_id: int,
    *,
    status: str | None = None,
    note: str | None = None,
    on: dt.date | None = None,
) -> ActionRow:
    """Record an update of an action: its new status and/or a note, dated ``on``."""
    nothing = _("Rien à enregistrer : donnez un nouveau statut ou une note.")
    if status is None and not (note or "").strip():
        raise UserError(nothing)
    with db.sessions.begin() as session:
        if not record_update_in(session, item_id, status, note, on or dt.date.today()):
            raise UserError(nothing)
        row = action_row_in(session, item_id)
    db.changes.publish(Changes.of("actions", "items"))
    return row


def edit_note(db: Database, note_id: int, text: str) -> ActionRow:
    """Correct the text of an earlier update's note (its date and status
    stay); the Suivi's undo calls it again with the text before."""
    with db.sessions.begin() as session:
        note = session.get(ActionNote, note_id)
        if note is None:
            raise UserError(_("Cette note n'existe plus : la liste va être rechargée."))
        new = _note_text(text)
        if not new and not note.status:
            raise UserError(
                _(
                    "Cette mise à jour ne change pas le statut : sa note ne peut pas être vide. "
                    "Écrivez ce qui s'est passé."
                )
            )
        if new == (note.text or ""):
            return action_row_in(session, note.item_id)
        note.text = new
        row = action_row_in(session, note.item_id)
    db.changes.publish(Changes.of("actions"))  # a note: no item's fields change
    return row


def set_outcome(
    db: Database,
    item_id: int,
    outcome: str,
    *,
    by: str = "",
    by_participant_id: int | None = None,
    on: dt.date | None = None,
    note: str = "",
) -> PledgeRow:
    """A commitment honoured or not, a need met or not (and by whom);
    ``outcome=""`` reopens it."""
    with db.sessions.begin() as session:
        item = session.get(Item, item_id)
        if item is None or item.deleted or item.kind not in OUTCOMES:
            raise UserError(_("L'engagement ou le besoin n° {id} n'existe pas.").format(id=item_id))
        allowed = OUTCOMES[item.kind]
        if outcome and outcome not in allowed:
            raise UserError(
                _("« {value} » ne convient pas ici : choisissez parmi {labels}.").format(
                    value=outcome, labels=", ".join(outcome_label(o).lower() for o in allowed)
                )
            )
        if by_participant_id is not None and session.get(Participant, by_participant_id) is None:
            raise UserError(_("Le participant n° {id} n'existe plus.").format(id=by_participant_id))
        row = session.get(ItemOutcome, item_id)
        if row is None:
            row = ItemOutcome(item_id=item_id)
            session.add(row)
        row.outcome = outcome
        row.by_participant_id = by_participant_id
        row.by_text = "" if by_participant_id else (by or "").strip()[:300]
        row.on = (on or dt.date.today()) if outcome else None
        row.note = _note_text(note)
        session.flush()
        result = pledge_row(item, row, _names(session))
    db.changes.publish(Changes.of("followup"))
    return result


def _clean_attendees(attendees: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(" ".join(a.split()) for a in attendees if a and a.strip()))


def plan_meeting(db: Database, project_id: int, planned_on: dt.date) -> MeetingRow:
    """Plan a point of analysis of a project."""
    if not isinstance(planned_on, dt.date):
        raise UserError(_("Choisissez la date de la réunion de suivi."))
    with db.sessions.begin() as session:
        _project(session, project_id)
        meeting = FollowupMeeting(
            project_id=project_id,
            planned_on=planned_on,
            attendees=[],
            decisions="",
            next_steps="",
        )
        session.add(meeting)
        session.flush()
        result = meeting_row(meeting)
    db.changes.publish(Changes.of("followup"))
    return result


def record_meeting(
    db: Database,
    project_id: int,
    held_on: dt.date,
    *,
    meeting_id: int | None = None,
    attendees: Sequence[str] = (),
    decisions: str = "",
    next_steps: str = "",
) -> MeetingRow:
    """Record a held meeting: the planned one ``meeting_id``, or a new one."""
    if not isinstance(held_on, dt.date):
        raise UserError(_("Choisissez la date de la réunion de suivi."))
    with db.sessions.begin() as session:
        _project(session, project_id)
        meeting = session.get(FollowupMeeting, meeting_id) if meeting_id is not None else None
        if meeting_id is not None and (meeting is None or meeting.project_id != project_id):
            raise UserError(
                _("La réunion n° {id} n'existe plus : la liste va être rechargée.").format(
                    id=meeting_id
                )
            )
        if meeting is None:
            meeting = FollowupMeeting(project_id=project_id, planned_on=held_on)
            session.add(meeting)
        meeting.held_on = held_on
        meeting.attendees = _clean_attendees(attendees)
        meeting.decisions = _note_text(decisions)
        meeting.next_steps = _note_text(next_steps)
        session.flush()
        result = meeting_row(meeting)
    db.changes.publish(Changes.of("followup"))
    return result


def set_rhythm(db: Database, project_id: int, months: int) -> ProjectPlan:
    """How often a project's follow-up meets (every ``months`` months)."""
    if not isinstance(months, int) or not 1 <= months <= MAX_RHYTHM:
        raise UserError(
            _("Le rythme des réunions va de 1 à {max} mois (« {value} » donné).").format(
                max=MAX_RHYTHM, value=months
            )
        )
    with db.sessions.begin() as session:
        plan = _plan(session, project_id)
        plan.rhythm_months = months
        session.flush()
        result = plan_row(project_id, plan)
    db.changes.publish(Changes.of("followup"))
    return result


def save_review(
    db: Database,
    project_id: int,
    *,
    stage: str,
    jobs: str = "",
    partners: str = "",
    next_steps: str = "",
    continuing: bool = True,
    on: dt.date | None = None,
) -> ProjectPlan:
    """The year-end impact review of a project (stage reached, jobs or
    activity created, partners gained, what comes next)."""
    stage = " ".join((stage or "").split())
    if not stage:
        raise UserError(_("Indiquez le stade atteint par le projet avant d'enregistrer le bilan."))
    if len(stage) > MAX_STAGE:
        raise UserError(
            _("Le stade atteint fait {n} caractères (au plus {max}) : raccourcissez-le.").format(
                n=len(stage), max=MAX_STAGE
            )
        )
    with db.sessions.begin() as session:
        plan = _plan(session, project_id)
        plan.stage = stage
        plan.jobs = _note_text(jobs)
        plan.partners = _note_text(partners)
        plan.next_steps = _note_text(next_steps)
        plan.continuing = bool(continuing)
        plan.reviewed_on = on or dt.date.today()
        session.flush()
        result = plan_row(project_id, plan)
    db.changes.publish(Changes.of("followup"))
    return result
