"""The booklet (PDF): a cover, a summary of the evening, a table of contents
with page numbers, then every action sheet, each starting on a new page."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from katalyze.attendance import NOBODY, Attendance
from katalyze.exports.action_sheet import (
    WIDTH,
    footer_text,
    grid,
    sheet_heading,
    sheet_story,
)
from katalyze.exports.data import (
    EveningData,
    ProjectSheetData,
    action_counts,
    item_counts,
)
from katalyze.exports.figures import (
    ATTENDANCE_NOTE,
    attendance_by_role,
    attendance_sentence,
    evening_attendance,
    turnout_text,
)
from katalyze.exports.pdf_common import (
    ACCENT,
    ACCENT_LIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    SectionMark,
    Styles,
    esc,
    long_date,
    numbered_canvas,
    para,
    styles,
)
from katalyze.progress import ProgressFn, report
from katalyze.text import plural
from katalyze.vocabulary import ACTION_STATUSES, ITEM_KINDS


class _Booklet(SimpleDocTemplate):
    """Feeds the table of contents and the PDF outline from the sheet marks,
    and records the page where each sheet starts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sheet_starts: dict[str, int] = {}

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionMark) and getattr(flowable, "toc_key", None):
            key = flowable.toc_key  # type: ignore[attr-defined]
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.label or "", key, level=0)
            self.notify("TOCEntry", (0, esc(flowable.label), self.page, key))
            self.sheet_starts[key] = self.page


def _cover(data: EveningData, st: Styles) -> list[Flowable]:
    arrived = evening_attendance(data).arrived
    when = long_date(data.event_date)
    if data.venue:
        when = f"{when} · {data.venue}"
    band = Table([[""]], colWidths=[WIDTH], rowHeights=[6 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT)]))
    n = len(data.projects)
    return [
        SectionMark(None, bare=True),
        Spacer(0, 55 * mm),
        band,
        Spacer(0, 10 * mm),
        Paragraph("Livret de restitution", st.cover_sub),
        Spacer(0, 3 * mm),
        para(data.event_name, st.cover_title),
        Spacer(0, 6 * mm),
        para(when, st.cover_sub),
        Spacer(0, 25 * mm),
        Paragraph(
            f"{n} projet{'s' if n > 1 else ''} · "
            f"{plural(arrived, 'participant·e arrivé·e', 'participant·es arrivé·es')} · "
            f"{sum(action_counts(data).values())} actions",
            st.subtitle,
        ),
        Paragraph(
            "Une fiche action par projet : qui était autour de la table, les besoins et qui "
            "peut y répondre, les engagements pris, le plan d'action, les idées et la synthèse.",
            st.muted,
        ),
        Spacer(0, 30 * mm),
        Paragraph(footer_text(data), st.muted),
        PageBreak(),
    ]


def _figures(values: list[tuple[int, str]], st: Styles) -> Table:
    from katalyze.exports.action_sheet import centered_muted

    table = Table(
        [
            [Paragraph(str(v), st.big_number) for v, _ in values],
            [Paragraph(label, centered_muted(st)) for _, label in values],
        ],
        colWidths=[WIDTH / len(values)] * len(values),
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, "white"),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


