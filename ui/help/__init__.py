"""The Aide menu: the quick start for the door and the tables, and About."""

from ui.help.about import AboutDialog
from ui.help.quick_start import QuickStartDialog, quick_start_file

__all__ = ["AboutDialog", "QuickStartDialog", "quick_start_file"]
