"""The table and door pages in a real browser (Debian's Chromium through
Playwright) at a phone's 360×640, against the real server on 127.0.0.1."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from katalyze.capture import service as capture
from katalyze.db.models import Item
from tests.room_support import (
    PHONE,
    browser_or_skip,
    launch_chromium,
    open_room,
    post_item,
    registered_people,
)

WAIT = 15_000  # ms: generous, the pages poll every second


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    opened = open_room(tmp_path_factory.mktemp("pages"), participants=60, stage="assigned")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def browser():
    browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    tab = context.new_page()
    yield tab
    context.close()


def _items_of(room, table: int) -> list[Item]:
    with room.db.sessions.begin() as session:
        project_id = next(link.project_id for link in room.links if link.table == table)
        return list(session.scalars(select(Item).where(Item.project_id == project_id)))


def test_table_page_captures_votes_synthesises_and_follows_others(room, page) -> None:
    from playwright.sync_api import expect

    page.goto(room.page("table", 1))
    expect(page.locator("#title")).to_contain_text("Table 1", timeout=WAIT)
    assert "#t=" not in page.url  # the token left the address bar
    lines = [
        "i: un atelier de réparation",
        "b:financement 20 k€ pour le local",
        "r: une salle le jeudi",
        "e: je relis le dossier",
        'a: @"La mairie" voter la subvention !15/05',
        "q: qui paie l'assurance ?",
        "i: <script>window.pwned = 1</script> en texte",
    ]
    entry = page.locator("#entry")
    for line in lines:
        entry.fill(line)
        entry.press("Enter")
    rows = page.locator("#items li:not(.pending)")
    expect(rows).to_have_count(len(lines), timeout=WAIT)
    kinds = [row.get_attribute("data-kind") for row in rows.all()]
    assert sorted(set(kinds)) == sorted(
        ["idea", "need", "offer", "commitment", "action", "question"]
    )
    expect(page.locator("#items")).to_contain_text("<script>window.pwned = 1</script> en texte")
    assert page.evaluate("window.pwned") is None

    page.locator("#items li[data-kind=idea] button.vote").first.click()
    expect(page.locator("#items li[data-kind=idea] button.vote").first).to_have_text(
        "▲ 1", timeout=WAIT
    )

    page.locator("#synthesis").fill("La table propose un atelier mensuel.")
    page.locator("#save-synthesis").click()
    expect(page.locator("text=Synthèse enregistrée.")).to_be_visible(timeout=WAIT)
    project_id = _items_of(room, 1)[0].project_id
    assert capture.get_synthesis(room.db, project_id, 1).text.startswith("La table propose")

    # Another phone, then the laptop's Atelier (the core path), add items.
    post_item(room, room.token("table", 1), "other-phone", "i: vu d'un autre téléphone")
    capture.add_item(room.db, project_id, 1, "idea", "tapé sur l'ordinateur")
    expect(page.locator("#items")).to_contain_text("vu d'un autre téléphone", timeout=WAIT)
    expect(page.locator("#items")).to_contain_text("tapé sur l'ordinateur", timeout=WAIT)


def test_table_page_keeps_items_typed_offline_and_sends_each_once(room, page) -> None:
    from playwright.sync_api import expect

    page.goto(room.page("table", 2, lang="en"))
    expect(page.locator("#title")).to_contain_text("Table 2", timeout=WAIT)
    before = len(_items_of(room, 2))
    page.route(re.compile(r".*/api/.*"), lambda route: route.abort())
    entry = page.locator("#entry")
    for n in range(3):
        entry.fill(f"i: offline idea {n}")
        entry.press("Enter")
    expect(page.locator("#items li.pending")).to_have_count(3, timeout=WAIT)
    expect(page.locator("#items .tag").first).to_have_text("pending")
    expect(page.locator("#status")).to_contain_text("3", timeout=WAIT)
    assert len(_items_of(room, 2)) == before
    page.unroute(re.compile(r".*/api/.*"))
    expect(page.locator("#items li.pending")).to_have_count(0, timeout=WAIT)
    texts = [i.text for i in _items_of(room, 2)]
    assert sorted(t for t in texts if t.startswith("offline idea")) == [
        f"offline idea {n}" for n in range(3)
    ]
    expect(page.locator("#status")).to_have_text("Connected", timeout=WAIT)


def test_door_page_checks_in_by_code_and_by_name(room, page) -> None:
    from playwright.sync_api import expect

    from katalyze.checkin.service import undo_check_in

    # Registered people who arrived (undoing a walk-in's arrival removes the walk-in).
    people = registered_people(room, arrived=True)[-3:][::-1]
    for pid, *_ in people:  # the demo had them arrive: they are at the door again
        undo_check_in(room.db, pid)
    page.goto(room.page("door"))
    scan = page.locator("#scan")
    expect(scan).to_be_focused(timeout=WAIT)
    overlay = page.locator("#overlay")

    # A scanner: fast keys, then Enter.
    _pid, code, first, last = people[0]
    scan.press_sequentially(code, delay=5)
    scan.press("Enter")
    expect(overlay).to_be_visible(timeout=WAIT)
    expect(overlay).to_have_class("st-ok", timeout=WAIT)
    expect(page.locator("#overlay-name")).to_have_text(f"{first} {last}".strip())
    expect(page.locator("#overlay-table")).to_contain_text("Table")
    page.locator("#overlay-next").click()
    expect(overlay).to_be_hidden()

    # Typed by hand, slowly, in groups, with no terminator: a pause is enough.
    _pid, code, first, last = people[1]
    scan.press_sequentially(f"{code[:3]} {code[3:8]} {code[8:]}", delay=60)
    expect(overlay).to_be_visible(timeout=WAIT)
    expect(overlay).to_have_class("st-ok", timeout=WAIT)
    page.keyboard.press("Enter")
    expect(overlay).to_be_hidden()

    # Scanned again: the same outcome as the Accueil's, "already".
    scan.press_sequentially(code, delay=5)
    scan.press("Tab")
    expect(overlay).to_be_visible(timeout=WAIT)
    expect(overlay).to_have_class("st-already", timeout=WAIT)
    page.keyboard.press("Enter")
    expect(overlay).to_be_hidden()

    # By name: the search lists the person, a tap checks them in.
    _pid, code, first, last = people[2]
    scan.fill(last)
    result = page.locator("#results button", has_text=first).first
    expect(result).to_be_visible(timeout=WAIT)
    result.click()
    expect(overlay).to_be_visible(timeout=WAIT)
    expect(overlay).to_have_class("st-ok", timeout=WAIT)
    expect(page.locator("#overlay-name")).to_have_text(f"{first} {last}".strip())
