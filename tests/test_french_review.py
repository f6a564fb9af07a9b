"""What a French user sees: whole role names at the door, shortcuts named in
tooltips, French plurals and decimal commas, words not codes (UI and CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale, QSettings, Qt

from katalyze.checkin.service import check_in_participant
from katalyze.cli.main import main
from katalyze.demo import build_demo
from katalyze.participants import list_participants
from ui.app import build_event_context
from ui.context import EventContext, EventSignals
from ui.worker import DbWorker


@pytest.fixture
def french(qapp):
    from ui.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def demo_ctx(db, tmp_path: Path):
    build_demo(db, participants=120, stage="registered", seed=1)
    for person in list_participants(db)[:100]:
        if not person.cancelled:
            check_in_participant(db, person.id)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("accueil/station", "Entrée 1")
    settings.setValue("accueil/sound", "false")
    ctx = EventContext(db, DbWorker(), EventSignals(), settings)
    yield ctx
    ctx.worker.wait_idle()
    ctx.close()


# --- Accueil -------------------------------------------------------------------


def test_role_counters_show_whole_role_names_at_1366(qtbot, qapp, french, demo_ctx) -> None:
    from ui.accueil import AccueilScreen
    from ui.app import apply_style

    style, font = qapp.styleSheet(), qapp.font()
    apply_style(qapp)  # the app's own look: its fonts are what must fit
    try:
        screen = AccueilScreen(demo_ctx)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.counts_shown, timeout=10000):
            screen.resize(1156, 700)  # what is left of 1366 px beside the navigation
            screen.show()
        model, view = screen.counters.model, screen.counters.view
        qtbot.waitUntil(lambda: model.rowCount() >= 10, timeout=5000)
        names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        assert "Investisseur / financeur" in names  # French role names
        # Every role name is whole (colour square included), the figures too.
        assert view.columnWidth(0) >= view.sizeHintForColumn(0), (
            view.columnWidth(0),
            view.sizeHintForColumn(0),
        )
        assert view.columnWidth(1) >= view.sizeHintForColumn(1)
    finally:
        qapp.setStyleSheet(style)
        qapp.setFont(font)


# --- Répartition ----------------------------------------------------------------


def test_seating_tooltips_name_their_shortcuts_before_any_move(qtbot, french, demo_ctx) -> None:
    from ui.repartition import RepartitionScreen

    screen = RepartitionScreen(demo_ctx)
    qtbot.addWidget(screen)
    screen.resize(1156, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.board() is not None, timeout=10000)
    assert screen.undo_action.toolTip() == "Annuler (Ctrl+Z)"
    assert screen.redo_action.toolTip() == "Rétablir (Ctrl+Maj+Z)"
    assert screen.lock_action.toolTip() == "Verrouiller la place (Ctrl+L)"
    # Selecting a locked seat turns the words, and the tooltip keeps the shortcut.
    screen._set_lock_label("Déverrouiller la place")
    assert screen.lock_action.toolTip() == "Déverrouiller la place (Ctrl+L)"


# --- Préparation ----------------------------------------------------------------


def test_participants_words_are_inclusive_and_shortcuts_shown(qtbot, french, db, db_path) -> None:
    from ui.preparation import PreparationScreen

    build_demo(db, participants=120, stage="arrived", seed=1)
    ctx = build_event_context(str(db_path))
    screen = PreparationScreen(ctx)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        screen.show()
    tab = screen.participants_tab
    filters = [tab.arrival_filter.itemText(i) for i in range(tab.arrival_filter.count())]
    assert "Arrivé·es" in filters and "Pas encore arrivé·es" in filters, filters
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    column = headers.index("Statut")
    statuses = {str(tab.model.index(r, column).data()) for r in range(tab.model.rowCount())}
    assert {"Arrivé·e", "Inscrit·e"} <= statuses, statuses
    assert "(Ctrl+Maj+N)" in tab.add_button.toolTip()
    assert "(Suppr)" in tab.cancel_button.toolTip()
    assert tab.undo_button.toolTip() == "Défaire (Ctrl+Z)"
    ctx.worker.wait_idle()
    screen.close()
    ctx.close()


# --- Import dialog ----------------------------------------------------------------


def test_import_outcome_in_good_french(qtbot, french, db, tmp_path, shared_data) -> None:
    from ui.importing.dialog import ImportDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = EventContext(db, DbWorker(), EventSignals(), settings)
    projects = shared_data / "projets.csv"
    assert main(["import", "projects", str(projects), "--db", str(db.path)]) == 0
    dialog = ImportDialog(ctx, "projects", [projects])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        dialog.show()
    # The same 15 projects again: nothing is created, and the sentence says so.
    assert dialog.outcome_label.text().startswith("Rien de nouveau"), dialog.outcome_label.text()
    assert dialog.outcome_text(1, 0) == "L'import créera 1 nouveau projet."
    assert dialog.outcome_text(2, 3) == (
        "L'import créera 2 nouveaux projets et en complétera 3 déjà enregistrés."
    )
    dialog._update_problem_label()
    assert dialog.problems_label.text() == "Problèmes dans projets.csv : aucun"
    dialog.reject()
    ctx.worker.wait_idle()
    ctx.worker.shutdown()


# --- Atelier -------------------------------------------------------------------------


def test_overview_totals_use_french_plurals(qtbot, french, demo_ctx) -> None:
    from ui.atelier.overview import OverviewPanel

    panel = OverviewPanel(demo_ctx)
    qtbot.addWidget(panel)
    assert panel.totals_text(407, 15, 0, 0) == (
        "407 éléments sur 15 tables · 0 action à compléter · 0 table sans rien encore"
    )
    assert panel.totals_text(1, 1, 2, 3) == (
        "1 élément sur 1 table · 2 actions à compléter · 3 tables sans rien encore"
    )


# --- CLI --------------------------------------------------------------------------------


def test_cli_human_outputs_are_french_and_json_unchanged(tmp_path: Path, capsys) -> None:
    path = tmp_path / "cli.katalyze"
    # A small evening: the words are the point here, not the solver's work.
    small = ["--participants", "40", "--tables", "6"]
    assert main(["demo", "--db", str(path), "--stage", "arrived", "--seed", "1", *small]) == 0
    out = capsys.readouterr().out
    assert "étape « arrivées »" in out and "arrived" not in out

    assert main(["assign", "--db", str(path), "--rounds", "2"]) == 0
    out = capsys.readouterr().out
    assert "tours en " in out and "(s)" not in out.splitlines()[0]
    numbers = [word for line in out.splitlines()[:4] for word in line.split()]
    decimals = [w for w in numbers if any(ch.isdigit() for ch in w) and ("." in w or "," in w)]
    assert decimals and all("." not in w for w in decimals), decimals
    for code in ("time_limit", "heuristic", "optimal "):
        assert code not in out

    assert main(["assign", "--db", str(path), "--rounds", "2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"figures", "solver", "unmet", "rounds", "seconds"}
    assert isinstance(document["figures"]["wish_satisfaction_pct"], float)

    out_pdf = tmp_path / "badges.pdf"
    assert main(["badges", "--db", str(path), "--out", str(out_pdf)]) == 0
    out = capsys.readouterr().out
    assert "(s)" not in out and " badges, " in out


def test_french_number_and_plural_helpers() -> None:
    from katalyze.text import french_number, plural

    assert french_number(61.84) == "61,8"
    assert french_number(0.333, 2) == "0,33"
    assert french_number(1234.5) == "1\u202f234,5"
    assert plural(0, "tour", "tours") == "0 tour"
    assert plural(1, "tour", "tours") == "1 tour"
    assert plural(3, "tour", "tours") == "3 tours"


def test_assign_never_prints_a_solver_code() -> None:
    from types import SimpleNamespace

    from katalyze.cli.assign_cmd import solver_state

    def state(**kw):
        return solver_state(SimpleNamespace(**{"optimal": False, "gap": None, **kw}))

    assert state(optimal=True, status="optimal") == "optimum prouvé"
    assert state(status="time_limit", gap=0.012) == (
        "meilleure répartition trouvée dans le temps imparti (à 1,2 % au plus de l'optimum)"
    )
    assert state(status="heuristic") == "placement construit puis amélioré (sans preuve)"
    assert "_" not in state(status="iteration_limit")
