"""An export reads the evening as it is at one moment, even while others write."""

from __future__ import annotations

from sqlalchemy import func, select

from katalyze.db import open_database
from katalyze.db.models import Participant
from katalyze.events import ensure_event
from katalyze.participants import ParticipantDraft, add_participant


def _count(session) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(Participant))


def test_a_snapshot_does_not_see_later_commits(db_path) -> None:
    reader = open_database(db_path)
    ensure_event(reader)
    writer = open_database(db_path)
    add_participant(writer, ParticipantDraft(first_name="Ada", last_name="Avant"))
    with reader.snapshot() as session:
        before = _count(session)
        add_participant(writer, ParticipantDraft(first_name="Bob", last_name="Pendant"))
        assert _count(session) == before == 1
    # The commit did land, and a plain session sees it.
    with reader.sessions.begin() as session:
        assert _count(session) == 2
    # A snapshot takes no write lock: the writer was not blocked above, and
    # the snapshot left nothing open.
    add_participant(writer, ParticipantDraft(first_name="Chloé", last_name="Après"))
    reader.close()
    writer.close()


def test_without_the_snapshot_a_read_sees_each_moment(db_path) -> None:
    """What the snapshot prevents (so that the test above can fail)."""
    reader = open_database(db_path)
    ensure_event(reader)
    writer = open_database(db_path)
    with reader.sessions.begin() as session:
        before = _count(session)
        add_participant(writer, ParticipantDraft(first_name="Bob", last_name="Pendant"))
        assert _count(session) == before + 1
    reader.close()
    writer.close()
