"""Registration and project import: the sample files, merging, bad input, the CLI."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from katalyze.cli.main import main
from katalyze.db.models import Participant, Project, Wish
from katalyze.errors import Cancelled, UserError
from katalyze.importing import (
    apply_import,
    guess_mapping,
    import_files,
    plan_import,
    read_table,
)
from katalyze.participants import list_participants
from katalyze.projects import list_projects
from katalyze.text import fold
from katalyze.vocabulary import OFFERS

REGISTRATIONS = (
    "inscriptions_billetterie.csv",
    "inscriptions_formulaire.csv",
    "inscrits_organisateurs.xlsx",
)
OFFER_CODE = {label: code for code, label in OFFERS.french().items()}


# --- helpers -----------------------------------------------------------------


def counts(db) -> tuple[int, int, int]:
    with db.sessions() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Participant, Project, Wish)
        )


def import_projects(db, shared_data: Path) -> None:
    report = import_files(db, [shared_data / "projets.csv"], "projects")
    assert report.created == 15


def expected_people(shared_data: Path) -> dict[str, dict]:
    """What the three files say about each person, read with csv/openpyxl directly."""
    people: dict[str, dict] = {}

    def add(email, last, first, org, role, wishes, offers, consent):
        person = people.setdefault(
            email.lower(),
            {"names": set(), "org": "", "role": "", "wishes": [], "offers": set(), "consent": []},
        )
        person["names"].add((fold(first), fold(last)))
        person["org"] = person["org"] or (org or "")
        person["role"] = person["role"] or role
        if wishes and not person["wishes"]:
            person["wishes"] = wishes
        person["offers"] |= {OFFER_CODE[o.strip()] for o in offers if o.strip()}
        if consent is not None:
            person["consent"].append(consent)

    with open(shared_data / REGISTRATIONS[0], encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            add(
                row["Email payeur"],
                row["Nom participant"],
                row["Prénom participant"],
                row["Raison sociale"],
                row["Champ complémentaire 1 Vous venez en tant que"],
                [w.strip() for w in row[next(k for k in row if "Projets qui" in k)].split("|")]
                if row[next(k for k in row if "Projets qui" in k)]
                else [],
                row["Champ complémentaire 3 Ce que vous pouvez apporter"].split("|"),
                {"Oui": True, "Non": False}[row[next(k for k in row if "J'accepte" in k)]],
            )
    with open(shared_data / REGISTRATIONS[1], encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            add(
                row["Adresse e-mail"],
                row["Nom"],
                row["Prénom"],
                row["Structure / organisation"],
                row["Vous êtes"],
                [row[f"Projet souhaité n°{n}"] for n in (1, 2, 3) if row[f"Projet souhaité n°{n}"]],
                row["Vous pouvez apporter"].split(","),
                {"J'accepte": True, "Je refuse": False}[row["Partage de vos coordonnées"]],
            )
    sheet = openpyxl.load_workbook(shared_data / REGISTRATIONS[2]).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[2]
    for values in rows[3:]:
        if not any(values):
            continue
        row = dict(zip(header, values, strict=True))
        add(
            row["Courriel"],
            row["NOM"],
            row["Prénom"],
            row["Organisme"],
            row["Catégorie"],
            [row[f"Souhait {n}"] for n in (1, 2, 3) if row[f"Souhait {n}"]],
            (row["Apport"] or "").split(","),
            None,
        )
    return people


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- acceptance 2: the three sample files ------------------------------------


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_files_in_any_order_give_the_120_people(db, shared_data, order) -> None:
    import_projects(db, shared_data)
    files = [shared_data / REGISTRATIONS[i] for i in order]
    report = import_files(db, files)

    people = list_participants(db)
    assert len(people) == 120
    assert report.total == 120 and report.created == 120
    # Every data row of every file is accounted for, none skipped.
    data_rows = {"inscriptions_billetterie.csv": 70, "inscriptions_formulaire.csv": 50}
    data_rows["inscrits_organisateurs.xlsx"] = 120
    for file_report in report.files:
        assert file_report.data_rows == data_rows[file_report.file]
        assert file_report.accounted
        assert file_report.skipped == 0
        assert [p for p in file_report.problems if p.severity != "info"] == []
    assert report.count("imported") + report.count("merged") == 240

    titles = {p.id: p.title for p in list_projects(db)}
    assert len(titles) == 15
    expected = expected_people(shared_data)
    assert len(expected) == 120
    for person in people:
        want = expected[person.email.lower()]
        assert (fold(person.first_name), fold(person.last_name)) in want["names"]
        assert person.role == want["role"], person.email
        assert person.organisation == want["org"], person.email
        assert [titles[w] for w in person.wishes] == want["wishes"], person.email
        assert set(person.offers) == want["offers"], person.email
        assert person.consent_contact is all(want["consent"]), person.email
        assert want["consent"], "every person answered the consent question in one file"
        assert len(person.sources) == 2  # the Excel sheet and one of the two CSVs


def test_reimporting_the_same_files_adds_nobody(db, shared_data) -> None:
    import_projects(db, shared_data)
    files = [shared_data / name for name in REGISTRATIONS]
    import_files(db, files)
    before = counts(db)
    again = import_files(db, files)
    assert counts(db) == before
    assert again.created == 0 and again.changed == 0
    assert again.count("merged") == 240


def test_sample_mappings_are_guessed(shared_data) -> None:
    billetterie = read_table(shared_data / REGISTRATIONS[0])
    mapping = guess_mapping(billetterie.headers)
    fields = dict(zip(billetterie.headers, mapping.fields, strict=True))
    assert fields["Nom participant"] == "last_name"
    assert fields["Prénom participant"] == "first_name"
    assert fields["Email payeur"] == "email"
    assert fields["Raison sociale"] == "organisation"
    assert fields["Statut de la commande"] == ""
    assert fields["Tarif"] == "" and fields["Référence commande"] == ""
    assert [f for f in mapping.fields if f] == [
        "last_name",
        "first_name",
        "email",
        "organisation",
        "role",
        "wishes",
        "offers",
        "phone",
        "consent",
    ]
    form = read_table(shared_data / REGISTRATIONS[1])
    assert guess_mapping(form.headers).fields[6:9] == ("wish1", "wish2", "wish3")
    sheet = read_table(shared_data / REGISTRATIONS[2])
    assert sheet.header_row == 3 and sheet.sheet == "Inscrits"
    assert len(sheet.rows) == 120 and sheet.row_numbers[0] == 4
    assert guess_mapping(sheet.headers).fields == (
        "",
        "last_name",
        "first_name",
        "organisation",
        "role",
        "email",
        "phone",
        "wish1",
        "wish2",
        "wish3",
        "offers",
    )


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Last Name", "last_name"),
        ("First Name", "first_name"),
        ("E-mail", "email"),
        ("Company", "organisation"),
        ("Ticket Type", "role"),
        ("Profil", "role"),
        ("Vous venez en tant que", "role"),
        ("Ce que vous pouvez apporter", "offers"),
        ("Projet souhaité n°2", "wish2"),
        ("2e choix", "wish2"),
        ("Téléphone", "phone"),
        ("Nom de la structure", "organisation"),
        ("Date d'inscription", ""),
        ("Do you agree to share your details? (consent)", "consent"),
    ],
)
def test_header_guesses(header, field) -> None:
    assert guess_mapping([header]).fields == (field,)


# --- merging -----------------------------------------------------------------


def test_duplicates_merge_within_a_file_and_complete_blanks(db, shared_data, tmp_path) -> None:
    import_projects(db, shared_data)
    path = write_csv(
        tmp_path / "doublons.csv",
        "Nom;Prénom;E-mail;Structure;Vous êtes;Souhaits\n"
        "Martin;Léa;LEA.MARTIN@example.org;;Citoyen·ne;\n"
        "MARTIN;Lea;lea.martin@example.org;Agena;;Usine agile | Tiers-lieu inclusif\n"
        "Durand;Paul;;La Poste;Partenaire;\n"
        "DURAND;Paul;paul.durand@example.org;;;\n"
        "Petit;Anne;anne.petit@a.example;;;\n"
        "Petit;Anne;anne.petit@b.example;;;\n",
    )
    report = import_files(db, [path])
    people = {p.email: p for p in list_participants(db)}
    assert len(people) == 4
    lea = people["LEA.MARTIN@example.org"]
    assert (lea.first_name, lea.last_name) == ("Léa", "Martin")  # mixed case beats capitals
    assert lea.organisation == "Agena" and lea.role == "Citoyen·ne"
    assert len(lea.wishes) == 2
    assert lea.sources == ("doublons.csv:2", "doublons.csv:3")
    paul = people["paul.durand@example.org"]
    assert paul.organisation == "La Poste" and paul.role == "Partenaire"
    # Same name, conflicting e-mails: two people.
    assert "anne.petit@a.example" in people and "anne.petit@b.example" in people
    file_report = report.files[0]
    assert (file_report.imported, file_report.merged, file_report.skipped) == (4, 2, 0)


def test_merge_into_existing_participants_never_blanks(db, shared_data, tmp_path) -> None:
    import_projects(db, shared_data)
    first = write_csv(
        tmp_path / "a.csv",
        "Nom,Prénom,Courriel,Organisme,Téléphone\nHénon,Inès,ines@example.org,BGE,06 01 02 03 04\n",
    )
    import_files(db, [first])
    second = write_csv(
        tmp_path / "b.csv",
        "Nom,Prénom,Courriel,Organisme,Téléphone,Catégorie\nHENON,Ines,,,,Étudiante\n",
    )
    report = import_files(db, [second])
    (ines,) = list_participants(db)
    assert ines.organisation == "BGE" and ines.phone == "06 01 02 03 04"
    assert ines.email == "ines@example.org"
    assert ines.role == "Étudiant·e"  # completed: the role was empty
    assert ines.first_name == "Inès"
    assert report.files[0].merged == 1 and report.changed == 1


def test_unknown_values_are_reported_with_row_and_column(db, shared_data, tmp_path) -> None:
    import_projects(db, shared_data)
    path = write_csv(
        tmp_path / "inconnus.csv",
        "Nom;Prénom;E-mail;Catégorie;Souhait 1;Souhait 2;Apport;Accord\n"
        "Roux;Éva;eva@example;Astronaute;Monaie locale augmentee;Projet fantôme;Fusées;peut-être\n"
        ";;;;;;;\n"
        ";Sans nom;sans.nom@example.org;;;;;Oui\n",
    )
    report = import_files(db, [path])
    people = {p.first_name: p for p in list_participants(db)}
    assert set(people) == {"Éva", "Sans nom"}
    eva = people["Éva"]
    assert people["Sans nom"].consent_contact is True
    titles = {p.id: p.title for p in list_projects(db)}
    assert [titles[w] for w in eva.wishes] == ["Monnaie locale augmentée"]  # typo tolerated
    assert eva.email is None and eva.role == ""
    assert "Projet fantôme" in eva.notes and "Astronaute" in eva.notes
    problems = {(p.row, p.column): p for p in report.files[0].problems}
    assert "invalide" in problems[(2, "E-mail")].message
    assert "rôle inconnu" in problems[(2, "Catégorie")].message
    assert "projet inconnu" in problems[(2, "Souhait 2")].message
    assert "apport inconnu" in problems[(2, "Apport")].message
    assert "non reconnue" in problems[(2, "Accord")].message
    typo = problems[(2, "Souhait 1")]
    assert typo.severity == "info" and "lu comme « Monnaie locale augmentée »" in typo.message
    # Row 3 is blank (not data); row 4 has no last name but a first name: imported.
    file_report = report.files[0]
    assert file_report.data_rows == 2 and file_report.accounted


def test_missing_name_skips_the_row(db, tmp_path) -> None:
    path = write_csv(tmp_path / "sans_nom.csv", "Nom;Prénom;E-mail\n;;x@example.org\nBlanc;Léo;\n")
    report = import_files(db, [path])
    file_report = report.files[0]
    assert (file_report.imported, file_report.skipped) == (1, 1)
    (problem,) = [p for p in file_report.problems if p.severity == "error"]
    assert problem.row == 2 and problem.column == "Nom" and "nom manquant" in problem.message


def test_wishes_before_projects_are_reported(db, tmp_path) -> None:
    path = write_csv(tmp_path / "w.csv", "Nom;Souhait 1\nBlanc;Usine agile\n")
    report = import_files(db, [path])
    assert any("importez d'abord les projets" in p.hint for p in report.problems)
    assert any("Aucun projet" in note for note in report.notes)


# --- projects ----------------------------------------------------------------


def test_projects_import_and_reimport_updates(db, shared_data, tmp_path) -> None:
    report = import_files(db, [shared_data / "projets.csv"], "projects")
    assert report.created == 15
    projects = {p.table_number: p for p in list_projects(db)}
    assert projects[2].title == "Crèche inter-entreprises à vocation sociale"
    assert projects[2].lead_organisation == "Malakoff Humanis"
    assert projects[2].needs == ("financement", "lieu", "ingenierie")
    assert (projects[2].min_seats, projects[2].max_seats) == (5, 10)
    changed = write_csv(
        tmp_path / "projets2.csv",
        "Table;Projet;Places max;Besoins;Porteur\n"
        "2;Crèche inter-entreprises à vocation sociale;12;;Mme Roux\n"  # by number
        ";Usine agile;8;financement, robots;\n"  # by title
        "16;Jardin partagé;;lieu;\n",
    )
    report = import_files(db, [changed], "projects")
    assert (report.created, report.count("updated")) == (1, 2)
    projects = {p.table_number: p for p in list_projects(db)}
    assert len(projects) == 16
    assert projects[2].max_seats == 12 and projects[2].holder == "Mme Roux"
    assert projects[2].needs == ("financement", "lieu", "ingenierie")  # blank cell kept them
    assert projects[5].max_seats == 8 and projects[5].needs == ("financement", "autre")
    assert projects[5].needs_other == "robots"
    assert projects[16].title == "Jardin partagé"


def test_projects_swapping_tables(db, shared_data, tmp_path) -> None:
    import_projects(db, shared_data)
    swap = write_csv(
        tmp_path / "swap.csv",
        "Table;Projet\n2;Réemploi du matériel médical\n1;Crèche inter-entreprises à vocation sociale\n",
    )
    import_files(db, [swap], "projects")
    projects = {p.table_number: p.title for p in list_projects(db)}
    assert projects[1].startswith("Crèche") and projects[2].startswith("Réemploi")
    assert len(projects) == 15


def test_two_columns_of_one_field_are_both_read(db, tmp_path) -> None:
    """Two comment columns: both are guessed as remarks and their texts kept,
    joined (each once); two e-mail columns: the first feeds the field, the
    other is left for the organiser to choose."""
    path = write_csv(
        tmp_path / "deux.csv",
        "Nom;Prénom;E-mail;Email;Remarques;Commentaires\n"
        "Martin;Léa;;lea@example.org;Végétarienne;Arrive à 19 h\n"
        "Roux;Paul;paul@example.org;autre@example.org;;Fauteuil roulant\n"
        "Petit;Zoé;zoe@example.org;;Même texte;Même texte\n",
    )
    report = import_files(db, [path])
    people = {p.last_name: p for p in list_participants(db)}
    assert people["Martin"].notes == "Végétarienne ; Arrive à 19 h"
    assert (people["Roux"].email, people["Roux"].notes) == ("paul@example.org", "Fauteuil roulant")
    assert people["Petit"].notes == "Même texte"
    (joined,) = [p for p in report.problems if "même champ" in p.message]
    assert "Remarques" in joined.message and "Commentaires" in joined.message
    assert (joined.severity, joined.hint) == ("info", "leurs textes sont réunis, séparés par « ; »")


def test_a_mapping_keeps_both_columns_only_for_free_text() -> None:
    from katalyze.importing import ColumnMapping

    mapping = ColumnMapping(("last_name", "notes", "email"))
    both = mapping.with_field(2, "notes", keep_others=True)
    assert both.fields == ("last_name", "notes", "notes")
    assert mapping.with_field(0, "email", keep_others=True).fields == ("email", "notes", "")
    assert both.merged_cells(["Roux", " A ", "B"]) == ["Roux", "A ; B", "B"]
    # Built by a script: a field that is not free text takes the first value.
    assert ColumnMapping(("email", "email")).merged_cells(["", "b@x.org"])[0] == "b@x.org"


# --- acceptance 5: bad input -------------------------------------------------


def test_empty_file_is_refused(db, tmp_path) -> None:
    path = write_csv(tmp_path / "vide.csv", "")
    with pytest.raises(UserError, match=r"vide\.csv.*vide"):
        import_files(db, [path])
    assert counts(db) == (0, 0, 0)


def test_header_only_file_is_refused(db, tmp_path) -> None:
    path = write_csv(tmp_path / "entete.csv", "Nom;Prénom;E-mail\n")
    with pytest.raises(UserError, match="aucune ligne de données"):
        import_files(db, [path])


def test_no_name_column_is_refused_and_nothing_written(db, shared_data, tmp_path) -> None:
    import_projects(db, shared_data)
    before = counts(db)
    bad = write_csv(tmp_path / "villes.csv", "Ville;Code postal\nAmiens;80000\nAbbeville;80100\n")
    good = shared_data / REGISTRATIONS[1]
    with pytest.raises(UserError) as caught:
        import_files(db, [good, bad])
    message = str(caught.value)
    assert "villes.csv" in message and "colonne de nom" in message and "Ville" in message
    assert counts(db) == before  # the good file was not imported either


def test_binary_file_renamed_csv_is_refused(db, tmp_path) -> None:
    import random

    rng = random.Random(4)
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    with pytest.raises(UserError, match=r"photo\.csv.*binaire"):
        import_files(db, [path])
    png = tmp_path / "image.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000)))
    with pytest.raises(UserError, match=r"image\.csv"):
        read_table(png)
    assert counts(db) == (0, 0, 0)


def test_xlsx_renamed_csv_is_read_as_a_workbook(shared_data, tmp_path) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_bytes((shared_data / REGISTRATIONS[2]).read_bytes())
    assert len(read_table(path).rows) == 120


def test_fifty_thousand_rows_are_refused_clearly(db, tmp_path) -> None:
    lines = ["Nom;Prénom;E-mail"] + [f"Nom{i};Prénom{i};p{i}@example.org" for i in range(50_000)]
    path = write_csv(tmp_path / "enorme.csv", "\n".join(lines))
    with pytest.raises(UserError) as caught:
        import_files(db, [path])
    assert "enorme.csv" in str(caught.value) and "20 000" in str(caught.value)
    assert counts(db) == (0, 0, 0)
    # The CLI says it in one line, exit 1, no traceback.


def test_ten_thousand_character_cell(db, tmp_path) -> None:
    long = "x" * 10_000
    path = write_csv(
        tmp_path / "long.csv",
        f"Nom;Prénom;Organisme;E-mail\nBlanc;Léo;{long};leo@example.org\n"
        f"{long};Zoé;Agena;zoe@example.org\nNoir;Max;Agena;max@example.org\n",
    )
    report = import_files(db, [path])
    file_report = report.files[0]
    assert (file_report.imported, file_report.skipped) == (2, 1)
    by_row = {p.row: p for p in file_report.problems}
    assert "trop longue" in by_row[2].message and by_row[2].column == "Organisme"
    assert "10 000" in by_row[2].message
    assert "trop longue" in by_row[3].message and by_row[3].severity == "error"
    assert len(str(by_row[2])) < 300  # the message does not quote the whole cell
    leo = next(p for p in list_participants(db) if p.first_name == "Léo")
    assert leo.organisation == ""


def test_windows_1252_semicolon_file(db, tmp_path) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        "Liste des inscrits;;;\r\n;;;\r\n"
        "NOM;Prénom;Vous êtes;Organisme\r\n"
        "ŒUVRARD;Hélène;Élu·e / collectivité;Mairie d'Amiens – Pôle € solidaire\r\n"
        "Lefèvre;Françoise;Citoyen·ne;\r\n",
        encoding="cp1252",
    )
    table = read_table(path)
    assert table.encoding == "Windows-1252" and table.delimiter == ";"
    assert table.header_row == 3
    import_files(db, [path])
    people = {p.last_name: p for p in list_participants(db)}
    assert set(people) == {"Œuvrard", "Lefèvre"}
    assert people["Œuvrard"].first_name == "Hélène"
    assert people["Œuvrard"].role == "Élu·e / collectivité"
    assert people["Œuvrard"].organisation == "Mairie d'Amiens – Pôle € solidaire"


def test_tab_separated_file(db, tmp_path) -> None:
    path = write_csv(
        tmp_path / "export.tsv",
        "Last Name\tFirst Name\tE-mail\tCompany\tTicket Type\n"
        "Smith\tJane\tjane@example.org\tACME, Inc.\tInvestor\n",
    )
    table = read_table(path)
    assert table.delimiter == "\t"
    import_files(db, [path])
    (jane,) = list_participants(db)
    assert (jane.first_name, jane.last_name, jane.organisation) == ("Jane", "Smith", "ACME, Inc.")
    assert jane.role == "Investisseur / financeur"


def test_utf16_file(db, tmp_path) -> None:
    path = write_csv(tmp_path / "unicode.txt", "\ufeffNom\tPrénom\nHénon\tInès\n", "utf-16-le")
    import_files(db, [path])
    assert [p.first_name for p in list_participants(db)] == ["Inès"]


def test_xlsx_merged_cells_and_blank_styled_rows(db, tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Feuil1"
    sheet["A1"] = "Inscriptions"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Nom", "Prénom", "Structure", "Téléphone"])
    sheet.append(["Blanc", "Léo", "Agena", 612345678])
    sheet.append(["Noir", "Max", None, None])
    sheet.merge_cells("C4:C5")  # one organisation for two people
    for row in range(6, 30):
        sheet.cell(row, 1).fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    path = tmp_path / "fusion.xlsx"
    workbook.save(path)
    report = import_files(db, [path])
    assert report.files[0].data_rows == 2 and report.files[0].blank_rows == 0
    people = {p.last_name: p for p in list_participants(db)}
    assert people["Noir"].organisation == "Agena"
    assert people["Blanc"].phone == "06 12 34 56 78"


def test_failure_half_way_writes_nothing(db, shared_data) -> None:
    import_projects(db, shared_data)
    before = counts(db)
    plan = plan_import(db, [shared_data / name for name in REGISTRATIONS])
    calls = []

    def progress(done: int, total: int, message: str = "") -> None:
        calls.append(message)
        if message == "Enregistrement terminé":  # everything flushed, not committed
            raise Cancelled()

    with pytest.raises(Cancelled):
        apply_import(db, plan, progress)
    assert calls and counts(db) == before


def test_dry_run_writes_nothing(db, shared_data) -> None:
    import_projects(db, shared_data)
    before = counts(db)
    report = import_files(db, [shared_data / REGISTRATIONS[0]], dry_run=True)
    assert report.dry_run and report.created == 70
    assert counts(db) == before


def test_plan_with_a_corrected_mapping(db, shared_data) -> None:
    import_projects(db, shared_data)
    path = shared_data / REGISTRATIONS[1]
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    phone_column = table.headers.index("Numéro de téléphone")
    corrected = mapping.with_field(phone_column, "")
    plan = plan_import(db, [table], mappings={path: corrected})
    apply_import(db, plan)
    assert all(p.phone == "" for p in list_participants(db))
    # Choosing a field another column held moves it: one column per field.
    moved = mapping.with_field(0, "email")
    assert moved.fields[0] == "email" and moved.fields[1] == ""


# --- CLI -----------------------------------------------------------------------


def test_cli_import_creates_the_event_and_prints_json(tmp_path, shared_data, capsys) -> None:
    target = tmp_path / "nouveau" / "soiree.katalyze"
    assert main(["import", "projects", str(shared_data / "projets.csv"), "--db", str(target)]) == 0
    assert target.exists()
    capsys.readouterr()
    files = [str(shared_data / name) for name in REGISTRATIONS]
    assert main(["import", "participants", *files, "--db", str(target), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["created"] == 120 and document["total"] == 120
    assert [f["rows"] for f in document["files"]] == [70, 50, 120]
    assert document["rows"] == document["imported"] + document["merged"] + document["skipped"]
    assert main(["list", "participants", "--db", str(target), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 120 and all(len(p["wishes"]) <= 3 for p in listed)


def test_cli_dry_run_and_text_report(tmp_path, shared_data, capsys) -> None:
    target = tmp_path / "soiree.katalyze"
    args = ["import", "participants", str(shared_data / REGISTRATIONS[0]), "--db", str(target)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "70 lignes" in out and "simulation" in out
    assert main(["list", "participants", "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "vide"),
        (b"Ville;Code postal\nAmiens;80000\n", "colonne de nom"),
        (bytes(range(256)) * 20, "binaire"),
    ],
)
def test_cli_refuses_bad_files_in_one_line(tmp_path, capsys, content, expected) -> None:
    path = tmp_path / "mauvais.csv"
    path.write_bytes(content)
    target = tmp_path / "soiree.katalyze"
    assert main(["import", "participants", str(path), "--db", str(target), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and expected in captured.err
    assert "Traceback" not in captured.err


def test_cli_missing_file(tmp_path, capsys) -> None:
    target = tmp_path / "soiree.katalyze"
    code = main(["import", "participants", str(tmp_path / "absent.csv"), "--db", str(target)])
    assert code == 1 and "n'existe pas" in capsys.readouterr().err


def test_the_plan_shows_the_first_records_as_they_will_be_stored(db, shared_data) -> None:
    from katalyze.importing import import_projects as import_project_file

    import_project_file(db, shared_data / "projets.csv")
    plan = plan_import(db, [shared_data / "inscriptions_formulaire.csv"], "participants")
    assert 0 < len(plan.preview) <= 8
    first = plan.preview[0]
    assert first.outcome == "new"
    assert first.value("last_name") and "@" in first.value("email")
    # Wishes as project titles, the role as its label: what the event will hold.
    titles = {p.title for p in list_projects(db)}
    assert any(w in titles for row in plan.preview for w in row.value("wishes").split(", ") if w)
