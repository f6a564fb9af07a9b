"""A demo evening with people seated at tables, for the capture tests,
the crash driver and the capture benchmark."""

from __future__ import annotations

from sqlalchemy import select

from katalyze.db import Database
from katalyze.db.models import Participant, Project, Seat


def seat_everyone(db: Database, rounds: int = 2) -> dict[int, list[int]]:
    """Seat every non-cancelled participant, table after table, in each round
    (holders stay at their home table); returns round-1 seats per project."""
    with db.sessions.begin() as session:
        projects = list(session.scalars(select(Project.id).order_by(Project.table_number)))
        people = list(
            session.scalars(
                select(Participant).where(Participant.cancelled.is_(False)).order_by(Participant.id)
            )
        )
        first: dict[int, list[int]] = {p: [] for p in projects}
        for round in range(1, rounds + 1):
            for n, person in enumerate(people):
                if person.home_project_id in projects:
                    project = person.home_project_id
                else:
                    project = projects[(n + round - 1) % len(projects)]
                session.add(Seat(participant_id=person.id, project_id=project, round=round))
                if round == 1:
                    first[project].append(person.id)
    return first


def demo_with_seats(db: Database, participants: int = 120) -> dict[int, list[int]]:
    from katalyze.demo import build_demo

    build_demo(db, participants=participants, stage="registered", seed=1)
    return seat_everyone(db)
