"""The demo's "arrived" stage: the door between 18:00 and 18:45.

Staff (project holders, table hosts, volunteers) come first, from 17:30; the
visitors arrive over 45 minutes with a peak around 18:10-18:20, through two
stations. About nine registered people in ten come, a few walk-ins register
at the door, and a few badges are scanned twice (the second scan is logged as
*already*). Rows are written directly with the
times of the evening, as the check-in service would have written them.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, insert, select

from katalyze.checkin.codes import new_code
from katalyze.checkin.issuing import ensure_codes_in, taken_codes
from katalyze.db import Database
from katalyze.db.models import BadgeCode, CheckIn, Participant, Role, ScanLog
from katalyze.db.sequences import advance_sequences
from katalyze.events import event_in
from katalyze.progress import ProgressFn, report

STATIONS = ("Entrée 1", "Entrée 2")
DOORS_OPEN = dt.time(18, 0)
WINDOW = dt.timedelta(minutes=45)
STAFF_EARLY = dt.timedelta(minutes=30)
VISITOR_SHOW_RATE = 0.88
STAFF_SHOW_RATE = 0.98
WALK_IN_ROLES = {"citoyen": 0.4, "etudiant": 0.3, "entreprise": 0.2, "partenaire": 0.1}


def _venue_zone() -> dt.tzinfo:
    try:
        return ZoneInfo("Europe/Paris")
    except ZoneInfoNotFoundError:  # no tz database (bare Windows): winter time
        return dt.timezone(dt.timedelta(hours=1))


def _visitor_offset(rng: random.Random) -> dt.timedelta:
    """Seconds after 18:00 within 45 minutes, peaking around 18:12."""
    return dt.timedelta(seconds=WINDOW.total_seconds() * rng.betavariate(2.0, 3.2))


def _staff_offset(rng: random.Random) -> dt.timedelta:
    minutes = -STAFF_EARLY.total_seconds() / 60 * rng.betavariate(2.0, 2.0)
    return dt.timedelta(minutes=minutes + rng.uniform(0, 5))


def simulate_arrivals(db: Database, rng: random.Random, progress: ProgressFn | None = None) -> None:
    """Check in about 90 % of the non-cancelled participants on two stations,
    register a few walk-ins and log a few double scans."""
    from katalyze.demo.people import FIRST_NAMES, LAST_NAMES, ORGANISATIONS

    with db.sessions.begin() as session:
        event = event_in(session)
        ensure_codes_in(session)
        zone = _venue_zone()
        day = event.date or dt.date.today()
        opening = dt.datetime.combine(day, DOORS_OPEN, tzinfo=zone).astimezone(dt.UTC)
        printed = opening - dt.timedelta(days=1, hours=2)
        already_in = set(session.scalars(select(CheckIn.participant_id)))
        people = session.execute(
            select(Participant.id, Participant.badge_code, Role.is_staff)
            .outerjoin(Role, Role.id == Participant.role_id)
            .where(Participant.cancelled.is_(False))
            .order_by(Participant.id)
        ).all()
        total = len(people)
        report(progress, 0, total, "Arrivées")

        # Exactly the show rates (rounded), so every seed gives about 90 %.
        arrivals: list[tuple[dt.datetime, int, str]] = []
        pending = [row for row in people if row[0] not in already_in]
        for staff, rate, offset in (
            (True, STAFF_SHOW_RATE, _staff_offset),
            (False, VISITOR_SHOW_RATE, _visitor_offset),
        ):
            group = [(pid, code) for pid, code, is_staff in pending if bool(is_staff) == staff]
            for pid, code in rng.sample(group, round(rate * len(group))):
                arrivals.append((opening + offset(rng), pid, code))

        # Walk-ins: 3-5 for 120 people, proportionally more for larger crowds.
        roles = {r.key: r.id for r in session.scalars(select(Role))}
        n_walk_ins = max(1, round(total / 120 * rng.randint(3, 5)))
        taken = taken_codes(session)
        next_id = (session.scalar(select(func.max(Participant.id))) or 0) + 1
        walk_rows: list[dict[str, Any]] = []
        for _ in range(n_walk_ins):
            role = rng.choices(list(WALK_IN_ROLES), weights=list(WALK_IN_ROLES.values()))[0]
            at = opening + _visitor_offset(rng)
            code = new_code(event.secret, taken)
            taken.add(code)
            organisation = "" if role == "citoyen" else rng.choice(ORGANISATIONS[role])
            walk_rows.append(
                {
                    "id": next_id,
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": rng.choice(LAST_NAMES),
                    "email": None,
                    "phone": "",
                    "organisation": organisation,
                    "role_id": roles.get(role),
                    "offers": [],
                    "consent_contact": False,
                    "sources": ["walk-in"],
                    "cancelled": False,
                    "notes": "",
                    "home_project_id": None,
                    "walk_in": True,
                    "badge_code": code,
                    "badge_printed_at": at + dt.timedelta(seconds=40),
                    "created_at": at,
                    "updated_at": at,
                }
            )
            arrivals.append((at, next_id, code))
            next_id += 1
        if walk_rows:
            session.execute(insert(Participant), walk_rows)
            advance_sequences(session, [Participant.__table__])
            session.execute(
                insert(BadgeCode),
                [
                    {
                        "code": r["badge_code"],
                        "participant_id": r["id"],
                        "issued_at": r["created_at"],
                    }
                    for r in walk_rows
                ],
            )
        walk_in_ids = {r["id"] for r in walk_rows}

        # Registered badges were printed the day before.
        session.execute(
            Participant.__table__.update()
            .where(Participant.badge_printed_at.is_(None), Participant.walk_in.is_(False))
            .values(badge_printed_at=printed)
        )

        arrivals.sort()
        registered = [i for i, (_, pid, _) in enumerate(arrivals) if pid not in walk_in_ids]
        twice = set(rng.sample(registered, min(len(registered), max(2, round(0.03 * total)))))
        checkins: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for index, (at, pid, code) in enumerate(arrivals):
            station = rng.choices(STATIONS, weights=(0.55, 0.45))[0]
            checkins.append({"participant_id": pid, "station": station, "checked_in_at": at})
            log.append(
                {"at": at, "station": station, "code": code, "outcome": "ok", "participant_id": pid}
            )
            if index in twice:  # the badge is scanned again, at once or later elsewhere
                again = at + dt.timedelta(seconds=rng.choice((3, 5, 8, 90, 400)))
                log.append(
                    {
                        "at": again,
                        "station": rng.choice(STATIONS),
                        "code": code,
                        "outcome": "already",
                        "participant_id": pid,
                    }
                )
        if checkins:
            session.execute(insert(CheckIn), checkins)
        log.sort(key=lambda row: row["at"])
        if log:
            session.execute(insert(ScanLog), log)
        report(progress, total, total, "Arrivées")
