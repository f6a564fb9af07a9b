"""The room's actions: what a table, door or stage link may read and do.

Each function is the one core call behind one API request: it checks the
grant's scope, calls the same capture and check-in services the Qt screens
use, and publishes its writes as the ``"room"`` front (``acting_as``) so the
window refreshes. Nothing returned here carries an e-mail or a phone number:
people are a name, an organisation, a role and a table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from katalyze.capture import service as capture
from katalyze.capture.entry import parse_entry
from katalyze.capture.tables import all_people, table_view
from katalyze.changes import Changes, acting_as
from katalyze.checkin import service as checkin
from katalyze.checkin.arrivals import current_round, table_of
from katalyze.checkin.search import NameIndex
from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.events import event_in
from katalyze.i18n import _
from katalyze.participants import ParticipantDraft, list_participants
from katalyze.room.stage_timer import timer_of
from katalyze.room.tokens import DOOR, STAGE, TABLE, TABLE_ROLES, Grant

ORIGIN = "room"
MAX_ENTRY = 1000  # characters of one typed line from a phone
MAX_CLIENT_ID = 64
MAX_STATION = 80


class Refused(UserError):
    """The token may not do this (HTTP 403): another table, another role."""


def _client_id(value: Any) -> str:
    text = str(value or "").strip()
    if not text or len(text) > MAX_CLIENT_ID:
        raise UserError(
            _("L'identifiant client doit faire de 1 à {n} caractères.").format(n=MAX_CLIENT_ID)
        )
    return text


def _need(grant: Grant, *roles: str) -> None:
    if grant.role not in roles:
        raise Refused(_("Ce lien ne permet pas cette action."))


def _own_table(grant: Grant, table: int | None) -> int:
    _need(grant, *TABLE_ROLES)
    if grant.project_id is None or (table is not None and table != grant.table):
        raise Refused(_("Ce lien ne donne accès qu'à la table {n}.").format(n=grant.table))
    return grant.project_id


def _round(db: Database) -> int:
    with db.sessions.begin() as session:
        return current_round(event_in(session))


def me(db: Database, grant: Grant) -> dict[str, Any]:
    with db.sessions.begin() as session:
        event = event_in(session)
        name, round_ = event.name, current_round(event)
    return {"role": grant.role, "table": grant.table, "event": name, "round": round_}


def _person(p: Any) -> dict[str, Any]:
    return {"id": p.id, "name": p.name, "organisation": p.organisation, "role": p.role}


def table(db: Database, grant: Grant, with_items: bool = True) -> dict[str, Any]:
    """The table page's state: project, people of the round, items (unless
    ``with_items`` is false: the page follows them with ``items``), synthesis,
    the stage's round timer (``stage_timer``)."""
    project_id = _own_table(grant, None)
    with db.sessions.begin() as session:
        event = event_in(session)
        round_, timer = current_round(event), timer_of(event)
    view = table_view(db, project_id, round_)
    items = capture.list_items(db, project_id, round_) if with_items else []
    synthesis = capture.get_synthesis(db, project_id, round_)
    return {
        "role": grant.role,  # a participant's page offers ideas and votes only
        "table": view.table_number,
        "label": view.table,
        "title": view.title,
        "holder": view.holder,
        "round": round_,
        "rounds": view.rounds,
        "people": [_person(p) | {"present": p.present} for p in view.seated],
        **({"items": [i.to_json() for i in items]} if with_items else {}),
        "synthesis": {
            "text": synthesis.text,
            "updated_at": synthesis.updated_at.isoformat() if synthesis.updated_at else None,
        },
        "timer": timer,
    }


def items(db: Database, grant: Grant, since: dt.datetime | None = None) -> list[dict[str, Any]]:
    """The items of the token's table (every round), changed since ``since``
    when given (then deleted ones too, with ``"deleted": true``)."""
    project_id = _own_table(grant, None)
    rows = capture.list_items(db, project_id, include_deleted=since is not None, since=since)
    return [i.to_json() | ({"deleted": True} if i.deleted else {}) for i in rows]


def add_entry(db: Database, grant: Grant, client_id: Any, text: Any) -> tuple[dict, bool]:
    """One typed line (the Atelier's syntax) becomes an item of the token's
    table and current round, once per ``client_id``. ``(item, created)``."""
    project_id = _own_table(grant, None)
    client_id = _client_id(client_id)
    line = str(text or "")
    if len(line) > MAX_ENTRY:
        raise UserError(
            _(
                "Le texte fait {n} caractères (au plus {max}) : coupez-le en plusieurs lignes."
            ).format(n=len(line), max=MAX_ENTRY)
        )
    round_: int | None = None  # the current round, read as the item is written
    seated, others, event_date = (), (), None
    if any(mark in line for mark in "@!>"):  # names or a due date: read who sits here
        round_ = _round(db)
        view = table_view(db, project_id, round_)
        seated, event_date = view.seated, view.event_date
        others = all_people(db) if "@" in line else ()
    parsed = parse_entry(line, seated, others=others, event_date=event_date)
    if parsed.errors:
        raise UserError(" ".join(parsed.errors))
    if grant.role != TABLE and parsed.kind != "idea":
        raise Refused(_("Ce lien permet d'ajouter des idées et de voter, rien d'autre."))
    info, created = capture.add_item_once(
        db, client_id, project_id, round_, parsed.kind, parsed.text, **parsed.fields()
    )
    if created:
        with acting_as(ORIGIN):
            db.changes.publish(Changes.of("items", projects=[project_id]))
    return info.to_json(), created


