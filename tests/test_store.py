"""The event store: migrations, SQLite settings, the Qt-free core."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from katalyze.db import open_database
from katalyze.db.engine import SCHEMA_HEAD, current_revision
from katalyze.errors import UserError

FIRST_MIGRATION_FILE = Path(__file__).parent / "data" / "first_migration.katalyze"


def test_core_never_imports_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, katalyze\n"
        "for m in pkgutil.walk_packages(katalyze.__path__, 'katalyze.'):\n"
        "    if m.name.endswith('__main__') or m.name.startswith('katalyze.db.migrations'):\n"
        "        continue  # the CLI entry point, and Alembic scripts run only by Alembic\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "print(len([n for n in sys.modules if n.startswith('katalyze')]), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    imported = int(result.stdout.split()[0])
    assert imported > 10  # really walked the package


def test_schema_head_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from katalyze.db.engine import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_models_match_migrations(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: the migrations describe the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from katalyze.db.models import Base

    db = open_database(tmp_path / "m.katalyze")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_pragmas(db) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_first_migration_file_upgrades_without_losing_rows(tmp_path: Path) -> None:
    copy = tmp_path / "old.katalyze"
    shutil.copy(FIRST_MIGRATION_FILE, copy)
    import sqlite3

    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        before = {
            t: raw.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("participant", "project", "wish", "role", "event")
        }
    assert before["participant"] > 0 and before["project"] > 0
    db = open_database(copy)
    assert current_revision(db.engine) == SCHEMA_HEAD
    with db.engine.connect() as conn:
        after = {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in before}
    assert after == before
    from katalyze.participants import list_participants

    assert len(list_participants(db)) == before["participant"]
    db.close()


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "photo.katalyze"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(UserError, match=r"photo\.katalyze"):
        open_database(bogus)
    assert bogus.read_bytes().startswith(b"\x89PNG")


def test_read_only_commands_do_not_create(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Aucun événement"):
        open_database(tmp_path / "missing.katalyze", create=False)
    assert not (tmp_path / "missing.katalyze").exists()
