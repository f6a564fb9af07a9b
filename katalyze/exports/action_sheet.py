"""The per-project action sheet (PDF): the document the incubator works from.

:func:`sheet_story` gives the flowables of one sheet (the booklet reuses it);
:func:`write_action_sheet` writes one sheet to a file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from katalyze.exports.data import EveningData, ItemRow, PersonRow, ProjectSheetData
from katalyze.exports.pdf_common import (
    ACCENT,
    ACCENT_LIGHT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    ZEBRA,
    SectionMark,
    Styles,
    esc,
    long_date,
    numbered_canvas,
    para,
    short_date,
    split_tall_rows,
    styles,
)
from katalyze.vocabulary import NEEDS

WIDTH = PAGE[0] - 2 * MARGIN_X - 12  # the frame's own padding, 6 pt a side
EMPTY = "Rien n'a été noté à cette table pour l'instant."


def sheet_heading(sheet: ProjectSheetData) -> str:
    return f"Table {sheet.table} — {sheet.title}"


def grid(
    header: list[str],
    rows: list[list[Flowable | str]],
    widths: list[float],
    st: Styles,
    *,
    padding: float = 3,
) -> Table:
    head = [Paragraph(h, st.head_cell) for h in header]
    # A long note becomes several rows (a row cannot split across pages).
    cut, origin = split_tall_rows(rows, widths)
    table = Table([head, *cut], colWidths=widths, repeatRows=1, splitByRow=1)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, source in enumerate(origin, start=1):
        if source % 2:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
        if index == len(origin) or origin[index] != source:
            commands.append(("LINEBELOW", (0, index), (-1, index), 0.4, RULE))
    table.setStyle(TableStyle(commands))
    return table


def h2(text: str, st: Styles) -> list[Flowable]:
    """A section heading that never stays alone at the foot of a page: a new
    page when less than a few lines are left (not the whole section moved)."""
    return [CondPageBreak(30 * mm), Paragraph(text, st.h2)]


def _empty(st: Styles, text: str = EMPTY) -> Paragraph:
    return Paragraph(text, st.empty)


def _header(data: EveningData, sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    band = Table(
        [[Paragraph(f"FICHE ACTION · TABLE {esc(sheet.table)}", st.head_cell)]],
        colWidths=[WIDTH],
    )
    band.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    when = long_date(data.event_date)
    if data.venue:
        when = f"{when} — {data.venue}"
    needs = ", ".join(NEEDS.get(n, n) for n in sheet.needs)
    if sheet.needs_other:
        needs = f"{needs}, {sheet.needs_other}" if needs else sheet.needs_other
    facts = [
        ("Événement", data.event_name),
        ("Date et lieu", when),
        ("Porteur·se", sheet.holder or "—"),
        ("Structure porteuse", sheet.lead_organisation or "—"),
    ]
    if sheet.theme:
        facts.append(("Thématique", sheet.theme))
    if needs:
        facts.append(("Besoins annoncés", needs))
    widths = [38 * mm, WIDTH - 38 * mm]
    rows, _ = split_tall_rows(
        [[Paragraph(label, st.muted), para(value, st.cell_bold)] for label, value in facts],
        widths,
        padding=6,
    )
    info = Table(rows, colWidths=widths)
    info.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out: list[Flowable] = [
        band,
        Spacer(0, 4 * mm),
        para(sheet.title, st.title),
        Spacer(0, 2 * mm),
        info,
    ]
    if sheet.description.strip():
        out += [Spacer(0, 2 * mm), para(sheet.description, st.muted)]
    out += [Spacer(0, 4 * mm), _key_figures(sheet, st)]
    return out


def _key_figures(sheet: ProjectSheetData, st: Styles) -> Table:
    figures = [
        (len(sheet.seated_ids), "participant·es"),
        (len(sheet.of_kind("idea")), "idées"),
        (len(sheet.of_kind("need")), "besoins"),
        (
            len(sheet.of_kind("offer")) + len(sheet.of_kind("commitment")),
            "ressources et engagements",
        ),
        (len(sheet.of_kind("action")), "actions"),
    ]
    cells = [
        [Paragraph(str(n), st.big_number) for n, _ in figures],
        [Paragraph(label, centered_muted(st)) for _, label in figures],
    ]
    table = Table(cells, colWidths=[WIDTH / len(figures)] * len(figures))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


@cache
def centered_muted(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("k-centered-muted", parent=st.muted, alignment=TA_CENTER)


def _participants(data: EveningData, sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Autour de la table", st)
    if not sheet.seated_ids:
        return [*out, _empty(st, "Personne n'est encore placé à cette table.")]
    for rnd, ids in sheet.seats.items():
        if len(data.rounds) > 1:
            n = len(ids)
            out.append(Paragraph(f"Tour {rnd} — {n} personne{'s' if n > 1 else ''}", st.h3))
        if not ids:
            out.append(_empty(st, "Personne à cette table pendant ce tour."))
            continue
        rows = []
        for pid in ids:
            person = data.people[pid]
            rows.append(
                [
                    para(person.full_name, st.cell_bold),
                    para(person.organisation, st.cell),
                    para(person.role_label, st.cell),
                    _contact(person, st),
                ]
            )
        out.append(
            grid(
                ["Nom", "Structure", "Profil", "Contact"],
                rows,
                [36 * mm, 40 * mm, 32 * mm, WIDTH - 108 * mm],
                st,
            )
        )
    out.append(
        Paragraph(
            "Les coordonnées ne figurent que pour les personnes qui ont accepté de les partager.",
            st.muted,
        )
    )
    return out


def _contact(person: PersonRow, st: Styles) -> Paragraph:
    """E-mail and phone on their own lines; a dash without consent."""
    lines = [_unbroken(v) for v in (person.email or "", person.phone) if v]
    if not lines:
        return Paragraph("—", st.muted)
    return Paragraph("<br/>".join(lines), _contact_style(st))


def _unbroken(value: str, fits: int = 30) -> str:
    """An e-mail address or phone number that wraps, if it must, only before
    its « @ » (or at a space), never in the middle of a word."""
    text = esc(value)
    if "@" in text:
        user, _at, domain = text.partition("@")
        return f"{user}<br/>@{domain}" if len(value) > fits else text
    return text


@cache
def _contact_style(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("k-contact", parent=st.cell, fontSize=9, leading=11, splitLongWords=0)


def _by(item: ItemRow) -> str:
    return item.participant_name


def _needs(data: EveningData, sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Besoins exprimés et qui peut y répondre", st)
    needs = sheet.of_kind("need")
    if not needs:
        return [*out, _empty(st)]
    for code, label in NEEDS.items():
        in_cat = [n for n in needs if n.category == code]
        if not in_cat:
            continue
        block: list[Flowable] = [Paragraph(esc(label), st.h3)]
        for need in in_cat:
            author = f" <font color='#5f6b76'>({esc(_by(need))})</font>" if _by(need) else ""
            block.append(Paragraph(f"• {esc(need.text)}{author}", st.body))
        helpers = data.helpers_for(sheet, code)
        if helpers:
            text = " ; ".join(f"<b>{esc(h.name)}</b> : {esc(h.what)}" for h in helpers)
            block.append(
                Paragraph(f"<font color='#0b6e4f'>Peut y répondre :</font> {text}", st.small)
            )
        else:
            block.append(Paragraph("Personne à la table ne s'est encore proposé.", st.empty))
        out.append(KeepTogether(block))
    others = [n for n in needs if n.category not in NEEDS]
    if others:
        out.append(Paragraph("Sans catégorie", st.h3))
        out += [Paragraph(f"• {esc(n.text)}", st.body) for n in others]
    return out


def _offers_and_commitments(sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Ressources proposées", st)
    offers = sheet.of_kind("offer")
    if offers:
        rows = [
            [para(o.participant_name or "—", st.cell_bold), para(o.text, st.cell)] for o in offers
        ]
        out.append(grid(["Qui", "Propose"], rows, [50 * mm, WIDTH - 50 * mm], st))
    else:
        out.append(_empty(st))
    out += h2("Engagements", st)
    commitments = sheet.of_kind("commitment")
    if commitments:
        rows = [
            [para(c.participant_name or "—", st.cell_bold), para(c.text, st.cell)]
            for c in commitments
        ]
        out.append(grid(["Qui", "S'engage à"], rows, [50 * mm, WIDTH - 50 * mm], st))
    else:
        out.append(_empty(st))
    return out


def _actions(data: EveningData, sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Plan d'action", st)
    actions = sheet.of_kind("action")
    if not actions:
        return [*out, _empty(st)]
    actions.sort(key=lambda a: (a.due is None, a.due or a.created_at.date(), a.position, a.id))
    rows = []
    for n, a in enumerate(actions, start=1):
        owner = data.people.get(a.responsible_participant_id or -1)
        if not a.responsible:
            responsible: Flowable = Paragraph("<font color='#b42318'>à désigner</font>", st.cell)
        elif owner is not None and (owner.email or owner.phone):
            # The owner's contact, only when they agreed to share it.
            responsible = Paragraph(
                f"<b>{esc(a.responsible)}</b><br/>"
                + "<br/>".join(_unbroken(v, 28) for v in (owner.email or "", owner.phone) if v),
                _contact_style(st),
            )
        else:
            responsible = para(a.responsible, st.cell)
        due = (
            Paragraph(short_date(a.due), st.cell)
            if a.due
            else Paragraph("<font color='#b42318'>à fixer</font>", st.cell)
        )
        rows.append(
            [
                Paragraph(str(n), st.cell),
                para(a.text, st.cell),
                responsible,
                due,
                para(a.status_label or "À faire", st.cell),
            ]
        )
    out.append(
        grid(
            ["N°", "Action", "Responsable", "Échéance", "Statut"],
            rows,
            [9 * mm, WIDTH - 123 * mm, 58 * mm, 24 * mm, 32 * mm],
            st,
        )
    )
    return out


def _ideas(sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Idées, par nombre de votes", st)
    ideas = sorted(sheet.of_kind("idea"), key=lambda i: (-i.votes, i.round, i.position, i.id))
    if not ideas:
        return [*out, _empty(st)]
    rows = [
        [
            Paragraph(str(i.votes), st.cell_bold),
            para(i.text, st.cell),
            para(i.participant_name or "", st.muted),
        ]
        for i in ideas
    ]
    out.append(
        grid(["Votes", "Idée", "Proposée par"], rows, [14 * mm, WIDTH - 58 * mm, 44 * mm], st)
    )
    return out


def _questions(sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Questions ouvertes et obstacles", st)
    questions = sheet.of_kind("question")
    if not questions:
        return [*out, _empty(st)]
    for q in questions:
        author = (
            f" <font color='#5f6b76'>({esc(q.participant_name)})</font>"
            if q.participant_name
            else ""
        )
        out.append(Paragraph(f"• {esc(q.text)}{author}", st.body))
    return out


def _syntheses(data: EveningData, sheet: ProjectSheetData, st: Styles) -> list[Flowable]:
    out: list[Flowable] = h2("Synthèse de la table", st)
    if not sheet.syntheses:
        return [*out, _empty(st, "Aucune synthèse n'a encore été rédigée.")]
    for rnd in sorted(sheet.syntheses):
        if len(data.rounds) > 1:
            out.append(Paragraph(f"Tour {rnd}", st.h3))
        out.append(para(sheet.syntheses[rnd], st.body))
    return out


def _follow_up(st: Styles) -> list[Flowable]:
    def blank(label: str, lines: int) -> list[list[Flowable]]:
        rows = [[Paragraph(label, st.cell_bold), Paragraph("", st.cell)]]
        rows += [[Paragraph("", st.cell), Paragraph("", st.cell)] for _ in range(lines - 1)]
        return rows

    rows = (
        blank("Prochain comité de pilotage (date, lieu)", 1)
        + blank("Référent·e incubateur", 1)
        + blank("Indicateurs suivis", 3)
        + blank("Décisions, notes", 4)
    )
    table = Table(rows, colWidths=[58 * mm, WIDTH - 58 * mm], rowHeights=[9 * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
            ]
        )
    )
    return [
        CondPageBreak(95 * mm),
        Paragraph("Suivi (à remplir par l'incubateur)", st.h2),
        KeepTogether([table]),
    ]


def sheet_story(
    data: EveningData, sheet: ProjectSheetData, st: Styles | None = None
) -> list[Flowable]:
    """The flowables of one action sheet, in the order the incubator reads it:
    the synthesis, the action plan, the needs and who can meet them, the
    resources and commitments, then ideas and questions, the follow-up block,
    and who sat at the table last."""
    st = st or styles()
    return [
        SectionMark(sheet_heading(sheet)),
        *_header(data, sheet, st),
        *_syntheses(data, sheet, st),
        *_actions(data, sheet, st),
        *_needs(data, sheet, st),
        *_offers_and_commitments(sheet, st),
        *_ideas(sheet, st),
        *_questions(sheet, st),
        *_follow_up(st),
        *_participants(data, sheet, st),
    ]


def footer_text(data: EveningData) -> str:
    return f"Katalyze — édité le {data.generated_at:%d/%m/%Y à %H:%M}"


def document(path: Path | str, title: str, author: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="Katalyze",
    )


def write_action_sheet(data: EveningData, sheet: ProjectSheetData, path: Path | str) -> int:
    """Write one project's action sheet to ``path`` (overwritten); returns its
    number of pages (the booklet uses it for its table of contents)."""
    doc = document(path, f"Fiche action — {sheet_heading(sheet)}", data.event_name)
    doc.build(
        sheet_story(data, sheet),
        canvasmaker=numbered_canvas(data.event_name, footer_text(data)),
    )
    return int(doc.page)


__all__ = ["INK", "MUTED", "sheet_heading", "sheet_story", "write_action_sheet"]
