"""The words of the one count of people (:mod:`katalyze.attendance`), shared by
every screen that shows it — Accueil, Participants, Restitution — so that
they say « 111 arrivé·es sur 122 attendu·es » the same way and the French is
written once."""

from __future__ import annotations

from PySide6.QtCore import QObject


class AttendanceWords(QObject):
    """Plural-aware phrases; an instance is cheap (a screen keeps one)."""

    def arrived_of_expected(self, arrived: int, expected: int) -> str:
        """« 111 arrivé·es sur 122 attendu·es »."""
        return self.tr("%n arrived", "", arrived) + " " + self.tr("of %n expected", "", expected)

    def cancelled(self, count: int) -> str:
        """« 3 annulé·es »."""
        return self.tr("%n cancelled", "", count)
