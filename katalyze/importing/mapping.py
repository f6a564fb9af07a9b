"""Which file column feeds which field: guessed from the headers, corrected by the user.

Headers are compared folded (case, accents and punctuation ignored). Rules are
tried in order, the most specific first: "Structure porteuse" is the lead
organisation of a project, not its holder; "Nom de la structure" is an
organisation, not a last name; "Statut de la commande" is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from katalyze.text import fold

IGNORED = ""
MAX_WISH_COLUMNS = 5

# Field code -> French label (the CLI's words; the UI has its own translations).
PARTICIPANT_FIELDS: dict[str, str] = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "full_name": "Nom complet (prénom et nom)",
    "email": "E-mail",
    "phone": "Téléphone",
    "organisation": "Organisation",
    "role": "Rôle",
    "wishes": "Souhaits de projets (liste classée)",
    **{f"wish{n}": f"Souhait n° {n}" for n in range(1, MAX_WISH_COLUMNS + 1)},
    "offers": "Apports",
    "consent": "Accord de partage des coordonnées",
    "notes": "Remarques",
}

PROJECT_FIELDS: dict[str, str] = {
    "table": "Table",
    "title": "Projet",
    "holder": "Porteur",
    "lead_organisation": "Structure porteuse",
    "theme": "Thématique",
    "description": "Description",
    "needs": "Besoins",
    "min_seats": "Places min",
    "max_seats": "Places max",
}

NAME_FIELDS = ("last_name", "first_name", "full_name")
# Free text and lists that several columns may feed together ("Remarques" and
# "Commentaires"): their texts are joined with JOINER. Any other field fed by
# several columns takes the first one that is not empty, left to right.
JOINED_FIELDS = frozenset({"notes", "offers", "description", "needs"})
JOINER = " ; "
KINDS = ("participants", "projects")


def fields_for(kind: str) -> dict[str, str]:
    if kind == "participants":
        return PARTICIPANT_FIELDS
    if kind == "projects":
        return PROJECT_FIELDS
    raise ValueError(f"unknown import kind: {kind}")


@dataclass(frozen=True)
class ColumnMapping:
    """One target field per file column (``""`` = ignored)."""

    fields: tuple[str, ...]

    def field_of(self, column: int) -> str:
        return self.fields[column] if column < len(self.fields) else IGNORED

    def column_of(self, field: str) -> int | None:
        for i, f in enumerate(self.fields):
            if f == field:
                return i
        return None

    def with_field(self, column: int, field: str, *, keep_others: bool = False) -> ColumnMapping:
        """This mapping with ``column`` set to ``field``; a column that held the
        same field before becomes ignored, unless ``keep_others`` and the
        field is one of :data:`JOINED_FIELDS` (both columns then feed it)."""
        fields = list(self.fields)
        if field and not (keep_others and field in JOINED_FIELDS):
            fields = [IGNORED if f == field else f for f in fields]
        fields[column] = field
        return replace(self, fields=tuple(fields))

    def merged_cells(self, cells: Sequence[str]) -> list[str]:
        """A row's cells with each field fed by several columns read from all
        of them, into its first column (what :meth:`mapped` reads): the texts
        joined for :data:`JOINED_FIELDS` (each once), else the first that is
        not empty."""
        groups = self._groups
        if not groups:
            return list(cells)
        out = list(cells)
        for field, columns in groups.items():
            texts = [cells[c].strip() for c in columns if c < len(cells) and cells[c].strip()]
            if field in JOINED_FIELDS:
                value = JOINER.join(dict.fromkeys(texts))
            else:
                value = texts[0] if texts else ""
            if columns[0] < len(out):
                out[columns[0]] = value
        return out

    def mapped(self) -> dict[str, int]:
        """Field -> column for every mapped field (the first column wins)."""
        out: dict[str, int] = {}
        for i, f in enumerate(self.fields):
            if f and f not in out:
                out[f] = i
        return out

    @cached_property
    def _groups(self) -> dict[str, list[int]]:
        """:meth:`duplicates`, worked out once (read for every row)."""
        return self.duplicates()

    def duplicates(self) -> dict[str, list[int]]:
        seen: dict[str, list[int]] = {}
        for i, f in enumerate(self.fields):
            if f:
                seen.setdefault(f, []).append(i)
        return {f: cols for f, cols in seen.items() if len(cols) > 1}

    def has_name(self) -> bool:
        return any(f in self.fields for f in NAME_FIELDS)

    def to_json(self, headers: Sequence[str]) -> dict[str, str]:
        return {
            (headers[i] if i < len(headers) and headers[i] else f"#{i + 1}"): f
            for i, f in enumerate(self.fields)
        }


# --- header rules ------------------------------------------------------------

_PREFIX = re.compile(
    r"^(?:champ (?:complementaire|supplementaire|additionnel)|question|q|custom field|champ)"
    r"\s*\d+\s*"
)
_RANK = re.compile(
    r"(?:\bn\s*o?|\bnumero|\bchoix|\bsouhait|\bvoeu|\bprojet|\bwish|\bchoice|\bpriorite|#)"
    r"\s*(\d)\b|\b(\d)\s*(?:er|ere|e|eme|nd|st|th|rd)?\s*(?:choix|souhait|voeu|choice|wish)"
)
_ORDINALS = {
    "premier": 1,
    "first": 1,
    "deuxieme": 2,
    "second": 2,
    "troisieme": 3,
    "third": 3,
    "quatrieme": 4,
    "cinquieme": 5,
}


def clean_header(header: str) -> str:
    """Folded header without a form tool's "Champ complémentaire 2" prefix."""
    return _PREFIX.sub("", fold(header)).strip()


