"""Printable table lists: every table and every seated person, per round."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from katalyze.assignment.table_lists import render_table_lists
from katalyze.db.models import Participant, Role, Seat
from katalyze.errors import Cancelled, UserError
from katalyze.participants import ParticipantDraft, add_participant
from katalyze.projects import ProjectDraft, create_project

TITLES = [
    "Ressourcerie médicale",
    "Crèche inter-entreprises",
    "Conserverie urbaine",
    "Monnaie locale",
]
FIRST = ["Élodie", "Jean", "Aïcha", "Nguyễn", "Zoé", "Théo", "Maëlle", "Karim", "Inès", "Ulysse"]
LAST = ["Lefèvre", "Martin", "Benali", "Văn An", "Dubois", "Roux", "Ørsted", "Haddad", "Petit"]


def _seat_everyone(db, rounds: int = 2) -> dict[tuple[int, int], list[str]]:
    projects = [create_project(db, ProjectDraft(title=t, max_seats=12)) for t in TITLES]
    people = []
    for i in range(30):
        info = add_participant(
            db,
            ParticipantDraft(
                first_name=FIRST[i % len(FIRST)],
                last_name=f"{LAST[i % len(LAST)]}-{i}",
                organisation=f"Coop n°{i % 7}",
            ),
        )
        people.append(info)
    expected: dict[tuple[int, int], list[str]] = {}
    with db.sessions.begin() as session:
        roles = list(session.scalars(select(Role).order_by(Role.position)))
        for i, person in enumerate(people):
            session.get(Participant, person.id).role_id = roles[i % len(roles)].id
            for r in range(1, rounds + 1):
                project = projects[(i + r) % len(projects)]
                session.add(
                    Seat(participant_id=person.id, project_id=project.id, round=r, pinned=i == 0)
                )
                expected.setdefault((project.table_number, r), []).append(person.full_name)
    return expected


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_every_table_and_person_on_its_page(db, tmp_path: Path) -> None:
    expected = _seat_everyone(db)
    out = tmp_path / "listes.pdf"
    result = render_table_lists(db, out)
    assert result.tables == len(TITLES)
    assert result.rounds == 2
    assert result.seats == 60
    pages = _pdf_text(out).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == len(TITLES)  # 15 people per table-round fit one page
    for number, title in enumerate(TITLES, start=1):
        page = next(p for p in pages if f"Table {number}\n" in p)
        assert title in page
        assert "Tour 1" in page and "Tour 2" in page
        tour2 = page.index("Tour 2")
        for r in (1, 2):
            part = page[:tour2] if r == 1 else page[tour2:]
            for name in expected[(number, r)]:
                assert name in part, f"{name} missing from table {number} round {r}"
    assert not list(tmp_path.glob(".table-lists-*"))  # temporary file renamed away


def test_organisation_and_role_are_printed(db, tmp_path: Path) -> None:
    _seat_everyone(db, rounds=1)
    out = tmp_path / "listes.pdf"
    render_table_lists(db, out)
    text = _pdf_text(out)
    assert "Coop n°3" in text
    assert "Citoyen·ne" in text
    assert "Étudiant·e" in text
    assert "(reste à la table)" in text  # the pinned holder is marked
    assert "Tour 1" not in text  # one round: no round headings


def test_nothing_seated_is_a_sentence(db, tmp_path: Path) -> None:
    create_project(db, ProjectDraft(title="Monnaie locale"))
    with pytest.raises(UserError, match="répartition"):
        render_table_lists(db, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_leaves_no_file(db, tmp_path: Path) -> None:
    _seat_everyone(db)
    out = tmp_path / "listes.pdf"

    def progress(done: int, total: int, message: str = "") -> None:
        if done >= 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        render_table_lists(db, out, progress=progress)
    assert not out.exists()
    assert not list(tmp_path.glob(".table-lists-*"))
