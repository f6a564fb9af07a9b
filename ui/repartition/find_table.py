"""The projector page "Find your table": every present person and their table,
alphabetically, in big type, several columns, turning pages by itself.

It is painted by hand rather than built from labels: the sizes follow the
window's height (a 1080-line projector gets ~34 px names), so the same page is
readable from the back of the room on any screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from katalyze.text import fold

# Long enough to find one's name from the back of a room (a setting:
# "projector/page_seconds" in the app's settings, 5 to 60).
PAGE_SECONDS = 14


@dataclass(frozen=True)
class FindTableEntry:
    participant_id: int
    first_name: str
    last_name: str
    table: str

    @property
    def sort_key(self) -> tuple[str, str, int]:
        return (fold(self.last_name or self.first_name), fold(self.first_name), self.participant_id)

    @property
    def initial(self) -> str:
        folded = fold(self.last_name or self.first_name)
        return folded[:1].upper() if folded else "?"


class FindTableModel(QAbstractListModel):
    """The names shown on the projector, alphabetical by last name."""

    EntryRole = Qt.ItemDataRole.UserRole + 1
    TableRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[FindTableEntry] = []

    def set_entries(self, entries: list[FindTableEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.sort_key)
        self.endResetModel()

    def entries(self) -> list[FindTableEntry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.last_name} {entry.first_name}".strip()
        if role == self.TableRole:
            return entry.table
        if role == self.EntryRole:
            return entry
        return None


class FindTablePage(QWidget):
    """Painted multi-column list; pages turn every ``PAGE_SECONDS`` seconds."""

    page_changed = Signal(int, int)  # page index (0-based), page count

    BACKGROUND = QColor("#101418")
    TEXT = QColor("#f4f4f4")
    MUTED = QColor("#9aa5b1")
    ACCENT = QColor("#f6c445")
    STRIPE = QColor("#1a2129")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindTableModel(self)
        self.model.modelReset.connect(self._on_model_reset)
        self._round = 1
        self._page = 0
        self._timer = QTimer(self)
        self._timer.setInterval(PAGE_SECONDS * 1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setAutoFillBackground(False)
        self.setMinimumSize(480, 320)

    # -- public -------------------------------------------------------------
    def set_round(self, round_no: int, entries: list[FindTableEntry]) -> None:
        self._round = round_no
        self.model.set_entries(entries)

    def round(self) -> int:
        return self._round

    def set_page_seconds(self, seconds: int) -> None:
        """How long each page stays up (clamped to 5–60 s)."""
        self._timer.setInterval(max(5, min(60, int(seconds))) * 1000)

    def page_seconds(self) -> int:
        return self._timer.interval() // 1000

    def title(self) -> str:
        return self.tr("Find your table — round %1").replace("%1", str(self._round))

    def page(self) -> int:
        return self._page

    def page_count(self) -> int:
        per = self.per_page()
        return max(1, -(-self.model.rowCount() // per))

    def entries_on_page(self, page: int) -> list[FindTableEntry]:
        per = self.per_page()
        return self.model.entries()[page * per : (page + 1) * per]

    def auto_paging(self) -> bool:
        """Whether the pages turn by themselves (more than one page)."""
        return self._timer.isActive()

    def show_page(self, page: int) -> None:
        count = self.page_count()
        self._page = page % count
        self.page_changed.emit(self._page, count)
        self.update()

    def next_page(self) -> None:
        self.show_page(self._page + 1)

    # -- geometry -----------------------------------------------------------
    def _scale(self) -> float:
        return max(0.45, min(self.height() / 1080, self.width() / 1920 * 1.15))

    def _metrics(self) -> dict[str, float]:
        s = self._scale()
        return {
            "margin": 48 * s,
            "title": 64 * s,
            "title_h": 120 * s,
            "footer_h": 64 * s,
            "name": 40 * s,
            "table": 50 * s,
            "row": 64 * s,
            "gap": 48 * s,
            "col_min": 560 * s,
        }

    def _columns(self) -> int:
        m = self._metrics()
        usable = self.width() - 2 * m["margin"]
        return max(1, int((usable + m["gap"]) // (m["col_min"] + m["gap"])))

    def _rows(self) -> int:
        m = self._metrics()
        usable = self.height() - m["margin"] - m["title_h"] - m["footer_h"]
        return max(1, int(usable // m["row"]))

    def per_page(self) -> int:
        return self._columns() * self._rows()

    # -- events ---------------------------------------------------------------
    def _on_model_reset(self) -> None:
        self._page = min(self._page, self.page_count() - 1)
        self._restart_timer()
        self.update()

    def _on_timer_timeout(self) -> None:
        self.next_page()

    def _restart_timer(self) -> None:
        if self.page_count() > 1:
            self._timer.start()
        else:
            self._timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._page = min(self._page, self.page_count() - 1)
        self._restart_timer()

    def paintEvent(self, event: QPaintEvent) -> None:
        m = self._metrics()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.BACKGROUND)
        width, height = float(self.width()), float(self.height())

        title_font = QFont(self.font())
        title_font.setPixelSize(round(m["title"]))
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.ACCENT)
        painter.drawText(
            QRectF(m["margin"], m["margin"] * 0.5, width - 2 * m["margin"], m["title_h"]),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title(),
        )

        entries = self.entries_on_page(self._page)
        if not entries:
            empty_font = QFont(self.font())
            empty_font.setPixelSize(round(m["name"]))
            painter.setFont(empty_font)
            painter.setPen(self.MUTED)
            painter.drawText(
                QRectF(0, 0, width, height),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Seating is not ready yet."),
            )
            return

        columns, rows = self._columns(), self._rows()
        col_w = (width - 2 * m["margin"] - (columns - 1) * m["gap"]) / columns
        top = m["margin"] * 0.5 + m["title_h"]
        name_font = QFont(self.font())
        name_font.setPixelSize(round(m["name"]))
        last_font = QFont(name_font)
        last_font.setBold(True)
        table_font = QFont(self.font())
        table_font.setPixelSize(round(m["table"]))
        table_font.setBold(True)
        fm_last, fm_first = QFontMetricsF(last_font), QFontMetricsF(name_font)
        badge_w = QFontMetricsF(table_font).horizontalAdvance("888") + m["name"] * 0.6

        for i, entry in enumerate(entries):
            col, row = divmod(i, rows)
            x = m["margin"] + col * (col_w + m["gap"])
            y = top + row * m["row"]
            cell = QRectF(x, y, col_w, m["row"])
            if row % 2 == 0:
                painter.fillRect(cell.adjusted(-8, 2, 8, -2), self.STRIPE)
            name_w = col_w - badge_w - m["name"] * 0.5
            last = entry.last_name or entry.first_name
            first = entry.first_name if entry.last_name else ""
            # A long name is set smaller (down to 70 %) before anything is cut,
            # and then the surname is shortened: the first name stays whole.
            gap = m["name"] * 0.3
            whole = fm_last.horizontalAdvance(last) + (
                gap + fm_first.horizontalAdvance(first) if first else 0.0
            )
            scale = 1.0 if whole <= name_w else max(0.7, name_w / whole)
            row_last, row_first = QFont(last_font), QFont(name_font)
            if scale < 1.0:
                row_last.setPixelSize(max(1, int(last_font.pixelSize() * scale)))
                row_first.setPixelSize(max(1, int(name_font.pixelSize() * scale)))
            fl, ff = QFontMetricsF(row_last), QFontMetricsF(row_first)
            first_w = ff.horizontalAdvance(first) + gap if first else 0.0
            first_w = min(first_w, name_w * 0.5)
            last_text = fl.elidedText(last, Qt.TextElideMode.ElideRight, name_w - first_w)
            painter.setFont(row_last)
            painter.setPen(self.TEXT)
            painter.drawText(
                QRectF(x, y, name_w, m["row"]),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                last_text,
            )
            used = fl.horizontalAdvance(last_text) + gap
            if first and used < name_w:
                painter.setFont(row_first)
                painter.setPen(QColor("#d9e2ec"))
                painter.drawText(
                    QRectF(x + used, y, name_w - used, m["row"]),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    ff.elidedText(first, Qt.TextElideMode.ElideRight, name_w - used),
                )
            badge = QRectF(x + col_w - badge_w, y + m["row"] * 0.1, badge_w, m["row"] * 0.8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.ACCENT)
            painter.drawRoundedRect(badge, m["row"] * 0.18, m["row"] * 0.18)
            painter.setFont(table_font)
            painter.setPen(self.BACKGROUND)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, entry.table)

        self._paint_footer(painter, entries, m, width, height)

    def _paint_footer(
        self,
        painter: QPainter,
        entries: list[FindTableEntry],
        m: dict[str, float],
        width: float,
        height: float,
    ) -> None:
        # The letters of this page, beside the title: people look for theirs.
        first, last = entries[0].initial, entries[-1].initial
        letters = first if first == last else f"{first} – {last}"
        font = QFont(self.font())
        font.setPixelSize(round(m["title"] * 0.8))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.TEXT)
        painter.drawText(
            QRectF(m["margin"], m["margin"] * 0.5, width - 2 * m["margin"], m["title_h"]),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            letters,
        )
        count = self.page_count()
        if count <= 1:
            return
        footer = QRectF(m["margin"], height - m["footer_h"], width - 2 * m["margin"], m["footer_h"])
        font.setPixelSize(round(m["name"] * 0.85))
        painter.setFont(font)
        painter.setPen(self.MUTED)
        painter.drawText(
            footer,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("page %1 / %2").replace("%1", str(self._page + 1)).replace("%2", str(count)),
        )
        # One dot per page, the current one lit.
        dot = m["name"] * 0.5
        y = footer.center().y() - dot / 2
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(count):
            painter.setBrush(self.ACCENT if i == self._page else self.STRIPE.lighter(180))
            painter.drawEllipse(QRectF(m["margin"] + i * dot * 2, y, dot, dot))
