"""What the Préparation screen shows, loaded in one go on the database worker."""

from __future__ import annotations

from dataclasses import dataclass

from katalyze.db import Database
from katalyze.events import EventInfo, RoleInfo, get_event, list_roles
from katalyze.participants import ParticipantInfo, list_participants
from katalyze.projects import ProjectInfo, list_projects


@dataclass(frozen=True)
class PreparationData:
    event: EventInfo
    roles: tuple[RoleInfo, ...]
    projects: tuple[ProjectInfo, ...]
    participants: tuple[ParticipantInfo, ...]
    # Folded search text of each participant, computed here once per load
    # (on the worker), never per keystroke.
    search_keys: tuple[str, ...]
    # Folded (last name, first name) of each participant, the default sort.
    name_keys: tuple[tuple[str, str], ...]


def load_preparation(db: Database) -> PreparationData:
    """Everything the three tabs need (runs on the worker thread)."""
    people = list_participants(db)
    return PreparationData(
        event=get_event(db),
        roles=tuple(list_roles(db)),
        projects=tuple(list_projects(db)),
        participants=tuple(people),
        search_keys=tuple(p.search_text for p in people),
        name_keys=tuple(p.sort_key for p in people),
    )
