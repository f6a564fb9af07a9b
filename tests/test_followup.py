"""The follow-up year in the core: updates with notes, outcomes, meetings at a
rhythm, indicators as of a given day, the review, the CLI and the reports."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import pytest

from katalyze.cli.main import main
from katalyze.errors import UserError
from katalyze.followup import (
    load_followup,
    plan_meeting,
    record_meeting,
    save_review,
    set_outcome,
    set_rhythm,
    update_action,
)
from katalyze.followup.data import add_months, months_between
from tests.followup_helpers import EVENING, small_event

D = dt.date


@pytest.fixture
def ids(db):
    return small_event(db)


def test_update_with_notes_and_overdue_as_of_a_given_day(db, ids) -> None:
    seen = []
    db.changes.subscribe(seen.append)
    row = update_action(db, ids["a1"], status="En cours", note="Deux visites", on=D(2026, 4, 12))
    assert row.status == "doing" and [n.text for n in row.notes] == ["Deux visites"]
    assert "actions" in seen[-1]
    row = update_action(db, ids["a1"], note="Bail proposé", on=D(2026, 5, 3))
    assert [(n.on, n.status) for n in row.notes] == [(D(2026, 4, 12), "doing"), (D(2026, 5, 3), "")]
    assert row.overdue(D(2026, 5, 1)) and not row.overdue(D(2026, 4, 30))
    update_action(db, ids["a1"], status="done", on=D(2026, 5, 20))
    a1 = next(a for a in load_followup(db).actions if a.id == ids["a1"])
    assert a1.done_on() == D(2026, 5, 20) and not a1.overdue(D(2027, 1, 1))
    with pytest.raises(UserError, match="Statut inconnu « fini »"):
        update_action(db, ids["a2"], status="fini")
    with pytest.raises(UserError, match="Rien à enregistrer"):
        update_action(db, ids["a2"], note="  ")
    with pytest.raises(UserError, match="n'existe pas"):
        update_action(db, 9999, status="done")


def test_meetings_rhythm_indicators_and_review(db, ids) -> None:
    data = load_followup(db)
    p1 = data.project(ids["p1"])
    today = D(2026, 5, 1)
    assert p1.next_meeting(EVENING) == D(2026, 4, 26)  # monthly by default
    assert p1.indicators(today, EVENING).meeting_overdue
    planned = plan_meeting(db, ids["p1"], D(2026, 5, 5))
    record_meeting(
        db,
        ids["p1"],
        D(2026, 5, 6),
        meeting_id=planned.id,
        attendees=["Léa Martin", "Zoé Durand", " Léa  Martin"],
        decisions="Bail signé",
    )
    set_rhythm(db, ids["p1"], 2)
    set_outcome(db, ids["c1"], "honoured", by="Léa Martin", on=D(2026, 5, 6))
    set_outcome(db, ids["n1"], "met", by="Mairie", on=D(2026, 5, 6))
    with pytest.raises(UserError, match="ne convient pas"):
        set_outcome(db, ids["n1"], "honoured")
    p1 = load_followup(db).project(ids["p1"])
    assert p1.meetings[0].attendees == ("Léa Martin", "Zoé Durand")
    assert p1.next_meeting(EVENING) == D(2026, 7, 6)  # two months after the last point
    ind = p1.indicators(D(2026, 6, 1), EVENING)
    assert (ind.actions, ind.open, ind.late, ind.honoured, ind.met) == (2, 2, 1, 1, 1)
    assert not ind.meeting_overdue and ind.months_since_point == 0 and ind.meetings_held == 1
    ind = p1.indicators(D(2026, 8, 1), EVENING)
    assert ind.late == 2 and ind.meeting_overdue and ind.months_since_point == 2
    review = save_review(
        db, ids["p1"], stage="Prototype vendu", jobs="1 CDD", continuing=False, on=D(2027, 3, 1)
    )
    assert review.reviewed and not review.continuing
    with pytest.raises(UserError, match="stade atteint"):
        save_review(db, ids["p1"], stage=" ")
    kinds = [kind for _day, kind, _text in load_followup(db).project(ids["p1"]).timeline()]
    assert kinds == ["meeting", "outcome", "outcome", "review"]
    programme = load_followup(db).programme(D(2026, 8, 1))
    assert programme.actions == 4 and programme.done == 1 and programme.needs == 2


def test_month_arithmetic() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
    assert months_between(D(2026, 3, 26), D(2026, 5, 25)) == 1
    assert months_between(D(2026, 3, 26), D(2026, 2, 1)) == 0


def test_cli_list_and_update_actions(db, db_path, ids, capsys) -> None:
    db.close()
    assert (
        main(
            [
                "action",
                str(ids["a2"]),
                "--status",
                "doing",
                "--note",
                "Devis reçu",
                "--on",
                "2026-04-20",
                "--db",
                str(db_path),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["list", "actions", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    a2 = next(r for r in rows if r["id"] == ids["a2"])
    assert set(a2) >= {
        "id",
        "project_id",
        "text",
        "participant_id",
        "due",
        "status",
        "updated_at",
        "notes",
    }
    assert a2["status"] == "doing" and a2["due"] == "2026-06-15"
    assert a2["notes"] == [{"on": "2026-04-20", "status": "doing", "text": "Devis reçu"}]
    assert main(["action", str(ids["a2"]), "--status", "fini", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    # Both what the screen shows and what a script types are offered.
    assert "Statut inconnu" in err and "fait (done)" in err and "à faire (todo)" in err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_reports_read_back(db, db_path, ids, tmp_path, capsys) -> None:
    update_action(db, ids["a1"], status="doing", note="Visite", on=D(2026, 4, 2))
    record_meeting(db, ids["p2"], D(2026, 4, 20), attendees=["Karim Benali"], decisions="Go")
    db.close()
    out = tmp_path / "suivi"
    assert (
        main(
            [
                "followup",
                "report",
                "--db",
                str(db_path),
                "--out",
                str(out),
                "--today",
                "2026-05-15",
                "--json",
            ]
        )
        == 0
    )
    files = json.loads(capsys.readouterr().out)["files"]
    assert len(files) == 3  # the steering committee's, then one per project

    def text(path: str) -> str:
        return subprocess.run(
            ["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True
        ).stdout

    steering = text(files[0])
    assert "Comité de pilotage" in steering and "Soirée test" in steering
    for title in ("Conserverie urbaine", "Monnaie locale"):
        assert title in steering
    for action, owner, due in (
        ("Trouver un local", "Zoé Durand", "30/04/2026"),
        ("Chiffrer les bocaux", "Atelier Bocal", "15/06/2026"),
        ("Rencontrer la banque", "Paul Petit", "10/05/2026"),
    ):
        line = next(line for line in steering.splitlines() if action in line)
        assert owner in line and due in line
    for label in (
        "Actions faites",
        "Actions en retard",
        "Engagements tenus",
        "Besoins satisfaits",
        "Mois depuis le dernier point",
    ):
        assert label in steering
    assert "en retard" in steering  # 30/04 is past on 15/05
    p1 = text(files[1])
    assert "Conserverie urbaine" in p1 and "Prêter une cuisine" in p1 and "Un local de 50 m²" in p1
    assert "Écrire la charte" in text(files[2])  # done actions are in the project's report
