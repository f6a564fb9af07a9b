"""Open an event database: SQLite file by default, any SQLAlchemy URL otherwise.

Opening applies the Alembic migrations shipped in the package, so that next
year's version opens this year's file. SQLite gets WAL, foreign keys and
``synchronous=FULL`` (a committed scan or note survives a power cut).

An existing SQLite file is first inspected read-only
(:mod:`katalyze.db.file_checks`): an empty, damaged or foreign file is
refused and left untouched (no pragma is set before that); a file of a newer
version is refused with the version it needs; an older one is copied before
it is upgraded (:attr:`Database.notices` says where); a read-only file opens
read-only (:attr:`Database.read_only`, a notice says so) and any write to it
is refused with a sentence.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from katalyze.changes import ChangeFeed
from katalyze.db import file_checks
from katalyze.db.server_errors import connect_error, foreign_database, masked, missing_driver
from katalyze.db.watch import install_broadcaster
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.paths import resource_path

# The newest migration this code knows; a test checks it is Alembic's head.
SCHEMA_HEAD = "0006"
MIGRATIONS_DIR = resource_path("katalyze", "db", "migrations")
# Seconds a station waits for a database server before saying it does not answer.
CONNECT_TIMEOUT_S = 5


@dataclass
class Database:
    """An open event: the engine and the session factory services take."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # Core actions publish what they wrote here after their commit (katalyze.changes).
    changes: ChangeFeed = field(default_factory=ChangeFeed, repr=False, compare=False)
    # Opened on a write-protected file: reads and exports work, writes are refused.
    read_only: bool = False
    # Sentences for the person who opened it (read-only, upgraded with a backup…).
    notices: tuple[str, ...] = ()
    # This open database among the stations: its broadcasts carry it (katalyze.db.watch).
    token: str = field(default_factory=lambda: uuid.uuid4().hex, repr=False, compare=False)
    # Called by close() (the broadcaster's own server connection).
    on_close: list[Callable[[], None]] = field(default_factory=list, repr=False, compare=False)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` for a server database."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database)
        return None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read-only session whose every query sees the database as it was
        at its first read, for work that reads many tables while others write
        (an export during the evening). SQLite's driver starts a transaction
        only before a write, so each SELECT would otherwise see its own
        moment: an explicit deferred ``BEGIN`` holds one WAL snapshot without
        taking the write lock. A server database uses REPEATABLE READ."""
        with self.sessions() as session:
            if self.is_sqlite:
                session.connection().exec_driver_sql("BEGIN")
            else:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            try:
                yield session
            finally:
                session.rollback()

    def require_writable(self) -> None:
        """Refuse, with a sentence, work that would write to a read-only event
        (before it writes any file of its own, like a badge PDF)."""
        if self.read_only:
            raise file_checks.read_only_write_error()

    def close(self) -> None:
        while self.on_close:
            self.on_close.pop()()
        self.engine.dispose()


def to_url(target: str | Path) -> str:
    """Turn a ``--db`` value (a path or a URL) into an SQLAlchemy URL."""
    value = str(target)
    if "://" in value:
        # The driver we ship: "postgresql://" alone would ask for psycopg2.
        for prefix in ("postgresql://", "postgres://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value.removeprefix(prefix)
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _refuse_read_only_writes(context: Any) -> None:
    """SQLite's "attempt to write a readonly database" becomes a sentence."""
    original = getattr(context, "original_exception", None)
    if original is not None and "readonly database" in str(original):
        raise file_checks.read_only_write_error() from original


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(
            _("« {url} » n'est ni un fichier ni une adresse de base de données valide.").format(
                url=masked(url)
            )
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        if read_only and parsed.database:
            import sqlite3

            uri = file_checks.read_only_uri(Path(parsed.database))
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5),
            )
            event.listen(engine, "connect", _read_only_pragmas)
        else:
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
            event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "handle_error", _refuse_read_only_writes)
        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        # A server laptop that is off must not freeze the station for minutes.
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as exc:
        raise missing_driver(url) from exc


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` (Alembic, batch mode on SQLite)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(target: str | Path, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the event at ``target``.

    ``create=False`` refuses a SQLite path that does not exist yet, for
    commands that only read.
    """
    url = to_url(target)
    parsed = make_url(url)
    state: file_checks.FileState | None = None
    notices: list[str] = []
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.exists():
            if not create:
                raise UserError(
                    _("Aucun événement à « {path} » : vérifiez le chemin donné à --db.").format(
                        path=path
                    )
                )
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir():
            raise UserError(
                _("« {path} » est un dossier, pas un fichier d'événement.").format(path=path)
            )
        else:
            state = _check_file(path, notices)
            if state.revision is None and not create:  # a read never makes an event
                raise file_checks.not_an_event(path)
    read_only = state is not None and not state.writable
    engine = make_engine(url, read_only=read_only)
    try:
        revision = state.revision if state is not None else current_revision(engine)
        if revision != SCHEMA_HEAD:
            if revision is None:
                _refuse_foreign_database(engine, url)
            else:
                _refuse_unknown_revision(target, revision)
            upgrade(engine)
            _stamp_version(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if parsed.get_backend_name() != "sqlite":
            raise connect_error(exc, url) from exc
        raise file_checks.not_an_event(target) from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    database = Database(
        url=url, engine=engine, sessions=sessions, read_only=read_only, notices=tuple(notices)
    )
    # Other stations hear what this one writes (their Watcher republishes it).
    install_broadcaster(database)
    return database


def _check_file(path: Path, notices: list[str]) -> file_checks.FileState:
    """Inspect an existing file without writing to it; back it up before an upgrade."""
    state = file_checks.inspect_file(path)
    if state.revision not in (None, SCHEMA_HEAD):
        _refuse_unknown_revision(path, state.revision, state.needed_version)
        if not state.writable:
            raise file_checks.read_only_upgrade_error(path)
        backup = file_checks.backup_before_upgrade(path, state.revision)
        notices.append(file_checks.upgrade_notice(path, backup))
    elif not state.writable:
        if state.revision is None:  # an empty SQLite file cannot become an event
            raise file_checks.not_an_event(path)
        notices.append(file_checks.read_only_notice(path))
    return state


def _refuse_unknown_revision(where: object, revision: str, needed: str | None = None) -> None:
    """A revision this version's migrations do not know: a newer Katalyze made it."""
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util.exc import CommandError

    try:
        if ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision) is not None:
            return
    except (CommandError, RevisionError):
        pass
    raise file_checks.newer_file_error(where, revision, needed)


def _stamp_version(engine: Engine) -> None:
    """Record in a SQLite file which Katalyze version its schema needs, for an
    older version to name it (:mod:`katalyze.db.file_checks`)."""
    if engine.dialect.name != "sqlite":
        return
    needed = file_checks.encode_version(file_checks.schema_version(SCHEMA_HEAD))
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA user_version = {needed}")
        connection.exec_driver_sql(f"PRAGMA application_id = {file_checks.APPLICATION_ID}")


def _refuse_foreign_database(engine: Engine, url: str) -> None:
    """A database with tables but no Alembic version is somebody else's."""
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    if tables:
        raise foreign_database(url)


@contextlib.contextmanager
def session_scope(db: Database) -> Iterator[Session]:
    """A short transaction: commit on success, roll back on error."""
    with db.sessions.begin() as session:
        yield session
