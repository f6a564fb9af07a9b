"""The participants tab, driven as an organiser would: search, filter, edit, cancel, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from katalyze.db import Database
from katalyze.events import list_roles
from katalyze.participants import ParticipantDraft, add_participant, get_participant
from katalyze.projects import ProjectDraft, create_project
from ui.app import build_event_context
from ui.preparation import PreparationScreen
from ui.preparation.participants_model import Arrival, Column


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Three projects and six people, made through the core services."""
    roles = {r.key: r.id for r in list_roles(db)}
    projects = [
        create_project(db, ProjectDraft(title=title, max_seats=8))
        for title in ("Conserverie urbaine", "Monnaie locale", "Tiers-lieu inclusif")
    ]
    rows = [
        ("Hélène", "Dupré", "Mairie d'Amiens", "elu", "helene.dupre@amiens.fr"),
        ("Helena", "Martin", "Lycée La Hotoie", "etudiant", None),
        ("Noël", "Bonnet", "", "citoyen", "noel@example.org"),
        ("Zoé", "Lefèvre", "Lycée La Hotoie", "etudiant", "zoe@example.org"),
        ("Marc", "Petit", "Crédit Coopératif", "investisseur", "marc@example.org"),
        ("Aïcha", "Carpentier", "BIG Picardie", "porteur", "aicha@example.org"),
    ]
    ids = {}
    for first, last, organisation, role, email in rows:
        info = add_participant(
            db,
            ParticipantDraft(
                first_name=first,
                last_name=last,
                organisation=organisation,
                role_id=roles[role],
                email=email,
                wishes=(projects[2].id, projects[0].id),
            ),
        )
        ids[first] = info.id
    return ids


@pytest.fixture
def screen(qtbot, db_path: Path, people: dict[str, int]):
    ctx = build_event_context(str(db_path))
    widget = PreparationScreen(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.data_loaded, timeout=10000):
        widget.resize(1300, 700)
        widget.show()
    widget.tabs.setCurrentWidget(widget.participants_tab)
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    ctx.worker.wait_idle()
    widget.close()
    ctx.close()


