<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportedFilesModel</name>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="63"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="64"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="65"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="89"/>
        <source>Booklet: every action sheet</source>
        <translation>Livret : toutes les fiches action</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="91"/>
        <source>Workbook (Excel): all the data</source>
        <translation>Classeur Excel : toutes les données</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="93"/>
        <source>Actions (CSV)</source>
        <translation>Actions (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/files_model.py" line="95"/>
        <source>Action sheet, %1</source>
        <translation>Fiche action, %1</translation>
    </message>
</context>
<context>
    <name>RestitutionScreen</name>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="76"/>
        <source>Wrap-up: action sheets and workbook</source>
        <translation>Restitution : fiches action et classeur</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="80"/>
        <source>Export one action sheet per project (PDF), the booklet with every sheet, the Excel workbook and the CSV of actions. You can export at any moment, even during the evening: files are replaced only once complete.</source>
        <translation>Exportez une fiche action par projet (PDF), le livret qui les réunit toutes, le classeur Excel et le CSV des actions. Vous pouvez exporter à tout moment, même pendant la soirée : un fichier n&apos;est remplacé qu&apos;une fois complet.</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="93"/>
        <source>The evening</source>
        <translation>La soirée</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="103"/>
        <source>Registered</source>
        <translation>Inscrit·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="106"/>
        <source>Arrived</source>
        <translation>Arrivé·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="104"/>
        <source>Walk-ins</source>
        <translation>Inscrit·es à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="105"/>
        <source>Expected</source>
        <translation>Attendu·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="107"/>
        <source>Cancelled</source>
        <translation>Annulé·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="108"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="109"/>
        <source>Items captured</source>
        <translation>Éléments saisis</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="110"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="111"/>
        <source>  to do</source>
        <translation>  à faire</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="112"/>
        <source>  in progress</source>
        <translation>  en cours</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="113"/>
        <source>  done</source>
        <translation>  faites</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="114"/>
        <source>  dropped</source>
        <translation>  abandonnées</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="115"/>
        <source>Actions without a responsible</source>
        <translation>Actions sans responsable</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="116"/>
        <source>Actions without a due date</source>
        <translation>Actions sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="135"/>
        <source>Output folder:</source>
        <translation>Dossier d&apos;export :</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="139"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="146"/>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="149"/>
        <source>Export everything (Ctrl+E)</source>
        <translation>Tout exporter (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="151"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="171"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="191"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="193"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="286"/>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="297"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="315"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restitution/restitution_screen.py" line="332"/>
        <source>%n file(s) written in %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="346"/>
        <source>Export cancelled. Files already complete were kept; none is half-written.</source>
        <translation>Export annulé. Les fichiers déjà terminés sont conservés ; aucun n&apos;est à moitié écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="364"/>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/restitution/__init__.py" line="8"/>
        <source>Wrap-up</source>
        <translation>Restitution</translation>
    </message>
</context>
</TS>
