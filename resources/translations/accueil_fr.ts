<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccueilScreen</name>
    <message>
        <location filename="../../ui/accueil/screen.py" line="106"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="111"/>
        <source>Badge or name</source>
        <translation>Badge ou nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="108"/>
        <source>Scan or type a name…</source>
        <translation>Scannez ou tapez un nom…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="149"/>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>Inscription sur place… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/screen.py" line="150"/>
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
        <location filename="../../ui/accueil/checking_in.py" line="87"/>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="59"/>
        <source>Enter or click checks the selected person in.</source>
        <translation>Entrée ou un clic enregistre l&apos;arrivée de la personne sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="65"/>
        <source>Enter checks this badge code in.</source>
        <translation>Entrée enregistre ce code de badge.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="69"/>
        <source>Loading the participant list…</source>
        <translation>Chargement de la liste des participants…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/name_search.py" line="73"/>
        <source>Nobody found. Walk-in? Press Ctrl+N.</source>
        <translation>Aucun résultat. Inscription sur place ? Appuyez sur Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="112"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="128"/>
        <source>Undo the check-in of %1</source>
        <translation>Annuler l&apos;arrivée de %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="140"/>
        <source>CHECK-IN UNDONE</source>
        <translation>ARRIVÉE ANNULÉE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/checking_in.py" line="142"/>
        <source>%1 is no longer counted as arrived.</source>
        <translation>%1 n&apos;est plus compté·e parmi les arrivées.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin_flow.py" line="90"/>
        <source>Preparing the badge…</source>
        <translation>Préparation du badge…</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin_flow.py" line="94"/>
        <source>Badge ready: print it from the viewer that opened.</source>
        <translation>Badge prêt : imprimez-le depuis la visionneuse qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin_flow.py" line="107"/>
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
        <location filename="../../ui/accueil/station.py" line="91"/>
        <source>Sound: on</source>
        <translation>Son : activé</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/station.py" line="93"/>
        <source>Sound: off</source>
        <translation>Son : coupé</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <location filename="../../ui/accueil/models.py" line="107"/>
        <source>walk-in</source>
        <translation>sur place</translation>
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
        <location filename="../../ui/accueil/arrivals.py" line="163"/>
        <source>including %n walk-in(s)</source>
        <translation>
            <numerusform>dont %n sur place</numerusform>
            <numerusform>dont %n sur place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/accueil/arrivals.py" line="165"/>
        <source>%n still expected</source>
        <translation>
            <numerusform>encore %n attendu·e</numerusform>
            <numerusform>encore %n attendu·es</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/accueil/arrivals.py" line="167"/>
        <source>everyone expected is here</source>
        <translation>tout le monde est là</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="190"/>
        <source>WELCOME</source>
        <translation>BIENVENUE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="191"/>
        <source>ALREADY CHECKED IN</source>
        <translation>DÉJÀ ARRIVÉ·E</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="192"/>
        <source>INVALID CODE</source>
        <translation>CODE INVALIDE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="193"/>
        <source>UNKNOWN BADGE</source>
        <translation>BADGE INCONNU</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="194"/>
        <source>BADGE FROM ANOTHER EVENT</source>
        <translation>BADGE D&apos;UN AUTRE ÉVÉNEMENT</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="195"/>
        <source>REGISTRATION CANCELLED</source>
        <translation>INSCRIPTION ANNULÉE</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="196"/>
        <source>BADGE REPLACED</source>
        <translation>BADGE REMPLACÉ</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="201"/>
        <source>Scan again or type the name</source>
        <translation>Scannez à nouveau ou tapez le nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="202"/>
        <location filename="../../ui/accueil/feedback.py" line="204"/>
        <source>Search for the person by name</source>
        <translation>Cherchez la personne par son nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="203"/>
        <source>Old badge? Search by name</source>
        <translation>Ancien badge ? Cherchez par le nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="211"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="213"/>
        <source>Scan a badge or type a name</source>
        <translation>Scannez un badge ou tapez un nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="214"/>
        <source>Station: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="217"/>
        <source>No badge? Walk-in: Ctrl+N · Undo: Ctrl+Z</source>
        <translation>Pas de badge ? Inscription : Ctrl+N · Annuler : Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="233"/>
        <source>(empty scan)</source>
        <translation>(scan vide)</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="234"/>
        <source>Code read: %1</source>
        <translation>Code lu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="236"/>
        <source>TABLE %1</source>
        <translation>TABLE %1</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="240"/>
        <source>No table assigned yet</source>
        <translation>Pas encore de table attribuée</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="250"/>
        <source>first check-in %1 at %2</source>
        <translation>première arrivée à %1 au poste %2</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/feedback.py" line="258"/>
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
        <location filename="../../ui/accueil/walkin.py" line="42"/>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="48"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="56"/>
        <source>Print the badge now</source>
        <translation>Imprimer le badge tout de suite</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="64"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="65"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="66"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="67"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="68"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="74"/>
        <source>Register and check in</source>
        <translation>Inscrire et enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="79"/>
        <source>Registers the person and checks them in at once.</source>
        <translation>Inscrit la personne et enregistre son arrivée immédiatement.</translation>
    </message>
    <message>
        <location filename="../../ui/accueil/walkin.py" line="99"/>
        <source>Type at least a first or a last name.</source>
        <translation>Tapez au moins un prénom ou un nom.</translation>
    </message>
</context>
</TS>