def _summary(data: EveningData, st: Styles) -> list[Flowable]:
    rows = attendance_by_role(data)
    figures = evening_attendance(data)
    items = item_counts(data)
    actions = action_counts(data)
    out: list[Flowable] = [
        SectionMark("Synthèse de la soirée"),
        Paragraph("Synthèse de la soirée", st.title),
        para(f"{data.event_name} — {long_date(data.event_date)}", st.subtitle),
        _figures(
            [
                (figures.registered, "inscrit·es"),
                (figures.walk_ins, "inscrit·es à l'accueil"),
                (figures.arrived, "arrivé·es"),
                (len(data.projects), "tables"),
                (sum(actions.values()), "actions"),
            ],
            st,
        ),
        Spacer(0, 1.5 * mm),
        Paragraph(esc(attendance_sentence(figures)), st.muted),
        Paragraph("Participation par profil", st.h2),
    ]

    def cells(values: Attendance, bold: bool = False) -> list[Paragraph]:
        shown = (
            values.registered,
            values.walk_ins,
            values.cancelled,
            values.arrived,
            turnout_text(values),
        )
        return [Paragraph(f"<b>{v}</b>" if bold else str(v), st.right) for v in shown]

    att_rows: list[list[Any]] = [
        [para(label, st.cell), *cells(values)] for label, values in rows if values != NOBODY
    ]
    att_rows.append([Paragraph("Total", st.cell_bold), *cells(figures, bold=True)])
    w = (WIDTH - 62 * mm) / 5
    out.append(
        grid(
            [
                "Profil",
                "Inscrit·es",
                "Inscrit·es à l'accueil",
                "Annulé·es",
                "Arrivé·es",
                "Taux de venue",
            ],
            att_rows,
            [62 * mm] + [w] * 5,
            st,
            padding=1.5,
        )
    )
    out.append(Paragraph(esc(ATTENDANCE_NOTE), st.muted))
    out.append(Paragraph("Ce qui a été produit", st.h2))
    kinds = [
        [para(ITEM_KINDS[k], st.cell), Paragraph(str(items.get(k, 0)), st.right)]
        for k in ITEM_KINDS
    ]
    statuses = [
        [para(label, st.cell), Paragraph(str(actions[code]), st.right)]
        for code, label in ACTION_STATUSES.items()
    ]
    half = WIDTH / 2 - 4 * mm
    side = Table(
        [
            [
                grid(["Par type", "Nombre"], kinds, [half - 22 * mm, 22 * mm], st, padding=1.5),
                grid(
                    ["Actions par statut", "Nombre"],
                    statuses,
                    [half - 22 * mm, 22 * mm],
                    st,
                    padding=1.5,
                ),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
    )
    side.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out.append(side)
    out.append(Paragraph("Les tables", st.h2))
    round_heads = [f"Tour {r}" for r in data.rounds]
    table_rows = []
    for sheet in data.projects:
        table_rows.append(
            [
                Paragraph(esc(sheet.table), st.cell_bold),
                para(sheet.title, st.cell),
                para(sheet.holder, st.cell),
                *(Paragraph(str(len(sheet.seats.get(r, ()))), st.right) for r in data.rounds),
                Paragraph(str(len(sheet.of_kind("action"))), st.right),
            ]
        )
    fixed = 12 * mm + 40 * mm + (len(data.rounds) + 1) * 15 * mm
    out.append(
        grid(
            ["Table", "Projet", "Porteur·se", *round_heads, "Actions"],
            table_rows,
            [12 * mm, WIDTH - fixed, 40 * mm] + [15 * mm] * (len(data.rounds) + 1),
            st,
            padding=1.5,
        )
    )
    out.append(PageBreak())
    return out


def _contents(st: Styles, toc: TableOfContents) -> list[Flowable]:
    return [
        SectionMark("Sommaire"),
        Paragraph("Sommaire", st.title),
        Spacer(0, 4 * mm),
        toc,
        PageBreak(),
    ]


def _new_toc(st: Styles) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [st.toc0]
    return toc


def _toc_key(sheet: ProjectSheetData) -> str:
    return f"table-{sheet.id}"


def booklet_story(data: EveningData, toc: TableOfContents) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [*_cover(data, st), *_summary(data, st), *_contents(st, toc)]
    for index, sheet in enumerate(data.projects):
        if index:
            story.append(PageBreak())
        sheet_flowables = sheet_story(data, sheet, st)
        mark = sheet_flowables[0]
        mark.toc_key = _toc_key(sheet)  # type: ignore[attr-defined]
        story += sheet_flowables
    return story


def _document(data: EveningData, target: Path | str | BytesIO) -> _Booklet:
    return _Booklet(
        target if isinstance(target, BytesIO) else str(target),
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Livret de restitution — {data.event_name}",
        author=data.event_name,
        creator="Katalyze",
    )


def _front_pages(data: EveningData) -> int:
    """Pages of the cover, summary and contents (laid out alone, off the record)."""
    st = styles()
    toc = _new_toc(st)
    toc.addEntries([(0, esc(sheet_heading(sheet)), 9999, None) for sheet in data.projects])
    toc.beforeBuild()
    story = [*_cover(data, st), *_summary(data, st), *_contents(st, toc)[:-1]]
    doc = _document(data, BytesIO())
    doc.build(story, canvasmaker=numbered_canvas(data.event_name, footer_text(data)))
    return int(doc.page)


def write_booklet(
    data: EveningData,
    path: Path | str,
    progress: ProgressFn | None = None,
    sheet_pages: dict[int, int] | None = None,
) -> None:
    """Write the whole booklet to ``path``.

    With ``sheet_pages`` (project id -> pages of its sheet, as written by
    :func:`write_action_sheet`), the contents' page numbers are known in
    advance and one layout pass suffices; the pass checks them, and a second
    pass corrects them if a sheet came out longer or shorter."""
    st = styles()
    canvasmaker = numbered_canvas(data.event_name, footer_text(data))
    pages = sheet_pages or {}
    report(progress, 0, 2, "Mise en page du livret")
    page = _front_pages(data) + 1
    predicted = []
    for sheet in data.projects:
        predicted.append((0, esc(sheet_heading(sheet)), page, _toc_key(sheet)))
        page += pages.get(sheet.id, 1)
    toc = _new_toc(st)
    toc.addEntries(predicted)
    toc.beforeBuild()
    doc = _document(data, path)
    doc.build(booklet_story(data, toc), canvasmaker=canvasmaker)
    if doc.sheet_starts == {key: number for _, _, number, key in predicted}:
        return
    report(progress, 1, 2, "Mise en page du livret (numéros de page)")
    _document(data, path).multiBuild(booklet_story(data, _new_toc(st)), canvasmaker=canvasmaker)


__all__ = ["booklet_story", "sheet_heading", "write_booklet"]
