"""The room's JSON API on a real server (127.0.0.1): idempotency, scope,
tokens, limits, and check-ins from two door stations and the Accueil."""

from __future__ import annotations

import json
import random
import secrets
import string
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from katalyze.checkin.service import check_in_code
from katalyze.db.models import Item, Participant, ScanLog
from katalyze.room import tokens
from tests.room_support import REPO_ROOT, call, open_room, post_item


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    opened = open_room(tmp_path_factory.mktemp("room"), participants=40, stage="assigned")
    yield opened
    opened.close()


def test_me_names_role_table_and_event(room) -> None:
    status, me = call(room.url, "GET", "/api/me", room.token("table", 1))
    assert status == 200
    assert me["role"] == "table" and me["table"] == 1 and me["event"]
    assert call(room.url, "GET", "/api/me", room.token("door"))[1]["role"] == "door"


def test_same_client_id_five_times_gives_one_item(room) -> None:
    token = room.token("table", 2)
    answers = [
        call(room.url, "POST", "/api/items", token, {"client_id": "same-5", "text": "i: un jardin"})
        for _ in range(5)
    ]
    assert [s for s, _ in answers] == [201, 200, 200, 200, 200]
    assert len({doc["id"] for _, doc in answers}) == 1
    with room.db.sessions.begin() as session:
        assert session.scalar(select(func.count()).where(Item.client_id == "same-5")) == 1


def test_every_kind_goes_through_the_atelier_parser(room) -> None:
    token = room.token("table", 3)
    lines = {
        "idea": "i: une idée",
        "need": "b:financement 20 k€ pour le local",
        "offer": "r: une salle le jeudi",
        "commitment": "e: je relis le dossier",
        "action": 'a: @"La mairie" voter la subvention !15/05',
        "question": "q: qui paie ?",
    }
    for kind, line in lines.items():
        status, item = call(
            room.url, "POST", "/api/items", token, {"client_id": f"k-{kind}", "text": line}
        )
        assert status == 201, item
        assert item["kind"] == kind
    status, items = call(room.url, "GET", "/api/items", token)
    by_kind = {i["kind"]: i for i in items}
    assert by_kind["need"]["category"] == "financement"
    assert by_kind["action"]["responsible"] == "La mairie" and by_kind["action"]["due"]


def test_bad_input_gets_a_sentence_in_the_page_language(room) -> None:
    token = room.token("table", 1)
    long = {"client_id": "too-long", "text": "i: " + "x" * 5000}
    status, fr = call(room.url, "POST", "/api/items", token, long, lang="fr")
    assert status == 400 and "caractères" in fr["error"]
    status, en = call(room.url, "POST", "/api/items", token, long, lang="en")
    assert status == 400 and "characters" in en["error"]
    status, doc = call(room.url, "POST", "/api/items", token, raw=b"{not json")
    assert status == 400 and "JSON" in doc["error"]
    status, doc = call(room.url, "POST", "/api/items", token, {"client_id": "", "text": "i: a"})
    assert status == 400
    status, doc = call(room.url, "POST", "/api/items", token, raw=b"{" + b" " * 70_000 + b"}")
    assert status == 413


def test_a_table_token_stays_at_its_table(room) -> None:
    mine, other = room.token("table", 1), room.token("table", 2)
    _, theirs = call(room.url, "POST", "/api/items", other, {"client_id": "t2-x", "text": "i: à 2"})
    status, _doc = call(room.url, "POST", f"/api/items/{theirs['id']}/vote", mine, {})
    assert status == 403
    status, doc = call(room.url, "PUT", "/api/tables/2/synthesis", mine, {"text": "intrus"})
    assert status == 403 and "table 1" in doc["error"]
    assert all(
        i["project_id"] != theirs["project_id"]
        for i in call(room.url, "GET", "/api/items", mine)[1]
    )
    # Door and stage links do not write items (participant links: test_room_participant).
    assert post_item(room, room.token("door"), "d-1", "i: x")[0] == 403
    assert call(room.url, "GET", "/api/search?q=a", room.token("table", 1))[0] == 403


