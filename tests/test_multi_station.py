"""Several stations on one database: the things PostgreSQL does differently.

Every test here runs on SQLite and on a real PostgreSQL server (``db`` is
parametrised in ``conftest.py``).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading

import psycopg
import pytest
from sqlalchemy import func, select

from katalyze.changes import Changes
from katalyze.checkin.service import issue_missing_codes, register_walk_in
from katalyze.db import open_database
from katalyze.db.models import CheckIn, ScanLog
from katalyze.db.watch import REMOTE, Watcher
from katalyze.demo import build_demo
from katalyze.errors import UserError
from katalyze.i18n import using_language
from katalyze.participants import ParticipantDraft, add_participant, list_participants
from tests.conftest import REPO
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


# --- four door stations race on the same 500 badges -------------------------------

RACER = """
import json, sys
from katalyze.changes import Changes
from katalyze.checkin.service import check_in_code
from katalyze.db import open_database
url, index = sys.argv[1], int(sys.argv[2])
codes = json.loads(sys.stdin.readline())
db = open_database(url, create=False)
print("ready", flush=True)
sys.stdin.readline()  # "go": every station starts at once
order = codes if index % 2 == 0 else codes[::-1]
results = [check_in_code(db, code, f"Entrée {index}") for code in order]
db.close()
print(json.dumps([[r.code, r.status, r.participant_id] for r in results]), flush=True)
"""


@pytest.mark.slow
def test_four_processes_racing_on_500_badges_check_each_person_in_once(db) -> None:
    build_demo(db, participants=530, stage="registered", seed=5)
    issue_missing_codes(db)
    people = [p for p in list_participants(db) if not p.cancelled][:500]
    codes = [p.badge_code for p in people]
    stations = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, db.url, str(index)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for index in range(1, 5)
    ]
    for station in stations:
        assert station.stdin is not None and station.stdout is not None
        station.stdin.write(json.dumps(codes) + "\n")
        station.stdin.flush()
    for station in stations:
        assert station.stdout.readline().strip() == "ready"
    for station in stations:
        station.stdin.write("go\n")
        station.stdin.flush()
    outcomes: dict[int, list[str]] = {p.id: [] for p in people}
    for station in stations:
        out, _ = station.communicate(timeout=600)
        assert station.returncode == 0
        for _code, status, pid in json.loads(out):
            outcomes[pid].append(status)
    for pid, statuses in outcomes.items():
        assert sorted(statuses) == ["already"] * 3 + ["ok"], pid
    with db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 500
        logged = dict(
            session.execute(select(ScanLog.outcome, func.count()).group_by(ScanLog.outcome)).all()
        )
    assert logged == {"ok": 500, "already": 1500}


def test_a_station_hears_the_other_stations_and_never_itself(db) -> None:
    other = open_database(db.url)  # another process's connection to the same event
    heard: list[Changes] = []
    arrived = threading.Event()

    def listen(changes: Changes) -> None:
        if changes.origin == REMOTE:
            heard.append(changes)
            arrived.set()

    db.changes.subscribe(listen)
    watcher = Watcher(db).start()
    assert watcher.ready.wait(10)
    db.changes.publish(Changes.of("items"))  # our own write: already on our screens
    other.changes.publish(Changes.of("seats"))
    assert arrived.wait(10)
    arrived.clear()
    other.changes.publish(Changes.of("items", projects=[3, 5]))  # a phone's items: its table
    assert arrived.wait(10)
    watcher.stop()
    other.close()
    assert [c.topics for c in heard] == [frozenset({"seats"}), frozenset({"items"})]
    assert [c.projects for c in heard] == [None, frozenset({3, 5})]
