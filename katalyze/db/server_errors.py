"""What to tell a volunteer when a database server does not let us in.

A ``postgresql+psycopg://`` URL can fail in ways a file cannot: the server
laptop is off or on another network, the password is wrong, the database was
never created, or it belongs to another application. Each gets its own
sentence saying what to do. A URL is only ever shown through :func:`masked`:
its password never reaches a message or a log.
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from katalyze.errors import UserError
from katalyze.i18n import _


def masked(url: str) -> str:
    """``url`` with its password replaced by ``***`` (as given when unparsable)."""
    if "://" not in url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("://", 1)[0] + "://…"


class PasswordRefused(UserError):
    """The server refused the user name or password: the caller may ask for it."""


def without_password(url: str) -> str:
    """``url`` with no password at all (to be remembered or shown); as given
    when it is a file path or unparsable."""
    if "://" not in url:
        return url
    try:
        u = make_url(url)
        bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
        return bare.render_as_string(hide_password=False)
    except ArgumentError:
        return url


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` (typed by the user) put in."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def has_password(url: str) -> bool:
    try:
        return "://" in url and make_url(url).password is not None
    except ArgumentError:
        return False


def _server(url: str) -> str:
    parsed = make_url(url)
    host = parsed.host or "localhost"
    return f"{host}:{parsed.port}" if parsed.port else host


def server_and_user(url: str) -> tuple[str, str]:
    """("host:port", user name) of a server URL, to ask for its password."""
    return _server(url), make_url(url).username or ""


def connect_error(exc: BaseException, url: str) -> UserError:
    """The sentence for a failure to reach or enter the server at ``url``
    (a :class:`PasswordRefused` when the password or user name is wrong)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    parsed = make_url(url)
    server = _server(url)
    user = parsed.username or ""
    database = parsed.database or ""
    # The server words its refusal in its own language (English or French here).
    if any(word in text for word in ("password", "mot de passe")):
        return PasswordRefused(
            _(
                "Le serveur {server} refuse l'utilisateur « {user} » : mot de passe ou nom "
                "d'utilisateur incorrect. Recopiez l'adresse donnée par la personne qui tient "
                "le portable serveur."
            ).format(server=server, user=user)
        )
    missing = "does not exist" in text or "n'existe pas" in text
    if missing and ("database" in text or "base de données" in text):
        return UserError(
            _(
                "La base « {database} » n'existe pas sur le serveur {server} : créez-la sur le "
                "portable serveur (createdb -O {user} {database}) ou corrigez son nom dans "
                "l'adresse."
            ).format(database=database, server=server, user=user or "katalyze")
        )
    if missing and ("role" in text or "rôle" in text):
        return UserError(
            _(
                "L'utilisateur « {user} » n'existe pas sur le serveur {server} : créez-le sur le "
                "portable serveur (createuser -P {user}) ou corrigez l'adresse."
            ).format(server=server, user=user)
        )
    return UserError(
        _(
            "Le serveur de base de données {server} ne répond pas : vérifiez que le portable "
            "serveur est allumé, sur le même réseau que ce poste, et que PostgreSQL y tourne "
            "(katalyze doctor --db {url})."
        ).format(server=server, url=masked(url))
    )


def foreign_database(url: str) -> UserError:
    """A database with tables but no Katalyze schema version."""
    if make_url(url).get_backend_name() == "sqlite":
        return UserError(
            _(
                "La base « {url} » contient déjà des tables qui ne sont pas celles de "
                "Katalyze ; choisissez un autre fichier."
            ).format(url=masked(url))
        )
    return UserError(
        _(
            "La base « {database} » du serveur {server} appartient à une autre application "
            "(ses tables ne sont pas celles de Katalyze) : créez une base à part pour "
            "l'événement (createdb -O katalyze soiree) et mettez son nom dans l'adresse."
        ).format(database=make_url(url).database or "", server=_server(url))
    )


def missing_driver(url: str) -> UserError:
    return UserError(
        _(
            "Le pilote PostgreSQL (psycopg) manque à cette installation : installez-le avec "
            "« pip install 'psycopg[binary]' » (ou réinstallez Katalyze), puis rouvrez « {url} »."
        ).format(url=masked(url))
    )


def server_lost(exc: BaseException) -> UserError | None:
    """The sentence for a database server lost in the middle of an action
    (the network or the server laptop went away), or ``None`` for anything else."""
    orig = getattr(exc, "orig", None)
    if not isinstance(exc, OperationalError) or not type(orig).__module__.startswith("psycopg"):
        return None
    return UserError(
        _(
            "Le serveur de base de données ne répond plus : vérifiez le réseau et le portable "
            "serveur, puis recommencez (la porte continue, hors ligne, et renverra ses scans)."
        )
    )
