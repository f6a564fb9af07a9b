"""The Badges screen, driven as an organiser would: search, select, generate, re-issue."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from katalyze.checkin.service import check_in_code, issue_missing_codes, resolve_code
from katalyze.db import Database
from katalyze.events import list_roles
from katalyze.participants import ParticipantDraft, add_participant, get_participant, set_cancelled
from ui.app import build_event_context
from ui.badges import BadgesScreen
from ui.badges.model import Column


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    roles = {r.key: r.id for r in list_roles(db)}
    rows = [
        ("Zoé", "Lefèvre", "Lycée La Hotoie", "etudiant"),
        ("Hélène", "Dupré", "Mairie d'Amiens", "elu"),
        ("Noël", "Bonnet", "", "citoyen"),
        ("Marc", "Petit", "Crédit Coopératif", "investisseur"),
        ("Aïcha", "Carpentier", "BIG Picardie", "porteur"),
    ]
    ids = {}
    for first, last, organisation, role in rows:
        info = add_participant(
            db,
            ParticipantDraft(
                first_name=first, last_name=last, organisation=organisation, role_id=roles[role]
            ),
        )
        ids[first] = info.id
    set_cancelled(db, ids["Marc"], True)
    return ids


class SaveDialog:
    """Stands in for the native save dialog: answers with a path, records the suggestion."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.suggested: list[str] = []

    def __call__(self, parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        self.suggested.append(suggested)
        return str(self.folder / Path(suggested).name), filters


@pytest.fixture
def save_dialog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    folder = tmp_path / "pdf"
    folder.mkdir()
    dialog = SaveDialog(folder)
    monkeypatch.setattr("ui.badges.screen.QFileDialog.getSaveFileName", dialog)
    return dialog


@pytest.fixture
def screen(qtbot, db_path: Path, people: dict[str, int]):  # type: ignore[no-untyped-def]
    ctx = build_event_context(str(db_path))
    widget = BadgesScreen(ctx)
    opened: list[Path] = []
    widget.open_file = lambda path: opened.append(Path(path)) or True
    widget.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.data_loaded, timeout=10000):
        widget.resize(1150, 700)
        widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ctx.worker.wait_idle()
    widget.close()
    ctx.close()


def visible_last_names(screen: BadgesScreen) -> list[str]:
    proxy = screen.proxy
    return [proxy.index(r, Column.LAST_NAME).data() for r in range(proxy.rowCount())]


def click_row(
    qtbot, screen: BadgesScreen, row: int, modifier=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    index = screen.proxy.index(row, Column.LAST_NAME)
    rect = screen.table.visualRect(index)
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_list_is_sorted_and_counts_what_is_left_to_print(screen: BadgesScreen) -> None:
    # The cancelled registration (Petit) is listed only when asked for.
    assert visible_last_names(screen) == ["Bonnet", "Carpentier", "Dupré", "Lefèvre"]
    screen.show_cancelled.click()
    assert visible_last_names(screen) == ["Bonnet", "Carpentier", "Dupré", "Lefèvre", "Petit"]
    assert "4" in screen.unprinted_radio.text()  # the cancelled registration is not counted
    assert "4" in screen.everyone_radio.text()
    assert screen.unprinted_radio.isChecked()


def test_generate_the_badges_not_printed_yet(qtbot, screen, save_dialog, db) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.pdf_written, timeout=20000) as signal:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    run = signal.args[0]
    assert run.count == 4 and run.path.parent == save_dialog.folder
    assert Path(save_dialog.suggested[0]).name == "badges-nouveaux-a4-8.pdf"
    assert len(PdfReader(run.path).pages) == 1
    assert screen.opened == [run.path]
    assert str(run.path) in screen.result_label.text()
    qtbot.waitUntil(lambda: "(0)" in screen.unprinted_radio.text(), timeout=10000)
    # Codes were issued and the badges marked printed.
    assert get_participant(db, run.participant_ids[0]).badge_code
    printed = screen.proxy.index(0, Column.PRINTED).data()
    assert printed and printed[0].isdigit()


