"""Short, distinct tones for the door, synthesised at first use.

Four families a volunteer learns in a minute, even without looking:
*ok* two rising notes, *already* two equal notes, *error* (invalid, unknown,
foreign) a low double buzz, *attention* (cancelled, replaced) three falling
notes. The WAV files are written with :mod:`wave` into the cache folder (never
committed) and played with ``QSoundEffect``; a machine without sound simply
stays silent.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from katalyze.paths import data_home

RATE = 22050

# family -> notes (frequency Hz, duration s, waveform); 0 Hz is a pause.
TONES: dict[str, list[tuple[float, float, str]]] = {
    "ok": [(880.0, 0.09, "sine"), (0, 0.02, "sine"), (1318.5, 0.16, "sine")],
    "already": [(740.0, 0.12, "sine"), (0, 0.07, "sine"), (740.0, 0.12, "sine")],
    "error": [(196.0, 0.18, "square"), (0, 0.06, "square"), (196.0, 0.28, "square")],
    "attention": [(988.0, 0.11, "triangle"), (784.0, 0.11, "triangle"), (587.0, 0.22, "triangle")],
}

FAMILY_OF_STATUS: dict[str, str] = {
    "ok": "ok",
    "already": "already",
    "invalid": "error",
    "unknown": "error",
    "foreign": "error",
    "cancelled": "attention",
    "replaced": "attention",
}


def _sample(waveform: str, phase: float) -> float:
    if waveform == "square":
        return 0.6 if math.sin(phase) >= 0 else -0.6
    if waveform == "triangle":
        return 2.0 / math.pi * math.asin(math.sin(phase))
    return math.sin(phase)


def synthesize(notes: list[tuple[float, float, str]], volume: float = 0.5) -> bytes:
    """16-bit mono PCM for ``notes``, each with 8 ms fades (no clicks)."""
    frames = bytearray()
    fade = int(RATE * 0.008)
    for frequency, duration, waveform in notes:
        count = int(RATE * duration)
        for i in range(count):
            if frequency <= 0:
                value = 0.0
            else:
                envelope = min(1.0, i / fade, (count - i) / fade)
                value = _sample(waveform, 2 * math.pi * frequency * i / RATE) * envelope
            frames += struct.pack("<h", int(value * volume * 32767))
    return bytes(frames)


def sound_file(family: str, folder: Path | None = None) -> Path:
    """The WAV for ``family``, written on first use."""
    folder = folder or data_home() / "cache" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"accueil-{family}.wav"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with wave.open(str(tmp), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(synthesize(TONES[family]))
        tmp.replace(path)
    return path


def audio_outputs() -> list:
    """The machine's audio output devices (none: no beep will ever come)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # Qt built without multimedia
        return []
    return list(QMediaDevices.audioOutputs())


class SoundBoard(QObject):
    """Plays the tone of an outcome; ``last_family`` tells what was played.

    ``outputs_changed`` when a device comes or goes (headphones, HDMI);
    ``has_output()`` says whether a tone can be heard at all (injectable
    for tests through ``outputs``)."""

    outputs_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self.last_family: str | None = None
        self._effects: dict[str, object] = {}
        self.outputs: Callable[[], list] = audio_outputs
        self._has_output: bool | None = None  # asked once, again when devices change
        self.outputs_changed.connect(self._on_self_outputs_changed)
        try:
            from PySide6.QtMultimedia import QMediaDevices

            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self.outputs_changed)
        except ImportError:
            self._devices = None

    def has_output(self) -> bool:
        if self._has_output is None:
            self._has_output = bool(self.outputs())
        return self._has_output

    def _on_self_outputs_changed(self) -> None:
        self._has_output = None

    def _effect(self, family: str):
        effect = self._effects.get(family)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # Qt built without multimedia: stay silent
                return None
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_file(family))))
            effect.setVolume(0.9)
            self._effects[family] = effect
        return effect

    def preload(self) -> None:
        for family in TONES:
            self._effect(family)

    def play_status(self, status: str) -> None:
        self.play(FAMILY_OF_STATUS.get(status, "error"))

    def play(self, family: str) -> None:
        self.last_family = family
        if not self.enabled or not self.has_output():
            return
        effect = self._effect(family)
        if effect is not None:
            effect.stop()
            effect.play()
