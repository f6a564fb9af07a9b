"""Unsaved edits of the event form are asked about before the event is left.

Driven through the real main window: type in Préparation › Event, then close
the event, open another one, change language or quit, and answer the question.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from katalyze.db import Database, open_database
from katalyze.events import ensure_event, get_event, update_event
from ui.app import LanguageSwitcher
from ui.context import app_settings
from ui.main_window import MainWindow
from ui.preparation import PreparationScreen
from ui.preparation.event_tab import EventTab

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel


def saved_event(path: Path):  # type: ignore[no-untyped-def]
    """What is on disk, read with a connection of its own."""
    database = open_database(path, create=False)
    try:
        return get_event(database)
    finally:
        database.close()


@pytest.fixture
def window(qtbot, db: Database, db_path: Path):  # type: ignore[no-untyped-def]
    update_event(db, name="KatalyZe Amiens", venue="La Machinerie", date=dt.date(2026, 3, 26))
    app = QApplication.instance()
    settings = app_settings()
    switcher = LanguageSwitcher(app, settings)
    switcher.apply("fr")
    win = MainWindow(settings, switcher)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.event_opened, timeout=10000):
        win.open_event(str(db_path))
    yield win
    if win.unsaved_prompt is not None:
        win.unsaved_prompt.reject()
    if win.ctx is not None:
        win.close_event()
    win.close()
    switcher.apply("en")


def event_tab(win: MainWindow, qtbot) -> EventTab:  # type: ignore[no-untyped-def]
    screen = win.event_view.screen("preparation")
    assert isinstance(screen, PreparationScreen)
    tab = screen.event_tab
    qtbot.waitUntil(lambda: tab.name.text() == "KatalyZe Amiens", timeout=10000)
    return tab


def retype(qtbot, editor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)


def answer(qtbot, button: QMessageBox.StandardButton) -> QMessageBox:  # type: ignore[no-untyped-def]
    """Wait for the question, check its words, click ``button`` as a person would."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == "Enregistrer les modifications de l'événement ?"
    labels = {b: box.button(b).text() for b in (SAVE, DISCARD, CANCEL)}
    assert labels == {SAVE: "Enregistrer", DISCARD: "Ne pas enregistrer", CANCEL: "Annuler"}
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    return box


def test_closing_the_event_cancel_keeps_everything(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.name, "KatalyZe Amiens 2026")
    assert tab.has_unsaved_changes()
    window.close_action.trigger()
    answer(qtbot, CANCEL)
    qtbot.waitUntil(lambda: window.unsaved_prompt is None, timeout=5000)
    assert window.ctx is not None and window.pages.currentWidget() is window.event_view
    assert tab.name.text() == "KatalyZe Amiens 2026" and tab.save_button.isEnabled()
    assert saved_event(db_path).name == "KatalyZe Amiens"


def test_closing_the_event_without_saving_drops_the_edit(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.venue, "Citadelle")
    window.close_action.trigger()
    with qtbot.waitSignal(window.event_closed, timeout=10000):
        answer(qtbot, DISCARD)
    assert window.ctx is None and window.pages.currentWidget() is window.welcome
    assert saved_event(db_path).venue == "La Machinerie"


def test_quitting_saves_first_when_asked(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.name, "KatalyZe Amiens 2026")
    retype(qtbot, tab.date, "14/3/26")
    window.quit_action.trigger()
    assert window.isVisible()  # not gone before the answer
    answer(qtbot, SAVE)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert window.ctx is None
    saved = saved_event(db_path)
    assert (saved.name, saved.date) == ("KatalyZe Amiens 2026", dt.date(2026, 3, 14))


def test_quitting_cancelled_leaves_the_window_open(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.venue, "Citadelle")
    window.close()
    answer(qtbot, CANCEL)
    qtbot.waitUntil(lambda: window.unsaved_prompt is None, timeout=5000)
    QApplication.processEvents()
    assert window.isVisible() and window.ctx is not None
    assert tab.venue.text() == "Citadelle"
    # Asked again the next time, and "don't save" then really quits.
    window.close()
    answer(qtbot, DISCARD)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert saved_event(db_path).venue == "La Machinerie"


def test_opening_another_event_saves_the_edit_first(
    qtbot, window, db_path, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "autre.katalyze"
    other_db = open_database(other)
    ensure_event(other_db, "Autre soirée")
    other_db.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.venue, "Citadelle")
    window.open_action.trigger()
    with qtbot.waitSignal(window.event_opened, timeout=10000) as opened:
        answer(qtbot, SAVE)
    assert opened.args == [str(other.resolve())]
    assert window.event_info is not None and window.event_info.name == "Autre soirée"
    assert saved_event(db_path).venue == "Citadelle"


def test_opening_another_event_cancelled_stays(
    qtbot, window, db_path, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "autre.katalyze"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    opened: list[str] = []
    window.event_opened.connect(opened.append)
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.name, "Nouveau nom")
    window.open_action.trigger()
    answer(qtbot, CANCEL)
    qtbot.waitUntil(lambda: window.unsaved_prompt is None, timeout=5000)
    assert window._opening is None and opened == []
    assert window.target == str(db_path.resolve())
    assert not other.exists()  # not even created
    assert tab.name.text() == "Nouveau nom"


def test_save_with_a_bad_date_stays_and_shows_the_field(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.date, "99/99")
    window.event_view.show_screen("badges")  # the form is out of sight
    window.close_action.trigger()
    answer(qtbot, SAVE)
    qtbot.waitUntil(lambda: window.event_view.current_key() == "preparation", timeout=5000)
    screen = window.event_view.screen("preparation")
    assert screen.tabs.currentWidget() is tab
    assert tab.date_error.isVisible() and "« 99/99 » n'est pas une date" in tab.date_error.text()
    assert window.ctx is not None
    assert saved_event(db_path).date == dt.date(2026, 3, 26)


def test_moving_between_screens_keeps_the_edit_and_asks_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.name, "Session en cours")
    screen = window.event_view.screen("preparation")
    screen.tabs.setCurrentIndex(1)  # Participants
    window.event_view.show_screen("badges")
    window.event_view.show_screen("preparation")
    screen.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None and window.unsaved_prompt is None
    assert tab.name.text() == "Session en cours" and tab.has_unsaved_changes()


def test_nothing_typed_closes_without_a_question(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.name, "Autre chose")
    retype(qtbot, tab.name, "KatalyZe Amiens")  # typed back as it was
    assert not tab.has_unsaved_changes() and not tab.save_button.isEnabled()
    with qtbot.waitSignal(window.event_closed, timeout=10000):
        window.close_action.trigger()
    assert window.unsaved_prompt is None


def test_changing_language_asks_too(qtbot, window, db_path) -> None:  # type: ignore[no-untyped-def]
    tab = event_tab(window, qtbot)
    retype(qtbot, tab.venue, "Citadelle")
    window.language_actions["en"].trigger()
    answer(qtbot, CANCEL)
    qtbot.waitUntil(lambda: window.unsaved_prompt is None, timeout=5000)
    assert window.language_actions["fr"].isChecked()
    assert window.event_view.screen("preparation").event_tab is tab  # not rebuilt
    window.language_actions["en"].trigger()
    answer(qtbot, SAVE)
    qtbot.waitUntil(lambda: window.language.language == "en", timeout=10000)
    assert saved_event(db_path).venue == "Citadelle"
