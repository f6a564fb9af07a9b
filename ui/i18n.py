"""Translations: Qt's ``tr()`` everywhere, French complete, English the source.

Each UI area has its own file, ``resources/translations/<area>_fr.ts`` (the
area is the ``ui`` sub-package, ``shell`` for modules directly in ``ui``), so
areas can be translated independently. The ``.ts`` files are the source; a
build step compiles them to ``.qm`` beside them (``python -m ui.i18n``, run by
``./dev`` and by the packaging; the ``.qm`` are never committed). A packaged
app ships only the ``.qm`` and never needs ``lrelease``; a developer who edits
a ``.ts`` gets it recompiled on the next start when ``lrelease`` is at hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import TRANSLATIONS

SUPPORTED = ("fr", "en")


def lrelease_executable() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` into ``qm`` (raises ``OSError`` without ``lrelease``)."""
    tool = lrelease_executable()
    if tool is None:
        raise OSError("lrelease not found (it comes with PySide6-Essentials)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


def build_translations(source: Path = TRANSLATIONS, dest: Path | None = None) -> list[Path]:
    """The build step: every ``*.ts`` of ``source`` compiled into ``dest``
    (beside the sources by default); returns the ``.qm`` written."""
    out: list[Path] = []
    for ts in sorted(source.glob("*.ts")):
        qm = (dest or source) / ts.with_suffix(".qm").name
        compile_ts(ts, qm)
        out.append(qm)
    return out


def compile_translations(language: str) -> list[Path]:
    """The ``.qm`` files for ``language``: the shipped ones; in a source tree,
    any missing or older than its ``.ts`` is compiled again first."""
    for ts in sorted(TRANSLATIONS.glob(f"*_{language}.ts")):  # none in a packaged app
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            try:
                compile_ts(ts, qm)
            except (OSError, subprocess.CalledProcessError) as exc:
                print(f"katalyze: {ts.name} not compiled ({exc})", file=sys.stderr)
    return sorted(TRANSLATIONS.glob(f"*_{language}.qm"))


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


if __name__ == "__main__":  # the build step: python -m ui.i18n
    for compiled in build_translations():
        print(compiled)
