"""Printable table lists for the facilitators: one page per table, the people of
each round (name, organisation, role), with a box to tick who is really there.

The PDF is written to a temporary file beside the target and renamed when
complete, so a cancelled or failed export never leaves half a file behind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from katalyze.db import Database
from katalyze.db.models import Participant, Project, Role, Seat
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.files import atomic_target
from katalyze.i18n import _
from katalyze.pdf_fonts import register_fonts
from katalyze.progress import ProgressFn, report
from katalyze.text import fold
from katalyze.vocabulary import NEEDS


@dataclass(frozen=True)
class ListedPerson:
    name: str
    organisation: str
    role: str
    colour: str
    pinned: bool


@dataclass(frozen=True)
class ListedTable:
    table: str
    title: str
    holder: str
    needs: tuple[str, ...]
    max_seats: int
    rounds: tuple[tuple[ListedPerson, ...], ...]  # index 0 is round 1


@dataclass(frozen=True)
class TableListsResult:
    path: Path
    tables: int
    rounds: int
    seats: int


def collect_tables(db: Database) -> tuple[str, list[ListedTable]]:
    """The event's name and, per table, the people seated in each round."""
    with db.sessions.begin() as session:
        event = event_in(session)
        projects = list(session.scalars(select(Project).order_by(Project.table_number)))
        rows = session.execute(
            select(Seat, Participant, Role)
            .join(Participant, Participant.id == Seat.participant_id)
            .outerjoin(Role, Role.id == Participant.role_id)
        ).all()
        rounds = max((seat.round for seat, _, _ in rows), default=0)
        seated: dict[tuple[int, int], list[tuple[tuple[str, str], ListedPerson]]] = defaultdict(
            list
        )
        for seat, person, role in rows:
            name = f"{person.first_name} {person.last_name}".strip()
            seated[(seat.project_id, seat.round)].append(
                (
                    (fold(person.last_name), fold(person.first_name)),
                    ListedPerson(
                        name=name,
                        organisation=person.organisation or "",
                        role=role.label if role else "",
                        colour=role.colour if role else "#888888",
                        pinned=seat.pinned,
                    ),
                )
            )
        tables = []
        for project in projects:
            per_round = []
            for r in range(1, rounds + 1):
                people = sorted(seated.get((project.id, r), []), key=lambda kp: kp[0])
                # Holders and hosts (pinned) first: the facilitator looks for them.
                people.sort(key=lambda kp: not kp[1].pinned)
                per_round.append(tuple(p for _, p in people))
            tables.append(
                ListedTable(
                    table=project.table_label or str(project.table_number),
                    title=project.title,
                    holder=project.holder,
                    needs=tuple(
                        NEEDS.french().get(n, n) for n in project.needs or ()
                    ),  # a French document
                    max_seats=project.max_seats,
                    rounds=tuple(per_round),
                )
            )
        return event.name, tables


