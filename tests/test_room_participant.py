"""The participant link of a table: anyone seated there adds ideas and votes,
nothing else — through the API, the table page, the Salle panel and
``katalyze serve --participant-links``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.room_support import REPO_ROOT, call, open_room, phone_pages, post_item


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    opened = open_room(tmp_path_factory.mktemp("participant"), participants=30, tables=3)
    yield opened
    opened.close()


def test_a_participant_link_adds_ideas_and_votes_and_nothing_else(room) -> None:
    guest, host = room.token("participant", 1), room.token("table", 1)
    status, table = call(room.url, "GET", "/api/table", guest)
    assert status == 200 and table["role"] == "participant" and table["table"] == 1
    status, idea = post_item(room, guest, "g-1", "une idée sans préfixe")
    assert status == 201 and idea["kind"] == "idea"
    assert post_item(room, guest, "g-2", "i: une autre idée")[0] == 201
    for n, line in enumerate(["q: une question", "a: agir", "b: un besoin", "e: je m'engage"]):
        status, doc = post_item(room, guest, f"g-refused-{n}", line)
        assert status == 403 and "idées" in doc["error"], line
    status, voted = call(room.url, "POST", f"/api/items/{idea['id']}/vote", guest, {})
    assert status == 200 and voted["votes"] == 1
    # Not the synthesis, not the door, not the stage, not another table.
    assert call(room.url, "PUT", "/api/tables/1/synthesis", guest, {"text": "x"})[0] == 403
    body = {"client_id": "g-c", "code": "BCDFGHJKNP", "station": "x"}
    assert call(room.url, "POST", "/api/checkin", guest, body)[0] == 403
    assert call(room.url, "GET", "/api/search?q=ab", guest)[0] == 403
    assert call(room.url, "GET", "/api/overview", guest)[0] == 403
    _, other = post_item(room, room.token("table", 2), "t2-1", "i: à la table 2")
    assert call(room.url, "POST", f"/api/items/{other['id']}/vote", guest, {})[0] == 403
    assert all(
        i["project_id"] == idea["project_id"] for i in call(room.url, "GET", "/api/items", guest)[1]
    )
    # The host's link still does everything at the same table.
    assert post_item(room, host, "h-1", "a: appeler la mairie")[0] == 201
    status, doc = post_item(room, guest, "g-en", "q: why?")
    assert status == 403
    status, doc = call(
        room.url, "POST", "/api/items", guest, {"client_id": "g-en2", "text": "q: ?"}, lang="en"
    )
    assert status == 403 and "ideas" in doc["error"]


def test_the_participant_page_offers_ideas_and_votes(room) -> None:
    from playwright.sync_api import expect

    with phone_pages() as (page,):
        page.goto(room.page("participant", 3))
        expect(page.locator("#title")).to_contain_text("Table 3", timeout=15_000)
        expect(page.locator("#synthesis")).to_be_hidden()
        expect(page.locator("label[for=entry]")).to_contain_text("idée")
        page.locator("#entry").fill("un jardin partagé")
        page.locator("#entry").press("Enter")
        row = page.locator("#items li[data-kind=idea]", has_text="un jardin partagé")
        expect(row).to_have_count(1, timeout=15_000)
        row.locator("button.vote").click()
        expect(row.locator("button.vote")).to_have_text("▲ 1", timeout=15_000)
        page.locator("#entry").fill("a: une action")
        page.locator("#entry").press("Enter")
        expect(page.locator("#entry-message")).to_contain_text("idées", timeout=15_000)


def test_serve_hands_out_participant_links(tmp_path) -> None:
    from katalyze.db import open_database
    from katalyze.demo import build_demo
    from katalyze.events import ensure_event

    path = tmp_path / "e.katalyze"
    db = open_database(path)
    ensure_event(db)
    build_demo(db, participants=20, stage="assigned", seed=4, tables=3)
    db.close()
    command = [sys.executable, "-m", "katalyze", "serve", "--db", str(path)]
    command += ["--host", "127.0.0.1", "--port", "0", "--json", "--participant-links"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT
    )
    try:
        document = json.loads(process.stdout.readline())
        guests = [link for link in document["links"] if link["role"] == "participant"]
        assert sorted(link["table"] for link in guests) == [1, 2, 3]
        guest = guests[0]
        assert guest["url"].startswith(document["url"] + "/table#t=")
        assert guest["url"].endswith(guest["token"])
        body = {"client_id": "s-1", "text": "i: une idée"}
        assert call(document["url"], "POST", "/api/items", guest["token"], body)[0] == 201
        body = {"client_id": "s-2", "text": "a: une action"}
        assert call(document["url"], "POST", "/api/items", guest["token"], body)[0] == 403
        process.terminate()
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
