"""What the tables of the demo evening captured (``katalyze demo --stage done``).

:func:`simulate_capture` writes, at every table and for every round, the kind
of notes a scribe takes during a KatalyZe session: ideas with votes, needs by
category, offers and commitments from people actually seated there, actions
with a responsible and a due date, open questions, and a synthesis. The text
is French and follows the project's theme; the result depends only on the
random generator given.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from katalyze.db import Database
from katalyze.db.models import Event, Item, Participant, Project, Seat, Synthesis, Wish
from katalyze.progress import ProgressFn, report
from katalyze.vocabulary import NEED_MET_BY, NEEDS

# Theme-specific material, chosen by a folded keyword of the project's title.
THEMES: dict[str, dict[str, list[str]]] = {
    "medical": {
        "ideas": [
            "Collecter les fauteuils roulants inutilisés auprès des EHPAD du territoire",
            "Un atelier de remise en état tenu par des personnes en insertion",
            "Un catalogue en ligne du matériel disponible, consultable par les ergothérapeutes",
            "Prêter le matériel le temps d'une convalescence plutôt que le vendre",
        ],
        "questions": [
            "Quelles normes de désinfection pour remettre un lit médicalisé en circulation ?",
            "La CPAM peut-elle rembourser du matériel reconditionné ?",
        ],
    },
    "creche": {
        "ideas": [
            "Réserver des berceaux aux salariés des petites entreprises de la zone d'activité",
            "Horaires élargis pour les équipes postées (6 h – 21 h)",
            "Un jardin partagé avec l'EHPAD voisin pour des rencontres intergénérationnelles",
            "Des places d'urgence pour les parents qui reprennent un emploi",
        ],
        "questions": [
            "Quel taux de participation des entreprises rend le modèle viable ?",
            "Comment obtenir l'agrément PMI dans les délais ?",
        ],
    },
    "conserverie": {
        "ideas": [
            "Transformer les invendus des maraîchers de l'hortillonnage",
            "Une gamme de bocaux vendue dans les épiceries solidaires",
            "Louer l'outil de production aux agriculteurs pendant l'été",
            "Consigne des bocaux en verre avec les commerces du centre-ville",
        ],
        "questions": [
            "Quel agrément sanitaire pour une conserverie de cette taille ?",
            "Quelle saisonnalité des volumes à transformer ?",
        ],
    },
    "monnaie": {
        "ideas": [
            "Payer une partie des primes des salariés en monnaie locale",
            "Une application de paiement en plus des billets",
            "Associer les marchés de plein air dès le lancement",
        ],
        "questions": [
            "Quel fonds de garantie et auprès de quelle banque ?",
            "Comment convaincre les commerçants que la reconversion en euros reste simple ?",
        ],
    },
    "mobilite": {
        "ideas": [
            "Du transport à la demande pour les horaires décalés",
            "Un garage solidaire pour réparer les véhicules des demandeurs d'emploi",
            "Des vélos à assistance électrique en location longue durée",
        ],
        "questions": [
            "Quelle articulation avec le réseau de bus de la métropole ?",
            "Qui assure les véhicules prêtés ?",
        ],
    },
}

GENERIC_IDEAS = [
    "Mutualiser les locaux avec une structure déjà implantée dans le quartier",
    "Lancer un pilote de six mois sur un seul quartier avant d'étendre",
    "Associer les habitants dès la conception, par des ateliers ouverts",
    "Créer un comité d'usagers qui se réunit chaque trimestre",
    "S'appuyer sur les chantiers d'insertion pour les premiers recrutements",
    "Mesurer l'impact social dès la première année avec trois indicateurs simples",
    "Proposer une offre aux entreprises du PTCE sous forme d'abonnement",
    "Faire connaître le projet lors du forum des associations de septembre",
    "Chercher un lieu partagé avec un autre projet de la soirée",
    "Écrire une charte de coopération entre les partenaires",
    "Prévoir une version du service accessible aux personnes non connectées",
    "Ouvrir un financement participatif pour amorcer la communication",
]

GENERIC_QUESTIONS = [
    "Quel statut juridique choisir : SCIC, association ou SAS de l'ESS ?",
    "Qui porte le risque financier la première année ?",
    "Comment garder les bénévoles dans la durée ?",
    "Le modèle économique tient-il sans subvention au bout de trois ans ?",
    "Faut-il un salarié dès le démarrage ou attendre les premiers financements ?",
    "Quelle place pour les collectivités dans la gouvernance ?",
]

NEED_TEXTS: dict[str, list[str]] = {
    "ingenierie": [
        "Une étude de faisabilité technique et économique",
        "Un accompagnement pour écrire le modèle économique",
        "Dimensionner l'outil de production",
    ],
    "financement": [
        "Trouver 40 000 € d'amorçage pour la première année",
        "Un prêt d'honneur pour le porteur",
        "Financer un poste de coordination à mi-temps",
    ],
    "lieu": [
        "Un local de 150 m² accessible en transports en commun",
        "Un espace de stockage temporaire pendant six mois",
        "Un lieu pour tester le service auprès du public",
    ],
    "competences": [
        "Des compétences en communication et réseaux sociaux",
        "Quelqu'un qui connaît les marchés publics",
        "Une aide pour construire le site internet",
    ],
    "partenaires": [
        "Des entreprises prêtes à s'engager comme premiers clients",
        "Un partenariat avec les bailleurs sociaux",
        "Le soutien d'une collectivité pour légitimer le projet",
    ],
    "juridique": [
        "Choisir la forme juridique et rédiger les statuts",
        "Vérifier les règles d'assurance et de responsabilité",
    ],
    "autre": [
        "Des bénévoles pour les premières permanences",
        "Un visuel et un nom pour le projet",
    ],
}

OFFER_TEXTS: dict[str, list[str]] = {
    "financement": [
        "Présenter le projet au comité d'engagement de notre fonds",
        "Étudier un prêt participatif",
    ],
    "expertise": [
        "Deux demi-journées d'expertise technique",
        "Relire l'étude de faisabilité",
    ],
    "juridique": [
        "Une consultation juridique gratuite sur les statuts",
        "Relire les conventions de partenariat",
    ],
    "lieu": [
        "Un bureau dans nos locaux pendant un an",
        "Une salle de réunion chaque mois",
    ],
    "reseau": [
        "Une mise en relation avec trois entreprises du parc d'activités",
        "Présenter le projet au club des dirigeants",
    ],
    "benevolat": [
        "Quatre heures de bénévolat par mois",
        "Tenir le stand lors du prochain marché",
    ],
    "numerique": [
        "Monter un premier site internet",
        "Former l'équipe aux outils collaboratifs",
    ],
    "communication": [
        "Écrire un communiqué de presse pour le lancement",
        "Réaliser une courte vidéo de présentation",
    ],
}

COMMITMENTS = [
    "Relayer l'appel à bénévoles dans mon réseau",
    "Participer au premier comité de pilotage",
    "Faire tester le service par mes salariés",
    "Présenter le projet à mon conseil d'administration",
    "Partager notre retour d'expérience sur un projet similaire",
    "Mettre le porteur en relation avec notre direction des achats",
    "Venir à la réunion publique de lancement",
]

ACTIONS = [
    "Organiser une réunion de lancement avec les partenaires de la table",
    "Rédiger une note de présentation de deux pages",
    "Envoyer le compte rendu de la soirée à tous les participants de la table",
    "Prendre rendez-vous avec la chargée de mission ESS de la métropole",
    "Déposer un dossier à l'appel à projets de la région",
    "Visiter un projet similaire dans un autre territoire",
    "Établir un budget prévisionnel sur trois ans",
    "Identifier trois locaux possibles et les visiter",
    "Lancer un questionnaire auprès des futurs usagers",
    "Préparer la présentation au prochain conseil du PTCE",
    "Constituer le comité de pilotage",
    "Contacter les entreprises intéressées pour une lettre d'intention",
]

FREE_RESPONSIBLES = [
    "Équipe de l'incubateur",
    "Porteur du projet",
    "Coordination du PTCE",
    "Service développement économique de la métropole",
]

SYNTHESIS_OPENERS = [
    "Table très active, où {n} personnes aux profils variés ont travaillé sur « {title} ».",
    "La table a réuni {n} personnes autour de « {title} », avec un fort intérêt des entreprises.",
    "Échanges riches à {n} autour de « {title} » ; le projet a gagné en précision.",
]

SYNTHESIS_MIDDLES = [
    "Le besoin prioritaire identifié est {need} ; des pistes concrètes sont apparues.",
    "La question du modèle économique a occupé une bonne partie du temps ; {need} reste à trouver.",
    "Plusieurs participants ont proposé leur aide, notamment pour {need}.",
]

SYNTHESIS_CLOSERS = [
    "L'idée la plus soutenue : « {idea} ». Prochaine étape : {action}.",
    "La table retient « {idea} » comme piste principale. À suivre : {action}.",
]

STATUS_WEIGHTS = (("todo", 60), ("doing", 28), ("done", 8), ("dropped", 4))

THEME_KEYS = {
    "medical": "medical",
    "creche": "creche",
    "conserverie": "conserverie",
    "monnaie": "monnaie",
    "mobilite": "mobilite",
}


def _theme(title: str) -> dict[str, list[str]]:
    from katalyze.text import fold

    folded = fold(title)
    for key, theme in THEME_KEYS.items():
        if key in folded:
            return THEMES[theme]
    return {"ideas": [], "questions": []}


def _event_start(session: Session) -> dt.datetime:
    event = session.scalar(select(Event).limit(1))
    day = (event.date if event else None) or dt.date.today()
    settings = dict(event.settings or {}) if event else {}
    try:
        zone: dt.tzinfo = ZoneInfo(str(settings.get("timezone") or "Europe/Paris"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    return dt.datetime.combine(day, dt.time(19, 0), tzinfo=zone).astimezone(dt.UTC)


def _pick_status(rng: random.Random) -> str:
    codes = [c for c, _ in STATUS_WEIGHTS]
    weights = [w for _, w in STATUS_WEIGHTS]
    return rng.choices(codes, weights)[0]


def simulate_capture(db: Database, rng: random.Random, progress: ProgressFn | None = None) -> None:
    """Write the captured items and syntheses of every table and round.

    Replaces whatever the demo captured before (items and syntheses), so
    running it twice gives the same evening."""
    with db.sessions.begin() as session:
        projects = list(session.scalars(select(Project).order_by(Project.table_number)))
        people = {p.id: p for p in session.scalars(select(Participant))}
        seated: dict[tuple[int, int], list[int]] = defaultdict(list)
        for seat in session.scalars(select(Seat).order_by(Seat.id)):
            seated[(seat.project_id, seat.round)].append(seat.participant_id)
        rounds = sorted({r for _, r in seated}) or [1]
        if not seated:  # no placement yet: the people who wished each project
            for wish in session.scalars(select(Wish).order_by(Wish.participant_id, Wish.rank)):
                if not people[wish.participant_id].cancelled:
                    seated[(wish.project_id, 1)].append(wish.participant_id)
        session.execute(delete(Item))
        session.execute(delete(Synthesis))
        start = _event_start(session)
        total = len(projects) * len(rounds)
        done = 0
        for project in projects:
            used: set[str] = set()
            for rnd in rounds:
                ids = sorted(seated.get((project.id, rnd), []))
                if ids:
                    table = [people[i] for i in ids]
                    _capture_table(session, rng, project, rnd, table, start, used)
                done += 1
                report(progress, done, total, f"Table {project.table_number}, tour {rnd}")


def _capture_table(
    session: Session,
    rng: random.Random,
    project: Project,
    rnd: int,
    table: list[Participant],
    start: dt.datetime,
    used: set[str],
) -> None:
    theme = _theme(project.title)
    clock = start + dt.timedelta(minutes=(rnd - 1) * 40 + 3)
    position = 0
    added: list[Item] = []

    def fresh(pool: list[str], k: int) -> list[str]:
        """``k`` texts of ``pool`` not yet used at this table (reused if none left)."""
        left = [t for t in pool if t not in used] or pool
        chosen = rng.sample(left, k=min(k, len(left)))
        used.update(chosen)
        return chosen

    def add(kind: str, text: str, **fields: object) -> Item:
        nonlocal clock, position
        clock += dt.timedelta(seconds=rng.randint(25, 150))
        position += 1
        item = Item(
            project_id=project.id,
            round=rnd,
            kind=kind,
            text=text,
            position=position,
            created_at=clock,
            updated_at=clock,
            **fields,
        )
        session.add(item)
        added.append(item)
        return item

    def someone() -> Participant | None:
        return rng.choice(table) if table else None

    # Ideas, with votes.
    pool = theme["ideas"] + rng.sample(GENERIC_IDEAS, k=5)
    ideas = fresh(pool, rng.randint(3, 5))
    top_idea, top_votes = ideas[0], -1
    for text in ideas:
        author = someone() if rng.random() < 0.7 else None
        votes = rng.randint(0, max(2, len(table)))
        if votes > top_votes:
            top_idea, top_votes = text, votes
        add("idea", text, participant_id=author.id if author else None, votes=votes)

    # Needs: mostly the project's declared ones.
    declared = [n for n in (project.needs or []) if n in NEEDS] or list(NEEDS)
    need_codes = rng.sample(declared, k=min(len(declared), rng.randint(2, 3)))
    for code in need_codes:
        add("need", fresh(NEED_TEXTS[code], 1)[0], category=code)

    # Offers from people at the table whose offers meet a need (or any offer).
    wanted = set().union(*(NEED_MET_BY[c] for c in need_codes))
    offerers = [p for p in table if set(p.offers or ()) & wanted] or [p for p in table if p.offers]
    for person in rng.sample(offerers, k=min(len(offerers), rng.randint(1, 3))):
        codes = [o for o in (person.offers or []) if o in OFFER_TEXTS]
        matching = [o for o in codes if o in wanted] or codes
        if not matching:
            continue
        code = rng.choice(matching)
        add("offer", fresh(OFFER_TEXTS[code], 1)[0], category=code, participant_id=person.id)

    # Commitments.
    for person in rng.sample(table, k=min(len(table), rng.randint(1, 2))):
        add("commitment", fresh(COMMITMENTS, 1)[0], participant_id=person.id)

    # Actions.
    event_day = start.date()
    first_action = ""
    for text in fresh(ACTIONS, rng.randint(2, 4)):
        first_action = first_action or text[0].lower() + text[1:]
        person = someone() if rng.random() < 0.75 else None
        add(
            "action",
            text,
            responsible_participant_id=person.id if person else None,
            responsible_text="" if person else rng.choice(FREE_RESPONSIBLES),
            due=event_day + dt.timedelta(days=rng.choice((7, 10, 14, 21, 30, 45, 60, 90))),
            status=_pick_status(rng),
        )

    # Questions.
    questions = theme["questions"] + GENERIC_QUESTIONS
    for text in fresh(questions, rng.randint(1, 2)):
        author = someone() if rng.random() < 0.5 else None
        add("question", text, participant_id=author.id if author else None)

    need_label = NEEDS[need_codes[0]].lower() if need_codes else "un lieu"
    synthesis = " ".join(
        (
            rng.choice(SYNTHESIS_OPENERS).format(n=len(table), title=project.title),
            rng.choice(SYNTHESIS_MIDDLES).format(need=f"le besoin « {need_label} »"),
            rng.choice(SYNTHESIS_CLOSERS).format(idea=top_idea, action=first_action),
        )
    )
    session.add(Synthesis(project_id=project.id, round=rnd, text=synthesis, updated_at=clock))
