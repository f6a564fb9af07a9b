"""Live capture, core side: items, order, votes, synthesis, drafts, overview,
the keyboard-entry parser and ``katalyze list items``."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass

import pytest

from katalyze.capture import service
from katalyze.capture.drafts import DraftKey, get_draft, list_drafts, save_draft
from katalyze.capture.entry import (
    active_mention,
    complete_entry,
    match_people,
    mention_token,
    parse_due,
    parse_entry,
)
from katalyze.errors import UserError
from katalyze.projects import ProjectDraft, create_project
from tests.capture_helpers import demo_with_seats

TODAY = dt.date(2026, 11, 22)


@dataclass(frozen=True)
class P:
    id: int
    name: str


PEOPLE = [
    P(1, "Marie Dupont"),
    P(2, "Marc Leroy"),
    P(3, "Marcel Dupuis"),
    P(4, "Jean-Pierre Le Gall"),
    P(5, "Nguyễn Thị Hương"),
]
OTHERS = [P(9, "Zoé Martin"), P(10, "Zoé Marchand")]


@pytest.fixture
def tables(db):
    a = create_project(db, ProjectDraft(title="Conserverie urbaine", table_number=1))
    b = create_project(db, ProjectDraft(title="Crèche inter-entreprises", table_number=2))
    return a.id, b.id


# --- parser ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("i: un jardin partagé", "idea", "un jardin partagé"),
        ("Idée : un jardin", "idea", "un jardin"),
        ("b: un local", "need", "un local"),
        ("r: une salle le mardi", "offer", "une salle le mardi"),
        ("e: relire les statuts", "commitment", "relire les statuts"),
        ("a: appeler la mairie", "action", "appeler la mairie"),
        ("q: qui paie ?", "question", "qui paie ?"),
        ("obstacle: le bail", "question", "le bail"),
        ("Note: sans préfixe connu", "idea", "Note: sans préfixe connu"),
    ],
)
def test_prefix_picks_the_kind(line: str, kind: str, text: str) -> None:
    parsed = parse_entry(line, PEOPLE, today=TODAY)
    assert (parsed.kind, parsed.text, parsed.errors) == (kind, text, ())


def test_without_prefix_the_chosen_kind_applies() -> None:
    parsed = parse_entry("un local de 50 m²", PEOPLE, default_kind="need", today=TODAY)
    assert parsed.kind == "need"
    assert not parsed.kind_from_prefix
    assert parse_entry("i: x", PEOPLE, default_kind="need").kind_from_prefix


def test_need_category_glued_or_hashtag() -> None:
    glued = parse_entry("b:financement 20 k€ pour le local", PEOPLE)
    assert (glued.category, glued.text) == ("financement", "20 k€ pour le local")
    tagged = parse_entry("b: un entrepôt #lieu", PEOPLE)
    assert (tagged.category, tagged.text) == ("lieu", "un entrepôt")
    short = parse_entry("b: un avocat #jur", PEOPLE)
    assert short.category == "juridique"
    # A word that is not a category stays in the text.
    plain = parse_entry("b:un lieu", PEOPLE)
    assert (plain.category, plain.text) == ("", "un lieu")
    bad = parse_entry("b: x #zzz", PEOPLE)
    assert bad.errors and "#zzz" in bad.errors[0]


def test_action_responsible_and_due_date() -> None:
    parsed = parse_entry("a: @marie appeler la mairie !15/05", PEOPLE, today=TODAY)
    assert parsed.kind == "action"
    assert parsed.text == "appeler la mairie"
    assert (parsed.responsible_id, parsed.responsible_name) == (1, "Marie Dupont")
    assert parsed.due == dt.date(2027, 5, 15)  # the next 15 May after 22 Nov 2026
    iso = parse_entry('a: voter >2027-01-10 @"La mairie"', PEOPLE, today=TODAY)
    assert iso.due == dt.date(2027, 1, 10)
    assert (iso.responsible_id, iso.responsible_text) == (None, "La mairie")
    assert iso.fields() == {"responsible_text": "La mairie", "due": dt.date(2027, 1, 10)}


def test_due_date_forms_and_errors() -> None:
    assert parse_due("15/05/2027", TODAY) == dt.date(2027, 5, 15)
    assert parse_due("1/12", TODAY) == dt.date(2026, 12, 1)
    assert parse_due("15.05.27", TODAY) == dt.date(2027, 5, 15)
    with pytest.raises(UserError, match="31/02"):
        parse_due("31/02", TODAY)
    parsed = parse_entry("a: x !31/02", PEOPLE, today=TODAY)
    assert parsed.errors and "pas une date valide" in parsed.errors[0]
    # Outside actions "!15/05" is just text.
    assert parse_entry("i: avant le !15/05", PEOPLE).text == "avant le !15/05"


def test_mentions_are_accent_and_case_tolerant() -> None:
    assert parse_entry("q: @HUONG qui paie ?", PEOPLE).participant_id == 5
    assert parse_entry("e: @jean.le relire", PEOPLE).participant_id == 4
    assert parse_entry("r: @Marc une salle", PEOPLE).participant_id == 2  # whole word wins
    middle = parse_entry("i: travailler avec @leroy sur le bail", PEOPLE)
    assert middle.text == "travailler avec Marc Leroy sur le bail"
    assert middle.participant_id == 2


def test_ambiguous_or_unknown_mentions_are_reported() -> None:
    ambiguous = parse_entry("e: @dup prête une salle", PEOPLE)
    assert ambiguous.errors
    assert "Marie Dupont" in ambiguous.errors[0] and "Marcel Dupuis" in ambiguous.errors[0]
    unknown = parse_entry("i: @xyz truc", PEOPLE)
    assert unknown.errors and "@xyz" in unknown.errors[0]
    # For an action, an unknown name is a free-text responsible (with a notice).
    free = parse_entry("a: @mairie voter", PEOPLE)
    assert (free.errors, free.responsible_text) == ((), "mairie")
    assert free.notices


def test_people_not_seated_are_found_with_a_notice() -> None:
    parsed = parse_entry("i: @zoe.mart une idée", PEOPLE, others=OTHERS)
    assert parsed.participant_id == 9
    assert parsed.notices and "Zoé Martin" in parsed.notices[0]
    assert parse_entry("i: @zoe une idée", PEOPLE, others=OTHERS).errors  # two Zoé


def test_completer_token_parses_back_to_the_same_person() -> None:
    for person in PEOPLE:
        token = mention_token(person)
        assert parse_entry(f"i: idée {token}", PEOPLE).participant_id == person.id
    assert active_mention("a: appeler @mar", 15) == (11, "mar")
    assert active_mention("mail x@y.fr", 11) is None
    assert match_people("NGUYEN", PEOPLE) == [PEOPLE[4]]


def test_fields_complete_what_the_line_did_not_say() -> None:
    parsed = complete_entry(
        parse_entry("appeler la mairie", PEOPLE, default_kind="action", today=TODAY),
        who="marie dupont",
        due="01/02/2027",
        status="doing",
        people=PEOPLE,
        today=TODAY,
    )
    assert parsed.fields() == {"responsible_id": 1, "due": dt.date(2027, 2, 1), "status": "doing"}
    # The line wins over the fields.
    parsed = complete_entry(
        parse_entry("a: @marc appeler", PEOPLE, today=TODAY), who="Marie", people=PEOPLE
    )
    assert parsed.responsible_id == 2
    bad = complete_entry(parse_entry("i: x", PEOPLE), who="Personne Inconnue", people=PEOPLE)
    assert bad.errors


# --- items -----------------------------------------------------------------------


def test_add_list_and_fields(db, tables) -> None:
    a, b = tables
    idea = service.add_item(db, a, 1, "idea", "  Un jardin partagé  ")
    need = service.add_item(db, a, 1, "need", "Un local", category="lieu")
    action = service.add_item(
        db,
        a,
        1,
        "action",
        "Appeler la mairie",
        responsible_text="La mairie",
        due=dt.date(2027, 1, 5),
    )
    service.add_item(db, b, 2, "question", "Qui paie ?")
    assert idea.text == "Un jardin partagé" and idea.position == 0
    assert (need.category, need.position) == ("lieu", 1)
    assert (action.status, action.responsible, action.missing) == ("todo", "La mairie", ())
    listed = service.list_items(db, a, 1)
    assert [i.id for i in listed] == [idea.id, need.id, action.id]
    assert len(service.list_items(db)) == 4
    assert service.list_items(db, b, 1) == []
    assert service.add_item(db, a, 1, "need", "Sans catégorie").category == "autre"


def test_add_once_answers_what_is_stored_in_the_current_round(db, tables) -> None:
    """The room's path builds its answer from what it wrote (no re-read):
    it must be the item as stored, names, defaults and times included, in
    the event's current round when none is given; a resend gives it back."""
    from katalyze.db.models import Participant
    from katalyze.events import event_in

    a, _ = tables
    with db.sessions.begin() as session:
        person = Participant(first_name="Léa", last_name="Roux", email="lea@example.org")
        session.add(person)
        event = event_in(session)
        event.settings = {**(event.settings or {}), "current_round": 2}
        session.flush()
        pid = person.id
    info, created = service.add_item_once(
        db, "phone-1", a, None, "action", "Relancer", participant_id=pid, responsible_id=pid
    )
    assert created and info.round == 2
    assert info == service.get_item(db, info.id)
    assert (info.participant_name, info.responsible, info.status) == ("Léa Roux",) * 2 + ("todo",)
    again, created = service.add_item_once(db, "phone-1", a, None, "action", "autre")
    assert not created and again == info


