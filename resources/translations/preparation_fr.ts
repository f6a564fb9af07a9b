<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>EventTab</name>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="133" />
            <source>Date set</source>
            <translation>Date fixée</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="140" />
            <source>Save the event</source>
            <translation>Enregistrer l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="155" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="156" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="157" />
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="163" />
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="167" />
            <source>Double-click a label to rename it, a colour to change it. Badges and lists use these colours.</source>
            <translation>Double-cliquez sur un libellé pour le renommer, sur une couleur pour la changer. Les badges et les listes utilisent ces couleurs.</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="192" />
            <source>Add a role</source>
            <translation>Ajouter un rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="194" />
            <source>Remove the role</source>
            <translation>Supprimer le rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="246" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="252" />
            <source>The event could not be saved</source>
            <translation>Impossible d'enregistrer l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="286" />
            <source>The role could not be saved</source>
            <translation>Impossible d'enregistrer le rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="299" />
            <source>Colour of “%1”</source>
            <translation>Couleur de « %1 »</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="308" />
            <source>New role</source>
            <translation>Nouveau rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="320" />
            <source>The role could not be removed</source>
            <translation>Impossible de supprimer le rôle</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="53" />
            <source>New participant</source>
            <translation>Nouveau participant</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="55" />
            <source>Participant: %1</source>
            <translation>Participant : %1</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="61" />
            <source>name@example.org</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="69" />
            <source>(no role)</source>
            <translation>(sans rôle)</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="72" />
            <source>Agrees to share contact details with project holders</source>
            <translation>Accepte de partager ses coordonnées avec les porteurs de projet</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="77" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="78" />
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="79" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="80" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="81" />
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="82" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="84" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="86" />
            <source>Wishes, best first</source>
            <translation>Souhaits, par ordre de préférence</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="91" />
            <source>Add a wish</source>
            <translation>Ajouter un souhait</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="99" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="103" />
            <source>Stays at table</source>
            <translation>Reste à la table</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="104" />
            <source>For project holders and table hosts.</source>
            <translation>Pour les porteurs de projet et les animateurs de table.</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="108" />
            <source>Can bring</source>
            <translation>Peut apporter</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="150" />
            <source>Table %1 — %2</source>
            <translation>Table %1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participant_dialog.py" line="169" />
            <source>Choice %1</source>
            <translation>Choix %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="206" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="207" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="208" />
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="209" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="210" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="211" />
            <source>Wishes (tables)</source>
            <translation>Souhaits (tables)</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="212" />
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="213" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="226" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="228" />
            <source>Arrived</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="230" />
            <source>Walk-in</source>
            <translation>Sur place</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_model.py" line="231" />
            <source>Registered</source>
            <translation>Inscrit</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="66" />
            <source>Search: name, organisation, e-mail…</source>
            <translation>Rechercher : nom, structure, courriel…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="80" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="81" />
            <source>Arrived</source>
            <translation>Arrivés</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="82" />
            <source>Not arrived</source>
            <translation>Pas encore arrivés</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="83" />
            <source>Cancelled</source>
            <translation>Annulés</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="90" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="92" />
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="94" />
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="97" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="100" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="102" />
            <location filename="../../ui/preparation/participants_tab.py" line="300" />
            <source>Cancel registration</source>
            <translation>Annuler l'inscription</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="104" />
            <location filename="../../ui/preparation/participants_tab.py" line="111" />
            <source>Undo</source>
            <translation>Défaire</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="106" />
            <location filename="../../ui/preparation/participants_tab.py" line="113" />
            <source>Redo</source>
            <translation>Refaire</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="121" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="198" />
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="206" />
            <source>All organisations</source>
            <translation>Toutes les structures</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="277" />
            <source>Participants: %1 · cancelled: %2 · arrived: %3</source>
            <translation>Participants : %1 · annulés : %2 · arrivés : %3</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="284" />
            <source>shown: %1</source>
            <translation>affichés : %1</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="387" />
            <source>restore %1 registrations</source>
            <translation>rétablissement de %1 inscriptions</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="389" />
            <source>cancel %1 registrations</source>
            <translation>annulation de %1 inscriptions</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="298" />
            <source>Restore registration</source>
            <translation>Rétablir l'inscription</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="358" />
            <source>edit %1</source>
            <translation>modification de %1</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="393" />
            <source>restore %1</source>
            <translation>rétablissement de %1</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="393" />
            <source>cancel %1</source>
            <translation>annulation de %1</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/participants_tab.py" line="404" />
            <source>The change could not be saved</source>
            <translation>Impossible d'enregistrer la modification</translation>
        </message>
    </context>
    <context>
        <name>PreparationImport</name>
        <message>
            <location filename="../../ui/preparation/common.py" line="27" />
            <source>Import projects</source>
            <translation>Importer des projets</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/common.py" line="29" />
            <source>Import registrations</source>
            <translation>Importer des inscriptions</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/common.py" line="35" />
            <source>CSV or Excel files (%1);;All files (*)</source>
            <translation>Fichiers CSV ou Excel (%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/common.py" line="47" />
            <source>Importing is not available in this version (%1).</source>
            <translation>L'import n'est pas disponible dans cette version (%1).</translation>
        </message>
    </context>
    <context>
        <name>PreparationScreen</name>
        <message>
            <location filename="../../ui/preparation/screen.py" line="34" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/screen.py" line="35" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/screen.py" line="36" />
            <source>Projects and tables</source>
            <translation>Projets et tables</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/screen.py" line="37" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/screen.py" line="101" />
            <source>The event could not be read</source>
            <translation>Impossible de lire l'événement</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="41" />
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="43" />
            <source>Project: %1</source>
            <translation>Projet : %1</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="50" />
            <source>optional, e.g. “A” or “Terrace”</source>
            <translation>facultatif, par ex. « A » ou « Terrasse »</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="62" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="64" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="69" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="70" />
            <source>Table number</source>
            <translation>Numéro de table</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="71" />
            <source>Table name</source>
            <translation>Nom de la table</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="72" />
            <source>Project holder</source>
            <translation>Porteur du projet</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="73" />
            <source>Lead organisation</source>
            <translation>Structure porteuse</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="74" />
            <source>Theme</source>
            <translation>Thématique</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="75" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="76" />
            <source>Seats</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="78" />
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/project_dialog.py" line="86" />
            <source>Other needs, in a few words</source>
            <translation>Autres besoins, en quelques mots</translation>
        </message>
    </context>
    <context>
        <name>ProjectsModel</name>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="81" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="82" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="83" />
            <source>Lead organisation</source>
            <translation>Structure porteuse</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="84" />
            <source>Holder</source>
            <translation>Porteur</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="85" />
            <source>Needs</source>
            <translation>Besoins</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="86" />
            <source>Seats</source>
            <translation>Places</translation>
        </message>
    </context>
    <context>
        <name>ProjectsTab</name>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="140" />
            <source>Add a project…</source>
            <translation>Ajouter un projet…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="143" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="145" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="147" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="194" />
            <source>Projects: %1 · seats at most: %2</source>
            <translation>Projets : %1 · places au maximum : %2</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="258" />
            <source>Delete a project</source>
            <translation>Supprimer un projet</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="260" />
            <source>Delete the project “%1” (table %2)? The participants stay, but their wishes for this project are removed.</source>
            <translation>Supprimer le projet « %1 » (table %2) ? Les participants restent, mais leurs souhaits pour ce projet sont retirés.</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="270" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/projects_tab.py" line="282" />
            <source>The project could not be deleted</source>
            <translation>Impossible de supprimer le projet</translation>
        </message>
    </context>
    <context>
        <name>RolesModel</name>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="77" />
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="78" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="79" />
            <source>Organisers' team</source>
            <translation>Équipe organisatrice</translation>
        </message>
        <message>
            <location filename="../../ui/preparation/event_tab.py" line="99" />
            <source>Double-click to change the colour (%1)</source>
            <translation>Double-cliquez pour changer la couleur (%1)</translation>
        </message>
    </context>
</TS>
