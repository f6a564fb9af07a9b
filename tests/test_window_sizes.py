"""Every screen works at 1280×650 logical pixels (a 1080p laptop at 150 %),
and the app opens maximised."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication

from katalyze.db import Database
from katalyze.demo import build_demo
from ui.app import LanguageSwitcher, open_maximised
from ui.context import app_settings
from ui.main_window import MainWindow

SMALLEST = (1280, 650)


def test_every_screen_and_the_import_dialog_fit_1280_by_650(
    qtbot, db: Database, db_path: Path, shared_data: Path
) -> None:
    build_demo(db, participants=60, stage="assigned", seed=3)
    settings = app_settings()
    settings.setValue("accueil/station", "Entrée 1")
    switcher = LanguageSwitcher(QApplication.instance(), settings)
    switcher.apply("fr")  # the longer words
    window = MainWindow(settings, switcher)
    qtbot.addWidget(window)
    try:
        open_maximised(window)
        qtbot.waitExposed(window)
        assert window.isMaximized()
        with qtbot.waitSignal(window.event_opened, timeout=20000):
            window.open_event(str(db_path))
        view = window.event_view
        for key in view.keys:
            view.show_screen(key)
            QApplication.processEvents()
            hint = window.minimumSizeHint()
            assert hint.width() <= SMALLEST[0] and hint.height() <= SMALLEST[1], (key, hint)
        from ui.importing.dialog import ImportDialog

        dialog = ImportDialog(
            view.screen("preparation").ctx,
            "participants",
            [shared_data / "inscriptions_billetterie.csv"],
        )
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.plan_updated, timeout=20000):
            dialog.show()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= SMALLEST[0] and hint.height() <= SMALLEST[1], hint
        dialog.close()
    finally:
        window.close()
        switcher.apply("en")


def test_the_door_answer_delay_is_a_setting(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.accueil.screen import READY_KEY

    settings = app_settings()
    window = MainWindow(settings, LanguageSwitcher(QApplication.instance(), settings))
    qtbot.addWidget(window)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (7, True))
    window.ready_delay_action.trigger()
    assert int(settings.value(READY_KEY)) == 7
