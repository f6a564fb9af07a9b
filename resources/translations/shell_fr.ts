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
        <location filename="../../ui/event_view.py" line="145"/>
        <source>This screen could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir cet écran : %1</translation>
    </message>
    <message>
        <location filename="../../ui/event_view.py" line="121"/>
        <source>Opening %1…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Open an event…</source>
        <translation>&amp;Ouvrir un événement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Open the &amp;demo event</source>
        <translation>Ouvrir l&apos;événement de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>New &amp;session from…</source>
        <translation>Nouvelle &amp;session à partir de…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Close the event</source>
        <translation>&amp;Fermer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <location filename="../../ui/self_check.py" line="34"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Quick start (door and tables)</source>
        <translation>&amp;Démarrage rapide (accueil et tables)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;About Katalyze</source>
        <translation>À &amp;propos de Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>%1 — Katalyze</source>
        <translation>%1 — Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Katalyze</source>
        <translation>Katalyze</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>No event open</source>
        <translation>Aucun événement ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Event not found</source>
        <translation>Événement introuvable</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>The file %1 no longer exists; it was removed from the list.</source>
        <translation>Le fichier %1 n&apos;existe plus ; il a été retiré de la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Katalyze events (*.katalyze);;All files (*)</source>
        <translation>Événements Katalyze (*.katalyze);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Building the demo event…</source>
        <translation>Construction de l&apos;événement de démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Demo event</source>
        <translation>Événement de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397"/>
        <source>The demo could not be built</source>
        <translation>Impossible de construire la démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>Server password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>The server %1 asks for the password of “%2”.</source>
        <translation>Le serveur %1 demande le mot de passe de « %2 ».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>The event could not be opened</source>
        <translation>Impossible d&apos;ouvrir l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>About this event file</source>
        <translation>À propos de ce fichier d&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Check-in: answer shown for…</source>
        <translation>Accueil : durée d&apos;affichage d&apos;une réponse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Seconds an answer stays on screen before “Ready” comes back:</source>
        <translation>Secondes pendant lesquelles une réponse reste affichée avant le retour à « Prêt » :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Room &amp;panel: phones at the tables, door, stage…</source>
        <translation>&amp;Panneau de la salle : téléphones aux tables, accueil, scène…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>“Find your table”: seconds per page…</source>
        <translation>« Trouvez votre table » : secondes par page…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Find your table</source>
        <translation>Trouvez votre table</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <source>Seconds each page stays on the projector:</source>
        <translation>Secondes d’affichage de chaque page au projecteur :</translation>
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
    <message>
        <location filename="../../ui/screens.py" line="61"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../ui/self_check.py" line="41"/>
        <source>French translations not loaded (%1 files)</source>
        <translation>traductions françaises non chargées (%1 fichiers)</translation>
    </message>
    <message>
        <location filename="../../ui/self_check.py" line="47"/>
        <source>the application icon does not render</source>
        <translation>l&apos;icône de l&apos;application ne s&apos;affiche pas</translation>
    </message>
    <message>
        <location filename="../../ui/self_check.py" line="51"/>
        <source>style sheet missing: %1</source>
        <translation>feuille de style absente : %1</translation>
    </message>
    <message>
        <location filename="../../ui/self_check.py" line="59"/>
        <source>%1 translation files, icon, style sheet, QtMultimedia</source>
        <translation>%1 fichiers de traduction, icône, feuille de style, QtMultimedia</translation>
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
</TS>
