<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../ui/timer/panel.py" line="94" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timer/panel.py" line="98" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="105" />
        <source>e.g. 25 or 7:30</source>
        <translation>ex. 25 ou 7:30</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="107" />
        <source>Minutes (25), minutes:seconds (7:30) or hours:minutes:seconds</source>
        <translation>Minutes (25), minutes:secondes (7:30) ou heures:minutes:secondes</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="110" />
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="112" />
        <source>Custom:</source>
        <translation>Autre :</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="120" />
        <location filename="../../ui/timer/panel.py" line="221" />
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="121" />
        <source>The line shown above the digits on the projector</source>
        <translation>La ligne affichée au-dessus des chiffres sur le projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="123" />
        <source>Caption:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="126" />
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="132" />
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="133" />
        <source>Give one more minute (F8)</source>
        <translation>Donner une minute de plus (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="135" />
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="136" />
        <source>Stop and start the duration over (Shift+F5)</source>
        <translation>Arrêter et repartir de la durée choisie (Maj+F5)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="138" />
        <source>Ring at the end</source>
        <translation>Sonner à la fin</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="141" />
        <source>Test the bell</source>
        <translation>Essayer la sonnerie</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="149" />
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="151" />
        <source>Show the timer on the projector</source>
        <translation>Afficher le minuteur au projecteur</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="153" />
        <source>Show “Find your table”</source>
        <translation>Afficher « Trouvez votre table »</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="156" />
        <source>Alternate with “Find your table” (%1 s)</source>
        <translation>Alterner avec « Trouvez votre table » (%1 s)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="244" />
        <source>“%1” is not a duration: type minutes (25) or minutes:seconds (7:30).</source>
        <translation>« %1 » n'est pas une durée : tapez des minutes (25) ou minutes:secondes (7:30).</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="320" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="322" />
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="343" />
        <source>Start (F5)</source>
        <translation>Démarrer (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="344" />
        <source>Pause (F5)</source>
        <translation>Pause (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="345" />
        <source>Resume (F5)</source>
        <translation>Reprendre (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="346" />
        <source>Start again (F5)</source>
        <translation>Recommencer (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="354" />
        <source>Ends at %1 — round of %2</source>
        <translation>Fin à %1 — tour de %2</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="360" />
        <source>Over by %1</source>
        <translation>Dépassé de %1</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="364" />
        <source>Round of %1</source>
        <translation>Tour de %1</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="371" />
        <source>The “Find your table” page appears once the placement screen has made it.</source>
        <translation>La page « Trouvez votre table » apparaît une fois créée par l'écran de répartition.</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="386" />
        <source>The projector window is closed.</source>
        <translation>La fenêtre du projecteur est fermée.</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="389" />
        <source>The room sees the timer.</source>
        <translation>La salle voit le minuteur.</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="391" />
        <source>The room sees “Find your table”.</source>
        <translation>La salle voit « Trouvez votre table ».</translation>
    </message>
    <message>
        <location filename="../../ui/timer/panel.py" line="392" />
        <source>The room sees another page.</source>
        <translation>La salle voit une autre page.</translation>
    </message>
</context>
</TS>
