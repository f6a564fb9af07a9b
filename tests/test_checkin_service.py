"""The check-in service: outcomes, scan log, tables, undo, walk-ins, counters, races."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from katalyze.checkin.codes import format_code, new_code
from katalyze.checkin.service import (
    ScanResult,
    arrival_counts,
    check_in_code,
    check_in_participant,
    issue_missing_codes,
    latest_arrivals,
    register_walk_in,
    reissue_badge,
    resolve_code,
    undo_check_in,
)
from katalyze.db import open_database
from katalyze.db.models import CheckIn, Participant, ScanLog, Seat
from katalyze.errors import UserError
from katalyze.events import list_roles, update_event
from katalyze.participants import (
    ParticipantDraft,
    add_participant,
    get_participant,
    set_cancelled,
)
from katalyze.projects import ProjectDraft, create_project


def _person(db, first: str, last: str, role_key: str = "citoyen", **extra) -> int:  # type: ignore[no-untyped-def]
    roles = {r.key: r.id for r in list_roles(db)}
    info = add_participant(
        db, ParticipantDraft(first_name=first, last_name=last, role_id=roles[role_key], **extra)
    )
    return info.id


def _code(db, pid: int) -> str:  # type: ignore[no-untyped-def]
    issue_missing_codes(db)
    code = get_participant(db, pid).badge_code
    assert code is not None
    return code


def _log(db) -> list[tuple[str, str, str, int | None]]:  # type: ignore[no-untyped-def]
    with db.sessions.begin() as session:
        rows = session.execute(
            select(ScanLog.station, ScanLog.code, ScanLog.outcome, ScanLog.participant_id).order_by(
                ScanLog.id
            )
        ).all()
    return [tuple(r) for r in rows]


def test_ok_then_already_with_first_station_and_time(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Zoé", "Lefèvre", organisation="La Machinerie")
    code = _code(db, pid)
    first = check_in_code(db, code, "Entrée 1")
    assert first.status == "ok"
    assert (first.participant_id, first.first_name, first.last_name) == (pid, "Zoé", "Lefèvre")
    assert first.organisation == "La Machinerie"
    assert first.role == "Citoyen·ne" and first.role_colour == "#2e8b57"
    assert first.station == "Entrée 1" and first.checked_in_at is not None
    assert first.table is None and "Bienvenue, Zoé Lefèvre" in first.message

    again = check_in_code(db, format_code(code).lower(), "Entrée 2")
    assert again.status == "already"
    assert again.first_station == "Entrée 1"
    assert again.first_checked_in_at == first.checked_in_at
    assert again.checked_in_at == first.checked_in_at
    assert again.station == "Entrée 2"
    assert "déjà arrivé" in again.message and "Entrée 1" in again.message
    assert first.checked_in_at.astimezone().strftime("%H:%M") in again.message
    assert get_participant(db, pid).checked_in_station == "Entrée 1"
    assert _log(db) == [
        ("Entrée 1", code, "ok", pid),
        ("Entrée 2", code, "already", pid),
    ]


def test_unknown_foreign_invalid_are_logged_without_anybody(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Ana", "Nguyễn")
    _code(db, pid)
    with db.sessions.begin() as session:
        from katalyze.db.models import Event

        secret = session.scalar(select(Event.secret))
    unknown = new_code(secret, {get_participant(db, pid).badge_code or ""})
    foreign = new_code("another event's secret")
    results = {
        "unknown": check_in_code(db, unknown, "E"),
        "foreign": check_in_code(db, foreign, "E"),
        "invalid": check_in_code(db, "Bonjour !", "E"),
    }
    for status, result in results.items():
        assert result.status == status
        assert result.participant_id is None and result.checked_in_at is None
        assert result.message
    assert [row[2] for row in _log(db)] == ["unknown", "foreign", "invalid"]
    assert _log(db)[2][1] == "BONJOUR!"
    with db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 0


def test_cancelled_registration_answers_cancelled_unless_confirmed(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Jean", "Dupont")
    code = _code(db, pid)
    set_cancelled(db, pid, True)
    result = check_in_code(db, code, "E")
    assert result.status == "cancelled" and result.participant_id == pid
    assert "annulée" in result.message
    assert check_in_participant(db, pid, "E").status == "cancelled"
    assert get_participant(db, pid).checked_in_at is None
    confirmed = check_in_participant(db, pid, "E", allow_cancelled=True)
    assert confirmed.status == "ok"
    assert get_participant(db, pid).cancelled is False


def test_table_of_the_current_round(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Léa", "Martin")
    code = _code(db, pid)
    p1 = create_project(db, ProjectDraft(title="Conserverie urbaine", table_number=4))
    p2 = create_project(db, ProjectDraft(title="Crèche", table_number=9, table_label="9B"))
    with db.sessions.begin() as session:
        session.add(Seat(participant_id=pid, project_id=p1.id, round=1))
        session.add(Seat(participant_id=pid, project_id=p2.id, round=2))
    ok = check_in_code(db, code, "E")
    assert (ok.table, ok.project_title) == ("4", "Conserverie urbaine")
    assert "Table 4" in ok.message
    update_event(db, settings={"current_round": 2})
    again = check_in_code(db, code, "E")
    assert (again.table, again.project_title) == ("9B", "Crèche")
    assert latest_arrivals(db)[0].table == "9B"


def test_undo_then_check_in_again(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Paul", "Durand")
    code = _code(db, pid)
    assert check_in_code(db, code, "E1").status == "ok"
    undo_check_in(db, pid, "E1")
    assert get_participant(db, pid).checked_in_at is None
    assert _log(db)[-1] == ("E1", code, "undone", pid)
    with pytest.raises(UserError, match="rien à annuler"):
        undo_check_in(db, pid, "E1")
    assert check_in_code(db, code, "E2").status == "ok"
    assert get_participant(db, pid).checked_in_station == "E2"


def test_check_in_by_name_gives_a_code_to_someone_without_one(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Inès", "Roux")
    assert get_participant(db, pid).badge_code is None
    result = check_in_participant(db, pid, "Entrée 1")
    assert result.status == "ok"
    code = get_participant(db, pid).badge_code
    assert code and result.code == code
    assert check_in_code(db, code).status == "already"
    with pytest.raises(UserError):
        check_in_participant(db, 9999, "E")


def test_walk_in_registers_gives_a_code_and_checks_in(db) -> None:  # type: ignore[no-untyped-def]
    roles = {r.key: r.id for r in list_roles(db)}
    draft = ParticipantDraft(
        first_name="Hoa",
        last_name="Trần",
        organisation="Étudiants solidaires",
        role_id=roles["etudiant"],
        email="hoa@example.org",
    )
    result = register_walk_in(db, draft, "Entrée 2")
    assert result.status == "ok" and result.station == "Entrée 2"
    info = get_participant(db, result.participant_id)
    assert info.walk_in and info.badge_code == result.code
    assert info.checked_in_at is not None and "walk-in" in info.sources
    assert check_in_code(db, result.code).status == "already"
    # A bad form saves nothing.
    with pytest.raises(UserError):
        register_walk_in(db, ParticipantDraft(first_name=" ", last_name=""), "E")
    with pytest.raises(UserError, match="déjà celle"):
        register_walk_in(db, ParticipantDraft(first_name="X", email="hoa@example.org"), "E")
    with db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(Participant)) == 1


def test_reissue_answers_replaced_and_resets_printing(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Marc", "Petit")
    old = _code(db, pid)
    with db.sessions.begin() as session:
        session.get(Participant, pid).badge_printed_at = dt.datetime.now(dt.UTC)
    new = reissue_badge(db, pid)
    assert get_participant(db, pid).badge_code == new
    with db.sessions.begin() as session:
        assert session.get(Participant, pid).badge_printed_at is None
    assert resolve_code(db, old) == (old, "replaced", pid)
    assert resolve_code(db, new) == (new, "current", pid)
    result = check_in_code(db, old, "E")
    assert result.status == "replaced" and result.full_name == "Marc Petit"
    assert get_participant(db, pid).checked_in_at is None


def test_counts_and_latest_arrivals(db) -> None:  # type: ignore[no-untyped-def]
    a = _person(db, "A", "Un", "membre")
    b = _person(db, "B", "Deux", "membre")
    c = _person(db, "C", "Trois", "citoyen")
    d = _person(db, "D", "Quatre", "citoyen")
    set_cancelled(db, d, True)
    issue_missing_codes(db)
    check_in_participant(db, a, "E1")
    check_in_participant(db, c, "E2")
    counts = arrival_counts(db)
    assert (counts.arrived, counts.expected, counts.cancelled) == (2, 3, 1)
    by_label = {r.label: (r.arrived, r.expected) for r in counts.by_role}
    assert by_label == {"Membre du PTCE": (1, 2), "Citoyen·ne": (1, 1)}
    latest = latest_arrivals(db, limit=5)
    assert [x.participant_id for x in latest] == [c, a]
    assert latest[0].station == "E2" and latest[0].role == "Citoyen·ne"
    assert b not in {x.participant_id for x in latest}


def test_to_json_is_the_cli_contract(db) -> None:  # type: ignore[no-untyped-def]
    pid = _person(db, "Eva", "Blanc")
    code = _code(db, pid)
    result = check_in_code(db, code, "E")
    assert isinstance(result, ScanResult)
    data = result.to_json()
    assert set(data) == {"code", "status", "participant_id", "table", "checked_in_at"}
    assert data["code"] == code and data["status"] == "ok" and data["participant_id"] == pid
    assert dt.datetime.fromisoformat(data["checked_in_at"]) == result.checked_in_at


def test_two_stations_racing_on_the_same_badges_never_both_answer_ok(db) -> None:  # type: ignore[no-untyped-def]
    ids = [_person(db, f"P{i}", f"Course{i}") for i in range(12)]
    issue_missing_codes(db)
    codes = [get_participant(db, pid).badge_code for pid in ids]
    stations = [open_database(db.url), open_database(db.url)]  # two laptops, two engines
    results: dict[str, list[ScanResult]] = {code: [] for code in codes}
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    def station(index: int) -> None:
        for code in codes:  # same order: both scan the same badge at the same moment
            barrier.wait()
            result = check_in_code(stations[index], code, f"Entrée {index + 1}")
            with lock:
                results[code].append(result)

    threads = [threading.Thread(target=station, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for s in stations:
        s.close()
    for code, pair in results.items():
        assert sorted(r.status for r in pair) == ["already", "ok"], code
        winner = next(r for r in pair if r.status == "ok")
        loser = next(r for r in pair if r.status == "already")
        assert loser.first_station == winner.station
    with db.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == len(ids)
        outcomes = session.execute(
            select(ScanLog.outcome, func.count()).group_by(ScanLog.outcome)
        ).all()
    assert dict(outcomes) == {"ok": len(ids), "already": len(ids)}


def test_demo_arrived_stage_replays_a_realistic_door(db) -> None:  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    from katalyze.demo import build_demo
    from katalyze.participants import list_participants

    build_demo(db, participants=120, stage="arrived", seed=9)
    people = list_participants(db)
    walk_ins = [p for p in people if p.walk_in]
    registered = [p for p in people if not p.walk_in and not p.cancelled]
    arrived = [p for p in registered if p.checked_in_at]
    assert 3 <= len(walk_ins) <= 5
    assert all(p.checked_in_at and p.badge_code for p in walk_ins)
    assert 0.87 <= len(arrived) / len(registered) <= 0.93
    assert not any(p.checked_in_at for p in people if p.cancelled)
    assert {p.checked_in_station for p in arrived} == {"Entrée 1", "Entrée 2"}
    paris = ZoneInfo("Europe/Paris")
    local = [p.checked_in_at.astimezone(paris) for p in arrived]
    assert all(t.date() == dt.date(2026, 3, 26) for t in local)
    visitors = [t for p, t in zip(arrived, local, strict=True) if not p.is_staff]
    staff = [t for p, t in zip(arrived, local, strict=True) if p.is_staff]
    assert all(dt.time(18, 0) <= t.time() <= dt.time(18, 45) for t in visitors)
    assert sorted(staff)[len(staff) // 2] < sorted(visitors)[len(visitors) // 2]
    with db.sessions.begin() as session:
        outcomes = dict(
            session.execute(select(ScanLog.outcome, func.count()).group_by(ScanLog.outcome)).all()
        )
    assert outcomes["ok"] == len(arrived) + len(walk_ins)
    assert 2 <= outcomes["already"] <= 8
    counts = arrival_counts(db)
    assert counts.arrived == len(arrived) + len(walk_ins) and counts.walk_ins == len(walk_ins)


def test_undoing_a_walk_in_removes_them_and_can_be_taken_back(db) -> None:  # type: ignore[no-untyped-def]
    from katalyze.participants import list_participants

    _person(db, "Inès", "Morel")
    before = arrival_counts(db)
    project = create_project(db, ProjectDraft(title="Conserverie", table_number=3))
    draft = ParticipantDraft(
        first_name="Hoa", last_name="Tran", wishes=(project.id,), consent_contact=True
    )
    result = register_walk_in(db, draft, "Entrée 2")
    pid = result.participant_id
    assert arrival_counts(db).expected == before.expected + 1
    undone = undo_check_in(db, pid, "Entrée 2")
    # No phantom: the counters, the list and the log are as before the walk-in.
    assert undone.name == "Hoa Tran" and undone.walk_in is not None
    after = arrival_counts(db)
    assert (after.expected, after.arrived, after.walk_ins) == (
        before.expected,
        before.arrived,
        before.walk_ins,
    )
    assert all(p.id != pid for p in list_participants(db))
    assert _log(db)[-1] == ("Entrée 2", result.code, "undone", None)
    # Taken back: the same person, wishes, consent and badge code, arrived again.
    again = register_walk_in(
        db, undone.walk_in.draft, "Entrée 2", badge_code=undone.walk_in.badge_code
    )
    assert again.status == "ok" and again.code == result.code
    info = get_participant(db, again.participant_id)
    assert info.walk_in and info.wishes == (project.id,) and info.consent_contact
    assert check_in_code(db, result.code, "E").status == "already"
    # A registered person's undo removes nobody.
    other = _person(db, "Paul", "Roux")
    check_in_participant(db, other, "E")
    assert undo_check_in(db, other, "E").walk_in is None
    assert get_participant(db, other).checked_in_at is None
