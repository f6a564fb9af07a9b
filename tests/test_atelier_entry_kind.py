"""The Atelier entry bar: the kind chip follows a typed prefix, and the
cheat-sheet shown on an empty line is a readable table."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from ui.atelier.entry_bar import EntryBar


def test_the_kind_chip_follows_the_typed_prefix(qtbot) -> None:
    bar = EntryBar()
    qtbot.addWidget(bar)
    assert "<table" in bar.preview.text()  # the cheat-sheet, in rows
    assert bar.kind_buttons["idea"].isChecked()
    qtbot.keyClicks(bar.line, "a: call the town hall")
    assert bar.kind_buttons["action"].isChecked()
    assert bar.parsed().kind == "action"
    assert bar.due_edit.isEnabled()
    bar.line.setText("call the town hall")  # prefix removed: the chosen chip again
    assert bar.kind_buttons["idea"].isChecked()
    bar.kind_buttons["need"].click()
    bar.line.setText("q: who pays?")
    assert bar.kind_buttons["question"].isChecked()
    bar.line.setText("who pays?")
    assert bar.kind_buttons["need"].isChecked()
