<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtelierCommands</name>
    <message>
        <location filename="../../ui/atelier/commands.py" line="50" />
        <source>add “%1”</source>
        <translation>ajout de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="90" />
        <source>edit “%1”</source>
        <translation>modification de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="113" />
        <source>delete “%1”</source>
        <translation>suppression de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="137" />
        <source>move “%1”</source>
        <translation>déplacement de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="178" />
        <source>vote for “%1”</source>
        <translation>vote pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/commands.py" line="180" />
        <source>remove a vote from “%1”</source>
        <translation>retrait d'un vote pour « %1 »</translation>
    </message>
</context>
<context>
    <name>AtelierModels</name>
    <message>
        <location filename="../../ui/atelier/models.py" line="30" />
        <location filename="../../ui/atelier/models.py" line="373" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="31" />
        <location filename="../../ui/atelier/models.py" line="374" />
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="32" />
        <source>Resources offered</source>
        <translation>Ressources proposées</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="33" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="34" />
        <location filename="../../ui/atelier/models.py" line="377" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="35" />
        <source>Questions / obstacles</source>
        <translation>Questions / obstacles</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="66" />
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="67" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="68" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="69" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="70" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="231" />
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="241" />
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="256" />
        <source>Linked to: %1</source>
        <translation>Lié à : %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="263" />
        <source>No one is responsible for this action yet.</source>
        <translation>Personne n'est encore responsable de cette action.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="269" />
        <source>This action has no due date yet.</source>
        <translation>Cette action n'a pas encore d'échéance.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="272" />
        <source>F2: edit · Del: delete · Alt+↑/↓: move · +: vote</source>
        <translation>F2 : modifier · Suppr : supprimer · Alt+↑/↓ : déplacer · + : voter</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="285" />
        <source>Name / organisation</source>
        <translation>Nom / structure</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="286" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="350" />
        <source>Not checked in</source>
        <translation>Pas encore arrivé·e</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="370" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="371" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="372" />
        <source>Seated</source>
        <translation>Placés</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="375" />
        <source>Offers</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="376" />
        <source>Commit.</source>
        <translation>Engag.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="378" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="379" />
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="380" />
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="459" />
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="461" />
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/models.py" line="464" />
        <source>missing:</source>
        <translation>il manque :</translation>
    </message>
