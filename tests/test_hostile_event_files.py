"""Issue 10, event files: a newer, damaged, foreign, empty or read-only file
gets a sentence (never a traceback) and is never changed by being read; an
older file is copied before it is upgraded; a lost event row is repaired."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from katalyze.cli.main import main
from katalyze.db import file_checks, open_database
from katalyze.db.engine import SCHEMA_HEAD, current_revision
from katalyze.errors import UserError
from katalyze.events import ensure_event

FIRST_MIGRATION_FILE = Path(__file__).parent / "data" / "first_migration.katalyze"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.fixture
def event_file(db, db_path) -> Path:
    """A closed event file at the current schema, WAL checkpointed."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return db_path


def cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_a_newer_file_names_the_version_it_needs(event_file, capsys) -> None:
    with sqlite3.connect(event_file) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099'")
        raw.execute(f"PRAGMA user_version = {file_checks.encode_version('0.3.0')}")
    raw.close()
    before = digest(event_file)
    with pytest.raises(UserError, match=r"version plus récente.*Katalyze 0\.3\.0"):
        open_database(event_file)
    code, err = cli(capsys, "list", "participants", "--db", str(event_file))
    assert code == 1 and "0.3.0" in err and "CommandError" not in err
    assert digest(event_file) == before


def test_a_newer_file_without_its_version_still_says_newer(event_file) -> None:
    with sqlite3.connect(event_file) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'zz99'")
    raw.close()
    with pytest.raises(UserError, match="plus récente que celle-ci"):
        open_database(event_file)


def test_opening_for_writing_records_the_version_the_file_needs(db_path) -> None:
    open_database(db_path).close()
    with file_checks.read_only_connection(db_path) as raw:
        stamped = raw.execute("PRAGMA user_version").fetchone()[0]
    assert file_checks.decode_version(stamped) == file_checks.schema_version(SCHEMA_HEAD)


def test_a_missing_event_row_is_repaired_not_an_integrity_error(event_file, capsys) -> None:
    with sqlite3.connect(event_file) as raw:
        raw.execute("DELETE FROM event")
    raw.close()
    code, err = cli(capsys, "list", "participants", "--db", str(event_file))
    assert code == 0, err
    db = open_database(event_file)
    info = ensure_event(db)
    assert info.name
    db.close()


def test_a_zero_byte_file_is_never_turned_into_an_event(tmp_path, capsys) -> None:
    empty = tmp_path / "vide.katalyze"
    empty.write_bytes(b"")
    code, err = cli(capsys, "list", "participants", "--db", str(empty))
    assert code == 1 and "vide (0 octet)" in err
    with pytest.raises(UserError, match="vide"):
        open_database(empty, create=True)
    assert empty.stat().st_size == 0
    assert files_beside(empty) == {"vide.katalyze"}


def test_an_empty_sqlite_file_is_not_made_an_event_by_a_read(tmp_path, capsys) -> None:
    empty = tmp_path / "vide.sqlite"
    sqlite3.connect(empty).execute("PRAGMA user_version = 7").connection.close()
    before = digest(empty)
    code, err = cli(capsys, "list", "participants", "--db", str(empty))
    assert code == 1 and "vide.sqlite" in err
    assert digest(empty) == before


def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(tmp_path, capsys) -> None:
    foreign = tmp_path / "compta.sqlite"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE facture (id INTEGER PRIMARY KEY, montant REAL)")
        raw.execute("INSERT INTO facture (montant) VALUES (12.5)")
    raw.close()
    before = digest(foreign)
    code, err = cli(capsys, "list", "participants", "--db", str(foreign))
    assert code == 1 and "autre programme" in err
    with pytest.raises(UserError, match="autre programme"):
        open_database(foreign)
    assert digest(foreign) == before
    assert files_beside(foreign) == {"compta.sqlite"}  # no -wal, no -shm
    with sqlite3.connect(foreign) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()


@pytest.mark.parametrize(
    "content",
    [
        b"SQLite format 3\x00" + b"\xff" * 4000,  # header, then garbage
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        b"Nom;Prenom\nMartin;Lea\n",
    ],
)
def test_a_damaged_or_unrelated_file_is_a_sentence(tmp_path, capsys, content) -> None:
    bogus = tmp_path / "soiree.katalyze"
    bogus.write_bytes(content)
    code, err = cli(capsys, "list", "participants", "--db", str(bogus))
    assert code == 1 and "soiree.katalyze" in err
    assert bogus.read_bytes() == content


