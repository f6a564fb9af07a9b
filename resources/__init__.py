"""Icons, sounds, fonts, translations and styles shipped with Katalyze."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
SOUNDS = RESOURCES / "sounds"
ICONS = RESOURCES / "icons"
