"""What the action sheets and the booklet share: styles, safe text, page frame.

Every piece of user text goes through :func:`para` / :func:`esc`, which escape
``<``, ``&`` and ``>`` and keep line breaks, so a note reading ``<b>`` prints
``<b>`` and never turns bold (or breaks the export).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from katalyze.i18n import _
from katalyze.pdf_fonts import register_fonts
from katalyze.text import french_date

PAGE = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm

INK = colors.HexColor("#1d2b36")
MUTED = colors.HexColor("#5f6b76")
ACCENT = colors.HexColor("#0b6e4f")
ACCENT_LIGHT = colors.HexColor("#e3f1eb")
RULE = colors.HexColor("#c9d3da")
ZEBRA = colors.HexColor("#f5f7f9")


def long_date(day: dt.date | None) -> str:
    return french_date(day, missing=_("date à préciser"))


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: str | None) -> str:
    """User text as reportlab paragraph markup: escaped, line breaks kept."""
    if not text:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    value = escape(_CONTROL.sub("", value))
    return value.replace("\t", " ").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    empty: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    toc0: ParagraphStyle
    big_number: ParagraphStyle
    right: ParagraphStyle


@cache
def styles() -> Styles:
    f = register_fonts()
    base = ParagraphStyle("k-body", fontName=f.regular, fontSize=9.5, leading=12.5, textColor=INK)
    return Styles(
        body=base,
        small=ParagraphStyle("k-small", parent=base, fontSize=9, leading=11.5),
        muted=ParagraphStyle("k-muted", parent=base, fontSize=9, leading=11.5, textColor=MUTED),
        empty=ParagraphStyle(
            "k-empty", parent=base, fontName=f.italic, fontSize=9, textColor=MUTED, leading=11.5
        ),
        cell=ParagraphStyle("k-cell", parent=base, fontSize=9, leading=11),
        cell_bold=ParagraphStyle(
            "k-cell-bold", parent=base, fontName=f.bold, fontSize=9, leading=11
        ),
        head_cell=ParagraphStyle(
            "k-head-cell",
            parent=base,
            fontName=f.bold,
            fontSize=9,
            leading=11,
            textColor=colors.white,
        ),
        title=ParagraphStyle(
            "k-title",
            parent=base,
            fontName=f.bold,
            fontSize=17,
            leading=21,
            textColor=INK,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "k-subtitle", parent=base, fontSize=10, leading=13, textColor=MUTED, spaceAfter=6
        ),
        h2=ParagraphStyle(
            "k-h2",
            parent=base,
            fontName=f.bold,
            fontSize=11.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=ParagraphStyle(
            "k-h3",
            parent=base,
            fontName=f.bold,
            fontSize=9.5,
            leading=12,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,  # a sub-heading never alone at the foot of a page
        ),
        cover_title=ParagraphStyle(
            "k-cover-title",
            parent=base,
            fontName=f.bold,
            fontSize=28,
            leading=34,
            textColor=INK,
        ),
        cover_sub=ParagraphStyle(
            "k-cover-sub", parent=base, fontSize=13, leading=18, textColor=MUTED
        ),
        toc0=ParagraphStyle("k-toc0", parent=base, fontSize=10, leading=14, leftIndent=0),
        big_number=ParagraphStyle(
            "k-big-number",
            parent=base,
            fontName=f.bold,
            fontSize=20,
            leading=24,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        right=ParagraphStyle("k-right", parent=base, fontSize=9, leading=11, alignment=TA_RIGHT),
    )


# The tallest piece of one table row: a row cannot split across pages, so a
# long note is cut into continuation rows no taller than this (a sixth of a
# page, so a cut row never leaves much of a page blank).
ROW_PIECE_HEIGHT = 120.0


def split_tall_rows(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    padding: float = 8,
    limit: float = ROW_PIECE_HEIGHT,
) -> tuple[list[list[Flowable | str]], list[int]]:
    """``rows`` with every row taller than ``limit`` cut into several rows.

    Each paragraph cell is split (:meth:`Paragraph.split`) into pieces that
    fit ``limit`` in its column (``widths`` less ``padding``); the row becomes
    as many rows as its longest cell has pieces, the other cells left empty.
    Returns the rows and, for each, the index of the row it came from (for
    zebra stripes and rules drawn per original row)."""
    out: list[list[Flowable | str]] = []
    origin: list[int] = []
    for index, row in enumerate(rows):
        columns = [
            _pieces(cell, width - padding, limit) for cell, width in zip(row, widths, strict=False)
        ]
        count = max([1, *(len(c) for c in columns)])
        for n in range(count):
            out.append([c[n] if n < len(c) else "" for c in columns])
            origin.append(index)
    return out, origin


def _pieces(cell: Flowable | str, width: float, limit: float) -> list[Flowable | str]:
    if not isinstance(cell, Paragraph):
        return [cell]
    pieces: list[Flowable | str] = []
    rest: Paragraph = cell
    while True:
        _, height = rest.wrap(max(width, 1), limit)
        if height <= limit:
            break
        parts = rest.split(max(width, 1), limit)
        if len(parts) < 2:
            break  # cannot be cut (one line taller than a piece): keep it whole
        pieces.append(parts[0])
        rest = parts[1]
    pieces.append(rest)
    return pieces


def para(text: str | None, style: ParagraphStyle, *, markup: str = "") -> Paragraph:
    """A paragraph of user text (escaped); ``markup`` is trusted text put before it."""
    return Paragraph(markup + esc(text), style)


class SectionMark(Flowable):
    """Invisible: tells the page frame which table the following pages belong to."""

    width = height = 0

    def __init__(self, label: str | None, bare: bool = False) -> None:
        super().__init__()
        self.label = label
        self.bare = bare

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv._katalyze_section = self.label  # type: ignore[attr-defined]
        self.canv._katalyze_bare = self.bare  # type: ignore[attr-defined]


def numbered_canvas(title: str, generated: str) -> type[Canvas]:
    """A canvas class that draws the running header and "page n / N" footer
    once the number of pages is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._katalyze_pages: list[dict[str, Any]] = []
            self._katalyze_section: str | None = None
            self._katalyze_bare = False

        def showPage(self) -> None:
            self._katalyze_pages.append(dict(self.__dict__))
            bare = self._katalyze_bare
            self._startPage()
            # A bare page (the cover) does not make the next one bare.
            self._katalyze_bare = False if bare else self._katalyze_bare

        def save(self) -> None:
            total = len(self._katalyze_pages)
            for number, state in enumerate(self._katalyze_pages, start=1):
                self.__dict__.update(state)
                if not state.get("_katalyze_bare"):
                    self._frame(number, total, state.get("_katalyze_section"))
                Canvas.showPage(self)
            Canvas.save(self)

        def _frame(self, number: int, total: int, section: str | None) -> None:
            f = register_fonts()
            width, height = PAGE
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            top = height - 12 * mm
            self.setFont(f.bold, 8)
            self.setFillColor(ACCENT)
            self.drawString(MARGIN_X, top, _fit(self, title, f.bold, 8, (width - 2 * MARGIN_X) / 2))
            if section:
                self.setFont(f.regular, 8)
                self.setFillColor(MUTED)
                self.drawRightString(
                    width - MARGIN_X,
                    top,
                    _fit(self, section, f.regular, 8, (width - 2 * MARGIN_X) / 2 - 6 * mm),
                )
            self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
            bottom = 10 * mm
            self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
            self.setFont(f.regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, bottom, generated)
            self.drawRightString(width - MARGIN_X, bottom, f"Page {number} / {total}")
            self.restoreState()

    return NumberedCanvas


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    text = " ".join(_CONTROL.sub("", str(text)[:400]).split())
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
