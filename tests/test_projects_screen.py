"""The projects tab: add, edit, refuse bad values, delete with confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from katalyze.db import Database
from katalyze.participants import ParticipantDraft, add_participant, get_participant
from katalyze.projects import ProjectDraft, create_project, list_projects
from ui.app import build_event_context
from ui.preparation import PreparationScreen
from ui.preparation.projects_tab import ProjectColumn


@pytest.fixture
def projects(db: Database) -> list[int]:
    made = [
        create_project(
            db,
            ProjectDraft(
                title="Conserverie en milieu urbain",
                holder="Aïcha Carpentier",
                lead_organisation="BIG Picardie",
                needs=("lieu", "financement"),
                min_seats=4,
                max_seats=9,
            ),
        ),
        create_project(db, ProjectDraft(title="Monnaie locale augmentée", max_seats=8)),
    ]
    return [p.id for p in made]


@pytest.fixture
def screen(qtbot, db_path: Path, projects: list[int]):
    ctx = build_event_context(str(db_path))
    widget = PreparationScreen(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.data_loaded, timeout=10000):
        widget.resize(1300, 700)
        widget.show()
    widget.tabs.setCurrentWidget(widget.projects_tab)
    qtbot.waitExposed(widget)
    yield widget
    ctx.worker.wait_idle()
    widget.close()
    ctx.close()


def cell(view: QTableView, row: int, column: ProjectColumn) -> str:
    return view.model().index(row, column).data()


def click_row(qtbot, view: QTableView, row: int) -> None:
    index = view.model().index(row, ProjectColumn.TITLE)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_projects_are_listed_with_needs_and_seats(screen: PreparationScreen) -> None:
    view = screen.projects_tab.table
    assert view.model().rowCount() == 2
    assert cell(view, 0, ProjectColumn.TABLE) == "1"
    assert cell(view, 0, ProjectColumn.NEEDS) == "Lieu, Financement"
    assert cell(view, 0, ProjectColumn.SEATS) == "4–9"
    assert cell(view, 0, ProjectColumn.HOLDER) == "Aïcha Carpentier"
    assert screen.projects_tab.count_label.text() == "Projects: 2 · seats at most: 17"


def test_add_a_project_through_the_dialog(qtbot, screen: PreparationScreen, db: Database) -> None:
    tab = screen.projects_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.table_number.value() == 3
    qtbot.keyClicks(dialog.title, "Tiers-lieu inclusif")
    qtbot.keyClicks(dialog.holder, "Justine Le Gall")
    dialog.need_boxes["lieu"].setChecked(True)
    dialog.need_boxes["juridique"].setChecked(True)
    dialog.max_seats.setValue(12)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    view = tab.table
    assert view.model().rowCount() == 3
    assert cell(view, 2, ProjectColumn.TITLE) == "Tiers-lieu inclusif"
    assert cell(view, 2, ProjectColumn.NEEDS) == "Lieu, Juridique"
    saved = [p for p in list_projects(db) if p.title == "Tiers-lieu inclusif"]
    assert saved and saved[0].table_number == 3 and saved[0].max_seats == 12


def test_bad_values_are_explained_and_kept_in_the_form(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    tab = screen.projects_tab
    click_row(qtbot, tab.table, 1)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.title.text() == "Monnaie locale augmentée"
    dialog.table_number.setValue(1)  # table 1 is the conserverie's
    qtbot.keyClicks(dialog.theme, "Finance solidaire")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "table 1" in dialog.error_label.text().lower()
    assert dialog.theme.text() == "Finance solidaire" and dialog.isVisible()
    dialog.table_number.setValue(7)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    monnaie = next(p for p in list_projects(db) if p.title.startswith("Monnaie"))
    assert (monnaie.table_number, monnaie.theme) == (7, "Finance solidaire")
    assert cell(tab.table, 1, ProjectColumn.TABLE) == "7"


def test_delete_asks_first_and_keeps_the_participants(
    qtbot, screen: PreparationScreen, db: Database, projects: list[int]
) -> None:
    person = add_participant(
        db, ParticipantDraft(first_name="Léa", last_name="Roussel", wishes=(projects[0],))
    )
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        screen.ctx.signals.participants_changed.emit()
    tab = screen.projects_tab
    click_row(qtbot, tab.table, 0)
    box = tab.delete_selected()
    assert isinstance(box, QMessageBox) and "Conserverie" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(list_projects(db)) == 2
    click_row(qtbot, tab.table, 0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.findChild(QMessageBox, "deleteProjectQuestion")
    assert box is not None
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert [p.title for p in list_projects(db)] == ["Monnaie locale augmentée"]
    assert tab.table.model().rowCount() == 1
    assert get_participant(db, person.id).wishes == ()
