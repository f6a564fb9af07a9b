"""Taking back a follow-up write: the inverse of the writes of
:mod:`katalyze.followup.service`, one transaction each.

A Suivi screen records, after each write, what it needs to undo it (the
note it added and the status before, the meeting as it was); these calls put
the database back as it was and say what changed, like every write.
"""

from __future__ import annotations

from sqlalchemy import select

from katalyze.changes import Changes
from katalyze.db import Database
from katalyze.db.models import ActionNote, FollowupMeeting, Item, Project
from katalyze.errors import UserError
from katalyze.followup.data import STATUSES, ActionRow, MeetingRow, meeting_row
from katalyze.followup.service import action_row_in
from katalyze.i18n import _


def _gone() -> UserError:
    return UserError(_("Ce suivi a changé entre-temps : la liste va être rechargée."))


def undo_update(db: Database, note_id: int, status_before: str) -> ActionRow:
    """Take back the update that wrote note ``note_id``: the note goes, and
    the action's status goes back to ``status_before`` when that update
    moved it and no later update moved it again."""
    if status_before not in STATUSES:
        raise UserError(_("Statut inconnu « {value} ».").format(value=status_before))
    with db.sessions.begin() as session:
        note = session.get(ActionNote, note_id)
        if note is None:
            raise _gone()
        item_id, moved = note.item_id, note.status
        later = session.scalar(
            select(ActionNote.id)
            .where(ActionNote.item_id == item_id, ActionNote.status != "", ActionNote.id > note_id)
            .limit(1)
        )
        session.delete(note)
        item = session.get(Item, item_id)
        if moved and later is None and item is not None and item.status == moved:
            item.status = status_before
        row = action_row_in(session, item_id)
    db.changes.publish(Changes.of("actions", "items"))
    return row


def delete_meeting(db: Database, meeting_id: int) -> MeetingRow:
    """Remove a planned or held meeting; returns it as it was (to restore it)."""
    with db.sessions.begin() as session:
        meeting = session.get(FollowupMeeting, meeting_id)
        if meeting is None:
            raise _gone()
        row = meeting_row(meeting)
        session.delete(meeting)
    db.changes.publish(Changes.of("followup"))
    return row


def restore_meeting(db: Database, row: MeetingRow) -> MeetingRow:
    """Put meeting ``row`` back exactly as it was (under the same number)."""
    with db.sessions.begin() as session:
        if session.get(Project, row.project_id) is None:
            raise _gone()
        meeting = session.get(FollowupMeeting, row.id)
        if meeting is None:
            meeting = FollowupMeeting(id=row.id, project_id=row.project_id)
            session.add(meeting)
        elif meeting.project_id != row.project_id:
            raise _gone()
        meeting.planned_on = row.planned_on
        meeting.held_on = row.held_on
        meeting.attendees = list(row.attendees)
        meeting.decisions = row.decisions
        meeting.next_steps = row.next_steps
        session.flush()
        result = meeting_row(meeting)
    db.changes.publish(Changes.of("followup"))
    return result
