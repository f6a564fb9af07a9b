"""The actions as CSV, as French Excel opens it by a double click:
UTF-8 with BOM, ``;`` between fields, CRLF line ends, dates as dd/mm/yyyy.

A text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(or a full-width look-alike such as ``＝``: :mod:`katalyze.exports.cells`) is
prefixed with ``'`` so that no spreadsheet runs it as a formula; control
characters (a NUL pasted from another tool) are dropped.
"""

from __future__ import annotations

import csv
from pathlib import Path

from katalyze.exports.cells import clean_text, starts_like_formula
from katalyze.exports.data import EveningData
from katalyze.vocabulary import ACTION_STATUSES

HEADERS = (
    "Table",
    "Projet",
    "Tour",
    "Action",
    "Responsable",
    "Échéance",
    "Statut",
    "Saisie le",
)


def safe_cell(value: object) -> str:
    """A CSV field that a spreadsheet reads as text, never as a formula."""
    raw = "" if value is None else str(value)
    # Checked before cleaning too: a leading tab or CR becomes a space or a
    # line break, still a sign the field was crafted.
    text = clean_text(raw)
    if starts_like_formula(raw) or starts_like_formula(text):
        return "'" + text
    return text


def write_actions_csv(data: EveningData, path: Path | str) -> int:
    """Write every action to ``path``; returns the number of actions."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(HEADERS)
        for sheet in data.projects:
            for a in sheet.of_kind("action"):
                writer.writerow(
                    [
                        safe_cell(v)
                        for v in (
                            sheet.table,
                            sheet.title,
                            a.round,
                            a.text,
                            a.responsible,
                            a.due.strftime("%d/%m/%Y") if a.due else "",
                            a.status_label or ACTION_STATUSES["todo"],
                            a.created_at.strftime("%d/%m/%Y %H:%M"),
                        )
                    ]
                )
                count += 1
    return count
