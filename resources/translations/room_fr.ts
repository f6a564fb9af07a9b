<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DevicesModel</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu il y a</translation>
    </message>
    <message>
        <source>Items sent</source>
        <translation>Éléments envoyés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Table %1 (participants)</source>
        <translation>Table %1 (participants)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LinkCard</name>
    <message>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Revoke this link and make a new one (a lost phone)</source>
        <translation>Révoquer ce lien et en faire un nouveau (un téléphone perdu)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoked: phones with this link are refused. Press “New link” to hand out another.</source>
        <translation>Révoqué : les téléphones qui ont ce lien sont refusés. Appuyez sur « Nouveau lien » pour en donner un autre.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Room — phones at the tables, the door and the stage</source>
        <translation>Salle — les téléphones aux tables, à l&apos;accueil et sur scène</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>Tous les réseaux de cet ordinateur</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>This computer only (tests)</source>
        <translation>Cet ordinateur seulement (essais)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <source>Start the room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>The room is closed: phones cannot join.</source>
        <translation>La salle est fermée : les téléphones ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Connected devices (red: quiet for 30 s)</source>
        <translation>Appareils connectés (en rouge : silencieux depuis 30 s)</translation>
    </message>
    <message>
        <source>Opening the room…</source>
        <translation>Ouverture de la salle…</translation>
    </message>
    <message>
        <source>Stop the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>The room is open at %1 — hand out the QR codes: each opens its page, nothing to install.</source>
        <translation>La salle est ouverte à %1 — distribuez les QR codes : chacun ouvre sa page, rien à installer.</translation>
    </message>
    <message>
        <source>Table %1 — %2</source>
        <translation>Table %1 — %2</translation>
    </message>
    <message>
        <source>Participant links</source>
        <translation>Liens participants</translation>
    </message>
    <message>
        <source>Also one link per table for anyone seated there: add ideas and vote, nothing else</source>
        <translation>Aussi un lien par table pour toute personne qui y est assise : ajouter des idées et voter, rien d'autre</translation>
    </message>
    <message>
        <source>Table %1, participants</source>
        <translation>Table %1, participants</translation>
    </message>
    <message>
        <source>Door (check-in)</source>
        <translation>Accueil (arrivées)</translation>
    </message>
    <message>
        <source>Stage (read only)</source>
        <translation>Scène (lecture seule)</translation>
    </message>
</context>
</TS>
