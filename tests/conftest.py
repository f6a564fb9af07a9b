"""Shared fixtures: every test gets its own event folder and database on disk."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.demo_evenings import empty_event_copy
from tests.pg_server import PgServer, find_bin_dir, start_server

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


# Core service tests whose ``db`` runs on both backends: SQLite and a real
# PostgreSQL server started for the session (not the Qt screen tests).
BOTH_BACKENDS = frozenset(
    {
        "test_assignment",
        "test_assignment_seats",
        "test_badge_codes",
        "test_capture_due_dates",
        "test_capture_service",
        "test_checkin_client_ids",
        "test_checkin_service",
        "test_demo",
        "test_followup_undo",
        "test_import",
        "test_multi_station",
        "test_rotation_second_pass",
        "test_table_lists",
    }
)


# Tests of those modules whose time goes to the placement solver, not the
# database: run once, on SQLite, to keep the suite short.
SQLITE_ONLY = frozenset(
    {
        "test_assignment_seats.py::test_locked_seat_survives_a_rerun_and_moves_are_minimised",
        "test_assignment_seats.py::test_rules_name_what_a_move_breaks",
        "test_assignment_seats.py::test_same_seed_same_seating",
    }
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    path = Path(metafunc.module.__file__)
    if "db" not in metafunc.fixturenames or path.stem not in BOTH_BACKENDS:
        return
    if f"{path.name}::{metafunc.function.__name__}" in SQLITE_ONLY:
        return
    metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL cluster in a temporary folder for the whole session.
    Skipped (with the reason) where PostgreSQL is not installed, except in CI,
    where a missing server is a failure."""
    if find_bin_dir() is None:
        reason = (
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): "
            "apt-get install postgresql, or run ./dev test which installs it"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = start_server()
    yield server
    server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh migrated (empty) Katalyze database on the session's server."""
    url = pg_server.fresh_database()
    yield url
    pg_server.drop(url)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path):
    from katalyze.db import open_database
    from katalyze.events import ensure_event

    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:  # a copy of the session's migrated file: migrating each new file is the slow part
        database = open_database(empty_event_copy(db_path))
    ensure_event(database)
    yield database
    database.close()
