"""What the room's tests and benchmark share: an evening with a running
room server on 127.0.0.1, its links, and a tiny JSON client (urllib)."""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from katalyze.db import Database, open_database
from katalyze.demo import build_demo
from katalyze.events import ensure_event
from katalyze.room import tokens
from katalyze.room.server import RoomServer


@dataclass
class Room:
    db: Database
    server: RoomServer
    links: list[tokens.Link]
    url: str = ""
    by_table: dict[int, str] = field(default_factory=dict)

    def token(self, role: str, table: int | None = None) -> str:
        for link in self.links:
            if link.role == role and link.table == table:
                return link.token
        raise KeyError((role, table))

    def page(self, link_role: str, table: int | None = None, lang: str = "fr") -> str:
        page = "table" if link_role in ("table", "participant") else link_role
        return f"{self.url}/{page}?lang={lang}#t={self.token(link_role, table)}"

    def close(self) -> None:
        self.server.stop()
        self.db.close()


def open_room(
    folder: Path, participants: int = 40, stage: str = "assigned", tables: int = 6
) -> Room:
    db = open_database(folder / "room.katalyze")
    ensure_event(db)
    build_demo(db, participants=participants, stage=stage, seed=3, tables=tables)
    from katalyze.checkin.issuing import ensure_codes_in

    with db.sessions.begin() as session:
        ensure_codes_in(session)
    server = RoomServer(db, host="127.0.0.1", port=0)
    server.start()
    links = tokens.issue_room(db, participant_links=True)
    return Room(db=db, server=server, links=links, url=f"http://127.0.0.1:{server.port}")


def call(
    url: str,
    method: str,
    path: str,
    token: str | None = None,
    body: Any = None,
    *,
    lang: str = "fr",
    raw: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any]:
    """``(status, decoded JSON or None)``; never raises for an HTTP error."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    request = urllib.request.Request(url + path, method=method, data=data)
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept-Language", lang)
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        payload = exc.read()
        try:
            return exc.code, json.loads(payload or b"null")
        except ValueError:
            return exc.code, None


REPO_ROOT = Path(__file__).resolve().parents[1]


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 640}


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def browser_or_skip() -> None:
    """Browser tests need Debian's chromium and Playwright: in CI their
    absence fails the tests; on a workstation it skips them with the reason."""
    import importlib.util
    import os

    import pytest

    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium, ./dev does it)")
    if importlib.util.find_spec("playwright") is None:
        missing.append("the playwright Python package (pip install -e '.[test]')")
    if missing:
        reason = "browser tests need " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@contextlib.contextmanager
def phone_pages(count: int = 1) -> Iterator[list[Any]]:
    """``count`` pages at a phone's 360×640, each a device of its own (its own
    storage), in one Debian Chromium (skips or fails as :func:`browser_or_skip`)."""
    browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        try:
            yield [
                chromium.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
                for _n in range(count)
            ]
        finally:
            chromium.close()


def registered_people(room: Room, *, arrived: bool) -> list[tuple[int, str, str, str]]:
    """``(id, badge code, first name, last name)`` of registered people (not
    cancelled, not walk-ins) who have or have not arrived, by id."""
    from sqlalchemy import select

    from katalyze.db.models import CheckIn, Participant

    arrival = CheckIn.participant_id == Participant.id
    query = select(
        Participant.id, Participant.badge_code, Participant.first_name, Participant.last_name
    )
    query = query.join(CheckIn, arrival) if arrived else query.outerjoin(CheckIn, arrival)
    query = query.where(Participant.cancelled.is_(False), Participant.walk_in.is_(False))
    if not arrived:
        query = query.where(CheckIn.id.is_(None))
    with room.db.sessions.begin() as session:
        return [tuple(row) for row in session.execute(query.order_by(Participant.id))]


def post_item(room: Room, token: str, client_id: str, text: str) -> tuple[int, Any]:
    """A phone's ``POST /api/items``."""
    return call(room.url, "POST", "/api/items", token, {"client_id": client_id, "text": text})
