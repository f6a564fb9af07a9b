"""The workbook's Suivi sheet, and an edited copy of it coming back.

``write_followup_sheet`` adds the Suivi sheet (one row per action: its
number, status, notes, and an empty "Nouvelle note" column to fill in).
``review_actions_sheet`` reads an edited copy of the Suivi sheet (or of the
Actions sheet, which carries the same "N°" column) and says what it would
change, with every problem at its row and column; ``apply_actions_sheet``
writes the reviewed changes in one transaction — nothing when the review
found an error.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from katalyze.changes import Changes
from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.followup.data import FollowupData, load_followup, status_label
from katalyze.followup.service import bad_status_message, parse_status, record_update_in
from katalyze.i18n import _
from katalyze.importing.results import ERROR, WARNING, Problem, quote

SHEET = "Suivi"
HEADERS = (
    "N°",
    "Table",
    "Projet",
    "Action",
    "Responsable",
    "Échéance",
    "Statut",
    "En retard",
    "Mis à jour le",
    "Notes",
    "Nouvelle note",
)
# Header words recognised when the sheet comes back (French or English).
ID_HEADERS = {"n°", "no", "n", "id", "numéro", "number"}
STATUS_HEADERS = {"statut", "status"}
NOTE_HEADERS = {"nouvelle note", "new note", "note"}
HEADER_ROWS = 10


def write_followup_sheet(wb: Workbook, data: FollowupData, today: dt.date) -> None:
    """The Suivi sheet of the workbook (late as of ``today``)."""
    from katalyze.exports.workbook import _sheet

    rows = []
    for a in data.actions:
        notes = "\n".join(
            f"{n.on:%d/%m/%Y}" + (f" [{status_label(n.status)}]" if n.status else "") + f" {n.text}"
            for n in a.notes
        )
        rows.append(
            [
                a.id,
                a.table_number,
                a.project_title,
                a.text,
                a.owner,
                a.due,
                status_label(a.status),
                "oui" if a.overdue(today) else "",
                a.updated_at.date(),
                notes,
                "",
            ]
        )
    _sheet(wb, SHEET, HEADERS, rows, freeze_cols=1)


@dataclass(frozen=True)
class ActionChange:
    row: int
    action_id: int
    text: str
    old_status: str
    new_status: str | None  # None: unchanged
    note: str

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "id": self.action_id,
            "text": self.text,
            "old_status": self.old_status,
            "status": self.new_status,
            "note": self.note or None,
        }


@dataclass(frozen=True)
class ActionSheetReview:
    file: str
    path: str
    sheet: str
    changes: tuple[ActionChange, ...] = ()
    problems: tuple[Problem, ...] = ()
    unchanged: int = 0

    @property
    def refused(self) -> bool:
        """An error anywhere: nothing is written until the file is fixed."""
        return any(p.severity == ERROR for p in self.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "refused": self.refused,
            "changes": [c.to_json() for c in self.changes],
            "unchanged": self.unchanged,
            "problems": [p.to_json() for p in self.problems],
        }


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _find_sheet(path: Path) -> tuple[str, int, list[str], list[tuple[int, list[str]]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.is_file():
        raise UserError(_("Le fichier « {path} » n'existe pas.").format(path=path))
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(
            _(
                "« {name} » n'est pas un classeur Excel lisible : ouvrez-le dans Excel ou "
                "LibreOffice et enregistrez-le de nouveau en .xlsx."
            ).format(name=path.name)
        ) from exc
    try:
        sheets = sorted(wb.worksheets, key=lambda ws: (ws.title != SHEET, ws.title != "Actions"))
        for ws in sheets:
            records = [
                (number, [_text(c) for c in row])
                for number, row in enumerate(ws.iter_rows(values_only=True), start=1)
            ]
            for number, cells in records[:HEADER_ROWS]:
                folded = [c.casefold() for c in cells]
                if any(c in ID_HEADERS for c in folded) and any(
                    c in STATUS_HEADERS for c in folded
                ):
                    return ws.title, number, cells, [r for r in records if r[0] > number]
    finally:
        wb.close()
    raise UserError(
        _(
            "« {name} » n'a pas de feuille avec les colonnes « N° » et « Statut » : importez "
            "la feuille Suivi (ou Actions) du classeur exporté par Katalyze."
        ).format(name=path.name)
    )


def review_actions_sheet(db: Database, path: Path | str) -> ActionSheetReview:
    """What an edited Suivi (or Actions) sheet would change; nothing is written."""
    path = Path(path)
    sheet, _header_row, headers, records = _find_sheet(path)
    folded = [h.casefold() for h in headers]
    id_col = next(i for i, h in enumerate(folded) if h in ID_HEADERS)
    status_col = next(i for i, h in enumerate(folded) if h in STATUS_HEADERS)
    note_col = next((i for i, h in enumerate(folded) if h in NOTE_HEADERS), None)
    actions = {a.id: a for a in load_followup(db).actions}
    changes: list[ActionChange] = []
    problems: list[Problem] = []
    unchanged = 0
    seen: dict[int, int] = {}

    def problem(row: int, col: int, severity: str, message: str, hint: str = "") -> None:
        problems.append(Problem(path.name, row, headers[col], severity, message, hint))

    for number, cells in records:
        if not any(cells):
            continue
        cells = cells + [""] * (len(headers) - len(cells))
        raw_id, raw_status = cells[id_col], cells[status_col]
        note = cells[note_col] if note_col is not None else ""
        if not raw_id:
            problem(
                number,
                id_col,
                WARNING,
                _("Ligne sans numéro d'action : ignorée."),
                _("ajoutez les nouvelles actions dans Katalyze (écran Suivi)."),
            )
            continue
        try:
            action_id = int(raw_id)
        except ValueError:
            action_id = -1
        action = actions.get(action_id)
        if action is None:
            problem(
                number,
                id_col,
                ERROR,
                _("Action inconnue {value}.").format(value=quote(raw_id)),
                _("ne changez pas la colonne « N° » : elle relie la ligne à son action."),
            )
            continue
        if action_id in seen:
            problem(
                number,
                id_col,
                ERROR,
                _("L'action n° {id} apparaît deux fois (déjà à la ligne {row}).").format(
                    id=action_id, row=seen[action_id]
                ),
                _("gardez une seule ligne par action."),
            )
            continue
        seen[action_id] = number
        new_status: str | None = None
        if raw_status:
            code = parse_status(raw_status)
            if code is None:
                problem(number, status_col, ERROR, bad_status_message(raw_status))
                continue
            if code != action.status:
                new_status = code
        if new_status is None and not note:
            unchanged += 1
            continue
        changes.append(
            ActionChange(number, action_id, action.text, action.status, new_status, note)
        )
    return ActionSheetReview(
        file=path.name,
        path=str(path),
        sheet=sheet,
        changes=tuple(changes),
        problems=tuple(problems),
        unchanged=unchanged,
    )


def apply_actions_sheet(db: Database, review: ActionSheetReview, on: dt.date | None = None) -> int:
    """Write a reviewed sheet's changes (one transaction); returns how many
    actions changed. A refused review writes nothing."""
    if review.refused:
        errors = sum(p.severity == ERROR for p in review.problems)
        raise UserError(
            _(
                "« {file} » a {n} erreur(s) : rien n'a été enregistré. Corrigez le fichier "
                "et importez-le de nouveau."
            ).format(file=review.file, n=errors)
        )
    day = on or dt.date.today()
    written = 0
    with db.sessions.begin() as session:
        for change in review.changes:
            written += record_update_in(
                session, change.action_id, change.new_status, change.note, day
            )
    if written:
        db.changes.publish(Changes.of("actions", "items"))
    return written
