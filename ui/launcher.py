"""The ``katalyze`` command: the core's command line, which opens the app when
no command is given. The core never imports the UI; this front hands it the
function that opens the window, and the app's own ``--self-test`` checks."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _open_app(target: str | None) -> int:
    from ui.app import run_app

    return run_app(target)


def _app_checks() -> list:  # type: ignore[type-arg]
    from ui.self_check import app_checks

    return app_checks()


def main(argv: Sequence[str] | None = None) -> int:
    from katalyze.cli.main import main as cli_main

    return cli_main(
        sys.argv[1:] if argv is None else argv, open_app=_open_app, app_checks=_app_checks
    )
