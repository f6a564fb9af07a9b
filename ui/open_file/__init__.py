"""Opening a generated file (PDF, workbook, folder) without ever failing silently."""

from ui.open_file.dialog import CannotOpenDialog, open_generated, system_open

__all__ = ["CannotOpenDialog", "open_generated", "system_open"]
