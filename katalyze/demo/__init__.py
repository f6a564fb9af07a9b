"""The demo event: a realistic evening, deterministic for a seed, scalable.

``build_demo`` writes the 15 projects of the Amiens brochure (more tables for
large crowds), a holder and a host for each table, a few volunteers and a
crowd of visitors with a realistic mix of roles, organisations, ranked wishes
and offers. Later stages replay the evening: arrivals at the door, placement,
captured notes. Each stage lives with its capability and is found by name, so
the demo grows with the application.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from katalyze.db import Database
from katalyze.db.models import Participant, Project, Role, Wish, utcnow
from katalyze.db.sequences import advance_sequences
from katalyze.demo.people import (
    DISTRICTS,
    EMAIL_DOMAINS_CITIZEN,
    EXTRA_PROJECT_THEMES,
    FIRST_NAMES,
    LAST_NAMES,
    OFFER_HABITS,
    ORGANISATIONS,
    VISITOR_MIX,
)
from katalyze.errors import NotAvailable, UserError
from katalyze.events import event_in
from katalyze.i18n import _
from katalyze.paths import resource_path
from katalyze.progress import ProgressFn, report
from katalyze.text import fold
from katalyze.vocabulary import STAGES

PROJECTS_CSV = resource_path("katalyze", "demo", "projets.csv")
MAX_PARTICIPANTS = 10_000
DEMO_DATE = dt.date(2026, 3, 26)

# Later stages, each owned by its capability: "module:function(db, rng, progress)".
STAGE_STEPS: dict[str, str] = {
    "arrived": "katalyze.checkin.demo:simulate_arrivals",
    "assigned": "katalyze.assignment.demo:simulate_assignment",
    "done": "katalyze.capture.demo:simulate_capture",
}


@dataclass(frozen=True)
class DemoSummary:
    participants: int
    projects: int
    stage: str
    seed: int

    def to_json(self) -> dict[str, Any]:
        return {
            "participants": self.participants,
            "projects": self.projects,
            "stage": self.stage,
            "seed": self.seed,
        }


def default_tables(participants: int) -> int:
    """15 tables up to 500 people (the brochure), then one table per 50."""
    return 15 if participants <= 500 else math.ceil(participants / 50)


def _load_stage(stage: str) -> Callable[..., None]:
    target = STAGE_STEPS[stage]
    module_name, _colon, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise NotAvailable(
            _("L'étape de démo « {stage} » n'est pas encore disponible dans cette version.").format(
                stage=stage
            )
        ) from exc
    return getattr(module, function)


def build_demo(
    db: Database,
    participants: int = 120,
    stage: str = "registered",
    seed: int = 1,
    tables: int | None = None,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    """Fill an empty event with the demo evening, up to ``stage``."""
    if stage not in STAGES:
        raise UserError(
            _("Étape inconnue « {stage} » : choisissez parmi {names}.").format(
                stage=stage, names=", ".join(STAGES)
            )
        )
    n_tables = tables or default_tables(participants)
    staff = 2 * n_tables + max(2, participants // 60)
    if not staff + 10 <= participants <= MAX_PARTICIPANTS:
        raise UserError(
            _(
                "La démo accepte de {staff} à {MAX_PARTICIPANTS} participants pour {n_tables} "
                "tables (demandé : {participants})."
            ).format(
                staff=staff + 10,
                MAX_PARTICIPANTS=MAX_PARTICIPANTS,
                n_tables=n_tables,
                participants=participants,
            )
        )
    if n_tables < 1 or n_tables > 400:
        raise UserError(_("La démo accepte de 1 à 400 tables."))
    # Check every later stage exists before writing anything.
    steps = [(s, _load_stage(s)) for s in STAGES[1 : STAGES.index(stage) + 1]]
    rng = random.Random(seed)
    with db.sessions.begin() as session:
        existing = session.scalar(select(func.count()).select_from(Participant))
        if existing:
            raise UserError(
                _(
                    "Cet événement contient déjà {existing} participants : la démo se construit dans "
                    "un fichier neuf (donnez un autre --db)."
                ).format(existing=existing)
            )
        event = event_in(session)
        event.name = "KatalyZe — Amiens Métropole (démo)"
        event.date = DEMO_DATE
        event.venue = "La Machinerie, 2 rue de la Ville, Amiens"
        event.settings = {**(event.settings or {}), "demo_seed": seed, "rounds": 2}
        roles = {r.key: r.id for r in session.scalars(select(Role))}
        report(progress, 0, participants, "Projets")
        projects = _write_projects(session, rng, n_tables, participants)
        _write_people(session, rng, roles, projects, participants, progress)
    for done, (name, step) in enumerate(steps, start=1):
        report(progress, participants + done, participants + len(steps), name)
        step(db, random.Random(f"{seed}-{name}"), progress=None)
    return DemoSummary(participants=participants, projects=len(projects), stage=stage, seed=seed)


@dataclass
class _Project:
    id: int
    title: str
    lead_organisation: str
    popularity: float


def _brochure_rows() -> list[dict[str, str]]:
    with PROJECTS_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


NEED_WORDS = {
    "financement": "financement",
    "lieu": "lieu",
    "partenaires": "partenaires",
    "ingenierie": "ingenierie",
    "competences": "competences",
    "juridique": "juridique",
}


def _write_projects(session: Any, rng: random.Random, n_tables: int, crowd: int) -> list[_Project]:
    rows = _brochure_rows()
    average = crowd / n_tables
    # The brochure's 5–10 seats while the crowd fits comfortably, larger tables beyond.
    brochure_max = max(int(r["Places max"]) for r in rows)
    if crowd <= 0.85 * brochure_max * n_tables:
        min_seats, max_seats = min(int(r["Places min"]) for r in rows), brochure_max
    else:
        max_seats = math.ceil(average * 1.3)
        min_seats = max(3, math.floor(average * 0.5))
    specs: list[tuple[str, str, str, list[str]]] = []
    for row in rows:
        needs = [NEED_WORDS[fold(w)] for w in row["Besoins"].split(",") if fold(w) in NEED_WORDS]
        specs.append((row["Projet"], row["Structure porteuse"], row["Thématique"], needs))
    leads = ORGANISATIONS["membre"]
    extra = 0
    while len(specs) < n_tables:
        title, theme, needs = EXTRA_PROJECT_THEMES[extra % len(EXTRA_PROJECT_THEMES)]
        cycle = extra // len(EXTRA_PROJECT_THEMES)
        if cycle:
            title = f"{title} — {DISTRICTS[(cycle - 1) % len(DISTRICTS)]}"
            if cycle > len(DISTRICTS):
                title = f"{title} {cycle // len(DISTRICTS) + 1}"
        specs.append((title, leads[extra % len(leads)], theme, list(needs)))
        extra += 1
    projects: list[_Project] = []
    for number, (title, lead, theme, needs) in enumerate(specs[:n_tables], start=1):
        project = Project(
            table_number=number,
            table_label="",
            title=title,
            holder="",
            lead_organisation=lead,
            theme=theme,
            description="",
            needs=needs,
            needs_other="",
            min_seats=min_seats,
            max_seats=max_seats,
        )
        session.add(project)
        session.flush()
        # A few projects draw the crowd, most get a fair share (Zipf-like).
        projects.append(_Project(project.id, title, lead, 1.0 / (1 + rng.random() * 3)))
    return projects


def _pick_role(rng: random.Random) -> str:
    keys = list(VISITOR_MIX)
    return rng.choices(keys, weights=[VISITOR_MIX[k] for k in keys])[0]


class _Names:
    """Unique e-mails for invented people."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.emails: set[str] = set()

    def person(self) -> tuple[str, str]:
        return self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)

    def email(self, first: str, last: str, organisation: str) -> str:
        if organisation:
            domain = fold(organisation).replace(" ", "")[:18] + ".example"
        else:
            domain = self.rng.choice(EMAIL_DOMAINS_CITIZEN)
        local = f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}"
        candidate, n = f"{local}@{domain}", 2
        while candidate in self.emails:
            candidate, n = f"{local}{n}@{domain}", n + 1
        self.emails.add(candidate)
        return candidate


