"""Benchmark: import a realistic 3,000-row registration CSV into a fresh event.

Builds a ticketing-style export (``;``, UTF-8 with BOM, ranked wishes in one
cell, offers, consent, ignored order columns) with varied names, roles and
organisations, about 8 % of people registered twice (different case in the
e-mail, or no e-mail on the second line), a few typos in project titles and
roles, then times ``plan_import`` and ``apply_import`` separately.

Run: ``.venv/bin/python tests/benchmarks/bench_import.py [ROWS]``
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

FIRST = [
    "Léa",
    "Hugo",
    "Manon",
    "Lucas",
    "Chloé",
    "Théo",
    "Inès",
    "Noël",
    "Zoé",
    "Rémi",
    "Agnès",
    "Benoît",
    "Hélène",
    "Mehdi",
    "Yasmine",
    "Karim",
    "Océane",
    "Julien",
    "Sophie",
    "Cédric",
    "Élodie",
    "François",
    "Maëlle",
    "Grégoire",
    "Aurélie",
    "Nathalie",
    "Louis",
    "Camille",
    "Antoine",
    "Margaux",
    "Jérôme",
    "Bérénice",
    "Thibault",
    "Véronique",
    "Stéphane",
    "Anaïs",
    "Françoise",
]
LAST = (
    (
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Mercier "
        "Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin "
        "Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine "
        "Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier "
        "Roger Roche Roy Noël Meyer Lucas Meunier Jean Pérez Marchand Dufour Blanchard Marie "
        "Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland "
        "Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe "
        "Leclercq Lacroix Fabre Dupuis Olivier Rodriguez Da_Silva Hubert Louis Charles Guillot "
        "Rivière Le_Gall Guillaume Adam Roux Moulin Gaudefroy Œuvrard D'Hondt Hénon Quennehen"
    )
    .replace("_", " ")
    .split()
)
ROLES = (
    ["Membre du PTCE"] * 6
    + ["Citoyen·ne"] * 5
    + ["Partenaire"] * 2
    + ["Investisseur / financeur"] * 2
    + ["Étudiant·e"] * 3
    + ["Entreprise non membre"] * 3
    + ["Élu·e / collectivité", "Bénévole", "Citoyenne", "ETUDIANT", "Financeur"]
)
ORGS = [
    "Amiens Métropole",
    "IUT Amiens",
    "ESC Amiens",
    "BGE Picardie",
    "Institut Godin",
    "La Machinerie",
    "Agena",
    "Emmaüs Amiens",
    "France Active Picardie",
    "Crédit Coopératif",
    "SCIC Batigère",
    "Recycl'aide",
    "Département de la Somme",
    "Université de Picardie Jules Verne",
    "Mob-ion",
    "Groupe Noriap",
    "",
    "",
    "",
    "",
]
OFFER_LABELS = (
    "Financement",
    "Expertise technique",
    "Conseil juridique",
    "Un lieu / des locaux",
    "Mon réseau",
    "Du temps bénévole",
    "Compétences numériques",
    "Communication",
)
HEADER = (
    "Référence commande;Date de la commande;Statut de la commande;Nom participant;"
    "Prénom participant;Email payeur;Raison sociale;Tarif;Montant tarif;"
    "Champ complémentaire 1 Vous venez en tant que;"
    "Champ complémentaire 2 Projets qui vous intéressent (par ordre de préférence);"
    "Champ complémentaire 3 Ce que vous pouvez apporter;Champ complémentaire 4 Téléphone;"
    "Champ complémentaire 5 J'accepte que mes coordonnées soient transmises"
)


def build_csv(path: Path, rows: int, titles: list[str], seed: int = 7) -> int:
    """Write ``rows`` registration lines; returns how many distinct people they hold."""
    rng = random.Random(seed)
    lines = [HEADER]
    people: list[list[str]] = []
    for i in range(rows):
        if people and rng.random() < 0.08:
            # Registered twice: same answers, e-mail in capitals or left out.
            cells = list(rng.choice(people))
            cells[0] = str(48_000_000 + i)
            cells[5] = cells[5].upper() if rng.random() < 0.5 else ""
            if rng.random() < 0.3:
                cells[6] = ""  # the organisation not typed again
            lines.append(";".join(cells))
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first}.{last}.{i}@exemple.fr".lower().replace(" ", "").replace("'", "")
        wishes = rng.sample(titles, rng.choice((0, 1, 2, 3, 3, 3)))
        if wishes and rng.random() < 0.03:
            wishes[0] = wishes[0].lower().replace("e", "é", 1)  # a typo or two
        offers = rng.sample(OFFER_LABELS, rng.choice((0, 1, 1, 2, 3)))
        cells = [
            str(48_000_000 + i),
            f"{rng.randint(1, 28):02d}/03/2026 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "Validé",
            last.upper() if rng.random() < 0.7 else last,
            first,
            email,
            rng.choice(ORGS),
            "Gratuit",
            "0,00 €",
            rng.choice(ROLES),
            " | ".join(wishes),
            " | ".join(offers),
            f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
            rng.choice(("Oui", "Oui", "Oui", "Non")),
        ]
        people.append(cells)
        lines.append(";".join(cells))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return len(people)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    from katalyze.db import open_database
    from katalyze.events import ensure_event
    from katalyze.importing import apply_import, import_projects, plan_import
    from katalyze.projects import list_projects

    shared = REPO.parent / "shared" / "data"
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.katalyze")
        ensure_event(db)
        import_projects(db, shared / "projets.csv")
        titles = [p.title for p in list_projects(db)]
        csv_path = Path(folder) / "inscriptions_3000.csv"
        distinct = build_csv(csv_path, rows, titles)

        start = time.perf_counter()
        plan = plan_import(db, [csv_path])
        planned = time.perf_counter()
        report = apply_import(db, plan)
        applied = time.perf_counter()
        db.close()

    total = applied - start
    file_report = report.files[0]
    print(f"rows in file            : {rows}")
    print(f"distinct people         : {distinct}")
    print(
        f"imported / merged / skipped : {file_report.imported} / {file_report.merged} / "
        f"{file_report.skipped}  (problems: {len(file_report.problems)})"
    )
    print(f"participants in event   : {report.total}")
    print(f"plan (read + match)     : {planned - start:.2f} s")
    print(f"apply (re-match + write): {applied - planned:.2f} s")
    print(f"total                   : {total:.2f} s  ->  {rows / total:,.0f} rows/s")


if __name__ == "__main__":
    main()
