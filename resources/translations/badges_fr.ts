<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BadgeOptions</name>
    <message>
        <location filename="../../ui/badges/options.py" line="57"/>
        <source>Whose badges</source>
        <translation>Badges de qui</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="71"/>
        <source>Mark these badges as printed</source>
        <translation>Les marquer comme imprimés</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="73"/>
        <source>Open the PDF when it is ready</source>
        <translation>Ouvrir le PDF une fois prêt</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="76"/>
        <source>Generate the PDF…</source>
        <translation>Générer le PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="83"/>
        <source>Make the badges PDF for the people chosen above (%1)</source>
        <translation>Créer le PDF des badges des personnes choisies ci-dessus (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="100"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="101"/>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="109"/>
        <source>Sheet</source>
        <translation>Planche</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="111"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="142"/>
        <source>A4, 8 badges 90 × 54 mm</source>
        <translation>A4, 8 badges 90 × 54 mm</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="143"/>
        <source>A6, one badge per page</source>
        <translation>A6, un badge par page</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="144"/>
        <source>Avery L7163 labels (14 per A4)</source>
        <translation>Étiquettes Avery L7163 (14 par A4)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="145"/>
        <source>Avery L7165 labels (8 per A4)</source>
        <translation>Étiquettes Avery L7165 (8 par A4)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="159"/>
        <source>%1 per page · badge %2 × %3 mm</source>
        <translation>%1 par page · badge %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="165"/>
        <source>cut marks</source>
        <translation>traits de coupe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/options.py" line="178"/>
        <source>Everyone (%n badge(s))</source>
        <translation>
            <numerusform>Tout le monde (%n badge)</numerusform>
            <numerusform>Tout le monde (%n badges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/options.py" line="179"/>
        <source>Not printed yet (%n)</source>
        <translation>
            <numerusform>Pas encore imprimés (%n)</numerusform>
            <numerusform>Pas encore imprimés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/options.py" line="180"/>
        <source>Selected people (%n)</source>
        <translation>
            <numerusform>Personnes sélectionnées (%n)</numerusform>
            <numerusform>Personnes sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/options.py" line="184"/>
        <source>Including %n cancelled registration(s): chosen by hand, they get a badge too.</source>
        <translation>
            <numerusform>Dont %n inscription annulée : choisie à la main, elle aura aussi son badge.</numerusform>
            <numerusform>Dont %n inscriptions annulées : choisies à la main, elles auront aussi leur badge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="191"/>
        <source>Select people in the list (Ctrl+click, Shift+click, Ctrl+A).</source>
        <translation>Sélectionnez des personnes dans la liste (Ctrl+clic, Maj+clic, Ctrl+A).</translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="196"/>
        <source>Print the table number (round %1)</source>
        <translation>Numéro de table (tour %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/options.py" line="201"/>
        <source>%n person(s) have a table in this round.</source>
        <translation>
            <numerusform>%n personne a une table pour ce tour.</numerusform>
            <numerusform>%n personnes ont une table pour ce tour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/options.py" line="203"/>
        <source>Nobody has a table yet: run the seating first.</source>
        <translation>Personne n’a encore de table : faites d’abord la répartition.</translation>
    </message>
</context>
<context>
    <name>BadgePreview</name>
    <message>
        <location filename="../../ui/badges/preview.py" line="77"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="114"/>
        <source>Nobody to print with these choices.</source>
        <translation>Personne à imprimer avec ces choix.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/preview.py" line="116"/>
        <source>First page as it will print (%n badge(s) on it).</source>
        <translation>
            <numerusform>Première page telle qu&apos;elle sera imprimée (%n badge).</numerusform>
            <numerusform>Première page telle qu&apos;elle sera imprimée (%n badges).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/preview.py" line="119"/>
        <source>Every badge is printed already; here is the first page for everyone.</source>
        <translation>Tous les badges sont déjà imprimés ; voici la première page pour tout le monde.</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <location filename="../../ui/badges/model.py" line="52"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="53"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="54"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="55"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="56"/>
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="57"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="85"/>
        <source>(given when printed)</source>
        <translation>à l’impression</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="87"/>
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="89"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/badges/model.py" line="131"/>
        <source>Registered at the door</source>
        <translation>Inscrit·e à l&apos;accueil</translation>
    </message>
</context>
<context>
    <name>BadgesScreen</name>
    <message>
        <location filename="../../ui/badges/screen.py" line="104"/>
        <source>Search: name, organisation, role, badge code…</source>
        <translation>Nom, structure, rôle, code…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="111"/>
        <source>Cancelled registrations get no badge. Show them to print one anyway (select them by hand).</source>
        <translation>Les inscriptions annulées n&apos;ont pas de badge. Affichez-les pour en imprimer un quand même (sélectionnez-les à la main).</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="144"/>
        <source>Re-issue a lost badge…</source>
        <translation>Refaire un badge perdu…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="147"/>
        <source>Select the ones not printed</source>
        <translation>Sélectionner les non imprimés</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="148"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="151"/>
        <source>Everyone in the list (%1)</source>
        <translation>Toutes les personnes de la liste (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="179"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="180"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="284"/>
        <source>The badge list could not be read</source>
        <translation>Impossible de lire la liste des badges</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="320"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/screen.py" line="322"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/screen.py" line="324"/>
        <source>Show cancelled (%n)</source>
        <translation>
            <numerusform>Afficher l&apos;annulée (%n)</numerusform>
            <numerusform>Afficher les annulées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="338"/>
        <source>Save the badges as</source>
        <translation>Enregistrer les badges sous</translation>
    </message>
    <message>
        <location filename="../../ui/badges/screen.py" line="338"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="54"/>
        <source>No one selected</source>
        <translation>Personne n’est sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="55"/>
        <source>Select the people whose badges you want in the list, then try again.</source>
        <translation>Sélectionnez dans la liste les personnes dont vous voulez les badges, puis recommencez.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="63"/>
        <source>Nothing new to print</source>
        <translation>Rien de nouveau à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="64"/>
        <source>Every badge has already been printed. Choose “Everyone” or select people to print theirs again.</source>
        <translation>Tous les badges ont déjà été imprimés. Choisissez « Tout le monde » ou sélectionnez des personnes pour réimprimer les leurs.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="79"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="102"/>
        <source>Badge %v of %m</source>
        <translation>Badge %v sur %m</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="116"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="122"/>
        <source>The badges could not be generated</source>
        <translation>Impossible de générer les badges</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/screen.py" line="332"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/badges/screen.py" line="332"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/badges/generating.py" line="130"/>
        <source>Check these badges, the font cannot print them as written:</source>
        <translation>Vérifiez ces badges, la police ne peut pas les imprimer tels quels :</translation>
    </message>
    <message>
        <location filename="../../ui/badges/reissue.py" line="34"/>
        <source>Re-issue a lost badge</source>
        <translation>Refaire un badge perdu</translation>
    </message>
    <message>
        <location filename="../../ui/badges/reissue.py" line="41"/>
        <source>Re-issue</source>
        <translation>Refaire le badge</translation>
    </message>
    <message>
        <location filename="../../ui/badges/reissue.py" line="52"/>
        <source>Give %1 a new badge code?</source>
        <translation>Donner un nouveau code de badge à %1 ?</translation>
    </message>
    <message>
        <location filename="../../ui/badges/reissue.py" line="56"/>
        <source>The old badge (%1) will then answer “replaced” at the door.</source>
        <translation>L’ancien badge (%1) répondra alors « remplacé » à l’accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/badges/reissue.py" line="70"/>
        <source>The badge could not be re-issued</source>
        <translation>Impossible de refaire le badge</translation>
    </message>
    <message>
        <location filename="../../ui/badges/reissue.py" line="79"/>
        <source>New code %1. Generate the PDF to print the new badge.</source>
        <translation>Nouveau code %1. Générez le PDF pour imprimer le nouveau badge.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/badges/__init__.py" line="10"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
</context>
</TS>
