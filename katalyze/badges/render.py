"""Print-ready badge PDFs: choose who, lay the badges out, write the file safely."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, update

from katalyze.badges.draw import BadgeData, draw_badge
from katalyze.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout
from katalyze.badges.textfit import clean, missing_glyphs
from katalyze.checkin.arrivals import current_round, tables_of
from katalyze.checkin.issuing import ensure_codes_in
from katalyze.db import Database
from katalyze.db.models import Event, Participant, utcnow
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.files import atomic_target
from katalyze.i18n import _, ngettext
from katalyze.pdf_fonts import register_fonts
from katalyze.progress import ProgressFn, report
from katalyze.text import fold, french_date


@dataclass(frozen=True)
class BadgeRun:
    """What a badge export produced."""

    path: Path
    layout: str
    count: int
    pages: int
    participant_ids: tuple[int, ...]
    # "Name: characters" for names the bundled font cannot fully draw; they
    # print with empty boxes in place of those characters.
    missing_glyphs: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "layout": self.layout,
            "count": self.count,
            "pages": self.pages,
            "participant_ids": list(self.participant_ids),
            "missing_glyphs": list(self.missing_glyphs),
        }


def event_line(event: Event) -> str:
    return " · ".join(part for part in (clean(event.name), french_date(event.date)) if part)


def select_badges(
    db: Database,
    participant_ids: Iterable[int] | None = None,
    *,
    only_unprinted: bool = False,
    show_table: bool = False,
) -> list[BadgeData]:
    """The badges to print, sorted by last then first name (accents ignored).

    Everybody not cancelled by default; ``participant_ids`` picks people (a
    cancelled registration too, when named); ``only_unprinted`` keeps badges
    never printed. Whoever has no badge code yet gets one.
    """
    wanted = None if participant_ids is None else list(dict.fromkeys(participant_ids))
    with db.sessions.begin() as session:
        event = event_in(session)
        query = select(Participant)
        if wanted is not None:
            query = query.where(Participant.id.in_(wanted))
        else:
            query = query.where(Participant.cancelled.is_(False))
        if only_unprinted:
            query = query.where(Participant.badge_printed_at.is_(None))
        people = list(session.scalars(query))
        if wanted is not None:
            missing = sorted(set(wanted) - {p.id for p in people})
            if missing and not only_unprinted:
                shown = ", ".join(map(str, missing[:10])) + (" …" if len(missing) > 10 else "")
                raise UserError(
                    ngettext(
                        "Participant introuvable : n° {shown}.",
                        "Participants introuvables : n° {shown}.",
                        len(missing),
                    ).format(shown=shown)
                )
        ensure_codes_in(session, [p.id for p in people if p.badge_code is None])
        tables = (
            tables_of(session, [p.id for p in people], current_round(event)) if show_table else {}
        )
        line = event_line(event)
        badges = [
            BadgeData(
                participant_id=p.id,
                first_name=p.first_name,
                last_name=p.last_name,
                organisation=p.organisation,
                role=p.role.label if p.role else "",
                role_colour=p.role.colour if p.role else "#888888",
                code=p.badge_code or "",
                table=tables.get(p.id),
                event_line=line,
            )
            for p in people
        ]
    badges.sort(key=lambda b: (fold(b.last_name), fold(b.first_name), b.participant_id))
    return badges


def _cut_marks(canvas: Canvas, layout: Layout) -> None:
    """Short hairlines in the margins along every badge edge."""
    bw, bh = layout.badge
    xs = sorted(
        {
            round(layout.left + c * layout.h_pitch + dx, 3)
            for c in range(layout.columns)
            for dx in (0.0, bw)
        }
    )
    ys = sorted(
        {
            round(layout.top + r * layout.v_pitch + dy, 3)
            for r in range(layout.rows)
            for dy in (0.0, bh)
        }
    )
    page_h = layout.page[1]
    block_top, block_bottom = ys[0], ys[-1]
    block_left, block_right = xs[0], xs[-1]
    gap, length = 2.0, 7.0
    canvas.saveState()
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    for x in xs:
        for y0, y1 in (
            (block_top - gap, block_top - gap - length),
            (block_bottom + gap, block_bottom + gap + length),
        ):
            canvas.line(x * mm, (page_h - y0) * mm, x * mm, (page_h - y1) * mm)
    for y in ys:
        for x0, x1 in (
            (block_left - gap, block_left - gap - length),
            (block_right + gap, block_right + gap + length),
        ):
            canvas.line(x0 * mm, (page_h - y) * mm, x1 * mm, (page_h - y) * mm)
    canvas.restoreState()


def write_pdf(
    badges: list[BadgeData],
    out_path: Path,
    layout: Layout,
    *,
    title: str = "Badges",
    progress: ProgressFn | None = None,
) -> int:
    """Write ``badges`` to ``out_path`` (temporary file, then rename);
    returns the number of pages."""
    register_fonts()
    out_path = Path(out_path)
    pages = 0
    with atomic_target(out_path) as temp:
        page_w, page_h = layout.page
        canvas = Canvas(str(temp), pagesize=(page_w * mm, page_h * mm), pageCompression=1)
        canvas.setTitle(title)
        canvas.setAuthor("Katalyze")
        canvas.setCreator("Katalyze")
        bw, bh = layout.badge
        total = len(badges)
        for index, badge in enumerate(badges):
            slot = index % layout.per_page
            if slot == 0:
                if index:
                    canvas.showPage()
                pages += 1
                if layout.cut_marks:
                    _cut_marks(canvas, layout)
            x, y = layout.origin(slot)
            draw_badge(canvas, badge, x * mm, y * mm, bw * mm, bh * mm, layout.safe_inset * mm)
            if index % 8 == 0:
                report(progress, index, total, "Badges")
        canvas.showPage()
        canvas.save()
        report(progress, total, total, "Badges")
    return pages


def _mark_printed(db: Database, ids: list[int]) -> None:
    now = utcnow()
    with db.sessions.begin() as session:
        for start in range(0, len(ids), 900):
            session.execute(
                update(Participant)
                .where(Participant.id.in_(ids[start : start + 900]))
                .values(badge_printed_at=now)
            )


def _script_note(badge: BadgeData) -> str:
    """Why a badge may not print as written: characters without a glyph in
    the bundled font (empty boxes), or a right-to-left script, which is
    printed left to right without joined letters."""
    text = f"{badge.first_name} {badge.last_name} {badge.organisation}"
    name = f"{clean(badge.first_name)} {clean(badge.last_name)}".strip()
    problems = []
    lacking = missing_glyphs(text)
    if lacking:
        problems.append(_("caractères absents de la police ({lacking})").format(lacking=lacking))
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        problems.append(_("écriture de droite à gauche, imprimée sans liaison des lettres"))
    return f"{name} : {' ; '.join(problems)}" if problems else ""


def _layout(key: str) -> Layout:
    spec = LAYOUTS.get(key)
    if spec is None:
        raise UserError(
            _("Mise en page inconnue « {layout} » : choisissez parmi {names}.").format(
                layout=key, names=", ".join(LAYOUTS)
            )
        )
    return spec


def render_badges(
    db: Database,
    out_path: str | Path,
    layout: str = DEFAULT_LAYOUT,
    participant_ids: Iterable[int] | None = None,
    only_unprinted: bool = False,
    show_table: bool = False,
    progress: ProgressFn | None = None,
    *,
    mark_printed: bool = True,
) -> BadgeRun:
    """Write the badges of the chosen people to ``out_path`` (PDF) and mark
    them printed. ``layout`` is a key of :data:`LAYOUTS`."""
    spec = _layout(layout)
    out = Path(out_path).expanduser()
    if out.suffix.lower() != ".pdf":
        raise UserError(
            _("« {name} » : le fichier de badges doit se terminer par .pdf.").format(name=out.name)
        )
    if mark_printed:
        db.require_writable()
    badges = select_badges(
        db, participant_ids, only_unprinted=only_unprinted, show_table=show_table
    )
    if not badges:
        if only_unprinted:
            raise UserError(
                _("Tous les badges ont déjà été imprimés : rien de nouveau à imprimer.")
            )
        raise UserError(_("Aucun participant à qui imprimer un badge."))
    report(progress, 0, len(badges), "Badges")
    pages = write_pdf(badges, out, spec, title="Badges", progress=progress)
    ids = [b.participant_id for b in badges]
    if mark_printed:
        _mark_printed(db, ids)
    glyph_notes = [note for b in badges if (note := _script_note(b))]
    return BadgeRun(
        path=out,
        layout=spec.key,
        count=len(badges),
        pages=pages,
        participant_ids=tuple(ids),
        missing_glyphs=tuple(glyph_notes),
    )


def render_preview(
    db: Database,
    out_path: str | Path,
    layout: str = DEFAULT_LAYOUT,
    participant_ids: Iterable[int] | None = None,
    only_unprinted: bool = False,
    show_table: bool = False,
) -> int:
    """The first page the same choices would print, as a PDF at ``out_path``
    (the Badges screen shows it); nobody is marked printed. Returns how many
    badges the page holds, 0 when there is nobody to print (no file then)."""
    spec = _layout(layout)
    badges = select_badges(
        db, participant_ids, only_unprinted=only_unprinted, show_table=show_table
    )[: spec.per_page]
    if badges:
        write_pdf(badges, Path(out_path), spec, title="Aperçu")
    return len(badges)
