"""Turn what people typed into the event's vocabulary: roles, projects, offers, needs.

Matching is tolerant of case, accents, spacing and small typos
(:func:`katalyze.text.best_match`); a value that matches nothing is returned
as unmatched so that the caller reports it, never dropped in silence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from katalyze.text import best_match, fold, split_multi
from katalyze.vocabulary import DEFAULT_ROLES, NEEDS, OFFER_ALIASES, OFFERS, Labels

MULTI_SEPARATORS = ("|", "\n", ";", ",", " / ")


@dataclass(frozen=True)
class RoleChoice:
    id: int
    key: str
    label: str


class RoleMatcher:
    """Role labels of the event, their keys and the default roles' aliases."""

    def __init__(self, roles: Iterable[RoleChoice]) -> None:
        self.choices: dict[str, int] = {}
        self.labels: dict[int, str] = {}
        specs = {spec.key: spec for spec in DEFAULT_ROLES}
        for role in roles:
            self.labels[role.id] = role.label
            for key in (role.label, role.key):
                self.choices.setdefault(fold(key), role.id)
            spec = specs.get(role.key)
            if spec is not None:
                for alias in (spec.label, *spec.aliases):
                    self.choices.setdefault(fold(alias), role.id)

    def match(self, value: str) -> int | None:
        return best_match(value, self.choices) if value.strip() else None

    def is_exact(self, value: str) -> bool:
        """The value is a label, key or known alias (not a typo's best guess)."""
        return fold(value) in self.choices


@dataclass(frozen=True)
class ProjectChoice:
    id: int
    table_number: int
    table_label: str
    title: str


_TABLE_REF = re.compile(r"^(?:table|t|n|no|projet)?\s*(\d{1,4})$")


class ProjectMatcher:
    """Project titles, table numbers ("3", "Table 3") and unambiguous title prefixes."""

    def __init__(self, projects: Iterable[ProjectChoice]) -> None:
        self.projects = list(projects)
        self.by_title = {fold(p.title): p.id for p in self.projects}
        self.by_table = {p.table_number: p.id for p in self.projects}
        self.by_label = {fold(p.table_label): p.id for p in self.projects if p.table_label}
        self.titles = {p.id: p.title for p in self.projects}

    def __bool__(self) -> bool:
        return bool(self.projects)

    def match(self, value: str) -> int | None:
        key = fold(value)
        if not key:
            return None
        number = _TABLE_REF.match(key)
        if number:
            return self.by_table.get(int(number.group(1)))
        if key in self.by_label:
            return self.by_label[key]
        found = best_match(value, self.by_title)
        if found is not None:
            return found
        if len(key) >= 8:
            starts = {pid for title, pid in self.by_title.items() if title.startswith(key)}
            if len(starts) == 1:
                return starts.pop()
        return None

    def is_exact(self, value: str) -> bool:
        """The value is a title, a table number or a table label, not a typo's best guess."""
        key = fold(value)
        return key in self.by_title or key in self.by_label or bool(_TABLE_REF.match(key))

    def match_list(self, cell: str) -> tuple[list[int], list[str]]:
        """Projects named in a multi-value cell, in order, and the unmatched parts.

        The whole cell is tried first, then its parts; adjacent parts are
        joined back when together they name a title holding the separator.
        """
        parts = split_multi(cell, MULTI_SEPARATORS)
        whole = self.match(cell) if len(parts) <= 1 else self.by_title.get(fold(cell))
        if whole is not None:
            return [whole], []
        return _match_parts(
            parts,
            self.match,
            joiner=_joiner(cell),
            exact=lambda v: self.by_title.get(fold(v)),
        )


def _joiner(cell: str) -> str:
    for sep in MULTI_SEPARATORS:
        if sep in cell:
            return sep
    return " "


def _match_parts(parts: Sequence[str], match, *, joiner: str, exact) -> tuple[list, list[str]]:  # type: ignore[no-untyped-def]
    """Match each part; parts joined back (only on an exact match) when the
    separator was part of a name, e.g. a title holding a comma."""
    found: list = []
    unmatched: list[str] = []
    i = 0
    while i < len(parts):
        hit, width = None, 1
        for j in range(min(len(parts), i + 4), i, -1):
            result = exact(joiner.join(parts[i:j])) if j - i > 1 else match(parts[i])
            if result is not None:
                hit, width = result, j - i
                break
        if hit is None:
            unmatched.append(parts[i])
        elif hit not in found:
            found.append(hit)
        i += width
    return found, unmatched


def _vocabulary(labels: Labels, aliases: dict[str, str]) -> dict[str, str]:
    choices: dict[str, str] = {}
    for code, label in labels.french().items():  # built at import: never translated
        choices[fold(label)] = code
        choices[fold(code)] = code
    for alias, code in aliases.items():
        choices.setdefault(fold(alias), code)
    return choices


