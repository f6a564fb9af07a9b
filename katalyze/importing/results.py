"""What an import found and did: problems, row outcomes, per-file and overall reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from katalyze.i18n import N_, _
from katalyze.importing.mapping import ColumnMapping
from katalyze.importing.reading import Table

# Severity of a problem: the row was not imported / a value was left out /
# something worth knowing (a merge kept an existing value).
ERROR, WARNING, INFO = "error", "warning", "info"

# Outcome of a data row.
NEW, MERGED, UPDATED, SKIPPED = "new", "merged", "updated", "skipped"

OUTCOME_LABELS = {
    NEW: N_("nouveau"),
    MERGED: N_("fusionné"),
    UPDATED: N_("mis à jour"),
    SKIPPED: N_("ignoré"),
}

MAX_QUOTE = 60


def quote(value: str) -> str:
    """A cell value as it goes in a message: short, on one line."""
    text = " ".join(str(value).split())
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE - 1] + "…"
    return f"« {text} »"


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file, where it is and what to do about it."""

    file: str
    row: int | None  # as the user sees it in a spreadsheet
    column: str | None  # the file's header
    severity: str
    message: str  # what is wrong
    hint: str = ""  # what happened to the value / what to do

    @property
    def place(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(_("ligne {row}").format(row=self.row))
        if self.column:
            parts.append(_("colonne « {column} »").format(column=self.column))
        return ", ".join(parts)

    def __str__(self) -> str:
        text = f"{self.place} : {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass(frozen=True)
class RowOutcome:
    row: int
    outcome: str  # NEW, MERGED, UPDATED or SKIPPED
    label: str  # who / which project
    detail: str = ""  # merged with whom, why skipped

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "outcome": self.outcome,
            "label": self.label,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class FilePlan:
    """One file as it would be imported: how it was read and mapped, and each row's fate."""

    path: Path
    table: Table | None
    mapping: ColumnMapping | None
    rows: tuple[RowOutcome, ...] = ()
    problems: tuple[Problem, ...] = ()
    fatal: str | None = None  # why this file cannot be imported at all

    @property
    def name(self) -> str:
        return self.path.name

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def data_rows(self) -> int:
        return len(self.table.rows) if self.table else 0

    def report(self) -> FileReport:
        return FileReport(
            file=self.name,
            path=str(self.path),
            data_rows=self.data_rows,
            imported=self.count(NEW),
            merged=self.count(MERGED),
            updated=self.count(UPDATED),
            skipped=self.count(SKIPPED),
            blank_rows=self.table.blank_rows if self.table else 0,
            problems=self.problems,
            fatal=self.fatal,
            read_as=self.table.describe() if self.table else "",
        )


@dataclass(frozen=True)
class FileReport:
    file: str
    path: str
    data_rows: int
    imported: int
    merged: int
    updated: int
    skipped: int
    blank_rows: int = 0
    problems: tuple[Problem, ...] = ()
    fatal: str | None = None
    read_as: str = ""

    @property
    def accounted(self) -> bool:
        """Every data row is counted exactly once."""
        return self.imported + self.merged + self.updated + self.skipped == self.data_rows

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "path": self.path,
            "read_as": self.read_as,
            "rows": self.data_rows,
            "imported": self.imported,
            "merged": self.merged,
            "updated": self.updated,
            "skipped": self.skipped,
            "blank_rows": self.blank_rows,
            "fatal": self.fatal,
            "problems": [p.to_json() for p in self.problems],
        }


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, file by file; nothing is written yet."""

    kind: str  # "participants" or "projects"
    files: tuple[FilePlan, ...]
    # Participants (or projects) the import would create / change in the database.
    creates: int = 0
    changes: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    # The first records as they would be stored (katalyze.importing.preview).
    preview: tuple[Any, ...] = field(default_factory=tuple)

    @property
    def fatal(self) -> str | None:
        """The first reason the import cannot run, as a sentence."""
        for f in self.files:
            if f.fatal:
                return f.fatal
        return None

    @property
    def can_apply(self) -> bool:
        return bool(self.files) and self.fatal is None

    def report(self, *, dry_run: bool = True) -> ImportReport:
        return ImportReport(
            kind=self.kind,
            dry_run=dry_run,
            files=tuple(f.report() for f in self.files),
            created=self.creates,
            changed=self.changes,
            notes=self.notes,
        )


@dataclass(frozen=True)
class ImportReport:
    kind: str
    dry_run: bool
    files: tuple[FileReport, ...]
    created: int  # rows created in the database (or that would be)
    changed: int  # existing rows completed or updated
    total: int | None = None  # participants/projects in the event afterwards
    notes: tuple[str, ...] = ()

    def count(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(p for f in self.files for p in f.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "dry_run": self.dry_run,
            "created": self.created,
            "changed": self.changed,
            "total": self.total,
            "rows": self.count("data_rows"),
            "imported": self.count("imported"),
            "merged": self.count("merged"),
            "updated": self.count("updated"),
            "skipped": self.count("skipped"),
            "notes": list(self.notes),
            "files": [f.to_json() for f in self.files],
        }

    def summary_lines(self) -> list[str]:
        """A short French text report, one line per file then each problem."""
        lines: list[str] = []
        what = _("participants") if self.kind == "participants" else _("projets")
        for f in self.files:
            if f.fatal:
                lines.append(_("{file} : refusé — {fatal}").format(file=f.file, fatal=f.fatal))
                continue
            parts = [
                _("{rows} lignes").format(rows=f.data_rows),
                _("{new} nouveaux").format(new=f.imported),
            ]
            if self.kind == "participants":
                parts.append(_("{merged} fusionnés").format(merged=f.merged))
            else:
                parts.append(_("{updated} mis à jour").format(updated=f.updated))
            parts.append(_("{skipped} ignorés").format(skipped=f.skipped))
            lines.append(f"{f.file} ({f.read_as}) : " + ", ".join(parts))
            lines.extend(f"  {p}" for p in f.problems)
        lines.extend(self.notes)
        verb = _("seraient créés") if self.dry_run else _("créés")
        changed = _("seraient complétés") if self.dry_run else _("complétés ou mis à jour")
        tail = f"{self.created} {what} {verb}, {self.changed} {changed}"
        if self.total is not None:
            tail += _(" ; l'événement compte maintenant {total} {what}").format(
                total=self.total, what=what
            )
        lines.append(
            tail + (_(" (simulation : rien n'a été enregistré).") if self.dry_run else ".")
        )
        return lines
