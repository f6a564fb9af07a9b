"""Exports: action sheets, booklet, workbook and CSV of a complete evening,
read back (pdftotext, openpyxl); hostile text; atomic writes; the CLI; the
demo capture; the Restitution screen."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from katalyze.db import Database
from katalyze.db.models import Item, Participant, Project, Role, Seat, Synthesis
from katalyze.exports.data import load_evening
from katalyze.exports.service import (
    BOOKLET_NAME,
    CSV_NAME,
    WORKBOOK_NAME,
    ExportResult,
    export_all,
)
from tests.demo_evenings import as_any_test, demo_source


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(raw.split())


def workbook_cells(path: Path) -> list[tuple[str, object, str]]:
    """(sheet, value, data_type) of every non-empty cell."""
    wb = load_workbook(path)
    out = []
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    out.append((ws.title, cell.value, cell.data_type))
    return out


@pytest.fixture(scope="module")
def demo_file() -> Path:
    """The demo evening ("done" stage), built once a session; each test gets a copy."""
    return demo_source(participants=120, stage="done", seed=1)


@pytest.fixture
def evening(demo_file: Path, db_path: Path):
    from katalyze.db import open_database

    shutil.copyfile(demo_file, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def exported(
    demo_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, ExportResult]]:
    """One export of the evening that the tests below only read (never write)."""
    from katalyze.db import open_database

    folder = tmp_path_factory.mktemp("exported")
    shutil.copyfile(demo_file, folder / "event.katalyze")
    database = open_database(folder / "event.katalyze")
    with as_any_test():  # module scope: no test's home or language yet
        result = export_all(database, folder / "out")
    yield database, result
    database.close()


def test_one_pdf_per_project_booklet_workbook_and_csv(exported) -> None:
    db, result = exported
    with db.sessions.begin() as s:
        titles = {p.id: p.title for p in s.scalars(select(Project))}
    sheets = [f for f in result.files if f.kind == "sheet"]
    assert sorted(f.project_id for f in sheets) == sorted(titles)
    assert len({f.path for f in sheets}) == len(titles)
    for kind, name in (("booklet", BOOKLET_NAME), ("workbook", WORKBOOK_NAME), ("csv", CSV_NAME)):
        [f] = [f for f in result.files if f.kind == kind]
        assert f.path.name == name
    for f in result.files:
        assert f.path.is_file() and f.path.stat().st_size > 0
    assert not list(result.folder.glob(".*.part"))


def test_sheets_hold_every_seated_person_and_every_action(exported) -> None:
    db, result = exported
    data = load_evening(db)
    booklet = pdf_text(result.folder / BOOKLET_NAME)
    actions_seen = 0
    for f in (f for f in result.files if f.kind == "sheet"):
        sheet = data.project(f.project_id)
        text = pdf_text(f.path)
        assert " ".join(sheet.title.split()) in text
        assert sheet.seated_ids, "the demo seats people at every table"
        for pid in sheet.seated_ids:
            assert data.people[pid].full_name in text, (sheet.title, data.people[pid].full_name)
        for action in sheet.of_kind("action"):
            assert action.text in text
            assert action.responsible and action.responsible in text
            assert action.due is not None and action.due.strftime("%d/%m/%Y") in text
            actions_seen += 1
        assert sheet.title in booklet
    assert actions_seen > 0
    assert_contents_point_at_sheets(result.folder / BOOKLET_NAME, data)


def assert_contents_point_at_sheets(booklet: Path, data) -> None:
    """The booklet's table of contents gives the page where each sheet starts."""
    text = pdf_text(booklet)
    contents = text[text.index("Sommaire") :]
    pages = []
    for sheet in data.projects:
        # pdftotext gives the leader dots and page number before the entry.
        heading = re.escape(f"Table {sheet.table} — {sheet.title}")
        found = re.search(r"\. (\d+) " + heading, contents)
        assert found, sheet.title
        pages.append(int(found.group(1)))
    assert pages == sorted(pages) and pages[0] > 3
    for sheet, page in zip(data.projects, pages, strict=True):
        raw = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-raw", str(booklet), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert f"FICHE ACTION · TABLE {sheet.table}" in raw, (sheet.title, page)


def test_booklet_contents_right_without_known_sheet_lengths(evening, tmp_path) -> None:
    from katalyze.exports.booklet import write_booklet

    data = load_evening(evening)
    # No sheet lengths given: every sheet is guessed one page long, which is
    # wrong for the demo's sheets, so the second pass must correct the numbers.
    write_booklet(data, tmp_path / "b.pdf")
    assert_contents_point_at_sheets(tmp_path / "b.pdf", data)


