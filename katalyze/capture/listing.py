"""``katalyze list items --json``: every captured item, table by table."""

from __future__ import annotations

from typing import Any

from katalyze.db import Database


def list_items_json(db: Database) -> list[dict[str, Any]]:
    """One JSON object per item not deleted (see ``ItemInfo.to_json``)."""
    from katalyze.capture.service import list_items

    return [item.to_json() for item in list_items(db)]
