"""Icons, sounds, fonts, translations and styles shipped with Katalyze.

Paths come from :func:`katalyze.paths.resource_path`, the same in development
and in a packaged build.
"""

from katalyze.paths import resource_path

RESOURCES = resource_path("resources")
TRANSLATIONS = RESOURCES / "translations"
FONTS = RESOURCES / "fonts"
SOUNDS = RESOURCES / "sounds"
ICONS = RESOURCES / "icons"
