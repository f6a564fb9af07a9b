"""About Katalyze: the version, and the licences of what the app is built with."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.icons import app_icon

# (component, what it does here, licence): everything shipped in a packaged build.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("Qt 6", QT_TRANSLATE_NOOP("AboutDialog", "interface"), "LGPL v3"),
    ("PySide6, Shiboken6", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python"), "LGPL v3"),
    ("FFmpeg", QT_TRANSLATE_NOOP("AboutDialog", "webcam (Qt Multimedia)"), "LGPL v2.1+"),
    ("Python", QT_TRANSLATE_NOOP("AboutDialog", "runtime"), "PSF License"),
    ("SQLAlchemy, Alembic", QT_TRANSLATE_NOOP("AboutDialog", "database, migrations"), "MIT"),
    ("HiGHS (highspy)", QT_TRANSLATE_NOOP("AboutDialog", "table placement solver"), "MIT"),
    ("NumPy, OpenBLAS", QT_TRANSLATE_NOOP("AboutDialog", "placement matrices"), "BSD 3-Clause"),
    ("ReportLab", QT_TRANSLATE_NOOP("AboutDialog", "PDF"), "BSD 3-Clause"),
    ("Pillow", QT_TRANSLATE_NOOP("AboutDialog", "images in PDF"), "MIT-CMU"),
    ("qrcode", QT_TRANSLATE_NOOP("AboutDialog", "badge QR codes"), "BSD 3-Clause"),
    ("zxing-cpp", QT_TRANSLATE_NOOP("AboutDialog", "QR decoding"), "Apache 2.0"),
    ("openpyxl, et-xmlfile", QT_TRANSLATE_NOOP("AboutDialog", "Excel files"), "MIT"),
    ("RapidFuzz", QT_TRANSLATE_NOOP("AboutDialog", "tolerant name search"), "MIT"),
    ("charset-normalizer", QT_TRANSLATE_NOOP("AboutDialog", "CSV encodings"), "MIT"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "data folder"), "MIT"),
    ("polib", QT_TRANSLATE_NOOP("AboutDialog", "message catalogues"), "MIT"),
    (
        "DejaVu fonts",
        QT_TRANSLATE_NOOP("AboutDialog", "badges and PDF"),
        "Bitstream Vera / DejaVu (free)",
    ),
)


class AboutDialog(QDialog):
    """Version, what the app is for, and a table of bundled components."""

    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Katalyze"))
        self.setWindowIcon(app_icon())
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        header = QLabel()
        header.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(
            f"<h2>Katalyze {html.escape(version)}</h2>"
            + "<p>"
            + self.tr(
                "Runs a KatalyZe session: registrations, check-in with QR badges, seating at "
                "project tables, live notes and one action sheet per project. Works offline "
                "on one laptop."
            )
            + "</p>"
        )
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(header)
        layout.addWidget(title)
        self.components = QTextBrowser()
        self.components.setOpenExternalLinks(False)
        self.components.setHtml(self._components_html())
        layout.addWidget(self.components, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _components_html(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td>"
            f"<td>{html.escape(QCoreApplication.translate('AboutDialog', role))}</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, role, licence in COMPONENTS
        )
        runtime = self.tr("Qt %1, PySide6 %2, Python %3").replace("%1", qVersion())
        runtime = runtime.replace("%2", pyside_version).replace("%3", platform.python_version())
        built_with = self.tr("Built with")
        heads = (self.tr("Component"), self.tr("Used for"), self.tr("Licence"))
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads)
        return (
            f"<p><b>{html.escape(built_with)}</b> ({html.escape(runtime)})</p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
            f"<p>{html.escape(self._lgpl_note())}</p>"
        )

    def _lgpl_note(self) -> str:
        return self.tr(
            "Qt, PySide6 and FFmpeg are used under the GNU LGPL: their libraries are "
            "separate files in the application folder and can be replaced by other builds "
            "of the same version. The licence texts come with each component; the fonts' "
            "licence is in resources/fonts/LICENSE-DejaVu.txt."
        )
