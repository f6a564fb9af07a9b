<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CannotOpenDialog</name>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="74"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="75"/>
        <source>This file no longer exists.</source>
        <translation>Ce fichier n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="77"/>
        <source>It may have been moved or deleted since Katalyze wrote it. Make it again, or look for it in its folder:</source>
        <translation>Il a peut-être été déplacé ou supprimé depuis que Katalyze l&apos;a créé. Créez-le à nouveau, ou cherchez-le dans son dossier :</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="81"/>
        <source>The folder could not be opened</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="82"/>
        <source>No application on this computer could open this folder.</source>
        <translation>Aucune application de cet ordinateur n&apos;a pu ouvrir ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="84"/>
        <source>Everything was saved in it. Copy its path and open it from your file manager:</source>
        <translation>Tout y a bien été enregistré. Copiez son chemin et ouvrez-le depuis votre gestionnaire de fichiers :</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="87"/>
        <source>The file could not be opened</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="88"/>
        <source>No application on this computer could open this file.</source>
        <translation>Aucune application de cet ordinateur n&apos;a pu ouvrir ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="91"/>
        <source>The file was saved. Install a PDF viewer to open it from Katalyze, or copy its path, or open its folder:</source>
        <translation>Le fichier a bien été enregistré. Installez un lecteur de PDF pour l&apos;ouvrir depuis Katalyze, ou copiez son chemin, ou ouvrez son dossier :</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="95"/>
        <source>The file was saved. Copy its path, or open its folder:</source>
        <translation>Le fichier a bien été enregistré. Copiez son chemin, ou ouvrez son dossier :</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="111"/>
        <source>Full path</source>
        <translation>Chemin complet</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="120"/>
        <source>Copy the path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="122"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="126"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="150"/>
        <source>Path copied: paste it in your file manager or a viewer.</source>
        <translation>Chemin copié : collez-le dans votre gestionnaire de fichiers ou une visionneuse.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file/dialog.py" line="162"/>
        <source>The folder could not be opened either. Copy the path and open %1 from your file manager.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert non plus. Copiez le chemin et ouvrez %1 depuis votre gestionnaire de fichiers.</translation>
    </message>
</context>
</TS>
