"""The people figures of every export, counted and worded once.

The booklet, the workbook, the CLI's export summary and the Restitution screen
take their figures from here, and here from :mod:`katalyze.attendance`: the
count the Accueil counter and the Participants screen show. A cancelled
person is never counted as arrived, nor seated at a table (see
:func:`katalyze.exports.data.load_evening`).

The words are those of the Accueil counter: « 111 arrivé·es sur 122
attendu·es », « inscrit·es à l'accueil », « annulé·es ».
"""

from __future__ import annotations

from katalyze.attendance import Attendance, count_attendance
from katalyze.exports.data import EveningData, PersonRow
from katalyze.i18n import _, ngettext

NO_ROLE = "Sans rôle"

ATTENDANCE_NOTE = (
    "Inscrit·es à l'accueil : personnes inscrites à l'accueil le soir même. Attendu·es : "
    "inscrit·es d'avance et à l'accueil, annulations exclues. Arrivé·es : personnes attendues enregistrées "
    "à l'accueil (une inscription annulée n'est jamais comptée). Taux de venue : part "
    "des inscrit·es (hors annulations et inscrit·es à l'accueil) qui sont arrivé·es."
)


def headline(figures: Attendance) -> str:
    """« 111 arrivé·es sur 122 attendu·es », as the Accueil counter says it."""
    return _("{plural} sur {plural2}").format(
        plural=ngettext("{n} arrivé·e", "{n} arrivé·es", figures.arrived).format(n=figures.arrived),
        plural2=ngettext("{n} attendu·e", "{n} attendu·es", figures.expected).format(
            n=figures.expected
        ),
    )


def attendance_sentence(figures: Attendance) -> str:
    """Every figure in one line, in the words of the Accueil counter and of
    the Participants screen."""
    parts = [
        _("{headline} ({registered} + {walk_ins})").format(
            headline=headline(figures),
            registered=ngettext("{n} inscrit·e", "{n} inscrit·es", figures.registered).format(
                n=figures.registered
            ),
            walk_ins=ngettext(
                "{n} inscrit·e à l'accueil", "{n} inscrit·es à l'accueil", figures.walk_ins
            ).format(n=figures.walk_ins),
        ),
        ngettext("{n} annulé·e", "{n} annulé·es", figures.cancelled).format(n=figures.cancelled),
        _("{plural} en tout").format(
            plural=ngettext("{n} fiche", "{n} fiches", figures.total).format(n=figures.total)
        ),
    ]
    return " · ".join(parts) + "."


def turnout_text(figures: Attendance) -> str:
    """« 87 % », or « — » when nobody registered beforehand."""
    share = figures.turnout
    return f"{round(100 * share)} %" if share is not None else "—"


def evening_attendance(data: EveningData) -> Attendance:
    """Everyone of the evening, counted as :mod:`katalyze.attendance` counts."""
    return count_attendance(data.people.values())


def attendance_by_role(data: EveningData) -> list[tuple[str, Attendance]]:
    """The figures per role (roles in their order, people without a role
    last); they add up to :func:`evening_attendance`."""
    people: dict[str, list[PersonRow]] = {r.label: [] for r in data.roles}
    for person in data.people.values():
        people.setdefault(person.role_label or NO_ROLE, []).append(person)
    return [(label, count_attendance(rows)) for label, rows in people.items()]


__all__ = [
    "ATTENDANCE_NOTE",
    "attendance_by_role",
    "attendance_sentence",
    "evening_attendance",
    "headline",
    "turnout_text",
]
