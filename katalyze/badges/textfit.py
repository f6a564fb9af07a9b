"""Fitting text in a box on a PDF canvas: shrink, wrap, never cut.

Text is measured with reportlab's ``stringWidth``; the largest size at which
the text fits wins, wrapping at spaces first, then at hyphens, then inside an
over-long word; below the smallest size the line is compressed horizontally.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from katalyze.pdf_fonts import register_fonts

LINE_HEIGHT = 1.17
INK = HexColor("#1d1d1f")


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    # Below 1 only when even the smallest size is too wide: the line is
    # compressed horizontally instead of being cut.
    hscale: float = 1.0

    def height(self) -> float:
        return len(self.lines) * self.size * LINE_HEIGHT


def clean(text: str | None) -> str:
    """NFC (precomposed accents), no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(text.split())


@cache
def _glyphs(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def missing_glyphs(text: str, font: str | None = None) -> str:
    """The characters of ``text`` the badge font cannot draw (shown as boxes)."""
    covered = _glyphs(font or register_fonts().bold)
    return "".join(sorted({c for c in clean(text) if c != " " and ord(c) not in covered}))


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _pieces(text: str, *, level: int, font: str, size: float, limit: float) -> list[str]:
    """Pieces a line may break after: words; from ``level`` 1 the parts of
    hyphenated words too (the hyphen ends its line); at ``level`` 2 a part
    wider than the line is split into chunks that fit."""
    pieces: list[str] = []
    split_words = level >= 2
    for word in text.split():
        parts = (re.findall(r"[^-‐]+[-‐]*|[-‐]+", word) if level >= 1 else None) or [word]
        for i, part in enumerate(parts):
            glued = i > 0
            if split_words and width(part, font, size) > limit:
                chunk = ""
                for char in part:
                    if chunk and width(chunk + char, font, size) > limit:
                        pieces.append(("\0" if glued else "") + chunk)
                        chunk, glued = char, True
                    else:
                        chunk += char
                part = chunk
            pieces.append(("\0" if glued else "") + part)
    return pieces


def _wrap(text: str, font: str, size: float, limit: float, *, level: int = 0) -> list[str]:
    """Greedy line filling over :func:`_pieces` (a leading NUL marks a piece
    glued to the previous one, without a space)."""
    lines: list[str] = []
    current = ""
    for piece in _pieces(text, level=level, font=font, size=size, limit=limit):
        glued = piece.startswith("\0")
        piece = piece.lstrip("\0")
        candidate = (current + piece) if glued else f"{current} {piece}".strip()
        if current and width(candidate, font, size) > limit:
            lines.append(current)
            current = piece
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _search(
    candidates: list[list[str]],
    font: str,
    max_size: float,
    min_size: float,
    box_width: float,
    box_height: float,
    max_lines: int,
    *,
    level: int,
) -> FittedText | None:
    text = " ".join(candidates[0])
    size = max_size
    while size >= min_size - 1e-6:
        tries = [*candidates, _wrap(text, font, size, box_width, level=level)]
        for lines in tries:
            if len(lines) > max_lines or len(lines) * size * LINE_HEIGHT > box_height + 0.01:
                continue
            if all(width(line, font, size) <= box_width for line in lines):
                return FittedText(tuple(lines), size)
        size -= 0.5
    return None


def fit_text(
    candidates: list[list[str]] | str,
    font: str,
    *,
    max_size: float,
    min_size: float,
    box_width: float,
    box_height: float,
    max_lines: int = 3,
) -> FittedText:
    """The largest size at which one of the ``candidates`` (ways to break the
    text into lines, preferred first) fits the box; wrapping at spaces comes
    next, then at hyphens and, for a word too long for any line, inside the
    word, each only when the text then reads much larger. Below ``min_size`` the widest line is compressed
    horizontally: the text is never cut."""
    if isinstance(candidates, str):
        candidates = [[candidates]]
    candidates = [[line for line in c if line] for c in candidates if any(c)]
    if not candidates:
        return FittedText((), max_size)
    args = (candidates, font, max_size, min_size, box_width, box_height, max_lines)
    best = _search(*args, level=0)
    # Breaking inside a word only when it reads much larger.
    for level, small, gain in ((1, 0.6, 1.2), (2, 0.45, 1.3)):
        if best is None or best.size < small * max_size:
            other = _search(*args, level=level)
            if other is not None and (best is None or other.size > gain * best.size):
                best = other
    if best is not None:
        return best
    # Nothing fits: the smallest size, as few lines as the height allows, squeezed.
    size = min_size
    words = " ".join(candidates[0])
    allowed = max(1, min(max_lines, int(box_height // (size * LINE_HEIGHT)) or 1))
    lines = next((c for c in candidates if len(c) <= allowed), [words])
    if len(lines) > allowed:
        lines = [words]
    widest = max(width(line, font, size) for line in lines)
    return FittedText(tuple(lines), size, hscale=min(1.0, box_width / widest))


def draw_lines(
    canvas: Canvas,
    fitted: FittedText,
    font: str,
    x: float,
    top: float,
    *,
    colour: Color = INK,
    align: str = "left",
    box_width: float = 0.0,
) -> float:
    """Draw ``fitted`` with its first baseline under ``top``; returns the
    y under the last line."""
    canvas.setFillColor(colour)
    y = top
    for line in fitted.lines:
        y -= fitted.size * LINE_HEIGHT
        baseline = y + fitted.size * (LINE_HEIGHT - 1.0) / 2 + fitted.size * 0.22
        text_width = width(line, font, fitted.size) * fitted.hscale
        left = x
        if align == "center":
            left = x + (box_width - text_width) / 2
        elif align == "right":
            left = x + box_width - text_width
        obj = canvas.beginText(left, baseline)
        obj.setFont(font, fitted.size)
        obj.setHorizScale(fitted.hscale * 100)
        obj.textLine(line)
        canvas.drawText(obj)
    return y
