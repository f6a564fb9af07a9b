<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardBar</name>
    <message>
        <location filename="../../ui/repartition/bars.py" line="81"/>
        <source>The round shown on the board</source>
        <translation>Le tour affiché sur le tableau</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="82"/>
        <source>Seat late arrivals</source>
        <translation>Placer les retardataires</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="84"/>
        <source>Seat the selected arrivals (or all of them) without moving anyone</source>
        <translation>Placer les retardataires sélectionnés (ou tous) sans déplacer personne</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="86"/>
        <source>Show on projector</source>
        <translation>Afficher au projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="88"/>
        <source>Show “Find your table” for this round on the second screen</source>
        <translation>Afficher « Trouvez votre table » pour ce tour sur le second écran</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="90"/>
        <source>Table lists (PDF)…</source>
        <translation>Listes des tables (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="98"/>
        <source>Round shown:</source>
        <translation>Tour affiché :</translation>
    </message>
</context>
<context>
    <name>BoardSearch</name>
    <message>
        <location filename="../../ui/repartition/search.py" line="49"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>BoardTools</name>
    <message>
        <location filename="../../ui/repartition/board_view.py" line="151"/>
        <source>Find someone…</source>
        <translation>Trouver quelqu’un…</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/board_view.py" line="154"/>
        <source>Find a person on the board: type part of a name; Enter goes to the next match</source>
        <translation>Trouver une personne sur le tableau : tapez une partie du nom ; Entrée passe à la suivante</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/board_view.py" line="162"/>
        <source>Card size (Ctrl+plus / Ctrl+minus)</source>
        <translation>Taille des cartes (Ctrl+plus / Ctrl+moins)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/board_view.py" line="170"/>
        <source>Card size:</source>
        <translation>Taille :</translation>
    </message>
</context>
<context>
    <name>FindTablePage</name>
    <message>
        <location filename="../../ui/repartition/find_table.py" line="122"/>
        <source>Find your table — round %1</source>
        <translation>Trouvez votre table — tour %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/find_table.py" line="227"/>
        <source>Seating is not ready yet.</source>
        <translation>La répartition n&apos;est pas encore prête.</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/find_table.py" line="326"/>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../ui/repartition/bars.py" line="170"/>
        <source>wish rank obtained</source>
        <translation>rang du souhait obtenu</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="171"/>
        <source>stays at the table</source>
        <translation>reste à la table</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="172"/>
        <source>locked (Ctrl+L)</source>
        <translation>verrouillée (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>PlacementBar</name>
    <message>
        <location filename="../../ui/repartition/bars.py" line="43"/>
        <source>How many rotations the evening has</source>
        <translation>Nombre de rotations de la soirée</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="44"/>
        <source>Present people only</source>
        <translation>Présents seulement</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="47"/>
        <source>Seat only the people checked in at the door (untick to pre-assign everyone)</source>
        <translation>Placer seulement les personnes arrivées (décochez pour pré-placer tous les inscrits)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="49"/>
        <source>Move as few people as possible</source>
        <translation>Limiter les déplacements</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="53"/>
        <source>Another variant gives another placement of equal quality (advanced: leave 0)</source>
        <translation>Une autre variante donne une autre répartition, de même qualité (réglage avancé : laissez 0)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="67"/>
        <source>Variant:</source>
        <translation>Variante :</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="55"/>
        <source>Run placement</source>
        <translation>Lancer la répartition</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="59"/>
        <source>Seat everyone at the tables (Ctrl+R); locked seats stay</source>
        <translation>Placer tout le monde aux tables (Ctrl+R) ; les places verrouillées restent</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/bars.py" line="63"/>
        <source>Rounds:</source>
        <translation>Tours :</translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="131"/>
        <source>Nobody is seated yet: run the placement.</source>
        <translation>Personne n&apos;est encore placé : lancez la répartition.</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="140"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="142"/>
        <source>visitors</source>
        <translation>visiteurs</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="146"/>
        <source>Tables × rounds</source>
        <translation>Tables × tours</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="99"/>
        <source>Visitor-rounds on a wish</source>
        <translation>Passages de visiteurs sur un souhait</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="92"/>
        <source>at best %1</source>
        <translation>au mieux %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="109"/>
        <source>best seating found in the time allowed (within %1 of the optimum)</source>
        <translation>meilleure répartition trouvée dans le temps imparti (à %1 au plus de l&apos;optimum)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="113"/>
        <source>quick placement (no proof)</source>
        <translation>placement rapide (sans preuve)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="122"/>
        <source>best seating found in the time allowed</source>
        <translation>meilleure répartition trouvée dans le temps imparti</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="151"/>
        <source>… on their first wish</source>
        <translation>… sur leur premier souhait</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="155"/>
        <source>Needs covered</source>
        <translation>Besoins couverts</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="164"/>
        <source>Repeated encounters</source>
        <translation>Rencontres répétées</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="166"/>
        <source>minimum possible: %1</source>
        <translation>minimum possible : %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="175"/>
        <source>Most meetings of one pair</source>
        <translation>Rencontres au plus pour une même paire</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="181"/>
        <source>Tables revisited</source>
        <translation>Tables revisitées</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="189"/>
        <source>Colleagues at one table</source>
        <translation>Collègues à une même table</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="193"/>
        <source>%1 unavoidable</source>
        <translation>dont %1 inévitables</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="205"/>
        <source>Tables off the role mix</source>
        <translation>Tables hors de la mixité des rôles</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="212"/>
        <source>Hard rules broken</source>
        <translation>Règles impératives non respectées</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="219"/>
        <source>People without a seat</source>
        <translation>Personnes sans place</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="106"/>
        <source>proven optimal</source>
        <translation>optimum prouvé</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="231"/>
        <source>Round %1: %2 in %3 s</source>
        <translation>Tour %1 : %2 en %3 s</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="241"/>
        <source>Figures of the seats as they are now (hand moves included).</source>
        <translation>Chiffres des places telles qu&apos;elles sont maintenant (déplacements à la main compris).</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="249"/>
        <source>Quality of the seating</source>
        <translation>Qualité de la répartition</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="251"/>
        <source>Goals not met</source>
        <translation>Objectifs non atteints</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="255"/>
        <source>Every goal is met.</source>
        <translation>Tous les objectifs sont atteints.</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="115"/>
        <source>stopped by you: the best seating found so far</source>
        <translation>arrêté à votre demande : meilleure répartition trouvée jusque-là</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/report_view.py" line="119"/>
        <source>best seating found within the work allowed (no proof)</source>
        <translation>meilleure répartition trouvée dans le travail imparti (sans preuve)</translation>
    </message>
</context>
<context>
    <name>RepartitionJobs</name>
    <message>
        <location filename="../../ui/repartition/jobs.py" line="123"/>
        <source>table %1 (round %2)</source>
        <translation>table %1 (tour %2)</translation>
    </message>
</context>
<context>
    <name>RepartitionScreen</name>
    <message>
        <location filename="../../ui/repartition/screen.py" line="83"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="86"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="118"/>
        <location filename="../../ui/repartition/editing.py" line="148"/>
        <location filename="../../ui/repartition/screen.py" line="89"/>
        <source>Lock seat</source>
        <translation>Verrouiller la place</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/placement.py" line="111"/>
        <location filename="../../ui/repartition/screen.py" line="369"/>
        <source>Seat late arrivals</source>
        <translation>Placer les retardataires</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="279"/>
        <source>Everyone here has a seat.</source>
        <translation>Toutes les personnes présentes ont une place.</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="150"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="115"/>
        <source>Loading the seats…</source>
        <translation>Chargement des places…</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="126"/>
        <source>Larger cards</source>
        <translation>Cartes plus grandes</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="128"/>
        <source>Smaller cards</source>
        <translation>Cartes plus petites</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="151"/>
        <source>Quality report</source>
        <translation>Rapport de qualité</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="47"/>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repartition/screen.py" line="438"/>
        <source>Move %n people to %2</source>
        <translation>
            <numerusform>Déplacer %n personne vers %2</numerusform>
            <numerusform>Déplacer %n personnes vers %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="65"/>
        <source>This move breaks:</source>
        <translation>Ce déplacement enfreint :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repartition/screen.py" line="443"/>
        <source>Lock %n seat(s)</source>
        <translation>
            <numerusform>Verrouiller %n place</numerusform>
            <numerusform>Verrouiller %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repartition/screen.py" line="445"/>
        <source>Unlock %n seat(s)</source>
        <translation>
            <numerusform>Déverrouiller %n place</numerusform>
            <numerusform>Déverrouiller %n places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/repartition/placement.py" line="43"/>
        <source>Seating people at the tables…</source>
        <translation>Placement des personnes aux tables…</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="53"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/placement.py" line="44"/>
        <location filename="../../ui/repartition/placement.py" line="60"/>
        <source>Placement</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="51"/>
        <source>Writing the table lists…</source>
        <translation>Écriture des listes des tables…</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="52"/>
        <source>Table lists</source>
        <translation>Listes des tables</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="293"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="318"/>
        <source>Rules (%1)</source>
        <translation>Règles (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="320"/>
        <source>Rules ✓</source>
        <translation>Règles ✓</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="362"/>
        <source>Not seated (%1)</source>
        <translation>Sans place (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repartition/screen.py" line="367"/>
        <source>Seat %n late arrival(s)</source>
        <translation>
            <numerusform>Placer %n retardataire</numerusform>
            <numerusform>Placer %n retardataires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="379"/>
        <source>%1 seated of %2 seats · %3 tables</source>
        <translation>%1 placés sur %2 places · %3 tables</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/screen.py" line="384"/>
        <source>projector: round %1</source>
        <translation>projecteur : tour %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="201"/>
        <source>no table</source>
        <translation>aucune table</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="203"/>
        <source>table %1</source>
        <translation>la table %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="116"/>
        <location filename="../../ui/repartition/editing.py" line="146"/>
        <source>Unlock seat</source>
        <translation>Déverrouiller la place</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="152"/>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="159"/>
        <source>Remove from the table</source>
        <translation>Retirer de la table</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="171"/>
        <source>Seat as late arrival</source>
        <translation>Placer comme retardataire</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="178"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="180"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="185"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/editing.py" line="189"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/placement.py" line="78"/>
        <source>Placement cancelled: nothing was changed.</source>
        <translation>Répartition annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="84"/>
        <source>table-lists.pdf</source>
        <translation>listes-des-tables.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="87"/>
        <source>Save the table lists</source>
        <translation>Enregistrer les listes des tables</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="89"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/publishing.py" line="99"/>
        <source>Table lists written: %1</source>
        <translation>Listes des tables enregistrées : %1</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/placement.py" line="45"/>
        <source>Stop and keep the best</source>
        <translation>Arrêter et garder la meilleure</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../ui/repartition/cards.py" line="361"/>
        <source>Drop people here</source>
        <translation>Déposez des personnes ici</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/cards.py" line="435"/>
        <source>%1 to %2 seats</source>
        <translation>de %1 à %2 places</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/cards.py" line="439"/>
        <source>at most %1 seats</source>
        <translation>%1 places au plus</translation>
    </message>
    <message>
        <location filename="../../ui/repartition/cards.py" line="455"/>
        <source>Needs of the project: ✓ someone at the table offers it, ✗ nobody does.</source>
        <translation>Besoins du projet : ✓ quelqu&apos;un à la table y répond, ✗ personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repartition/cards.py" line="474"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
</TS>
