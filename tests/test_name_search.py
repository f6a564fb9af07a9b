"""The door's name index: accents, case, word order, typos, prefixes, organisations."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from katalyze.checkin.search import NameIndex
from katalyze.participants import ParticipantInfo


def person(pid: int, first: str, last: str, org: str = "", **changes) -> ParticipantInfo:
    info = ParticipantInfo(
        id=pid,
        first_name=first,
        last_name=last,
        email=None,
        phone="",
        organisation=org,
        role_id=None,
        role="",
        role_key="",
        role_colour="#888888",
        wishes=(),
        offers=(),
        consent_contact=False,
        cancelled=False,
        sources=(),
        notes="",
        home_project_id=None,
        walk_in=False,
        badge_code=None,
        checked_in_at=None,
        checked_in_station=None,
        is_staff=False,
    )
    return replace(info, **changes)


PEOPLE = [
    person(1, "Hélène", "Lefèvre", "Mairie d'Amiens"),
    person(2, "Jean-Pierre", "Dupont", "Crédit Coopératif"),
    person(3, "Marie", "Dupond", "Recycl'aide Somme"),
    person(4, "Anne-Sophie", "Le Gall", "ESIEE Amiens"),
    person(5, "Thi Thu", "Nguyễn", "Université de Picardie Jules Verne"),
    person(6, "Marc", "Martin", "Valeo Amiens"),
    person(7, "Martine", "Marchand", "Enercoop Hauts-de-France"),
    person(8, "Zoé", "Østergaard", "La Ruche"),
]


@pytest.fixture
def index() -> NameIndex:
    return NameIndex.build(PEOPLE)


def ids(matches) -> list[int]:
    return [m.participant.id for m in matches]


@pytest.mark.parametrize(
    "typed",
    ["Hélène Lefèvre", "helene lefevre", "HELENE LEFEVRE", "lefevre helene", "Lefèvre, Hélène"],
)
def test_accents_case_and_word_order_do_not_matter(index: NameIndex, typed: str) -> None:
    assert ids(index.search(typed))[0] == 1


def test_prefixes_as_the_volunteer_types(index: NameIndex) -> None:
    assert ids(index.search("hel"))[0] == 1
    assert ids(index.search("h lef")) == [1]
    assert set(ids(index.search("mar"))) >= {3, 6, 7}
    assert set(ids(index.search("mart"))[:2]) == {6, 7}
    assert ids(index.search("marti marc")) == [6, 7]  # exact "marc" first
    assert ids(index.search("martine march"))[0] == 7


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("helene lefebvre", 1),  # spelt another way
        ("jean piere dupont", 2),  # a letter missing
        ("marie dupnod", 3),  # two letters swapped
        ("nguyen", 5),  # Vietnamese diacritics folded
        ("ostergaard", 8),  # ø folded
    ],
)
def test_small_typos_are_forgiven(index: NameIndex, typed: str, expected: int) -> None:
    assert ids(index.search(typed))[0] == expected


def test_compound_names_found_joined_or_apart(index: NameIndex) -> None:
    assert ids(index.search("legall"))[0] == 4
    assert ids(index.search("le gall"))[0] == 4
    assert ids(index.search("jeanpierre"))[0] == 2
    assert ids(index.search("jean pierre"))[0] == 2


def test_exact_name_beats_a_typo_of_another(index: NameIndex) -> None:
    assert ids(index.search("dupont"))[0] == 2
    assert ids(index.search("dupond"))[0] == 3


def test_organisation_matches_rank_after_names(index: NameIndex) -> None:
    found = index.search("amiens")
    assert set(ids(found)) == {1, 4, 6}
    assert all(m.matched_on == "organisation" for m in found)
    assert ids(index.search("credit cooperatif")) == [2]
    # A name match outranks an organisation match for the same word.
    both = NameIndex.build([person(1, "Paul", "Valeo"), person(2, "Anna", "Roy", "Valeo")])
    assert ids(both.search("valeo")) == [1, 2]
    assert both.search("valeo")[0].matched_on == "name"


def test_nonsense_and_blank_find_nobody(index: NameIndex) -> None:
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("xqzw") == []
    assert index.search("helene xqzw") == []


def test_limit_and_arrived_people_last(index: NameIndex) -> None:
    crowd = [person(i, "Camille", f"Name{i:03d}") for i in range(1, 40)]
    big = NameIndex.build(crowd)
    assert len(big.search("camille")) == 8
    assert len(big.search("camille", limit=20)) == 20
    big.mark_arrival(1, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "Entrée 1")
    found = big.search("camille", limit=40)
    assert ids(found)[-1] == 1
    assert found[-1].participant.checked_in_station == "Entrée 1"
    big.mark_arrival(1, None, None)
    assert ids(big.search("camille", limit=40))[0] == 1  # alphabetical again


def test_walk_ins_and_changes_are_searchable_at_once(index: NameIndex) -> None:
    index.upsert(person(99, "Yasmine", "Benali", "Les Jardins d'Ici", walk_in=True))
    assert ids(index.search("yasm ben")) == [99]
    index.upsert(person(6, "Marc", "Martinez", "Valeo Amiens"))  # surname corrected
    assert ids(index.search("marc martinez"))[0] == 6
    index.remove(99)
    assert index.search("yasmine") == []
    assert len(index) == len(PEOPLE)


def test_cancelled_people_rank_last(index: NameIndex) -> None:
    people = [person(1, "Léa", "Roux", cancelled=True), person(2, "Léa", "Rousseau")]
    found = NameIndex.build(people).search("lea rou")
    assert ids(found) == [2, 1]
