"""Export everything at once: one action sheet per project, the booklet, the
workbook and the CSV of actions.

Works at any moment of the evening (an empty table gives an empty sheet).
Each file is written to a temporary file in the same folder and renamed over
the final name only once complete, so a crash, a full disk or a cancel never
leaves a half-written file behind (the previous export, if any, stays whole).

One file that cannot be rendered never stops the others: its failure is
recorded (:class:`ExportFailure`, with a crash report in the data folder), the
booklet is written without the sheets that failed, and every other file is
written. Only a folder or disk problem (a :class:`UserError`) or a cancel
stops the export.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from katalyze.attendance import Attendance
from katalyze.crash import report_crash
from katalyze.db import Database
from katalyze.errors import Cancelled, UserError
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
from katalyze.followup.data import load_followup
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
class ExportFailure:
    """A file that could not be written; the others were."""

    label: str  # which file, as in :attr:`ExportedFile.label`
    message: str  # the sentence to show (names the file and the crash report)
    project_id: int | None = None


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: tuple[ExportedFile, ...]
    projects: int
    attendance: Attendance
    """The people, counted as every screen counts them (:mod:`katalyze.attendance`)."""
    actions: int
    actions_by_status: dict[str, int]
    failures: tuple[ExportFailure, ...] = ()
    """Files that could not be rendered (every other file was written)."""

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
            "failures": [
                {"label": f.label, "message": f.message, "project_id": f.project_id}
                for f in self.failures
            ],
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
    data = replace(load_evening(db), followup=load_followup(db))
    return export_data(data, folder, progress)


def _attempt(
    label: str, failures: list[ExportFailure], action: Callable[[], int], project: int | None = None
) -> int | None:
    """Run ``action`` (one file's writing); a rendering failure is recorded in
    ``failures`` and gives ``None``. A cancel or a folder problem goes up."""
    try:
        return action()
    except (Cancelled, UserError, KeyboardInterrupt):
        raise
    except Exception as exc:  # one unrenderable file never stops the rest
        crash = report_crash(exc, f"export: {label}")
        message = _(
            "« {label} » n'a pas pu être écrit ; tous les autres fichiers l'ont été. {crash}"
        ).format(label=label, crash=crash)
        failures.append(ExportFailure(label, message, project))
        return None


def export_data(
    data: EveningData, folder: Path, progress: ProgressFn | None = None
) -> ExportResult:
    sheets = data.projects
    # Steps: one per sheet, the booklet weighs as much as all sheets, then 2.
    total = 2 * len(sheets) + 3
    done = 0
    files: list[ExportedFile] = []
    failures: list[ExportFailure] = []
    pages: dict[int, int] = {}
    width = max([2, *(len(s.table) for s in sheets if s.table.isdigit())])
    for sheet in sheets:
        report(
            progress, done, total, _("Fiche action de la table {table}").format(table=sheet.table)
        )
        path = folder / sheet_file_name(sheet.table, sheet.title, width)

        def write_sheet(temp: Path, sheet: ProjectSheetData = sheet) -> None:
            pages[sheet.id] = write_action_sheet(data, sheet, temp)

        label = _("Table {table} — {title}").format(table=sheet.table, title=sheet.title)
        size = _attempt(label, failures, lambda p=path, w=write_sheet: _write(p, w), sheet.id)
        if size is not None:
            files.append(ExportedFile(path, "sheet", label, sheet.id, size))
        done += 1

    report(progress, done, total, _("Livret de restitution"))

    def booklet_progress(step: int, steps: int, message: str = "") -> None:
        report(progress, done + min(step, steps) * max(len(sheets), 1) // steps, total, message)

    # The booklet holds the sheets that could be rendered on their own.
    failed = {f.project_id for f in failures}
    in_booklet = (
        dataclasses.replace(data, projects=tuple(s for s in sheets if s.id not in failed))
        if failed
        else data
    )
    booklet = folder / BOOKLET_NAME
    label = _("Livret de restitution (toutes les fiches)")
    size = _attempt(
        label,
        failures,
        lambda: _write(booklet, lambda t: write_booklet(in_booklet, t, booklet_progress, pages)),
    )
    if size is not None:
        files.append(ExportedFile(booklet, "booklet", label, size=size))
    done += max(len(sheets), 1)

    report(progress, done, total, _("Classeur Excel"))
    workbook = folder / WORKBOOK_NAME
    label = _("Classeur Excel (toutes les données)")
    size = _attempt(label, failures, lambda: _write(workbook, lambda t: write_workbook(data, t)))
    if size is not None:
        files.append(ExportedFile(workbook, "workbook", label, size=size))
    done += 1

    report(progress, done, total, _("Actions (CSV)"))
    csv_path = folder / CSV_NAME
    label = _("Actions (CSV pour tableur)")
    size = _attempt(label, failures, lambda: _write(csv_path, lambda t: write_actions_csv(data, t)))
    if size is not None:
        files.append(ExportedFile(csv_path, "csv", label, size=size))
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
        failures=tuple(failures),
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
