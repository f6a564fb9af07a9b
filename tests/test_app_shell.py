"""The app shell: welcome screen, opening events, navigation, language."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from katalyze.db import Database
from katalyze.events import get_event
from ui.app import LanguageSwitcher, build_event_context
from ui.context import app_settings
from ui.event_view import EventView
from ui.main_window import MainWindow
from ui.recent import recent_events, remember_event
from ui.screens import ScreenSpec


@pytest.fixture
def make_window(qtbot):
    made: list[tuple[MainWindow, LanguageSwitcher]] = []

    def make(language: str = "en") -> MainWindow:
        app = QApplication.instance()
        settings = app_settings()
        switcher = LanguageSwitcher(app, settings)
        switcher.apply(language)
        window = MainWindow(settings, switcher)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_welcome()
        qtbot.waitExposed(window)
        made.append((window, switcher))
        return window

    yield make
    for window, switcher in made:
        window.close()
        switcher.apply("en")  # translators live on the shared QApplication


def test_welcome_lists_recent_events_and_opens_one(
    qtbot, make_window, db: Database, db_path: Path, tmp_path: Path
) -> None:
    settings = app_settings()
    gone = tmp_path / "gone.katalyze"
    remember_event(settings, str(gone))
    remember_event(settings, str(db_path))
    window = make_window()
    welcome = window.welcome
    assert welcome is not None and window.pages.currentWidget() is welcome
    model = welcome.recent_view.model()
    assert model.rowCount() == 1  # the missing file was pruned
    assert str(gone) not in recent_events(settings)
    index = model.index(0, 0)
    rect = welcome.recent_view.visualRect(index)
    with qtbot.waitSignal(window.event_opened, timeout=10000) as opened:
        # A real double-click is a click followed by a double-click event.
        viewport = welcome.recent_view.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [str(db_path.resolve())]
    assert window.pages.currentWidget() is window.event_view
    assert window.event_view.current_key() == "preparation"
    assert window.event_status.text() == get_event(db).name
    assert window.file_status.text() == str(db_path.resolve())


def test_new_event_asks_for_a_file_and_creates_it(
    qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "soiree_amiens"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = make_window()
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    created = tmp_path / "soiree_amiens.katalyze"
    assert created.is_file()
    assert window.event_info is not None and window.event_info.name == "Soiree amiens"
    assert str(created.resolve()) in recent_events(app_settings())
    with qtbot.waitSignal(window.event_closed, timeout=10000):
        window.close_action.trigger()
    assert window.pages.currentWidget() is window.welcome
    assert window.ctx is None


def test_open_an_event_file_from_the_menu(
    qtbot, make_window, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(db_path), ""))
    window = make_window()
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_action.trigger()
    preparation = window.event_view.screen("preparation")
    assert preparation is not None and preparation.isVisible()


def test_a_file_that_is_not_an_event_gets_a_message(qtbot, make_window, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.katalyze"
    bogus.write_bytes(b"these are not the tables you are looking for\x00" * 50)
    window = make_window()
    with qtbot.waitSignal(window.open_failed, timeout=10000) as failed:
        window.open_event(str(bogus))
    assert "notes.katalyze" in failed.args[0]
    assert window.ctx is None and window.pages.currentWidget() is window.welcome
    box = window.findChild(QWidget, "errorMessage")
    assert box is not None and box.isVisible()


def test_a_bad_file_leaves_the_open_event_open(qtbot, make_window, tmp_path: Path) -> None:
    good = tmp_path / "soiree.katalyze"
    bogus = tmp_path / "notes.katalyze"
    bogus.write_bytes(b"not an event\x00" * 50)
    window = make_window()
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_event(str(good))
    ctx, view = window.ctx, window.event_view
    with qtbot.waitSignal(window.open_failed, timeout=10000):
        window.open_event(str(bogus))
    assert window.ctx is ctx and window.target == str(good.resolve())
    assert window.pages.currentWidget() is view
    # The event still works: its worker answers.
    job = ctx.worker.submit(lambda: "still here")
    with qtbot.waitSignal(job.succeeded, timeout=5000) as answered:
        pass
    assert answered.args == ["still here"]


class _First(QLabel):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__("first screen", parent)
        self.activations = 0

    def activated(self) -> None:
        self.activations += 1


class _Second(QLabel):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__("second screen", parent)


def test_navigation_builds_screens_lazily_and_follows_shortcuts(
    qtbot, db_path: Path, db: Database
) -> None:
    specs = [
        ScreenSpec("one", "Preparation", f"{__name__}:_First", "Ctrl+1"),
        ScreenSpec("two", "Check-in", f"{__name__}:_Second", "Ctrl+2"),
        ScreenSpec("broken", "Seating", "ui.no_such_module:Nothing", "Ctrl+3"),
    ]
    ctx = build_event_context(str(db_path))
    view = EventView(ctx, "Test", screens=specs)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.show_first()
    first = view.screen("one")
    assert isinstance(first, _First) and first.activations == 1
    assert view.screen("two") is None  # not built until asked for
    qtbot.mouseClick(view.buttons["two"], Qt.MouseButton.LeftButton)
    assert isinstance(view.stack.currentWidget(), _Second)
    assert view.buttons["two"].isChecked() and not view.buttons["one"].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == "one" and first.activations == 2
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    broken = view.stack.currentWidget()
    labels = [w.text() for w in broken.findChildren(QLabel)]
    assert any("no_such_module" in text for text in labels)
    view.close()
    ctx.close()


def test_french_labels_and_switching_language(
    qtbot, make_window, db: Database, db_path: Path
) -> None:
    window = make_window("fr")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fichier", "&Réglages", "&Salle", "&Aide"]
    assert window.welcome.new_button.text() == "Nouvel événement…"
    assert window.welcome.demo_button.text() == "Ouvrir l'événement de démonstration"
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_event(str(db_path))
    assert window.event_view.buttons["preparation"].text() == "Préparation"
    preparation = window.event_view.screen("preparation")
    assert preparation.tabs.tabText(1) == "Participants"
    assert preparation.tabs.tabText(2) == "Projets et tables"
    header = preparation.participants_tab.table.model().headerData(2, Qt.Orientation.Horizontal)
    assert header == "Structure"

    window.language_actions["en"].trigger()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Settings", "&Room", "&Help"]
    assert window.event_view.buttons["preparation"].text() == "Preparation"
    assert window.ctx is not None and window.event_view.current_key() == "preparation"
    assert app_settings().value("language") == "en"
    # The rebuilt menus still answer their shortcuts, once each.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    closed: list[bool] = []
    window.event_closed.connect(lambda: closed.append(True))
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert closed == [True] and window.ctx is None
    assert window.pages.currentWidget() is window.welcome


def test_open_the_demo_builds_it_once_with_progress(qtbot, make_window) -> None:
    pytest.importorskip("katalyze.demo").build_demo  # noqa: B018
    from katalyze.paths import demo_event_path

    assert not demo_event_path().exists()
    window = make_window()
    with qtbot.waitSignal(window.event_opened, timeout=60000):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert demo_event_path().is_file()
    preparation = window.event_view.screen("preparation")
    qtbot.waitUntil(lambda: preparation.data is not None, timeout=10000)
    assert len(preparation.participants_tab.model.rows) == 120
    assert len(preparation.projects_tab.model.rows) == 15


def test_the_status_bar_shows_when_the_worker_is_busy(
    qtbot, make_window, db: Database, db_path: Path
) -> None:
    import threading

    window = make_window()
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_event(str(db_path))
    ctx = window.ctx
    assert ctx is not None
    ctx.worker.wait_idle()
    assert not window.busy_indicator.isVisible()
    gate = threading.Event()
    job = ctx.worker.submit(gate.wait, 10)
    qtbot.waitUntil(window.busy_indicator.isVisible, timeout=5000)
    with qtbot.waitSignal(job.finished, timeout=10000):
        gate.set()
    assert not window.busy_indicator.isVisible()


def test_a_server_password_is_never_kept_or_shown_and_asked_again(
    qtbot, make_window, pg_server
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tests.pg_server import PASSWORD, PASSWORD_USER

    name = "shell_pw"
    pg_server.execute(
        f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name} OWNER {PASSWORD_USER}"
    )
    url = pg_server.url(name, user=PASSWORD_USER, password=PASSWORD)
    bare = pg_server.url(name, user=PASSWORD_USER)
    settings = app_settings()
    # An older version kept the password in the list: it is dropped on reading.
    settings.setValue("recent_events", [url])
    assert recent_events(settings) == [bare]
    window = make_window()
    try:
        with qtbot.waitSignal(window.event_opened, timeout=20000):
            window.open_event(url)
        assert PASSWORD not in window.file_status.text()
        assert recent_events(settings) == [bare]
        settings.sync()
        assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
        window.close_event()

        # From the list, the server asks again: the password is typed, not stored.
        window.open_event(recent_events(settings)[0])
        qtbot.waitUntil(lambda: window.findChild(QInputDialog, "serverPassword") is not None,
                        timeout=20000)  # fmt: skip
        dialog = window.findChild(QInputDialog, "serverPassword")
        assert "katalyze_pw" in dialog.labelText()
        dialog.setTextValue(PASSWORD)
        with qtbot.waitSignal(window.event_opened, timeout=20000):
            dialog.accept()
        assert window.event_view is not None
        assert PASSWORD not in Path(settings.fileName()).read_text(encoding="utf-8")
    finally:
        window.close_event()
        pg_server.drop(pg_server.url(name))
