"""The "Salle" panel: start and stop the room's server, hand out its links
(QR codes), revoke or renew a link, and see which devices are connected.

The server runs in its own thread (``katalyze.room.server``); starting,
stopping and every token change go through the event's worker, so the
window never waits on them. The devices list is read from the server's
memory once a second (no SQL).
"""

from __future__ import annotations

import time

import qrcode
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from katalyze.room import tokens
from katalyze.room.process import RoomProcess
from katalyze.room.server import RoomState, lan_addresses
from ui.context import EventContext
from ui.room.devices_model import DevicesModel

QR_PIXELS = 168


def qr_pixmap(text: str, size: int = QR_PIXELS) -> QPixmap:
    """A QR code of ``text`` drawn module by module (crisp at any size)."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    matrix = code.get_matrix()
    n = len(matrix)
    image = QImage(n, n, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    scaled = image.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )
    return QPixmap.fromImage(scaled)


def _open_room(db, host: str, port: int, state: RoomState, participants: bool):  # type: ignore[no-untyped-def]
    # In a process of its own: the server's Python never holds the window's GIL.
    server = RoomProcess(db, host=host, port=port, state=state)
    server.start()
    return server, tokens.issue_room(db, participant_links=participants)


class LinkCard(QFrame):
    """One link: its name, its QR code and address, renew and revoke."""

    renew_requested = Signal(object)  # the Link
    revoke_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.link: tokens.Link | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(self)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.address.setMaximumWidth(QR_PIXELS + 40)
        small = self.address.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        self.address.setFont(small)
        self.copy_button = QPushButton(self.tr("Copy the link"), self)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.renew_button = QPushButton(self.tr("New link"), self)
        self.renew_button.setToolTip(self.tr("Revoke this link and make a new one (a lost phone)"))
        self.revoke_button = QPushButton(self.tr("Revoke"), self)
        self.renew_button.clicked.connect(lambda: self.renew_requested.emit(self.link))
        self.revoke_button.clicked.connect(lambda: self.revoke_requested.emit(self.link))
        buttons = QHBoxLayout()
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.qr)
        layout.addWidget(self.address)
        layout.addWidget(self.copy_button)
        layout.addLayout(buttons)
        self._url = ""

    def show_link(self, link: tokens.Link, url: str, name: str) -> None:
        self.link = link
        self.title.setText(name)
        self.qr.setPixmap(qr_pixmap(url))
        self._url = url
        # The address without its token (shown); the whole link is copied.
        self.address.setText(url.split("#", 1)[0])
        self.address.setToolTip(url)
        self.copy_button.setEnabled(True)
        self.revoke_button.setEnabled(True)

    @property
    def url(self) -> str:
        return self._url

    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(self._url)

    def show_revoked(self) -> None:
        self.qr.setPixmap(QPixmap())
        self.qr.setText(
            self.tr(
                "Revoked: phones with this link are refused. Press “New link” to hand out another."
            )
        )
        self.qr.setWordWrap(True)
        self.address.setText("")
        self._url = ""
        self.copy_button.setEnabled(False)
        self.revoke_button.setEnabled(False)


class RoomPanel(QDialog):
    """The room's server for one open event (a window of its own)."""

    room_started = Signal(str)  # the first address
    room_stopped = Signal()
    room_failed = Signal(str)

    def __init__(
        self,
        ctx: EventContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = RoomState()
        self.server: RoomProcess | None = None
        self.cards: dict[tuple[str, int | None], LinkCard] = {}
        self.setWindowTitle(self.tr("Room — phones at the tables, the door and the stage"))
        self.resize(1180, 760)

        self.host_combo = QComboBox(self)
        self.host_combo.addItem(self.tr("Every network of this computer"), "0.0.0.0")
        for address in lan_addresses():
            self.host_combo.addItem(self.tr("Only %1").replace("%1", address), address)
        self.host_combo.addItem(self.tr("This computer only (tests)"), "127.0.0.1")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(self.tr("any free port"))
        self.port_spin.setValue(8420)
        self.participants_check = QCheckBox(self.tr("Participant links"), self)
        self.participants_check.setToolTip(
            self.tr(
                "Also one link per table for anyone seated there: add ideas and vote, nothing else"
            )
        )
        self.start_button = QPushButton(self.tr("Start the room"), self)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.status = QLabel(self.tr("The room is closed: phones cannot join."), self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Listen on"), self))
        top.addWidget(self.host_combo, 1)
        top.addWidget(QLabel(self.tr("Port"), self))
        top.addWidget(self.port_spin)
        top.addWidget(self.participants_check)
        top.addWidget(self.start_button)

        self.cards_box = QWidget(self)
        self.cards_grid = QGridLayout(self.cards_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_box)

        self.devices = DevicesModel(self)
        self.devices_view = QTableView(self)
        self.devices_view.setModel(self.devices)
        self.devices_view.verticalHeader().hide()
        self.devices_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.devices_view.horizontalHeader().setStretchLastSection(True)
        devices_box = QWidget(self)
        devices_layout = QVBoxLayout(devices_box)
        devices_layout.setContentsMargins(0, 0, 0, 0)
        devices_layout.addWidget(QLabel(self.tr("Connected devices (red: quiet for 30 s)"), self))
        devices_layout.addWidget(self.devices_view)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(devices_box)
        splitter.setSizes([800, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)

    # --- start / stop ---------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self) -> None:
        if self.server is not None:
            return
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Opening the room…"))
        self.ctx.worker.submit(
            _open_room,
            self.ctx.db,
            str(self.host_combo.currentData()),
            self.port_spin.value(),
            self.state,
            self.participants_check.isChecked(),
            on_done=self._on_room_opened,
            on_error=self._on_room_failed,
        )

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        self._tick.stop()
        server.stop()
        self._show_closed()
        self.room_stopped.emit()

    def _on_start_button_clicked(self) -> None:
        if self.server is None:
            self.start()
        else:
            self.stop()

    def _on_room_opened(self, result: object) -> None:
        server, links = result  # type: ignore[misc]
        self.server = server
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("Stop the room"))
        self.host_combo.setEnabled(False)
        self.port_spin.setEnabled(False)
        self.participants_check.setEnabled(False)
        addresses = "   ".join(server.base_urls())
        self.status.setText(
            self.tr(
                "The room is open at %1 — hand out the QR codes: each opens its page, "
                "nothing to install."
            ).replace("%1", addresses)
        )
        self._show_links(links)
        self._tick.start()
        self._on_tick_timeout()
        self.room_started.emit(server.base_urls()[0])

    def _on_room_failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.status.setText(message)
        self.room_failed.emit(message)

    def _show_closed(self) -> None:
        self.start_button.setText(self.tr("Start the room"))
        self.host_combo.setEnabled(True)
        self.port_spin.setEnabled(True)
        self.participants_check.setEnabled(True)
        self.status.setText(self.tr("The room is closed: phones cannot join."))
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        self.devices.set_devices([], time.time())

    # --- links ----------------------------------------------------------------

    def link_name(self, link: tokens.Link) -> str:
        if link.role == tokens.TABLE:
            return self.tr("Table %1 — %2").replace("%1", str(link.table)).replace("%2", link.title)
        if link.role == tokens.PARTICIPANT:
            return self.tr("Table %1, participants").replace("%1", str(link.table))
        if link.role == tokens.DOOR:
            return self.tr("Door (check-in)")
        return self.tr("Stage (read only)")

    def _show_links(self, links: list[tokens.Link]) -> None:
        columns = 3
        for n, link in enumerate(links):
            card = LinkCard(self.cards_box)
            card.renew_requested.connect(self._on_card_renew_requested)
            card.revoke_requested.connect(self._on_card_revoke_requested)
            self.cards_grid.addWidget(card, n // columns, n % columns)
            self.cards[(link.role, link.project_id)] = card
            self._show_link(link)

    def _show_link(self, link: tokens.Link) -> None:
        card = self.cards.get((link.role, link.project_id))
        if card is not None and self.server is not None:
            card.show_link(link, self.server.url_for(link), self.link_name(link))

    def _on_card_renew_requested(self, link: tokens.Link) -> None:
        self.ctx.worker.submit(
            tokens.regenerate, self.ctx.db, link.role, link.project_id, on_done=self._show_link
        )

    def _on_card_revoke_requested(self, link: tokens.Link) -> None:
        card = self.cards.get((link.role, link.project_id))
        self.ctx.worker.submit(
            tokens.revoke,
            self.ctx.db,
            link.role,
            link.project_id,
            on_done=lambda _n: card.show_revoked() if card is not None else None,
        )

    # --- devices -------------------------------------------------------

    def _on_tick_timeout(self) -> None:
        self.devices.set_devices(self.state.devices.devices(), time.time())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Closing the window hides it: the room keeps serving until stopped.
        event.accept()
