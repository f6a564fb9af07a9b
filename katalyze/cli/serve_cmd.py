"""``katalyze serve --db PATH [--host H] [--port P] [--json]``: the room, headless.

Issues fresh links (one per table, the door, the stage), prints them once
listening (``--json``: one line), serves until SIGTERM/SIGINT, then finishes
the requests under way and exits 0.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from katalyze.cli.common import add_db_option, open_db, print_json
from katalyze.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "serve", help=_("servir les pages de la salle (téléphones aux tables, accueil, scène)")
    )
    add_db_option(parser)
    parser.add_argument(
        "--host", default="0.0.0.0", help=_("adresse d'écoute (par défaut : toutes les interfaces)")
    )
    parser.add_argument(
        "--port", type=int, default=8420, help=_("port (par défaut 8420 ; 0 : un port libre)")
    )
    parser.add_argument(
        "--json", action="store_true", help=_("afficher une ligne JSON une fois à l'écoute")
    )
    parser.add_argument(
        "--participant-links",
        action="store_true",
        help=_(
            "aussi un lien par table pour toute personne qui y est assise (idées et votes seulement)"
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from katalyze.room import tokens
    from katalyze.room.server import RoomServer, link_json

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    for noisy in ("uvicorn", "uvicorn.error", "sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    db = open_db(args, create=True)
    stop = threading.Event()
    previous = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGTERM, signal.SIGINT)}
    server = RoomServer(db, host=args.host, port=args.port)
    try:
        server.start()
        links = tokens.issue_room(db, participant_links=args.participant_links)
        documents = [link_json(server, link) for link in links]
        if args.json:
            print_json({"url": server.base_urls()[0], "links": documents})
        else:
            print(_("Salle ouverte : {urls}").format(urls=", ".join(server.base_urls())))
            for doc in documents:
                where = f" {doc['table']}" if "table" in doc else ""
                print(f"  {doc['role']}{where}: {doc['url']}")
        sys.stdout.flush()
        while not stop.wait(0.5):
            if not server.running:
                break
    finally:
        server.stop()
        db.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return 0
