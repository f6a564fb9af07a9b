"""Live capture at the tables: items (ideas, needs, offers, commitments,
actions, questions), votes, the order of items and the synthesis of a table.

Every function is one short transaction: what it returns is committed (SQLite
runs with ``synchronous=FULL``), so a scribe's Enter is on disk when the call
returns. Deleting only marks an item ``deleted`` so that undo can restore it.

``table_view`` and ``overview`` (who sits where, all tables at a glance) live
in :mod:`katalyze.capture.tables` and are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from katalyze.capture.drafts import DraftKey, clear_draft_in
from katalyze.changes import publishes
from katalyze.checkin.arrivals import current_round
from katalyze.db import Database
from katalyze.db.models import Item, Participant, Project, Synthesis
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _
from katalyze.vocabulary import ACTION_STATUSES, ITEM_KINDS, NEEDS, ItemLabels

MAX_TEXT = 4000
MAX_SYNTHESIS = 50_000
MAX_RESPONSIBLE_TEXT = 300

# Fields ``add_item`` and ``update_item`` accept besides kind and text.
EDITABLE = frozenset(
    {
        "kind",
        "text",
        "category",
        "participant_id",
        "responsible_id",
        "responsible_text",
        "due",
        "status",
    }
)


@dataclass(frozen=True)
class ItemInfo(ItemLabels):
    id: int
    project_id: int
    round: int
    kind: str
    category: str
    text: str
    participant_id: int | None
    participant_name: str
    responsible_id: int | None
    responsible_name: str
    responsible_text: str
    due: dt.date | None
    status: str
    votes: int
    position: int
    deleted: bool
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def responsible(self) -> str:
        """Who is responsible, as printed: the participant's name or the free text."""
        return self.responsible_name or self.responsible_text

    @property
    def missing(self) -> tuple[str, ...]:
        """For an open action, what the incubator will miss: "responsible", "due"."""
        if self.kind != "action" or self.status in ("done", "dropped"):
            return ()
        out = []
        if not self.responsible:
            out.append("responsible")
        if self.due is None:
            out.append("due")
        return tuple(out)

    def fields(self) -> dict[str, Any]:
        """The editable fields, as ``update_item`` takes them (for undo)."""
        return {
            "kind": self.kind,
            "text": self.text,
            "category": self.category,
            "participant_id": self.participant_id,
            "responsible_id": self.responsible_id,
            "responsible_text": self.responsible_text,
            "due": self.due,
            "status": self.status,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "project_id": self.project_id,
            "round": self.round,
            "kind": self.kind,
            "category": self.category,
            "text": self.text,
            "participant_id": self.participant_id,
            "participant": self.participant_name or None,
            "responsible_id": self.responsible_id,
            "responsible": self.responsible or None,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "votes": self.votes,
            "position": self.position,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True)
class SynthesisInfo:
    project_id: int
    round: int
    text: str
    updated_at: dt.datetime | None


def _name(p: Participant | None) -> str:
    return _person_name(p.first_name, p.last_name) if p is not None else ""


_Who = aliased(Participant)
_Resp = aliased(Participant)

# An item's own fields, then its two people's names: read as plain rows,
# since building three ORM objects per row cost most of a read (the room's
# phones poll their table every second, the Atelier reloads its table on each
# of their items).
_ITEM_FIELDS = (
    "id", "project_id", "round", "kind", "category", "text", "participant_id",
    "responsible_participant_id", "responsible_text", "due", "status", "votes",
    "position", "deleted", "created_at", "updated_at",
)  # fmt: skip


def _query():
    return (
        select(
            *(getattr(Item, f) for f in _ITEM_FIELDS),
            _Who.first_name,
            _Who.last_name,
            _Resp.first_name,
            _Resp.last_name,
        )
        .outerjoin(_Who, _Who.id == Item.participant_id)
        .outerjoin(_Resp, _Resp.id == Item.responsible_participant_id)
    )


def _person_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _built(fields: dict[str, Any], who: str, responsible: str) -> ItemInfo:
    """The ItemInfo of an item's fields (:data:`_ITEM_FIELDS`) and its people's names."""
    return ItemInfo(
        id=fields["id"],
        project_id=fields["project_id"],
        round=fields["round"],
        kind=fields["kind"],
        category=fields["category"] or "",
        text=fields["text"] or "",
        participant_id=fields["participant_id"],
        participant_name=who,
        responsible_id=fields["responsible_participant_id"],
        responsible_name=responsible,
        responsible_text=fields["responsible_text"] or "",
        due=fields["due"],
        status=fields["status"] or "",
        votes=fields["votes"] or 0,
        position=fields["position"] or 0,
        deleted=bool(fields["deleted"]),
        created_at=fields["created_at"],
        updated_at=fields["updated_at"],
    )