@pytest.mark.parametrize(
    ("kind", "text", "fields", "message"),
    [
        ("note", "x", {}, "Type d'élément inconnu"),
        ("idea", "   ", {}, "est vide"),
        ("need", "x", {"category": "argent"}, "Catégorie de besoin inconnue"),
        ("action", "x", {"status": "fini"}, "Statut d'action inconnu"),
        ("idea", "x", {"participant_id": 999}, "n'existe plus"),
        ("idea", "x" * 5000, {}, "au plus"),
        ("idea", "x", {"colour": "red"}, "Champ inconnu"),
    ],
)
def test_bad_items_are_refused_in_french(db, tables, kind, text, fields, message) -> None:
    with pytest.raises(UserError, match=message):
        service.add_item(db, tables[0], 1, kind, text, **fields)
    assert service.list_items(db, include_deleted=True) == []


def test_unknown_table_or_round(db, tables) -> None:
    with pytest.raises(UserError, match="n'existe plus"):
        service.add_item(db, 999, 1, "idea", "x")
    with pytest.raises(UserError, match="tour"):
        service.add_item(db, tables[0], 0, "idea", "x")


def test_update_keeps_other_fields_and_normalises_kind(db, tables) -> None:
    a, _ = tables
    item = service.add_item(db, a, 1, "action", "Appeler", due=dt.date(2027, 1, 5))
    changed = service.update_item(db, item.id, text="Appeler la mairie", status="doing")
    assert (changed.text, changed.status, changed.due) == ("Appeler la mairie", "doing", item.due)
    as_idea = service.update_item(db, item.id, kind="idea")
    assert (as_idea.kind, as_idea.status) == ("idea", "")
    back = service.update_item(db, item.id, **item.fields())
    assert back.fields() == item.fields()
    with pytest.raises(UserError):
        service.update_item(db, 12345, text="x")


