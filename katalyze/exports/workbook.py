"""The workbook (XLSX): everything of the evening, one sheet per view.

Sheets: Participants, Répartition, Items, Actions, Synthèse, Présence, Suivi
(:mod:`katalyze.followup.sheet`). Every sheet but Présence (totals and a note)
is an Excel table (a ListObject: sorts, filters, banded rows, and formulas by
column name). Every string is written as text (never a formula, whatever it
starts with); dates are real Excel dates in the event's local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from katalyze.attendance import NOBODY, Attendance
from katalyze.exports.cells import starts_like_formula, xml_safe
from katalyze.exports.csv_actions import HEADERS as ACTION_HEADERS
from katalyze.exports.data import EveningData, ItemRow, ProjectSheetData
from katalyze.exports.figures import (
    ATTENDANCE_NOTE,
    attendance_by_role,
    attendance_sentence,
    evening_attendance,
)
from katalyze.followup.sheet import write_followup_sheet
from katalyze.vocabulary import ACTION_STATUSES

HEADER_FILL = PatternFill("solid", fgColor="0B6E4F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TOTAL_FONT = Font(bold=True)
THIN = Side(style="thin", color="C9D3DA")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
MAX_WIDTH = 60
# Columns whose text may be long: wrapped, width capped lower.
WRAPPED = {"Texte", "Action", "Synthèse", "Structure", "Projet"}


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """Write one value; strings are always text, never a formula."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        # Control characters (pasted from other tools) are not allowed in XLSX.
        value = xml_safe(value)
        cell.value = value
        cell.data_type = "s"
        if starts_like_formula(value):
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value


def _sheet(
    wb: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    filters: bool = True,
    freeze_cols: int = 0,
    table: str = "",
) -> Worksheet:
    ws = wb.create_sheet(title)
    # A long header wraps on two lines rather than widening its column.
    widths = [min(len(h) + 3, 16) for h in headers]
    for col, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = Border(bottom=THIN)
    count = 0
    for r, row in enumerate(rows, start=2):
        count += 1
        for c, value in enumerate(row, start=1):
            _put(ws, r, c, value)
            length = _display_length(value)
            if length > widths[c - 1]:
                widths[c - 1] = length
    for c, header in enumerate(headers, start=1):
        cap = 50 if header in WRAPPED else MAX_WIDTH
        ws.column_dimensions[get_column_letter(c)].width = min(widths[c - 1] + 2, cap)
        if header in WRAPPED:
            for (cell,) in ws.iter_rows(min_row=2, min_col=c, max_col=c):
                cell.alignment = WRAP
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = ws.cell(row=2, column=freeze_cols + 1)
    if filters and headers:
        last = get_column_letter(len(headers))
        ref = f"A1:{last}{max(count + 1, 2)}"
        if table:
            # An Excel table carries its own filter buttons (never both).
            listed = Table(displayName=table, ref=ref)
            listed.tableStyleInfo = TableStyleInfo(
                name="TableStyleLight9", showRowStripes=True, showColumnStripes=False
            )
            ws.add_table(listed)
        else:
            ws.auto_filter.ref = ref
    return ws


def _display_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = str(value)
    return max((len(line) for line in text.split("\n")), default=0)


def _participants(wb: Workbook, data: EveningData) -> None:
    people = sorted(
        data.people.values(), key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.id)
    )
    rows = [
        (
            p.id,
            p.last_name,
            p.first_name,
            p.organisation,
            p.role_label,
            p.email or "",
            p.phone,
            "oui" if p.consent_contact else "non",
            "oui" if p.walk_in else "non",
            "oui" if p.cancelled else "non",
            p.arrived_at,
            p.station,
            p.badge_code,
            "; ".join(_wish_text(data, rank, pid) for rank, pid in enumerate(p.wishes, start=1)),
        )
        for p in people
    ]
    _sheet(
        wb,
        "Participants",
        (
            "N°",
            "Nom",
            "Prénom",
            "Structure",
            "Profil",
            "E-mail",
            "Téléphone",
            "Accepte de partager ses coordonnées",
            "Inscrit·e à l'accueil",
            "Annulé·e",
            "Arrivée",
            "Poste d'accueil",
            "Code badge",
            "Souhaits",
        ),
        rows,
        freeze_cols=3,
        table="Participants",
    )


def _wish_text(data: EveningData, rank: int, project_id: int) -> str:
    """« 1. table 4 — Usine agile »: the wish as the organisers name it."""
    sheet = data.project(project_id)
    if sheet is None:
        return f"{rank}. ?"
    return f"{rank}. table {sheet.table} — {sheet.title}"


def _table(sheet: ProjectSheetData | None) -> int | str:
    """The table as a number when it is one (sorts and filters as such)."""
    if sheet is None:
        return ""
    return sheet.table_number if not sheet.table_label else sheet.table_label


def _placement(wb: Workbook, data: EveningData) -> None:
    by_id = {p.id: p for p in data.projects}
    people = sorted(
        (data.people[pid] for pid in data.placement if pid in data.people),
        key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.id),
    )
    rows = []
    for person in people:
        seats = data.placement[person.id]
        row: list[Any] = [
            person.last_name,
            person.first_name,
            person.organisation,
            person.role_label,
        ]
        for rnd in data.rounds:
            project = by_id.get(seats.get(rnd, -1))
            row.append(f"{project.table} — {project.title}" if project else "")
        rows.append(row)
    _sheet(
        wb,
        "Répartition",
        ("Nom", "Prénom", "Structure", "Profil", *(f"Tour {r}" for r in data.rounds)),
        rows,
        freeze_cols=2,
        table="Repartition",
    )