def _row_info(row: Any) -> ItemInfo:
    """The ItemInfo of one row of :func:`_query` (a missing person: no name)."""
    fields = dict(zip(_ITEM_FIELDS, row, strict=False))
    who_first, who_last, resp_first, resp_last = row[len(_ITEM_FIELDS) :]
    who = _person_name(who_first, who_last) if fields["participant_id"] is not None else ""
    resp = (
        _person_name(resp_first, resp_last)
        if fields["responsible_participant_id"] is not None
        else ""
    )
    return _built(fields, who, resp)


def _info(item: Item, who: Participant | None, resp: Participant | None) -> ItemInfo:
    return _built({f: getattr(item, f) for f in _ITEM_FIELDS}, _name(who), _name(resp))


def _item_info_in(session: Session, item_id: int) -> ItemInfo:
    session.flush()
    row = session.execute(_query().where(Item.id == item_id)).one_or_none()
    if row is None:
        raise UserError(_("L'élément n° {item_id} n'existe plus.").format(item_id=item_id))
    return _row_info(row)


def list_items(
    db: Database,
    project_id: int | None = None,
    round: int | None = None,
    include_deleted: bool = False,
    since: dt.datetime | None = None,
) -> list[ItemInfo]:
    """Items in table order (table number, round, position); ``since``: only
    those changed at or after that moment."""
    query = _query().join(Project, Project.id == Item.project_id)
    if since is not None:
        query = query.where(Item.updated_at >= since)
    if project_id is not None:
        query = query.where(Item.project_id == project_id)
    if round is not None:
        query = query.where(Item.round == round)
    if not include_deleted:
        query = query.where(Item.deleted.is_(False))
    query = query.order_by(Project.table_number, Item.round, Item.position, Item.id)
    with db.sessions.begin() as session:
        return [_row_info(row) for row in session.execute(query)]


def get_item(db: Database, item_id: int) -> ItemInfo:
    with db.sessions.begin() as session:
        return _item_info_in(session, item_id)


# --- validation ---------------------------------------------------------------


def _check_project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise UserError(
            _(
                "Le projet n° {project_id} n'existe plus : choisissez une autre table dans la "
                "liste."
            ).format(project_id=project_id)
        )
    return project


def _check_round(round: int) -> int:
    if not isinstance(round, int) or round < 1:
        raise UserError(
            _("Le tour « {round} » n'existe pas : les tours sont numérotés à partir de 1.").format(
                round=round
            )
        )
    return round


def _check_participant(session: Session, participant_id: int | None, what: str) -> int | None:
    if participant_id is None:
        return None
    if session.get(Participant, participant_id) is None:
        raise UserError(
            _(
                "Le participant n° {participant_id} indiqué comme {what} n'existe plus : "
                "choisissez quelqu'un d'autre."
            ).format(participant_id=participant_id, what=what)
        )
    return participant_id


