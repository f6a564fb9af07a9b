<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/suivi/models.py" line="154"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="155"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="156"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="157"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="158"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="159"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="160"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="200"/>
        <source>Late: due on %1</source>
        <translation>En retard : échéance le %1</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../ui/suivi/panels.py" line="319"/>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="320"/>
        <source>every </source>
        <translation>tous les </translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="321"/>
        <source>Set the rhythm</source>
        <translation>Fixer le rythme</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="328"/>
        <source>Plan a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="324"/>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="331"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="335"/>
        <source>Record a meeting held</source>
        <translation>Compte rendu d&apos;une réunion tenue</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="342"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="345"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="346"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="347"/>
        <source>Attendees</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="348"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="349"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="350"/>
        <source>Record the meeting</source>
        <translation>Enregistrer la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="368"/>
        <source>Choose a project (filter) or an action.</source>
        <translation>Choisissez un projet (filtre) ou une action.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="371"/>
        <source>Next point: %1</source>
        <translation>Prochain point : %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="373"/>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="381"/>
        <source>Planned on %1</source>
        <translation>Prévue le %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="383"/>
        <source>A meeting not planned</source>
        <translation>Une réunion non planifiée</translation>
    </message>
</context>
<context>
    <name>NewSessionFlow</name>
    <message>
        <location filename="../../ui/suivi/next_session.py" line="41"/>
        <source>New session from… (last year&apos;s event)</source>
        <translation>Nouvelle session à partir de… (l&apos;événement de l&apos;an dernier)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/next_session.py" line="43"/>
        <location filename="../../ui/suivi/next_session.py" line="52"/>
        <source>Katalyze events (*.katalyze);;All files (*)</source>
        <translation>Événements Katalyze (*.katalyze);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/next_session.py" line="47"/>
        <source> next session</source>
        <translation> session suivante</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/next_session.py" line="50"/>
        <source>Save the new session as</source>
        <translation>Enregistrer la nouvelle session sous</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/next_session.py" line="78"/>
        <source>The new session was not created</source>
        <translation>La nouvelle session n&apos;a pas été créée</translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <location filename="../../ui/suivi/models.py" line="320"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="321"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="322"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="323"/>
        <source>Outcome</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="336"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="336"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <location filename="../../ui/suivi/panels.py" line="235"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="240"/>
        <source>Commitments and needs</source>
        <translation>Engagements et besoins</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="247"/>
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="248"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="260"/>
        <source>Choose a project (filter) or an action.</source>
        <translation>Choisissez un projet (filtre) ou une action.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="267"/>
        <source>Table %1 — %2</source>
        <translation>Table %1 — %2</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/suivi/panels.py" line="425"/>
        <source>e.g. prototype tested, company founded</source>
        <translation>ex. : prototype testé, structure créée</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="429"/>
        <source>Continues at the next session</source>
        <translation>Continue à la prochaine session</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="432"/>
        <source>Stage reached</source>
        <translation>Stade atteint</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="433"/>
        <source>Jobs or activity created</source>
        <translation>Emplois ou activité créés</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="434"/>
        <source>Partners gained</source>
        <translation>Partenaires gagnés</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="435"/>
        <source>What comes next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="437"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="438"/>
        <source>Save the review</source>
        <translation>Enregistrer le bilan</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/suivi/__init__.py" line="8"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>SheetReviewDialog</name>
    <message>
        <location filename="../../ui/suivi/files.py" line="42"/>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/files.py" line="47"/>
        <source>%1 action(s) to update, %2 unchanged (sheet %3).</source>
        <translation>%1 action(s) à mettre à jour, %2 inchangée(s) (feuille %3).</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/files.py" line="54"/>
        <source>%1 error(s): nothing will be written until the file is fixed.</source>
        <translation>%1 erreur(s) : rien ne sera enregistré tant que le fichier n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/files.py" line="67"/>
        <source>note only</source>
        <translation>note seulement</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/files.py" line="71"/>
        <source>Row %1: no. %2 %3 (%4)%5</source>
        <translation>Ligne %1 : n° %2 %3 (%4)%5</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/files.py" line="83"/>
        <source>Apply the changes</source>
        <translation>Appliquer les changements</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <location filename="../../ui/suivi/models.py" line="31"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="32"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="33"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="34"/>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="39"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="40"/>
        <source>Honoured</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="41"/>
        <source>Not honoured</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="42"/>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="43"/>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="49"/>
        <source>%1 / %2 actions done</source>
        <translation>%1 actions faites sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="52"/>
        <source>%1 open</source>
        <translation>%1 ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="53"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="54"/>
        <source>commitments honoured: %1 / %2</source>
        <translation>engagements tenus : %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="57"/>
        <source>needs met: %1 / %2</source>
        <translation>besoins satisfaits : %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="58"/>
        <source>%1 people involved</source>
        <translation>%1 personnes impliquées</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="62"/>
        <source>%1 months since the last point</source>
        <translation>%1 mois depuis le dernier point</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="68"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="69"/>
        <source>Meeting held</source>
        <translation>Réunion tenue</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="70"/>
        <source>Meeting planned</source>
        <translation>Réunion prévue</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="71"/>
        <source>Outcome</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="72"/>
        <source>Year-end review</source>
        <translation>Bilan de fin d&apos;année</translation>
    </message>
