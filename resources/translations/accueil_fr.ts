<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccueilScreen</name>
    <message>
        <location filename="../../ui/accueil/screen.py" line="116"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="121"/>
        <source>Badge or name</source>
        <translation>Badge ou nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="118"/>
        <source>Scan or type a name…</source>
        <translation>Scannez ou tapez un nom…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="161"/>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>Inscrire à l&apos;accueil… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="162"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="32"/>
        <source>Station: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="39"/>
        <source>Check-in station</source>
        <translation>Poste d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="41"/>
        <source>Name of this station (shown in the arrivals log), e.g. “Entrée 1”:</source>
        <translation>Nom de ce poste (inscrit dans le journal des arrivées), par exemple « Entrée 1 » :</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="47"/>
        <source>Entrance 1</source>
        <translation>Entrée 1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="86"/>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="58"/>
        <source>Enter or click checks the selected person in.</source>
        <translation>Entrée ou un clic enregistre l&apos;arrivée de la personne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="64"/>
        <source>Enter checks this badge code in.</source>
        <translation>Entrée enregistre ce code de badge.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="68"/>
        <source>Loading the participant list…</source>
        <translation>Chargement de la liste des participants…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="72"/>
        <source>Nobody found. Walk-in? Press Ctrl+N.</source>
        <translation>Aucun résultat. L&apos;inscrire à l&apos;accueil ? Appuyez sur Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="111"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="127"/>
        <source>Undo the check-in of %1</source>
        <translation>Annuler l&apos;arrivée de %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="148"/>
        <source>%1 was registered at the door: the registration is removed too.</source>
        <translation>%1 avait été inscrit·e à l&apos;accueil : cette inscription est retirée aussi.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="151"/>
        <source>Register %1 again</source>
        <translation>Réinscrire %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="156"/>
        <source>CHECK-IN UNDONE</source>
        <translation>ARRIVÉE ANNULÉE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="140"/>
        <source>%1 is no longer counted as arrived.</source>
        <translation>%1 n&apos;est plus compté·e parmi les arrivées.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin_flow.py" line="96"/>
        <source>Preparing the badge…</source>
        <translation>Préparation du badge…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin_flow.py" line="100"/>
        <source>Badge ready: print it from the viewer that opened.</source>
        <translation>Badge prêt : imprimez-le depuis la visionneuse qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin_flow.py" line="113"/>
        <source>The badge could not be made: %1</source>
        <translation>Le badge n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="64"/>
        <source>Camera: on</source>
        <translation>Caméra : allumée</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="66"/>
        <source>Camera: off</source>
        <translation>Caméra : éteinte</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="92"/>
        <source>Sound: no speaker</source>
        <translation>Son : pas de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="95"/>
        <source>This computer has no audio output: watch the colours. Plug in a speaker or headphones to hear the tones.</source>
        <translation>Cet ordinateur n&apos;a aucune sortie audio : fiez-vous aux couleurs. Branchez un haut-parleur ou un casque pour entendre les sons.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="107"/>
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="109"/>
        <source>Sound: off</source>
        <translation>Son : coupé</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <location filename="../../ui/accueil/models.py" line="107"/>
        <source>walk-in</source>
        <translation>inscrit·e à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/models.py" line="110"/>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../ui/accueil/camera.py" line="190"/>
        <source>No camera found. Plug in a webcam, or use the scanner or the name search.</source>
        <translation>Aucune caméra trouvée. Branchez une webcam, ou utilisez la douchette ou la recherche par nom.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/camera.py" line="226"/>
        <source>The camera stopped: %1</source>
        <translation>La caméra s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/camera.py" line="248"/>
        <source>Hold the badge&apos;s QR code in front of the camera</source>
        <translation>Présentez le QR code du badge devant la caméra</translation>
    </message>
