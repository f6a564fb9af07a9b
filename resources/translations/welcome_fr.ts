<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>WelcomeScreen</name>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="66" />
            <source>Katalyze</source>
            <translation>Katalyze</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="70" />
            <source>Run a KatalyZe session: registrations, check-in, tables, live notes and action sheets.</source>
            <translation>Animez une session KatalyZe : inscriptions, accueil, tables, notes en direct et fiches actions.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="77" />
            <source>New event…</source>
            <translation>Nouvel événement…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="79" />
            <source>Open an event file…</source>
            <translation>Ouvrir un fichier d'événement…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="82" />
            <source>Open the demo event</source>
            <translation>Ouvrir l'événement de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="85" />
            <source>New session from…</source>
            <translation>Nouvelle session à partir de…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="91" />
            <source>Recent events</source>
            <translation>Événements récents</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="100" />
            <source>No recent event yet.</source>
            <translation>Aucun événement récent pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="106" />
            <source>Double-click an event to open it.</source>
            <translation>Double-cliquez sur un événement pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome/welcome_screen.py" line="115" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
    </context>
</TS>