def test_workbook_holds_everything_with_real_dates(exported) -> None:
    db, result = exported
    data = load_evening(db)
    wb = load_workbook(result.folder / WORKBOOK_NAME)
    assert wb.sheetnames == [
        "Participants",
        "Répartition",
        "Items",
        "Actions",
        "Synthèse",
        "Présence",
        "Suivi",
    ]
    people = wb["Participants"]
    assert people.freeze_panes
    # Real Excel tables (ListObjects), covering every row.
    for name, table in (
        ("Participants", "Participants"),
        ("Répartition", "Repartition"),
        ("Items", "Items"),
        ("Actions", "Actions"),
        ("Synthèse", "Syntheses"),
    ):
        ws = wb[name]
        assert list(ws.tables) == [table]
        assert ws.tables[table].ref.endswith(str(max(ws.max_row, 2)))
        assert not ws.auto_filter.ref
    heads = [c.value for c in people[1]]
    by_id = {
        r[0]: dict(zip(heads, r, strict=True))
        for r in people.iter_rows(min_row=2, values_only=True)
    }
    for person in data.people.values():
        assert by_id[person.id]["Code badge"] == (person.badge_code or None)
        if person.wishes:
            first = data.project(person.wishes[0])
            assert by_id[person.id]["Souhaits"].startswith(f"1. table {first.table} — ")
    assert people.max_row - 1 == len(data.people)
    items = wb["Items"]
    assert items.max_row - 1 == len(data.items)
    actions = wb["Actions"]
    header = [c.value for c in actions[1]]
    rows = [
        dict(zip(header, (c.value for c in row), strict=False))
        for row in actions.iter_rows(min_row=2)
    ]
    expected = [i for i in data.items if i.kind == "action"]
    assert len(rows) == len(expected)
    for row, action in zip(rows, expected, strict=True):
        assert row["Action"] == action.text
        assert row["Responsable"] == action.responsible
        assert isinstance(row["Échéance"], dt.datetime) and row["Échéance"].date() == action.due
        assert row["Statut"] == action.status_label
        owner = data.people.get(action.responsible_participant_id or -1)
        assert (row["Contact du responsable"] or "") == (owner.contact if owner else "")
    validations = actions.data_validations.dataValidation
    assert validations and "À faire" in validations[0].formula1
    placement = wb["Répartition"]
    assert [c.value for c in placement[1]][-len(data.rounds) :] == [
        f"Tour {r}" for r in data.rounds
    ]
    arrived = [r for r in people.iter_rows(min_row=2, values_only=True) if r[10] is not None]
    assert arrived and all(isinstance(r[10], dt.datetime) for r in arrived)
    presence = {r[0]: r for r in wb["Présence"].iter_rows(min_row=2, values_only=True)}
    arrived_column = [c.value for c in wb["Présence"][1]].index("Arrivé·es")
    assert presence["Total"][arrived_column] == sum(
        1 for p in data.people.values() if p.arrived_at and not p.cancelled
    )


def test_no_contact_of_anyone_who_did_not_consent(exported) -> None:
    db, result = exported
    with db.sessions.begin() as s:
        people = list(s.scalars(select(Participant)))
        hidden = [p.email for p in people if not p.consent_contact and p.email]
        hidden_phones = [p.phone for p in people if not p.consent_contact and p.phone]
        seated = set(s.scalars(select(Seat.participant_id)))
        shown = [p.email for p in people if p.consent_contact and p.email and p.id in seated]
    assert hidden and shown
    texts = [pdf_text(f.path) for f in result.files if f.path.suffix == ".pdf"]
    texts.append((result.folder / CSV_NAME).read_text(encoding="utf-8-sig"))
    texts.append(" ".join(str(v) for _, v, _ in workbook_cells(result.folder / WORKBOOK_NAME)))
    everything = "\n".join(texts)
    for email in hidden:
        assert email not in everything
    for phone in hidden_phones:
        assert phone not in everything
    # Those who consented are reachable from their sheet.
    for email in shown:
        assert email in everything


HOSTILE = ["=1+1", "@SUM(A1)", "-2+3", "+cmd", "<b>", "&", "Nguyễn Thị Ánh Tuyết"]


