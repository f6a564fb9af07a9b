"""Fast keyboard entry: one line typed by a scribe becomes an item.

Syntax (everything optional but the text)::

    i: idée          b: besoin        r: ressource proposée
    e: engagement    a: action        q: question / obstacle
    (also the words: idee:, besoin:, ressource:, offre:, engagement:,
     action:, question:, obstacle:)

    b:financement 20 k€ pour le local     category glued to the prefix
    b: 20 k€ pour le local #fin           or #category anywhere (a prefix is enough)
    a: @marie appeler la mairie !15/05    @part-of-a-name: the responsible of an
                                          action, the author of anything else;
                                          !15/05, !15/05/27, !15/05/2027 or
                                          >2027-05-15: due date
    a: @"La mairie" voter la subvention    quotes: a free-text responsible

Without a prefix the kind chosen on screen applies. A name is found by any
part of it, case and accents ignored ("@dup", "@Marie.Dup"); it must point to
one person among those seated at the table (then anyone registered), else the
entry is refused with a sentence saying why.

A due date without a year is read against the **event date** (scribes type
during the evening, organisers complete actions days or weeks later, and both
mean the same day): the first such day on or after the event, so ``!10/01``
typed for a March evening is next January. Without an event date, today is
the reference. The parser is pure: no database, and no clock unless neither
``event_date`` nor ``today`` is given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from katalyze.errors import UserError
from katalyze.i18n import N_, _
from katalyze.text import fold
from katalyze.vocabulary import ITEM_KINDS, NEEDS

# Prefix word (folded) -> kind.
PREFIXES: dict[str, str] = {
    "i": "idea",
    "idee": "idea",
    "b": "need",
    "besoin": "need",
    "r": "offer",
    "ressource": "offer",
    "offre": "offer",
    "e": "commitment",
    "engagement": "commitment",
    "a": "action",
    "action": "action",
    "q": "question",
    "question": "question",
    "o": "question",
    "obstacle": "question",
}
# The short prefix shown for each kind.
SHORT_PREFIX: dict[str, str] = {
    "idea": "i:",
    "need": "b:",
    "offer": "r:",
    "commitment": "e:",
    "action": "a:",
    "question": "q:",
}

_PREFIX_RE = re.compile(r"^\s*([^\W\d_]{1,12})\s*:(\S*)\s*", re.UNICODE)
_MENTION_RE = re.compile(r"(?<![\w@])@(?:\"([^\"]+)\"?|(\w[\w.'’-]*))", re.UNICODE)
_HASH_RE = re.compile(r"(?<![\w#])#(\w[\w-]*)", re.UNICODE)
_DUE_RE = re.compile(r"(?<!\S)[!>](\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?!\S)")
# "!demain", "!lundi", "!fin-mai": a due date in words, which is not understood.
_DUE_WORD_RE = re.compile(r"(?<!\S)!([^\W\d_][\w'’-]*)", re.UNICODE)
_DUE_FORMS = N_("tapez jj/mm (!15/05), jj/mm/aaaa (!15/05/2027) ou aaaa-mm-jj (>2027-05-15)")
# A year-less day that exists only in leap years (29/02) is looked for this far ahead.
_YEARS_AHEAD = 8


class Person(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class ParsedEntry:
    kind: str
    text: str
    kind_from_prefix: bool = False
    category: str = ""
    participant_id: int | None = None
    participant_name: str = ""
    responsible_id: int | None = None
    responsible_name: str = ""
    responsible_text: str = ""
    due: dt.date | None = None
    status: str = ""
    errors: tuple[str, ...] = ()
    notices: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.text)

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for ``add_item`` / ``update_item`` (besides kind and text)."""
        out: dict[str, Any] = {}
        if self.kind == "need" and self.category:
            out["category"] = self.category
        if self.participant_id is not None:
            out["participant_id"] = self.participant_id
        if self.kind == "action":
            if self.responsible_id is not None:
                out["responsible_id"] = self.responsible_id
            elif self.responsible_text:
                out["responsible_text"] = self.responsible_text
            if self.due is not None:
                out["due"] = self.due
            if self.status:
                out["status"] = self.status
        return out


def need_category(word: str) -> str | None:
    """The need code a word names: code, label, or an unambiguous start (≥ 3 letters)."""
    key = fold(word).replace(" ", "")
    if not key:
        return None
    for code, label in NEEDS.items():
        if key in (code, fold(label).replace(" ", "")):
            return code
    if len(key) >= 3:
        found = [c for c, lab in NEEDS.items() if c.startswith(key) or fold(lab).startswith(key)]
        if len(found) == 1:
            return found[0]
    return None


