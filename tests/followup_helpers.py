"""A small event for the follow-up tests: two projects, a few people, the
actions, commitments and needs their tables produced on 26 March 2026."""

from __future__ import annotations

import datetime as dt

from katalyze.db import Database
from katalyze.db.models import Event, Item, Participant, Project

EVENING = dt.date(2026, 3, 26)


def small_event(db: Database) -> dict[str, int]:
    """Ids by name: projects ``p1``/``p2``, people, actions ``a1``..., etc."""
    ids: dict[str, int] = {}
    with db.sessions.begin() as s:
        event = s.query(Event).one()
        event.name, event.date = "Soirée test", EVENING
        p1 = Project(table_number=1, title="Conserverie urbaine", holder="Léa Martin")
        p2 = Project(table_number=2, title="Monnaie locale", holder="Karim Benali")
        s.add_all([p1, p2])
        s.flush()
        people = {
            "lea": Participant(
                first_name="Léa",
                last_name="Martin",
                consent_contact=True,
                home_project_id=p1.id,
                badge_code="AAAA",
            ),
            "karim": Participant(
                first_name="Karim", last_name="Benali", consent_contact=False, home_project_id=p2.id
            ),
            "zoe": Participant(first_name="Zoé", last_name="Durand", consent_contact=True),
            "paul": Participant(first_name="Paul", last_name="Petit", consent_contact=False),
        }
        s.add_all(people.values())
        s.flush()
        ids |= {"p1": p1.id, "p2": p2.id} | {k: v.id for k, v in people.items()}

        def item(name: str, project: Project, kind: str, text: str, **kw: object) -> None:
            row = Item(
                project_id=project.id,
                round=1,
                kind=kind,
                text=text,
                votes=0,
                position=len(ids),
                deleted=False,
                **kw,
            )
            s.add(row)
            s.flush()
            ids[name] = row.id

        item(
            "a1",
            p1,
            "action",
            "Trouver un local",
            status="todo",
            responsible_participant_id=people["zoe"].id,
            due=dt.date(2026, 4, 30),
        )
        item(
            "a2",
            p1,
            "action",
            "Chiffrer les bocaux",
            status="todo",
            responsible_text="Atelier Bocal",
            due=dt.date(2026, 6, 15),
        )
        item(
            "a3",
            p2,
            "action",
            "Rencontrer la banque",
            status="doing",
            responsible_participant_id=people["paul"].id,
            due=dt.date(2026, 5, 10),
        )
        item(
            "a4",
            p2,
            "action",
            "Écrire la charte",
            status="done",
            responsible_participant_id=people["karim"].id,
        )
        item("c1", p1, "commitment", "Prêter une cuisine", participant_id=people["zoe"].id)
        item("n1", p1, "need", "Un local de 50 m²", category="lieu")
        item("n2", p2, "need", "Un expert-comptable", category="expertise")
    return ids
