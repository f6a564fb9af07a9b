"""The room's web server: pages and the JSON API (``docs/api.md``).

Starlette under uvicorn, in a thread of its own with its own event loop (in
the app) or in ``katalyze serve``. Every API request carries its link's
token as ``Authorization: Bearer …``; blocking core calls run in the
threadpool, so the loop never waits on SQLite. Answers are worded in the
page's language (``?lang=`` or ``Accept-Language``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from katalyze.db import Database
from katalyze.errors import UserError
from katalyze.heap import freeze_long_lived
from katalyze.i18n import SUPPORTED, _, using_language
from katalyze.room import service, tokens
from katalyze.room.guard import DeviceBook, RateLimiter
from katalyze.room.words import words

log = logging.getLogger("katalyze.room")

PAGES_DIR = Path(__file__).with_name("pages")
MAX_BODY = 64 * 1024  # bytes of one request body
PAGES = ("table", "door", "stage")
READ_THREADS, WRITE_THREADS = 3, 2


@dataclass
class RoomState:
    """What the server keeps in memory and shows the app: devices, rate limits.
    (The stage's round timer is in the database: ``room.stage_timer``.)"""

    devices: DeviceBook = field(default_factory=DeviceBook)
    limiter: RateLimiter = field(default_factory=RateLimiter)


def language_of(request: Request) -> str:
    chosen = request.query_params.get("lang", "")
    if chosen in SUPPORTED:
        return chosen
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in SUPPORTED:
            return tag
    return "fr"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return None


def _in_language(language: str, fn: Callable[..., Any], *args: Any) -> Any:
    with using_language(language):
        return fn(*args)


async def _body(request: Request) -> dict[str, Any]:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise _TooLarge()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _TooLarge()
        chunks.append(chunk)
    try:
        value = json.loads(b"".join(chunks) or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise UserError(_("Le corps de la requête n'est pas du JSON valide.")) from None
    if not isinstance(value, dict):
        raise UserError(_("Le corps de la requête doit être un objet JSON."))
    return value


class _TooLarge(Exception):
    pass


def _since(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        # A "+" left unescaped in a query string arrives as a space.
        moment = dt.datetime.fromisoformat(value.strip().replace(" ", "+").replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            _("« since » doit être une date ISO 8601, par exemple 2026-12-02T18:30:00Z.")
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _int(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise UserError(_("« {what} » doit être un nombre.").format(what=what)) from None


def build_app(db: Database, state: RoomState | None = None) -> Starlette:
    """The ASGI application over ``db`` (``state`` shared with the app)."""
    state = state or RoomState()
    lanes: dict[bool, anyio.CapacityLimiter] = {}  # made inside the server's event loop

    async def blocking(fn: Callable[..., Any], *args: Any, write: bool = False) -> Any:
        """Run a core call in a worker thread. Few at once (every thread more
        takes the GIL from the window), and writes in a lane of their own so
        that a phone's item never waits behind the others' polls."""
        if not lanes:
            lanes[False] = anyio.CapacityLimiter(READ_THREADS)
            lanes[True] = anyio.CapacityLimiter(WRITE_THREADS)
        return await anyio.to_thread.run_sync(fn, *args, limiter=lanes[write])

    async def api(request: Request, handler: Callable[..., Any], *, writes_item: bool = False):
        language = language_of(request)
        token = _bearer(request)
        device = request.headers.get("x-device", "")[:64] or "?"
        body: dict[str, Any] = {}
        body_error: Exception | None = None
        if token is not None and request.method in ("POST", "PUT"):
            # Read (at most MAX_BODY bytes) before the token is checked, so
            # that the check and the core call are one trip to a worker thread.
            try:
                with using_language(language):
                    body = await _body(request)
            except (_TooLarge, UserError) as exc:
                body_error = exc

        def work() -> tuple[tokens.Grant | None, str, Any]:
            """On a worker thread: the token, the rate limit, then the core call."""
            grant = tokens.check(db, token) if token is not None else None
            if grant is None:
                return None, "unknown", None
            if not state.limiter.allow(grant.token_id):
                return grant, "limited", None
            if body_error is not None:
                return grant, "refused", body_error
            try:
                return grant, "done", _in_language(language, handler, grant, body)
            except UserError as exc:  # Refused included
                return grant, "refused", exc

        grant, outcome, result = (
            (None, "unknown", None)
            if token is None
            else await blocking(work, write=request.method != "GET")
        )
        if grant is None:
            log.info(
                "room refused: no valid token, device %s, %s %s",
                device,
                request.method,
                request.url.path,
            )
            with using_language(language):
                return _error(401, _("Lien inconnu ou révoqué : demandez un nouveau QR code."))
        if outcome == "limited":
            with using_language(language):
                return _error(429, _("Trop de requêtes : réessayez dans un instant."))
        pending = request.headers.get("x-pending", "0")
        status = 200
        if outcome == "done":
            if isinstance(result, tuple):  # (document, created)
                document, created = result
                status = 201 if created else 200
            else:
                document = result
            response: Response = JSONResponse(document, status_code=status)
        elif isinstance(result, _TooLarge):
            status = 413
            with using_language(language):
                response = _error(
                    413, _("Requête trop grosse (au plus {n} Ko).").format(n=MAX_BODY // 1024)
                )
        elif isinstance(result, service.Refused):
            status, response = 403, _error(403, str(result))
        else:  # a UserError: bad input, worded in the page's language
            status, response = 400, _error(400, str(result))
        state.devices.seen(
            device,
            grant.role,
            grant.table,
            request.headers.get("user-agent", ""),
            int(pending) if pending.isdigit() else 0,
            item_sent=writes_item and status == 201,
        )
        who = grant.role if grant.table is None else f"{grant.role} {grant.table}"
        log.info(
            "room: %s, device %s: %s %s -> %d",
            who,
            device,
            request.method,
            request.url.path,
            status,
        )
        return response

    def route(handler: Callable[..., Any], **options: Any):
        async def endpoint(request: Request) -> Response:
            return await api(request, lambda g, b: handler(request, g, b), **options)

        return endpoint

    def me(_r: Request, grant: tokens.Grant, _b: dict) -> dict:
        return service.me(db, grant)

    def table(request: Request, grant: tokens.Grant, _b: dict) -> dict:
        with_items = request.query_params.get("items", "1") != "0"
        return service.table(db, grant, with_items)

    def items(request: Request, grant: tokens.Grant, _b: dict) -> list:
        return service.items(db, grant, _since(request.query_params.get("since")))

    def add_item(_r: Request, grant: tokens.Grant, body: dict) -> tuple:
        return service.add_entry(db, grant, body.get("client_id"), body.get("text"))

    def vote(request: Request, grant: tokens.Grant, body: dict) -> dict:
        item_id = _int(request.path_params["item_id"], "id")
        return service.vote(db, grant, item_id, -1 if body.get("delta", 1) == -1 else 1)

    def synthesis(request: Request, grant: tokens.Grant, body: dict) -> dict:
        number = _int(request.path_params["table"], "n")
        return service.save_synthesis(db, grant, number, body.get("text"))

    def check_in(_r: Request, grant: tokens.Grant, body: dict) -> dict:
        return service.check_in(db, grant, body)

    def walk_in(_r: Request, grant: tokens.Grant, body: dict) -> dict:
        return service.walk_in(db, grant, body)

    def search(request: Request, grant: tokens.Grant, _b: dict) -> list:
        return service.search(db, grant, request.query_params.get("q", ""))

    def overview(_r: Request, grant: tokens.Grant, _b: dict) -> dict:
        return service.overview(db, grant)

    async def page(request: Request) -> Response:
        name = request.path_params.get("page", "")
        if name not in PAGES:
            name = "home"
        language = language_of(request)
        with using_language(language):
            table = words()
        html = (PAGES_DIR / "page.html").read_text(encoding="utf-8")
        html = (
            html.replace("{{lang}}", language)
            .replace("{{page}}", name)
            .replace("{{title}}", escape(table["app"]))
            .replace("{{words}}", escape(json.dumps(table, ensure_ascii=False), quote=True))
        )
        return HTMLResponse(html, headers=_SECURITY_HEADERS)

    async def home(request: Request) -> Response:
        return await page(request)

    routes = [
        Route("/api/me", route(me)),
        Route("/api/table", route(table)),
        Route("/api/items", route(items), methods=["GET"]),
        Route("/api/items", route(add_item, writes_item=True), methods=["POST"]),
        Route("/api/items/{item_id}/vote", route(vote), methods=["POST"]),
        Route("/api/tables/{table}/synthesis", route(synthesis), methods=["PUT"]),
        Route("/api/checkin", route(check_in), methods=["POST"]),
        Route("/api/walkin", route(walk_in), methods=["POST"]),
        Route("/api/search", route(search)),
        Route("/api/overview", route(overview)),
        Mount("/static", StaticFiles(directory=PAGES_DIR), name="static"),
        Route("/", home),
        Route("/{page:str}", page),
    ]
    return Starlette(routes=routes)


# No framing by other sites, no inline script, nothing loaded from elsewhere.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def lan_addresses() -> list[str]:
    """This machine's addresses other devices may reach (best first)."""
    found: list[str] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))  # no packet is sent
            found.append(probe.getsockname()[0])
        except OSError:
            pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if address not in found and not address.startswith("127."):
                found.append(address)
    except OSError:
        pass
    return found or ["127.0.0.1"]


class RoomAddresses:
    """Where a running room is reached (``host`` and ``port`` set by the owner)."""

    host: str
    port: int

    def base_urls(self) -> list[str]:
        """The room's addresses (every LAN address when listening on all)."""
        hosts = lan_addresses() if self.host in ("0.0.0.0", "") else [self.host]
        return [f"http://{h}:{self.port}" for h in hosts]

    def url_for(self, link: tokens.Link, base: str | None = None) -> str:
        """A link's page address; the token rides in the fragment (never sent
        to the server in the URL, never in a log or a Referer)."""
        base = base or self.base_urls()[0]
        return f"{base}/{_page_of(link.role)}#t={link.token}"


class RoomServer(RoomAddresses):
    """The server in a thread of its own: ``start()`` returns once listening
    (``katalyze serve``; the app runs it in a process, ``room.process``)."""

    def __init__(
        self, db: Database, host: str = "0.0.0.0", port: int = 8420, state: RoomState | None = None
    ) -> None:
        import uvicorn

        self.db, self.host = db, host
        self.state = state or RoomState()
        config = uvicorn.Config(
            build_app(db, self.state),
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            limit_concurrency=500,
            timeout_keep_alive=30,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self.port = port

    def start(self, timeout: float = 15.0) -> None:
        """Listen (in a thread); raises a UserError when the port is taken."""
        self._thread = threading.Thread(target=self._server.run, name="katalyze-room", daemon=True)
        self._thread.start()
        waited = threading.Event()
        for _attempt in range(int(timeout / 0.02)):
            if self._server.started or not self._thread.is_alive():
                break
            waited.wait(0.02)
        if not self._server.started:
            self._server.should_exit = True
            raise UserError(
                _(
                    "Impossible d'ouvrir la salle sur {host}:{port} : le port est peut-être déjà "
                    "pris. Choisissez-en un autre."
                ).format(host=self.host, port=self.port)
            )
        sockets = [s for server in self._server.servers for s in server.sockets]
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        # The web stack is loaded and built: out of the collector's sight, so
        # that a full collection never holds the window (or a phone) up.
        freeze_long_lived()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._server.started

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the requests under way, then stop listening."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None


def _page_of(role: str) -> str:
    return {"table": "table", "participant": "table", "door": "door"}.get(role, "stage")


def link_json(server: RoomServer, link: tokens.Link) -> dict[str, Any]:
    out: dict[str, Any] = {"role": link.role}
    if link.table is not None:
        out["table"] = link.table
        out["title"] = link.title
    return out | {"url": server.url_for(link), "token": link.token}
