"""A door that survives the network: the server stops mid-burst
(``pg_ctl stop -m immediate``), the door keeps checking people in against its
local copy, and the queue replays exactly once when the server is back."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from katalyze.checkin.offline import DoorStation
from katalyze.checkin.service import check_in_code, issue_missing_codes
from katalyze.db import open_database
from katalyze.db.models import CheckIn, ScanLog
from katalyze.db.server_errors import server_lost
from katalyze.demo import build_demo
from katalyze.errors import UserError
from katalyze.events import ensure_event
from katalyze.i18n import using_language
from katalyze.participants import ParticipantDraft, list_participants
from katalyze.projects import list_projects
from tests.pg_server import find_bin_dir, start_server


@pytest.fixture
def own_server():
    """A server of this test's own: it is stopped and started again."""
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = start_server()
    yield server
    server.destroy()


def test_the_door_keeps_scanning_through_a_server_stop_and_replays_once(own_server) -> None:
    db = open_database(own_server.fresh_database())
    ensure_event(db)
    build_demo(db, participants=140, tables=5, stage="registered", seed=7)
    issue_missing_codes(db)
    codes = [p.badge_code for p in list_participants(db) if not p.cancelled][:120]
    wish = list_projects(db)[0].id
    door = DoorStation(db, "Entrée 1")
    assert door.state().online and door.state().text() == ""

    before = [door.check_in_code(code) for code in codes[:50]]
    assert {r.status for r in before} == {"ok"}
    online_walk_in = door.register_walk_in(ParticipantDraft(first_name="Ana", last_name="Tôt"))
    assert online_walk_in.status == "ok" and online_walk_in.participant_id is not None
    own_server.stop("immediate")  # mid-burst: the server is gone, the queue is not
    during = [door.check_in_code(code) for code in codes[50:100]]
    assert {r.status for r in during} == {"ok"}
    # Walk-ins while offline: the form is checked here, the person kept in the queue.
    with pytest.raises(UserError, match="au moins un nom"):
        door.register_walk_in(ParticipantDraft(first_name=" "))
    kept = door.register_walk_in(
        ParticipantDraft(first_name="Inès", last_name="Horsligne", consent_contact=True)
    )
    assert (
        kept.status == "ok" and kept.participant_id is None and "retour du réseau" in kept.message
    )
    wished = door.register_walk_in(ParticipantDraft(last_name="Sansréseau", wishes=(wish,)))
    assert door.check_in_code(online_walk_in.code).status == "already"  # in the local copy
    assert during[0].full_name and during[0].table is None
    again = door.check_in_code(codes[60])  # the same badge twice while offline
    assert again.status == "already"
    state = door.state()
    assert not state.online and state.pending == 54
    assert state.text() == "hors ligne — 54 scans en attente"
    with using_language("en"):
        assert state.text() == "offline — 54 scans waiting"
    assert door.reconnect().online is False  # still down: nothing lost, still queued
    assert door.pending_count() == 54

    own_server.start()
    state = door.reconnect()
    assert state.online and state.pending == 0
    with db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 103
        logged = dict(
            session.execute(select(ScanLog.outcome, func.count()).group_by(ScanLog.outcome)).all()
        )
    assert logged == {"ok": 103, "already": 2}
    walk_ins = {
        p.last_name: p for p in list_participants(db) if p.last_name in ("Horsligne", "Sansréseau")
    }
    assert set(walk_ins) == {"Horsligne", "Sansréseau"}  # each registered once
    assert all(p.badge_code for p in walk_ins.values())
    assert walk_ins["Horsligne"].consent_contact and walk_ins["Sansréseau"].wishes == (wish,)
    with db.sessions.begin() as session:  # arrived at the moment of the offline form
        arrived = session.scalar(
            select(CheckIn.checked_in_at).where(CheckIn.participant_id == walk_ins["Sansréseau"].id)
        )
    assert arrived == wished.checked_in_at
    with db.sessions.begin() as session:  # arrivals keep the moment of the offline scan
        arrived = session.scalar(
            select(CheckIn.checked_in_at).where(CheckIn.participant_id == during[0].participant_id)
        )
    assert arrived == during[0].checked_in_at
    assert door.reconnect().pending == 0  # a second replay sends nothing twice
    assert door.conflicts() == []
    door.close()
    db.close()


def test_a_person_checked_in_at_the_other_door_meanwhile_is_a_logged_conflict(
    own_server,
) -> None:
    url = own_server.fresh_database()
    db = open_database(url)
    ensure_event(db)
    build_demo(db, participants=60, tables=5, stage="registered", seed=8)
    issue_missing_codes(db)
    code = next(p.badge_code for p in list_participants(db) if not p.cancelled)
    door = DoorStation(db, "Entrée 1")
    door.db.engine.dispose()
    own_server.stop("immediate")
    assert door.check_in_code(code).status == "ok"  # answered from the local copy
    with pytest.raises(OperationalError) as caught:  # another screen's read meanwhile
        list_participants(db)
    assert "ne répond plus" in str(server_lost(caught.value))
    own_server.start()
    other = open_database(url)
    assert check_in_code(other, code, "Entrée 2").status == "ok"  # the other door was first
    other.close()
    assert door.reconnect().pending == 0
    [(_cid, value, here, server)] = door.conflicts()
    assert (value, here, server) == (code, "ok", "already")
    with db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 1
    door.close()
    db.close()
