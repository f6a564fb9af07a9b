"""Acceptance 4 in real browsers: two door pages (Debian's Chromium, two
devices) type the same 100 badge codes, interleaved, while the laptop's
Accueil checks the same people in through the core — the database decides:
exactly one ``ok`` per person, and each page shows what it got."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from katalyze.checkin.service import check_in_code
from katalyze.db.models import CheckIn
from tests.room_support import open_room, phone_pages, registered_people

PEOPLE = 100
WAIT = 20_000  # ms: a bound on waiting for a condition, never a pace


@pytest.fixture
def room(tmp_path):
    opened = open_room(tmp_path, participants=130, stage="registered")
    yield opened
    opened.close()


def _people(room) -> list[tuple[int, str, str]]:
    """(id, code, name shown) of people not arrived yet, each name once."""
    rows = registered_people(room, arrived=False)
    shown = [(pid, code, f"{first} {last}".strip()) for pid, code, first, last in rows]
    names = Counter(name for _pid, _code, name in shown)
    people = [person for person in shown if names[person[2]] == 1]
    assert len(people) >= PEOPLE
    return people[:PEOPLE]


def test_two_door_pages_and_the_accueil_check_each_person_in_once(room) -> None:
    from playwright.sync_api import expect

    people = _people(room)
    typed = [threading.Event() for _ in people]
    accueil: dict[str, str] = {}

    def at_the_accueil() -> None:  # the laptop's Accueil, racing each code the pages type
        for n, (_pid, code, _name) in enumerate(people):
            if not typed[n].wait(WAIT / 1000):
                return
            accueil[code] = check_in_code(room.db, code, "Accueil").status

    laptop = threading.Thread(target=at_the_accueil, name="accueil")
    shown: dict[str, list[str]] = {"porte-1": [], "porte-2": []}
    with phone_pages(2) as pages:
        doors = dict(zip(shown, pages, strict=True))
        for name, page in doors.items():
            page.goto(room.page("door"))
            expect(page.locator("#scan")).to_be_focused(timeout=WAIT)
            page.locator("#station").fill(name)
            page.locator("#station").dispatch_event("change")
            page.locator("#scan").focus()
        laptop.start()
        try:
            for n, (_pid, code, full_name) in enumerate(people):
                # Both scanners type the code, then both Enters and the Accueil go at
                # once — the pages' first Enter alternating, the Accueil before them
                # every other code, after them otherwise: the three requests race.
                order = list(doors.values())[:: 1 if n % 2 else -1]
                for page in order:
                    page.locator("#scan").press_sequentially(code)
                if n % 2:
                    typed[n].set()
                for page in order:
                    page.locator("#scan").press("Enter")
                typed[n].set()
                for door, page in doors.items():
                    expect(page.locator("#overlay")).to_be_visible(timeout=WAIT)
                    expect(page.locator("#overlay-name")).to_have_text(full_name, timeout=WAIT)
                    shown[door].append(page.locator("#overlay").get_attribute("class") or "")
        finally:
            for event in typed:
                event.set()
            laptop.join(WAIT / 1000)

    assert len(accueil) == PEOPLE
    for n, (_pid, code, full_name) in enumerate(people):
        outcomes = sorted([shown["porte-1"][n], shown["porte-2"][n], "st-" + accueil[code]])
        assert outcomes.count("st-ok") == 1, (full_name, outcomes)
        assert outcomes.count("st-already") == 2, (full_name, outcomes)
    with room.db.sessions.begin() as session:
        arrivals = dict(
            session.execute(
                select(CheckIn.participant_id, func.count())
                .where(CheckIn.participant_id.in_([pid for pid, _c, _n in people]))
                .group_by(CheckIn.participant_id)
            ).all()
        )
    assert arrivals == {pid: 1 for pid, _c, _n in people}
