"""What the Accueil screen asks the database worker to do (plain functions,
run on the worker thread; their results come back to the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from katalyze.checkin import service
from katalyze.checkin.issuing import badge_tag
from katalyze.checkin.search import NameIndex
from katalyze.checkin.service import ArrivalCounts, ArrivalInfo, ScanResult
from katalyze.db import Database
from katalyze.events import RoleInfo, list_roles
from katalyze.participants import (
    ParticipantDraft,
    ParticipantInfo,
    get_participant,
    list_participants,
)
from katalyze.paths import data_home
from katalyze.projects import ProjectInfo, list_projects
from ui.accueil.arrivals import LATEST_LIMIT


@dataclass(frozen=True)
class IndexData:
    """What the screen keeps in memory: the name index, the roles and the
    projects (for the walk-in form), the event's code tag (scan recognition)."""

    index: NameIndex
    roles: list[RoleInfo]
    projects: list[ProjectInfo]
    tag: str


def load_index(db: Database) -> IndexData:
    return IndexData(
        NameIndex.build(list_participants(db)), list_roles(db), list_projects(db), badge_tag(db)
    )


def load_counts(db: Database) -> tuple[ArrivalCounts, list[ArrivalInfo]]:
    return service.arrival_counts(db), service.latest_arrivals(db, limit=LATEST_LIMIT)


def walk_in(
    db: Database,
    register: Callable[..., ScanResult],
    draft: ParticipantDraft,
    station: str,
    badge_code: str | None = None,
) -> tuple[ScanResult, ParticipantInfo | None]:
    """Register and check in at once through ``register`` (the door's link);
    the person comes back for the index (``None`` while kept offline)."""
    result = register(draft, station, badge_code)
    if result.participant_id is None:
        return result, None
    return result, get_participant(db, result.participant_id)


def badge_pdf(db: Database, participant_id: int) -> Path:
    """One A6 badge, ready to print, in the cache folder."""
    from katalyze.badges import render_badges

    folder = data_home() / "cache" / "badges"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"badge-{participant_id}.pdf"
    render_badges(db, path, layout="a6", participant_ids=[participant_id])
    return path