def due_reference(event_date: dt.date | None = None, today: dt.date | None = None) -> dt.date:
    """The day a year-less due date is read against: the event's date, else
    ``today`` (the clock when not given)."""
    return event_date or today or dt.date.today()


def parse_due(
    value: str, event_date: dt.date | None = None, *, today: dt.date | None = None
) -> dt.date:
    """``15/05``, ``15/5``, ``15/05/27``, ``15/05/2027``, ``15.05``, ``2027-05-15`` -> a date.

    Without a year: the first such day on or after the event date (``event_date``;
    ``today`` when the event has none), so a day and month before the event
    mean next year. Raises :class:`UserError` with a French sentence otherwise.
    """
    reference = due_reference(event_date, today)
    shown = value.strip()
    text = shown.lstrip("!>").strip()
    parts = re.split(r"[/.-]", text)
    numbers = [int(p) for p in parts] if all(p.isdigit() for p in parts) else []
    year: int | None = None
    if len(numbers) == 3 and len(parts[0]) == 4:
        year, month, day = numbers
    elif len(numbers) == 3:
        day, month, year = numbers
        year += 2000 if year < 100 else 0
    elif len(numbers) == 2:
        day, month = numbers
    else:
        raise UserError(
            _("« {shown} » n'est pas une date : {DUE_FORMS}.").format(
                shown=shown, DUE_FORMS=_(_DUE_FORMS)
            )
        )
    if not 1 <= month <= 12:
        raise UserError(
            _(
                "« {shown} » n'est pas une date valide : le mois doit aller de 1 à 12 ; "
                "{DUE_FORMS}."
            ).format(shown=shown, DUE_FORMS=_(_DUE_FORMS))
        )
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError as exc:
            raise UserError(
                _(
                    "« {shown} » n'est pas une date valide : ce jour n'existe pas ; {DUE_FORMS}."
                ).format(shown=shown, DUE_FORMS=_(_DUE_FORMS))
            ) from exc
    for candidate_year in range(reference.year, reference.year + _YEARS_AHEAD + 1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    raise UserError(
        _("« {shown} » n'est pas une date valide : ce jour n'existe pas ; {DUE_FORMS}.").format(
            shown=shown, DUE_FORMS=_(_DUE_FORMS)
        )
    )


def match_people(fragment: str, people: Sequence[Person]) -> list[Person]:
    """People whose name contains every part of ``fragment`` as the start of a
    word (or whose name, without spaces, starts with it); whole-word matches win."""
    parts = fold(fragment).split()
    if not parts:
        return []
    compact = "".join(parts)
    starts: list[Person] = []
    whole: list[Person] = []
    for person in people:
        words = fold(person.name).split()
        if all(any(w.startswith(p) for w in words) for p in parts) or "".join(words).startswith(
            compact
        ):
            starts.append(person)
            if all(p in words for p in parts):
                whole.append(person)
    if len(starts) > 1 and len(whole) == 1:
        return whole
    return starts


def _names(people: Sequence[Person], limit: int = 4) -> str:
    names = [p.name for p in people[:limit]]
    more = len(people) - limit
    return ", ".join(names) + (_(" et {more} autre(s)").format(more=more) if more > 0 else "")


@dataclass
class _Mention:
    start: int
    end: int
    raw: str
    quoted: bool
    person: Person | None = None
    free_text: str = ""


def parse_entry(
    text: str,
    people: Sequence[Person],
    *,
    default_kind: str = "idea",
    others: Sequence[Person] = (),
    event_date: dt.date | None = None,
    today: dt.date | None = None,
) -> ParsedEntry:
    """Read one typed line (see the module doc). ``people``: those seated at the
    table; ``others``: everyone else who may be named (used when nobody seated
    matches); ``event_date``: what a year-less due date is read against
    (``today`` when the event has no date). Problems come back in ``errors``
    (French sentences), never raised."""
    if default_kind not in ITEM_KINDS:
        default_kind = "idea"
    kind, from_prefix, body, category = default_kind, False, text or "", ""
    errors: list[str] = []
    notices: list[str] = []

    match = _PREFIX_RE.match(body)
    if match and fold(match.group(1)) in PREFIXES:
        kind, from_prefix = PREFIXES[fold(match.group(1))], True
        glued, rest = match.group(2), body[match.end() :]
        if glued and kind == "need" and need_category(glued.lstrip("#")):
            category = need_category(glued.lstrip("#")) or ""
            body = rest
        else:
            body = (glued + " " + rest) if glued else rest

    # Due date (actions only; elsewhere "!15/05" stays in the text).
    due: dt.date | None = None
    if kind == "action":
        for found in list(_DUE_RE.finditer(body)):
            try:
                due = parse_due(found.group(0), event_date, today=today)
            except UserError as exc:
                errors.append(str(exc))
        for found in _DUE_WORD_RE.finditer(body):
            errors.append(
                _(
                    "« !{found} » n'est pas une date : tapez la date elle-même (!15/05, !15/05/2027 "
                    "ou >2027-05-15), ou retirez le « ! »."
                ).format(found=found.group(1))
            )
        body = _DUE_RE.sub(" ", body) if due is not None or errors else body
        if due is not None and due < due_reference(event_date, today):
            notices.append(_before_event(due, event_date))

    # #category (needs only).
    if kind == "need":
        for found in list(_HASH_RE.finditer(body)):
            code = need_category(found.group(1))
            if code is None:
                errors.append(
                    _("« #{found} » n'est pas une catégorie de besoin : tapez #{names}.").format(
                        found=found.group(1), names=", #".join(NEEDS)
                    )
                )
            else:
                category = code
        body = _HASH_RE.sub(lambda m: " " if need_category(m.group(1)) else m.group(0), body)

    # @mentions.
    mentions: list[_Mention] = []
    for found in _MENTION_RE.finditer(body):
        if found.group(1) is not None:
            raw, end, quoted = found.group(1), found.end(), True
        else:
            raw = found.group(2).rstrip(".'’-")
            end, quoted = found.start() + 1 + len(raw), False
        mentions.append(_Mention(found.start(), end, raw.strip(), quoted))
    seated_ids = {p.id for p in people}
    extra = [p for p in others if p.id not in seated_ids]
    for mention in mentions:
        if not mention.raw:
            continue
        if mention.quoted and kind == "action":
            mention.free_text = mention.raw
            continue
        found_people = match_people(mention.raw, people)
        if not found_people:
            found_people = match_people(mention.raw, extra)
            if len(found_people) == 1:
                notices.append(
                    _("{name} n'est pas placé·e à cette table pour ce tour.").format(
                        name=found_people[0].name
                    )
                )
        if len(found_people) == 1:
            mention.person = found_people[0]
        elif len(found_people) > 1:
            errors.append(
                _(
                    "« @{raw} » désigne plusieurs personnes ({names}) : tapez plus de lettres du "
                    "prénom ou du nom."
                ).format(raw=mention.raw, names=_names(found_people))
            )
        elif kind == "action":
            mention.free_text = mention.raw.replace("_", " ")
            notices.append(
                _(
                    "Personne ne s'appelle « {free_text} » : noté comme responsable en texte libre."
                ).format(free_text=mention.free_text)
            )
        else:
            errors.append(
                _(
                    "Personne ne correspond à « @{raw} » parmi les participants : vérifiez "
                    "l'orthographe ou retirez le @."
                ).format(raw=mention.raw)
            )

    linked = next((m for m in mentions if m.person is not None or m.free_text), None)
    pieces: list[str] = []
    cursor = 0
    for mention in mentions:
        pieces.append(body[cursor : mention.start])
        cursor = mention.end
        shown = mention.person.name if mention.person else (mention.free_text or f"@{mention.raw}")
        if mention is linked:
            before = body[: mention.start].strip()
            after = body[mention.end :].strip()
            if not before or not after:
                continue  # "@Marie appeler..." -> the name goes to its field
        pieces.append(shown)
    pieces.append(body[cursor:])
    clean = re.sub(r"\s+", " ", "".join(pieces)).strip()
    clean = re.sub(r"\s+([,.])", r"\1", clean).strip(" ,;")

    participant_id = participant_name = None
    responsible_id, responsible_name, responsible_text = None, "", ""
    if linked is not None:
        if kind == "action":
            if linked.person is not None:
                responsible_id, responsible_name = linked.person.id, linked.person.name
            else:
                responsible_text = linked.free_text
        elif linked.person is not None:
            participant_id, participant_name = linked.person.id, linked.person.name
    if not clean and not errors and text.strip():
        errors.append(_("Il manque le texte de l'élément après le préfixe et les mentions."))
    return ParsedEntry(
        kind=kind,
        text=clean,
        kind_from_prefix=from_prefix,
        category=category,
        participant_id=participant_id,
        participant_name=participant_name or "",
        responsible_id=responsible_id,
        responsible_name=responsible_name,
        responsible_text=responsible_text,
        due=due,
        errors=tuple(errors),
        notices=tuple(notices),
    )


def _before_event(due: dt.date, event_date: dt.date | None) -> str:
    when = _("la soirée") if event_date else "aujourd'hui"
    return _("Échéance au {due:%d/%m/%Y}, avant {when} : vérifiez l'année.").format(
        due=due, when=when
    )


def mention_token(person: Person) -> str:
    """What the completer inserts for a person: ``@Marie.Dupont`` (parses back to them)."""
    return "@" + re.sub(r"[\s\"]+", ".", person.name.strip())


def active_mention(text: str, cursor: int) -> tuple[int, str] | None:
    """The ``@fragment`` the cursor is in (start index, fragment), for the completer."""
    head = text[:cursor]
    at = head.rfind("@")
    if at < 0 or (at > 0 and (head[at - 1].isalnum() or head[at - 1] == "@")):
        return None
    fragment = head[at + 1 :]
    if any(c.isspace() for c in fragment) or '"' in fragment:
        return None
    return at, fragment


def _resolve_name(
    value: str, people: Sequence[Person], others: Sequence[Person]
) -> tuple[list[Person], bool]:
    """People a typed name points to (exact full name first); ``True`` if seated."""
    key = fold(value)
    for group, seated in ((people, True), (others, False)):
        exact = [p for p in group if fold(p.name) == key]
        if len(exact) == 1:
            return exact, seated
    found = match_people(value, people)
    if found:
        return found, True
    seated_ids = {p.id for p in people}
    return match_people(value, [p for p in others if p.id not in seated_ids]), False


def complete_entry(
    parsed: ParsedEntry,
    *,
    who: str = "",
    due: str = "",
    status: str = "",
    category: str = "",
    people: Sequence[Person] = (),
    others: Sequence[Person] = (),
    event_date: dt.date | None = None,
    today: dt.date | None = None,
) -> ParsedEntry:
    """Fill what the line did not say from the form's fields: *who* (the
    responsible of an action, the author of anything else), the due date and
    status of an action, the category of a need. What was typed in the line
    (``@name``, ``!15/05``, ``#lieu``) wins over the fields. A year-less due
    date is read against ``event_date`` as in :func:`parse_entry`."""
    errors, notices = list(parsed.errors), list(parsed.notices)
    changes: dict[str, Any] = {}
    who = who.strip()
    linked = (
        parsed.responsible_id is not None or parsed.responsible_text
        if parsed.kind == "action"
        else parsed.participant_id is not None
    )
    if who and not linked:
        found, seated = _resolve_name(who, people, others)
        if len(found) == 1:
            person = found[0]
            if parsed.kind == "action":
                changes.update(responsible_id=person.id, responsible_name=person.name)
            else:
                changes.update(participant_id=person.id, participant_name=person.name)
            if not seated:
                notices.append(
                    _("{name} n'est pas placé·e à cette table pour ce tour.").format(
                        name=person.name
                    )
                )
        elif len(found) > 1:
            errors.append(
                _(
                    "« {who} » désigne plusieurs personnes ({names}) : tapez plus de lettres du "
                    "prénom ou du nom."
                ).format(who=who, names=_names(found))
            )
        elif parsed.kind == "action":
            changes["responsible_text"] = who
        else:
            errors.append(
                _(
                    "Personne ne correspond à « {who} » parmi les participants : vérifiez "
                    "l'orthographe ou videz le champ."
                ).format(who=who)
            )
    if parsed.kind == "action":
        if parsed.due is None and due.strip():
            try:
                changes["due"] = parse_due(due, event_date, today=today)
            except UserError as exc:
                errors.append(_("Échéance : {exc}").format(exc=exc))
            else:
                if changes["due"] < due_reference(event_date, today):
                    notices.append(_before_event(changes["due"], event_date))
        if status:
            changes["status"] = status
    if parsed.kind == "need" and not parsed.category and category:
        changes["category"] = category
    return replace(parsed, errors=tuple(errors), notices=tuple(notices), **changes)