def _normalised(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """Check and clean a complete set of editable fields."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise UserError(
            _("Champ inconnu pour un élément : {names}.").format(names=", ".join(sorted(unknown)))
        )
    kind = values.get("kind")
    if kind not in ITEM_KINDS:
        expected = ", ".join(ITEM_KINDS)
        raise UserError(
            _("Type d'élément inconnu « {kind} » : attendu l'un de {expected}.").format(
                kind=kind, expected=expected
            )
        )
    text = (values.get("text") or "").strip()
    if not text:
        raise UserError(
            _(
                "Le texte de l'élément ({ITEM_KINDS}) est vide : tapez quelque chose avant de "
                "valider."
            ).format(ITEM_KINDS=ITEM_KINDS[kind].lower())
        )
    if len(text) > MAX_TEXT:
        raise UserError(
            _(
                "Le texte de l'élément fait {count} caractères (au plus {MAX_TEXT}) : coupez-le "
                "en plusieurs éléments ou mettez le détail dans la synthèse."
            ).format(count=len(text), MAX_TEXT=MAX_TEXT)
        )
    category = (values.get("category") or "").strip()
    if kind == "need":
        category = category or "autre"
        if category not in NEEDS:
            raise UserError(
                _("Catégorie de besoin inconnue « {category} » : choisissez parmi {names}.").format(
                    category=category, names=", ".join(NEEDS.values()).lower()
                )
            )
    else:
        category = ""
    status = (values.get("status") or "").strip()
    if kind == "action":
        status = status or "todo"
        if status not in ACTION_STATUSES:
            raise UserError(
                _("Statut d'action inconnu « {status} » : choisissez parmi {names}.").format(
                    status=status, names=", ".join(ACTION_STATUSES.values()).lower()
                )
            )
    else:
        status = ""
    due = values.get("due")
    if due is not None and not isinstance(due, dt.date):
        raise UserError(_("L'échéance « {due} » n'est pas une date.").format(due=due))
    if isinstance(due, dt.datetime):
        due = due.date()
    responsible_id = _check_participant(session, values.get("responsible_id"), "responsable")
    responsible_text = (values.get("responsible_text") or "").strip()
    if responsible_id is not None:
        responsible_text = ""
    if len(responsible_text) > MAX_RESPONSIBLE_TEXT:
        raise UserError(
            _(
                "Le nom du responsable fait {count} caractères (au plus {MAX_RESPONSIBLE_TEXT}) "
                ": raccourcissez-le."
            ).format(count=len(responsible_text), MAX_RESPONSIBLE_TEXT=MAX_RESPONSIBLE_TEXT)
        )
    return {
        "kind": kind,
        "text": text,
        "category": category,
        "participant_id": _check_participant(session, values.get("participant_id"), "auteur"),
        "responsible_participant_id": responsible_id,
        "responsible_text": responsible_text,
        "due": due,
        "status": status,
    }


def _apply(item: Item, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(item, key, value)


def _get(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise UserError(
            _("L'élément n° {item_id} n'existe plus : la liste va être rechargée.").format(
                item_id=item_id
            )
        )
    return item


# --- changes ------------------------------------------------------------------


def _one(info: ItemInfo | SynthesisInfo) -> tuple[int]:
    """The project of one item (the scope of its change, ``katalyze.changes``)."""
    return (info.project_id,)


def _each(infos: list[ItemInfo]) -> list[int]:
    return [i.project_id for i in infos]


@publishes("items", projects=_one)
def add_item(
    db: Database,
    project_id: int,
    round: int,
    kind: str,
    text: str,
    *,
    draft: DraftKey | None = None,
    **fields: Any,
) -> ItemInfo:
    """Add an item at the end of its table and round.

    ``fields``: ``category`` (needs), ``participant_id``, ``responsible_id`` or
    ``responsible_text``, ``due``, ``status`` (actions). ``draft``: the
    station's draft cleared in the same transaction (what was typed is now
    an item, never both or neither).
    """
    _check_round(round)
    with db.sessions.begin() as session:
        return _add_in(session, project_id, round, kind, text, draft, None, fields)


def _add_in(
    session: Session,
    project_id: int,
    round: int,
    kind: str,
    text: str,
    draft: DraftKey | None,
    client_id: str | None,
    fields: dict[str, Any],
) -> ItemInfo:
    """Insert the item; its ItemInfo is made from what was written (one
    query less than reading it back: the room's hot path)."""
    _check_project(session, project_id)
    values = _normalised(session, {"kind": kind, "text": text, **fields})
    last = session.scalar(
        select(func.max(Item.position)).where(Item.project_id == project_id, Item.round == round)
    )
    item = Item(project_id=project_id, round=round, votes=0, deleted=False, client_id=client_id)
    item.position = 0 if last is None else last + 1
    _apply(item, values)
    session.add(item)
    if draft is not None:
        clear_draft_in(session, draft)
    session.flush()
    who, resp = (
        session.get(Participant, pid) if pid is not None else None
        for pid in (item.participant_id, item.responsible_participant_id)
    )
    return _info(item, who, resp)


def _by_client_id(session: Session, client_id: str) -> ItemInfo | None:
    item_id = session.scalar(select(Item.id).where(Item.client_id == client_id))
    return None if item_id is None else _item_info_in(session, item_id)


def add_item_once(
    db: Database,
    client_id: str,
    project_id: int,
    round: int | None,
    kind: str,
    text: str,
    **fields: Any,
) -> tuple[ItemInfo, bool]:
    """``add_item`` for a front that may send twice (the room's pages, offline
    queues): ``client_id`` is made by the sender for this one item, and a
    resend gives back the item already made. ``round`` ``None``: the event's
    current round, read in the same transaction. Returns ``(item, created)``."""
    if round is not None:
        _check_round(round)
    try:
        with db.sessions.begin() as session:
            found = _by_client_id(session, client_id)
            if found is not None:
                return found, False
            if round is None:
                round = current_round(event_in(session))
            return _add_in(session, project_id, round, kind, text, None, client_id, fields), True
    except IntegrityError:  # the same id committed by a concurrent request
        with db.sessions.begin() as session:
            found = _by_client_id(session, client_id)
        if found is None:
            raise
        return found, False


@publishes("items", projects=_one)
def update_item(
    db: Database, item_id: int, *, draft: DraftKey | None = None, **fields: Any
) -> ItemInfo:
    """Change some fields of an item (the others stay as they are)."""
    with db.sessions.begin() as session:
        item = _get(session, item_id)
        current = _info(item, None, None).fields()
        values = _normalised(session, {**current, **fields})
        _apply(item, values)
        if draft is not None:
            clear_draft_in(session, draft)
        return _item_info_in(session, item_id)


def delete_item(db: Database, item_id: int) -> ItemInfo:
    """Hide an item (``restore_item`` brings it back, with its votes and place)."""
    return _set_deleted(db, item_id, True)


def restore_item(db: Database, item_id: int) -> ItemInfo:
    return _set_deleted(db, item_id, False)


@publishes("items", projects=_one)
def _set_deleted(db: Database, item_id: int, deleted: bool) -> ItemInfo:
    with db.sessions.begin() as session:
        _get(session, item_id).deleted = deleted
        return _item_info_in(session, item_id)


@publishes("items", projects=_each)
def move_item(db: Database, item_id: int, new_position: int) -> list[ItemInfo]:
    """Move an item to ``new_position`` (0-based) in its table and round.

    Positions are renumbered 0..n-1 over every item of the table and round,
    deleted ones included (so a restored item comes back to its place); the
    ``position`` of the item just before or after is a valid target, and the
    item's old position is its undo. Returns the table and round's items.
    """
    with db.sessions.begin() as session:
        item = _get(session, item_id)
        siblings = list(
            session.scalars(
                select(Item)
                .where(Item.project_id == item.project_id, Item.round == item.round)
                .order_by(Item.position, Item.id)
            )
        )
        siblings.remove(item)
        target = max(0, min(int(new_position), len(siblings)))
        siblings.insert(target, item)
        for index, sibling in enumerate(siblings):
            if sibling.position != index:
                sibling.position = index
        project_id, round = item.project_id, item.round
    return list_items(db, project_id, round)


@publishes("items", projects=_one)
def vote(db: Database, item_id: int, delta: int = 1) -> ItemInfo:
    """Add ``delta`` votes to an idea (never below zero)."""
    with db.sessions.begin() as session:
        item = _get(session, item_id)
        if item.kind != "idea":
            raise UserError(
                _("On ne vote que pour les idées ; « {text} » est {ITEM_KINDS}.").format(
                    text=item.text[:60], ITEM_KINDS=ITEM_KINDS.get(item.kind, item.kind).lower()
                )
            )
        item.votes = max(0, (item.votes or 0) + int(delta))
        return _item_info_in(session, item_id)


# --- synthesis ----------------------------------------------------------------


def get_synthesis(db: Database, project_id: int, round: int) -> SynthesisInfo:
    with db.sessions.begin() as session:
        row = session.get(Synthesis, (project_id, round))
        if row is None:
            return SynthesisInfo(project_id, round, "", None)
        return SynthesisInfo(project_id, round, row.text or "", row.updated_at)


@publishes("items", projects=_one)
def save_synthesis(db: Database, project_id: int, round: int, text: str) -> SynthesisInfo:
    """Replace the synthesis of a table and round (an empty text is kept empty)."""
    _check_round(round)
    text = text or ""
    if len(text) > MAX_SYNTHESIS:
        raise UserError(
            _(
                "La synthèse fait {count} caractères (au plus {MAX_SYNTHESIS}) : raccourcissez-la."
            ).format(count=len(text), MAX_SYNTHESIS=MAX_SYNTHESIS)
        )
    with db.sessions.begin() as session:
        _check_project(session, project_id)
        row = session.get(Synthesis, (project_id, round))
        if row is None:
            row = Synthesis(project_id=project_id, round=round, text=text)
            session.add(row)
        elif row.text != text:
            row.text = text
        session.flush()
        return SynthesisInfo(project_id, round, row.text, row.updated_at)


def list_syntheses(db: Database) -> list[SynthesisInfo]:
    """Every non-empty synthesis, by project and round."""
    with db.sessions.begin() as session:
        rows = session.scalars(select(Synthesis).order_by(Synthesis.project_id, Synthesis.round))
        return [
            SynthesisInfo(r.project_id, r.round, r.text, r.updated_at)
            for r in rows
            if (r.text or "").strip()
        ]


from katalyze.capture.tables import (  # noqa: E402  (re-exported, see module doc)
    SeatedPerson,
    TableSummary,
    TableView,
    overview,
    rounds_in_use,
    table_view,
)

__all__ = [
    "EDITABLE",
    "ItemInfo",
    "SeatedPerson",
    "SynthesisInfo",
    "TableSummary",
    "TableView",
    "add_item",
    "add_item_once",
    "delete_item",
    "get_item",
    "get_synthesis",
    "list_items",
    "list_syntheses",
    "move_item",
    "overview",
    "restore_item",
    "rounds_in_use",
    "save_synthesis",
    "table_view",
    "update_item",
    "vote",
]
