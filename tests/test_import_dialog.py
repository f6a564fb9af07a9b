"""The import review dialog, driven as an organiser would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from katalyze.importing import import_projects
from katalyze.participants import list_participants
from ui.context import EventContext, EventSignals
from ui.importing.dialog import ImportDialog
from ui.importing.models import SummaryColumn
from ui.worker import DbWorker

REGISTRATIONS = (
    "inscriptions_billetterie.csv",
    "inscriptions_formulaire.csv",
    "inscrits_organisateurs.xlsx",
)


@pytest.fixture
def ctx(qtbot, db, tmp_path: Path):
    worker = DbWorker()
    context = EventContext(
        db=db,
        worker=worker,
        signals=EventSignals(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    yield context
    worker.wait_idle()
    worker.shutdown()


def open_dialog(qtbot, ctx, paths, kind="participants") -> ImportDialog:
    dialog = ImportDialog(ctx, kind, paths)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        dialog.show()
    return dialog


def summary(dialog: ImportDialog, row: int) -> list:
    model = dialog.summary_model
    return [model.index(row, c).data() for c in SummaryColumn]


def test_review_correct_and_import_the_three_files(qtbot, ctx, shared_data) -> None:
    import_projects(ctx.db, shared_data / "projets.csv")
    paths = [shared_data / name for name in REGISTRATIONS]
    dialog = open_dialog(qtbot, ctx, paths)

    # The guessed mapping, as shown.
    assert dialog.tabs.count() == 3
    ticketing = dialog.tab(paths[0])
    shown = {
        ticketing.model.index(r, 0).data(): ticketing.model.index(r, 2).data()
        for r in range(ticketing.model.rowCount())
    }
    assert shown["Nom participant"] == "Last name"
    assert shown["Email payeur"] == "E-mail"
    assert shown["Tarif"] == "(ignored)"
    assert dialog.tab(paths[1]).model.mapping.fields[6:9] == ("wish1", "wish2", "wish3")
    # The preview: every row accounted for, the people met twice are merged.
    assert summary(dialog, 0)[1:] == [70, 70, 0, 0, 0]
    assert summary(dialog, 2)[1:] == [120, 0, 120, 0, 0]
    assert summary(dialog, 3)[1:] == [240, 120, 120, 0, 0]
    assert dialog.import_button.isEnabled()

    # The organiser decides the Excel sheet's "Civilité" column goes to the notes.
    sheet = dialog.tab(paths[2])
    dialog.tabs.setCurrentWidget(sheet)
    combo = sheet.combo(0)
    assert combo.currentData() == ""
    combo.setFocus()
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentData() == "notes"
    assert sheet.model.mapping.fields[0] == "notes"
    assert sheet.model.index(0, 2).data() == "Notes"

    with (
        qtbot.waitSignal(ctx.signals.participants_changed, timeout=20000),
        qtbot.waitSignal(dialog.import_finished, timeout=20000) as finished,
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report.created == 120 and report.total == 120
    assert "120" in dialog.outcome_label.text()
    assert dialog.import_button.text() == "Close"

    people = list_participants(ctx.db)
    assert len(people) == 120
    assert {p.notes for p in people} == {"M.", "Mme"}
    assert all(len(p.wishes) <= 3 for p in people)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_a_refused_file_blocks_the_import_until_left_out(qtbot, ctx, shared_data, tmp_path):
    import_projects(ctx.db, shared_data / "projets.csv")
    bad = tmp_path / "villes.csv"
    bad.write_text("Ville;Code postal\nAmiens;80000\n", encoding="utf-8")
    good = shared_data / REGISTRATIONS[1]
    dialog = open_dialog(qtbot, ctx, [bad, good])
    assert not dialog.import_button.isEnabled()
    tab = dialog.tab(bad)
    assert dialog.tabs.currentWidget() is tab
    assert tab.error.isVisible() and "colonne de nom" in tab.error.text()
    assert dialog.remove_button.isVisible()

    # Choosing the name column by hand makes the file importable...
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        tab.combo(0).setCurrentIndex(tab.combo(0).findData("last_name"))
    assert dialog.import_button.isEnabled() and not tab.error.isVisible()
    # ...and putting it back refuses it again; the organiser leaves it out.
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        tab.combo(0).setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.count() == 1 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_finished, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(list_participants(ctx.db)) == 50


def test_unreadable_file_is_shown_and_nothing_written(qtbot, ctx, tmp_path):
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    dialog = open_dialog(qtbot, ctx, [empty])
    assert not dialog.import_button.isEnabled()
    assert summary(dialog, 0)[1] == "refused"
    assert "vide" in dialog.tabs.widget(0).text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert list_participants(ctx.db) == []


def test_projects_import_through_accept(qtbot, ctx, shared_data):
    dialog = ImportDialog(ctx, "projects", [shared_data / "projets.csv"])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(ctx.signals.projects_changed, timeout=20000):
        dialog.accept()  # Enter in the dialog: import as soon as the preview is ready
    qtbot.waitUntil(lambda: dialog.result() == ImportDialog.DialogCode.Accepted, timeout=5000)
    from katalyze.projects import list_projects

    assert len(list_projects(ctx.db)) == 15


def test_cancel_during_the_import_saves_nothing(qtbot, ctx, shared_data, monkeypatch):
    import threading

    import ui.importing.dialog as dialog_module
    from katalyze.importing import apply_import

    import_projects(ctx.db, shared_data / "projets.csv")
    started = threading.Event()

    def slow_apply(db, plan, progress=None):
        def watching(done, total, message=""):
            started.set()
            progress(done, total, message)  # raises Cancelled once Cancel is clicked
            threading.Event().wait(0.002)

        for i in range(5000):  # the real import, slowed down after each report
            watching(i, 5000, "Enregistrement des participants")
        return apply_import(db, plan, progress)

    monkeypatch.setattr(dialog_module, "apply_import", slow_apply)
    dialog = open_dialog(qtbot, ctx, [shared_data / REGISTRATIONS[1]])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10000)
    qtbot.waitUntil(dialog.progress.isVisible, timeout=10000)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was saved" in dialog.status.text(), timeout=10000)
    assert list_participants(ctx.db) == []
    assert dialog.import_button.isEnabled() and not dialog.progress.isVisible()
    assert dialog.isVisible()  # still open: the organiser can try again


def test_three_files_are_read_one_by_one_with_progress(qtbot, ctx, shared_data) -> None:
    paths = [shared_data / name for name in REGISTRATIONS]
    dialog = ImportDialog(ctx, "participants", paths)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    texts: list[str] = []
    dialog.file_read.connect(lambda done, total: (seen.append((done, total)), texts.append("")))
    assert "1 of 3" in dialog.reading.text() and paths[0].name in dialog.reading.text()
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        dialog.show()
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert dialog.tabs.count() == 3  # the reading page gave way to the files
    # Two files starting alike stay told apart: full names in the tooltips.
    assert dialog.tabs.tabToolTip(0).endswith(REGISTRATIONS[0])


def test_the_preview_shows_the_first_records_as_stored(qtbot, ctx, shared_data) -> None:
    paths = [shared_data / REGISTRATIONS[0]]
    dialog = open_dialog(qtbot, ctx, paths)
    model = dialog.preview_model
    assert model.rowCount() >= 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(1, 4)]
    assert headers == ["First name", "Last name", "E-mail"]
    first = model.rows[0]
    assert first.outcome == "new" and first.value("last_name") and "@" in first.value("email")


@pytest.mark.parametrize("choice", ["swap", "move", None])
def test_a_field_already_used_is_never_taken_silently(qtbot, ctx, shared_data, choice) -> None:
    paths = [shared_data / REGISTRATIONS[0]]
    dialog = open_dialog(qtbot, ctx, paths)
    tab = dialog.tab(paths[0])
    fields = list(tab.model.mapping.fields)
    last = fields.index("last_name")
    other = next(i for i, f in enumerate(fields) if f and f != "last_name")
    asked: list[tuple[int, str, int]] = []

    def ask(row: int, field: str, holder: int) -> str | None:
        asked.append((row, field, holder))
        return choice

    tab.ask = ask
    combo = tab.combo(other)
    combo.setCurrentIndex(combo.findData("last_name"))
    if choice is None:
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert tab.model.mapping.fields == tuple(fields)  # nothing changed
        qtbot.waitUntil(lambda: tab.combo(other).currentData() == fields[other], timeout=5000)
        return
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        pass
    assert asked == [(other, "last_name", last)]
    now = tab.model.mapping.fields
    assert now[other] == "last_name"
    assert now[last] == (fields[other] if choice == "swap" else "")
    assert tab.combo(last).currentData() == now[last]


def test_a_second_remarks_column_may_keep_both(qtbot, ctx, tmp_path) -> None:
    """Free text asks whether to keep both columns; the plan then reads both."""
    path = tmp_path / "remarques.csv"
    path.write_text(
        "Nom;Prénom;Remarques;Divers\nMartin;Léa;Végétarienne;Arrive à 19 h\n", encoding="utf-8"
    )
    dialog = open_dialog(qtbot, ctx, [path])
    tab = dialog.tab(path)
    assert tab.model.mapping.fields == ("last_name", "first_name", "notes", "")
    asked: list[tuple[int, str, int]] = []

    def ask(row: int, field: str, holder: int) -> str | None:
        asked.append((row, field, holder))
        return "both"

    tab.ask = ask
    combo = tab.combo(3)
    with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
        combo.setCurrentIndex(combo.findData("notes"))
    assert asked == [(3, "notes", 2)]
    assert tab.model.mapping.fields == ("last_name", "first_name", "notes", "notes")
    assert tab.combo(2).currentData() == "notes" and tab.combo(3).currentData() == "notes"
