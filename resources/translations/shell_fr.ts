<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttendanceWords</name>
    <message numerus="yes">
        <location filename="../../ui/attendance_words.py" line="16"/>
        <source>%n arrived</source>
        <translation>
            <numerusform>%n arrivé·e</numerusform>
            <numerusform>%n arrivé·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendance_words.py" line="16"/>
        <source>of %n expected</source>
        <translation>
            <numerusform>sur %n attendu·e</numerusform>
            <numerusform>sur %n attendu·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/attendance_words.py" line="20"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé·e</numerusform>
            <numerusform>%n annulé·es</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <location filename="../../ui/event_view.py" line="51"/>
        <source>Katalyze</source>
        <translation>Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/event_view.py" line="121"/>
        <source>Opening %1…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <location filename="../../ui/event_view.py" line="145"/>
        <source>This screen could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir cet écran : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Open an event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Close the event</source>
        <translation>&amp;Fermer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>“Find your table”: seconds per page…</source>
        <translation>« Trouvez votre table » : secondes par page…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;About Katalyze</source>
        <translation>À &amp;propos de Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>%1 — Katalyze</source>
        <translation>%1 — Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Katalyze</source>
        <translation>Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>No event open</source>
        <translation>Aucun événement ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Event not found</source>
        <translation>Événement introuvable</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>Le fichier %1 n&apos;existe plus ; il a été retiré de la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Katalyze events (*.katalyze);;All files (*)</source>
        <translation>Événements Katalyze (*.katalyze);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Building the demo event…</source>
        <translation>Construction de l&apos;événement de démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Demo event</source>
        <translation>Événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>The demo could not be built</source>
        <translation>Impossible de construire la démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="403"/>
        <source>The event could not be opened</source>
        <translation>Impossible d&apos;ouvrir l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>Find your table</source>
        <translation>Trouvez votre table</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Seconds each page stays on the projector:</source>
        <translation>Secondes d’affichage de chaque page au projecteur :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>About Katalyze</source>
        <translation>À propos de Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>&lt;p&gt;&lt;b&gt;Katalyze %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runs a KatalyZe session: registrations, check-in with QR badges, seating at project tables, live notes and one action sheet per project.&lt;/p&gt;&lt;p&gt;Works offline on one laptop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Katalyze %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Anime une session KatalyZe : inscriptions, accueil avec badges QR, placement aux tables projets, prise de notes en direct et une fiche action par projet.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne sur un seul ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="20"/>
        <source>Katalyze — projector</source>
        <translation>Katalyze — projection</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/screens.py" line="35"/>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="40"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="43"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="47"/>
        <source>Seating</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="52"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/screens.py" line="56"/>
        <source>Wrap-up</source>
        <translation>Restitution</translation>
    </message>
</context>
<context>
    <name>UnsavedEdits</name>
    <message>
        <location filename="../../ui/unsaved.py" line="62"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="63"/>
        <source>Save the changes to the event?</source>
        <translation>Enregistrer les modifications de l&apos;événement ?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="76"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="78"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="79"/>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="122"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>_Runner</name>
    <message>
        <location filename="../../ui/worker.py" line="111"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
</TS>
