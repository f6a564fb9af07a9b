"""Plan, review, apply: the import service the CLI and the app call.

``plan_import`` reads the files, guesses (or takes) the column mappings and
works out every row's fate without writing anything. ``apply_import`` does the
same work again inside one write transaction (so that what is written matches
the database at that moment) and commits only if everything went through: a
failure or a cancel half-way writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from katalyze.changes import publishes
from katalyze.db import Database
from katalyze.db.models import Participant, Project
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _
from katalyze.importing.mapping import JOINED_FIELDS, KINDS, ColumnMapping, guess_mapping
from katalyze.importing.people import PeopleResolver, write_people
from katalyze.importing.preview import preview_rows
from katalyze.importing.project_rows import ProjectResolver, write_projects
from katalyze.importing.reading import Table, read_table
from katalyze.importing.results import (
    ERROR,
    INFO,
    WARNING,
    FilePlan,
    ImportPlan,
    ImportReport,
    Problem,
)
from katalyze.progress import ProgressFn, report

Source = Path | str | Table


def _path_of(source: Source) -> Path:
    return source.path if isinstance(source, Table) else Path(source)


def read_sources(
    sources: Sequence[Source], *, progress: ProgressFn | None = None
) -> list[Table | UserError]:
    """Each source as a table, or the error that refused it (files are read once)."""
    out: list[Table | UserError] = []
    for i, source in enumerate(sources):
        report(progress, i, len(sources), _("Lecture de {name}").format(name=_path_of(source).name))
        if isinstance(source, Table):
            out.append(source)
            continue
        try:
            out.append(read_table(source))
        except UserError as exc:
            out.append(exc)
    return out


def plan_import(
    db: Database,
    paths: Sequence[Source],
    kind: str = "participants",
    mappings: Mapping[Path, ColumnMapping] | None = None,
    *,
    progress: ProgressFn | None = None,
) -> ImportPlan:
    """What importing ``paths`` would do; nothing is written.

    ``paths`` may hold already-read :class:`Table` objects (the review dialog
    re-plans after each mapping change without reading the files again).
    """
    _check_kind(kind)
    if not paths:
        raise UserError(_("Choisissez au moins un fichier à importer."))
    tables = read_sources(paths, progress=progress)
    with db.sessions() as session:  # read only: closing rolls back
        plan, _actions = _resolve(session, paths, tables, kind, mappings or {}, progress)
    return plan


@publishes("participants", "projects")
def apply_import(
    db: Database,
    plan: ImportPlan,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Write what ``plan`` describes, in one transaction; returns the final report.

    Refuses (``UserError``, nothing written) when a file of the plan cannot be
    imported. ``Cancelled`` raised by ``progress`` rolls everything back.
    """
    if not plan.files:
        raise UserError(_("Aucun fichier à importer."))
    if plan.fatal:
        raise UserError(
            _("Import refusé, rien n'a été enregistré : {fatal}").format(fatal=plan.fatal)
        )
    tables: list[Table | UserError] = [f.table for f in plan.files if f.table is not None]
    mappings = {f.path: f.mapping for f in plan.files if f.mapping is not None}
    sources = [f.path for f in plan.files]
    with db.sessions.begin() as session:
        event_in(session)
        final, resolver = _resolve(session, sources, tables, plan.kind, mappings, progress)
        if final.fatal:
            raise UserError(
                _("Import refusé, rien n'a été enregistré : {fatal}").format(fatal=final.fatal)
            )
        if isinstance(resolver, PeopleResolver):
            created, changed = write_people(session, resolver, progress=progress)
            total = session.scalar(select(func.count()).select_from(Participant))
        else:
            created, changed = write_projects(session, resolver, progress=progress)
            total = session.scalar(select(func.count()).select_from(Project))
        result = final.report(dry_run=False)
    return ImportReport(
        kind=result.kind,
        dry_run=False,
        files=result.files,
        created=created,
        changed=changed,
        total=int(total or 0),
        notes=result.notes,
    )


