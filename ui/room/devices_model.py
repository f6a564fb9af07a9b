"""The connected devices as the Salle panel lists them (plain data, no SQL)."""

from __future__ import annotations

import enum
import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from katalyze.room.guard import Device

QUIET_AFTER_S = 30  # a device silent this long is shown as quiet


class Column(enum.IntEnum):
    LINK = 0
    DEVICE = 1
    LAST_SEEN = 2
    ITEMS = 3
    PENDING = 4


class DevicesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices: list[Device] = []
        self._now = time.time()

    def set_devices(self, devices: list[Device], now: float) -> None:
        self.beginResetModel()
        self._devices, self._now = list(devices), now
        self.endResetModel()

    def device(self, row: int) -> Device:
        return self._devices[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.LINK: self.tr("Link"),
            Column.DEVICE: self.tr("Device"),
            Column.LAST_SEEN: self.tr("Last seen"),
            Column.ITEMS: self.tr("Items sent"),
            Column.PENDING: self.tr("Pending"),
        }[Column(section)]

    def link_name(self, device: Device) -> str:
        if device.role == "table":
            return self.tr("Table %1").replace("%1", str(device.table))
        if device.role == "participant":
            return self.tr("Table %1 (participants)").replace("%1", str(device.table))
        return {"door": self.tr("Door"), "stage": self.tr("Stage")}.get(device.role, device.role)

    def ago(self, device: Device) -> str:
        seconds = max(0, int(self._now - device.last_seen))
        if seconds < 60:
            return self.tr("%1 s ago").replace("%1", str(seconds))
        return self.tr("%1 min ago").replace("%1", str(seconds // 60))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        device = self._devices[index.row()]
        column = Column(index.column())
        quiet = self._now - device.last_seen > QUIET_AFTER_S
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.LINK: self.link_name(device),
                Column.DEVICE: f"{_agent(device.agent)} · {device.device_id[:6]}",
                Column.LAST_SEEN: self.ago(device),
                Column.ITEMS: str(device.items_sent),
                Column.PENDING: str(device.pending) if device.pending else "",
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _agent(agent: str) -> str:
    """A short name for a browser's User-Agent: the system it runs on."""
    for needle, name in (
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS", "Mac"),
        ("Linux", "Linux"),
    ):
        if needle in agent:
            return name
    return agent[:20] or "?"
