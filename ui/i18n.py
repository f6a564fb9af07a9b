"""Translations: Qt's ``tr()`` everywhere, French complete, English the source.

Each UI area has its own file, ``resources/translations/<area>_fr.ts`` (the
area is the ``ui`` sub-package, ``shell`` for modules directly in ``ui``), so
areas can be translated independently. The ``.ts`` files are the source; they
are compiled with Qt's ``lrelease`` into the cache folder the first time they
are needed (a packaged app ships them compiled).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from katalyze.paths import data_home
from resources import TRANSLATIONS

SUPPORTED = ("fr", "en")


def lrelease_executable() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_dir() -> Path:
    folder = data_home() / "cache" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def compile_translations(language: str) -> list[Path]:
    """The ``.qm`` files for ``language``, (re)compiled when a ``.ts`` is newer."""
    out: list[Path] = []
    shipped = sorted(TRANSLATIONS.glob(f"*_{language}.qm"))
    if shipped:  # a packaged app: compiled at build time
        return shipped
    sources = sorted(TRANSLATIONS.glob(f"*_{language}.ts"))
    tool = lrelease_executable()
    for ts in sources:
        qm = compiled_dir() / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            if tool is None:
                continue
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def resolve_language(setting: str | None) -> str:
    """``"fr"``/``"en"`` as chosen, or the system's language (French if French)."""
    if setting in SUPPORTED:
        return setting
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translations and Qt's own for ``language``; returns them (keep them alive)."""
    translators: list[QTranslator] = []
    # Numbers and dates follow the chosen language ("66,3 %" in French).
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    if language == "en":
        return translators
    for qm in compile_translations(language):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
