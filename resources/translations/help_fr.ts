<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help/about.py" line="16"/>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="17"/>
        <source>Qt for Python</source>
        <translation>Qt pour Python</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="18"/>
        <source>webcam (Qt Multimedia)</source>
        <translation>webcam (Qt Multimedia)</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="19"/>
        <source>runtime</source>
        <translation>exécution</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="20"/>
        <source>database, migrations</source>
        <translation>base de données, migrations</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="21"/>
        <source>table placement solver</source>
        <translation>solveur de la répartition aux tables</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="22"/>
        <source>placement matrices</source>
        <translation>matrices de la répartition</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="23"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="24"/>
        <source>images in PDF</source>
        <translation>images des PDF</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="25"/>
        <source>badge QR codes</source>
        <translation>codes QR des badges</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="26"/>
        <source>QR decoding</source>
        <translation>lecture des codes QR</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="27"/>
        <source>Excel files</source>
        <translation>fichiers Excel</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="28"/>
        <source>tolerant name search</source>
        <translation>recherche de noms tolérante</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="29"/>
        <source>CSV encodings</source>
        <translation>encodages des CSV</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="30"/>
        <source>data folder</source>
        <translation>dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="31"/>
        <source>message catalogues</source>
        <translation>catalogues de messages</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="34"/>
        <source>badges and PDF</source>
        <translation>badges et PDF</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="45"/>
        <source>About Katalyze</source>
        <translation>À propos de Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="55"/>
        <source>Runs a KatalyZe session: registrations, check-in with QR badges, seating at project tables, live notes and one action sheet per project. Works offline on one laptop.</source>
        <translation>Anime une soirée KatalyZe : inscriptions, accueil avec badges QR, placement aux tables des projets, prise de notes en direct et une fiche action par projet. Fonctionne sans réseau sur un seul ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="81"/>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="83"/>
        <source>Built with</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="84"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="84"/>
        <source>Used for</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="84"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/help/about.py" line="94"/>
        <source>Qt, PySide6 and FFmpeg are used under the GNU LGPL: their libraries are separate files in the application folder and can be replaced by other builds of the same version. The licence texts come with each component; the fonts&apos; licence is in resources/fonts/LICENSE-DejaVu.txt.</source>
        <translation>Qt, PySide6 et FFmpeg sont utilisés sous licence GNU LGPL : leurs bibliothèques sont des fichiers distincts dans le dossier de l&apos;application et peuvent être remplacées par d&apos;autres compilations de la même version. Les textes des licences accompagnent chaque composant ; celle des polices est dans resources/fonts/LICENSE-DejaVu.txt.</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <location filename="../../ui/help/quick_start.py" line="31"/>
        <source>Quick start — Katalyze</source>
        <translation>Démarrage rapide — Katalyze</translation>
    </message>
</context>
</TS>
