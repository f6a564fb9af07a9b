"""Packaging: resources found the same way in development and frozen, compiled
translations up to date with their sources, the self-test, About and Aide."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication

from katalyze import __version__
from katalyze.paths import resource_path
from resources import TRANSLATIONS
from ui.app import LanguageSwitcher
from ui.context import app_settings
from ui.help import AboutDialog, QuickStartDialog, quick_start_file
from ui.i18n import build_translations, lrelease_executable
from ui.icons import app_icon
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_resources_resolve_in_the_source_tree_and_in_a_bundle(monkeypatch, tmp_path) -> None:
    for parts in (
        ("resources", "fonts", "DejaVuSans.ttf"),
        ("resources", "icons", "katalyze.svg"),
        ("resources", "help", "quick-start.fr.html"),
        ("katalyze", "db", "migrations", "env.py"),
        ("katalyze", "demo", "projets.csv"),
        ("katalyze", "locale", "en.po"),
    ):
        assert resource_path(*parts).is_file(), parts
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("resources", "translations") == tmp_path / "resources" / "translations"


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    if lrelease_executable() is None:
        pytest.skip("lrelease (PySide6-Essentials) is not installed")
    fresh = build_translations(dest=tmp_path)
    assert fresh, "no .ts file found"
    stale = [
        qm.name
        for qm in fresh
        if not (TRANSLATIONS / qm.name).exists()
        or (TRANSLATIONS / qm.name).read_bytes() != qm.read_bytes()
    ]
    assert stale == [], f"{stale} out of date: run  python -m ui.i18n  (./dev does)"


def test_version_and_name_come_from_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    spec = (ROOT / "packaging" / "katalyze.spec").read_text(encoding="utf-8")
    assert "tomllib" in spec and 'PROJECT["version"]' in spec


def test_self_test_passes_and_reports_each_check(capsys) -> None:
    from ui.launcher import main

    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for word in ("migrations", "QR", "placement", "exports", "Qt"):
        assert word in out
    assert "ÉCHEC" not in out and "FAILED" not in out


def test_about_names_version_and_licences(qtbot) -> None:
    dialog = AboutDialog(__version__)
    qtbot.addWidget(dialog)
    text = dialog.components.toPlainText()
    for name in ("Qt 6", "LGPL", "HiGHS", "MIT", "ReportLab", "DejaVu"):
        assert name in text
    assert not app_icon().isNull() and not dialog.windowIcon().isNull()


@pytest.mark.parametrize(("language", "words"), [("fr", "À l'accueil"), ("en", "At the door")])
def test_quick_start_page_in_both_languages(qtbot, language: str, words: str) -> None:
    assert quick_start_file(language).name == f"quick-start.{language}.html"
    dialog = QuickStartDialog(language)
    qtbot.addWidget(dialog)
    assert words in dialog.page.toPlainText()


def test_help_menu_opens_the_quick_start_in_french(qtbot) -> None:
    app = QApplication.instance()
    switcher = LanguageSwitcher(app, app_settings())
    switcher.apply("fr")
    try:
        window = MainWindow(app_settings(), switcher)
        qtbot.addWidget(window)
        assert window.quick_start_action.text() == "&Démarrage rapide (accueil et tables)"
        assert window.quick_start_action.shortcut().toString() == "F1"
        window.quick_start_action.trigger()
        assert "Ctrl+N" in window.quick_start.page.toPlainText()
        assert window.quick_start.windowTitle() == "Démarrage rapide — Katalyze"
        window.quick_start.close()
        window.close()
    finally:
        switcher.apply("en")


def test_window_title_names_the_event_and_windows_carry_the_icon(qtbot, db, db_path) -> None:
    from katalyze.events import get_event

    window = MainWindow(app_settings(), None)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_event(str(db_path))
    assert window.windowTitle() == f"{get_event(db).name} — Katalyze"
    assert not app_icon().pixmap(32, 32).isNull()
    window.close()