</context>
<context>
    <name>AtelierScreen</name>
    <message>
        <location filename="../../ui/atelier/screen.py" line="25" />
        <source>Table capture</source>
        <translation>Prise de notes</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/screen.py" line="26" />
        <source>All tables</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/screen.py" line="27" />
        <source>Round timer</source>
        <translation>Minuteur</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="46" />
        <source>Round </source>
        <translation>Tour </translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="48" />
        <source>Lock this laptop to this table</source>
        <translation>Garder ce poste sur cette table</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="51" />
        <source>A scribe's laptop stays on its table, even after a restart</source>
        <translation>Le poste d'un secrétaire reste sur sa table, même après un redémarrage</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="56" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="60" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="77" />
        <source>Table:</source>
        <translation>Table :</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="154" />
        <source>Synthesis of the table (F6 to reach it)</source>
        <translation>Synthèse de la table (F6 pour y aller)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_layout.py" line="161" />
        <source>What the table concluded this round: where the project stands, what it needs most, who will follow up… Saved as you type.</source>
        <translation>Ce que la table retient de ce tour : où en est le projet, ce dont il a le plus besoin, qui assure le suivi… Enregistré au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="133" />
        <source>This laptop is locked to its table: untick “Lock this laptop to this table” first.</source>
        <translation>Ce poste est gardé sur sa table : décochez d'abord « Garder ce poste sur cette table ».</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="189" />
        <source>Table %1 — %2</source>
        <translation>Table %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="206" />
        <source>No table yet: create the projects in Preparation first.</source>
        <translation>Aucune table pour l'instant : créez d'abord les projets dans Préparation.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="248" />
        <source>holder: %1</source>
        <translation>porteur : %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="252" />
        <source>round %1 of %2</source>
        <translation>tour %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="260" />
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="264" />
        <location filename="../../ui/atelier/capture_panel.py" line="424" />
        <source>Seated this round (%1)</source>
        <translation>Placés à ce tour (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="266" />
        <source>Nobody is seated here this round yet (placement not done)</source>
        <translation>Personne n'est encore placé ici pour ce tour (répartition à faire)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="285" />
        <source>Everything is saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/item_actions.py" line="29" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/item_actions.py" line="62" />
        <source>Type the item's text first.</source>
        <translation>Tapez d'abord le texte de l'élément.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="344" />
        <location filename="../../ui/atelier/capture_panel.py" line="364" />
        <source>Typing…</source>
        <translation>Saisie…</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/item_actions.py" line="130" />
        <source>Votes are for ideas only.</source>
        <translation>On ne vote que pour les idées.</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="406" />
        <source>Locked: untick “Lock this laptop to this table” to change</source>
        <translation>Gardé : décochez « Garder ce poste sur cette table » pour changer</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/capture_panel.py" line="445" />
        <source>✓ Saved at %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="162" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="163" />
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="164" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="165" />
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="166" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="167" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="175" />
        <source>%1 — Alt+%2, or start the line with “%3”</source>
        <translation>%1 — Alt+%2, ou commencez la ligne par « %3 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="184" />
        <source>Alt+1…6 or i: b: r: e: a: q:</source>
        <translation>Alt+1…6 ou i: b: r: e: a: q:</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="208" />
        <source>Type an item, then Enter — e.g. “a: @marie call the town hall !15/05”</source>
        <translation>Tapez un élément puis Entrée — ex. « a: @marie appeler la mairie !15/05 »</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="221" />
        <source>who (name or free text)</source>
        <translation>qui (nom ou texte libre)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="223" />
        <source>The author of the item, or the person responsible for an action</source>
        <translation>L'auteur de l'élément, ou le responsable d'une action</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="234" />
        <source>Category of a need (or #category in the line)</source>
        <translation>Catégorie d'un besoin (ou #catégorie dans la ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="236" />
        <source>due dd/mm</source>
        <translation>échéance jj/mm</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="237" />
        <source>Due date of an action: 15/05, 15/05/2027 or 2027-05-15</source>
        <translation>Échéance d'une action : 15/05, 15/05/2027 ou 2027-05-15</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="243" />
        <source>Status of an action</source>
        <translation>Statut d'une action</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="249" />
        <location filename="../../ui/atelier/entry_bar.py" line="337" />
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="337" />
        <source>Responsible:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="347" />
        <source>&lt;b&gt;i:&lt;/b&gt; idea · &lt;b&gt;b:&lt;/b&gt; need (&lt;b&gt;b:financement&lt;/b&gt; or &lt;b&gt;#lieu&lt;/b&gt;) · &lt;b&gt;r:&lt;/b&gt; resource · &lt;b&gt;e:&lt;/b&gt; commitment · &lt;b&gt;a:&lt;/b&gt; action (&lt;b&gt;@name&lt;/b&gt; responsible, &lt;b&gt;!15/05&lt;/b&gt; due) · &lt;b&gt;q:&lt;/b&gt; question — &lt;b&gt;@&lt;/b&gt;part of a name links a person · Enter adds · ↓ list · F2 edit · Del delete · Alt+↑/↓ move · + vote · Ctrl+Z undo</source>
        <translation>&lt;b&gt;i:&lt;/b&gt; idée · &lt;b&gt;b:&lt;/b&gt; besoin (&lt;b&gt;b:financement&lt;/b&gt; ou &lt;b&gt;#lieu&lt;/b&gt;) · &lt;b&gt;r:&lt;/b&gt; ressource · &lt;b&gt;e:&lt;/b&gt; engagement · &lt;b&gt;a:&lt;/b&gt; action (&lt;b&gt;@nom&lt;/b&gt; responsable, &lt;b&gt;!15/05&lt;/b&gt; échéance) · &lt;b&gt;q:&lt;/b&gt; question — &lt;b&gt;@&lt;/b&gt;début d'un nom lie une personne · Entrée ajoute · ↓ liste · F2 modifier · Suppr supprimer · Alt+↑/↓ déplacer · + voter · Ctrl+Z annuler</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="363" />
        <source>responsible: %1</source>
        <translation>responsable : %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="365" />
        <source>no responsible yet</source>
        <translation>pas encore de responsable</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="368" />
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="370" />
        <source>no due date yet</source>
        <translation>pas encore d'échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/entry_bar.py" line="389" />
        <source>Editing: “%1” — Enter saves, Esc cancels</source>
        <translation>Modification de « %1 » — Entrée enregistre, Échap annule</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../ui/atelier/overview.py" line="37" />
        <source>All rounds</source>
        <translation>Tous les tours</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="39" />
        <location filename="../../ui/atelier/overview.py" line="116" />
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="42" />
        <source>Open this table</source>
        <translation>Ouvrir cette table</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="76" />
        <source>Actions to complete at the selected table</source>
        <translation>Actions à compléter à la table choisie</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="148" />
        <source>%1 items at %2 tables · %3 actions to complete · %4 tables with nothing yet</source>
        <translation>%1 éléments sur %2 tables · %3 actions à compléter · %4 tables sans rien encore</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="178" />
        <source>Actions to complete at table %1</source>
        <translation>Actions à compléter à la table %1</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="183" />
        <source>no responsible</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="185" />
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/atelier/overview.py" line="189" />
        <source>Every open action has a responsible and a due date.</source>
        <translation>Chaque action en cours a un responsable et une échéance.</translation>
    </message>
</context>
</TS>
