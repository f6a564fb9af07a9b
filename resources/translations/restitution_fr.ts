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
        <location filename="../../ui/restitution/restitution_screen.py" line="71"/>
        <source>Wrap-up: action sheets and workbook</source>
        <translation>Restitution : fiches action et classeur</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="75"/>
        <source>Export one action sheet per project (PDF), the booklet with every sheet, the Excel workbook and the CSV of actions. You can export at any moment, even during the evening: files are replaced only once complete.</source>
        <translation>Exportez une fiche action par projet (PDF), le livret qui les réunit toutes, le classeur Excel et le CSV des actions. Vous pouvez exporter à tout moment, même pendant la soirée : un fichier n'est remplacé qu'une fois complet.</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="88"/>
        <source>The evening</source>
        <translation>La soirée</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="92"/>
        <source>Registered</source>
        <translation>Inscrit·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="93"/>
        <source>Arrived</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="94"/>
        <source>Walk-ins</source>
        <translation>Venu·es sans inscription</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="95"/>
        <source>Cancelled</source>
        <translation>Annulé·es</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="96"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="97"/>
        <source>Items captured</source>
        <translation>Éléments saisis</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="98"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="99"/>
        <source>  to do</source>
        <translation>  à faire</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="100"/>
        <source>  in progress</source>
        <translation>  en cours</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="101"/>
        <source>  done</source>
        <translation>  faites</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="102"/>
        <source>  dropped</source>
        <translation>  abandonnées</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="103"/>
        <source>Actions without a responsible</source>
        <translation>Actions sans responsable</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="104"/>
        <source>Actions without a due date</source>
        <translation>Actions sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="123"/>
        <source>Output folder:</source>
        <translation>Dossier d'export :</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="127"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="134"/>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="137"/>
        <source>Export everything (Ctrl+E)</source>
        <translation>Tout exporter (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="139"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="159"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="179"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="181"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="269"/>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="280"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="298"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/restitution/restitution_screen.py" line="315"/>
        <source>%n file(s) written in %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="329"/>
        <source>Export cancelled. Files already complete were kept; none is half-written.</source>
        <translation>Export annulé. Les fichiers déjà terminés sont conservés ; aucun n'est à moitié écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="347"/>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <location filename="../../ui/restitution/restitution_screen.py" line="369"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n'a pu ouvrir %1.</translation>
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
