"""Export everything at once: one action sheet per project, the booklet, the
workbook and the CSV of actions.

Works at any moment of the evening (an empty table gives an empty sheet).
Each file is written to a temporary file in the same folder and renamed over
the final name only once complete, so a crash, a full disk or a cancel never
leaves a half-written file behind (the previous export, if any, stays whole).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from katalyze.attendance import Attendance
from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.exports.action_sheet import write_action_sheet
from katalyze.exports.booklet import write_booklet
from katalyze.exports.csv_actions import write_actions_csv
from katalyze.exports.data import (
    EveningData,
    ProjectSheetData,
    action_counts,
    load_evening,
)
from katalyze.exports.figures import evening_attendance
from katalyze.exports.workbook import write_workbook
from katalyze.files import atomic_target
from katalyze.i18n import _, using_language
from katalyze.progress import ProgressFn, report
from katalyze.text import fold

BOOKLET_NAME = "livret-restitution.pdf"
WORKBOOK_NAME = "classeur-katalyze.xlsx"
CSV_NAME = "actions.csv"


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    kind: str  # "sheet", "booklet", "workbook", "csv"
    label: str  # what it is, for a list shown to a person
    project_id: int | None = None
    size: int = 0  # bytes


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: tuple[ExportedFile, ...]
    projects: int
    attendance: Attendance
    """The people, counted as every screen counts them (:mod:`katalyze.attendance`)."""
    actions: int
    actions_by_status: dict[str, int]

    @property
    def participants_registered(self) -> int:
        """Signed up beforehand, not cancelled (walk-ins excluded)."""
        return self.attendance.registered

    @property
    def participants_arrived(self) -> int:
        """Checked in and not cancelled, walk-ins included."""
        return self.attendance.arrived

    def to_json(self) -> dict[str, object]:
        return {
            "folder": str(self.folder),
            "files": [
                {
                    "path": str(f.path),
                    "kind": f.kind,
                    "label": f.label,
                    "project_id": f.project_id,
                    "size": f.size,
                }
                for f in self.files
            ],
            "projects": self.projects,
            "participants_registered": self.participants_registered,
            "participants_walk_ins": self.attendance.walk_ins,
            "participants_cancelled": self.attendance.cancelled,
            "participants_expected": self.attendance.expected,
            "participants_arrived": self.participants_arrived,
            "actions": self.actions,
            "actions_by_status": self.actions_by_status,
        }


def slugify(text: str, limit: int = 60) -> str:
    slug = fold(text).replace(" ", "-")
    return slug[:limit].rstrip("-") or "projet"


def sheet_file_name(table: str, title: str, width: int = 2) -> str:
    number = table.zfill(width) if table.isdigit() else slugify(table, 20)
    return f"fiche-table-{number}-{slugify(title)}.pdf"


def _prepare(out_dir: Path) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            _(
                "Impossible de créer le dossier « {out_dir} » ({value}). Choisissez un autre "
                "dossier."
            ).format(out_dir=out_dir, value=exc.strerror or exc)
        ) from exc
    if not os.access(out_dir, os.W_OK):
        raise UserError(
            _(
                "Le dossier « {out_dir} » n'est pas accessible en écriture. Choisissez un autre "
                "dossier."
            ).format(out_dir=out_dir)
        )
    return out_dir


DOCUMENT_LANGUAGE = "fr"


def _write(final: Path, writer: Callable[[Path], object]) -> int:
    """Write ``final`` through ``writer`` atomically; returns its size."""
    try:
        # The documents are the PTCE's, written in French whatever the
        # interface's language (their vocabulary too: needs, statuses, counts).
        with atomic_target(final) as temp, using_language(DOCUMENT_LANGUAGE):
            writer(temp)
        return final.stat().st_size
    except OSError as exc:
        raise UserError(
            _(
                "L'écriture de « {name} » dans « {parent} » a échoué ({value}). Vérifiez la "
                "place disponible et les droits du dossier, puis relancez l'export."
            ).format(name=final.name, parent=final.parent, value=exc.strerror or exc)
        ) from exc


def export_all(
    db: Database, out_dir: Path | str, progress: ProgressFn | None = None
) -> ExportResult:
    """Write every export into ``out_dir`` (created if needed)."""
    folder = _prepare(Path(out_dir).expanduser())
    report(progress, 0, 1, _("Lecture de la soirée"))
    data = load_evening(db)
    return export_data(data, folder, progress)


def export_data(
    data: EveningData, folder: Path, progress: ProgressFn | None = None
) -> ExportResult:
    sheets = data.projects
    # Steps: one per sheet, the booklet weighs as much as all sheets, then 2.
    total = 2 * len(sheets) + 3
    done = 0
    files: list[ExportedFile] = []
    pages: dict[int, int] = {}
    width = max([2, *(len(s.table) for s in sheets if s.table.isdigit())])
    for sheet in sheets:
        report(
            progress, done, total, _("Fiche action de la table {table}").format(table=sheet.table)
        )
        path = folder / sheet_file_name(sheet.table, sheet.title, width)

        def write_sheet(temp: Path, sheet: ProjectSheetData = sheet) -> None:
            pages[sheet.id] = write_action_sheet(data, sheet, temp)

        size = _write(path, write_sheet)
        label = _("Table {table} — {title}").format(table=sheet.table, title=sheet.title)
        files.append(ExportedFile(path, "sheet", label, sheet.id, size))
        done += 1

    report(progress, done, total, _("Livret de restitution"))

    def booklet_progress(step: int, steps: int, message: str = "") -> None:
        report(progress, done + min(step, steps) * max(len(sheets), 1) // steps, total, message)

    booklet = folder / BOOKLET_NAME
    size = _write(booklet, lambda temp: write_booklet(data, temp, booklet_progress, pages))
    files.append(
        ExportedFile(booklet, "booklet", _("Livret de restitution (toutes les fiches)"), size=size)
    )
    done += max(len(sheets), 1)

    report(progress, done, total, "Classeur Excel")
    workbook = folder / WORKBOOK_NAME
    size = _write(workbook, lambda temp: write_workbook(data, temp))
    files.append(
        ExportedFile(workbook, "workbook", _("Classeur Excel (toutes les données)"), size=size)
    )
    done += 1

    report(progress, done, total, "Actions (CSV)")
    csv_path = folder / CSV_NAME
    size = _write(csv_path, lambda temp: write_actions_csv(data, temp))
    files.append(ExportedFile(csv_path, "csv", _("Actions (CSV pour tableur)"), size=size))
    done += 1
    report(progress, total, total, _("Export terminé"))

    statuses = action_counts(data)
    return ExportResult(
        folder=folder,
        files=tuple(files),
        projects=len(sheets),
        attendance=evening_attendance(data),
        actions=sum(statuses.values()),
        actions_by_status=statuses,
    )


@dataclass(frozen=True)
class EveningSummary:
    """The figures the Restitution screen shows before and after an export."""

    event_name: str
    attendance: Attendance
    """The people, counted as every screen counts them (:mod:`katalyze.attendance`)."""
    projects: int
    items: int
    actions_by_status: dict[str, int]
    actions_without_responsible: int
    actions_without_due: int

    @property
    def actions(self) -> int:
        return sum(self.actions_by_status.values())


def evening_summary(db: Database) -> EveningSummary:
    data = load_evening(db)
    actions = [i for i in data.items if i.kind == "action"]
    return EveningSummary(
        event_name=data.event_name,
        attendance=evening_attendance(data),
        projects=len(data.projects),
        items=len(data.items),
        actions_by_status=action_counts(data),
        actions_without_responsible=sum(1 for a in actions if not a.responsible.strip()),
        actions_without_due=sum(1 for a in actions if a.due is None),
    )
