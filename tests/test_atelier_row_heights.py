"""Long notes wrap in the Atelier's items list: a row is as tall as its text
at the column's width, remembered per text and width (a busy table's
relayout must not lay every text out again), and follows a resize."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from katalyze.capture import service
from tests.capture_helpers import demo_with_seats
from ui.atelier import AtelierScreen
from ui.atelier.models import ItemColumn
from ui.context import EventContext, EventSignals
from ui.worker import DbWorker

LONG = " ".join(["une longue note"] * 30)  # stored as typed, without a trailing space


def test_rows_are_as_tall_as_their_wrapped_text(qtbot, db, tmp_path) -> None:
    demo_with_seats(db)
    ctx = EventContext(
        db,
        DbWorker(),
        EventSignals(),
        QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat),
    )
    try:
        screen = AtelierScreen(ctx)
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        with qtbot.waitSignal(screen.capture.table_opened, timeout=10000) as opened:
            screen.show()
        project_id, round_ = opened.args
        service.add_item(db, project_id, round_, "idea", "courte")
        service.add_item(db, project_id, round_, "idea", LONG)
        ctx.signals.items_changed.emit(None)
        model, view = screen.capture.items_model, screen.capture.items_view
        qtbot.waitUntil(lambda: len(model.items_of("idea")) >= 2, timeout=10000)
        rows = {i.text: n for n, i in enumerate(model.items_of("idea"))}
        group = model.group_index("idea")

        def height(text: str) -> int:
            index = model.index(rows[text], ItemColumn.TEXT, group)
            return view.sizeHintForIndex(index).height()

        short, long = height("courte"), height(LONG)
        assert long > 2 * short
        assert height(LONG) == long  # remembered, the same answer
        view.header().resizeSection(ItemColumn.TEXT, 300)
        screen.resize(700, 768)
        qtbot.waitUntil(lambda: height(LONG) > long, timeout=5000)
        assert height("courte") == short
        # The other columns are one line: they never make a row taller.
        index = model.index(rows["courte"], ItemColumn.WHO, group)
        assert 0 < view.sizeHintForIndex(index).height() <= short
    finally:
        ctx.worker.wait_idle()
        ctx.worker.shutdown()
