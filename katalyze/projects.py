"""Projects (one per table): list, create, edit."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from katalyze.changes import publishes
from katalyze.db import Database
from katalyze.db.models import Project
from katalyze.errors import UserError
from katalyze.i18n import _
from katalyze.vocabulary import NEEDS


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    table_number: int
    table_label: str
    title: str
    holder: str
    lead_organisation: str
    theme: str
    description: str
    needs: tuple[str, ...]
    needs_other: str
    min_seats: int
    max_seats: int

    @property
    def table(self) -> str:
        """How the table is called in the room: its label, else its number."""
        return self.table_label or str(self.table_number)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "table": self.table,
            "table_number": self.table_number,
            "title": self.title,
            "holder": self.holder,
            "lead_organisation": self.lead_organisation,
            "theme": self.theme,
            "needs": list(self.needs),
            "needs_other": self.needs_other,
            "min_seats": self.min_seats,
            "max_seats": self.max_seats,
        }


@dataclass(frozen=True)
class ProjectDraft:
    title: str
    table_number: int | None = None
    table_label: str = ""
    holder: str = ""
    lead_organisation: str = ""
    theme: str = ""
    description: str = ""
    needs: tuple[str, ...] = ()
    needs_other: str = ""
    min_seats: int = 0
    max_seats: int = 10

    def cleaned(self) -> ProjectDraft:
        title = self.title.strip()
        if not title:
            raise UserError(_("Un projet doit avoir un titre."))
        unknown = [n for n in self.needs if n not in NEEDS]
        if unknown:
            raise UserError(_("Besoin inconnu : {names}.").format(names=", ".join(unknown)))
        if self.min_seats < 0 or self.max_seats < 1:
            raise UserError(_("Les places doivent être positives (au moins 1 place maximum)."))
        if self.min_seats > self.max_seats:
            raise UserError(
                _(
                    "« {title} » : le minimum de places ({min_seats}) dépasse le maximum "
                    "({max_seats})."
                ).format(title=title, min_seats=self.min_seats, max_seats=self.max_seats)
            )
        if self.table_number is not None and self.table_number < 1:
            raise UserError(_("Le numéro de table commence à 1."))
        return replace(
            self,
            title=title,
            table_label=self.table_label.strip(),
            holder=self.holder.strip(),
            lead_organisation=self.lead_organisation.strip(),
            theme=self.theme.strip(),
            needs=tuple(dict.fromkeys(self.needs)),
        )


def _info(p: Project) -> ProjectInfo:
    return ProjectInfo(
        id=p.id,
        table_number=p.table_number,
        table_label=p.table_label,
        title=p.title,
        holder=p.holder,
        lead_organisation=p.lead_organisation,
        theme=p.theme,
        description=p.description,
        needs=tuple(p.needs or ()),
        needs_other=p.needs_other,
        min_seats=p.min_seats,
        max_seats=p.max_seats,
    )


def list_projects(db: Database) -> list[ProjectInfo]:
    """Projects by table number."""
    with db.sessions.begin() as session:
        return list_projects_in(session)


def list_projects_in(session: Session) -> list[ProjectInfo]:
    return [_info(p) for p in session.scalars(select(Project).order_by(Project.table_number))]


def _apply(p: Project, d: ProjectDraft) -> None:
    p.title, p.table_label, p.holder = d.title, d.table_label, d.holder
    p.lead_organisation, p.theme, p.description = d.lead_organisation, d.theme, d.description
    p.needs, p.needs_other = list(d.needs), d.needs_other
    p.min_seats, p.max_seats = d.min_seats, d.max_seats


def _table_taken(session: Session, number: int, own_id: int | None) -> None:
    other = session.scalar(
        select(Project).where(Project.table_number == number, Project.id != (own_id or -1))
    )
    if other is not None:
        raise UserError(
            _("La table {number} est déjà celle du projet « {title} ».").format(
                number=number, title=other.title
            )
        )


def create_project_in(session: Session, draft: ProjectDraft) -> int:
    draft = draft.cleaned()
    number = draft.table_number
    if number is None:
        number = (session.scalar(select(func.max(Project.table_number))) or 0) + 1
    _table_taken(session, number, None)
    p = Project(table_number=number)
    _apply(p, draft)
    session.add(p)
    session.flush()
    return p.id


@publishes("projects")
def create_project(db: Database, draft: ProjectDraft) -> ProjectInfo:
    with db.sessions.begin() as session:
        pid = create_project_in(session, draft)
        return _info(session.get(Project, pid))


@publishes("projects")
def update_project(db: Database, project_id: int, draft: ProjectDraft) -> ProjectInfo:
    draft = draft.cleaned()
    with db.sessions.begin() as session:
        p = session.get(Project, project_id)
        if p is None:
            raise UserError(
                _("Le projet n° {project_id} n'existe plus.").format(project_id=project_id)
            )
        if draft.table_number is not None and draft.table_number != p.table_number:
            _table_taken(session, draft.table_number, project_id)
            p.table_number = draft.table_number
        _apply(p, draft)
        session.flush()
        return _info(p)


def draft_of(info: ProjectInfo) -> ProjectDraft:
    return ProjectDraft(
        title=info.title,
        table_number=info.table_number,
        table_label=info.table_label,
        holder=info.holder,
        lead_organisation=info.lead_organisation,
        theme=info.theme,
        description=info.description,
        needs=info.needs,
        needs_other=info.needs_other,
        min_seats=info.min_seats,
        max_seats=info.max_seats,
    )


@publishes("projects")
def delete_project(db: Database, project_id: int) -> None:
    """Delete a project; its wishes go with it (participants stay)."""
    with db.sessions.begin() as session:
        p = session.get(Project, project_id)
        if p is not None:
            session.delete(p)