def _has(text: str, *needles: str) -> bool:
    padded = f" {text} "
    return any(f" {n} " in padded for n in needles)


def _contains(text: str, *needles: str) -> bool:
    return any(n in text for n in needles)


def _wish_rank(text: str) -> int | None:
    match = _RANK.search(text)
    if match:
        rank = int(match.group(1) or match.group(2))
        return rank if 1 <= rank <= MAX_WISH_COLUMNS else None
    for word, rank in _ORDINALS.items():
        if _has(text, word):
            return rank
    return None


_FULL_NAME_HEADERS = frozenset(
    {"participant", "participants", "name", "identite", "nom prenom", "personne", "inscrit"}
)

_IGNORE_WORDS = (
    "commande",
    "order",
    "horodateur",
    "horodatage",
    "timestamp",
    "tarif",
    "montant",
    "prix",
    "price",
    "paiement",
    "payment",
    "facture",
    "invoice",
    "civilite",
    "titre de civilite",
    "salutation",
    "genre",
    "sexe",
    "gender",
    "code postal",
    "ville",
    "adresse postale",
)


def guess_participant_field(header: str) -> str:
    """The participant field a header names, or ``""``."""
    text = clean_header(header)
    if not text:
        return IGNORED
    if _contains(text, "mail", "courriel"):
        return "email"
    if _contains(text, "accepte", "consent", "coordonnees", "rgpd", "autoris") or _has(
        text, "partage", "accord", "opt in", "optin"
    ):
        return "consent"
    if _has(text, *_IGNORE_WORDS) or text.startswith("date"):
        return IGNORED
    if _has(text, "tel", "telephone", "phone", "portable", "mobile", "gsm", "tel portable") or (
        text.startswith("numero de tel") or text.startswith("telephone")
    ):
        return "phone"
    if _contains(text, "prenom", "first name", "firstname", "given name"):
        if _contains(text, "nom prenom", "prenom nom", "nom et prenom", "prenom et nom"):
            return "full_name"
        return "first_name"
    if text in _FULL_NAME_HEADERS or _contains(text, "full name", "nom complet"):
        return "full_name"
    if _has(
        text,
        "structure",
        "organisme",
        "organisation",
        "organization",
        "raison sociale",
        "entreprise",
        "societe",
        "company",
        "employeur",
        "employer",
        "etablissement",
        "association",
        "collectivite",
    ):
        return "organisation"
    if _contains(
        text, "vous etes", "en tant que", "ticket type", "type de billet", "type de participant"
    ) or _has(text, "categorie", "category", "profil", "profile", "role", "qualite", "statut"):
        return "role"
    if _contains(text, "apport", "offre", "ressource", "contribution", "can bring", "offer"):
        return "offers"
    if _contains(
        text, "projet", "souhait", "voeu", "wish", "interet", "interess", "choix", "project"
    ) or _has(text, "preference", "choice"):
        rank = _wish_rank(text)
        return f"wish{rank}" if rank else "wishes"
    if _has(text, "nom", "last name", "lastname", "surname", "family name", "nom de famille"):
        return "last_name"
    if _has(text, "remarque", "remarques", "commentaire", "commentaires", "notes", "note"):
        return "notes"
    return IGNORED


