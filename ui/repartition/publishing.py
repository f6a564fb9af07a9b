"""What the board sends out of the screen: the projector's "Find your table"
page for the round shown, and the facilitators' table lists (PDF).

A mixin of :class:`ui.repartition.screen.RepartitionScreen`.

Its strings keep the screen's translation context, ``RepartitionScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ui.open_file import open_generated
from ui.repartition import jobs
from ui.repartition.find_table import PAGE_SECONDS, FindTablePage
from ui.repartition.progress_dialog import follow_job
from ui.worker import Job

PROJECTOR_PAGE = "find_table"


class BoardPublishing:
    """The projector page and the table lists."""

    def show_on_projector(self) -> FindTablePage:
        """Set the current round to the one shown and put it on the projector."""
        self._current_round = self._round
        self.ctx.worker.submit(jobs.save_settings, self.ctx.db, {"current_round": self._round})
        page = self._ensure_projector_page()
        self._refresh_projector()
        self.ctx.projector().show_page(PROJECTOR_PAGE)
        self._update_summary()
        return page

    def export_table_lists(self, path: Path, open_after: bool = True) -> Job:
        """Write the facilitators' table lists (worker), then open the PDF."""
        self.lists_button.setEnabled(False)
        job = self.ctx.files_worker.submit(
            jobs.table_lists, self.ctx.db, str(path), with_progress=True, on_error=self._show_error
        )
        follow_job(
            job,
            self,
            QCoreApplication.translate("RepartitionScreen", "Writing the table lists…"),
            QCoreApplication.translate("RepartitionScreen", "Table lists"),
            QCoreApplication.translate("RepartitionScreen", "Cancel"),
        )
        job.succeeded.connect(lambda result: self._on_lists_succeeded(result, open_after))
        job.finished.connect(lambda: self.lists_button.setEnabled(True))
        return job

    def _ensure_projector_page(self) -> FindTablePage:
        projector = self.ctx.projector()
        page = projector.page(PROJECTOR_PAGE)
        if not isinstance(page, FindTablePage):
            page = FindTablePage()
            projector.add_page(PROJECTOR_PAGE, page)
        try:
            seconds = int(self.ctx.settings.value("projector/page_seconds", PAGE_SECONDS))
        except (TypeError, ValueError):
            seconds = PAGE_SECONDS
        page.set_page_seconds(seconds)
        self.find_table_page = page
        return page

    def _refresh_projector(self) -> None:
        if self.find_table_page is None or self._seating is None:
            return
        self.find_table_page.set_round(
            self._current_round, jobs.find_table_entries(self._seating, self._current_round)
        )

    def _on_projector_clicked(self) -> None:
        self.show_on_projector()

    def _on_lists_clicked(self) -> None:
        default = Path.home() / QCoreApplication.translate("RepartitionScreen", "table-lists.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("RepartitionScreen", "Save the table lists"),
            str(default),
            QCoreApplication.translate("RepartitionScreen", "PDF (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export_table_lists(Path(path))

    def _on_lists_succeeded(self, result: Any, open_after: bool) -> None:
        # Without a PDF viewer the banner still says where the file is.
        self._show_banner(
            QCoreApplication.translate("RepartitionScreen", "Table lists written: %1").replace(
                "%1", escape(str(result.path), quote=False)
            ),
            "info",
        )
        if open_after:
            open_generated(result.path, self)
