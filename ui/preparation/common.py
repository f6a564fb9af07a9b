"""Small helpers the Préparation tabs share: messages and the import entry point."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.context import EventContext

IMPORT_FILTER = "*.csv *.xlsx *.xlsm *.txt"


def show_error(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A window-modal message that leaves the event loop running."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_import_dialog(ctx: EventContext, kind: str, parent: QWidget) -> bool:
    """Ask for files, then let the import dialog map, review and import them."""
    title = (
        QCoreApplication.translate("PreparationImport", "Import projects")
        if kind == "projects"
        else QCoreApplication.translate("PreparationImport", "Import registrations")
    )
    paths, _filter = QFileDialog.getOpenFileNames(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "PreparationImport", "CSV or Excel files (%1);;All files (*)"
        ).replace("%1", IMPORT_FILTER),
    )
    if not paths:
        return False
    try:
        from ui.importing.dialog import ImportDialog
    except ImportError as exc:
        show_error(
            parent,
            title,
            QCoreApplication.translate(
                "PreparationImport", "Importing is not available in this version (%1)."
            ).replace("%1", str(exc)),
        )
        return False
    ImportDialog(ctx, kind, paths, parent).exec()
    return True