</context>
<context>
    <name>SuiviScreen</name>
    <message>
        <location filename="../../ui/suivi/screen.py" line="84"/>
        <source>Follow-up: the year of every project</source>
        <translation>Suivi : l&apos;année de chaque projet</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="86"/>
        <source>Import an edited sheet…</source>
        <translation>Importer une feuille modifiée…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="89"/>
        <source>The Suivi (or Actions) sheet of the workbook, with new statuses and notes</source>
        <translation>La feuille Suivi (ou Actions) du classeur, avec les nouveaux statuts et notes</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="91"/>
        <source>Follow-up reports (PDF)…</source>
        <translation>Rapports de suivi (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="94"/>
        <location filename="../../ui/suivi/screen.py" line="100"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="96"/>
        <location filename="../../ui/suivi/screen.py" line="102"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="137"/>
        <source>Owner…</source>
        <translation>Responsable…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="141"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="142"/>
        <source>Open (to do, in progress)</source>
        <translation>Ouvertes (à faire, en cours)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="145"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="180"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="181"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="182"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="183"/>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="296"/>
        <source>Programme: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="308"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="328"/>
        <source>%1 of %2 actions</source>
        <translation>%1 actions sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="538"/>
        <source>Import an edited actions sheet</source>
        <translation>Importer une feuille d&apos;actions modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="540"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="566"/>
        <source>Folder for the follow-up reports</source>
        <translation>Dossier des rapports de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="571"/>
        <source>Writing the follow-up reports…</source>
        <translation>Écriture des rapports de suivi…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/screen.py" line="576"/>
        <source>%1 reports written in %2</source>
        <translation>%1 rapports écrits dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/history.py" line="70"/>
        <source>update of “%1”</source>
        <translation>la mise à jour de « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/history.py" line="88"/>
        <source>note corrected “%1”</source>
        <translation>note corrigée « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/history.py" line="99"/>
        <source>meeting planned</source>
        <translation>la réunion planifiée</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/history.py" line="111"/>
        <source>meeting recorded</source>
        <translation>le compte rendu de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/history.py" line="124"/>
        <source>rhythm of the meetings</source>
        <translation>le rythme des réunions</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/history.py" line="135"/>
        <source>outcome of “%1”</source>
        <translation>le suivi de « %1 »</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/suivi/models.py" line="281"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="282"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/models.py" line="283"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>UpdatePanel</name>
    <message>
        <location filename="../../ui/suivi/panels.py" line="92"/>
        <location filename="../../ui/suivi/panels.py" line="143"/>
        <source>Choose an action in the list.</source>
        <translation>Choisissez une action dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="107"/>
        <source>What happened (optional)</source>
        <translation>Ce qui s&apos;est passé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="108"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="109"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="110"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="112"/>
        <source>Save the update</source>
        <translation>Enregistrer la mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="117"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="118"/>
        <source>Edit the note…</source>
        <translation>Corriger la note…</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="120"/>
        <source>Correct the chosen update&apos;s note (F2)</source>
        <translation>Corriger la note de la mise à jour choisie (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="150"/>
        <source>Table %1 · owner: %2 · due: %3</source>
        <translation>Table %1 · responsable : %2 · échéance : %3</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="166"/>
        <source>No update yet.</source>
        <translation>Aucune mise à jour pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="193"/>
        <source>Edit the note</source>
        <translation>Corriger la note</translation>
    </message>
    <message>
        <location filename="../../ui/suivi/panels.py" line="194"/>
        <source>Note of %1:</source>
        <translation>Note du %1 :</translation>
    </message>
</context>
</TS>