def _phone(rng: random.Random) -> str:
    return f"0{rng.choice('67')} " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))


def _offers(rng: random.Random, role: str) -> list[str]:
    return [o for o, p in OFFER_HABITS.get(role, {}).items() if rng.random() < p]


def _write_people(
    session: Any,
    rng: random.Random,
    roles: dict[str, int],
    projects: list[_Project],
    total: int,
    progress: ProgressFn | None,
) -> None:
    names = _Names(rng)
    now = utcnow()
    rows: list[dict[str, Any]] = []
    wishes: list[dict[str, Any]] = []
    next_id = (session.scalar(select(func.max(Participant.id))) or 0) + 1

    def add(role: str, organisation: str, **extra: Any) -> dict[str, Any]:
        nonlocal next_id
        first, last = names.person()
        row = {
            "id": next_id,
            "first_name": first,
            "last_name": last,
            "email": names.email(first, last, organisation),
            "phone": _phone(rng),
            "organisation": organisation,
            "role_id": roles[role],
            "offers": _offers(rng, role),
            "consent_contact": rng.random() < 0.85,
            "sources": ["démo"],
            "cancelled": False,
            "notes": "",
            "home_project_id": None,
            "walk_in": False,
            "badge_code": None,
            "badge_printed_at": None,
            "created_at": now,
            "updated_at": now,
        }
        row.update(extra)
        rows.append(row)
        next_id += 1
        return row

    holders: dict[int, str] = {}
    for project in projects:
        holder = add("porteur", project.lead_organisation, home_project_id=project.id)
        holder["consent_contact"] = True
        holders[project.id] = f"{holder['first_name']} {holder['last_name']}"
        add("animateur", "PTCE Une ville idéale", home_project_id=project.id)
    for _round in range(max(2, total // 60)):
        add("benevole", rng.choice(ORGANISATIONS["benevole"]))
    weights = [p.popularity for p in projects]
    while len(rows) < total:
        role = _pick_role(rng)
        organisation = rng.choice(ORGANISATIONS[role])
        if role == "citoyen" and rng.random() < 0.15:
            organisation = rng.choice(ORGANISATIONS["membre"])
        row = add(role, organisation, cancelled=rng.random() < 0.03)
        n_wishes = rng.choices((0, 1, 2, 3), weights=(0.12, 0.1, 0.18, 0.6))[0]
        chosen: list[int] = []
        while len(chosen) < min(n_wishes, len(projects)):
            pick = rng.choices(projects, weights=weights)[0].id
            if pick not in chosen:
                chosen.append(pick)
        wishes.extend(
            {"participant_id": row["id"], "rank": rank, "project_id": pid}
            for rank, pid in enumerate(chosen, start=1)
        )
        if len(rows) % 500 == 0:
            report(progress, len(rows), total, "Participants")
    session.execute(insert(Participant), rows)
    advance_sequences(session, [Participant.__table__])
    if wishes:
        session.execute(insert(Wish), wishes)
    for project in session.scalars(select(Project)):
        project.holder = holders.get(project.id, "")
    report(progress, total, total, "Participants")
