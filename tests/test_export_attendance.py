"""The exports and the Restitution screen count people as every other screen
does (:mod:`katalyze.attendance`): someone cancelled after arriving is
cancelled, not arrived, and sits at no table on the action sheets."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from katalyze.attendance import Attendance, attendance
from katalyze.db.models import Item, Seat
from katalyze.exports.service import WORKBOOK_NAME, export_all
from katalyze.participants import ParticipantInfo, list_participants, set_cancelled
from tests.demo_evenings import demo_into


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n <= 1 else many}"


def arrived_of_expected(figures: Attendance) -> str:
    return (
        f"{plural(figures.arrived, 'arrivé·e', 'arrivé·es')} sur "
        f"{plural(figures.expected, 'attendu·e', 'attendu·es')}"
    )


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(raw.split())


@pytest.fixture
def evening(db) -> tuple[object, ParticipantInfo, int]:
    """The demo at the end of the evening; then an organiser cancels a person
    who had arrived and sat at a table (and wrote nothing there)."""
    demo_into(db, participants=120, stage="done", seed=1)
    with db.sessions.begin() as session:
        table_of = {s.participant_id: s.project_id for s in session.scalars(select(Seat))}
        named = set(session.scalars(select(Item.participant_id))) | set(
            session.scalars(select(Item.responsible_participant_id))
        )
    person = next(
        p
        for p in list_participants(db)
        if p.checked_in_at and not p.cancelled and p.id in table_of and p.id not in named
    )
    before = attendance(db)
    set_cancelled(db, person.id, True)
    after = attendance(db)
    # The fixture itself: the person moved from arrived to cancelled.
    assert (after.arrived, after.cancelled) == (before.arrived - 1, before.cancelled + 1)
    return db, person, table_of[person.id]


def test_workbook_booklet_and_sheets_count_as_katalyze_attendance(evening, tmp_path) -> None:
    db, person, table = evening
    want = attendance(db)
    result = export_all(db, tmp_path / "out")
    assert result.attendance == want
    assert result.to_json()["participants_arrived"] == want.arrived
    assert result.to_json()["participants_cancelled"] == want.cancelled

    # Workbook: the Présence sheet, read by its headers.
    wb = load_workbook(result.folder / WORKBOOK_NAME)
    ws = wb["Présence"]
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    by_label = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:] if r[0]}
    total = by_label["Total"]
    assert total["Inscrit·es"] == want.registered
    assert total["Inscrit·es à l'accueil"] == want.walk_ins
    assert total["Annulé·es"] == want.cancelled
    assert total["Attendu·es"] == want.expected
    assert total["Arrivé·es"] == want.arrived
    assert total["Taux de venue"] == pytest.approx(want.arrived_registered / want.registered)
    roles = [
        dict(zip(header, r, strict=True))
        for r in rows[1:]
        if r[0] and r[0] != "Total" and r[1] is not None
    ]
    assert sum(v["Arrivé·es"] for v in roles) == want.arrived
    assert sum(v["Annulé·es"] for v in roles) == want.cancelled
    sentence = (
        f"{arrived_of_expected(want)} ({plural(want.registered, 'inscrit·e', 'inscrit·es')} + "
        f"{want.walk_ins} inscrit·es à l'accueil) · {plural(want.cancelled, 'annulé·e', 'annulé·es')} · "
        f"{want.total} fiches en tout."
    )
    assert sentence in [r[0] for r in rows]
    # The person is still listed (marked cancelled), but placed nowhere.
    people = list(wb["Participants"].iter_rows(values_only=True))
    columns = people[0]
    mine = [dict(zip(columns, r, strict=True)) for r in people[1:] if r[0] == person.id]
    assert len(mine) == 1 and mine[0]["Annulé·e"] == "oui"
    placed = {(r[0], r[1]) for r in wb["Répartition"].iter_rows(min_row=2, values_only=True)}
    assert (person.last_name, person.first_name) not in placed

    # Booklet: the summary page reads the same figures, in the same words.
    booklet = PdfReader(str(result.folder / "livret-restitution.pdf"))
    summary = " ".join(booklet.pages[1].extract_text().split())
    assert sentence in summary
    assert f"Total {want.registered} {want.walk_ins} {want.cancelled} {want.arrived}" in summary

    # The action sheet of the person's table: not around the table any more.
    with db.sessions.begin() as session:
        seated = set(session.scalars(select(Seat.participant_id).where(Seat.project_id == table)))
    cancelled = {p.id for p in list_participants(db) if p.cancelled}
    present = seated - cancelled
    sheet = next(f for f in result.files if f.kind == "sheet" and f.project_id == table)
    text = pdf_text(sheet.path)
    assert person.full_name not in text
    # The key figures: five numbers, then their labels, the first "participant·es".
    numbers = text.split(" participant·es idées ", 1)[0].split()[-5:]
    assert int(numbers[0]) == len(present) == len(seated) - 1


def test_restitution_screen_shows_the_same_figures(qtbot, evening, db_path, french) -> None:
    from ui.app import build_event_context
    from ui.restitution import RestitutionScreen

    db, _, _ = evening
    want = attendance(db)
    ctx = build_event_context(str(db_path))
    try:
        screen = RestitutionScreen(ctx, None)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.summary_loaded, timeout=20000):
            screen.resize(1366, 700)
            screen.show()
        assert screen.attendance_headline.text() == arrived_of_expected(want)
        grid = screen.summary_box.layout()
        shown, words = {}, {}
        for key, value in screen._figures.items():
            row = grid.getItemPosition(grid.indexOf(value))[0]
            shown[key] = int(value.text())
            words[key] = grid.itemAtPosition(row, 0).widget().text()
        assert [
            words[k] for k in ("registered", "walk_ins", "expected", "arrived", "cancelled")
        ] == [
            "Inscrit·es",
            "Inscrit·es à l'accueil",
            "Attendu·es",
            "Arrivé·es",
            "Annulé·es",
        ]
        assert shown["registered"] == want.registered
        assert shown["walk_ins"] == want.walk_ins
        assert shown["expected"] == want.expected
        assert shown["arrived"] == want.arrived
        assert shown["cancelled"] == want.cancelled
        ctx.worker.wait_idle()
    finally:
        ctx.close()


@pytest.fixture
def french(qapp):
    from ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
