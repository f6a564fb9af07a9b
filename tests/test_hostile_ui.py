"""Issue 10 in the app: a read-only event says so when it opens; an export
with a file that could not be rendered says which, and lists the others."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from katalyze.db import file_checks
from katalyze.db.models import Project
from tests.test_app_shell import make_window  # noqa: F401 - the shared window fixture
from tests.test_hostile_exports import break_sheet_two


def test_a_read_only_event_says_so_when_it_opens(qtbot, make_window, db, db_path, monkeypatch):  # noqa: F811
    db.close()
    real = file_checks.os.access
    target = db_path.resolve()

    def access(path, mode, *args, **kwargs) -> bool:  # root ignores mode bits: pretend
        if mode & file_checks.os.W_OK and Path(path).resolve() == target:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(file_checks.os, "access", access)
    window = make_window()
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_event(str(db_path))
    assert window.ctx is not None and window.ctx.db.read_only
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.isVisible()
    assert "read-only" in box.text() or "lecture seule" in box.text()


def test_restitution_names_the_file_that_failed_and_lists_the_others(
    db, qtbot, tmp_path, monkeypatch
) -> None:
    from ui.context import EventContext, EventSignals
    from ui.restitution import RestitutionScreen
    from ui.worker import DbWorker

    with db.sessions.begin() as s:
        s.add_all([Project(table_number=n, title=f"Projet {n}") for n in (1, 2)])
    break_sheet_two(monkeypatch)
    ctx = EventContext(
        db=db,
        worker=DbWorker(),
        signals=EventSignals(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    screen = RestitutionScreen(ctx, None)
    qtbot.addWidget(screen)
    screen.show()
    screen.folder_edit.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(screen.export_finished, timeout=60000) as blocker:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert screen.files_model.rowCount() == len(result.files) == 4
    assert "Projet 2" in screen.status.text() and "crash-reports" in screen.status.text()
    assert isinstance(screen.status, QWidget)
    ctx.worker.shutdown()
