"""Crash reports: the unexpected becomes a sentence for the person and a file
for whoever fixes it, never a traceback on screen.

Every entry point (the CLI's ``main``, the app's exception hook, an export
that could not render one file) calls :func:`report_crash`, which writes the
traceback, the version and the platform to ``crash-reports/`` in the data
folder (:func:`katalyze.paths.data_home`) and returns the sentence to show.
Writing the report never raises: a full disk still gives the sentence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import platform
import sys
import traceback
from pathlib import Path

from katalyze.i18n import _

FOLDER = "crash-reports"
# Reports kept; older ones are removed when a new one is written.
KEEP = 50
DETAIL_LIMIT = 200


def crash_folder() -> Path:
    from katalyze.paths import data_home

    folder = data_home() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_crash_report(error: BaseException, context: str = "") -> Path | None:
    """Write ``error``'s traceback to a new file; its path, or ``None`` when
    the data folder cannot be written."""
    from katalyze import __version__

    now = dt.datetime.now(dt.UTC)
    lines = [
        f"Katalyze {__version__} — crash report",
        f"time: {now.isoformat(timespec='seconds')}",
        f"python: {sys.version.split()[0]} on {platform.platform()}",
        f"argv: {sys.argv!r}",
        f"context: {context or '-'}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    try:
        folder = crash_folder()
        body = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        for n in itertools.count(1):
            path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}-{n}.txt"
            try:
                with open(path, "x", encoding="utf-8", errors="replace") as out:
                    out.write(body)
                break
            except FileExistsError:
                continue
        _prune(folder)
        return path
    except OSError:
        return None


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.txt"))
    for old in reports[:-KEEP]:
        old.unlink(missing_ok=True)


def describe(error: BaseException) -> str:
    """The error's kind and first words, short enough for a sentence."""
    detail = " ".join(str(error).split())
    if len(detail) > DETAIL_LIMIT:
        detail = detail[: DETAIL_LIMIT - 1] + "…"
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def report_crash(error: BaseException, context: str = "") -> str:
    """Write the report and return the sentence telling the person what
    happened and where the report is."""
    path = write_crash_report(error, context)
    if path is None:
        return _(
            "Erreur inattendue ({error}). Le rapport d'erreur n'a pas pu être enregistré "
            "(dossier de données non accessible en écriture)."
        ).format(error=describe(error))
    return _(
        "Erreur inattendue ({error}). Un rapport a été enregistré dans « {path} » : "
        "joignez-le à votre signalement."
    ).format(error=describe(error), path=path)
