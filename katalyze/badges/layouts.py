"""Sheet layouts: where badges sit on a page, in millimetres.

* ``a4-8`` — eight 90 × 54 mm badges (the size of standard badge-holder
  inserts) on A4, 2 × 4, abutting, centred, with cut marks in the margins: a
  guillotine or a ruler cuts along each mark from edge to edge.
* ``a6`` — one badge filling an A6 page (105 × 148 mm, portrait), for A6
  lanyard pouches or a printer with A6 paper.
* ``avery-l7163`` — Avery L7163 / J8163 address labels, 14 per A4 sheet:
  99.1 × 38.1 mm, 2 × 7, top margin 15.15 mm, side margin 4.65 mm, horizontal
  pitch 101.6 mm (2.5 mm gap), vertical pitch 38.1 mm (no gap).
* ``avery-l7165`` — Avery L7165 / J8165 labels, 8 per A4 sheet: 99.1 × 67.7 mm,
  2 × 4, top margin 13.1 mm, side margin 4.65 mm, pitches 101.6 × 67.7 mm.

Positions count from the top-left of the page, left to right then down, as a
person reads the sheet; :meth:`Layout.origin` converts to PDF coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

A4 = (210.0, 297.0)
A6 = (105.0, 148.0)


@dataclass(frozen=True)
class Layout:
    key: str
    title: str  # French, shown in the CLI help and the Badges screen
    page: tuple[float, float]  # width, height (mm)
    badge: tuple[float, float]  # width, height (mm)
    columns: int
    rows: int
    left: float  # left edge of the first column (mm)
    top: float  # top edge of the first row (mm)
    h_pitch: float  # from one column's left edge to the next (mm)
    v_pitch: float  # from one row's top edge to the next (mm)
    cut_marks: bool = False
    # Labels have rounded corners and die-cut tolerance: keep ink this far in.
    safe_inset: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner (mm, PDF coordinates) of badge ``slot`` on a page."""
        column, row = slot % self.columns, slot // self.columns
        x = self.left + column * self.h_pitch
        y_top = self.top + row * self.v_pitch
        return x, self.page[1] - y_top - self.badge[1]


LAYOUTS: dict[str, Layout] = {
    layout.key: layout
    for layout in (
        Layout(
            "a4-8",
            "A4, 8 badges 90 × 54 mm avec traits de coupe",
            A4,
            (90.0, 54.0),
            columns=2,
            rows=4,
            left=15.0,
            top=40.5,
            h_pitch=90.0,
            v_pitch=54.0,
            cut_marks=True,
        ),
        Layout(
            "a6",
            "A6, un badge par page",
            A6,
            A6,
            columns=1,
            rows=1,
            left=0.0,
            top=0.0,
            h_pitch=A6[0],
            v_pitch=A6[1],
        ),
        Layout(
            "avery-l7163",
            "Étiquettes Avery L7163 (14 par A4, 99,1 × 38,1 mm)",
            A4,
            (99.1, 38.1),
            columns=2,
            rows=7,
            left=4.65,
            top=15.15,
            h_pitch=101.6,
            v_pitch=38.1,
            safe_inset=1.5,
        ),
        Layout(
            "avery-l7165",
            "Étiquettes Avery L7165 (8 par A4, 99,1 × 67,7 mm)",
            A4,
            (99.1, 67.7),
            columns=2,
            rows=4,
            left=4.65,
            top=13.1,
            h_pitch=101.6,
            v_pitch=67.7,
            safe_inset=1.5,
        ),
    )
}
DEFAULT_LAYOUT = "a4-8"
