"""Text folding and tolerant matching, shared by import, search and check-in."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz, process

T = TypeVar("T")

_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "Ł": "l",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Lower-case, accent-free, punctuation collapsed to single spaces.

    ``fold("  Élu·e / Collectivité ")`` is ``"elu e collectivite"``; it is the
    key for every comparison a person would call "the same word".
    """
    if not text:
        return ""
    text = str(text).translate(_LIGATURES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub(" ", text).strip()


def fold_compact(text: str | None) -> str:
    """``fold`` without spaces: "Le Gall" and "LEGALL" meet."""
    return fold(text).replace(" ", "")


def best_match(
    value: str,
    choices: Mapping[str, T],
    *,
    cutoff: float = 85.0,
) -> T | None:
    """The choice whose folded key best matches ``value``, tolerant of case,
    accents, spacing and small typos; ``None`` when nothing is close enough.

    ``choices`` maps already-folded keys to results.
    """
    key = fold(value)
    if not key:
        return None
    if key in choices:
        return choices[key]
    compact = key.replace(" ", "")
    for k, v in choices.items():
        if k.replace(" ", "") == compact:
            return v
    found = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=cutoff)
    if found is None:
        return None
    return choices[found[0]]


def split_multi(cell: str | None, separators: Iterable[str] = ("|", ";", "\n", ",")) -> list[str]:
    """Split a multi-value cell on the first separator it contains."""
    if not cell:
        return []
    text = str(cell)
    for sep in separators:
        if sep in text:
            return [part.strip() for part in text.split(sep) if part.strip()]
    return [text.strip()] if text.strip() else []


MONTHS_FR: tuple[str, ...] = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def french_date(day: dt.date | None, missing: str = "") -> str:
    """``1er mars 2026``, ``26 mars 2026``; ``missing`` when there is no date."""
    if day is None:
        return missing
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"


def plural(count: int, singular: str, plural_form: str) -> str:
    """« 1 tour », « 3 tours », « 0 tour » (French: 0 and 1 take the singular)."""
    return f"{count} {singular if abs(count) < 2 else plural_form}"


def french_number(value: float, decimals: int = 1) -> str:
    """A number as a French reader writes it: « 61,8 », « 1 234,5 »."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")
