"""Drawing one badge on a reportlab canvas: fitted name, role band, QR code.

Two designs share the same pieces: a landscape card (90 × 54 mm inserts,
labels) with the QR code on the right, and a portrait badge (A6) with the QR
code centred. Text goes through :mod:`katalyze.badges.textfit` (shrunk, wrapped
or, as a last resort, compressed horizontally: a name is never cut).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import qrcode
from qrcode.constants import ERROR_CORRECT_H
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from katalyze.badges.textfit import (
    INK,
    LINE_HEIGHT,
    clean,
    draw_lines,
    fit_text,
    width,
)
from katalyze.checkin.codes import format_code
from katalyze.pdf_fonts import register_fonts

QUIET_ZONE = 4  # modules of white around the QR code (ISO/IEC 18004)
GREY = HexColor("#5f6368")
FALLBACK_BAND = "#888888"


@dataclass(frozen=True)
class BadgeData:
    """Everything printed on one badge."""

    participant_id: int
    first_name: str
    last_name: str
    organisation: str
    role: str
    role_colour: str
    code: str
    table: str | None
    event_line: str


@cache
def qr_matrix(code: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of the QR code for ``code`` (version 1, level H, alphanumeric
    mode for badge codes), without the quiet zone."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_H, border=0)
    qr.add_data(code)
    qr.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in qr.get_matrix())


@cache
def qr_rectangles(code: str) -> tuple[tuple[int, int, int, int], ...]:
    """The dark modules as few rectangles ``(column, row, width, height)`` in
    module units: runs along each row, merged down identical runs below."""
    matrix = qr_matrix(code)
    open_runs: dict[tuple[int, int], list[int]] = {}  # (start, width) -> [col, row, w, h]
    done: list[list[int]] = []
    for r, row in enumerate(matrix):
        runs = []
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((start, c - start))
            else:
                c += 1
        still_open: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            rect = open_runs.pop(run, None)
            if rect is None:
                rect = [run[0], r, run[1], 0]
            rect[3] += 1
            still_open[run] = rect
        done.extend(open_runs.values())
        open_runs = still_open
    done.extend(open_runs.values())
    return tuple(tuple(rect) for rect in sorted(done, key=lambda q: (q[1], q[0])))  # type: ignore[misc]


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    """The QR code as vector squares in a ``size`` box (quiet zone included)
    whose bottom-left corner is (x, y).

    All dark modules form one filled path, written in module units under a
    transformation (short integers: a 500-badge sheet stays fast and small).
    """
    modules = len(qr_matrix(code)) + 2 * QUIET_ZONE
    unit = size / modules
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    # Origin at the top-left of the first module, y pointing down.
    canvas.translate(x + QUIET_ZONE * unit, y + size - QUIET_ZONE * unit)
    canvas.scale(unit, -unit)
    ops = "\n".join(f"{c} {r} {w} {h} re" for c, r, w, h in qr_rectangles(code))
    canvas.addLiteral(ops + "\nf")
    canvas.restoreState()


def _luminance(colour: Color) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red)
        + 0.7152 * channel(colour.green)
        + 0.0722 * channel(colour.blue)
    )


def band_colours(hex_colour: str) -> tuple[Color, Color]:
    """The band colour and the text colour (black or white) that contrasts
    best with it (WCAG contrast ratio)."""
    try:
        band = HexColor(hex_colour if len(hex_colour) in (4, 7) else hex_colour[:7])
    except (ValueError, TypeError):
        band = HexColor(FALLBACK_BAND)
    lum = _luminance(band)
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return band, (white if on_white >= on_black else black)


def _band(
    canvas: Canvas, badge: BadgeData, x: float, y: float, w: float, h: float, pad: float
) -> None:
    fonts = register_fonts()
    fill, text_colour = band_colours(badge.role_colour or FALLBACK_BAND)
    canvas.setFillColor(fill)
    canvas.rect(x, y, w, h, stroke=0, fill=1)
    size_cap = min(h * 0.52, 20.0)
    table_width = 0.0
    if badge.table:
        table = fit_text(
            f"Table {clean(badge.table)}",
            fonts.bold,
            max_size=size_cap,
            min_size=5,
            box_width=w * 0.4,
            box_height=h,
            max_lines=1,
        )
        table_width = width(table.lines[0], fonts.bold, table.size) * table.hscale
        draw_lines(
            canvas,
            table,
            fonts.bold,
            x + w - pad - table_width,
            y + (h + table.height()) / 2,
            colour=text_colour,
            align="left",
        )
    role = clean(badge.role)
    if role:
        room = w - 2 * pad - (table_width + 3 * mm if table_width else 0)
        fitted = fit_text(
            role,
            fonts.condensed_bold,
            max_size=size_cap,
            min_size=5,
            box_width=room,
            box_height=h * 0.9,
            max_lines=2,
        )
        align = "left" if table_width else "center"
        draw_lines(
            canvas,
            fitted,
            fonts.condensed_bold,
            x + pad,
            y + (h + fitted.height()) / 2,
            colour=text_colour,
            align=align,
            box_width=room,
        )


def _name_candidates(badge: BadgeData) -> list[list[str]]:
    first, last = clean(badge.first_name), clean(badge.last_name)
    full = f"{first} {last}".strip()
    candidates = [[full]]
    if first and last:
        candidates.append([first, last])
    return candidates


def _code_label(
    canvas: Canvas, code: str, centre_x: float, top: float, size: float, room: float
) -> None:
    fonts = register_fonts()
    text = format_code(code)
    spacing = size * 0.08
    natural = width(text, fonts.bold, size) + spacing * (len(text) - 1)
    if natural > room:
        size *= room / natural
        spacing = size * 0.08
        natural = room
    # Character spacing is graphics state in PDF: keep it to this label.
    canvas.saveState()
    canvas.setFillColor(INK)
    obj = canvas.beginText(centre_x - natural / 2, top - size * 0.95)
    obj.setFont(fonts.bold, size)
    obj.setCharSpace(spacing)
    obj.textLine(text)
    canvas.drawText(obj)
    canvas.restoreState()


def draw_landscape(
    canvas: Canvas, badge: BadgeData, x: float, y: float, w: float, h: float, inset: float
) -> None:
    """A card: name and organisation left, QR code right, role band at the bottom."""
    fonts = register_fonts()
    h_mm = h / mm
    band_h = min(max(0.2 * h, 7 * mm), 12 * mm)
    pad = max(3 * mm, 0.06 * h) + inset
    _band(canvas, badge, x, y, w, band_h, pad)

    left = x + pad
    top = y + h - inset - max(2.5 * mm, 0.05 * h)
    event_size = max(5.5, min(8.0, h_mm * 0.12))
    if badge.event_line:
        event = fit_text(
            clean(badge.event_line),
            fonts.regular,
            max_size=event_size,
            min_size=4.5,
            box_width=x + w - pad - left,
            box_height=event_size * 1.3,
            max_lines=1,
        )
        top = draw_lines(canvas, event, fonts.regular, left, top, colour=GREY)

    # The QR code hangs under the event line, right-aligned: its quiet zone is
    # the white margin around it, and nothing else is drawn inside it.
    code_size = max(6.0, min(9.5, h_mm * 0.15))
    code_h = code_size * 1.25
    qr_size = min(top - (y + band_h) - code_h - 0.8 * mm, 0.34 * w)
    qr_x = x + w - inset - qr_size
    qr_y = top - qr_size
    draw_qr(canvas, badge.code, qr_x, qr_y, qr_size)
    _code_label(canvas, badge.code, qr_x + qr_size / 2, qr_y, code_size, qr_size)

    text_w = qr_x - left
    top -= 1.2 * mm
    bottom = y + band_h + 1.8 * mm
    org_text = clean(badge.organisation)
    org = None
    if org_text:
        # Read from a metre away: 10–11 pt on a 54 mm badge, never under 7 pt.
        org_size = max(7.5, min(12.0, h_mm * 0.2))
        org = fit_text(
            org_text,
            fonts.regular,
            max_size=org_size,
            min_size=7.0,
            box_width=text_w,
            box_height=org_size * LINE_HEIGHT * 2,
            max_lines=2,
        )
        draw_lines(canvas, org, fonts.regular, left, bottom + org.height(), colour=GREY)
        bottom += org.height() + 0.8 * mm

    name = fit_text(
        _name_candidates(badge),
        fonts.bold,
        max_size=max(12.0, h_mm * 0.45),
        min_size=6.0,
        box_width=text_w,
        box_height=top - bottom,
        max_lines=4,
    )
    name_top = bottom + (top - bottom + name.height()) / 2
    draw_lines(canvas, name, fonts.bold, left, name_top)


def draw_portrait(
    canvas: Canvas, badge: BadgeData, x: float, y: float, w: float, h: float, inset: float
) -> None:
    """A6: everything centred, name on top, QR code in the middle, band below."""
    fonts = register_fonts()
    pad = 8 * mm + inset
    band_h = 0.14 * h
    _band(canvas, badge, x, y, w, band_h, pad)
    inner_w = w - 2 * pad
    top = y + h - pad
    if badge.event_line:
        line = clean(badge.event_line)
        event = fit_text(
            [[line], [part.strip() for part in line.split(" · ")]],
            fonts.regular,
            max_size=10,
            min_size=6,
            box_width=inner_w,
            box_height=26,
            max_lines=2,
        )
        top = draw_lines(
            canvas,
            event,
            fonts.regular,
            x + pad,
            top,
            colour=GREY,
            align="center",
            box_width=inner_w,
        )
        top -= 3 * mm

    code_size = 11.0
    qr_size = 0.46 * w
    code_h = code_size * 1.3
    qr_y = y + band_h + 4 * mm + code_h
    qr_x = x + (w - qr_size) / 2
    draw_qr(canvas, badge.code, qr_x, qr_y, qr_size)
    _code_label(canvas, badge.code, x + w / 2, qr_y, code_size, inner_w)

    bottom = qr_y + qr_size - 2 * mm  # the quiet zone is white already
    org_text = clean(badge.organisation)
    if org_text:
        org = fit_text(
            org_text,
            fonts.regular,
            max_size=14,
            min_size=7,
            box_width=inner_w,
            box_height=14 * LINE_HEIGHT * 2,
            max_lines=2,
        )
        draw_lines(
            canvas,
            org,
            fonts.regular,
            x + pad,
            bottom + org.height(),
            colour=GREY,
            align="center",
            box_width=inner_w,
        )
        bottom += org.height() + 2 * mm
    name = fit_text(
        _name_candidates(badge),
        fonts.bold,
        max_size=34,
        min_size=9,
        box_width=inner_w,
        box_height=top - bottom,
        max_lines=4,
    )
    draw_lines(
        canvas,
        name,
        fonts.bold,
        x + pad,
        bottom + (top - bottom + name.height()) / 2,
        align="center",
        box_width=inner_w,
    )


def draw_badge(
    canvas: Canvas, badge: BadgeData, x: float, y: float, w: float, h: float, inset: float = 0.0
) -> None:
    """One badge in the ``w`` × ``h`` box at (x, y), all in points."""
    canvas.saveState()
    if w >= h:
        draw_landscape(canvas, badge, x, y, w, h, inset)
    else:
        draw_portrait(canvas, badge, x, y, w, h, inset)
    canvas.restoreState()