def test_vote_synthesis_and_since(room) -> None:
    token = room.token("table", 4)
    _, idea = call(room.url, "POST", "/api/items", token, {"client_id": "v-1", "text": "i: vote"})
    status, voted = call(room.url, "POST", f"/api/items/{idea['id']}/vote", token, {})
    assert status == 200 and voted["votes"] == 1
    status, synthesis = call(room.url, "PUT", "/api/tables/4/synthesis", token, {"text": "Bilan"})
    assert status == 200 and synthesis["text"] == "Bilan"
    assert call(room.url, "GET", "/api/table", token)[1]["synthesis"]["text"] == "Bilan"
    since = voted["updated_at"]
    status, changed = call(room.url, "GET", f"/api/items?since={since}", token)
    assert status == 200 and [i["id"] for i in changed] == [idea["id"]]
    assert call(room.url, "GET", "/api/items?since=hier", token)[0] == 400


def test_no_email_or_phone_in_any_answer(room) -> None:
    with room.db.sessions.begin() as session:
        secrets_ = [
            value
            for email, phone in session.execute(select(Participant.email, Participant.phone))
            for value in (email, phone)
            if value
        ]
        someone = session.scalar(select(Participant.last_name).limit(1))
    assert secrets_
    door, table, stage = room.token("door"), room.token("table", 1), room.token("stage")
    answers = [
        call(room.url, "GET", "/api/me", table),
        call(room.url, "GET", "/api/table", table),
        call(room.url, "GET", "/api/items", table),
        call(room.url, "GET", f"/api/search?q={someone}", door),
        call(room.url, "GET", "/api/overview", stage),
        call(room.url, "POST", "/api/checkin", door, {"client_id": "e-1", "code": "x"}),
    ]
    text = json.dumps([doc for _, doc in answers], ensure_ascii=False)
    assert someone in text
    assert not [s for s in secrets_ if s in text]


def test_revoked_token_gets_401_at_once(room) -> None:
    link = tokens.issue(room.db, "table", room.links[5].project_id)
    assert call(room.url, "GET", "/api/me", link.token)[0] == 200
    tokens.revoke(room.db, "table", link.project_id)
    status, doc = call(room.url, "GET", "/api/me", link.token)
    assert status == 401 and set(doc) == {"error"}
    fresh = tokens.regenerate(room.db, "table", link.project_id)
    assert call(room.url, "GET", "/api/me", fresh.token)[0] == 200


def test_a_thousand_bad_tokens_write_nothing(room) -> None:
    def counts() -> tuple[int, int]:
        with room.db.sessions.begin() as session:
            return (
                session.scalar(select(func.count()).select_from(Item)),
                session.scalar(select(func.count()).select_from(ScanLog)),
            )

    before = counts()
    rng = random.Random(9)
    statuses = Counter()
    paths = [("POST", "/api/items"), ("POST", "/api/checkin"), ("PUT", "/api/tables/1/synthesis")]
    for n in range(1000):
        method, path = paths[n % 3]
        token = None if n % 4 == 0 else "".join(rng.choices(string.ascii_letters, k=32))
        if n % 7 == 0:
            token = secrets.token_urlsafe(24)
        body = {"client_id": f"bad-{n}", "text": "i: intrus", "code": "BCDFGHJKNP"}
        status, doc = call(room.url, method, path, token, body)
        statuses[status] += 1
        assert set(doc) == {"error"}
    assert statuses == {401: 1000}
    assert counts() == before


def test_rate_limit_answers_429(room) -> None:
    link = tokens.issue(room.db, "stage")
    limiter = room.server.state.limiter
    per_second, limiter.per_second = limiter.per_second, 0.0  # no refill: counts decide
    try:
        statuses = [
            call(room.url, "GET", "/api/me", link.token)[0] for _ in range(limiter.burst + 5)
        ]
    finally:
        limiter.per_second = per_second
    assert statuses == [200] * limiter.burst + [429] * 5