def import_files(
    db: Database,
    paths: Sequence[Source],
    kind: str = "participants",
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Plan then (unless ``dry_run``) apply, with the guessed mappings: the CLI's path."""
    plan = plan_import(db, paths, kind)
    if plan.fatal:
        raise UserError(plan.fatal)
    if dry_run:
        return plan.report(dry_run=True)
    return apply_import(db, plan, progress)


def import_projects(
    db: Database,
    paths: Source | Sequence[Source],
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Import a projects file (or several) with the guessed columns."""
    sources = [paths] if isinstance(paths, Path | str | Table) else list(paths)
    return import_files(db, sources, "projects", dry_run=dry_run, progress=progress)


def import_participants(
    db: Database,
    paths: Source | Sequence[Source],
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
) -> ImportReport:
    """Import registration files with the guessed columns."""
    sources = [paths] if isinstance(paths, Path | str | Table) else list(paths)
    return import_files(db, sources, "participants", dry_run=dry_run, progress=progress)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UserError(
            _("Type d'import inconnu « {kind} » : participants ou projects.").format(kind=kind)
        )


def _resolve(
    session: Session,
    sources: Sequence[Source],
    tables: Sequence[Table | UserError],
    kind: str,
    mappings: Mapping[Path, ColumnMapping],
    progress: ProgressFn | None,
) -> tuple[ImportPlan, PeopleResolver | ProjectResolver]:
    resolver: PeopleResolver | ProjectResolver
    resolver = PeopleResolver(session) if kind == "participants" else ProjectResolver(session)
    total = sum(len(t.rows) for t in tables if isinstance(t, Table))
    done = 0
    files: list[FilePlan] = []
    notes: list[str] = []
    for source, table in zip(sources, tables, strict=True):
        path = _path_of(source)
        if isinstance(table, UserError):
            files.append(FilePlan(path=path, table=None, mapping=None, fatal=str(table)))
            continue
        mapping = mappings.get(path) or guess_mapping(table.headers, kind)
        mapping = _fit(mapping, table)
        fatal = _mapping_fatal(table, mapping, kind)
        if fatal:
            files.append(FilePlan(path=path, table=table, mapping=mapping, fatal=fatal))
            continue
        file_problems = _mapping_problems(table, mapping)
        if isinstance(resolver, PeopleResolver):
            outcomes, problems = resolver.feed(
                table, mapping, progress=progress, done=done, total=total
            )
        else:
            outcomes, problems = resolver.feed(table, mapping, progress=progress)
        done += len(table.rows)
        files.append(
            FilePlan(
                path=path,
                table=table,
                mapping=mapping,
                rows=tuple(outcomes),
                problems=tuple(file_problems + problems),
            )
        )
    if isinstance(resolver, PeopleResolver):
        if not resolver.projects and any(
            f.mapping and any(x.startswith("wish") for x in f.mapping.fields) for f in files
        ):
            notes.append(
                _(
                    "Aucun projet n'est enregistré : les souhaits ne peuvent pas être reconnus. "
                    "Importez d'abord les projets (katalyze import projects FICHIER)."
                )
            )
        creates, changes = len(resolver.new_people()), len(resolver.changed_people())
    else:
        creates = sum(1 for p in resolver.projects if p.existing_id is None)
        changes = sum(1 for p in resolver.projects if p.existing_id is not None and p.changed)
    plan = ImportPlan(
        kind=kind,
        files=tuple(files),
        creates=creates,
        changes=changes,
        notes=tuple(notes),
        preview=preview_rows(resolver),
    )
    return plan, resolver


def _fit(mapping: ColumnMapping, table: Table) -> ColumnMapping:
    """A mapping with exactly one entry per column of ``table``."""
    fields = list(mapping.fields[: table.column_count])
    fields += [""] * (table.column_count - len(fields))
    return ColumnMapping(tuple(fields))


def _mapping_fatal(table: Table, mapping: ColumnMapping, kind: str) -> str | None:
    if not table.rows:
        return _(
            "« {name} » n'a que des en-têtes et aucune ligne de données : exportez de "
            "nouveau la liste depuis votre outil d'inscription."
        ).format(name=table.name)
    headers = ", ".join(f"« {h} »" for h in table.headers[:8] if h) or "aucun"
    if kind == "participants" and not mapping.has_name():
        hint = ""
        if "title" in guess_mapping(table.headers, "projects").fields:
            hint = _(" Ce fichier ressemble à une liste de projets : importez-le comme projets.")
        return (
            _(
                "« {name} » n'a pas de colonne de nom reconnaissable (en-têtes lus ligne "
                "{header_row} : {headers}). Nommez la colonne des noms « Nom » dans le fichier, "
                "ou choisissez-la dans la correspondance des colonnes."
            ).format(name=table.name, header_row=table.header_row, headers=headers)
            + hint
        )
    if kind == "projects" and "title" not in mapping.fields:
        return _(
            "« {name} » n'a pas de colonne de titre de projet reconnaissable (en-têtes lus "
            "ligne {header_row} : {headers}). Nommez-la « Projet » dans le fichier, ou "
            "choisissez-la dans la correspondance des colonnes."
        ).format(name=table.name, header_row=table.header_row, headers=headers)
    return None


def _mapping_problems(table: Table, mapping: ColumnMapping) -> list[Problem]:
    problems = []
    for field, columns in mapping.duplicates().items():
        labels = ", ".join(f"« {table.header_label(c)} »" for c in columns)
        joined = field in JOINED_FIELDS
        problems.append(
            Problem(
                table.name,
                None,
                table.header_label(columns[0]),
                INFO if joined else WARNING,
                _("plusieurs colonnes ({labels}) alimentent le même champ").format(labels=labels),
                _("leurs textes sont réunis, séparés par « ; »")
                if joined
                else _("la première qui n'est pas vide est lue, de gauche à droite"),
            )
        )
    if table.blank_rows:
        problems.append(
            Problem(
                table.name,
                None,
                None,
                "info",
                _("{blank_rows} ligne(s) vide(s) au milieu des données").format(
                    blank_rows=table.blank_rows
                ),
                _("elles sont ignorées"),
            )
        )
    return problems


__all__ = [
    "ERROR",
    "ImportPlan",
    "ImportReport",
    "apply_import",
    "import_files",
    "import_participants",
    "import_projects",
    "plan_import",
    "read_sources",
]
