"""The core's messages: gettext, French as written, English from en.po."""

from __future__ import annotations

import ast
from pathlib import Path

import polib

from katalyze import i18n

CORE = Path(i18n.__file__).parent


def _marked_messages() -> set[tuple[str, str | None]]:
    """Every literal passed to ``_``, ``N_`` or ``ngettext`` in the core."""
    found: set[tuple[str, str | None]] = set()
    for path in CORE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = node.args
            if node.func.id in ("_", "N_") and args and isinstance(args[0], ast.Constant):
                found.add((args[0].value, None))
            elif (
                node.func.id == "ngettext"
                and len(args) >= 2
                and all(isinstance(a, ast.Constant) for a in args[:2])
            ):
                found.add((args[0].value, args[1].value))
    return found


def test_every_marked_message_has_an_english_wording() -> None:
    catalog = polib.pofile(str(i18n.LOCALE_DIR / "en.po"))
    known = {(e.msgid, e.msgid_plural or None) for e in catalog if e.translated()}
    missing = sorted(m for m in _marked_messages() if m not in known)
    assert not missing, "messages without English in katalyze/locale/en.po:\n" + "\n".join(
        repr(m) for m in missing
    )


def test_language_follows_the_setting_and_the_override(monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr_FR:fr")
    i18n.set_language(None)
    assert i18n.current_language() == "fr"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert i18n.current_language() == "en"
    i18n.set_language("fr")
    try:
        assert i18n.current_language() == "fr"
        with i18n.using_language("en"):
            assert i18n.current_language() == "en"
        assert i18n.current_language() == "fr"
    finally:
        i18n.set_language(None)


def test_plural_rules_differ_between_french_and_english() -> None:
    with i18n.using_language("fr"):
        assert i18n.ngettext("{n} personne", "{n} personnes", 0) == "{n} personne"
    with i18n.using_language("en"):
        # No English entry: the French form is kept, with the English rule.
        assert i18n.ngettext("{n} zèbre", "{n} zèbres", 0) == "{n} zèbres"
        assert i18n.ngettext("{n} personne", "{n} personnes", 0) == "{n} people"


def test_no_english_wording_is_left_for_a_message_the_core_no_longer_has() -> None:
    catalog = polib.pofile(str(i18n.LOCALE_DIR / "en.po"))
    marked = _marked_messages()
    stale = sorted(
        e.msgid for e in catalog if e.msgid and (e.msgid, e.msgid_plural or None) not in marked
    )
    assert not stale, "entries of en.po no core message uses:\n" + "\n".join(map(repr, stale))


def test_every_command_line_help_is_marked_for_translation() -> None:
    # The CLI speaks the system's language: a help text written straight in
    # English (or French) would be shown untranslated to the other half.
    import argparse

    from katalyze.cli.main import build_parser

    messages = {m for m, _plural in _marked_messages()}
    # A formatted help ("… (par défaut {default})") is known by its fixed start.
    starts = tuple(m.split("{")[0] for m in messages if "{" in m and m.index("{") >= 8)

    class Marked:
        def __contains__(self, text: str) -> bool:
            return text in messages or text.startswith(starts)

    marked = Marked()
    unmarked: list[str] = []

    def walk(parser: argparse.ArgumentParser) -> None:
        if parser.description and parser.description not in marked:
            unmarked.append(f"{parser.prog}: {parser.description}")
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS and action.help not in marked:
                unmarked.append(f"{parser.prog} {'/'.join(action.option_strings)}: {action.help}")
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help and choice.help not in marked:
                        unmarked.append(f"{parser.prog} {choice.dest}: {choice.help}")
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    with i18n.using_language("fr"):
        walk(build_parser())
    assert not unmarked, "\n".join(unmarked)
