"""The big coloured answer a volunteer reads from two metres away.

One colour per outcome, an icon and a word on top of it (colour is never the
only cue), the person's name very large, the table larger still, then the
message. Sizes follow the panel's height, so the same layout reads at
1366×768 and at 1920×1080. The next result replaces the previous one at once,
with a flash and its number in the corner (two welcomes in a row look
different); after ``ready_after_ms`` (a setting, 4 s by default) the panel
goes back to a calm *ready*, so the next guest never walks up to someone
else's answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from katalyze.checkin.codes import format_code
from katalyze.checkin.service import ScanResult

READY_AFTER_MS = 4000  # how long an answer stays before "ready" comes back
FLASH_MS = 700


@dataclass(frozen=True)
class Look:
    background: str
    foreground: str
    icon: str


LOOKS: dict[str, Look] = {
    "idle": Look("#263238", "#ffffff", "●"),
    "ok": Look("#1b7a35", "#ffffff", "✔"),
    "already": Look("#f2a900", "#1a1a1a", "⚠"),
    "invalid": Look("#c62828", "#ffffff", "✖"),
    "unknown": Look("#c62828", "#ffffff", "✖"),
    "foreign": Look("#c62828", "#ffffff", "✖"),
    "cancelled": Look("#3a3a3a", "#ffffff", "⊘"),
    "replaced": Look("#6a1b9a", "#ffffff", "↻"),
    "undone": Look("#1e4e8c", "#ffffff", "↶"),
    "error": Look("#c62828", "#ffffff", "✖"),
    "busy": Look("#263238", "#ffffff", "…"),
}


class FitLabel(QWidget):
    """One line of text drawn as large as fits: at most ``ratio`` × the
    panel height, shrunk to the width, elided only below ``min_px``."""

    def __init__(self, ratio: float, *, bold: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ratio = ratio
        self.bold = bold
        self.base_height = 600
        self._text = ""
        self._colour = QColor("#ffffff")
        self._fit_key: tuple[str, int, int, bool] | None = None
        self._fit_px = 12
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._relayout()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setVisible(bool(text))
        self.update()

    def set_colour(self, colour: str) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_base_height(self, height: int) -> None:
        self.base_height = height
        self._relayout()

    def max_px(self) -> int:
        return max(12, int(self.base_height * self.ratio))

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(self.bold)
        return font

    def fitted_px(self) -> int:
        """The pixel size the text is drawn at (tests check nothing is cut)."""
        key = (self._text, self.width(), self.max_px(), self.bold)
        if key != self._fit_key:
            self._fit_key, self._fit_px = key, self._fit()
        return self._fit_px

    def _fit(self) -> int:
        # Text width grows in proportion to the font size: one measure gives
        # the size, a second checks it (hinting may round a pixel up).
        px = self.max_px()
        width = max(1, self.width() - 4)
        advance = QFontMetrics(self._font(px)).horizontalAdvance(self._text)
        if advance > width:
            px = max(12, int(px * width / advance))
            while px > 12 and QFontMetrics(self._font(px)).horizontalAdvance(self._text) > width:
                px -= 1
        return px

    def _relayout(self) -> None:
        self.setFixedHeight(int(self.max_px() * 1.3))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, int(self.max_px() * 1.3))

    def paintEvent(self, _event) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = self._font(self.fitted_px())
        painter.setFont(font)
        painter.setPen(self._colour)
        text = QFontMetrics(font).elidedText(
            self._text, Qt.TextElideMode.ElideRight, self.width() - 4
        )
        painter.drawText(self.rect().adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignCenter), text)


def _clock(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


class FeedbackPanel(QWidget):
    """Shows one :class:`ScanResult` (or a state such as *ready*).

    ``confirm_requested(participant_id)`` asks to check somebody in anyway
    (a cancelled registration who came, the owner of a replaced badge).
    """

    confirm_requested = Signal(int)
    look_changed = Signal(str)
    ready_shown = Signal()  # the answer's time is up: calm again
    notice_confirmed = Signal()  # the notice's button was pressed

    def __init__(
        self, parent: QWidget | None = None, *, ready_after_ms: int = READY_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self.status = "idle"
        self.result: ScanResult | None = None
        self.station = ""
        self.shown_count = 0  # answers shown so far, drawn in the corner
        self.ready_after_ms = ready_after_ms
        self._ready_timer = QTimer(self)
        self._ready_timer.setSingleShot(True)
        self._ready_timer.timeout.connect(self._on_ready_timer_timeout)
        self._flash = 0.0
        self.flash = QVariantAnimation(self)
        self.flash.setStartValue(1.0)
        self.flash.setEndValue(0.0)
        self.flash.setDuration(FLASH_MS)
        self.flash.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.flash.valueChanged.connect(self._on_flash_value_changed)
        self._colour = QColor(LOOKS["idle"].background)
        self.headline = FitLabel(0.085, bold=True)
        self.name = FitLabel(0.13, bold=True)
        self.details = FitLabel(0.045)
        self.table = FitLabel(0.22, bold=True)
        self.project = FitLabel(0.045)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer = FitLabel(0.03)
        self.confirm = QPushButton(self)
        self.confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.confirm.hide()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(2)
        # The answer's number sits in the top-right corner: the headline keeps
        # clear of it on both sides (still centred).
        top = QHBoxLayout()
        self._corner = [QWidget(self), QWidget(self)]
        top.addWidget(self._corner[0])
        top.addWidget(self.headline, 1)
        top.addWidget(self._corner[1])
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.table)
        layout.addWidget(self.project)
        layout.addStretch(1)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.footer)
        self.show_ready("")

    # -- texts ---------------------------------------------------------------

    def headline_for(self, status: str) -> str:
        return {
            "ok": self.tr("WELCOME"),
            "already": self.tr("ALREADY CHECKED IN"),
            "invalid": self.tr("INVALID CODE"),
            "unknown": self.tr("UNKNOWN BADGE"),
            "foreign": self.tr("BADGE FROM ANOTHER EVENT"),
            "cancelled": self.tr("REGISTRATION CANCELLED"),
            "replaced": self.tr("BADGE REPLACED"),
        }.get(status, status.upper())

    def instruction_for(self, status: str) -> str:
        return {
            "invalid": self.tr("Scan again or type the name"),
            "unknown": self.tr("Search for the person by name"),
            "foreign": self.tr("Old badge? Search by name"),
        }.get(status, self.tr("Search for the person by name"))

    def message_for(self, result: ScanResult) -> str:
        status = result.status
        if status == "already":
            first = _clock(result.first_checked_in_at)
            if result.first_station:
                return (
                    self.tr("Arrived at %1 (%2): let them in, no second check-in.")
                    .replace("%1", first)
                    .replace("%2", result.first_station)
                )
            return self.tr("Arrived at %1: let them in, no second check-in.").replace("%1", first)
        if status == "invalid":
            return self.tr("The code read does not check out: a letter misread or mistyped.")
        if status == "unknown":
            return self.tr("This code was never issued for this event.")
        if status == "foreign":
            return self.tr("This badge belongs to another event.")
        if status == "ok":
            # A walk-in kept offline has no registration yet: the core says when.
            return result.message if result.participant_id is None else ""
        return result.message  # cancelled, replaced: the core says why and what to do

    # -- showing -------------------------------------------------------------

    def show_ready(self, station: str | None = None) -> None:
        self._ready_timer.stop()
        if station is not None:
            self.station = station
        station = self.station
        self._apply("idle")
        self.result = None
        ready = self.tr("Ready")
        self.headline.setText(f"{LOOKS['idle'].icon}  {ready}")
        self.name.setText(self.tr("Scan a badge or type a name"))
        self.details.setText(self.tr("Station: %1").replace("%1", station) if station else "")
        self.table.setText("")
        self.project.setText("")
        self.message.setText(self.tr("No badge? Walk-in: Ctrl+N · Undo: Ctrl+Z"))
        self.message.show()
        self.footer.setText("")
        self.confirm.hide()

    def show_result(self, result: ScanResult) -> None:
        self.result = result
        status = result.status
        self._apply(status)
        self._new_answer(longer=status in ("cancelled", "replaced"))
        self.headline.setText(f"{LOOKS[status].icon}  {self.headline_for(status)}")
        if result.participant_id is not None or (status == "ok" and result.full_name):
            # (A walk-in kept offline has a name but no registration yet.)
            self.name.setText(result.full_name)
            self.details.setText(" · ".join(p for p in (result.organisation, result.role) if p))
        else:
            # Nobody to greet: the big line says what to do next.
            self.name.setText(self.instruction_for(status))
            code = format_code(result.code) if result.code else self.tr("(empty scan)")
            self.details.setText(self.tr("Code read: %1").replace("%1", code))
        if result.table and status in ("ok", "already"):
            self.table.setText(self.tr("TABLE %1").replace("%1", result.table))
            self.project.setText(result.project_title or "")
        elif status == "ok":
            self.table.setText("")
            self.project.setText(
                self.tr("No table yet: say “your table will be shown in the room”")
            )
        else:
            self.table.setText("")
            self.project.setText("")
        # Each thing said once: the big lines say who and where, the message
        # only what they do not (the core's sentence, for the other fronts,
        # repeats them).
        message = self.message_for(result)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        footer = [_clock(dt.datetime.now(dt.UTC)), result.station]
        if result.code and result.participant_id is not None:
            footer.append(format_code(result.code))
        self.footer.setText(" · ".join(p for p in footer if p))
        if status in ("cancelled", "replaced") and result.participant_id is not None:
            self._show_confirm(
                self.tr("Check %1 in anyway").replace("%1", result.full_name), status
            )
        else:
            self.confirm.hide()

    def show_notice(
        self, kind: str, headline: str, name: str, message: str, confirm: str | None = None
    ) -> None:
        """Undo or a failure, in the same large format; ``confirm`` labels the
        button (``confirm_clicked``) that takes the notice's action back."""
        self.result = None
        self._apply(kind)
        self._new_answer(longer=confirm is not None)
        self.headline.setText(f"{LOOKS[kind].icon}  {headline}")
        self.name.setText(name)
        self.details.setText("")
        self.table.setText("")
        self.project.setText("")
        self.message.setText(message)
        self.message.show()
        self.footer.setText(_clock(dt.datetime.now(dt.UTC)))
        if confirm is None:
            self.confirm.hide()
        else:
            self._show_confirm(confirm, kind)

    def _new_answer(self, *, longer: bool = False) -> None:
        """A new answer: counted, flashed, and timed back to *ready*
        (longer when it offers a button to press)."""
        self.shown_count += 1
        self.flash.stop()
        self.flash.start()
        self._ready_timer.start(self.ready_after_ms * (3 if longer else 1))

    def ready_pending(self) -> bool:
        """Whether the answer on screen will give way to *ready* by itself."""
        return self._ready_timer.isActive()

    def _on_ready_timer_timeout(self) -> None:
        self.show_ready()
        self.ready_shown.emit()

    def _on_flash_value_changed(self, value: float) -> None:
        self._flash = float(value)
        self.update()

    def _show_confirm(self, text: str, status: str) -> None:
        self.confirm.setText(text)
        look = LOOKS[status]
        self.confirm.setStyleSheet(
            f"font-size: 22px; font-weight: bold; padding: 10px 24px; color: {look.background};"
            f" background: {look.foreground}; border-radius: 8px;"
        )
        self.confirm.show()

    def _apply(self, status: str) -> None:
        self.status = status
        look = LOOKS[status]
        self._colour = QColor(look.background)
        for label in self._labels():
            label.set_colour(look.foreground)
        self._style_message()
        self.update()
        self.look_changed.emit(look.background)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(self.rect(), 14, 14)
        if self._flash > 0.0:
            # A new answer lights the panel up for a moment, then fades.
            painter.setBrush(QColor(255, 255, 255, int(150 * self._flash)))
            painter.drawRoundedRect(self.rect(), 14, 14)
        if self.status != "idle" and self.shown_count:
            # The answer's number, so a second "welcome" is seen to be new.
            size = self._badge_size()
            box = QRectF(self.width() - size - 14, 12, size, size)
            look = LOOKS[self.status]
            painter.setBrush(QColor(look.foreground))
            painter.drawEllipse(box)
            font = QFont(self.font())
            font.setPixelSize(int(size * (0.46 if self.shown_count < 100 else 0.34)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(look.background))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(self.shown_count % 1000))

    def _labels(self) -> list[FitLabel]:
        return [
            self.headline,
            self.name,
            self.details,
            self.table,
            self.project,
            self.footer,
        ]

    def _style_message(self) -> None:
        # A palette and a font, not a style sheet: this runs for every scan.
        font = QFont(self.message.font())
        font.setPixelSize(max(15, int(max(300, self.height()) * 0.042)))
        self.message.setFont(font)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(LOOKS[self.status].foreground))
        self.message.setPalette(palette)

    def _badge_size(self) -> int:
        return max(44, int(self.height() * 0.085))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for spacer in self._corner:
            spacer.setFixedWidth(self._badge_size())
        base = max(300, self.height())
        for label in self._labels():
            label.set_base_height(base)
        self._style_message()

    def _on_confirm_clicked(self) -> None:
        if self.result is not None and self.result.participant_id is not None:
            self.confirm_requested.emit(self.result.participant_id)
        elif self.result is None:
            self.notice_confirmed.emit()