@pytest.fixture
def hostile(evening):
    db = evening
    with db.sessions.begin() as s:
        role = s.scalar(select(Role).where(Role.key == "citoyen"))
        project = s.scalar(select(Project).where(Project.table_number == 1))
        project.holder = '=HYPERLINK("http://x")'
        people = []
        for n, name in enumerate(HOSTILE):
            p = Participant(
                first_name=name,
                last_name="<i>&amp; 🎉" if n % 2 else "Tuyết",
                organisation=("Coopérative " * 30)[:300] if n == 0 else name,
                role=role,
                email=f"hostile{n}@exemple.fr",
                consent_contact=n % 2 == 0,
                notes="=cmd|' /C calc'!A0",
            )
            s.add(p)
            people.append(p)
        s.flush()
        for p in people:
            s.add(Seat(participant_id=p.id, project_id=project.id, round=1))
        for n, text in enumerate(
            [
                *HOSTILE,
                "ligne 1\nligne 2 <br/> & </para>",
                "🎉🚀 émoji",
                "onglet\x0bcontrôle\x00\x1b fin",
            ]
        ):
            for kind in ("idea", "need", "offer", "commitment", "action", "question"):
                s.add(
                    Item(
                        project_id=project.id,
                        round=1,
                        kind=kind,
                        category="financement" if kind in ("need", "offer") else "",
                        text=text,
                        participant_id=people[n % len(people)].id,
                        responsible_text=text if kind == "action" else "",
                        due=dt.date(2026, 5, 1) if kind == "action" else None,
                        status="todo" if kind == "action" else "",
                        votes=n,
                        position=1000 + n,
                    )
                )
        s.merge(Synthesis(project_id=project.id, round=1, text="<b>gras ?</b> & =2+2\nfin"))
    return db