@pytest.mark.parametrize("damage", ["truncated", "noise"])
def test_a_damaged_event_is_refused_before_any_work(event_file, capsys, damage) -> None:
    from katalyze.demo import build_demo

    db = open_database(event_file)
    build_demo(db, participants=60, stage="registered", seed=1)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = event_file.stat().st_size
    with open(event_file, "r+b") as raw:
        if damage == "truncated":
            raw.truncate(size // 2 // 4096 * 4096)
        else:
            raw.seek(size // 2 // 4096 * 4096)
            raw.write(bytes(range(256)) * 32)
    before = digest(event_file)
    code, err = cli(
        capsys, "export", "--db", str(event_file), "--out", str(event_file.parent / "o")
    )
    assert code == 1 and "endommagé" in err and "Erreur inattendue" not in err
    assert digest(event_file) == before


def test_an_older_file_is_copied_before_it_is_upgraded(tmp_path, capsys) -> None:
    old = tmp_path / "soiree-2025.katalyze"
    shutil.copy(FIRST_MIGRATION_FILE, old)
    before = digest(old)
    db = open_database(old)
    assert current_revision(db.engine) == SCHEMA_HEAD
    [notice] = db.notices
    db.close()
    [backup] = [p for p in tmp_path.iterdir() if "avant-mise-a-jour" in p.name]
    assert backup.name == "soiree-2025.avant-mise-a-jour-0001.katalyze"
    assert str(backup) in notice
    # The copy is the file as it was: old schema, same rows.
    with file_checks.read_only_connection(backup) as copy, sqlite3.connect(old) as now:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        for table in ("participant", "project", "wish"):
            query = f"SELECT COUNT(*) FROM {table}"
            assert copy.execute(query).fetchone() == now.execute(query).fetchone()
    now.close()
    assert digest(old) != before
    # Opened again: already current, no second copy.
    open_database(old).close()
    assert len([p for p in tmp_path.iterdir() if "avant-mise-a-jour" in p.name]) == 1


@pytest.fixture
def read_only(event_file, monkeypatch) -> Path:
    """The event file, write-protected. Tests run as root, for whom the mode
    bits do not stop a write: the check itself is made to see it."""
    event_file.chmod(0o444)
    real = file_checks.os.access
    protected = {event_file.resolve(), event_file.parent.resolve()}

    def access(path, mode, *args, **kwargs) -> bool:
        if mode & file_checks.os.W_OK and Path(path).resolve() in protected:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(file_checks.os, "access", access)
    yield event_file
    event_file.chmod(0o644)


def test_a_read_only_file_opens_for_reading_and_refuses_writes(read_only, tmp_path, capsys):
    from katalyze.checkin.service import register_walk_in
    from katalyze.exports.service import export_all
    from katalyze.participants import ParticipantDraft

    before = digest(read_only)
    db = open_database(read_only)
    assert db.read_only and "lecture seule" in db.notices[0]
    assert ensure_event(db).name
    assert export_all(db, tmp_path / "out").failures == ()
    with pytest.raises(UserError, match="lecture seule"):
        register_walk_in(db, ParticipantDraft(first_name="Léa", last_name="Martin"), "Entrée")
    db.close()
    code, err = cli(capsys, "list", "participants", "--db", str(read_only))
    assert code == 0 and "lecture seule" in err
    pdf = tmp_path / "badges.pdf"
    code, err = cli(capsys, "badges", "--db", str(read_only), "--out", str(pdf))
    assert code == 1 and "lecture seule" in err
    assert not pdf.exists()  # refused before the PDF is written
    assert digest(read_only) == before


def test_every_schema_revision_names_the_first_version_that_wrote_it() -> None:
    # An older Katalyze reads this name from user_version to say which version a
    # newer file needs: a revision missing here would name whatever version is
    # running, which tells the user nothing.
    from alembic.script import ScriptDirectory

    from katalyze.db.engine import MIGRATIONS_DIR

    revisions = {s.revision for s in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}
    assert SCHEMA_HEAD in revisions
    assert revisions == set(file_checks.FIRST_VERSION)