def test_delete_and_restore_keep_votes_and_place(db, tables) -> None:
    a, _ = tables
    first = service.add_item(db, a, 1, "idea", "Un")
    second = service.add_item(db, a, 1, "idea", "Deux")
    service.vote(db, second.id)
    service.vote(db, second.id)
    service.delete_item(db, second.id)
    assert [i.id for i in service.list_items(db, a, 1)] == [first.id]
    assert [i.deleted for i in service.list_items(db, a, 1, include_deleted=True)] == [False, True]
    restored = service.restore_item(db, second.id)
    assert (restored.votes, restored.position, restored.deleted) == (2, 1, False)


def test_move_renumbers_and_undoes(db, tables) -> None:
    a, _ = tables
    ids = [service.add_item(db, a, 1, "idea", t).id for t in ("A", "B", "C", "D")]
    after = service.move_item(db, ids[3], 0)
    assert [i.text for i in after] == ["D", "A", "B", "C"]
    assert [i.position for i in after] == [0, 1, 2, 3]
    back = service.move_item(db, ids[3], 3)
    assert [i.text for i in back] == ["A", "B", "C", "D"]
    assert [i.text for i in service.move_item(db, ids[0], 99)] == ["B", "C", "D", "A"]


def test_votes_only_for_ideas_never_negative(db, tables) -> None:
    a, _ = tables
    idea = service.add_item(db, a, 1, "idea", "Une idée")
    assert service.vote(db, idea.id).votes == 1
    assert service.vote(db, idea.id, -5).votes == 0
    question = service.add_item(db, a, 1, "question", "Pourquoi ?")
    with pytest.raises(UserError, match="idées"):
        service.vote(db, question.id)


