"""Generating the badges PDF: the suggested file name and folder, the job on
the files worker with its progress and Cancel, and what is shown (and opened)
once the PDF is written.

A mixin of :class:`ui.badges.screen.BadgesScreen`.

Its strings keep the screen's translation context, ``BadgesScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from katalyze.badges import BadgeRun, render_badges
from katalyze.paths import data_home
from katalyze.text import fold
from ui.badges.options import EVERYONE, SELECTION, UNPRINTED

SETTINGS_FOLDER = "badges/folder"


class BadgeGeneration:
    """Write the PDF for the people chosen, then open it."""

    def _default_folder(self) -> Path:
        saved = self.ctx.settings.value(SETTINGS_FOLDER, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        if self.ctx.db.path is not None:
            return self.ctx.db.path.parent
        return data_home()

    def _default_name(self, layout: str, mode: int, ids: list[int]) -> str:
        if mode == SELECTION and len(ids) == 1:
            badge = self.model.row_at(self.model.row_of(ids[0]))
            if badge is not None:
                slug = fold(badge.full_name).replace(" ", "-") or str(ids[0])
                return f"badge-{slug}.pdf"
        kind = {EVERYONE: "tous", UNPRINTED: "nouveaux", SELECTION: "selection"}[mode]
        return f"badges-{kind}-{layout}.pdf"

    def generate(self) -> None:
        """Ask where to save, then write the PDF on the worker with progress."""
        if self.busy:
            return
        mode = self.who.checkedId()
        ids = self.selected_ids() if mode == SELECTION else None
        if mode == SELECTION and not ids:
            self._show_error(
                QCoreApplication.translate("BadgesScreen", "No one selected"),
                QCoreApplication.translate(
                    "BadgesScreen",
                    "Select the people whose badges you want in the list, then try again.",
                ),
            )
            return
        if mode == UNPRINTED and self.overview is not None and self.overview.unprinted == 0:
            self._show_error(
                QCoreApplication.translate("BadgesScreen", "Nothing new to print"),
                QCoreApplication.translate(
                    "BadgesScreen",
                    "Every badge has already been printed. Choose “Everyone” or select "
                    "people to print theirs again.",
                ),
            )
            return
        layout = self.layout_combo.currentData()
        out = self.ask_output_path(
            self._default_folder() / self._default_name(layout, mode, ids or [])
        )
        if out is None:
            return
        self.ctx.settings.setValue(SETTINGS_FOLDER, str(out.parent))
        self.progress.setRange(0, 0)
        self.progress.setFormat(QCoreApplication.translate("BadgesScreen", "Preparing…"))
        self.progress_widget.show()
        self.result_label.clear()
        self.job = self.ctx.files_worker.submit(
            render_badges,
            self.ctx.db,
            out,
            layout=layout,
            participant_ids=ids,
            only_unprinted=mode == UNPRINTED,
            show_table=self.show_table.isChecked(),
            mark_printed=self.mark_printed.isChecked(),
            with_progress=True,
            on_done=self._on_job_succeeded,
            on_error=self._on_job_failed,
        )
        self.job.progressed.connect(self._on_job_progressed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self._update_texts()

    def _on_job_progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(QCoreApplication.translate("BadgesScreen", "Badge %v of %m"))

    def _end_job(self) -> None:
        self.job = None
        self.progress_widget.hide()
        self._update_texts()

    def _on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_job_cancelled(self) -> None:
        self._end_job()
        self.result_label.setText(
            QCoreApplication.translate("BadgesScreen", "Cancelled: no file was written.")
        )

    def _on_job_failed(self, message: str) -> None:
        self._end_job()
        self._show_error(
            QCoreApplication.translate("BadgesScreen", "The badges could not be generated"), message
        )

    def _on_job_succeeded(self, run: BadgeRun) -> None:
        self._end_job()
        self.last_run = run
        text = self._run_summary(run) + f"\n{run.path}"
        if run.missing_glyphs:
            text += "\n" + QCoreApplication.translate(
                "BadgesScreen", "Check these badges, the font cannot print them as written:"
            )
            text += "".join(f"\n• {note}" for note in run.missing_glyphs)
        self.result_label.setText(text)
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        # Codes may have been issued and badges marked printed.
        self._dirty = True
        self.ctx.signals.participants_changed.emit()
        if not self.isVisible():
            self.reload()
        self.pdf_written.emit(run)
        if self.open_when_ready.isChecked():
            self.open_file(run.path)

    def _on_open_clicked(self) -> None:
        if self.last_run is not None:
            self.open_file(self.last_run.path)

    def _on_folder_clicked(self) -> None:
        if self.last_run is not None:
            self.open_file(self.last_run.path.parent)
