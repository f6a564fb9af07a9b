"""French is complete: every .ts is finished, and no source string lacks a translation.

An area is a ``ui`` sub-package (``ui/accueil`` -> ``accueil_fr.ts``); ``shell``
is the modules directly in ``ui``. Running ``lupdate`` on a temporary copy of
each area's file shows any string added to the code but not yet translated.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "ui"
TRANSLATIONS = REPO / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
SKIPPED_TYPES = {"vanished", "obsolete"}


def lupdate() -> str | None:
    venv_tool = Path(__import__("sys").executable).with_name("pyside6-lupdate")
    if venv_tool.exists():
        return str(venv_tool)
    return shutil.which("pyside6-lupdate")


def areas() -> dict[str, list[Path]]:
    """Area name -> the Python files lupdate reads for it."""
    found = {"shell": sorted(UI.glob("*.py"))}
    for package in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[package.name] = sorted(package.rglob("*.py"))
    return found


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in SKIPPED_TYPES:
                continue
            out.append((name, message))
    return out


def problems_in(ts: Path) -> list[str]:
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{ts.name} [{context}] {source!r}"
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        if translation.get("type") == "unfinished":
            problems.append(f"{where}: unfinished")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"{where}: empty translation")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{where}: placeholders differ in {form!r}")
    return problems


TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))


def test_there_are_french_translations() -> None:
    assert (TRANSLATIONS / "shell_fr.ts").is_file()
    assert (TRANSLATIONS / "preparation_fr.ts").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.name for p in TS_FILES])
def test_every_message_has_a_finished_french_translation(ts: Path) -> None:
    assert messages(ts), f"{ts.name} holds no message"
    assert problems_in(ts) == []


AREAS = areas()


def updated_copy(ts: Path, area: str, tmp_path: Path) -> Path:
    """``ts`` as lupdate leaves it after reading the area's code (on a copy)."""
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / ts.name
    if ts.exists():
        shutil.copy(ts, copy)
    files = [str(p) for p in AREAS[area]]
    result = subprocess.run(
        [tool, "-extensions", "py", *files, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return copy


def stale_sources(copy: Path) -> list[str]:
    """Messages lupdate marked as gone from the code."""
    return [
        message.findtext("source") or ""
        for message in ET.parse(copy).getroot().iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") in {"vanished", "obsolete"}
    ]


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_string_is_translated_and_no_entry_is_stale(area: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"{area}_fr.ts"
    copy = updated_copy(ts, area, tmp_path)
    if not copy.exists():  # the area has no user-visible string
        return
    found = messages(copy)
    if not found:
        return
    assert ts.exists(), f"ui/{area} has strings to translate but no {ts.name}"
    missing = [
        f"[{context}] {message.findtext('source')!r}"
        for context, message in found
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], f"untranslated in {ts.name}: run lupdate and translate"
    stale = stale_sources(copy)
    assert stale == [], f"{ts.name} keeps entries the code no longer has: lupdate -no-obsolete"


def test_the_checker_sees_a_stale_entry(tmp_path: Path) -> None:
    ts = TRANSLATIONS / "restitution_fr.ts"
    stale = tmp_path / "in" / ts.name
    stale.parent.mkdir()
    extra = (
        "    <message>\n        <source>No application could open %1.</source>\n"
        "        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>\n"
        "    </message>\n</context>"
    )
    stale.write_text(ts.read_text(encoding="utf-8").replace("</context>", extra, 1), "utf-8")
    assert stale_sources(updated_copy(stale, "restitution", tmp_path)) == [
        "No application could open %1."
    ]


def test_the_checker_catches_an_unfinished_message(tmp_path: Path) -> None:
    ts = tmp_path / "demo_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>X</name>"
        "<message><source>Open %1</source><translation>Ouvrir</translation></message>"
        '<message><source>Close</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    problems = problems_in(ts)
    assert len(problems) == 2
    assert "placeholders" in problems[0] and "unfinished" in problems[1]
