"""The app's part of ``katalyze --self-test``: what a packaged Qt needs.

French translations load and translate, the icon renders (SVG plugin), the
style sheet is there and QtMultimedia (webcam, sounds) imports. Runs without
a display (Qt's offscreen platform unless one is chosen).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfCheck", text)


def _check_qt(_folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from katalyze.i18n import current_language
    from ui.app import STYLE_SHEET
    from ui.i18n import install_translators
    from ui.icons import app_icon

    app = QApplication.instance() or QApplication(["katalyze"])
    translators = install_translators(app, "fr")
    loaded = len(translators)
    french = QCoreApplication.translate("MainWindow", "&Help")
    if current_language() != "fr":  # the report follows the core's language
        _remove(app, translators)
    try:
        if french != "&Aide":
            raise RuntimeError(
                _tr(
                    QT_TRANSLATE_NOOP("SelfCheck", "French translations not loaded (%1 files)")
                ).replace("%1", str(loaded))
            )
        icon: QIcon = app_icon()
        if icon.isNull() or icon.pixmap(64, 64).isNull():
            raise RuntimeError(
                _tr(QT_TRANSLATE_NOOP("SelfCheck", "the application icon does not render"))
            )
        if not STYLE_SHEET.exists():
            raise RuntimeError(
                _tr(QT_TRANSLATE_NOOP("SelfCheck", "style sheet missing: %1")).replace(
                    "%1", str(STYLE_SHEET)
                )
            )
        from PySide6.QtMultimedia import QSoundEffect  # webcam and sounds at the door

        QSoundEffect()
        return _tr(
            QT_TRANSLATE_NOOP("SelfCheck", "%1 translation files, icon, style sheet, QtMultimedia")
        ).replace("%1", str(loaded))
    finally:
        _remove(app, translators)
        QLocale.setDefault(QLocale.system())


def _remove(app: QCoreApplication, translators: list) -> None:  # type: ignore[type-arg]
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()


def app_checks() -> list[tuple[str, object]]:
    """The checks :func:`katalyze.selftest.self_test` runs after the core's."""
    return [("Qt", _check_qt)]
