"""One registration row read into what it says about a person (names tidied,
e-mail checked, role, wishes and offers matched), with each problem found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from katalyze.i18n import _
from katalyze.importing.mapping import MAX_WISH_COLUMNS
from katalyze.importing.matching import (
    ProjectMatcher,
    RoleMatcher,
    match_offers,
    parse_consent,
    split_full_name,
    tidy_name,
)
from katalyze.importing.reading import Table
from katalyze.importing.results import ERROR, INFO, WARNING, Problem, quote
from katalyze.participants import valid_email

FIELD_LIMITS = {
    "first_name": 200,
    "last_name": 200,
    "full_name": 400,
    "email": 320,
    "phone": 60,
    "organisation": 300,
    "role": 200,
    "wishes": 2000,
    "offers": 2000,
    "consent": 300,
    "notes": 4000,
    **{f"wish{n}": 300 for n in range(1, MAX_WISH_COLUMNS + 1)},
}
_EMAIL_SPLIT = re.compile(r"[;,\s]+")


@dataclass
class Candidate:
    """What one row says about a person."""

    first_name: str = ""
    last_name: str = ""
    tidied: bool = False
    email: str | None = None
    phone: str = ""
    organisation: str = ""
    role_id: int | None = None
    wishes: list[int] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    consent: bool | None = None
    notes: list[str] = field(default_factory=list)


class RowReader:
    """Reads rows against the event's roles and projects."""

    def __init__(self, roles: RoleMatcher, projects: ProjectMatcher) -> None:
        self.roles = roles
        self.projects = projects

    def _cell(
        self,
        table: Table,
        cells: tuple[str, ...],
        number: int,
        columns: dict[str, int],
        name: str,
        problems: list[Problem],
    ) -> str:
        column = columns.get(name)
        if column is None:
            return ""
        value = cells[column]
        limit = FIELD_LIMITS.get(name, 1000)
        if len(value) > limit:
            problems.append(
                Problem(
                    table.name,
                    number,
                    table.header_label(column),
                    ERROR if name in ("first_name", "last_name", "full_name") else WARNING,
                    _("cellule trop longue ({count:,} caractères, au plus {limit})")
                    .format(count=len(value), limit=limit)
                    .replace(",", " "),
                    _("la ligne est ignorée ; raccourcissez la cellule")
                    if name in ("first_name", "last_name", "full_name")
                    else _("la valeur est laissée de côté ; raccourcissez la cellule"),
                )
            )
            return "\x00"  # too long: the caller treats it as refused
        return value

    def read(
        self,
        table: Table,
        cells: tuple[str, ...],
        number: int,
        columns: dict[str, int],
        wish_columns: list[tuple[int, int]],
        problems: list[Problem],
    ) -> Candidate | None:
        def get(name: str) -> str:
            value = self._cell(table, cells, number, columns, name, problems)
            return "" if value == "\x00" else value

        def problem(name: str, severity: str, message: str, hint: str) -> None:
            column = columns.get(name)
            header = table.header_label(column) if column is not None else None
            problems.append(Problem(table.name, number, header, severity, message, hint))

        c = Candidate()
        first, last = get("first_name"), get("last_name")
        full = get("full_name")
        if any(p.severity == ERROR for p in problems):
            return None
        if full and not (first or last):
            first, last = split_full_name(full)
        elif full and not last:
            last = full
        c.first_name, c.last_name = tidy_name(first), tidy_name(last)
        c.tidied = (c.first_name, c.last_name) != (" ".join(first.split()), " ".join(last.split()))
        if not (c.first_name or c.last_name):
            name_column = next(
                (columns[f] for f in ("last_name", "full_name", "first_name") if f in columns),
                None,
            )
            problems.append(
                Problem(
                    table.name,
                    number,
                    table.header_label(name_column) if name_column is not None else None,
                    ERROR,
                    _("nom manquant"),
                    _(
                        "la ligne est ignorée ; complétez le nom dans le fichier ou ajoutez la personne "
                        "à la main"
                    ),
                )
            )
            return None

        email_cell = get("email").strip().removeprefix("mailto:").strip("<> ")
        if email_cell:
            parts = [p for p in _EMAIL_SPLIT.split(email_cell) if p]
            good = [p for p in parts if valid_email(p)]
            if good:
                c.email = good[0]
                if len(parts) > 1:
                    problem(
                        "email",
                        WARNING,
                        _("plusieurs adresses dans la cellule {quote}").format(
                            quote=quote(email_cell)
                        ),
                        _("seule {good} est gardée").format(good=good[0]),
                    )
            else:
                problem(
                    "email",
                    WARNING,
                    _("adresse e-mail invalide {quote}").format(quote=quote(email_cell)),
                    _("l'adresse est laissée vide ; corrigez-la dans la fiche du participant"),
                )
                c.notes.append(
                    _("E-mail illisible à l'import : {email_cell}").format(email_cell=email_cell)
                )

        c.phone = tidy_phone(get("phone"))
        c.organisation = " ".join(get("organisation").split())

        role_text = get("role")
        if role_text:
            c.role_id = self.roles.match(role_text)
            if c.role_id is None:
                problem(
                    "role",
                    WARNING,
                    _("rôle inconnu {quote}").format(quote=quote(role_text)),
                    _(
                        "le participant est importé sans rôle ; ajoutez ce rôle dans les réglages de "
                        "l'événement ou corrigez la cellule"
                    ),
                )
                c.notes.append(
                    _("Rôle non reconnu à l'import : {role_text}").format(role_text=role_text)
                )
            elif not self.roles.is_exact(role_text):
                problem(
                    "role",
                    INFO,
                    _("rôle {quote} lu comme {quote2}").format(
                        quote=quote(role_text), quote2=quote(self.roles.labels[c.role_id])
                    ),
                    _("vérifiez que c'est le bon"),
                )

        wish_cells: list[tuple[str, str]] = []
        if "wishes" in columns:
            wish_cells.append(("wishes", get("wishes")))
        wish_cells.extend((f"wish{rank}", get(f"wish{rank}")) for rank, _ in wish_columns)
        for name, text in wish_cells:
            if not text:
                continue
            if name == "wishes":
                found, unmatched = self.projects.match_list(text)
            else:
                one = self.projects.match(text)
                if one is not None and not self.projects.is_exact(text):
                    problem(
                        name,
                        INFO,
                        _("souhait {quote} lu comme {quote2}").format(
                            quote=quote(text), quote2=quote(self.projects.titles[one])
                        ),
                        _("vérifiez que c'est le bon projet"),
                    )
                found, unmatched = ([one], []) if one is not None else ([], [text])
            for project_id in found:
                if project_id not in c.wishes:
                    c.wishes.append(project_id)
            for value in unmatched:
                hint = (
                    _("aucun projet n'est encore enregistré : importez d'abord les projets")
                    if not self.projects
                    else _("ce souhait est laissé de côté ; corrigez le titre ou ajoutez le projet")
                )
                problem(name, WARNING, _("projet inconnu {quote}").format(quote=quote(value)), hint)
                c.notes.append(_("Souhait non reconnu à l'import : {value}").format(value=value))

        offers_text = get("offers")
        if offers_text:
            c.offers, unmatched = match_offers(offers_text)
            for value in unmatched:
                problem(
                    "offers",
                    WARNING,
                    _("apport inconnu {quote}").format(quote=quote(value)),
                    _("il est noté dans les remarques du participant"),
                )
                c.notes.append(_("Apport non reconnu à l'import : {value}").format(value=value))

        consent_text = get("consent")
        if consent_text:
            c.consent = parse_consent(consent_text)
            if c.consent is None:
                problem(
                    "consent",
                    WARNING,
                    _("réponse non reconnue {quote} (attendu : Oui ou Non)").format(
                        quote=quote(consent_text)
                    ),
                    _("l'accord de partage des coordonnées n'est pas enregistré"),
                )
        notes = get("notes").strip()
        if notes:
            c.notes.insert(0, notes)
        return c

    # --- matching and merging ------------------------------------------------


def tidy_phone(value: str) -> str:
    value = " ".join(value.split())
    digits = value.replace(" ", "").replace(".", "")
    # A French mobile typed in a number cell lost its leading zero.
    if digits.isdigit() and len(digits) == 9 and digits[0] in "1234679":
        digits = "0" + digits
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return value


def row_label(cells: tuple[str, ...], columns: dict[str, int]) -> str:
    parts = [
        cells[columns[f]][:60] for f in ("first_name", "last_name", "full_name") if f in columns
    ]
    label = " ".join(p for p in parts if p).strip()
    if not label and "email" in columns:
        label = cells[columns["email"]][:60]
    return label
