"""The Badges list at 1366×768 in French, with the app's own style: the role
and the badge code are never cut, every column fits without scrolling
sideways, and the organisation (the column that gives way) shows its whole
text as a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from katalyze.checkin.issuing import issue_missing_codes
from katalyze.db import Database
from katalyze.demo import build_demo
from ui.app import LanguageSwitcher, apply_style
from ui.badges import BadgesScreen
from ui.badges.model import Column
from ui.context import app_settings
from ui.main_window import MainWindow


@pytest.fixture
def styled_app():
    """The app's style and font, as ``run_app`` sets them; put back afterwards
    (the QApplication is shared by every test)."""
    app = QApplication.instance()
    style, font, sheet = app.style().name(), app.font(), app.styleSheet()
    apply_style(app)
    yield app
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setStyle(style)


@pytest.fixture
def badges(qtbot, styled_app, db: Database, db_path: Path):
    build_demo(db, participants=120, stage="registered", seed=1)
    settings = app_settings()
    switcher = LanguageSwitcher(styled_app, settings)
    switcher.apply("fr")
    window = MainWindow(settings, switcher)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.event_opened, timeout=10000):
        window.open_event(str(db_path))
    screen = window.event_view.show_screen("badges")
    assert isinstance(screen, BadgesScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10000)
    yield screen
    window.close()
    switcher.apply("en")


def assert_columns_fit(screen: BadgesScreen) -> None:
    table = screen.table
    assert screen.proxy.rowCount() > 100
    widths = {c: table.columnWidth(c) for c in Column}
    for column in (Column.ROLE, Column.CODE, Column.LAST_NAME, Column.PRINTED):
        # The widest cell of the column (its text, colour swatch and margins).
        assert widths[column] >= table.sizeHintForColumn(column), column.name
    assert sum(widths.values()) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_role_and_code_are_whole_at_1366(qtbot, badges: BadgesScreen, db: Database) -> None:
    model = badges.model
    roles = {row.role for row in model.rows}
    assert {"Entreprise non membre", "Investisseur / financeur"} <= roles
    code = model.index(0, Column.CODE)
    assert code.data() == "à l’impression"  # no code yet: given when printed
    assert_columns_fit(badges)

    # With codes given (the monospace codes are the widest then).
    issue_missing_codes(db)
    with qtbot.waitSignal(badges.data_loaded, timeout=10000):
        badges.ctx.signals.participants_changed.emit()
    assert model.index(0, Column.CODE).data() != "à l’impression"
    assert_columns_fit(badges)


def test_the_organisation_tells_its_whole_text(badges: BadgesScreen) -> None:
    model = badges.model
    table = badges.table
    row = max(range(model.rowCount()), key=lambda r: len(model.rows[r].organisation))
    organisation = model.rows[row].organisation
    shown = model.index(row, Column.ORGANISATION)
    # Cut at this width: the tooltip is where the rest is read.
    assert table.fontMetrics().horizontalAdvance(organisation) > table.columnWidth(
        Column.ORGANISATION
    )
    assert shown.data(Qt.ItemDataRole.ToolTipRole) == organisation
    assert (
        model.index(row, Column.ROLE)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith(model.rows[row].role)
    )
    assert not model.rows[row].walk_in
    assert shown.sibling(row, Column.LAST_NAME).data(Qt.ItemDataRole.ToolTipRole) is None
