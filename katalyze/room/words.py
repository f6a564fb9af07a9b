"""The pages' words, French as written, English in ``katalyze/locale/en.po``.

The server words each page in its language (``?lang=``, else the browser's
``Accept-Language``) and hands the table to the page's script as JSON.
"""

from __future__ import annotations

from katalyze.i18n import N_, _

WORDS: dict[str, str] = {
    "app": N_("Katalyze — la salle"),
    "no_link": N_(
        "Ouvrez le lien de votre QR code : il donne accès à votre table, à l'accueil ou à la scène."
    ),
    "bad_link": N_("Ce lien n'est plus valable : demandez un nouveau QR code à l'animateur."),
    "table": N_("Table {n}"),
    "round": N_("Tour {n}"),
    "people": N_("À cette table"),
    "nobody": N_("Personne n'est encore placé à cette table."),
    "entry_label": N_(
        "Ajouter (i: idée, b: besoin, r: ressource, e: engagement, a: action, q: question)"
    ),
    "entry_placeholder": N_("i: une idée…"),
    "idea_label": N_("Ajouter une idée (ce lien permet d'ajouter des idées et de voter)"),
    "idea_placeholder": N_("Une idée…"),
    "add": N_("Ajouter"),
    "items": N_("Ce que la table a produit"),
    "no_items": N_("Rien pour l'instant : la première idée est la vôtre."),
    "vote": N_("Voter"),
    "votes": N_("voix"),
    "pending": N_("en attente"),
    "pending_n": N_("{n} en attente"),
    "offline": N_("Hors connexion : ce que vous tapez est gardé et partira au retour du réseau."),
    "online": N_("Connecté"),
    "synthesis": N_("Synthèse du tour"),
    "save": N_("Enregistrer la synthèse"),
    "saved": N_("Synthèse enregistrée."),
    "timer": N_("Temps restant"),
    "kind_idea": N_("Idée"),
    "kind_need": N_("Besoin"),
    "kind_offer": N_("Ressource"),
    "kind_commitment": N_("Engagement"),
    "kind_action": N_("Action"),
    "kind_question": N_("Question"),
    "due": N_("pour le {date}"),
    "door": N_("Accueil"),
    "scan_label": N_("Scannez un badge ou tapez un nom"),
    "scan_placeholder": N_("Code du badge ou nom…"),
    "station": N_("Poste"),
    "check_in": N_("Enregistrer l'arrivée"),
    "arrived": N_("déjà arrivé·e"),
    "walk_in": N_("Inscrire sur place"),
    "first_name": N_("Prénom"),
    "last_name": N_("Nom"),
    "organisation": N_("Structure"),
    "register": N_("Inscrire et enregistrer l'arrivée"),
    "no_match": N_(
        "Personne de ce nom : vérifiez l'orthographe ou inscrivez la personne sur place."
    ),
    "next": N_("Suivant"),
    "stage": N_("Scène"),
    "tables": N_("Les tables"),
    "language": N_("Langue"),
    "error": N_("Erreur"),
}


def words() -> dict[str, str]:
    """Every page word in the current language (call inside ``using_language``)."""
    return {key: _(text) for key, text in WORDS.items()}
