"""``katalyze``: with no command, open the app; otherwise run one command.

Exit status 0 on success, 1 on a user error (one line on stderr), never a
traceback: an unexpected error prints one sentence naming the crash report
written in the data folder (:mod:`katalyze.crash`).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from katalyze import __version__
from katalyze.cli.common import add_db_option
from katalyze.errors import UserError
from katalyze.i18n import _

# One module per command family; each has ``register(subparsers)`` and sets
# ``run`` (a function taking the parsed arguments and returning an exit code).
COMMAND_MODULES: tuple[str, ...] = (
    "katalyze.cli.demo_cmd",
    "katalyze.cli.import_cmd",
    "katalyze.cli.list_cmd",
    "katalyze.cli.badges_cmd",
    "katalyze.cli.checkin_cmd",
    "katalyze.cli.export_cmd",
    "katalyze.cli.assign_cmd",
    "katalyze.cli.followup_cmd",
    "katalyze.cli.serve_cmd",
    "katalyze.cli.copy_cmd",
    "katalyze.cli.doctor_cmd",
)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, _("utilisation : ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse, with its own words (usage, headings, -h) in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = _("arguments positionnels")
        self._optionals.title = _("options")
        self.add_argument("-h", "--help", action="help", help=_("afficher cette aide et quitter"))

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UserError(f"{self.prog}: {_argparse_message(message)}")


def _argparse_message(message: str) -> str:
    """argparse's most frequent complaints in the user's language."""
    found = re.fullmatch(r"the following arguments are required: (.*)", message)
    if found:
        return _("arguments obligatoires manquants : {names}").format(names=found.group(1))
    found = re.fullmatch(r"unrecognized arguments: (.*)", message)
    if found:
        return _("arguments non reconnus : {names}").format(names=found.group(1))
    found = re.fullmatch(r"argument (.+?): invalid choice: (.+?) \(choose from (.*)\)", message)
    if found:
        return _("argument {name} : choix invalide {value} (choisissez parmi {choices})").format(
            name=found.group(1), value=found.group(2), choices=found.group(3)
        )
    return message


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="katalyze",
        description=_(
            "Katalyze : mener une soirée KatalyZe (sans commande, l'application s'ouvre)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"katalyze {__version__}",
        help=_("afficher la version et quitter"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("vérifier cette installation en quelques secondes, puis quitter"),
    )
    add_db_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _app_only(argv: list[str]) -> str | bool | None:
    """``katalyze`` or ``katalyze --db PATH``: the database to open the app on
    (``None`` for the welcome screen), or ``False`` when a command is given.
    Opening the app this way skips importing every command (cold start)."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--db":
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argv[0].removeprefix("--db=")
    return False


# Opens the desktop app on an event (``None``: the welcome screen). The core
# never imports the UI: the ``katalyze`` command (``ui.launcher``) hands it in.
AppOpener = Callable[[str | None], int]
# ``--self-test``: a front's own checks, (name, check(folder) -> detail) pairs.
SelfCheck = tuple[str, Callable[[Path], str]]


def main(
    argv: Sequence[str] | None = None,
    open_app: AppOpener | None = None,
    app_checks: Callable[[], Sequence[SelfCheck]] | None = None,
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv == ["--self-test"]:  # the front adds its own checks (the app: Qt's)
            from katalyze.selftest import self_test

            return self_test(app_checks() if app_checks else ())
        target = _app_only(argv)
        if target is False:
            args = build_parser().parse_args(argv)
            if args.command is not None:
                return int(args.run(args) or 0)
            target = getattr(args, "db", None)
        if open_app is None:
            raise UserError(
                _(
                    "donnez une commande (katalyze --help) ; l'application s'ouvre avec la commande "
                    "« katalyze » ou « python -m ui »."
                )
            )
        return open_app(target)
    except UserError as exc:
        print(f"katalyze: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("katalyze: interrompu."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: a crash report and one sentence
        from katalyze.crash import report_crash

        print(f"katalyze: {report_crash(exc, 'cli: ' + ' '.join(argv[:2]))}", file=sys.stderr)
        return 1
