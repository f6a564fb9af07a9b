"""An edited Suivi sheet comes back: reviewed first, errors at their row and
column, nothing written when refused; the Suivi sheet itself reads back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import openpyxl
import pytest

from katalyze.errors import UserError
from katalyze.exports.data import load_evening
from katalyze.exports.workbook import write_workbook
from katalyze.followup import load_followup, update_action
from katalyze.followup.sheet import apply_actions_sheet, review_actions_sheet
from tests.followup_helpers import small_event


@pytest.fixture
def workbook(db, tmp_path):
    ids = small_event(db)
    update_action(db, ids["a1"], status="doing", note="Visite du local", on=dt.date(2026, 4, 2))
    path = tmp_path / "katalyze.xlsx"
    write_workbook(replace(load_evening(db), followup=load_followup(db)), path)
    return ids, path


def _rows(ws) -> dict[int, int]:
    """Action id -> its row in the sheet."""
    return {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}


def test_the_suivi_sheet_reads_back(workbook) -> None:
    ids, path = workbook
    ws = openpyxl.load_workbook(path)["Suivi"]
    headers = [c.value for c in ws[1]]
    assert headers[:7] == ["N°", "Table", "Projet", "Action", "Responsable", "Échéance", "Statut"]
    row = _rows(ws)[ids["a1"]]
    values = {h: ws.cell(row, i + 1).value for i, h in enumerate(headers)}
    assert values["Action"] == "Trouver un local" and values["Responsable"] == "Zoé Durand"
    assert values["Statut"] == "En cours" and values["Échéance"].date() == dt.date(2026, 4, 30)
    assert "02/04/2026 [En cours] Visite du local" in values["Notes"]
    assert set(_rows(ws)) == {ids[k] for k in ("a1", "a2", "a3", "a4")}


def _edit(path, tmp_path, edits) -> object:
    wb = openpyxl.load_workbook(path)
    ws = wb["Suivi"]
    rows = _rows(ws)
    for action_id, column, value in edits:
        ws.cell(rows.get(action_id, ws.max_row + 1), column, value)
    edited = tmp_path / "rendu.xlsx"
    wb.save(edited)
    return edited


def test_changes_are_applied_after_review(db, workbook, tmp_path) -> None:
    ids, path = workbook
    edited = _edit(
        path,
        tmp_path,
        [(ids["a2"], 7, "Fait"), (ids["a2"], 11, "Livré en mai"), (ids["a3"], 11, "RDV pris")],
    )
    review = review_actions_sheet(db, edited)
    assert not review.refused and review.unchanged == 2
    assert [(c.action_id, c.new_status, c.note) for c in review.changes] == [
        (ids["a2"], "done", "Livré en mai"),
        (ids["a3"], None, "RDV pris"),
    ]
    before = {a.id: a for a in load_followup(db).actions}
    assert before[ids["a2"]].status == "todo"  # the review wrote nothing
    assert apply_actions_sheet(db, review, on=dt.date(2026, 6, 1)) == 2
    after = {a.id: a for a in load_followup(db).actions}
    assert after[ids["a2"]].status == "done"
    assert [(n.status, n.text) for n in after[ids["a2"]].notes] == [("done", "Livré en mai")]
    assert after[ids["a3"]].status == "doing" and after[ids["a3"]].notes[-1].text == "RDV pris"


def test_unknown_ids_and_bad_statuses_refuse_the_whole_file(db, workbook, tmp_path) -> None:
    ids, path = workbook
    wb = openpyxl.load_workbook(path)
    ws = wb["Suivi"]
    rows = _rows(ws)
    ws.cell(rows[ids["a2"]], 7, "Fait")  # a good change...
    ws.cell(rows[ids["a3"]], 7, "fini")  # ...a bad status...
    ws.cell(rows[ids["a4"]], 1, 4242)  # ...and an id that is no action
    wb.save(tmp_path / "rendu.xlsx")
    review = review_actions_sheet(db, tmp_path / "rendu.xlsx")
    assert review.refused
    places = sorted((p.row, p.column) for p in review.problems if p.severity == "error")
    assert places == sorted([(rows[ids["a3"]], "Statut"), (rows[ids["a4"]], "N°")])
    messages = " ".join(str(p) for p in review.problems)
    assert "« fini »" in messages and "« 4242 »" in messages
    assert f"ligne {rows[ids['a3']]}, colonne « Statut »" in messages
    with pytest.raises(UserError, match="rien n'a été enregistré"):
        apply_actions_sheet(db, review)
    assert {a.id: a.status for a in load_followup(db).actions}[ids["a2"]] == "todo"


def test_a_file_without_the_columns_is_refused(db, tmp_path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Nom", "Prénom"])
    wb.save(tmp_path / "autre.xlsx")
    with pytest.raises(UserError, match="« N° » et « Statut »"):
        review_actions_sheet(db, tmp_path / "autre.xlsx")
    (tmp_path / "pas-excel.xlsx").write_text("bonjour")
    with pytest.raises(UserError, match="pas un classeur Excel lisible"):
        review_actions_sheet(db, tmp_path / "pas-excel.xlsx")


def test_cli_import_refuses_then_applies(db, db_path, workbook, tmp_path, capsys) -> None:
    import json

    from katalyze.cli.main import main

    ids, path = workbook
    bad = _edit(path, tmp_path, [(ids["a2"], 7, "Fait"), (ids["a3"], 7, "???")])
    db.close()
    assert main(["followup", "import", str(bad), "--db", str(db_path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["refused"] and out["written"] == 0
    assert [(p["column"], p["severity"]) for p in out["problems"]] == [("Statut", "error")]
    good = _edit(path, tmp_path, [(ids["a2"], 7, "Fait")])
    assert main(["followup", "import", str(good), "--db", str(db_path), "--dry-run"]) == 0
    assert main(["followup", "import", str(good), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] == 1


def test_the_actions_sheet_comes_back_too(db, workbook, tmp_path) -> None:
    ids, path = workbook
    wb = openpyxl.load_workbook(path)
    del wb["Suivi"]
    ws = wb["Actions"]
    headers = [c.value for c in ws[1]]
    number, status = headers.index("N°") + 1, headers.index("Statut") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, number).value == ids["a2"])
    ws.cell(row, status, "Abandonnée")
    wb.save(tmp_path / "actions.xlsx")
    review = review_actions_sheet(db, tmp_path / "actions.xlsx")
    assert review.sheet == "Actions" and not review.refused
    assert [(c.action_id, c.new_status) for c in review.changes] == [(ids["a2"], "dropped")]
