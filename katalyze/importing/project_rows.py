"""Projects import: one row per table; re-importing updates rather than duplicates.

A row names an existing project by its table number or its title; empty cells
never blank a field that already has a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from katalyze.db.models import Project
from katalyze.i18n import _
from katalyze.importing.mapping import ColumnMapping
from katalyze.importing.matching import match_needs
from katalyze.importing.reading import Table
from katalyze.importing.results import (
    ERROR,
    NEW,
    SKIPPED,
    UPDATED,
    WARNING,
    Problem,
    RowOutcome,
    quote,
)
from katalyze.progress import ProgressFn, report
from katalyze.text import best_match, fold

FIELD_LIMITS = {
    "title": 300,
    "holder": 200,
    "lead_organisation": 300,
    "theme": 200,
    "description": 20_000,
    "needs": 1000,
    "table": 40,
    "min_seats": 20,
    "max_seats": 20,
}
_NUMBER = re.compile(r"(\d{1,4})")


@dataclass(eq=False)
class ProjectDraftRow:
    existing_id: int | None
    table_number: int | None
    title: str
    table_label: str = ""
    holder: str = ""
    lead_organisation: str = ""
    theme: str = ""
    description: str = ""
    needs: list[str] = field(default_factory=list)
    needs_other: str = ""
    min_seats: int | None = None
    max_seats: int | None = None
    changed: bool = False
    origin: str = ""


class ProjectResolver:
    def __init__(self, session: Session) -> None:
        self.projects: list[ProjectDraftRow] = []
        for p in session.scalars(select(Project).order_by(Project.table_number)):
            self.projects.append(
                ProjectDraftRow(
                    existing_id=p.id,
                    table_number=p.table_number,
                    title=p.title,
                    table_label=p.table_label,
                    holder=p.holder,
                    lead_organisation=p.lead_organisation,
                    theme=p.theme,
                    description=p.description,
                    needs=list(p.needs or []),
                    needs_other=p.needs_other,
                    min_seats=p.min_seats,
                    max_seats=p.max_seats,
                    origin=_("projet de la table {table_number} déjà enregistré").format(
                        table_number=p.table_number
                    ),
                )
            )
        self.next_free = (session.scalar(select(func.max(Project.table_number))) or 0) + 1

    def _by_table(self, number: int) -> ProjectDraftRow | None:
        return next((p for p in self.projects if p.table_number == number), None)

    def _by_title(self, title: str) -> ProjectDraftRow | None:
        choices = {fold(p.title): p for p in self.projects}
        return best_match(title, choices, cutoff=92)

    def feed(
        self, table: Table, mapping: ColumnMapping, *, progress: ProgressFn | None = None
    ) -> tuple[list[RowOutcome], list[Problem]]:
        columns = mapping.mapped()
        outcomes: list[RowOutcome] = []
        problems: list[Problem] = []
        seen_in_file: set[int] = set()
        moved: list[ProjectDraftRow] = []
        for index, (cells, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
            report(
                progress,
                index,
                len(table.rows),
                _("{name} : ligne {number}").format(name=table.name, number=number),
            )

            cells = mapping.merged_cells(cells)

            def problem(name: str, severity: str, message: str, hint: str, n: int = number) -> None:
                column = columns.get(name)
                header = table.header_label(column) if column is not None else None
                problems.append(Problem(table.name, n, header, severity, message, hint))

            values: dict[str, str] = {}
            too_long = False
            for name, column in columns.items():
                value = " ".join(cells[column].split()) if name != "description" else cells[column]
                limit = FIELD_LIMITS.get(name, 1000)
                if len(value) > limit:
                    severity = ERROR if name == "title" else WARNING
                    problem(
                        name,
                        severity,
                        _("cellule trop longue ({count} caractères, au plus {limit})").format(
                            count=len(value), limit=limit
                        ),
                        _("la ligne est ignorée")
                        if name == "title"
                        else _("la valeur est ignorée"),
                    )
                    too_long = too_long or name == "title"
                    value = ""
                values[name] = value.strip()
            title = values.get("title", "")
            if too_long:
                outcomes.append(RowOutcome(number, SKIPPED, "", _("titre trop long")))
                continue
            if not title:
                problem(
                    "title",
                    ERROR,
                    _("titre de projet manquant"),
                    _("la ligne est ignorée ; complétez le titre dans le fichier"),
                )
                outcomes.append(RowOutcome(number, SKIPPED, "", _("titre manquant")))
                continue
            table_number: int | None = None
            table_label = ""
            if values.get("table"):
                match = _NUMBER.search(values["table"])
                if match and int(match.group(1)) >= 1:
                    table_number = int(match.group(1))
                    if not values["table"].isdigit():
                        table_label = values["table"]
                else:
                    problem(
                        "table",
                        WARNING,
                        _("numéro de table illisible {quote}").format(quote=quote(values["table"])),
                        _("le projet prend la prochaine table libre"),
                    )
            if table_number is not None and table_number in seen_in_file:
                problem(
                    "table",
                    ERROR,
                    _("la table {table_number} apparaît deux fois dans le fichier").format(
                        table_number=table_number
                    ),
                    _("la ligne est ignorée ; donnez un numéro de table différent à chaque projet"),
                )
                outcomes.append(RowOutcome(number, SKIPPED, title, _("table en double")))
                continue
            # A title names a project; a number only says where it sits.
            target = self._by_title(title)
            if target is None and table_number is not None:
                target = self._by_table(table_number)
            needs: list[str] = []
            needs_other = ""
            if values.get("needs"):
                needs, unmatched = match_needs(values["needs"])
                if unmatched:
                    needs_other = ", ".join(unmatched)
                    if "autre" not in needs:
                        needs.append("autre")
                    problem(
                        "needs",
                        WARNING,
                        _("besoin non reconnu {quote}").format(quote=quote(needs_other)),
                        _("classé en « Autre » avec ce texte"),
                    )
            seats: dict[str, int | None] = {}
            for name in ("min_seats", "max_seats"):
                text = values.get(name, "")
                seats[name] = None
                if text:
                    match = _NUMBER.fullmatch(text.replace(" ", ""))
                    if match:
                        seats[name] = int(match.group(1))
                    else:
                        problem(
                            name,
                            WARNING,
                            _("nombre de places illisible {quote}").format(quote=quote(text)),
                            _("la valeur par défaut est gardée"),
                        )
            low, high = seats["min_seats"], seats["max_seats"]
            if low is not None and high is not None and low > high:
                problem(
                    "min_seats",
                    WARNING,
                    _("le minimum de places ({low}) dépasse le maximum ({high})").format(
                        low=low, high=high
                    ),
                    _("le minimum est ramené au maximum"),
                )
                seats["min_seats"] = high
            if high is not None and high < 1:
                problem("max_seats", WARNING, _("une table a au moins 1 place"), _("ramené à 1"))
                seats["max_seats"] = 1
            fields = {
                "title": title,
                "table_label": table_label,
                "holder": values.get("holder", ""),
                "lead_organisation": values.get("lead_organisation", ""),
                "theme": values.get("theme", ""),
                "description": values.get("description", ""),
                "needs": needs,
                "needs_other": needs_other,
                "min_seats": seats["min_seats"],
                "max_seats": seats["max_seats"],
            }
            if target is None:
                if table_number is None:
                    table_number = self._free_number()
                draft = ProjectDraftRow(
                    existing_id=None,
                    table_number=table_number,
                    title=title,
                    changed=True,
                    origin=_("{name}, ligne {number}").format(name=table.name, number=number),
                )
                _fill(draft, fields)
                self.projects.append(draft)
                outcomes.append(
                    RowOutcome(
                        number,
                        NEW,
                        title,
                        _("table {table_number}").format(table_number=table_number),
                    )
                )
            else:
                if target.existing_id is None:
                    problem(
                        "title",
                        ERROR,
                        _("ce projet figure déjà dans les fichiers importés ({origin})").format(
                            origin=target.origin
                        ),
                        _("la ligne est ignorée"),
                    )
                    outcomes.append(RowOutcome(number, SKIPPED, title, _("projet en double")))
                    continue
                if table_number is not None and target.table_number != table_number:
                    target.table_number = table_number
                    target.changed = True
                    moved.append(target)
                if _fill(target, fields):
                    target.changed = True
                outcomes.append(
                    RowOutcome(
                        number,
                        UPDATED,
                        title,
                        _("table {table_number}").format(table_number=target.table_number),
                    )
                )
            seen_in_file.add(
                table_number if table_number is not None else target.table_number  # type: ignore[union-attr]
            )
        problems.extend(self._settle(table, moved, seen_in_file))
        return outcomes, problems

    def _settle(
        self, table: Table, moved: list[ProjectDraftRow], claimed: set[int]
    ) -> list[Problem]:
        """Projects left on a table another project took get the next free table."""
        problems = []
        for mover in moved:
            for other in self.projects:
                if other is mover or other.table_number != mover.table_number:
                    continue
                if other.table_number in claimed and other in moved:
                    continue
                other.table_number = self._free_number(exclude=other)
                other.changed = True
                problems.append(
                    Problem(
                        table.name,
                        None,
                        None,
                        WARNING,
                        _("la table {table_number} est désormais celle de « {title} »").format(
                            table_number=mover.table_number, title=mover.title
                        ),
                        _("« {title} » passe à la table {table_number}").format(
                            title=other.title, table_number=other.table_number
                        ),
                    )
                )
        return problems

    def _free_number(self, exclude: ProjectDraftRow | None = None) -> int:
        used = {p.table_number for p in self.projects if p is not exclude}
        number = 1
        while number in used:
            number += 1
        return number


def _fill(draft: ProjectDraftRow, fields: dict[str, object]) -> bool:
    """Set every non-empty value; returns whether something changed."""
    changed = False
    for name, value in fields.items():
        if value in ("", None, []):
            continue
        if getattr(draft, name) != value:
            setattr(draft, name, value)
            changed = True
    return changed


def write_projects(
    session: Session, resolver: ProjectResolver, *, progress: ProgressFn | None = None
) -> tuple[int, int]:
    """Create and update the projects; table numbers are swapped safely."""
    new = [p for p in resolver.projects if p.existing_id is None]
    changed = [p for p in resolver.projects if p.existing_id is not None and p.changed]
    rows = {p.existing_id: session.get(Project, p.existing_id) for p in changed}
    # Park renumbered projects on negative numbers first, so that two projects
    # swapping tables never meet on the unique table number.
    moved = [p for p in changed if rows[p.existing_id].table_number != p.table_number]
    for i, p in enumerate(moved, start=1):
        rows[p.existing_id].table_number = -i
    session.flush()
    for i, p in enumerate(changed):
        row = rows[p.existing_id]
        _copy(row, p)
        report(progress, i, len(changed) + len(new), _("Mise à jour des projets"))
    session.flush()
    for i, p in enumerate(new):
        row = Project(table_number=p.table_number)
        _copy(row, p)
        session.add(row)
        report(progress, len(changed) + i, len(changed) + len(new), _("Création des projets"))
    session.flush()
    return len(new), len(changed)


def _copy(row: Project, p: ProjectDraftRow) -> None:
    row.table_number = p.table_number  # type: ignore[assignment]
    row.title, row.table_label, row.holder = p.title, p.table_label, p.holder
    row.lead_organisation, row.theme, row.description = p.lead_organisation, p.theme, p.description
    row.needs, row.needs_other = list(p.needs), p.needs_other
    row.min_seats = p.min_seats if p.min_seats is not None else 0
    row.max_seats = p.max_seats if p.max_seats is not None else 10
    if row.min_seats > row.max_seats:
        row.min_seats = row.max_seats
