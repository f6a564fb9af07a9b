"""The countdown as the room sees it: huge digits, a caption, a progress bar.

Painted by hand so that the digits fill the screen whatever its size (a
1920×1080 projector gets digits about 600 px high) and use tabular figures
that do not jiggle as they change. The same widget is the small preview on the
facilitator's control panel.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.timer.countdown import CRITICAL, NORMAL, OVER, WARNING

BACKGROUND = QColor("#101418")
COLOURS: dict[str, QColor] = {
    NORMAL: QColor("#f4f4f4"),
    WARNING: QColor("#ffb020"),
    CRITICAL: QColor("#ff4a3d"),
    OVER: QColor("#ff4a3d"),
}
FLASH_BACKGROUND = QColor("#c62828")
TRACK = QColor("#2a323b")


class TimerDisplay(QWidget):
    """Shows what it is told with ``show_state``; it keeps no time itself."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("timerDisplay")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._compact = compact
        self._digits = "20:00"
        self._caption = ""
        self._status = ""
        self._phase = NORMAL
        self._fraction = 1.0
        self._flash_on = False
        self._dimmed = False

    # What tests and the panel read back.
    @property
    def digits(self) -> str:
        return self._digits

    @property
    def phase(self) -> str:
        return self._phase

    @property
    def flash_on(self) -> bool:
        return self._flash_on

    def show_state(
        self,
        digits: str,
        *,
        phase: str,
        fraction: float,
        caption: str = "",
        status: str = "",
        flash_on: bool = False,
        dimmed: bool = False,
    ) -> None:
        changed = (digits, phase, round(fraction, 3), caption, status, flash_on, dimmed) != (
            self._digits,
            self._phase,
            round(self._fraction, 3),
            self._caption,
            self._status,
            self._flash_on,
            self._dimmed,
        )
        self._digits, self._phase, self._fraction = digits, phase, max(0.0, min(1.0, fraction))
        self._caption, self._status = caption, status
        self._flash_on, self._dimmed = flash_on, dimmed
        if changed:
            self.update()

    def digit_colour(self) -> QColor:
        if self._phase == OVER and self._flash_on:
            return QColor("#ffffff")
        colour = QColor(COLOURS.get(self._phase, COLOURS[NORMAL]))
        if self._dimmed:
            colour.setAlphaF(0.55)
        return colour

    def _text_colour(self, normal: str) -> QColor:
        return QColor("#ffffff") if (self._phase == OVER and self._flash_on) else QColor(normal)

    def background_colour(self) -> QColor:
        return FLASH_BACKGROUND if (self._phase == OVER and self._flash_on) else BACKGROUND

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(self.rect())
        painter.fillRect(rect, self.background_colour())
        w, h = rect.width(), rect.height()
        margin = h * 0.05

        caption_h = h * 0.11 if self._caption else 0.0
        status_h = h * 0.08
        bar_h = max(4.0, h * 0.022)
        if self._caption:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(8, int(caption_h * 0.72)))
            painter.setFont(font)
            painter.setPen(self._text_colour("#c9d1d9"))
            caption_rect = QRectF(margin, margin * 0.6, w - 2 * margin, caption_h)
            text = QFontMetricsF(font).elidedText(
                self._caption, Qt.TextElideMode.ElideRight, caption_rect.width()
            )
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, text)

        top = margin * 0.6 + caption_h
        bottom = h - margin - bar_h - status_h
        digits_rect = QRectF(margin, top, w - 2 * margin, max(10.0, bottom - top))
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setFeature(QFont.Tag("tnum"), 1)
        # Fit "88:88" (or "8:88:88") to the box, as large as possible.
        sample = "8" * (len(self._digits) - self._digits.count(":")) + ":" * self._digits.count(":")
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        scale = min(
            digits_rect.width() / max(1.0, metrics.horizontalAdvance(sample)),
            digits_rect.height() / max(1.0, metrics.capHeight() * 1.25),
        )
        font.setPixelSize(max(8, int(100 * scale)))
        painter.setFont(font)
        painter.setPen(self.digit_colour())
        metrics = QFontMetricsF(font)
        baseline = digits_rect.center().y() + metrics.capHeight() / 2
        width = metrics.horizontalAdvance(self._digits)
        painter.drawText(QPointF(digits_rect.center().x() - width / 2, baseline), self._digits)

        if self._status:
            font = QFont(self.font())
            font.setPixelSize(max(8, int(status_h * 0.7)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self._text_colour("#aab6c2"))
            painter.drawText(
                QRectF(margin, bottom, w - 2 * margin, status_h),
                Qt.AlignmentFlag.AlignCenter,
                self._status,
            )

        bar = QRectF(margin, h - margin - bar_h, w - 2 * margin, bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, bar_h / 2, bar_h / 2)
        if self._fraction > 0:
            filled = QRectF(bar.left(), bar.top(), bar.width() * self._fraction, bar_h)
            painter.setBrush(COLOURS.get(self._phase, COLOURS[NORMAL]))
            painter.drawRoundedRect(filled, bar_h / 2, bar_h / 2)
        painter.end()
