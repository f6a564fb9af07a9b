"""Several stations on one database: the things PostgreSQL does differently.

Every test here runs on SQLite and on a real PostgreSQL server (``db`` is
parametrised in ``conftest.py``).
"""

from __future__ import annotations

import socket

import psycopg
import pytest

from katalyze.checkin.service import register_walk_in
from katalyze.db import open_database
from katalyze.demo import build_demo
from katalyze.errors import UserError
from katalyze.i18n import using_language
from katalyze.participants import ParticipantDraft, add_participant, list_participants
from tests.pg_server import PASSWORD, PASSWORD_USER


def test_rows_added_after_the_demo_get_fresh_ids(db) -> None:
    build_demo(db, participants=40, tables=5, stage="arrived", seed=3)
    before = {p.id for p in list_participants(db)}
    added = add_participant(db, ParticipantDraft(first_name="Inès", last_name="Après"))
    walk_in = register_walk_in(db, ParticipantDraft(first_name="Paul", last_name="Sanspapier"))
    assert walk_in.status == "ok"
    assert added.id not in before and walk_in.participant_id not in before


# --- a server that does not let us in: a sentence each, never the password ---


def _open_error(url: str) -> str:
    with pytest.raises(UserError) as caught:
        open_database(url)
    return str(caught.value)


def test_server_errors_say_what_to_do_and_hide_the_password(pg_server) -> None:
    secret = PASSWORD
    down = _open_error(f"postgresql://katalyze:{secret}@127.0.0.1:{_closed_port()}/soiree")
    assert "ne répond pas" in down and "katalyze doctor" in down and secret not in down
    wrong = _open_error(pg_server.url("postgres", user=PASSWORD_USER, password="nope-" + secret))
    assert "mot de passe" in wrong and secret not in wrong
    missing = _open_error(pg_server.url("nulle_part", password=secret))
    assert "« nulle_part » n'existe pas" in missing and "createdb" in missing
    assert secret not in missing
    foreign = pg_server.empty_database()
    with psycopg.connect(foreign.replace("postgresql+psycopg", "postgresql")) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    other = _open_error(foreign.replace("postgres@", f"postgres:{secret}@"))
    assert "autre application" in other and secret not in other
    with using_language("en"):
        assert "does not answer" in _open_error(f"postgresql://u:{secret}@127.0.0.1:1/x")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
