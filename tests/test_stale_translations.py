"""No stale entry: every message in the Restitution and shell translations is
still a string of the code (a message moved elsewhere, such as the "no
application could open" sentence now in ``ui/open_file``, leaves no copy
behind), and each is translated."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.test_translations import AREAS, TRANSLATIONS, lupdate, problems_in

CHECKED = ("restitution", "shell")


def stale_sources(ts: Path, area: str, tmp_path: Path) -> list[str]:
    """Messages lupdate marks as gone from the code, on a copy of ``ts``."""
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    files = [str(p) for p in AREAS[area]]
    result = subprocess.run(
        [tool, "-extensions", "py", *files, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return [
        message.findtext("source") or ""
        for message in ET.parse(copy).getroot().iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") in {"vanished", "obsolete"}
    ]


@pytest.mark.parametrize("area", CHECKED)
def test_every_entry_is_still_used_and_translated(area: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"{area}_fr.ts"
    assert stale_sources(ts, area, tmp_path) == []
    assert problems_in(ts) == []


def test_the_check_sees_a_stale_entry(tmp_path: Path) -> None:
    ts = TRANSLATIONS / "restitution_fr.ts"
    stale = tmp_path / "in" / ts.name
    stale.parent.mkdir()
    text = ts.read_text(encoding="utf-8")
    extra = (
        "    <message>\n        <source>No application could open %1.</source>\n"
        "        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>\n"
        "    </message>\n</context>"
    )
    stale.write_text(text.replace("</context>", extra, 1), encoding="utf-8")
    assert stale_sources(stale, "restitution", tmp_path) == ["No application could open %1."]
