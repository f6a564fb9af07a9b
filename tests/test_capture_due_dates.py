"""Due dates typed at the tables are read against the event's date, not the
day they are typed: ``!15/05`` means the same day during the evening and when
an organiser completes the action weeks later."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from katalyze.capture import service
from katalyze.capture.entry import complete_entry, parse_due, parse_entry
from katalyze.errors import UserError
from katalyze.events import update_event
from katalyze.projects import ProjectDraft, create_project

EVENT = dt.date(2026, 3, 20)


@dataclass(frozen=True)
class P:
    id: int
    name: str


PEOPLE = [P(1, "Marie Dupont"), P(2, "Marc Leroy")]


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("!15/05", dt.date(2026, 5, 15)),  # after the evening: this year
        ("!10/01", dt.date(2027, 1, 10)),  # before it in the year: next year
        ("!20/03", dt.date(2026, 3, 20)),  # the evening itself
        ("!19/03", dt.date(2027, 3, 19)),  # the day before: next year
        ("!15/5", dt.date(2026, 5, 15)),
        ("!15.05", dt.date(2026, 5, 15)),
        ("!15/05/27", dt.date(2027, 5, 15)),
        ("!15/05/2027", dt.date(2027, 5, 15)),
        (">2027-05-15", dt.date(2027, 5, 15)),
        ("!2027-05-15", dt.date(2027, 5, 15)),
        ("!29/02", dt.date(2028, 2, 29)),  # the next 29 February that exists
    ],
)
def test_year_less_dates_follow_the_event(typed: str, due: dt.date) -> None:
    # ``today`` far from the event: the event date must win.
    parsed = parse_entry(
        f"a: @marie appeler la mairie {typed}",
        PEOPLE,
        event_date=EVENT,
        today=dt.date(2026, 11, 22),
    )
    assert (parsed.errors, parsed.text, parsed.due) == ((), "appeler la mairie", due)
    assert parsed.fields()["due"] == due


def test_the_same_line_means_the_same_day_whenever_it_is_typed() -> None:
    for today in (dt.date(2026, 3, 20), dt.date(2026, 6, 1), dt.date(2027, 2, 1)):
        assert parse_due("10/01", EVENT, today=today) == dt.date(2027, 1, 10)
        assert parse_due("15/05", EVENT, today=today) == dt.date(2026, 5, 15)


def test_without_an_event_date_today_is_the_reference() -> None:
    today = dt.date(2026, 11, 22)
    assert parse_due("15/05", None, today=today) == dt.date(2027, 5, 15)
    assert parse_due("1/12", None, today=today) == dt.date(2026, 12, 1)
    parsed = parse_entry("a: x !15/05", PEOPLE, today=today)
    assert parsed.due == dt.date(2027, 5, 15)


@pytest.mark.parametrize(
    ("line", "quoted", "reason"),
    [
        ("a: relancer !31/02", "« !31/02 »", "ce jour n'existe pas"),
        ("a: relancer !15/13", "« !15/13 »", "le mois doit aller de 1 à 12"),
        ("a: relancer !00/05/2027", "« !00/05/2027 »", "ce jour n'existe pas"),
        ("a: relancer !demain", "« !demain »", "tapez la date elle-même"),
    ],
)
def test_bad_dates_are_refused_with_a_french_sentence(line: str, quoted: str, reason: str) -> None:
    parsed = parse_entry(line, PEOPLE, event_date=EVENT)
    assert not parsed.ok
    assert parsed.due is None
    assert len(parsed.errors) == 1
    message = parsed.errors[0]
    assert quoted in message and reason in message
    assert "15/05" in message  # says what to type instead


def test_a_date_in_words_stays_text_outside_actions() -> None:
    parsed = parse_entry("i: on en reparle !demain", PEOPLE, event_date=EVENT)
    assert (parsed.ok, parsed.text) == (True, "on en reparle !demain")


def test_an_explicit_date_before_the_event_is_kept_with_a_notice() -> None:
    parsed = parse_entry("a: x !15/05/25", PEOPLE, event_date=EVENT)
    assert parsed.ok and parsed.due == dt.date(2025, 5, 15)
    assert parsed.notices == ("Échéance au 15/05/2025, avant la soirée : vérifiez l'année.",)
    assert parse_entry("a: x !15/05/26", PEOPLE, event_date=EVENT).notices == ()


def test_the_due_field_follows_the_event_too() -> None:
    action = parse_entry("a: appeler la mairie", PEOPLE, event_date=EVENT)
    filled = complete_entry(action, due="10/01", event_date=EVENT, today=dt.date(2026, 11, 22))
    assert (filled.errors, filled.due) == ((), dt.date(2027, 1, 10))
    bad = complete_entry(action, due="31/02", event_date=EVENT)
    assert bad.due is None
    assert bad.errors and bad.errors[0].startswith("Échéance : « 31/02 » n'est pas une date valide")


def test_parse_due_raises_a_user_error_for_nonsense() -> None:
    with pytest.raises(UserError, match="« abc » n'est pas une date"):
        parse_due("abc", EVENT)


def test_the_table_view_carries_the_event_date(db) -> None:
    project = create_project(db, ProjectDraft(title="Conserverie urbaine", table_number=1))
    update_event(db, date=EVENT)
    assert service.table_view(db, project.id, 1).event_date == EVENT
