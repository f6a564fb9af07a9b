"""The ``katalyze`` command: the core's command line, which opens the app when
no command is given. The core never imports the UI; this front hands it the
function that opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _open_app(target: str | None) -> int:
    from ui.app import run_app

    return run_app(target)


def main(argv: Sequence[str] | None = None) -> int:
    from katalyze.cli.main import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv, open_app=_open_app)
