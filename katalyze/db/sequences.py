"""Keep PostgreSQL's id sequences ahead of rows written with explicit ids.

SQLite gives a new row ``max(id) + 1``; PostgreSQL draws ids from a sequence
that an ``INSERT`` naming its own ids does not move, so the next ordinary
insert would collide (``UniqueViolation ... pk_participant``). Whoever writes
explicit ids (the demo, the walk-ins of the demo door, ``katalyze copy``)
calls :func:`advance_sequences` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, text
from sqlalchemy.orm import Session


def advance_sequences(session: Session, tables: Iterable[Table | str]) -> None:
    """Set each table's ``id`` sequence to its largest id (no-op on SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        name = table if isinstance(table, str) else table.name
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{name}"), 1), '
                f'(SELECT MAX(id) FROM "{name}") IS NOT NULL)'
            ),
            {"table": name},
        )
