"""The end-of-round bell, synthesised at first use (no committed audio).

A soft three-stroke chime (a fundamental plus two decaying partials, like a
small bell) written with :mod:`wave` into the cache folder and played with
``QSoundEffect``. A machine without a sound device stays silent.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from katalyze.paths import data_home

RATE = 44100
# (start s, frequency Hz) of each stroke; each rings for STROKE_S.
STROKES: tuple[tuple[float, float], ...] = ((0.0, 784.0), (0.45, 784.0), (0.9, 1046.5))
STROKE_S = 1.1
FILE_NAME = "timer-bell.wav"


def bell_samples(volume: float = 0.6) -> bytes:
    """16-bit mono PCM of the chime."""
    total = int(RATE * (STROKES[-1][0] + STROKE_S))
    mix = [0.0] * total
    attack = int(RATE * 0.004)
    for start, frequency in STROKES:
        offset = int(start * RATE)
        for i in range(int(RATE * STROKE_S)):
            if offset + i >= total:
                break
            t = i / RATE
            envelope = min(1.0, i / attack) * math.exp(-3.2 * t)
            value = (
                math.sin(2 * math.pi * frequency * t)
                + 0.45 * math.sin(2 * math.pi * frequency * 2.76 * t) * math.exp(-4 * t)
                + 0.25 * math.sin(2 * math.pi * frequency * 5.4 * t) * math.exp(-7 * t)
            )
            mix[offset + i] += value * envelope
    peak = max(1e-9, max(abs(v) for v in mix))
    return b"".join(struct.pack("<h", int(v / peak * volume * 32767)) for v in mix)


def bell_file(folder: Path | None = None) -> Path:
    """The chime's WAV in the cache folder, written the first time."""
    folder = folder or data_home() / "cache" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with wave.open(str(tmp), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(bell_samples())
        tmp.replace(path)
    return path


class Bell(QObject):
    """Rings the chime; ``rung`` counts rings (the sound itself may be unavailable)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rung = 0
        self.muted = False
        self._effect = None

    def _ensure(self):  # type: ignore[no-untyped-def]
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(bell_file())))
                effect.setVolume(1.0)
                self._effect = effect
            except (ImportError, OSError):
                self._effect = False
        return self._effect or None

    def prepare(self) -> None:
        """Write and load the sound ahead of time (the first ring is then on time)."""
        self._ensure()

    def ring(self) -> None:
        self.rung += 1
        if self.muted:
            return
        effect = self._ensure()
        if effect is not None:
            effect.play()
