"""Participants import: read each row, match it, merge the same person met twice.

A person is the same when the e-mail is the same (ignoring case), or when the
name is the same (ignoring accents and case) and the e-mails do not conflict.
Merging completes empty fields and never overwrites a value with a blank; a
different non-empty value is kept as it was and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from katalyze.db.models import Participant, Project, Role, Wish
from katalyze.i18n import _
from katalyze.importing.mapping import ColumnMapping
from katalyze.importing.matching import (
    ProjectChoice,
    ProjectMatcher,
    RoleChoice,
    RoleMatcher,
)
from katalyze.importing.people_rows import Candidate, RowReader, row_label
from katalyze.importing.reading import Table
from katalyze.importing.results import (
    ERROR,
    INFO,
    MERGED,
    NEW,
    SKIPPED,
    WARNING,
    Problem,
    RowOutcome,
    quote,
)
from katalyze.progress import ProgressFn, report
from katalyze.text import fold, fold_compact


@dataclass(eq=False)
class Person:
    """A participant being built or completed by the import (internal, mutable)."""

    existing_id: int | None
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str = ""
    organisation: str = ""
    role_id: int | None = None
    wishes: list[int] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    consent_db: bool = False
    consent_answers: list[bool] = field(default_factory=list)
    notes: str = ""
    sources: list[str] = field(default_factory=list)
    # Names written in capitals in the file and tidied: a mixed-case spelling wins.
    tidied_name: bool = False
    changed: bool = False
    origin: str = ""  # where it was first met, for merge messages
    indexed: bool = False

    @property
    def label(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def name_key(self) -> tuple[str, str]:
        return fold_compact(self.first_name), fold_compact(self.last_name)

    @property
    def consent(self) -> bool | None:
        """The answer given in this import: a refusal anywhere wins."""
        if not self.consent_answers:
            return None
        return all(self.consent_answers)


class PeopleResolver:
    """Holds the event's people, roles and projects; feeds it rows, file by file."""

    def __init__(self, session: Session) -> None:
        self.roles = RoleMatcher(
            RoleChoice(r.id, r.key, r.label) for r in session.scalars(select(Role))
        )
        self.projects = ProjectMatcher(
            ProjectChoice(p.id, p.table_number, p.table_label, p.title)
            for p in session.scalars(select(Project))
        )
        self.reader = RowReader(self.roles, self.projects)
        self.people: list[Person] = []
        self.by_email: dict[str, Person] = {}
        self.by_name: dict[tuple[str, str], list[Person]] = {}
        wishes: dict[int, list[int]] = {}
        for pid, project_id in session.execute(
            select(Wish.participant_id, Wish.project_id).order_by(Wish.participant_id, Wish.rank)
        ):
            wishes.setdefault(pid, []).append(project_id)
        rows = session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.email,
                Participant.phone,
                Participant.organisation,
                Participant.role_id,
                Participant.offers,
                Participant.consent_contact,
                Participant.notes,
                Participant.sources,
            ).order_by(Participant.id)
        )
        for row in rows:
            person = Person(
                existing_id=row.id,
                first_name=row.first_name,
                last_name=row.last_name,
                email=row.email,
                phone=row.phone,
                organisation=row.organisation,
                role_id=row.role_id,
                wishes=wishes.get(row.id, []),
                offers=list(row.offers or []),
                consent_db=row.consent_contact,
                notes=row.notes or "",
                sources=list(row.sources or []),
                origin=_("participant n° {id} déjà enregistré").format(id=row.id),
            )
            self._index(person)
        self.existing = len(self.people)

    def _index(self, person: Person) -> None:
        if not person.indexed:
            person.indexed = True
            self.people.append(person)
        if person.email:
            self.by_email.setdefault(person.email.lower(), person)
        group = self.by_name.setdefault(person.name_key, [])
        if person not in group:
            group.append(person)

    # --- one file ------------------------------------------------------------

    def feed(
        self,
        table: Table,
        mapping: ColumnMapping,
        *,
        progress: ProgressFn | None = None,
        done: int = 0,
        total: int = 0,
    ) -> tuple[list[RowOutcome], list[Problem]]:
        outcomes: list[RowOutcome] = []
        problems: list[Problem] = []
        columns = mapping.mapped()
        wish_columns = sorted(
            (int(f[4:]), c) for f, c in columns.items() if f.startswith("wish") and f != "wishes"
        )
        for index, (cells, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
            if index % 200 == 0:
                report(
                    progress,
                    done + index,
                    total,
                    _("{name} : ligne {number}").format(name=table.name, number=number),
                )
            row_problems: list[Problem] = []
            cells = mapping.merged_cells(cells)
            candidate = self.reader.read(table, cells, number, columns, wish_columns, row_problems)
            problems.extend(row_problems)
            if candidate is None:
                reason = next((p.message for p in row_problems if p.severity == ERROR), "")
                outcomes.append(RowOutcome(number, SKIPPED, row_label(cells, columns), reason))
                continue
            source = f"{table.name}:{number}"
            person, warning = self._find(candidate)
            if warning:
                problems.append(Problem(table.name, number, None, WARNING, warning, ""))
            if person is None:
                person = self._create(
                    candidate,
                    source,
                    _("{name}, ligne {number}").format(name=table.name, number=number),
                )
                outcomes.append(RowOutcome(number, NEW, person.label))
            else:
                origin = person.origin
                for text in self._merge(person, candidate, source):
                    problems.append(Problem(table.name, number, None, INFO, text, ""))
                outcomes.append(
                    RowOutcome(
                        number, MERGED, person.label, _("avec {origin}").format(origin=origin)
                    )
                )
        return outcomes, problems

    def _find(self, c: Candidate) -> tuple[Person | None, str]:
        if c.email:
            person = self.by_email.get(c.email.lower())
            if person is not None:
                return person, ""
        key = (fold_compact(c.first_name), fold_compact(c.last_name))
        same_name = self.by_name.get(key, [])
        if c.email:
            same_name = [p for p in same_name if not p.email]
        if len(same_name) == 1:
            return same_name[0], ""
        if len(same_name) > 1:
            return None, (
                _(
                    "plusieurs personnes s'appellent {first_name} {last_name} ; cette ligne est "
                    "importée comme une nouvelle personne, vérifiez le doublon"
                ).format(first_name=c.first_name, last_name=c.last_name)
            )
        return None, ""

    def _create(self, c: Candidate, source: str, origin: str) -> Person:
        person = Person(
            existing_id=None,
            first_name=c.first_name,
            last_name=c.last_name,
            email=c.email,
            phone=c.phone,
            organisation=c.organisation,
            role_id=c.role_id,
            wishes=list(c.wishes),
            offers=list(c.offers),
            consent_answers=[c.consent] if c.consent is not None else [],
            notes="\n".join(c.notes),
            sources=[source],
            tidied_name=c.tidied,
            changed=True,
            origin=origin,
        )
        self._index(person)
        return person

    def _merge(self, p: Person, c: Candidate, source: str) -> list[str]:
        """Complete ``p`` with ``c``; returns the conflicts kept as they were."""
        conflicts: list[str] = []
        before = (
            p.first_name,
            p.last_name,
            p.email,
            p.phone,
            p.organisation,
            p.role_id,
            tuple(p.wishes),
            tuple(p.offers),
            p.notes,
            tuple(p.sources),
        )
        if (
            p.tidied_name
            and not c.tidied
            and (
                fold_compact(p.first_name),
                fold_compact(p.last_name),
            )
            == (fold_compact(c.first_name), fold_compact(c.last_name))
        ):
            p.first_name, p.last_name, p.tidied_name = c.first_name, c.last_name, False
        if not p.first_name and c.first_name:
            p.first_name = c.first_name
        if not p.last_name and c.last_name:
            p.last_name = c.last_name
        if c.email and not p.email:
            p.email = c.email
        for name, label in (
            ("phone", _("téléphone différent")),
            ("organisation", _("organisation différente")),
        ):
            old, new = getattr(p, name), getattr(c, name)
            if new and not old:
                setattr(p, name, new)
            elif new and fold(new) != fold(old) and fold_compact(new) != fold_compact(old):
                conflicts.append(
                    _("{label} {quote} : {quote2} est conservé").format(
                        label=label, quote=quote(new), quote2=quote(old)
                    )
                )
        if c.role_id is not None:
            if p.role_id is None:
                p.role_id = c.role_id
            elif p.role_id != c.role_id:
                conflicts.append(
                    _("rôle différent {quote} : {quote2} est conservé").format(
                        quote=quote(self.roles.labels.get(c.role_id, "")),
                        quote2=quote(self.roles.labels.get(p.role_id, "")),
                    )
                )
        if c.wishes:
            if not p.wishes:
                p.wishes = list(c.wishes)
            elif p.wishes[: len(c.wishes)] != c.wishes:
                conflicts.append(
                    _("souhaits de projets différents : les premiers lus sont conservés")
                )
        for offer in c.offers:
            if offer not in p.offers:
                p.offers.append(offer)
        if c.consent is not None:
            p.consent_answers.append(c.consent)
        for line in c.notes:
            if line not in p.notes:
                p.notes = f"{p.notes}\n{line}".strip()
        if source not in p.sources:
            p.sources.append(source)
        after = (
            p.first_name,
            p.last_name,
            p.email,
            p.phone,
            p.organisation,
            p.role_id,
            tuple(p.wishes),
            tuple(p.offers),
            p.notes,
            tuple(p.sources),
        )
        if after != before:
            p.changed = True
        self._index(p)
        return conflicts

    # --- results -------------------------------------------------------------

    def new_people(self) -> list[Person]:
        return [p for p in self.people if p.existing_id is None]

    def changed_people(self) -> list[Person]:
        return [
            p
            for p in self.people
            if p.existing_id is not None
            and (p.changed or (p.consent is not None and p.consent != p.consent_db))
        ]


def write_people(
    session: Session, resolver: PeopleResolver, *, progress: ProgressFn | None = None
) -> tuple[int, int]:
    """Insert the new people, complete the changed ones; returns (created, changed)."""
    new, changed = resolver.new_people(), resolver.changed_people()
    total = len(new) + len(changed)
    done = 0
    report(progress, 0, total, _("Enregistrement des participants"))
    for person in new:
        participant = Participant(
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            phone=person.phone,
            organisation=person.organisation,
            role_id=person.role_id,
            offers=list(person.offers),
            consent_contact=bool(person.consent),
            sources=list(person.sources),
            notes=person.notes,
        )
        participant.wishes = [
            Wish(rank=i + 1, project_id=pid) for i, pid in enumerate(person.wishes)
        ]
        session.add(participant)
        done += 1
        if done % 200 == 0:
            report(progress, done, total, _("Enregistrement des participants"))
    for person in changed:
        participant = session.get(Participant, person.existing_id)
        if participant is None:
            continue
        participant.first_name, participant.last_name = person.first_name, person.last_name
        participant.email, participant.phone = person.email, person.phone
        participant.organisation, participant.role_id = person.organisation, person.role_id
        participant.offers = list(person.offers)
        participant.sources = list(person.sources)
        participant.notes = person.notes
        if person.consent is not None:
            participant.consent_contact = person.consent
        current = [w.project_id for w in participant.wishes]
        if current != person.wishes:
            participant.wishes = []
            session.flush()
            participant.wishes = [
                Wish(rank=i + 1, project_id=pid) for i, pid in enumerate(person.wishes)
            ]
        done += 1
        if done % 200 == 0:
            report(progress, done, total, _("Mise à jour des participants"))
    session.flush()
    report(progress, total, total, _("Enregistrement terminé"))
    return len(new), len(changed)
