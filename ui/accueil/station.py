"""This station's own settings: its name (shown in the arrivals log), the
webcam and the sound, each a button beside the answer panel.

A mixin of :class:`ui.accueil.screen.AccueilScreen`.

Its strings keep the screen's translation context, ``AccueilScreen``
(PySide's ``self.tr()`` looks plural forms up under the object's
own class name only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QInputDialog

from katalyze.checkin import service

STATION_KEY = "accueil/station"
SOUND_KEY = "accueil/sound"


class StationControls:
    """Station name, camera and sound."""

    @property
    def station_name(self) -> str:
        return self.station or service.DEFAULT_STATION

    def _show_station(self) -> None:
        shown = self.station or service.DEFAULT_STATION
        self.station_label.setText(
            QCoreApplication.translate("AccueilScreen", "Station: %1").replace("%1", shown)
        )
        if self.feedback.status == "idle":
            self.feedback.show_ready(shown)

    def _ask_station(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("AccueilScreen", "Check-in station"))
        dialog.setLabelText(
            QCoreApplication.translate(
                "AccueilScreen",
                "Name of this station (shown in the arrivals log), e.g. “Entrée 1”:",
            )
        )
        dialog.setTextValue(
            self.station or QCoreApplication.translate("AccueilScreen", "Entrance 1")
        )
        dialog.textValueSelected.connect(self.set_station)
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self._refocus_after_dialog))
        dialog.open()

    def set_station(self, name: str) -> None:
        name = name.strip()[:80]
        if not name:
            return
        self.station = name
        self.ctx.settings.setValue(STATION_KEY, name)
        self._show_station()

    def _label_camera_button(self) -> None:
        on = self.camera_button.isChecked()
        self.camera_button.setText(
            QCoreApplication.translate("AccueilScreen", "Camera: on")
            if on
            else QCoreApplication.translate("AccueilScreen", "Camera: off")
        )

    def _on_camera_button_toggled(self, on: bool) -> None:
        self._label_camera_button()
        if on:
            if self.camera.start():
                self.camera.show()
                self.hint.setText("")
            else:
                self.camera_button.setChecked(False)
        else:
            self.camera.stop()
            self.camera.hide()
        self.refocus()

    def _on_camera_problem(self, message: str) -> None:
        self.hint.setText(message)
        self.camera.hide()
        if self.camera_button.isChecked():
            self.camera_button.setChecked(False)

    def _label_sound_button(self) -> None:
        # "on" only where a beep can be heard: a volunteer counts on it.
        if not self.sounds.has_output():
            self.sound_button.setText(
                QCoreApplication.translate("AccueilScreen", "Sound: no speaker")
            )
            self.sound_button.setToolTip(
                QCoreApplication.translate(
                    "AccueilScreen",
                    "This computer has no audio output: watch the colours. "
                    "Plug in a speaker or headphones to hear the tones.",
                )
            )
            self.sound_button.setEnabled(False)
            return
        self.sound_button.setEnabled(True)
        self.sound_button.setToolTip("")
        on = self.sound_button.isChecked()
        self.sound_button.setText(
            QCoreApplication.translate("AccueilScreen", "Sound: on")
            if on
            else QCoreApplication.translate("AccueilScreen", "Sound: off")
        )

    def _on_sounds_outputs_changed(self) -> None:
        self._label_sound_button()

    def _on_sound_button_toggled(self, on: bool) -> None:
        self._label_sound_button()
        self.sounds.enabled = on
        self.ctx.settings.setValue(SOUND_KEY, "true" if on else "false")
        self.refocus()
