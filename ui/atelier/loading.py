"""What the capture panel loads for a table (on the worker), and the
laptop's station name under which its drafts are kept."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from katalyze.capture import service
from katalyze.capture.drafts import DraftInfo, DraftKey, get_draft
from katalyze.capture.service import ItemInfo, SeatedPerson, SynthesisInfo, TableView
from katalyze.capture.tables import all_people
from katalyze.db import Database
from katalyze.projects import ProjectInfo, list_projects
from ui.context import EventContext


@dataclass(frozen=True)
class TableState:
    """Everything the panel shows for a table and round (loaded on the worker)."""

    key: DraftKey
    view: TableView
    items: list[ItemInfo]
    synthesis: SynthesisInfo
    draft: DraftInfo | None
    others: list[SeatedPerson]


def load_table_state(db: Database, key: DraftKey) -> TableState:
    return TableState(
        key=key,
        view=service.table_view(db, key.project_id, key.round),
        items=service.list_items(db, key.project_id, key.round),
        synthesis=service.get_synthesis(db, key.project_id, key.round),
        draft=get_draft(db, key),
        others=all_people(db),
    )


def load_choices(db: Database) -> tuple[list[ProjectInfo], int]:
    return list_projects(db), service.rounds_in_use(db)


def station_name(ctx: EventContext) -> str:
    """This laptop's name for drafts (set once in its settings)."""
    name = str(ctx.settings.value("atelier/station", "") or "")
    if not name:
        name = (socket.gethostname() or "poste")[:60]
        ctx.settings.setValue("atelier/station", name)
        ctx.settings.sync()
    return name
