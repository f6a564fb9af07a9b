"""A station's resent attempt (same client id) is answered once, never counted twice."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from katalyze.changes import Changes
from katalyze.checkin.service import (
    check_in_code,
    check_in_participant,
    issue_missing_codes,
    register_walk_in,
)
from katalyze.db.models import CheckIn, Participant, ScanLog
from katalyze.errors import UserError
from katalyze.events import list_roles
from katalyze.participants import ParticipantDraft, add_participant, get_participant


def _person(db, first: str, last: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    roles = {r.key: r.id for r in list_roles(db)}
    pid = add_participant(
        db, ParticipantDraft(first_name=first, last_name=last, role_id=roles["citoyen"])
    ).id
    issue_missing_codes(db)
    code = get_participant(db, pid).badge_code
    assert code is not None
    return pid, code


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions.begin() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_resent_scan_gets_the_first_answer_and_writes_nothing(db) -> None:
    pid, code = _person(db, "Inès", "Moreau")
    first = check_in_code(db, code, "Porte web", client_id="door-1:0001")
    assert first.status == "ok"
    for _ in range(4):
        again = check_in_code(db, code, "Porte web", client_id="door-1:0001")
        assert again.status == "ok"
        assert again.participant_id == pid
        assert again.checked_in_at == first.checked_in_at
    assert _count(db, CheckIn) == 1
    assert _count(db, ScanLog) == 1
    # A new attempt (new id) is a second scan: "already".
    assert check_in_code(db, code, "Porte web", client_id="door-1:0002").status == "already"
    assert _count(db, ScanLog) == 2


def test_resent_invalid_and_by_name_and_walk_in(db) -> None:
    pid, _code = _person(db, "Jean", "Dupont")
    assert check_in_code(db, "ZZZZ", client_id="a").status == "invalid"
    assert check_in_code(db, "ZZZZ", client_id="a").status == "invalid"
    assert check_in_participant(db, pid, client_id="b").status == "ok"
    assert check_in_participant(db, pid, client_id="b").status == "ok"
    roles = {r.key: r.id for r in list_roles(db)}
    draft = ParticipantDraft(first_name="Léa", last_name="Martin", role_id=roles["citoyen"])
    one = register_walk_in(db, draft, client_id="c")
    two = register_walk_in(db, draft, client_id="c")
    assert one.status == two.status == "ok"
    assert one.participant_id == two.participant_id
    assert _count(db, Participant) == 2
    assert _count(db, ScanLog) == 3


def test_a_client_id_too_long_is_refused_with_a_sentence(db) -> None:
    with pytest.raises(UserError, match="64"):
        check_in_code(db, "ABC", client_id="x" * 65)


def test_racing_resends_give_one_check_in(db) -> None:
    _pid, code = _person(db, "Zoé", "Bernard")
    results = []

    def scan() -> None:
        results.append(check_in_code(db, code, "Porte", client_id="same"))

    threads = [threading.Thread(target=scan) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {r.status for r in results} == {"ok"}
    assert _count(db, CheckIn) == 1
    assert _count(db, ScanLog) == 1


def test_check_ins_are_published_on_the_feed(db) -> None:
    _pid, code = _person(db, "Noé", "Petit")
    seen: list[Changes] = []
    db.changes.subscribe(seen.append)
    check_in_code(db, code)
    check_in_code(db, code)  # already: nothing changed
    assert [c.topics for c in seen] == [{"checkins"}]
