"""Render resources/icons/katalyze.svg into the icons Windows and macOS bundles
need: build/icons/katalyze.ico and build/icons/katalyze.icns (generated at
build time, never committed). Run from the repository root in the build venv:
    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "katalyze.svg"
OUT = ROOT / "build" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    OUT.mkdir(parents=True, exist_ok=True)
    pngs: list[Path] = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = OUT / f"katalyze-{size}.png"
        image.save(str(path))
        pngs.append(path)
    largest = Image.open(pngs[-1])
    largest.save(OUT / "katalyze.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(OUT / "katalyze.icns")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
