"""Fonts embedded in every PDF Katalyze writes (badges, table lists, sheets).

DejaVu Sans covers French and every Latin-script name, Vietnamese included;
it ships in ``resources/fonts``. A character it lacks (another script) renders
as a missing-glyph box instead of failing the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from resources import FONTS


@dataclass(frozen=True)
class PdfFonts:
    regular: str
    bold: str
    italic: str
    condensed_bold: str


@cache
def register_fonts() -> PdfFonts:
    """Register the bundled fonts with reportlab once; returns their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "Katalyze": "DejaVuSans.ttf",
        "Katalyze-Bold": "DejaVuSans-Bold.ttf",
        "Katalyze-Italic": "DejaVuSans-Oblique.ttf",
        "Katalyze-CondensedBold": "DejaVuSansCondensed-Bold.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / filename)))
    addMapping("Katalyze", 0, 0, "Katalyze")
    addMapping("Katalyze", 1, 0, "Katalyze-Bold")
    addMapping("Katalyze", 0, 1, "Katalyze-Italic")
    addMapping("Katalyze", 1, 1, "Katalyze-Bold")
    return PdfFonts("Katalyze", "Katalyze-Bold", "Katalyze-Italic", "Katalyze-CondensedBold")
