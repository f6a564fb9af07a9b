"""The welcome screen: new event, open a file, open the demo, recent events."""

from ui.welcome.welcome_screen import WelcomeScreen

__all__ = ["WelcomeScreen"]