def test_search_select_one_and_print_with_the_shortcut(qtbot, screen, save_dialog) -> None:  # type: ignore[no-untyped-def]
    screen.layout_combo.setCurrentIndex(screen.layout_combo.findData("a6"))
    qtbot.keyClicks(screen.search, "lefev")
    assert visible_last_names(screen) == ["Lefèvre"]
    click_row(qtbot, screen, 0)
    assert screen.selection_radio.isChecked() and "(1)" in screen.selection_radio.text()
    with qtbot.waitSignal(screen.pdf_written, timeout=20000) as signal:
        qtbot.keyClick(screen.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    run = signal.args[0]
    assert run.count == 1 and run.layout == "a6"
    assert Path(save_dialog.suggested[0]).name == "badge-zoe-lefevre.pdf"


def test_selection_of_several_and_cancelled_people(qtbot, screen, save_dialog) -> None:  # type: ignore[no-untyped-def]
    screen.show_cancelled.click()
    click_row(qtbot, screen, 0)
    click_row(qtbot, screen, 4, Qt.KeyboardModifier.ControlModifier)  # Petit, cancelled
    assert "(2)" in screen.selection_radio.text()
    screen.mark_printed.setChecked(False)
    with qtbot.waitSignal(screen.pdf_written, timeout=20000) as signal:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].count == 2
    qtbot.waitUntil(lambda: "(4)" in screen.unprinted_radio.text(), timeout=10000)


def test_nothing_selected_says_so(qtbot, screen, save_dialog) -> None:  # type: ignore[no-untyped-def]
    screen.selection_radio.setChecked(True)
    with qtbot.waitSignal(screen.failed, timeout=5000):
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    box = screen.findChild(QMessageBox, "badgeError")
    assert box is not None
    assert "Select the people" in box.text()
    assert save_dialog.suggested == []
    box.accept()


def test_reissue_a_lost_badge(qtbot, screen, db, people) -> None:  # type: ignore[no-untyped-def]
    issue_missing_codes(db)
    old = get_participant(db, people["Zoé"]).badge_code
    screen.ctx.signals.participants_changed.emit()
    qtbot.waitUntil(lambda: screen.proxy.index(3, Column.CODE).data().replace(" ", "") == old)
    click_row(qtbot, screen, 3)  # Lefèvre
    assert screen.reissue_button.isEnabled()
    qtbot.mouseClick(screen.reissue_button, Qt.MouseButton.LeftButton)
    box = screen.findChild(QMessageBox, "reissueConfirm")
    assert box is not None and "Zoé Lefèvre" in box.text()
    with qtbot.waitSignal(screen.badge_reissued, timeout=10000) as signal:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    pid, new = signal.args
    assert pid == people["Zoé"] and new != old
    assert resolve_code(db, old)[1] == "replaced"
    assert check_in_code(db, old, "Accueil").status == "replaced"
    qtbot.waitUntil(lambda: "(5)" not in screen.unprinted_radio.text(), timeout=10000)
    qtbot.waitUntil(
        lambda: screen.proxy.index(3, Column.CODE).data().replace(" ", "") == new, timeout=10000
    )
    assert screen.selected_ids() == [pid] and screen.selection_radio.isChecked()


def test_cancel_writes_nothing(qtbot, screen, save_dialog, db) -> None:  # type: ignore[no-untyped-def]
    for i in range(150):
        add_participant(db, ParticipantDraft(first_name=f"P{i}", last_name=f"Nom{i:03d}"))
    with qtbot.waitSignal(screen.data_loaded, timeout=10000):
        screen.ctx.signals.participants_changed.emit()
    screen.everyone_radio.setChecked(True)
    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    assert screen.progress_widget.isVisible()
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy, timeout=20000)
    QApplication.processEvents()
    assert list(save_dialog.folder.iterdir()) == []
    assert screen.opened == []
    assert not screen.progress_widget.isVisible()
    assert screen.result_label.text()


def test_preview_shows_the_first_page_as_it_will_print(qtbot, screen, db) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.preview.shown, timeout=20000) as shown:
        screen.show_preview()
    assert shown.args == [4]  # the four active people fit one A4 page of eight
    image = screen.preview.image
    assert not image.isNull() and image.height() > image.width()  # an A4 page, portrait
    # Something is drawn on the white paper (the badges, their colour bands).
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20
    # Another layout re-renders; nobody was marked printed by the preview.
    with qtbot.waitSignal(screen.preview.shown, timeout=20000) as shown:
        screen.layout_combo.setCurrentIndex(screen.layout_combo.findData("a6"))
    assert shown.args == [1] and screen.preview.image.height() > screen.preview.image.width()
    from katalyze.db.models import Participant

    with db.sessions.begin() as session:
        assert all(p.badge_printed_at is None for p in session.query(Participant))
