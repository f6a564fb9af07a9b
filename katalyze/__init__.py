"""Katalyze core: everything a user can do, without Qt.

Nothing under ``katalyze`` imports PySide6 (a test enforces it): the Qt
interface in ``ui`` and the command line in ``katalyze.cli`` are two fronts on
the same services.
"""

__version__ = "0.2.0"
