"""A large evening for the export benchmark, fast to build.

``katalyze demo --stage registered`` gives the people and projects; arrivals
and a two-round placement by wishes are written here directly through the ORM
(the real placement engine is not what the export benchmark measures), then
the demo capture fills every table.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from katalyze.capture.demo import simulate_capture
from katalyze.db import Database
from katalyze.db.models import CheckIn, Participant, Project, Seat, Wish


def build_evening(db: Database, *, participants: int, tables: int, seed: int = 1) -> None:
    from katalyze.demo import build_demo

    build_demo(db, participants=participants, tables=tables, stage="registered", seed=seed)
    arrive_and_seat(db, random.Random(seed), rounds=2)
    simulate_capture(db, random.Random(seed))


def arrive_and_seat(db: Database, rng: random.Random, *, rounds: int = 2) -> None:
    """Check in ~90 % of the non-cancelled people, then seat them by wishes."""
    with db.sessions.begin() as s:
        projects = list(s.scalars(select(Project).order_by(Project.table_number)))
        people = list(s.scalars(select(Participant).where(Participant.cancelled.is_(False))))
        wishes: dict[int, list[int]] = {}
        for w in s.scalars(select(Wish).order_by(Wish.participant_id, Wish.rank)):
            wishes.setdefault(w.participant_id, []).append(w.project_id)
        start = dt.datetime(2026, 3, 26, 17, 0, tzinfo=dt.UTC)
        arrived = [p for p in people if p.home_project_id or rng.random() < 0.9]
        for k, person in enumerate(arrived):
            s.add(
                CheckIn(
                    participant_id=person.id,
                    station=("Accueil 1", "Accueil 2")[k % 2],
                    checked_in_at=start + dt.timedelta(seconds=12 * k),
                )
            )
        capacity = {p.id: p.max_seats for p in projects}
        for rnd in range(1, rounds + 1):
            load = dict.fromkeys(capacity, 0)
            for person in arrived:
                if person.home_project_id in load:
                    target = person.home_project_id
                else:
                    own = wishes.get(person.id, [])
                    ordered = own[rnd - 1 :] + own[: rnd - 1]
                    free = [w for w in ordered if load[w] < capacity[w]]
                    target = free[0] if free else min(load, key=lambda pid: load[pid])
                load[target] += 1
                s.add(Seat(participant_id=person.id, project_id=target, round=rnd))
