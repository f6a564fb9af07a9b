<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtelierCommands</name>
    <message>
        <location filename="../../ui/atelier/commands.py" line="50"/>
        <source>add “%1”</source>
        <translation>ajout de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="90"/>
        <source>edit “%1”</source>
        <translation>modification de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="113"/>
        <source>delete “%1”</source>
        <translation>suppression de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="137"/>
        <source>move “%1”</source>
        <translation>déplacement de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="178"/>
        <source>vote for “%1”</source>
        <translation>vote pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="180"/>
        <source>remove a vote from “%1”</source>
        <translation>retrait d&apos;un vote pour « %1 »</translation>
    </message>
</context>
<context>
    <name>AtelierModels</name>
    <message>
        <location filename="../../ui/atelier/models.py" line="30"/>
        <location filename="../../ui/atelier/models.py" line="373"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="31"/>
        <location filename="../../ui/atelier/models.py" line="374"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="32"/>
        <source>Resources offered</source>
        <translation>Ressources proposées</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="33"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="34"/>
        <location filename="../../ui/atelier/models.py" line="377"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="35"/>
        <source>Questions / obstacles</source>
        <translation>Questions / obstacles</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="66"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="67"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="68"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="69"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="70"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="231"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="241"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="256"/>
        <source>Linked to: %1</source>
        <translation>Lié à : %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="263"/>
        <source>No one is responsible for this action yet.</source>
        <translation>Personne n&apos;est encore responsable de cette action.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="269"/>
        <source>This action has no due date yet.</source>
        <translation>Cette action n&apos;a pas encore d&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="272"/>
        <source>F2: edit · Del: delete · Alt+↑/↓: move · +: vote</source>
        <translation>F2 : modifier · Suppr : supprimer · Alt+↑/↓ : déplacer · + : voter</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="285"/>
        <source>Name / organisation</source>
        <translation>Nom / structure</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="286"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="350"/>
        <source>Not checked in</source>
        <translation>Pas encore arrivé·e</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="370"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="371"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="372"/>
        <source>Seated</source>
        <translation>Placés</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="375"/>
        <source>Offers</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="376"/>
        <source>Commit.</source>
        <translation>Engag.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="378"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="379"/>
        <source>Incomplete actions</source>
        <translation>Actions incomplètes</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="380"/>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="459"/>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="461"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="464"/>
        <source>missing:</source>
        <translation>il manque :</translation>
    </message>