_OFFER_CHOICES = _vocabulary(
    OFFERS,
    {
        **OFFER_ALIASES,
        "financier": "financement",
        "finances": "financement",
        "argent": "financement",
        "expertise technique": "expertise",
        "competences techniques": "expertise",
        "conseil": "expertise",
        "droit": "juridique",
        "des locaux": "lieu",
        "salle": "lieu",
        "mon reseau": "reseau",
        "carnet d adresses": "reseau",
        "contacts": "reseau",
        "du temps": "benevolat",
        "temps": "benevolat",
        "du temps benevole": "benevolat",
        "digital": "numerique",
        "informatique": "numerique",
        "web": "numerique",
        "comm": "communication",
        "marketing": "communication",
    },
)

_NEED_CHOICES = _vocabulary(
    NEEDS,
    {
        "ingenierie de projet": "ingenierie",
        "engineering": "ingenierie",
        "etudes": "ingenierie",
        "financements": "financement",
        "financier": "financement",
        "funding": "financement",
        "locaux": "lieu",
        "local": "lieu",
        "premises": "lieu",
        "foncier": "lieu",
        "competence": "competences",
        "skills": "competences",
        "partenaire": "partenaires",
        "partenariats": "partenaires",
        "partners": "partenaires",
        "reseau": "partenaires",
        "droit": "juridique",
        "legal": "juridique",
        "other": "autre",
        "autres": "autre",
    },
)


def match_offers(cell: str) -> tuple[list[str], list[str]]:
    """Offer codes named in a cell, in order, and the unmatched parts."""
    parts = split_multi(cell, ("|", "\n", ";", ","))
    whole = best_match(cell, _OFFER_CHOICES) if len(parts) <= 1 else _OFFER_CHOICES.get(fold(cell))
    if whole is not None:
        return [whole], []
    return _match_parts(
        parts,
        lambda v: best_match(v, _OFFER_CHOICES),
        joiner=_joiner(cell),
        exact=lambda v: _OFFER_CHOICES.get(fold(v)),
    )


def match_needs(cell: str) -> tuple[list[str], list[str]]:
    """Need codes named in a cell, in order, and the unmatched parts."""
    parts = split_multi(cell, ("|", "\n", ";", ",", "/", "+"))
    whole = best_match(cell, _NEED_CHOICES) if len(parts) <= 1 else _NEED_CHOICES.get(fold(cell))
    if whole is not None:
        return [whole], []
    return _match_parts(
        parts,
        lambda v: best_match(v, _NEED_CHOICES),
        joiner=_joiner(cell),
        exact=lambda v: _NEED_CHOICES.get(fold(v)),
    )


_YES = frozenset(
    {
        "oui",
        "o",
        "yes",
        "y",
        "true",
        "vrai",
        "1",
        "x",
        "ok",
        "j accepte",
        "accepte",
        "j accepte que mes coordonnees soient transmises",
        "d accord",
        "je suis d accord",
        "i agree",
        "agree",
        "accepted",
    }
)
_NO = frozenset(
    {
        "non",
        "n",
        "no",
        "false",
        "faux",
        "0",
        "je refuse",
        "refuse",
        "refus",
        "pas d accord",
        "je ne suis pas d accord",
        "i disagree",
        "disagree",
        "declined",
    }
)


def parse_consent(cell: str) -> bool | None:
    """``True``/``False`` for a clear answer; ``None`` for empty or unclear (see
    :func:`consent_is_clear`)."""
    key = fold(cell)
    if key in _YES or key.startswith(("oui ", "j accepte ", "yes ")):
        return True
    if key in _NO or key.startswith(("non ", "je refuse ", "no ", "je n accepte pas")):
        return False
    return None


_UPPER_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def tidy_name(name: str) -> str:
    """ "DA SILVA" -> "Da Silva", "d'HONDT" stays, "jean-marc" -> "Jean-Marc".

    Only names written all in capitals or all in lower case are changed;
    a mixed spelling is the person's own and is kept.
    """
    name = " ".join(name.split())
    letters = [c for c in name if c.isalpha()]
    if not letters or not (name.isupper() or name.islower()):
        return name
    return _UPPER_WORD.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), name)


def split_full_name(value: str) -> tuple[str, str]:
    """(first, last) from "DUPONT Anaïs", "Anaïs Dupont" or "Dupont, Anaïs"."""
    value = " ".join(value.split())
    if "," in value:
        last, _, first = value.partition(",")
        return first.strip(), last.strip()
    words = value.split(" ")
    if len(words) == 1:
        return "", value
    capitals = [w for w in words if w.isupper() and sum(c.isalpha() for c in w) > 1]
    if capitals and len(capitals) < len(words):
        last = " ".join(capitals)
        first = " ".join(w for w in words if w not in capitals)
        return first, last
    return words[0], " ".join(words[1:])
