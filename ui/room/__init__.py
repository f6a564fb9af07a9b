"""The "Salle" panel: the room's server, its links as QR codes, the devices."""

from ui.room.panel import RoomPanel

__all__ = ["RoomPanel"]