def render_table_lists(
    db: Database, out_path: str | Path, progress: ProgressFn | None = None
) -> TableListsResult:
    """Write the facilitators' table lists (one page per table) to ``out_path``."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import Flowable

    out = Path(out_path)
    event_name, tables = collect_tables(db)
    if not tables:
        raise UserError(
            _(
                "Aucun projet n'est défini : ajoutez les projets (tables) dans Préparation avant "
                "d'imprimer les listes de tables."
            )
        )
    total_seats = sum(len(people) for t in tables for people in t.rounds)
    if total_seats == 0:
        raise UserError(
            _(
                "Personne n'est encore placé : lancez la répartition avant d'imprimer les listes "
                "de tables."
            )
        )
    if not out.parent.is_dir():
        raise UserError(
            _("Le dossier « {parent} » n'existe pas : choisissez-en un autre.").format(
                parent=out.parent
            )
        )
    fonts = register_fonts()
    rounds = len(tables[0].rounds)

    def style(name: str, size: float, font: str = fonts.regular, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **kw)

    s_table = style("table", 30, fonts.bold, textColor=colors.HexColor("#1f2933"))
    s_title = style("title", 17, fonts.bold, alignment=TA_LEFT, spaceBefore=2)
    s_meta = style("meta", 10, textColor=colors.HexColor("#52606d"))
    s_round = style("round", 13, fonts.bold, spaceBefore=10, spaceAfter=4)
    s_cell = style("cell", 9.5)
    s_head = style("head", 9, fonts.bold, textColor=colors.white)
    s_empty = style("empty", 10, fonts.italic, textColor=colors.HexColor("#7b8794"))

    class Swatch(Flowable):
        """A small square in the role's colour, so roles read at a glance."""

        def __init__(self, colour: str) -> None:
            super().__init__()
            self.colour = colour
            self.width = self.height = 3.2 * mm

        def draw(self) -> None:
            self.canv.setFillColor(colors.HexColor(self.colour))
            self.canv.setStrokeColor(colors.HexColor(self.colour))
            self.canv.rect(0, 0, self.width, self.height, fill=1, stroke=0)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    generated = dt.datetime.now().strftime("%d/%m/%Y %H:%M")

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(colors.HexColor("#7b8794"))
        canvas.drawString(15 * mm, 10 * mm, f"{event_name} — listes des tables — {generated}")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    story: list[Flowable] = []
    for index, table in enumerate(tables):
        report(progress, index, len(tables), f"Table {table.table}")
        if index:
            story.append(PageBreak())
        story.append(Paragraph(f"Table {esc(table.table)}", s_table))
        story.append(Paragraph(esc(table.title), s_title))
        meta = []
        if table.holder:
            meta.append(f"Porteur : {esc(table.holder)}")
        if table.needs:
            meta.append(f"Besoins : {esc(', '.join(table.needs))}")
        meta.append(f"{table.max_seats} places au plus")
        story.append(Paragraph(" · ".join(meta), s_meta))
        story.append(Spacer(1, 4 * mm))
        for r, people in enumerate(table.rounds, start=1):
            heading = Paragraph(
                f"Tour {r} — {len(people)} personne{'s' if len(people) > 1 else ''}"
                if rounds > 1
                else f"{len(people)} personne{'s' if len(people) > 1 else ''}",
                s_round,
            )
            if not people:
                story.append(KeepTogether([heading, Paragraph("Personne à cette table.", s_empty)]))
                continue
            data: list[list[object]] = [
                [
                    Paragraph("", s_head),
                    Paragraph("Nom", s_head),
                    Paragraph("Structure", s_head),
                    Paragraph("Rôle", s_head),
                    Paragraph("Là", s_head),
                ]
            ]
            for person in people:
                name = esc(person.name)
                if person.pinned:
                    name = f"<b>{name}</b> <font size=8 color='#52606d'>(reste à la table)</font>"
                data.append(
                    [
                        Swatch(person.colour),
                        Paragraph(name, s_cell),
                        Paragraph(esc(person.organisation), s_cell),
                        Paragraph(esc(person.role), s_cell),
                        "",
                    ]
                )
            grid = Table(
                data,
                colWidths=[6 * mm, 62 * mm, 54 * mm, 48 * mm, 10 * mm],
                repeatRows=1,
            )
            grid.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#323f4b")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        (
                            "ROWBACKGROUNDS",
                            (0, 1),
                            (-1, -1),
                            [colors.white, colors.HexColor("#f0f4f8")],
                        ),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cbd2d9")),
                        ("BOX", (4, 1), (4, -1), 0.5, colors.HexColor("#9aa5b1")),
                        ("INNERGRID", (4, 1), (4, -1), 0.5, colors.HexColor("#9aa5b1")),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            story.append(heading)
            story.append(grid)

    with atomic_target(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=14 * mm,
            bottomMargin=18 * mm,
            title=f"{event_name} — listes des tables",
            author="Katalyze",
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        report(progress, len(tables), len(tables), "")
    return TableListsResult(path=out, tables=len(tables), rounds=rounds, seats=total_seats)
