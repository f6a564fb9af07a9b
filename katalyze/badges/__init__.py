"""Badge codes and printable badges (PDF)."""

from katalyze.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout
from katalyze.badges.render import BadgeRun, render_badges, select_badges

__all__ = ["DEFAULT_LAYOUT", "LAYOUTS", "BadgeRun", "Layout", "render_badges", "select_badges"]