def guess_project_field(header: str) -> str:
    """The project field a header names, or ``""``."""
    text = clean_header(header)
    if not text:
        return IGNORED
    if _has(text, "min", "minimum", "places min", "mini") or _contains(text, "minimum"):
        return "min_seats"
    if _has(text, "max", "maximum", "capacite", "capacity", "places max", "places", "maxi"):
        return "max_seats"
    if _has(text, "table", "n table", "numero", "no", "n", "num", "table number"):
        return "table"
    if _contains(text, "structure", "organisme", "organisation", "organization") or _has(
        text, "lead organisation", "association", "entreprise"
    ):
        return "lead_organisation"
    if _contains(text, "porteu", "holder", "responsable", "referent", "contact", "owner"):
        return "holder"
    if _contains(text, "themat", "theme", "domaine", "secteur", "topic"):
        return "theme"
    if _contains(text, "besoin", "needs", "need"):
        return "needs"
    if _contains(text, "description", "resume", "presentation", "summary", "pitch"):
        return "description"
    if _has(text, "projet", "titre", "intitule", "nom du projet", "project", "title", "nom"):
        return "title"
    return IGNORED


def guess_mapping(headers: Sequence[str], kind: str = "participants") -> ColumnMapping:
    """A first mapping from the headers; the user reviews it before anything is written."""
    guess = guess_participant_field if kind == "participants" else guess_project_field
    fields = [guess(h) for h in headers]
    if kind == "participants":
        fields = _rank_wish_columns(fields)
    used: set[str] = set()
    for i, f in enumerate(fields):
        if not f:
            continue
        if f in used and f not in JOINED_FIELDS:
            fields[i] = IGNORED  # the first column naming a field feeds it
        used.add(f)
    return ColumnMapping(tuple(fields))


def _rank_wish_columns(fields: list[str]) -> list[str]:
    """Several unranked wish columns are ranked in their order; one alone is a list."""
    unranked = [i for i, f in enumerate(fields) if f == "wishes"]
    ranked = [i for i, f in enumerate(fields) if f.startswith("wish") and f != "wishes"]
    if len(unranked) > 1 or (unranked and ranked):
        taken = {fields[i] for i in ranked}
        free = [f"wish{n}" for n in range(1, MAX_WISH_COLUMNS + 1) if f"wish{n}" not in taken]
        for i in unranked:
            fields[i] = free.pop(0) if free else IGNORED
    return fields


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a header (0: not at all); a name or a title counts double."""
    best = 0
    for kind, key in (("participants", NAME_FIELDS), ("projects", ("title",))):
        mapping = guess_mapping(cells, kind)
        found = {f for f in mapping.fields if f}
        score = len(found) + (2 if any(k in found for k in key) else 0)
        best = max(best, score)
    return best
