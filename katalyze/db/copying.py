"""Move an evening: copy a whole event between a file and a server database.

The office prepares on a ``.katalyze`` file, the evening runs on the
PostgreSQL server, the archive goes back into a file. :func:`copy_event`
copies every table of the schema (ids, the event's secret and so every badge
code included), moves PostgreSQL's sequences past the copied ids, then reads
both databases again and compares them row for row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select

from katalyze.db.engine import Database, open_database, to_url
from katalyze.db.models import Base
from katalyze.db.sequences import advance_sequences
from katalyze.db.server_errors import masked
from katalyze.errors import UserError
from katalyze.i18n import _

# Rows inserted per statement (memory stays flat on a 1,500-person evening).
CHUNK = 1000


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table, all checked equal on both sides."""

    source: str
    destination: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.destination,
            "rows": self.rows,
            "total": self.total,
            "checked": True,
        }


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(db: Database, table: Table) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _rows(db: Database, table: Table) -> list[tuple[Any, ...]]:
    order = list(table.primary_key.columns) or list(table.columns)
    with db.snapshot() as session:
        return [tuple(row) for row in session.execute(select(table).order_by(*order))]


def copy_event(source: str | Path, destination: str | Path, *, replace: bool = False) -> CopyReport:
    """Copy the event at ``source`` into ``destination`` (created if need be).

    Refuses a destination that already holds an event unless ``replace``,
    which empties it first (in the same transaction as the copy)."""
    if to_url(source) == to_url(destination):
        raise UserError(_("La source et la destination sont la même base : rien à copier."))
    src = open_database(source, create=False)
    try:
        dst = open_database(destination)
    except BaseException:
        src.close()
        raise
    try:
        tables = _tables()
        filled = [t.name for t in tables if _count(dst, t)]
        if filled and not replace:
            raise UserError(
                _(
                    "La destination « {target} » contient déjà un événement (tables {tables}) : "
                    "choisissez une base vide, ou ajoutez --replace pour l'écraser."
                ).format(target=masked(dst.url), tables=", ".join(filled[:4]))
            )
        rows: dict[str, int] = {}
        with src.snapshot() as reading, dst.sessions.begin() as writing:
            for table in reversed(tables):
                writing.execute(delete(table))
            for table in tables:
                result = reading.execute(select(table))
                names = list(result.keys())
                count = 0
                while chunk := result.fetchmany(CHUNK):
                    writing.execute(
                        insert(table), [dict(zip(names, r, strict=True)) for r in chunk]
                    )
                    count += len(chunk)
                rows[table.name] = count
            advance_sequences(writing, [t for t in tables if "id" in t.c and t.c.id.primary_key])
        _check_equal(src, dst, tables)
        return CopyReport(masked(src.url), masked(dst.url), rows)
    finally:
        src.close()
        dst.close()


def _check_equal(src: Database, dst: Database, tables: list[Table]) -> None:
    for table in tables:
        before, after = _rows(src, table), _rows(dst, table)
        if before != after:
            differing = next(
                (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                min(len(before), len(after)),
            )
            raise UserError(
                _(
                    "La copie diffère de l'original dans la table {table} (ligne {row} ; "
                    "{before} lignes d'un côté, {after} de l'autre) : ne l'utilisez pas, "
                    "recommencez avec --replace."
                ).format(table=table.name, row=differing + 1, before=len(before), after=len(after))
            )