def test_hostile_text_exports_as_text(hostile, tmp_path) -> None:
    result = export_all(hostile, tmp_path / "out")
    cells = workbook_cells(result.folder / WORKBOOK_NAME)
    formulas = [(sheet, v) for sheet, v, t in cells if t == "f"]
    assert formulas == []
    values = {v for _, v, _ in cells}
    for text in ("=1+1", "@SUM(A1)", "-2+3", "+cmd", '=HYPERLINK("http://x")'):
        assert text in values
    wb = load_workbook(result.folder / WORKBOOK_NAME)
    quoted = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == "=1+1"]
    assert quoted and all(c.quotePrefix for c in quoted)

    with open(result.folder / CSV_NAME, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    fields = {cell for row in rows for cell in row}
    for text in ("=1+1", "@SUM(A1)", "-2+3", "+cmd"):
        assert "'" + text in fields
        assert text not in fields
    raw = (result.folder / CSV_NAME).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw

    sheet = next(
        f for f in result.files if f.kind == "sheet" and f.path.name.startswith("fiche-table-01")
    )
    text = pdf_text(sheet.path)
    assert "<b>" in text
    assert "<i>&amp;" in text
    assert "Nguyễn Thị Ánh Tuyết" in text
    assert "<b>gras ?</b> & =2+2" in text
    assert "ligne 1 ligne 2 <br/> & </para>" in text
    assert ("Coopérative " * 3).strip() in text
    assert "ongletcontrôle fin" in text
    assert "ongletcontrôle fin" in values


def test_crash_mid_export_leaves_no_partial_file(evening, exported, tmp_path, monkeypatch) -> None:
    import katalyze.exports.service as service

    out = tmp_path / "out"
    shutil.copytree(exported[1].folder, out)  # the files of an earlier export of this evening
    before = (out / WORKBOOK_NAME).read_bytes()

    def broken(data, path) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a workbook")
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(service, "write_workbook", broken)
    # The workbook fails; the other files are still written (issue 10).
    result = export_all(evening, out)
    assert [f.label for f in result.failures] == ["Classeur Excel (toutes les données)"]
    assert (out / WORKBOOK_NAME).read_bytes() == before
    assert not list(out.glob(".*.part"))

    fresh = tmp_path / "fresh"
    result = export_all(evening, fresh)
    assert not (fresh / WORKBOOK_NAME).exists()
    assert (fresh / CSV_NAME).is_file()
    assert not list(fresh.glob(".*.part"))


def test_export_mid_evening_with_empty_tables(db, tmp_path) -> None:
    with db.sessions.begin() as s:
        s.add(Project(table_number=1, title="Table vide", needs=["lieu"]))
        s.add(Project(table_number=2, title="Autre table"))
    result = export_all(db, tmp_path / "out")
    assert len([f for f in result.files if f.kind == "sheet"]) == 2
    text = pdf_text(result.files[0].path)
    assert "Table vide" in text and "Personne n'est encore placé" in text
    wb = load_workbook(result.folder / WORKBOOK_NAME)
    assert wb["Actions"].max_row == 1


def test_export_into_unwritable_place_is_a_user_error(evening, tmp_path) -> None:
    from katalyze.errors import UserError

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Impossible de créer le dossier"):
        export_all(evening, blocker / "out")


def test_cli_export_json(evening, db_path, tmp_path, capsys) -> None:
    import json

    from katalyze.cli.main import main

    evening.close()
    code = main(["export", "--db", str(db_path), "--out", str(tmp_path / "cli"), "--json"])
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    assert document["projects"] == len([f for f in document["files"] if f["kind"] == "sheet"])
    assert all(Path(f["path"]).is_file() for f in document["files"])
    assert main(["export", "--db", str(tmp_path / "none.katalyze"), "--out", str(tmp_path)]) == 1


def test_demo_capture_is_deterministic_and_uses_the_table(evening) -> None:
    from katalyze.capture.demo import simulate_capture

    def snapshot():
        with evening.sessions.begin() as s:
            return [
                (i.project_id, i.round, i.kind, i.text, i.participant_id, i.due, i.status, i.votes)
                for i in s.scalars(
                    select(Item).order_by(Item.project_id, Item.round, Item.position)
                )
            ]

    simulate_capture(evening, random.Random(7))
    first = snapshot()
    simulate_capture(evening, random.Random(7))
    assert snapshot() == first
    kinds = {k for _, _, k, *_ in first}
    assert kinds == {"idea", "need", "offer", "commitment", "action", "question"}
    with evening.sessions.begin() as s:
        seats = {(x.participant_id, x.project_id, x.round) for x in s.scalars(select(Seat))}
        for item in s.scalars(select(Item).where(Item.kind.in_(["offer", "commitment"]))):
            assert (item.participant_id, item.project_id, item.round) in seats
        syntheses = s.scalars(select(Synthesis)).all()
        tables_rounds = {(p, r) for _, p, r in seats}
        assert {(x.project_id, x.round) for x in syntheses} == tables_rounds


# ------------------------------------------------------------------ the screen


@pytest.fixture
def ctx(evening, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from ui.context import EventContext, EventSignals
    from ui.worker import DbWorker

    context = EventContext(
        db=evening,
        worker=DbWorker(),
        signals=EventSignals(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    yield context
    context.worker.shutdown()


def test_restitution_screen_exports_and_lists_files(ctx, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    from ui.restitution import RestitutionScreen

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    screen = RestitutionScreen(ctx, None)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen._figures["actions"].text() != "—")
    assert int(screen._figures["actions"].text()) > 0
    assert "Katalyze" in screen.folder_edit.text()

    out = tmp_path / "restitution"
    screen.folder_edit.clear()
    qtbot.keyClicks(screen.folder_edit, str(out))
    with qtbot.waitSignal(screen.export_finished, timeout=60000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    model = screen.files_model
    assert model.rowCount() == len(result.files) == result.projects + 3
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert {BOOKLET_NAME, WORKBOOK_NAME, CSV_NAME} <= names
    assert all((out / n).is_file() for n in names)
    assert screen.export_button.isEnabled()

    screen.files_view.selectRow(0)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out / model.index(0, 1).data()), str(out)]


def test_restitution_screen_reports_a_folder_it_cannot_use(ctx, qtbot, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from ui.restitution import RestitutionScreen

    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    screen = RestitutionScreen(ctx, None)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen._figures["actions"].text() != "—")
    screen.folder_edit.setText(str(blocker_file / "out"))
    with qtbot.waitSignal(screen.export_failed, timeout=30000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert "Impossible de créer le dossier" in blocker.args[0]
    assert "Impossible de créer le dossier" in screen.status.text()
    assert screen.files_model.rowCount() == 0


def test_cancel_during_the_booklet_keeps_no_partial_file(evening, tmp_path) -> None:
    from katalyze.errors import Cancelled

    messages: list[str] = []

    def progress(done: int, total: int, message: str = "") -> None:
        messages.append(message)
        if message.startswith("Mise en page du livret"):
            raise Cancelled()

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        export_all(evening, out, progress=progress)
    assert any(m.startswith("Fiche action") for m in messages)
    assert list(out.glob("fiche-table-*.pdf"))  # finished sheets stay, whole
    assert not (out / BOOKLET_NAME).exists()
    assert not (out / WORKBOOK_NAME).exists()
    assert not list(out.glob(".*.part"))


def test_restitution_screen_cancel_from_the_keyboard(ctx, qtbot, tmp_path) -> None:
    import threading

    from PySide6.QtCore import Qt

    from ui.restitution import RestitutionScreen

    screen = RestitutionScreen(ctx, None)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen._figures["actions"].text() != "—")
    screen.folder_edit.setText(str(tmp_path / "cancelled"))
    # Hold the worker busy so that the export is still queued when cancelled.
    release = threading.Event()
    ctx.worker.submit(release.wait, 30)
    qtbot.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert screen.cancel_button.isVisible() and not screen.export_button.isEnabled()
    with qtbot.waitSignal(screen.export_cancelled, timeout=30000):
        qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
        release.set()
    qtbot.waitUntil(lambda: screen.export_button.isEnabled())
    assert not screen.cancel_button.isVisible()
    assert "cancelled" in screen.status.text().lower()
    assert not (tmp_path / "cancelled").exists()  # nothing was written
