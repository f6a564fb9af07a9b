"""The action sheet reads in the incubator's order: synthesis, action plan
(owner's contact when shared), needs and who can meet them, resources and
commitments, ideas, questions, and who sat at the table last; no body text
under 9 pt."""

from __future__ import annotations

import subprocess
from pathlib import Path

from katalyze.demo import build_demo
from katalyze.exports.action_sheet import write_action_sheet
from katalyze.exports.data import load_evening
from katalyze.exports.pdf_common import styles

ORDER = (
    "Synthèse de la table",
    "Plan d'action",
    "Besoins exprimés et qui peut y répondre",
    "Ressources proposées",
    "Engagements",
    "Idées, par nombre de votes",
    "Questions ouvertes et obstacles",
    "Autour de la table",
)


def _text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run(
        ["pdftotext", *pages, "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_sheet_reads_plan_first_and_attendance_last(db, tmp_path: Path) -> None:
    build_demo(db, participants=45, stage="done", seed=1)
    data = load_evening(db)
    sheet = max(data.projects, key=lambda s: len(s.of_kind("action")))
    pdf = tmp_path / "sheet.pdf"
    pages = write_action_sheet(data, sheet, pdf)
    text = " ".join(_text(pdf).split())
    at = [text.index(heading) for heading in ORDER]
    assert at == sorted(at), dict(zip(ORDER, at, strict=True))
    first_page = _text(pdf, 1, 1)
    assert "Synthèse de la table" in first_page and "Plan d'action" in first_page
    assert "Autour de la table" not in _text(pdf, 1, max(1, pages - 1)) or pages == 1
    # The owner's contact beside the action, only when they agreed to share it.
    for action in sheet.of_kind("action"):
        owner = data.people.get(action.responsible_participant_id or -1)
        if owner is not None and owner.email:
            assert owner.email.split("@")[1] in text
    st = styles()
    for style in (st.body, st.small, st.muted, st.empty, st.cell, st.cell_bold, st.head_cell):
        assert style.fontSize >= 9, style.name


def test_documents_stay_french_under_an_english_interface(db, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from katalyze.exports.service import WORKBOOK_NAME, export_all
    from katalyze.i18n import using_language

    build_demo(db, participants=45, stage="done", seed=3)
    with using_language("en"):
        result = export_all(db, tmp_path / "out")
        labels = [f.label for f in result.files]
    assert "Excel workbook (all the data)" in labels  # the interface's words
    actions = load_workbook(result.folder / WORKBOOK_NAME)["Actions"]
    statuses = {row[6] for row in actions.iter_rows(min_row=2, values_only=True)}
    assert statuses and statuses <= {"À faire", "En cours", "Fait", "Abandonnée"}
