"""Opening a generated file never fails silently: when the system cannot open
it, a window says so with the full path, copies it, and offers the folder."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.open_file import CannotOpenDialog, open_generated


class FakeOpener:
    """The system's opener: records every URL, opens only what it is told to."""

    def __init__(self, *, opens: tuple[Path, ...] = ()) -> None:
        self.opens = {str(p) for p in opens}
        self.asked: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.asked.append(url.toLocalFile())
        return url.toLocalFile() in self.opens


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    folder = tmp_path / "Soirée KatalyZe" / "exports du 26 mars"
    folder.mkdir(parents=True)
    path = folder / "livret-de-restitution.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def french(qapp):
    from ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def shown_dialog(parent: QWidget) -> CannotOpenDialog:
    dialogs = [d for d in parent.findChildren(CannotOpenDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_a_file_the_system_opens_shows_nothing(parent, pdf) -> None:
    opener = FakeOpener(opens=(pdf,))
    assert open_generated(pdf, parent, opener=opener) is True
    assert opener.asked == [str(pdf)]
    assert parent.findChildren(CannotOpenDialog) == []


def test_no_viewer_says_so_and_copies_the_path(qtbot, parent, pdf, french) -> None:
    opener = FakeOpener()
    assert open_generated(pdf, parent, opener=opener) is False
    dialog = shown_dialog(parent)
    assert dialog.windowTitle() == "Impossible d'ouvrir le fichier"
    assert "lecteur de PDF" in dialog.advice.text()
    assert dialog.path_view.toPlainText() == str(pdf)
    assert dialog.copy_button.text() == "Copier le chemin"
    assert dialog.folder_button.text() == "Ouvrir le dossier"
    assert dialog.folder_button.isVisible()

    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.path_copied) as copied:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert copied.args == [str(pdf)]
    assert QGuiApplication.clipboard().text() == str(pdf)
    assert dialog.status.isVisible() and "Chemin copié" in dialog.status.text()
    assert dialog.isVisible()  # copying does not close the window

    # The folder cannot be opened either: the same window says so.
    with qtbot.waitSignal(dialog.folder_open_failed) as failed:
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert failed.args == [str(pdf.parent)]
    assert opener.asked == [str(pdf), str(pdf.parent)]
    assert "non plus" in dialog.status.text() and str(pdf.parent) in dialog.status.text()
    assert not dialog.folder_button.isEnabled()
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_folder_opens_when_the_file_cannot(qtbot, parent, pdf) -> None:
    opener = FakeOpener(opens=(pdf.parent,))
    open_generated(pdf, parent, opener=opener)
    dialog = shown_dialog(parent)
    with qtbot.waitSignal(dialog.folder_opened) as opened:
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened.args == [str(pdf.parent)]
    assert not dialog.isVisible()


def test_a_folder_that_cannot_be_opened_offers_no_folder_button(parent, pdf, french) -> None:
    assert open_generated(pdf.parent, parent, opener=FakeOpener()) is False
    dialog = shown_dialog(parent)
    assert dialog.windowTitle() == "Impossible d'ouvrir le dossier"
    assert dialog.path_view.toPlainText() == str(pdf.parent)
    assert not dialog.folder_button.isVisible()


def test_a_file_gone_meanwhile_is_said_without_asking_the_system(parent, pdf, french) -> None:
    pdf.unlink()
    opener = FakeOpener(opens=(pdf,))
    assert open_generated(pdf, parent, opener=opener) is False
    assert opener.asked == []
    dialog = shown_dialog(parent)
    assert dialog.windowTitle() == "Fichier introuvable"
    assert dialog.path_view.toPlainText() == str(pdf)
    assert dialog.folder_button.isVisible()  # its folder is still there


def test_a_screen_opening_a_badge_without_viewer_shows_the_message(
    qtbot, db, pdf, monkeypatch
) -> None:
    """The Accueil screen's walk-in badge goes through the shared helper and
    the system's opener (made to fail here, as on a laptop without a viewer)."""
    from ui.accueil import AccueilScreen
    from ui.context import EventContext, EventSignals, app_settings
    from ui.worker import DbWorker

    asked: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()) or False
    )
    settings = app_settings()
    settings.setValue("accueil/station", "Entrée 1")
    settings.setValue("accueil/sound", "false")
    worker = DbWorker()
    screen = AccueilScreen(EventContext(db, worker, EventSignals(), settings))
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    try:
        screen.open_document(pdf)
        assert asked == [str(pdf)]
        dialog = shown_dialog(screen)
        assert dialog.path_view.toPlainText() == str(pdf)
        assert QApplication.activeModalWidget() in (dialog, None)
        dialog.close()
    finally:
        worker.wait_idle()
        screen.camera.shutdown()
        worker.shutdown()
