"""The app's part of ``katalyze --self-test``: what a packaged Qt needs.

French translations load and translate, the icon renders (SVG plugin), the
style sheet is there and QtMultimedia (webcam, sounds) imports. Runs without
a display (Qt's offscreen platform unless one is chosen).
"""

from __future__ import annotations

import os
from pathlib import Path


def _check_qt(_folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ui.app import STYLE_SHEET
    from ui.i18n import install_translators
    from ui.icons import app_icon

    app = QApplication.instance() or QApplication(["katalyze"])
    translators = install_translators(app, "fr")
    try:
        french = QCoreApplication.translate("MainWindow", "&Help")
        if french != "&Aide":
            raise RuntimeError(f"French translations not loaded ({len(translators)} files)")
        icon: QIcon = app_icon()
        if icon.isNull() or icon.pixmap(64, 64).isNull():
            raise RuntimeError("the application icon does not render")
        if not STYLE_SHEET.exists():
            raise RuntimeError(f"style sheet missing: {STYLE_SHEET}")
        from PySide6.QtMultimedia import QSoundEffect  # webcam and sounds at the door

        QSoundEffect()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
    return f"Qt, {len(translators)} translation files, icon, QtMultimedia"


def app_checks() -> list[tuple[str, object]]:
    """The checks :func:`katalyze.selftest.self_test` runs after the core's."""
    return [("Qt", _check_qt)]
