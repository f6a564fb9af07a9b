"""Shared fixtures: every test gets its own event folder and database on disk."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _katalyze_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KATALYZE_HOME", str(home))
    monkeypatch.setenv("LANGUAGE", "fr")
    yield home
    from katalyze import i18n

    i18n.set_language(None)  # a test that chose English leaves the core's language as found


@pytest.fixture(autouse=True)
def _default_locale() -> Iterator[None]:
    """Choosing French in a test sets Qt's default locale for the whole
    process (``ui.i18n.install_translators``): put it back afterwards, so
    that number formats do not depend on the order tests run in."""
    qtcore = sys.modules.get("PySide6.QtCore")
    before = qtcore.QLocale() if qtcore is not None else None
    yield
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        qtcore.QLocale.setDefault(before if before is not None else qtcore.QLocale.system())


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(f"sample data missing: {SHARED_DATA} (../shared must sit beside the repo)")
    return SHARED_DATA


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "event.katalyze"


@pytest.fixture
def db(db_path: Path):
    from katalyze.db import open_database
    from katalyze.events import ensure_event

    database = open_database(db_path)
    ensure_event(database)
    yield database
    database.close()