def test_synthesis_round_trip(db, tables) -> None:
    a, _ = tables
    assert service.get_synthesis(db, a, 1).text == ""
    service.save_synthesis(db, a, 1, "Le projet a besoin d'un local.")
    service.save_synthesis(db, a, 2, "Tour 2.")
    assert service.get_synthesis(db, a, 1).text == "Le projet a besoin d'un local."
    assert [s.round for s in service.list_syntheses(db)] == [1, 2]
    with pytest.raises(UserError):
        service.save_synthesis(db, 999, 1, "x")


def test_drafts_per_station_cleared_by_the_item(db, tables) -> None:
    a, _ = tables
    mine, other = DraftKey("portable-1", a, 1), DraftKey("portable-2", a, 1)
    save_draft(db, mine, {"kind": "idea", "text": "un jardin par"})
    save_draft(db, other, {"kind": "need", "text": "autre poste"})
    assert get_draft(db, mine).content["text"] == "un jardin par"
    # Only the kind: no draft.
    save_draft(db, DraftKey("portable-3", a, 1), {"kind": "idea", "text": ""})
    assert len(list_drafts(db)) == 2
    service.add_item(db, a, 1, "idea", "un jardin partagé", draft=mine)
    assert get_draft(db, mine) is None
    assert get_draft(db, other).content["text"] == "autre poste"


def test_table_view_and_overview(db) -> None:
    seats = demo_with_seats(db)
    project_id = next(p for p, people in seats.items() if people)
    view = service.table_view(db, project_id, 1)
    assert {p.id for p in view.seated} == set(seats[project_id])
    assert all(p.name and p.role for p in view.seated)
    assert view.rounds == 2
    service.add_item(db, project_id, 1, "idea", "Une idée")
    service.add_item(db, project_id, 1, "action", "Sans responsable ni date")
    done = service.add_item(db, project_id, 2, "action", "Déjà fait", status="done")
    assert done.missing == ()
    summaries = service.overview(db)
    mine = next(s for s in summaries if s.project_id == project_id)
    assert mine.counts["idea"] == 1 and mine.counts["action"] == 2
    assert (mine.actions_without_responsible, mine.actions_without_due) == (1, 1)
    assert len(mine.flagged) == 1
    round_two = next(s for s in service.overview(db, round=2) if s.project_id == project_id)
    assert round_two.counts["idea"] == 0 and round_two.flagged == ()
    assert len(summaries) == 15


def test_list_items_cli(db, tables) -> None:
    a, _ = tables
    service.add_item(db, a, 1, "action", "=1+1 appeler", due=dt.date(2027, 3, 1))
    deleted = service.add_item(db, a, 1, "idea", "effacée")
    service.delete_item(db, deleted.id)
    result = subprocess.run(
        [sys.executable, "-m", "katalyze", "list", "items", "--db", db.url, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    row = rows[0]
    for key in (
        "id",
        "project_id",
        "round",
        "kind",
        "text",
        "participant_id",
        "due",
        "status",
        "created_at",
    ):
        assert key in row
    assert (row["kind"], row["text"], row["due"], row["status"]) == (
        "action",
        "=1+1 appeler",
        "2027-03-01",
        "todo",
    )
