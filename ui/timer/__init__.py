"""The round timer: a countdown on the projector, controlled from the facilitator's screen."""

from ui.timer.display import TimerDisplay
from ui.timer.panel import TimerPanel

__all__ = ["TimerDisplay", "TimerPanel"]
