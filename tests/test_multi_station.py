"""Several stations on one database: the things PostgreSQL does differently.

Every test here runs on SQLite and on a real PostgreSQL server (``db`` is
parametrised in ``conftest.py``).
"""

from __future__ import annotations

from katalyze.checkin.service import register_walk_in
from katalyze.demo import build_demo
from katalyze.participants import ParticipantDraft, add_participant, list_participants


def test_rows_added_after_the_demo_get_fresh_ids(db) -> None:
    build_demo(db, participants=40, tables=5, stage="arrived", seed=3)
    before = {p.id for p in list_participants(db)}
    added = add_participant(db, ParticipantDraft(first_name="Inès", last_name="Après"))
    walk_in = register_walk_in(db, ParticipantDraft(first_name="Paul", last_name="Sanspapier"))
    assert walk_in.status == "ok"
    assert added.id not in before and walk_in.participant_id not in before
