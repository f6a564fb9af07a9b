"""The first page of badges, as it will print: the real PDF, drawn on screen.

The screen's choices (layout, whose badges, the table number) are rendered by
the core into a one-page PDF on the files worker (nobody is marked printed),
and Qt PDF draws that page here: what is seen is what the printer gets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from katalyze.badges.render import render_preview
from katalyze.paths import data_home
from ui.context import EventContext


def render_page(pdf: Path, size: QSize) -> QImage:
    """The PDF's first page as an image fitting ``size`` (white paper)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    if document.pageCount() == 0:
        return QImage()
    page = document.pagePointSize(0)
    scale = min(size.width() / page.width(), size.height() / page.height())
    target = QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale)))
    image = document.render(0, target)
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("#ffffff"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    document.close()
    return paper


class BadgePreview(QWidget):
    """``shown(count)`` once the page is on screen (0: nobody to print)."""

    shown = Signal(int)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices: dict | None = None
        self.image = QImage()
        self._pdf: Path | None = None
        self._busy = False
        self._again = False
        self._fallback = False  # nothing new to print: everyone's page shown instead
        self.note = QLabel()
        self.note.setObjectName("badgePreviewNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.page = QLabel()
        self.page.setObjectName("badgePreviewPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.page.setStyleSheet("background: #e7eaee;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.page, 1)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._on_timer_timeout)

    def request(self, **choices: object) -> None:
        """Show the first page for these ``render_preview`` choices (soon,
        once for a burst of changes)."""
        self.choices = choices
        self._fallback = False
        self.note.setText(self.tr("Preparing the preview…"))
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self.choices is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        folder = data_home() / "cache" / "badges"
        folder.mkdir(parents=True, exist_ok=True)
        self._pdf = folder / "preview.pdf"
        self.ctx.files_worker.submit(
            render_preview,
            self.ctx.db,
            self._pdf,
            **self.choices,
            on_done=self._on_rendered,
            on_error=self._on_failed,
        )

    def _on_rendered(self, count: int) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self._on_timer_timeout()
            return
        if count == 0 and self.choices and self.choices.get("only_unprinted"):
            # Every badge printed already: still show what a page looks like.
            self.choices = {**self.choices, "only_unprinted": False}
            self._fallback = True
            self._on_timer_timeout()
            return
        if count == 0 or self._pdf is None:
            self.image = QImage()
            self.page.clear()
            self.note.setText(self.tr("Nobody to print with these choices."))
        else:
            note = self.tr("First page as it will print (%n badge(s) on it).", "", count)
            if self._fallback:
                note = self.tr(
                    "Every badge is printed already; here is the first page for everyone."
                )
            self.note.setText(note)
            self._draw()
        self.shown.emit(count)

    def _on_failed(self, message: str) -> None:
        self._busy = False
        self.note.setText(message)
        self.shown.emit(0)

    def _draw(self) -> None:
        if self._pdf is None or not self._pdf.exists():
            return
        size = self.page.size() - QSize(16, 16)
        self.image = render_page(self._pdf, size.expandedTo(QSize(100, 100)))
        self.page.setPixmap(QPixmap.fromImage(self.image))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if not self.image.isNull():
            self._draw()