def type_text(widget, text: str) -> None:
    """Type like a keyboard, accents included (QTest only knows ASCII keys)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def visible_names(view: QTableView) -> list[str]:
    model = view.model()
    return [
        f"{model.index(r, Column.FIRST_NAME).data()} {model.index(r, Column.LAST_NAME).data()}"
        for r in range(model.rowCount())
    ]


def click_row(qtbot, view: QTableView, row: int) -> None:
    index = view.model().index(row, Column.LAST_NAME)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def row_of(view: QTableView, first_name: str) -> int:
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, Column.FIRST_NAME).data() == first_name:
            return r
    raise AssertionError(f"{first_name} is not shown")


def test_search_ignores_accents_and_case(qtbot, screen: PreparationScreen) -> None:
    tab = screen.participants_tab
    assert len(visible_names(tab.table)) == 6
    qtbot.keyClicks(tab.search, "helene")
    assert visible_names(tab.table) == ["Hélène Dupré"]
    tab.search.clear()
    type_text(tab.search, "HÉLÈNE")
    assert visible_names(tab.table) == ["Hélène Dupré"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "hele")  # a prefix finds Hélène and Helena
    assert sorted(visible_names(tab.table)) == ["Helena Martin", "Hélène Dupré"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "lycee lefevre")  # every word must match, in any field
    assert visible_names(tab.table) == ["Zoé Lefèvre"]
    assert tab.count_label.text().endswith(" · 1 shown")
    tab.search.clear()
    assert len(visible_names(tab.table)) == 6


def test_filter_by_role_organisation_and_arrival(qtbot, screen: PreparationScreen) -> None:
    tab = screen.participants_tab
    tab.role_filter.setCurrentIndex(tab.role_filter.findText("Étudiant·e"))
    assert sorted(visible_names(tab.table)) == ["Helena Martin", "Zoé Lefèvre"]
    tab.role_filter.setCurrentIndex(0)
    tab.organisation_filter.setCurrentIndex(tab.organisation_filter.findText("BIG Picardie"))
    assert visible_names(tab.table) == ["Aïcha Carpentier"]
    tab.organisation_filter.setCurrentIndex(0)
    tab.arrival_filter.setCurrentIndex(tab.arrival_filter.findData(Arrival.CANCELLED))
    assert visible_names(tab.table) == []
    tab.arrival_filter.setCurrentIndex(tab.arrival_filter.findData(Arrival.NOT_ARRIVED))
    assert len(visible_names(tab.table)) == 6


def test_sort_by_a_column_keeps_the_filter(qtbot, screen: PreparationScreen) -> None:
    tab = screen.participants_tab
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft()
        + type(header.rect().topLeft())(header.sectionViewportPosition(Column.FIRST_NAME) + 10, 10),
    )
    firsts = [tab.table.model().index(r, Column.FIRST_NAME).data() for r in range(6)]
    assert firsts[0] == "Aïcha" and firsts[-1] == "Zoé"
    qtbot.keyClicks(tab.search, "lycee")
    firsts = [tab.table.model().index(r, Column.FIRST_NAME).data() for r in range(2)]
    assert firsts == ["Helena", "Zoé"]


def test_edit_through_the_dialog_then_undo_and_redo(
    qtbot, screen: PreparationScreen, db: Database, people: dict[str, int]
) -> None:
    tab = screen.participants_tab
    click_row(qtbot, tab.table, row_of(tab.table, "Noël"))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.last_name.text() == "Bonnet"
    dialog.organisation.clear()
    type_text(dialog.organisation, "Amiens Métropole")
    dialog.offer_boxes["reseau"].setChecked(True)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None
    row = row_of(tab.table, "Noël")
    assert tab.table.model().index(row, Column.ORGANISATION).data() == "Amiens Métropole"
    saved = get_participant(db, people["Noël"])
    assert saved.organisation == "Amiens Métropole" and "reseau" in saved.offers

    assert tab.undo_stack.count() == 1 and tab.undo_button.isEnabled()
    screen.activateWindow()  # the dialog has closed; back to the main window
    qtbot.waitUntil(screen.isActiveWindow)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    row = row_of(tab.table, "Noël")
    assert tab.table.model().index(row, Column.ORGANISATION).data() == ""
    assert get_participant(db, people["Noël"]).offers == ()

    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.keyClick(
            tab.table,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert get_participant(db, people["Noël"]).organisation == "Amiens Métropole"
    assert tab.undo_button.isEnabled() and not tab.redo_button.isEnabled()


def test_a_bad_email_is_explained_and_nothing_typed_is_lost(
    qtbot, screen: PreparationScreen, db: Database, people: dict[str, int]
) -> None:
    tab = screen.participants_tab
    click_row(qtbot, tab.table, row_of(tab.table, "Marc"))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the form too
    dialog = tab.dialog
    assert dialog is not None
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "06 12 34 56 78")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "marc-at-example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert "marc-at-example" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.phone.text() == "06 12 34 56 78"
    assert get_participant(db, people["Marc"]).email == "marc@example.org"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "marc@coop.example.org")
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = get_participant(db, people["Marc"])
    assert (saved.email, saved.phone) == ("marc@coop.example.org", "06 12 34 56 78")


def test_cancel_a_registration_and_restore_it(
    qtbot, screen: PreparationScreen, db: Database, people: dict[str, int]
) -> None:
    tab = screen.participants_tab
    click_row(qtbot, tab.table, row_of(tab.table, "Zoé"))
    assert tab.cancel_button.text() == "Cancel registration"
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    row = row_of(tab.table, "Zoé")
    assert tab.table.model().index(row, Column.STATUS).data() == "Cancelled"
    assert get_participant(db, people["Zoé"]).cancelled
    # Each figure once: no "0 walk-in(s)".
    assert " · 5 registered · 1 cancelled · " in tab.count_label.text()
    tab.arrival_filter.setCurrentIndex(tab.arrival_filter.findData(Arrival.CANCELLED))
    assert visible_names(tab.table) == ["Zoé Lefèvre"]
    tab.arrival_filter.setCurrentIndex(0)

    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert not get_participant(db, people["Zoé"]).cancelled
    row = row_of(tab.table, "Zoé")
    assert tab.table.model().index(row, Column.STATUS).data() == "Registered"

    click_row(qtbot, tab.table, row)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert get_participant(db, people["Zoé"]).cancelled
    click_row(qtbot, tab.table, row_of(tab.table, "Zoé"))
    assert tab.cancel_button.text() == "Restore registration"
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert not get_participant(db, people["Zoé"]).cancelled


def test_add_a_participant_with_ranked_wishes(
    qtbot, screen: PreparationScreen, db: Database
) -> None:
    tab = screen.participants_tab
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    type_text(dialog.first_name, "Léa")
    qtbot.keyClicks(dialog.last_name, "Roussel")
    dialog.role.setCurrentIndex(dialog.role.findText("Partenaire"))
    dialog.wish_combos[0].setCurrentIndex(2)
    dialog.wish_combos[1].setCurrentIndex(1)
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.count_label.text().startswith("7 record(s) · 0 arrived")
    row = row_of(tab.table, "Léa")
    model = tab.table.model()
    assert model.index(row, Column.ROLE).data() == "Partenaire"
    assert model.index(row, Column.WISHES).data() == "2, 1"
    selected = tab.selected_participants()
    assert [p.first_name for p in selected] == ["Léa"]
    assert selected[0].consent_contact


def test_import_button_goes_through_the_mapping_review(
    qtbot, tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog_module = pytest.importorskip("ui.importing.dialog")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from katalyze.db import open_database
    from katalyze.events import ensure_event
    from katalyze.importing import import_projects

    path = tmp_path / "import.katalyze"
    db = open_database(path)
    ensure_event(db)
    import_projects(db, shared_data / "projets.csv")
    db.close()
    ctx = build_event_context(str(path))
    widget = PreparationScreen(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.data_loaded, timeout=10000):
        widget.show()
    tab = widget.participants_tab
    assert tab.model.rows == []
    files = [
        str(shared_data / name)
        for name in (
            "inscrits_organisateurs.xlsx",
            "inscriptions_billetterie.csv",
            "inscriptions_formulaire.csv",
        )
    ]
    asked: list[tuple] = []

    def choose_files(*args, **kwargs):
        asked.append(args)
        return files, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose_files)
    seen: dict[str, object] = {}

    def review() -> None:
        """What the organiser does in the modal review: look, then Import, then Close."""
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_module.ImportDialog):
            QTimer.singleShot(20, review)
            return
        if not dialog.import_button.isEnabled():  # the preview is being planned
            QTimer.singleShot(20, review)
            return
        if dialog.report is None:
            if "tabs" not in seen:
                seen["tabs"] = len(dialog.tabs_by_path)
                qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            QTimer.singleShot(20, review)
            return
        seen["created"] = dialog.report.created
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # now "Close"

    QTimer.singleShot(0, review)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)  # returns once closed
    assert len(asked) == 1
    assert seen == {"tabs": 3, "created": 120}
    qtbot.waitUntil(lambda: len(tab.model.rows) == 120, timeout=30000)
    assert tab.count_label.text().startswith("120 record(s) · ")
    qtbot.keyClicks(tab.search, "helene lemaire")
    assert visible_names(tab.table) == ["Hélène Lemaire"]
    ctx.worker.wait_idle()
    widget.close()
    ctx.close()


def test_model_survives_a_reload_with_selection_kept(qtbot, screen: PreparationScreen) -> None:
    tab = screen.participants_tab
    click_row(qtbot, tab.table, row_of(tab.table, "Aïcha"))
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        screen.ctx.signals.participants_changed.emit()
    assert [p.first_name for p in tab.selected_participants()] == ["Aïcha"]
    assert isinstance(tab.table.currentIndex(), QModelIndex)


def test_a_saved_row_shows_at_once_and_filters_see_it(
    qtbot, screen: PreparationScreen, db: Database, people: dict[str, int]
) -> None:
    """Without waiting for the reload: the row and the search follow the saved values."""
    from dataclasses import replace

    tab = screen.participants_tab
    qtbot.keyClicks(tab.search, "cooperative")
    assert visible_names(tab.table) == []
    marc = next(p for p in tab.model.rows if p.first_name == "Marc")
    assert tab.model.update_participant(replace(marc, organisation="Banque coopérative"))
    assert visible_names(tab.table) == ["Marc Petit"]
    tab.search.clear()
    assert len(visible_names(tab.table)) == 6


def test_sorting_keeps_the_selection_on_the_same_person(qtbot, screen: PreparationScreen) -> None:
    tab = screen.participants_tab
    click_row(qtbot, tab.table, row_of(tab.table, "Zoé"))
    for column in (Column.ORGANISATION, Column.ROLE, Column.WISHES, Column.STATUS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.table.sortByColumn(column, order)
            assert [p.first_name for p in tab.selected_participants()] == ["Zoé"]
    tab.table.sortByColumn(Column.LAST_NAME, Qt.SortOrder.DescendingOrder)
    lasts = [tab.table.model().index(r, Column.LAST_NAME).data() for r in range(6)]
    assert lasts == ["Petit", "Martin", "Lefèvre", "Dupré", "Carpentier", "Bonnet"]