</context>
<context>
    <name>AtelierScreen</name>
    <message>
        <location filename="../../ui/atelier/screen.py" line="25"/>
        <source>Table capture</source>
        <translation>Prise de notes</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/screen.py" line="26"/>
        <source>All tables</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/screen.py" line="27"/>
        <source>Round timer</source>
        <translation>Minuteur</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="46"/>
        <source>Round </source>
        <translation>Tour </translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="48"/>
        <source>Lock this laptop to this table</source>
        <translation>Garder ce poste sur cette table</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="51"/>
        <source>A scribe&apos;s laptop stays on its table, even after a restart</source>
        <translation>Le poste d&apos;un secrétaire reste sur sa table, même après un redémarrage</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="56"/>
        <location filename="../../ui/atelier/capture_layout.py" line="70"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="60"/>
        <location filename="../../ui/atelier/capture_layout.py" line="73"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="86"/>
        <source>Table:</source>
        <translation>Table :</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="163"/>
        <source>Synthesis of the table (F6 to reach it)</source>
        <translation>Synthèse de la table (F6 pour y aller)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="170"/>
        <source>What the table concluded this round: where the project stands, what it needs most, who will follow up… Saved as you type.</source>
        <translation>Ce que la table retient de ce tour : où en est le projet, ce dont il a le plus besoin, qui assure le suivi… Enregistré au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="140"/>
        <source>This laptop is locked to its table: untick “Lock this laptop to this table” first.</source>
        <translation>Ce poste est gardé sur sa table : décochez d&apos;abord « Garder ce poste sur cette table ».</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="196"/>
        <source>Table %1 — %2</source>
        <translation>Table %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="213"/>
        <source>No table yet: create the projects in Preparation first.</source>
        <translation>Aucune table pour l&apos;instant : créez d&apos;abord les projets dans Préparation.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="255"/>
        <source>holder: %1</source>
        <translation>porteur : %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="259"/>
        <source>round %1 of %2</source>
        <translation>tour %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="267"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="271"/>
        <location filename="../../ui/atelier/capture_panel.py" line="442"/>
        <source>Seated this round (%1)</source>
        <translation>Placés à ce tour (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="273"/>
        <source>Nobody is seated here this round yet (placement not done)</source>
        <translation>Personne n&apos;est encore placé ici pour ce tour (répartition à faire)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="293"/>
        <source>Everything is saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/item_actions.py" line="29"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/item_actions.py" line="62"/>
        <source>Type the item&apos;s text first.</source>
        <translation>Tapez d&apos;abord le texte de l&apos;élément.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="357"/>
        <location filename="../../ui/atelier/capture_panel.py" line="377"/>
        <source>Typing…</source>
        <translation>Saisie…</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/item_actions.py" line="130"/>
        <source>Votes are for ideas only.</source>
        <translation>On ne vote que pour les idées.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="419"/>
        <source>Locked: untick “Lock this laptop to this table” to change</source>
        <translation>Gardé : décochez « Garder ce poste sur cette table » pour changer</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="463"/>
        <source>✓ Saved at %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="165"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="166"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="167"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="168"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="169"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="170"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="178"/>
        <source>%1 — Alt+%2, or start the line with “%3”</source>
        <translation>%1 — Alt+%2, ou commencez la ligne par « %3 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="187"/>
        <source>Alt+1…6 or i: b: r: e: a: q:</source>
        <translation>Alt+1…6 ou i: b: r: e: a: q:</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="211"/>
        <source>Type an item, then Enter — e.g. “a: @marie call the town hall !15/05”</source>
        <translation>Tapez un élément puis Entrée — ex. « a: @marie appeler la mairie !15/05 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="224"/>
        <source>who (name or free text)</source>
        <translation>qui (nom ou texte libre)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="226"/>
        <source>The author of the item, or the person responsible for an action</source>
        <translation>L&apos;auteur de l&apos;élément, ou le responsable d&apos;une action</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="237"/>
        <source>Category of a need (or #category in the line)</source>
        <translation>Catégorie d&apos;un besoin (ou #catégorie dans la ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="239"/>
        <source>due dd/mm</source>
        <translation>échéance jj/mm</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="240"/>
        <source>Due date of an action: 15/05, 15/05/2027 or 2027-05-15</source>
        <translation>Échéance d&apos;une action : 15/05, 15/05/2027 ou 2027-05-15</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="246"/>
        <source>Status of an action</source>
        <translation>Statut d&apos;une action</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="253"/>
        <location filename="../../ui/atelier/entry_bar.py" line="373"/>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="373"/>
        <source>Responsible:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="382"/>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="383"/>
        <source>need — b:financement or #lieu</source>
        <translation>besoin — b:financement ou #lieu</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="384"/>
        <source>resource offered</source>
        <translation>ressource proposée</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="385"/>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="386"/>
        <source>action — @name owner, !15/05 due date</source>
        <translation>action — @nom responsable, !15/05 échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="387"/>
        <source>question or obstacle</source>
        <translation>question ou obstacle</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="399"/>
        <source>@ + part of a name links a person · Enter adds · ↓ the list · F2 edits · Del deletes · + votes · Ctrl+Z undoes</source>
        <translation>@ + début d’un nom relie une personne · Entrée ajoute · ↓ la liste · F2 modifie · Suppr efface · + vote · Ctrl+Z annule</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="414"/>
        <source>responsible: %1</source>
        <translation>responsable : %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="416"/>
        <source>no responsible yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="419"/>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="421"/>
        <source>no due date yet</source>
        <translation>pas encore d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="440"/>
        <source>Editing: “%1” — Enter saves, Esc cancels</source>
        <translation>Modification de « %1 » — Entrée enregistre, Échap annule</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/atelier/overview.py" line="37"/>
        <source>All rounds</source>
        <translation>Tous les tours</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="39"/>
        <location filename="../../ui/atelier/overview.py" line="117"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="42"/>
        <source>Open this table</source>
        <translation>Ouvrir cette table</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="77"/>
        <source>Actions to complete at the selected table</source>
        <translation>Actions à compléter à la table choisie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/atelier/overview.py" line="145"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/atelier/overview.py" line="145"/>
        <source>at %n table(s)</source>
        <translation>
            <numerusform>sur %n table</numerusform>
            <numerusform>sur %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/atelier/overview.py" line="146"/>
        <source>%n action(s) to complete</source>
        <translation>
            <numerusform>%n action à compléter</numerusform>
            <numerusform>%n actions à compléter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/atelier/overview.py" line="147"/>
        <source>%n table(s) with nothing yet</source>
        <translation>
            <numerusform>%n table sans rien encore</numerusform>
            <numerusform>%n tables sans rien encore</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="183"/>
        <source>Actions to complete at table %1</source>
        <translation>Actions à compléter à la table %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="188"/>
        <source>no responsible</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="190"/>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="194"/>
        <source>Every open action has a responsible and a due date.</source>
        <translation>Chaque action en cours a un responsable et une échéance.</translation>
    </message>
</context>
</TS>
