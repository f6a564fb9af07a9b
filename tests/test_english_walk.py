"""The English interface speaks English: every screen of a finished demo
evening is visited in English (each tab, each dialog its buttons open without
a file chooser), every visible text is collected (labels, buttons, headers,
tooltips, placeholders, the rows of every list and table) and none may hold a
French word of the interface. And the command line, in English, answers an
error in English."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from katalyze.demo import build_demo
from ui.app import LanguageSwitcher
from ui.context import app_settings
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[1]

# Words of the interface and of the core's messages, never of the demo's data
# (names, organisations, project titles, role labels and captured ideas).
FRENCH = re.compile(
    r"\b(personnes|table attribuée|Erreur|Répartition|Préparation|"
    r"Restitution|Aucun|Aucune|Impossible|Choisissez|Vérifiez|Enregistrement|"
    r"Chargement|Lancer (?:le|la|les)|Placer|Annuler|Fichier|Réglages|Aide|Tour \d|tours|"
    r"Idée|Besoin|Engagement|À faire|En cours|Échéance|Ressource proposée|"
    r"attendu·es|arrivé·es|inscrit·es|sur place|Sans rôle|Graine|Variante|"
    r"n'est pas|n'existe|terminé|Fiche action|Classeur|Livret|souhaits|"
    r"rencontres|Bienvenue|Trouvez votre table)\b"
)


def _model_texts(model: QAbstractItemModel, limit: int = 60) -> list[str]:
    out: list[str] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model
        columns = 1
    for section in range(columns):
        for role in roles:
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                out.append(value)
    for row in range(min(limit, model.rowCount(QModelIndex()))):
        for column in range(columns):
            index = model.index(row, column)
            for role in roles:
                value = index.data(role)
                if isinstance(value, str):
                    out.append(value)
    return out


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see or hover in ``root`` (not the actions:
    wrapping ``QWidget.actions()`` here crashes PySide6 when the window closes)."""
    texts: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.placeholderText()]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _model_texts(w.model())
    return [t for t in texts if t]


def french_in(texts: list[str]) -> list[str]:
    return sorted({t[:160] for t in texts if FRENCH.search(t)})


class ModalCatcher:
    """Collects the texts of any dialog or message box that opens, then closes it."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
                self.seen.append(type(widget).__name__)
                self.texts += visible_texts(widget)
                widget.reject()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def evening(db, db_path: Path) -> Path:
    build_demo(db, participants=60, stage="done", seed=1)
    return db_path


def test_every_screen_in_english_is_free_of_french(
    qtbot, evening: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    app = QApplication.instance()
    settings = app_settings()
    switcher = LanguageSwitcher(app, settings)
    switcher.apply("en")
    window = MainWindow(settings, switcher)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_welcome()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}
    catcher = ModalCatcher()
    try:
        with qtbot.waitSignal(window.event_opened, timeout=20000):
            window.open_event(str(evening))
        view = window.event_view
        ctx = window.ctx
        assert ctx is not None
        for key in list(view.buttons):
            screen = view.show_screen(key)
            assert screen is not None
            ctx.worker.wait_idle()
            qtbot.wait(300)  # the screens' own short timers (reports, debounces)
            ctx.worker.wait_idle()
            texts = visible_texts(window)
            for tabs in screen.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    ctx.worker.wait_idle()
                    qtbot.wait(50)
                    texts += visible_texts(tabs.widget(i))
            # The dialogs its "…" buttons open (file choosers answer "cancel").
            for button in screen.findChildren(QPushButton):
                if button.text().endswith("…") and button.isVisible() and button.isEnabled():
                    button.click()
                    ctx.worker.wait_idle()
                    qtbot.wait(100)
            bad = french_in(texts)
            if bad:
                found[key] = bad
        ctx.worker.wait_idle()
        qtbot.wait(200)
        assert catcher.seen, "no dialog was opened"
        dialogs = french_in(catcher.texts)
        if dialogs:
            found["dialogs"] = dialogs
    finally:
        catcher.stop()
        window.close()
        switcher.apply("en")
    assert not found, "French in the English interface:\n" + "\n".join(
        f"{key}: {text!r}" for key, texts in found.items() for text in texts
    )


def test_the_command_line_answers_in_english(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.katalyze"
    env = {"LANGUAGE": "en", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "katalyze", "list", "participants", "--db", str(missing)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "No event at" in done.stderr, done.stderr
    assert "Aucun" not in done.stderr
    french = subprocess.run(
        [sys.executable, "-m", "katalyze", "list", "participants", "--db", str(missing)],
        capture_output=True,
        text=True,
        env={**env, "LANGUAGE": "fr_FR:fr"},
        timeout=120,
    )
    assert "Aucun événement" in french.stderr, french.stderr
    # argparse's own words too: the usage line and a missing argument.
    usage = subprocess.run(
        [sys.executable, "-m", "katalyze", "badges"],
        capture_output=True,
        text=True,
        env={**env, "LANGUAGE": "fr_FR:fr"},
        timeout=120,
    )
    assert usage.returncode == 1
    assert "utilisation : katalyze badges" in usage.stderr
    assert "arguments obligatoires manquants : --out" in usage.stderr