</context>
<context>
    <name>Counters</name>
    <message numerus="yes">
        <location filename="../../ui/accueil/arrivals.py" line="164"/>
        <source>including %n walk-in(s)</source>
        <translation>
            <numerusform>dont %n inscrit·e à l&apos;accueil</numerusform>
            <numerusform>dont %n inscrit·es à l&apos;accueil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accueil/arrivals.py" line="166"/>
        <source>%n still expected</source>
        <translation>
            <numerusform>encore %n attendu·e</numerusform>
            <numerusform>encore %n attendu·es</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accueil/arrivals.py" line="168"/>
        <source>everyone expected is here</source>
        <translation>tout le monde est là</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="221"/>
        <source>WELCOME</source>
        <translation>BIENVENUE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="222"/>
        <source>ALREADY CHECKED IN</source>
        <translation>DÉJÀ ARRIVÉ·E</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="223"/>
        <source>INVALID CODE</source>
        <translation>CODE INVALIDE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="224"/>
        <source>UNKNOWN BADGE</source>
        <translation>BADGE INCONNU</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="225"/>
        <source>BADGE FROM ANOTHER EVENT</source>
        <translation>BADGE D&apos;UN AUTRE ÉVÉNEMENT</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="226"/>
        <source>REGISTRATION CANCELLED</source>
        <translation>INSCRIPTION ANNULÉE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="227"/>
        <source>BADGE REPLACED</source>
        <translation>BADGE REMPLACÉ</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="232"/>
        <source>Scan again or type the name</source>
        <translation>Scannez à nouveau ou tapez le nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="233"/>
        <location filename="../../ui/accueil/feedback.py" line="235"/>
        <source>Search for the person by name</source>
        <translation>Cherchez la personne par son nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="234"/>
        <source>Old badge? Search by name</source>
        <translation>Ancien badge ? Cherchez par le nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="243"/>
        <source>Arrived at %1 (%2): let them in, no second check-in.</source>
        <translation>Arrivé·e à %1 (%2) : laissez entrer, sans second pointage.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="247"/>
        <source>Arrived at %1: let them in, no second check-in.</source>
        <translation>Arrivé·e à %1 : laissez entrer, sans second pointage.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="249"/>
        <source>The code read does not check out: a letter misread or mistyped.</source>
        <translation>Le code lu ne tombe pas juste : une lettre mal lue ou mal tapée.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="251"/>
        <source>This code was never issued for this event.</source>
        <translation>Ce code n&apos;a jamais été attribué pour cet événement.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="253"/>
        <source>This badge belongs to another event.</source>
        <translation>Ce badge est celui d&apos;un autre événement.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="267"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="269"/>
        <source>Scan a badge or type a name</source>
        <translation>Scannez un badge ou tapez un nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="270"/>
        <source>Station: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="273"/>
        <source>No badge? Walk-in: Ctrl+N · Undo: Ctrl+Z</source>
        <translation>Pas de badge ? Inscription : Ctrl+N · Annuler : Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="290"/>
        <source>(empty scan)</source>
        <translation>(scan vide)</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="291"/>
        <source>Code read: %1</source>
        <translation>Code lu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="293"/>
        <source>TABLE %1</source>
        <translation>TABLE %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="298"/>
        <source>No table yet: say “your table will be shown in the room”</source>
        <translation>Pas encore de table : dites « votre table s&apos;affichera dans la salle »</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="315"/>
        <source>Check %1 in anyway</source>
        <translation>Enregistrer l&apos;arrivée de %1 quand même</translation>
    </message>
</context>
<context>
    <name>LatestArrivals</name>
    <message>
        <location filename="../../ui/accueil/arrivals.py" line="90"/>
        <source>Latest arrivals</source>
        <translation>Dernières arrivées</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/accueil/models.py" line="64"/>
        <source>cancelled</source>
        <translation>annulé·e</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/models.py" line="66"/>
        <source>arrived %1</source>
        <translation>arrivé·e à %1</translation>
    </message>
</context>
<context>
    <name>RoleCountsModel</name>
    <message>
        <location filename="../../ui/accueil/models.py" line="176"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/models.py" line="176"/>
        <source>Arrived / expected</source>
        <translation>Arrivé·es / attendu·es</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../ui/accueil/__init__.py" line="10"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="50"/>
        <source>Walk-in</source>
        <translation>Inscription à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="56"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="64"/>
        <source>Agrees to share their contact details with the tables</source>
        <translation>Accepte de partager ses coordonnées avec les tables</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="68"/>
        <source>(no preference)</source>
        <translation>(pas de préférence)</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="71"/>
        <source>Table %1 · %2</source>
        <translation>Table %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="78"/>
        <source>Print the badge now</source>
        <translation>Imprimer le badge tout de suite</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="86"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="87"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="88"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="89"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="90"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="92"/>
        <source>1st choice</source>
        <translation>1er choix</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="92"/>
        <source>2nd choice</source>
        <translation>2e choix</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="92"/>
        <source>3rd choice</source>
        <translation>3e choix</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="100"/>
        <source>Register and check in</source>
        <translation>Inscrire et enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="105"/>
        <source>Registers the person and checks them in at once.</source>
        <translation>Inscrit la personne et enregistre son arrivée immédiatement.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="137"/>
        <source>Type the person&apos;s name: a first or a last name at least.</source>
        <translation>Tapez le nom de la personne : au moins un prénom ou un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="142"/>
        <source>That is a badge code, not a name: scan it from the main field instead.</source>
        <translation>C&apos;est un code de badge, pas un nom : scannez-le plutôt dans le champ principal.</translation>
    </message>
</context>
</TS>
