"""Issue 10, exports: a note of any length or character never stops the
export, one unrenderable file never stops the others, the CSV holds no
control character and no formula look-alike."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from katalyze.db.models import Item, Participant, Project, Role, Seat
from katalyze.exports.csv_actions import safe_cell
from katalyze.exports.service import BOOKLET_NAME, CSV_NAME, WORKBOOK_NAME, export_all

WORDS = "coopérative locale pour accompagner les habitants du quartier vers l'emploi "


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(raw.split())


def add_table(db, *, text: str, kinds: tuple[str, ...] = ("action",)) -> int:
    with db.sessions.begin() as s:
        project = Project(table_number=1, title="Jardin partagé", holder="Awa")
        role = s.scalar(select(Role).limit(1))
        person = Participant(first_name="Léa", last_name="Martin", organisation=text, role=role)
        s.add_all([project, person])
        s.flush()
        s.add(Seat(participant_id=person.id, project_id=project.id, round=1))
        for kind in kinds:
            s.add(
                Item(
                    project_id=project.id,
                    kind=kind,
                    text=text,
                    participant_id=person.id,
                    responsible_text=text[:300] if kind == "action" else "",
                    due=dt.date(2026, 12, 3) if kind == "action" else None,
                    status="todo" if kind == "action" else "",
                )
            )
        return project.id


def test_a_long_action_note_splits_across_pages(db, tmp_path) -> None:
    # Reproduces "LayoutError: Flowable … too large": 2,500 ordinary
    # characters in one action cell; capture accepts up to 4,000.
    note = (WORDS * 60)[:4000]
    add_table(db, text=note, kinds=("action", "idea", "offer", "commitment"))
    result = export_all(db, tmp_path / "out")
    assert result.failures == ()
    [sheet] = [f for f in result.files if f.kind == "sheet"]
    text = pdf_text(sheet.path)
    # Every word made it (split over several rows and pages, none lost).
    assert text.count("quartier") >= 4 * note.count("quartier")
    assert "quartier" in pdf_text(tmp_path / "out" / BOOKLET_NAME)


def test_a_long_unbroken_word_in_a_narrow_cell(db, tmp_path) -> None:
    add_table(db, text="x" * 4000)
    result = export_all(db, tmp_path / "out")
    assert result.failures == ()
    assert all(f.path.stat().st_size > 0 for f in result.files)


def break_sheet_two(monkeypatch) -> None:
    """Table 2's action sheet cannot be rendered (a bug, not a disk problem)."""
    import katalyze.exports.service as service

    real = service.write_action_sheet

    def fragile(data, sheet, path) -> int:
        if sheet.table == "2":
            raise ValueError("cannot render")
        return real(data, sheet, path)

    monkeypatch.setattr(service, "write_action_sheet", fragile)


def test_one_unrenderable_sheet_never_stops_the_rest(db, tmp_path, monkeypatch) -> None:
    with db.sessions.begin() as s:
        s.add_all([Project(table_number=n, title=f"Projet {n}") for n in (1, 2, 3)])
    break_sheet_two(monkeypatch)
    result = export_all(db, tmp_path / "out")
    kinds = sorted(f.kind for f in result.files)
    assert kinds == ["booklet", "csv", "sheet", "sheet", "workbook"]
    [failure] = result.failures
    assert "Table 2" in failure.label and "Projet 2" in failure.label
    assert "Table 2" in failure.message
    assert (tmp_path / "out" / WORKBOOK_NAME).is_file()
    assert (tmp_path / "out" / CSV_NAME).is_file()
    assert result.to_json()["failures"][0]["label"] == failure.label


def test_csv_export_has_no_control_character_nor_formula_look_alike(db, tmp_path) -> None:
    for hostile in ("＝1+1", "＋cmd", "－2", "＠SUM(A1)", "\t=1", "\r=1", "=1", "﹦1"):
        assert safe_cell(hostile).startswith("'"), hostile
    assert "\x00" not in safe_cell("a\x00b")
    assert safe_cell("a\x00b\x1bc") == "abc"
    assert safe_cell("ligne 1\nligne 2") == "ligne 1\nligne 2"
    add_table(db, text='＝HYPERLINK("http://x")\x00 avec un NUL')
    result = export_all(db, tmp_path / "out")
    raw = (result.folder / CSV_NAME).read_bytes()
    assert b"\x00" not in raw
    with open(result.folder / CSV_NAME, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[1][3] == '\'＝HYPERLINK("http://x") avec un NUL'


@pytest.mark.parametrize("length", [0, 1, 300])
def test_short_and_empty_fields_still_export(db, tmp_path, length) -> None:
    add_table(db, text="é" * length)
    assert export_all(db, tmp_path / "out").failures == ()
