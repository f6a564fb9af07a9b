"""Writing files so that a crash never leaves a half-written one."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from katalyze.errors import UserError
from katalyze.i18n import _


@contextlib.contextmanager
def atomic_target(final: Path) -> Iterator[Path]:
    """A temporary path beside ``final``, renamed onto it only if the block succeeds.

    The writer creates the temporary file itself (with the usual permissions);
    on any error, cancellation included, it is removed and ``final`` is left as
    it was.
    """
    final = Path(final)
    folder = final.parent
    if not folder.is_dir():
        raise UserError(
            _("Le dossier « {folder} » n'existe pas : choisissez un autre emplacement.").format(
                folder=folder
            )
        )
    if not os.access(folder, os.W_OK):
        raise UserError(
            _("Impossible d'écrire dans « {folder} » : choisissez un autre dossier.").format(
                folder=folder
            )
        )
    temp = final.with_name(f".{final.name}.{secrets.token_hex(4)}.part")
    try:
        yield temp
        try:
            os.replace(temp, final)
        except PermissionError as exc:
            raise UserError(
                _(
                    "Impossible de remplacer « {final} » : le fichier est peut-être ouvert dans un "
                    "autre programme. Fermez-le puis recommencez."
                ).format(final=final)
            ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
