"""The fixed vocabularies of an evening: default roles, needs, offers, item kinds.

Codes are stable identifiers stored in the database and printed by the CLI;
labels are written in French, as the organisers write them, and read in the
user's language (:class:`Labels` translates each one when it is looked up).
Role labels are the event's own data, stored with it, and are not translated.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from katalyze.i18n import N_, _


class Labels(Mapping[str, str]):
    """Code -> label, the label in the current language at each look-up."""

    def __init__(self, labels: dict[str, str]) -> None:
        self._labels = labels

    def __getitem__(self, code: str) -> str:
        return _(self._labels[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def french(self) -> dict[str, str]:
        """Code -> label as written (French), whatever the language."""
        return dict(self._labels)


@dataclass(frozen=True)
class RoleSpec:
    key: str
    label: str
    colour: str
    is_staff: bool = False
    # Other spellings met in registration files, folded by katalyze.text.fold.
    aliases: tuple[str, ...] = ()


DEFAULT_ROLES: tuple[RoleSpec, ...] = (
    RoleSpec("membre", "Membre du PTCE", "#1f6fb2", aliases=("membre", "adherent", "membre ptce")),
    RoleSpec("partenaire", "Partenaire", "#6a3d9a", aliases=("partenaires",)),
    RoleSpec("citoyen", "Citoyen·ne", "#2e8b57", aliases=("citoyen", "citoyenne", "habitant")),
    RoleSpec(
        "investisseur",
        "Investisseur / financeur",
        "#c98a00",
        aliases=("investisseur", "financeur", "investisseur financeur", "investor", "funder"),
    ),
    RoleSpec("etudiant", "Étudiant·e", "#d9480f", aliases=("etudiant", "etudiante", "student")),
    RoleSpec(
        "entreprise",
        "Entreprise non membre",
        "#5c677d",
        aliases=("entreprise", "company", "entreprise non adherente"),
    ),
    RoleSpec(
        "elu",
        "Élu·e / collectivité",
        "#b5179e",
        aliases=("elu", "elue", "collectivite", "elu collectivite", "elected official"),
    ),
    RoleSpec(
        "porteur",
        "Porteur de projet",
        "#c1121f",
        is_staff=True,
        aliases=("porteur", "porteuse de projet", "project holder"),
    ),
    RoleSpec(
        "animateur",
        "Animateur·rice",
        "#0b7285",
        is_staff=True,
        aliases=("animateur", "animatrice", "facilitateur", "host", "facilitator"),
    ),
    RoleSpec("benevole", "Bénévole", "#495057", is_staff=True, aliases=("volunteer",)),
)

# What a project may need (code -> label).
NEEDS: Labels = Labels(
    {
        "ingenierie": N_("Ingénierie"),
        "financement": N_("Financement"),
        "lieu": N_("Lieu"),
        "competences": N_("Compétences"),
        "partenaires": N_("Partenaires"),
        "juridique": N_("Juridique"),
        "autre": N_("Autre"),
    }
)

# What a participant can bring (code -> label).
OFFERS: Labels = Labels(
    {
        "financement": N_("Financement"),
        "expertise": N_("Expertise technique"),
        "juridique": N_("Conseil juridique"),
        "lieu": N_("Un lieu / des locaux"),
        "reseau": N_("Mon réseau"),
        "benevolat": N_("Du temps bénévole"),
        "numerique": N_("Compétences numériques"),
        "communication": N_("Communication"),
    }
)

# Other spellings of offers met in files (folded).
OFFER_ALIASES: dict[str, str] = {
    "financing": "financement",
    "funding": "financement",
    "technical expertise": "expertise",
    "expertise": "expertise",
    "legal advice": "juridique",
    "conseil juridique": "juridique",
    "juridique": "juridique",
    "locaux": "lieu",
    "lieu": "lieu",
    "premises": "lieu",
    "un lieu": "lieu",
    "reseau": "reseau",
    "network": "reseau",
    "temps benevole": "benevolat",
    "benevolat": "benevolat",
    "volunteer time": "benevolat",
    "volunteering": "benevolat",
    "numerique": "numerique",
    "digital skills": "numerique",
    "competences numeriques": "numerique",
    "communication": "communication",
}

# Which offers meet which need.
NEED_MET_BY: dict[str, frozenset[str]] = {
    "ingenierie": frozenset({"expertise"}),
    "financement": frozenset({"financement"}),
    "lieu": frozenset({"lieu"}),
    "competences": frozenset({"expertise", "numerique", "communication"}),
    "partenaires": frozenset({"reseau"}),
    "juridique": frozenset({"juridique"}),
    "autre": frozenset({"benevolat", "communication"}),
}

# Captured item kinds (code -> label) and action statuses.
ITEM_KINDS: Labels = Labels(
    {
        "idea": N_("Idée"),
        "need": N_("Besoin"),
        "offer": N_("Ressource proposée"),
        "commitment": N_("Engagement"),
        "action": N_("Action"),
        "question": N_("Question / obstacle"),
    }
)

ACTION_STATUSES: Labels = Labels(
    {
        "todo": N_("À faire"),
        "doing": N_("En cours"),
        "done": N_("Fait"),
        "dropped": N_("Abandonnée"),
    }
)

STAGES: tuple[str, ...] = ("registered", "arrived", "assigned", "done")


class ItemLabels:
    """French labels of a captured item's codes, for any class with ``kind``,
    ``category`` and ``status`` (the capture service's and the exports' rows)."""

    kind: str
    category: str
    status: str

    @property
    def kind_label(self) -> str:
        return ITEM_KINDS.get(self.kind, self.kind)

    @property
    def category_label(self) -> str:
        """A need's category, or an offer's kind when the category names one."""
        return NEEDS.get(self.category) or OFFERS.get(self.category) or self.category

    @property
    def status_label(self) -> str:
        return ACTION_STATUSES.get(self.status, self.status)
