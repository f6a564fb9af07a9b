<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>EventView</name>
        <message>
            <location filename="../../ui/event_view.py" line="51" />
            <source>Katalyze</source>
            <translation>Katalyze</translation>
        </message>
        <message>
            <location filename="../../ui/event_view.py" line="134" />
            <source>This screen could not be opened: %1</source>
            <translation>Impossible d'ouvrir cet écran : %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>&amp;New event…</source>
            <translation>&amp;Nouvel événement…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="100" />
            <source>&amp;Open an event…</source>
            <translation>&amp;Ouvrir un événement…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="104" />
            <source>Open the &amp;demo event</source>
            <translation>Ouvrir l'événement de &amp;démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="107" />
            <source>&amp;Close the event</source>
            <translation>&amp;Fermer l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>&amp;Settings</source>
            <translation>&amp;Réglages</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="116" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="133" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>&amp;About Katalyze</source>
            <translation>À &amp;propos de Katalyze</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>%1 — Katalyze</source>
            <translation>%1 — Katalyze</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="167" />
            <source>Katalyze</source>
            <translation>Katalyze</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>No event open</source>
            <translation>Aucun événement ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>Event not found</source>
            <translation>Événement introuvable</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="217" />
            <source>The file %1 no longer exists; it was removed from the list.</source>
            <translation>Le fichier %1 n'existe plus ; il a été retiré de la liste.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="226" />
            <source>event</source>
            <translation>evenement</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="229" />
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="231" />
            <location filename="../../ui/main_window.py" line="251" />
            <source>Katalyze events (*.katalyze);;All files (*)</source>
            <translation>Événements Katalyze (*.katalyze);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="249" />
            <source>Open an event</source>
            <translation>Ouvrir un événement</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>Building the demo event…</source>
            <translation>Construction de l'événement de démonstration…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="264" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="265" />
            <source>Demo event</source>
            <translation>Événement de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>The demo could not be built</source>
            <translation>Impossible de construire la démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="317" />
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="348" />
            <source>The event could not be opened</source>
            <translation>Impossible d'ouvrir l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="408" />
            <source>About Katalyze</source>
            <translation>À propos de Katalyze</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="410" />
            <source>&lt;p&gt;&lt;b&gt;Katalyze %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Runs a KatalyZe session: registrations, check-in with QR badges, seating at project tables, live notes and one action sheet per project.&lt;/p&gt;&lt;p&gt;Works offline on one laptop.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Katalyze %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Anime une session KatalyZe : inscriptions, accueil avec badges QR, placement aux tables projets, prise de notes en direct et une fiche action par projet.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne sur un seul ordinateur.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../ui/projector.py" line="20" />
            <source>Katalyze — projector</source>
            <translation>Katalyze — projection</translation>
        </message>
    </context>
    <context>
        <name>Screens</name>
        <message>
            <location filename="../../ui/screens.py" line="35" />
            <source>Preparation</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <location filename="../../ui/screens.py" line="39" />
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <location filename="../../ui/screens.py" line="40" />
            <source>Check-in</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../../ui/screens.py" line="41" />
            <source>Seating</source>
            <translation>Répartition</translation>
        </message>
        <message>
            <location filename="../../ui/screens.py" line="42" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../ui/screens.py" line="43" />
            <source>Wrap-up</source>
            <translation>Restitution</translation>
        </message>
    </context>
</TS>
