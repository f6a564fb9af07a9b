"""The first records an import would store, as they would be stored.

The review dialog shows them under the counts, so a wrong mapping (first and
last names swapped, the organisation in the role) is seen before importing.
Values are plain strings keyed by field code; the front labels the fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from katalyze.importing.people import PeopleResolver, Person
from katalyze.importing.project_rows import ProjectDraftRow, ProjectResolver

PREVIEW_ROWS = 8  # records shown: enough to see the columns land right

PEOPLE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "organisation",
    "role",
    "wishes",
    "offers",
    "consent",
)
PROJECT_FIELDS = ("table", "title", "holder", "lead_organisation", "theme", "needs", "max_seats")


@dataclass(frozen=True)
class PreviewRow:
    """One record: ``new`` (created) or ``completed`` (an existing one changed)."""

    outcome: str
    values: tuple[tuple[str, str], ...]  # (field code, value as stored)

    def value(self, field: str) -> str:
        return dict(self.values).get(field, "")


def preview_rows(resolver: PeopleResolver | ProjectResolver) -> tuple[PreviewRow, ...]:
    if isinstance(resolver, PeopleResolver):
        people = [
            *resolver.new_people(),
            *resolver.changed_people(),
        ][:PREVIEW_ROWS]
        return tuple(_person_row(resolver, p) for p in people)
    projects = [p for p in resolver.projects if p.existing_id is None or p.changed]
    return tuple(_project_row(p) for p in projects[:PREVIEW_ROWS])


def _join(values: Sequence[str]) -> str:
    return ", ".join(v for v in values if v)


def _person_row(resolver: PeopleResolver, p: Person) -> PreviewRow:
    titles = resolver.projects.titles
    consent = p.consent if p.consent is not None else p.consent_db
    values = {
        "first_name": p.first_name,
        "last_name": p.last_name,
        "email": p.email or "",
        "phone": p.phone,
        "organisation": p.organisation,
        "role": resolver.roles.labels.get(p.role_id, "") if p.role_id is not None else "",
        "wishes": _join([titles.get(w, "") for w in p.wishes]),
        "offers": _join(p.offers),
        "consent": "✓" if consent else "",
    }
    outcome = "new" if p.existing_id is None else "completed"
    return PreviewRow(outcome, tuple((f, values[f]) for f in PEOPLE_FIELDS))


def _project_row(p: ProjectDraftRow) -> PreviewRow:
    values = {
        "table": str(p.table_number or ""),
        "title": p.title,
        "holder": p.holder,
        "lead_organisation": p.lead_organisation,
        "theme": p.theme,
        "needs": _join(p.needs),
        "max_seats": str(p.max_seats or ""),
    }
    outcome = "new" if p.existing_id is None else "completed"
    return PreviewRow(outcome, tuple((f, values[f]) for f in PROJECT_FIELDS))
