<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>EventTab</name>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="138"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="140"/>
        <source>For example 14/03/2026, 14/3/26 or 2026-03-14. Leave empty if not set yet.</source>
        <translation>Par exemple 14/03/2026, 14/3/26 ou 2026-03-14. Laissez vide si elle n&apos;est pas encore fixée.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="146"/>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="147"/>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="163"/>
        <source>Save the event</source>
        <translation>Enregistrer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="184"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="185"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="186"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="192"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="196"/>
        <source>Double-click a label to rename it, a colour to change it. Badges and lists use these colours.</source>
        <translation>Double-cliquez sur un libellé pour le renommer, sur une couleur pour la changer. Les badges et les listes utilisent ces couleurs.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="221"/>
        <source>Add a role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="223"/>
        <source>Remove the role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="278"/>
        <source>The name, date or venue typed in Préparation › Event are not saved yet.</source>
        <translation>Le nom, la date ou le lieu saisis dans Préparation › Événement ne sont pas encore enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="309"/>
        <source>en_GB</source>
        <comment>locale used to spell out the event date</comment>
        <translation>fr_FR</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="383"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="391"/>
        <source>The event could not be saved</source>
        <translation>Impossible d&apos;enregistrer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="428"/>
        <source>The role could not be saved</source>
        <translation>Impossible d&apos;enregistrer le rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="441"/>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="450"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="462"/>
        <source>The role could not be removed</source>
        <translation>Impossible de supprimer le rôle</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="51"/>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="53"/>
        <source>Participant: %1</source>
        <translation>Participant : %1</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="59"/>
        <source>name@example.org</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="67"/>
        <source>(no role)</source>
        <translation>(sans rôle)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="70"/>
        <source>Agrees to share contact details with project holders</source>
        <translation>Accepte de partager ses coordonnées avec les porteurs de projet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="75"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="76"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="77"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="78"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="79"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="80"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="82"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="84"/>
        <source>Wishes, best first</source>
        <translation>Souhaits, par ordre de préférence</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="89"/>
        <source>Add a wish</source>
        <translation>Ajouter un souhait</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="97"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="101"/>
        <source>Stays at table</source>
        <translation>Reste à la table</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="102"/>
        <source>For project holders and table hosts.</source>
        <translation>Pour les porteurs de projet et les animateurs de table.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="106"/>
        <source>Can bring</source>
        <translation>Peut apporter</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="134"/>
        <source>Table %1 — %2</source>
        <translation>Table %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participant_dialog.py" line="153"/>
        <source>Choice %1</source>
        <translation>Choix %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="223"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="224"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="225"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="226"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="227"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="228"/>
        <source>Wishes (tables)</source>
        <translation>Souhaits (tables)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="229"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="230"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="243"/>
        <source>Cancelled</source>
        <translation>Annulé·e</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="245"/>
        <source>Arrived</source>
        <translation>Arrivé·e</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="247"/>
        <source>Walk-in</source>
        <translation>Inscrit·e à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_model.py" line="248"/>
        <source>Registered</source>
        <translation>Inscrit·e</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="69"/>
        <source>Search: name, organisation, e-mail…</source>
        <translation>Nom, structure, courriel…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="83"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="84"/>
        <source>Arrived</source>
        <translation>Arrivé·es</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="85"/>
        <source>Not arrived</source>
        <translation>Pas encore arrivé·es</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="86"/>
        <source>Cancelled</source>
        <translation>Annulé·es</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="93"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="95"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="97"/>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="100"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="103"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="105"/>
        <location filename="../../ui/preparation/participants_tab.py" line="330"/>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="107"/>
        <location filename="../../ui/preparation/participants_tab.py" line="114"/>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="109"/>
        <location filename="../../ui/preparation/participants_tab.py" line="116"/>
        <source>Redo</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="126"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="187"/>
        <source>Add a participant (Ctrl+Shift+N)</source>
        <translation>Ajouter un participant (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="189"/>
        <source>Edit the selected participant (Enter or double-click)</source>
        <translation>Modifier le participant sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="192"/>
        <source>Cancel the selected registrations, or restore them (Del)</source>
        <translation>Annuler les inscriptions sélectionnées, ou les rétablir (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="194"/>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="211"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Défaire : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="211"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Défaire (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="216"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Refaire : %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="218"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Refaire (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="228"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="236"/>
        <source>All organisations</source>
        <translation>Toutes les structures</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="419"/>
        <source>restore %1 registrations</source>
        <translation>rétablissement de %1 inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="421"/>
        <source>cancel %1 registrations</source>
        <translation>annulation de %1 inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="328"/>
        <source>Restore registration</source>
        <translation>Rétablir l&apos;inscription</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preparation/participants_tab.py" line="304"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preparation/participants_tab.py" line="305"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit·e</numerusform>
            <numerusform>%n inscrit·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preparation/participants_tab.py" line="306"/>
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n inscrit·e à l&apos;accueil</numerusform>
            <numerusform>%n inscrit·es à l&apos;accueil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preparation/participants_tab.py" line="311"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="388"/>
        <source>edit %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="425"/>
        <source>restore %1</source>
        <translation>rétablissement de %1</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="425"/>
        <source>cancel %1</source>
        <translation>annulation de %1</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/participants_tab.py" line="448"/>
        <source>The change could not be saved</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
</context>
<context>
    <name>PreparationImport</name>
    <message>
        <location filename="../../ui/preparation/common.py" line="27"/>
        <source>Import projects</source>
        <translation>Importer des projets</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/common.py" line="29"/>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/common.py" line="35"/>
        <source>CSV or Excel files (%1);;All files (*)</source>
        <translation>Fichiers CSV ou Excel (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/common.py" line="47"/>
        <source>Importing is not available in this version (%1).</source>
        <translation>L&apos;import n&apos;est pas disponible dans cette version (%1).</translation>
    </message>
</context>
<context>
    <name>PreparationScreen</name>
    <message>
        <location filename="../../ui/preparation/screen.py" line="34"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/screen.py" line="35"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/screen.py" line="36"/>
        <source>Projects and tables</source>
        <translation>Projets et tables</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/screen.py" line="37"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/screen.py" line="101"/>
        <source>The event could not be read</source>
        <translation>Impossible de lire l&apos;événement</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="39"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="41"/>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="48"/>
        <source>optional, e.g. “A” or “Terrace”</source>
        <translation>facultatif, par ex. « A » ou « Terrasse »</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="60"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="62"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="67"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="68"/>
        <source>Table number</source>
        <translation>Numéro de table</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="69"/>
        <source>Table name</source>
        <translation>Nom de la table</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="70"/>
        <source>Project holder</source>
        <translation>Porteur du projet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="71"/>
        <source>Lead organisation</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="72"/>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="73"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="74"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="76"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/project_dialog.py" line="84"/>
        <source>Other needs, in a few words</source>
        <translation>Autres besoins, en quelques mots</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="64"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="65"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="66"/>
        <source>Lead organisation</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="67"/>
        <source>Holder</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="68"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="69"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="123"/>
        <source>Add a project…</source>
        <translation>Ajouter un projet…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="126"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="128"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="130"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="177"/>
        <source>Projects: %1 · seats at most: %2</source>
        <translation>Projets : %1 · places au maximum : %2</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="241"/>
        <source>Delete a project</source>
        <translation>Supprimer un projet</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="243"/>
        <source>Delete the project “%1” (table %2)? The participants stay, but their wishes for this project are removed.</source>
        <translation>Supprimer le projet « %1 » (table %2) ? Les participants restent, mais leurs souhaits pour ce projet sont retirés.</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="253"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/projects_tab.py" line="265"/>
        <source>The project could not be deleted</source>
        <translation>Impossible de supprimer le projet</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="69"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="70"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="71"/>
        <source>Organisers&apos; team</source>
        <translation>Équipe organisatrice</translation>
    </message>
    <message>
        <location filename="../../ui/preparation/event_tab.py" line="91"/>
        <source>Double-click to change the colour (%1)</source>
        <translation>Double-cliquez pour changer la couleur (%1)</translation>
    </message>
</context>
</TS>
