"""The event store: models, engine and migrations."""

from katalyze.db.engine import Database, open_database

__all__ = ["Database", "open_database"]
