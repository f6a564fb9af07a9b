"""Open an event database: SQLite file by default, any SQLAlchemy URL otherwise.

Opening applies the Alembic migrations shipped in the package, so that next
year's version opens this year's file. SQLite gets WAL, foreign keys and
``synchronous=FULL`` (a committed scan or note survives a power cut).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from katalyze.changes import ChangeFeed
from katalyze.errors import UserError
from katalyze.i18n import _

# The newest migration this code knows; a test checks it is Alembic's head.
SCHEMA_HEAD = "0003"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass
class Database:
    """An open event: the engine and the session factory services take."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    # Core actions publish what they wrote here after their commit (katalyze.changes).
    changes: ChangeFeed = field(default_factory=ChangeFeed, repr=False, compare=False)

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

    def close(self) -> None:
        self.engine.dispose()


def to_url(target: str | Path) -> str:
    """Turn a ``--db`` value (a path or a URL) into an SQLAlchemy URL."""
    value = str(target)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(
            _("« {url} » n'est ni un fichier ni une adresse de base de données valide.").format(
                url=url
            )
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


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
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        if revision != SCHEMA_HEAD:
            if revision is None:
                _refuse_foreign_database(engine, url)
            upgrade(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise UserError(
            _(
                "Impossible d'ouvrir l'événement « {target} » : ce n'est pas un fichier Katalyze "
                "lisible. Choisissez le fichier .katalyze de l'événement (une liste d'inscrits "
                "s'importe depuis Préparation → Participants → Importer)."
            ).format(target=target)
        ) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions)


def _refuse_foreign_database(engine: Engine, url: str) -> None:
    """A database with tables but no Alembic version is somebody else's."""
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    if tables:
        raise UserError(
            _(
                "La base « {url} » contient déjà des tables qui ne sont pas celles de Katalyze ; "
                "choisissez un autre fichier."
            ).format(url=url)
        )


@contextlib.contextmanager
def session_scope(db: Database) -> Iterator[Session]:
    """A short transaction: commit on success, roll back on error."""
    with db.sessions.begin() as session:
        yield session
