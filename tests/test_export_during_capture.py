"""A long export in Restitution (a 1,500-person, 100-table evening takes
seconds) must not hold back the scribes: a draft typed in the Atelier while
the export runs is committed — read back from another connection — before
the export ends."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt

from katalyze.capture.drafts import get_draft
from katalyze.db import open_database
from tests.exports_evening import build_evening
from tests.test_atelier_screen import open_screen, type_text
from ui.context import EventContext, EventSignals
from ui.restitution import RestitutionScreen
from ui.worker import DbWorker


@pytest.fixture
def ctx(db, tmp_path, qtbot):
    build_evening(db, participants=1500, tables=100, seed=1)
    settings = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    context = EventContext(db, DbWorker(), EventSignals(), settings)
    yield context
    context.close()


def test_a_draft_is_committed_while_a_large_export_runs(qtbot, db_path, ctx, tmp_path) -> None:
    atelier = open_screen(qtbot, ctx)
    capture = atelier.capture
    key = capture.key
    assert key is not None

    wrap_up = RestitutionScreen(ctx)
    qtbot.addWidget(wrap_up)
    wrap_up.folder_edit.setText(str(tmp_path / "export"))
    ended: list[str] = []
    wrap_up.export_finished.connect(lambda _result: ended.append("finished"))
    wrap_up.export_cancelled.connect(lambda: ended.append("cancelled"))
    wrap_up.export_failed.connect(ended.append)
    qtbot.mouseClick(wrap_up.export_button, Qt.MouseButton.LeftButton)
    # The export has read the evening and is writing the action sheets.
    qtbot.waitUntil(
        lambda: wrap_up.progress.maximum() > 100 and wrap_up.progress.value() >= 1,
        timeout=60000,
    )

    typed = "i: une idée notée pendant l'export"
    line = capture.entry.line
    line.setFocus()
    with qtbot.waitSignal(
        capture.saved, check_params_cb=lambda what: what == "draft", timeout=5000
    ):
        type_text(qtbot, line, typed)
    assert ended == []  # the export is still running
    assert ctx.files_worker.busy and wrap_up.cancel_button.isVisibleTo(wrap_up)

    other = open_database(db_path, create=False)
    try:
        draft = get_draft(other, key)
    finally:
        other.close()
    assert draft is not None and draft.content["text"] == typed

    # No need to wait for the whole export: cancelling keeps no half-written file.
    qtbot.mouseClick(wrap_up.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ended), timeout=30000)
    assert ended == ["cancelled"]
    assert not list((tmp_path / "export").glob(".*.part"))
