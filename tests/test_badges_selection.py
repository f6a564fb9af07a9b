"""Badges › select all: the count, the selection and the PDF leave out cancelled
registrations, unless the organiser shows them on purpose (on the demo event)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from katalyze.db import Database
from katalyze.demo import build_demo
from katalyze.participants import list_participants
from katalyze.text import fold
from ui.app import LanguageSwitcher, build_event_context
from ui.badges import BadgesScreen
from ui.context import app_settings


@pytest.fixture
def demo(db: Database) -> dict[str, set[int]]:
    build_demo(db, participants=120, stage="registered", seed=1)
    people = list_participants(db)
    return {
        "active": {p.id for p in people if not p.cancelled},
        "cancelled": {p.id for p in people if p.cancelled},
    }


@pytest.fixture
def screen(qtbot, db_path: Path, demo, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    out = tmp_path / "pdf"
    out.mkdir()
    monkeypatch.setattr(
        "ui.badges.screen.QFileDialog.getSaveFileName",
        lambda _parent, _caption, suggested, filters: (str(out / Path(suggested).name), filters),
    )
    switcher = LanguageSwitcher(QApplication.instance(), app_settings())
    switcher.apply("fr")  # the organisers read it in French
    ctx = build_event_context(str(db_path))
    widget = BadgesScreen(ctx)
    widget.open_file = lambda _path: True
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.data_loaded, timeout=20000):
        widget.resize(1366, 720)
        widget.show()
    qtbot.waitExposed(widget)
    widget.mark_printed.setChecked(False)
    yield widget
    ctx.worker.wait_idle()
    widget.close()
    ctx.close()
    switcher.apply("en")  # translators live on the shared QApplication


def generate(qtbot, screen: BadgesScreen):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.pdf_written, timeout=60000) as written:
        qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    return written.args[0]


def test_the_demo_has_cancelled_registrations(demo) -> None:  # type: ignore[no-untyped-def]
    assert len(demo["cancelled"]) == 3 and len(demo["active"]) + 3 > 100


def test_ctrl_a_selects_and_prints_only_the_registrations_kept(qtbot, screen, demo) -> None:  # type: ignore[no-untyped-def]
    active = len(demo["active"])
    assert screen.proxy.rowCount() == active
    assert screen.count_label.text() == f"{active} personnes"
    assert screen.show_cancelled.text() == "Afficher les annulées (3)"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(screen.selected_ids()) == demo["active"]
    assert screen.selection_radio.isChecked()
    assert f"({active})" in screen.selection_radio.text()
    assert screen.everyone_radio.text() == f"Tout le monde ({active} badges)"
    run = generate(qtbot, screen)
    assert run.count == active and set(run.participant_ids) == demo["active"]
    pages = len(PdfReader(run.path).pages)
    assert pages == -(-active // 8)  # A4, 8 badges a page


def test_the_select_all_button_agrees_with_ctrl_a(qtbot, screen, demo) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.select_all_button, Qt.MouseButton.LeftButton)
    assert set(screen.selected_ids()) == demo["active"]
    assert f"({len(demo['active'])})" in screen.selection_radio.text()


def test_cancelled_people_are_printed_only_once_shown(qtbot, screen, demo) -> None:  # type: ignore[no-untyped-def]
    everyone = demo["active"] | demo["cancelled"]
    qtbot.mouseClick(screen.show_cancelled, Qt.MouseButton.LeftButton)
    assert screen.proxy.rowCount() == len(everyone)
    assert screen.count_label.text() == f"{len(everyone)} personnes"
    qtbot.mouseClick(screen.select_all_button, Qt.MouseButton.LeftButton)
    assert set(screen.selected_ids()) == everyone
    assert f"({len(everyone)})" in screen.selection_radio.text()
    assert "3 inscriptions annulées" in screen.options.selection_hint.text()
    run = generate(qtbot, screen)
    assert set(run.participant_ids) == everyone

    # Hidden again: they leave the selection, and the counts follow.
    qtbot.mouseClick(screen.show_cancelled, Qt.MouseButton.LeftButton)
    assert set(screen.selected_ids()) == demo["active"]
    assert f"({len(demo['active'])})" in screen.selection_radio.text()
    assert "annulée" not in screen.options.selection_hint.text()


def test_a_search_then_select_all_keeps_to_the_matches(qtbot, screen, demo) -> None:  # type: ignore[no-untyped-def]
    cancelled = next(iter(demo["cancelled"]))
    badge = screen.model.row_at(screen.model.row_of(cancelled))
    qtbot.keyClicks(screen.search, fold(badge.last_name))  # typed without accents
    shown = screen.proxy.rowCount()
    assert all(
        screen.model.rows[screen.proxy.mapToSource(screen.proxy.index(r, 0)).row()].cancelled
        is False
        for r in range(shown)
    )
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert cancelled not in screen.selected_ids()
    assert len(screen.selected_ids()) == shown
