<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FileTab</name>
    <message>
        <location filename="../../ui/importing/file_tab.py" line="130"/>
        <source>Field already used</source>
        <translation>Information déjà attribuée</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_tab.py" line="132"/>
        <source>The column “%1” is already imported as “%2”.</source>
        <translation>La colonne « %1 » est déjà importée comme « %2 ».</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_tab.py" line="137"/>
        <source>Import “%1” as “%2” instead?</source>
        <translation>Importer plutôt « %1 » comme « %2 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_tab.py" line="144"/>
        <source>Swap (“%1” becomes “%2”)</source>
        <translation>Échanger (« %1 » devient « %2 »)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_tab.py" line="152"/>
        <source>Keep both (their texts are joined)</source>
        <translation>Garder les deux (leurs textes sont réunis)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/file_tab.py" line="155"/>
        <source>Use this column (“%1” is then ignored)</source>
        <translation>Prendre cette colonne (« %1 » est alors ignorée)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing/dialog.py" line="89"/>
        <source>Import projects</source>
        <translation>Importer des projets</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="89"/>
        <source>Import registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="271"/>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="103"/>
        <source>Check how each column is read</source>
        <translation>Vérifiez comment chaque colonne est lue</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="105"/>
        <location filename="../../ui/importing/dialog.py" line="539"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="105"/>
        <location filename="../../ui/importing/dialog.py" line="539"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="108"/>
        <source>Each column of your files is matched to a field of the %1. Correct a choice with its list if needed; the preview below follows. Nothing is saved until you click Import.</source>
        <translation>Chaque colonne de vos fichiers alimente une information sur les %1. Corrigez un choix avec sa liste si besoin ; l&apos;aperçu ci-dessous suit. Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="167"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="173"/>
        <source>Hide notes</source>
        <translation>Masquer les remarques</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="225"/>
        <source>Leave this file out</source>
        <translation>Écarter ce fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="226"/>
        <source>Import the other files without this one</source>
        <translation>Importer les autres fichiers sans celui-ci</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="229"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="231"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="320"/>
        <location filename="../../ui/importing/dialog.py" line="439"/>
        <source>Working out the preview…</source>
        <translation>Calcul de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="350"/>
        <source>No file left to import.</source>
        <translation>Plus aucun fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="364"/>
        <source>Read as: %1. %2 data rows.</source>
        <translation>Lu ainsi : %1. %2 lignes de données.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="408"/>
        <source>Problems in %1 (%2)</source>
        <translation>Problèmes dans %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="540"/>
        <source>Done: %1 %2 created. The event now has %3 %2.</source>
        <translation>Terminé : %1 %2 créés. L&apos;événement compte maintenant %3 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="542"/>
        <source>Done: %1 %2 created, %4 completed or updated. The event now has %3 %2.</source>
        <translation>Terminé : %1 %2 créés, %4 complétés ou mis à jour. L&apos;événement compte maintenant %3 %2.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="373"/>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="126"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="175"/>
        <source>Hide the notes: values read approximately, merges that kept a known value</source>
        <translation>Masquer les remarques : valeurs lues approximativement, fusions qui ont gardé une valeur connue</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="186"/>
        <source>First records, as stored</source>
        <translation>Premières fiches, telles qu&apos;enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="187"/>
        <source>Per file</source>
        <translation>Par fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="264"/>
        <source>Reading file %1 of %2: %3…</source>
        <translation>Lecture du fichier %1 sur %2 : %3…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="377"/>
        <source>A file cannot be imported: correct its columns or leave it out.</source>
        <translation>Un fichier ne peut pas être importé : corrigez ses colonnes ou écartez-le.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/dialog.py" line="385"/>
        <source>%n new project(s)</source>
        <translation>
            <numerusform>%n nouveau projet</numerusform>
            <numerusform>%n nouveaux projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/dialog.py" line="387"/>
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n nouveau participant</numerusform>
            <numerusform>%n nouveaux participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="390"/>
        <source>Import will create %1 and complete %2 already in the event.</source>
        <translation>L&apos;import créera %1 et en complétera %2 déjà enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="395"/>
        <source>Import will create %1.</source>
        <translation>L&apos;import créera %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importing/dialog.py" line="397"/>
        <source>Import will complete %n already in the event.</source>
        <translation>
            <numerusform>Rien de nouveau à créer : l&apos;import complétera %n fiche déjà enregistrée.</numerusform>
            <numerusform>Rien de nouveau à créer : l&apos;import complétera %n fiches déjà enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="398"/>
        <source>Nothing new: everything in these files is already in the event.</source>
        <translation>Rien de nouveau : tout le contenu de ces fichiers est déjà dans l&apos;événement.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="406"/>
        <source>Problems in %1: none</source>
        <translation>Problèmes dans %1 : aucun</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="499"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="550"/>
        <source>Import finished.</source>
        <translation>Import terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="551"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="564"/>
        <source>Import failed, nothing was saved: %1</source>
        <translation>L&apos;import a échoué, rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/dialog.py" line="569"/>
        <source>Import cancelled: nothing was saved.</source>
        <translation>Import annulé : rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <location filename="../../ui/importing/models.py" line="28"/>
        <location filename="../../ui/importing/models.py" line="40"/>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="29"/>
        <source>Table number</source>
        <translation>Numéro de table</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="30"/>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="31"/>
        <source>Project holder</source>
        <translation>Porteur du projet</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="32"/>
        <source>Lead organisation</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="33"/>
        <source>Theme</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="34"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="35"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="36"/>
        <source>Minimum seats</source>
        <translation>Places minimum</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="37"/>
        <source>Maximum seats</source>
        <translation>Places maximum</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="41"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="42"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="43"/>
        <source>Full name (first and last)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="44"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="45"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="46"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="47"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="48"/>
        <source>Project wishes (ranked list)</source>
        <translation>Projets souhaités (liste classée)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="49"/>
        <source>Wish no. 1</source>
        <translation>Souhait n° 1</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="50"/>
        <source>Wish no. 2</source>
        <translation>Souhait n° 2</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="51"/>
        <source>Wish no. 3</source>
        <translation>Souhait n° 3</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="52"/>
        <source>Wish no. 4</source>
        <translation>Souhait n° 4</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="53"/>
        <source>Wish no. 5</source>
        <translation>Souhait n° 5</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="54"/>
        <source>What they can bring</source>
        <translation>Peut apporter</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="55"/>
        <source>Consent to share contact details</source>
        <translation>Accord de partage des coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="56"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="93"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="94"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="95"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="113"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="199"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="201"/>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="204"/>
        <location filename="../../ui/importing/models.py" line="292"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="205"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="206"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="208"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="209"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="220"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="234"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="293"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="294"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="295"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="369"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="370"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="371"/>
        <source>Wishes</source>
        <translation>Souhaits</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="372"/>
        <source>Consent</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="404"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/importing/models.py" line="405"/>
        <source>completed</source>
        <translation>complétée</translation>
    </message>
</context>
</TS>