def _item_row(data: EveningData, item: ItemRow) -> list[Any]:
    sheet = data.project(item.project_id)
    return [
        sheet.title if sheet else "",
        _table(sheet),
        item.round,
        item.kind_label,
        item.category_label,
        item.text,
        item.participant_name,
        item.responsible,
        item.due,
        item.status_label if item.kind == "action" else "",
        item.votes if item.kind == "idea" else None,
        item.created_at,
    ]


def _items(wb: Workbook, data: EveningData) -> None:
    _sheet(
        wb,
        "Items",
        (
            "Projet",
            "Table",
            "Tour",
            "Type",
            "Catégorie",
            "Texte",
            "Participant·e",
            "Responsable",
            "Échéance",
            "Statut",
            "Votes",
            "Saisi le",
        ),
        (_item_row(data, i) for i in data.items),
        freeze_cols=2,
        table="Items",
    )


def _actions(wb: Workbook, data: EveningData) -> None:
    actions = [i for i in data.items if i.kind == "action"]
    rows = []
    for a in actions:
        sheet = data.project(a.project_id)
        rows.append(
            [
                _table(sheet),
                sheet.title if sheet else "",
                a.round,
                a.text,
                a.responsible,
                a.due,
                a.status_label or ACTION_STATUSES["todo"],
                a.created_at,
                _owner_contact(data, a),
                a.id,
            ]
        )
    ws = _sheet(
        wb,
        "Actions",
        (*ACTION_HEADERS, "Contact du responsable", "N°"),
        rows,
        freeze_cols=2,
        table="Actions",
    )
    labels = ",".join(ACTION_STATUSES.values())
    validation = DataValidation(
        type="list",
        formula1=f'"{labels}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Statut inconnu",
        error="Choisissez un statut dans la liste : " + ", ".join(ACTION_STATUSES.values()) + ".",
    )
    ws.add_data_validation(validation)
    # The whole column, so that actions added by hand get the drop-down too.
    validation.add(f"G2:G{max(len(rows) + 1, 2) + 500}")


def _owner_contact(data: EveningData, action: ItemRow) -> str:
    """The owner's e-mail and phone, only when they agreed to share them."""
    owner = data.people.get(action.responsible_participant_id or -1)
    return owner.contact if owner is not None else ""


def _syntheses(wb: Workbook, data: EveningData) -> None:
    rows = []
    for sheet in data.projects:
        for rnd in data.rounds:
            text = sheet.syntheses.get(rnd, "")
            seated = len(sheet.seats.get(rnd, ()))
            if text or seated:
                rows.append([_table(sheet), sheet.title, sheet.holder, rnd, seated, text])
    _sheet(
        wb,
        "Synthèse",
        ("Table", "Projet", "Porteur·se", "Tour", "Participant·es", "Synthèse"),
        rows,
        freeze_cols=2,
        table="Syntheses",
    )


PRESENCE_HEADERS = (
    "Profil",
    "Inscrit·es",
    "Inscrit·es à l'accueil",
    "Annulé·es",
    "Attendu·es",
    "Arrivé·es",
    "Taux de venue",
)
PERCENT_FORMAT = "0 %"


def _presence_row(label: str, figures: Attendance) -> list[Any]:
    return [
        label,
        figures.registered,
        figures.walk_ins,
        figures.cancelled,
        figures.expected,
        figures.arrived,
        figures.turnout,  # a share (shown as a percentage), empty without registrations
    ]


def _presence(wb: Workbook, data: EveningData) -> None:
    """The people of the evening by role, counted as :mod:`katalyze.attendance`
    counts them (a cancelled person is never arrived), then the same figures in
    the words of the Accueil counter and of the booklet."""
    figures = evening_attendance(data)
    rows = [
        _presence_row(label, values)
        for label, values in attendance_by_role(data)
        if values != NOBODY
    ]
    ws = _sheet(
        wb,
        "Présence",
        PRESENCE_HEADERS,
        [*rows, _presence_row("Total", figures)],
        filters=False,
    )
    total_row = len(rows) + 2
    for cell in ws[total_row]:
        cell.font = TOTAL_FONT
        cell.border = Border(top=THIN)
    turnout_col = PRESENCE_HEADERS.index("Taux de venue") + 1
    for (cell,) in ws.iter_rows(min_row=2, max_row=total_row, min_col=turnout_col):
        cell.number_format = PERCENT_FORMAT
    # Below the table, written after the widths were set (they would widen
    # column A), each across the table's width.
    last = len(PRESENCE_HEADERS)
    for row, text, height in (
        (total_row + 2, attendance_sentence(figures), 32),
        (total_row + 3, ATTENDANCE_NOTE, 64),
    ):
        _put(ws, row, 1, text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        ws.cell(row=row, column=1).alignment = WRAP
        ws.row_dimensions[row].height = height
    ws.cell(row=total_row + 2, column=1).font = TOTAL_FONT


def write_workbook(data: EveningData, path: Path | str) -> None:
    """Write the workbook to ``path`` (overwritten)."""
    wb = Workbook()
    wb.remove(wb.active)
    _participants(wb, data)
    _placement(wb, data)
    _items(wb, data)
    _actions(wb, data)
    _syntheses(wb, data)
    _presence(wb, data)
    if data.followup is not None:
        write_followup_sheet(wb, data.followup, data.generated_at.date())
    wb.properties.title = xml_safe(f"Katalyze — {data.event_name}")
    wb.properties.creator = "Katalyze"
    wb.save(str(path))