def test_rate_limiter_refills_with_its_clock() -> None:
    from katalyze.room.guard import RateLimiter

    now = [0.0]
    limiter = RateLimiter(burst=2, per_second=1.0, clock=lambda: now[0])
    assert [limiter.allow("t") for _ in range(3)] == [True, True, False]
    now[0] = 1.0
    assert [limiter.allow("t"), limiter.allow("t")] == [True, False]


def test_pages_escape_and_refuse_no_one(room) -> None:
    import urllib.request

    with urllib.request.urlopen(f"{room.url}/table?lang=en") as response:
        html = response.read().decode()
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert 'lang="en"' in html and "What the table produced" in html
    assert "Participant" not in html  # pages carry no data, only words


@pytest.fixture(scope="module")
def door_room(tmp_path_factory):
    opened = open_room(tmp_path_factory.mktemp("door"), participants=120, stage="registered")
    yield opened
    opened.close()


def test_two_doors_and_the_accueil_check_in_each_person_once(door_room) -> None:
    room = door_room
    with room.db.sessions.begin() as session:
        codes = list(
            session.scalars(
                select(Participant.badge_code).where(Participant.cancelled.is_(False)).limit(100)
            )
        )
    assert len(codes) == 100
    doors = {"porte-1": room.token("door"), "porte-2": tokens.issue(room.db, "door").token}
    results: list[tuple[str, str]] = []
    lock = threading.Lock()
    start = threading.Barrier(3)

    def page(name: str, order: list[str]) -> None:
        start.wait()
        for code in order:
            body = {"client_id": f"{name}-{code}", "code": code, "station": name}
            status, doc = call(room.url, "POST", "/api/checkin", doors[name], body)
            assert status == 200, doc
            with lock:
                results.append((code, doc["status"]))

    def accueil(order: list[str]) -> None:
        start.wait()
        for code in order:
            status = check_in_code(room.db, code, "Accueil").status
            with lock:
                results.append((code, status))

    rng = random.Random(4)
    orders = [rng.sample(codes, len(codes)) for _ in range(3)]
    threads = [
        threading.Thread(target=page, args=("porte-1", orders[0])),
        threading.Thread(target=page, args=("porte-2", orders[1])),
        threading.Thread(target=accueil, args=(orders[2],)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(results) == 300
    oks = Counter(code for code, status in results if status == "ok")
    assert oks == Counter({code: 1 for code in codes})
    assert {status for _, status in results} == {"ok", "already"}


def test_walk_in_and_checkin_by_id_are_idempotent(door_room) -> None:
    room, door = door_room, door_room.token("door")
    body = {"client_id": "walk-1", "first_name": "Zoé", "last_name": "Arrivée", "station": "p"}
    first = call(room.url, "POST", "/api/walkin", door, body)
    again = call(room.url, "POST", "/api/walkin", door, body)
    assert first[0] == again[0] == 200
    assert first[1]["participant_id"] == again[1]["participant_id"]
    assert first[1]["status"] == "ok" and first[1]["name"] == "Zoé Arrivée"


def test_serve_prints_links_and_exits_zero_on_sigterm(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "katalyze",
            "serve",
            "--db",
            str(tmp_path / "e.katalyze"),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        line = process.stdout.readline()
        document = json.loads(line)
        roles = [link["role"] for link in document["links"]]
        assert roles[-2:] == ["door", "stage"]
        door = document["links"][-2]
        assert call(document["url"], "GET", "/api/me", door["token"])[1]["role"] == "door"
        assert door["url"].endswith("#t=" + door["token"])
        process.terminate()
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_table_state_without_items_for_the_pages_periodic_refresh(room) -> None:
    token = room.token("table", 5)
    post_item(room, token, "t5-1", "i: une idée")
    status, whole = call(room.url, "GET", "/api/table", token)
    status, light = call(room.url, "GET", "/api/table?items=0", token)
    assert status == 200 and "items" not in light and len(whole["items"]) == 1
    assert {k: v for k, v in whole.items() if k != "items"} == light