def vote(db: Database, grant: Grant, item_id: int, delta: int = 1) -> dict[str, Any]:
    project_id = _own_table(grant, None)
    if capture.get_item(db, item_id).project_id != project_id:
        raise Refused(_("Cet élément n'est pas celui de votre table."))
    with acting_as(ORIGIN):  # the vote publishes its table's items, as the room
        info = capture.vote(db, item_id, 1 if delta >= 0 else -1)
    return info.to_json()


def save_synthesis(db: Database, grant: Grant, table_number: int, text: Any) -> dict[str, Any]:
    _need(grant, TABLE)
    project_id = _own_table(grant, table_number)
    with acting_as(ORIGIN):  # published (its table's items) as the room
        info = capture.save_synthesis(db, project_id, _round(db), str(text or ""))
    return {
        "table": table_number,
        "round": info.round,
        "text": info.text,
        "updated_at": info.updated_at.isoformat() if info.updated_at else None,
    }


def _station(value: Any) -> str:
    return (str(value or "").strip() or "Salle")[:MAX_STATION]


def _scan_json(result: checkin.ScanResult) -> dict[str, Any]:
    """A ``katalyze checkin`` line plus what the door page shows."""
    return result.to_json() | {
        "name": result.full_name,
        "organisation": result.organisation,
        "role": result.role,
        "role_colour": result.role_colour,
        "title": result.project_title,
        "message": result.message,
    }


def check_in(db: Database, grant: Grant, body: dict[str, Any]) -> dict[str, Any]:
    """A code (scanned or typed) or a participant found by name, once per ``client_id``."""
    _need(grant, DOOR)
    client_id = _client_id(body.get("client_id"))
    station = _station(body.get("station"))
    with acting_as(ORIGIN):
        if body.get("participant_id") is not None:
            try:
                pid = int(body["participant_id"])
            except (TypeError, ValueError):
                raise UserError(_("« participant_id » doit être un nombre.")) from None
            result = checkin.check_in_participant(
                db,
                pid,
                station,
                allow_cancelled=bool(body.get("allow_cancelled")),
                client_id=client_id,
            )
        else:
            code = str(body.get("code") or "")[:200]
            result = checkin.check_in_code(db, code, station, client_id=client_id)
    return _scan_json(result)


def walk_in(db: Database, grant: Grant, body: dict[str, Any]) -> dict[str, Any]:
    _need(grant, DOOR)
    client_id = _client_id(body.get("client_id"))
    draft = ParticipantDraft(
        first_name=str(body.get("first_name") or "").strip()[:200],
        last_name=str(body.get("last_name") or "").strip()[:200],
        organisation=str(body.get("organisation") or "").strip()[:300],
    )
    with acting_as(ORIGIN):
        result = checkin.register_walk_in(
            db, draft, _station(body.get("station")), client_id=client_id
        )
    return _scan_json(result)


def search(db: Database, grant: Grant, text: str, limit: int = 8) -> list[dict[str, Any]]:
    """People matching a typed name: name, organisation, table, arrived or not."""
    _need(grant, DOOR)
    index = NameIndex.build(list_participants(db))
    matches = index.search(str(text or "")[:100], limit=max(1, min(limit, 20)))
    with db.sessions.begin() as session:
        round_ = current_round(event_in(session))
        out = []
        for m in matches:
            p = m.participant
            label, _title = table_of(session, p.id, round_)
            out.append(
                {
                    "id": p.id,
                    "name": p.full_name,
                    "organisation": p.organisation,
                    "role": p.role,
                    "table": label,
                    "cancelled": p.cancelled,
                    "checked_in": p.checked_in_at is not None,
                }
            )
    return out


def overview(db: Database, grant: Grant) -> dict[str, Any]:
    """Every table at a glance (stage link): items per kind, votes, synthesis;
    and the round timer."""
    _need(grant, STAGE)
    with db.sessions.begin() as session:
        event = event_in(session)
        round_, timer = current_round(event), timer_of(event)
    tables = [
        {
            "table": t.table_number,
            "label": t.table,
            "title": t.title,
            "seated": t.seated,
            "counts": t.counts,
            "votes": t.votes,
            "has_synthesis": t.has_synthesis,
        }
        for t in capture.overview(db, round_)
    ]
    return {"tables": tables, "timer": timer}
