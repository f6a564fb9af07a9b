"""Finding a person by name at the door, as the volunteer types.

The index is built once from the participant list and answers in well under a
few milliseconds for thousands of people. Matching is done word by word on
folded text (case, accents and punctuation ignored), in any order:

- each typed word must match one word of the person's first name, last name or
  organisation: exactly, as a prefix (the volunteer is still typing), or with a
  small typo (rapidfuzz ratio, from three letters on);
- names rank before organisations, exact before prefix before typo, and people
  not yet arrived before those already in.

Sorted word lists make prefix look-ups a binary search; typo look-ups run
rapidfuzz's C loop over the vocabulary (a few thousand distinct words).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from katalyze.participants import ParticipantInfo
from katalyze.text import fold

NAME, ORGANISATION = "name", "organisation"

# Score of one typed word against one indexed word.
_EXACT, _PREFIX = 100.0, 90.0
_TYPO_SCALE = 0.8  # a typo match scores at most 80
_ORG_SCALE = 0.75  # organisation words weigh less than names
_MIN_TYPO_LEN = 3


@dataclass(frozen=True)
class Match:
    """One person found, best first; ``matched_on`` is "name" or "organisation"."""

    participant: ParticipantInfo
    score: float
    matched_on: str


def _typo_cutoff(length: int) -> float:
    # Short words need a closer match: one wrong letter out of three is a lot.
    if length <= 3:
        return 85.0
    if length <= 5:
        return 75.0
    return 70.0


@dataclass
class _Entry:
    person: ParticipantInfo
    name_words: frozenset[str]
    org_words: frozenset[str]


def _name_words(person: ParticipantInfo) -> set[str]:
    words = set(fold(person.first_name).split()) | set(fold(person.last_name).split())
    # "Le Gall" is also found as "legall", "Jean-Pierre" as "jeanpierre".
    for part in (person.first_name, person.last_name):
        compact = fold(part).replace(" ", "")
        if compact:
            words.add(compact)
    return words


class NameIndex:
    """Accent-, case-, order- and typo-tolerant search over names and organisations."""

    def __init__(self) -> None:
        self._entries: dict[int, _Entry] = {}
        self._owners: dict[str, dict[int, str]] = {}  # word -> {person id: NAME|ORG}
        self._sorted: list[str] = []
        self._dirty = False
        self._order: dict[int, int] | None = None  # alphabetical position of each person

    @classmethod
    def build(cls, people: Iterable[ParticipantInfo]) -> NameIndex:
        index = cls()
        for person in people:
            index._add(person)
        index._resort()
        return index

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, participant_id: int) -> ParticipantInfo | None:
        entry = self._entries.get(participant_id)
        return entry.person if entry else None

    # -- keeping the index current -----------------------------------------

    def upsert(self, person: ParticipantInfo) -> None:
        """Add a person (a walk-in) or replace one whose details changed."""
        self.remove(person.id)
        self._add(person)
        self._dirty = True

    def remove(self, participant_id: int) -> None:
        entry = self._entries.pop(participant_id, None)
        if entry is None:
            return
        for word in entry.name_words | entry.org_words:
            owners = self._owners.get(word)
            if owners is not None:
                owners.pop(participant_id, None)
                if not owners:
                    del self._owners[word]
        self._dirty = True

    def mark_arrival(self, participant_id: int, checked_in_at, station: str | None) -> None:
        """Record (or with ``None``, clear) an arrival without rebuilding."""
        entry = self._entries.get(participant_id)
        if entry is not None:
            entry.person = replace(
                entry.person, checked_in_at=checked_in_at, checked_in_station=station
            )

    def _add(self, person: ParticipantInfo) -> None:
        names = frozenset(_name_words(person))
        orgs = frozenset(fold(person.organisation).split()) - names
        self._entries[person.id] = _Entry(person, names, orgs)
        for word in names:
            self._owners.setdefault(word, {})[person.id] = NAME
        for word in orgs:
            self._owners.setdefault(word, {}).setdefault(person.id, ORGANISATION)

    def _resort(self) -> None:
        self._sorted = sorted(self._owners)
        self._dirty = False
        self._order = None

    def _renumber(self) -> None:
        people = sorted(self._entries.values(), key=lambda e: (e.person.sort_key, e.person.id))
        self._order = {e.person.id: i for i, e in enumerate(people)}

    # -- searching ------------------------------------------------------------

    def _word_scores(self, token: str) -> dict[str, float]:
        """Indexed words matching one typed word, with their score."""
        found: dict[str, float] = {}
        start = bisect.bisect_left(self._sorted, token)
        for i in range(start, len(self._sorted)):
            word = self._sorted[i]
            if not word.startswith(token):
                break
            found[word] = _EXACT if word == token else _PREFIX
        if len(token) >= _MIN_TYPO_LEN:
            cutoff = _typo_cutoff(len(token))
            size = len(token)

            def head(word: str) -> str:
                return word[:size]

            # Whole-word typos ("dupond" for "dupont")...
            for word, score, _ in process.extract(
                token, self._sorted, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                found.setdefault(word, score * _TYPO_SCALE)
            # ...and typos in a word still being typed ("lefeb" for "lefebvre").
            for word, score, _ in process.extract(
                token,
                self._sorted,
                scorer=fuzz.ratio,
                processor=head,
                score_cutoff=max(cutoff, 79.0),
                limit=None,
            ):
                found.setdefault(word, score * _TYPO_SCALE * 0.95)
        return found

    def search(self, text: str, limit: int = 8) -> list[Match]:
        """The people best matching ``text``, best first (empty for blank text)."""
        tokens = fold(text).split()
        if not tokens or not self._entries:
            return []
        if self._dirty:
            self._resort()
        # Longest words first: they narrow the candidates most.
        tokens = sorted(dict.fromkeys(tokens), key=len, reverse=True)
        totals: dict[int, float] | None = None
        on_name: dict[int, bool] = {}
        for token in tokens:
            best: dict[int, float] = {}
            for word, score in self._word_scores(token).items():
                for pid, kind in self._owners[word].items():
                    if totals is not None and pid not in totals:
                        continue
                    value = score if kind == NAME else score * _ORG_SCALE
                    if value > best.get(pid, 0.0):
                        best[pid] = value
                        if kind == NAME:
                            on_name[pid] = True
            if totals is None:
                totals = best
            else:
                totals = {pid: totals[pid] + value for pid, value in best.items()}
            if not totals:
                return []
        assert totals is not None
        n = len(tokens)

        if self._order is None:
            self._renumber()
        order = self._order
        entries = self._entries

        def rank(pid: int) -> tuple[float, bool, bool, int]:
            person = entries[pid].person
            return (-totals[pid], person.cancelled, person.checked_in_at is not None, order[pid])

        ordered = heapq.nsmallest(limit, totals, key=rank)
        return [
            Match(
                participant=self._entries[pid].person,
                score=round(totals[pid] / n, 1),
                matched_on=NAME if on_name.get(pid) else ORGANISATION,
            )
            for pid in ordered
        ]
