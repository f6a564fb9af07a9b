"""Another front's committed change reaches the window's signals, once."""

from __future__ import annotations

import threading

from katalyze.changes import ChangeFeed, Changes, acting_as
from ui.context import EventSignals
from ui.live import LiveBridge


def test_changes_from_another_front_become_signals(qtbot) -> None:
    feed = ChangeFeed()
    signals = EventSignals()
    bridge = LiveBridge(feed, signals)
    seen: list[str] = []
    signals.items_changed.connect(lambda: seen.append("items"))
    signals.checkins_changed.connect(lambda: seen.append("checkins"))

    feed.publish(Changes.of("items"))  # the window's own job: no origin, no echo

    def room_writes() -> None:
        with acting_as("room"):
            feed.publish(Changes.of("items", "checkins"))

    with qtbot.waitSignal(bridge.changes_arrived, timeout=2000) as blocker:
        thread = threading.Thread(target=room_writes)
        thread.start()
        thread.join()
    assert blocker.args[0].origin == "room"
    assert sorted(seen) == ["checkins", "items"]
    bridge.stop()
    with acting_as("room"):
        feed.publish(Changes.of("items"))
    qtbot.wait(20)
    assert sorted(seen) == ["checkins", "items"]


def test_a_failing_listener_never_breaks_the_writer() -> None:
    feed = ChangeFeed()
    got: list[Changes] = []

    def broken(_c: Changes) -> None:
        raise RuntimeError("listener bug")

    feed.subscribe(broken)
    feed.subscribe(got.append)
    published = feed.publish(["seats"])
    assert got == [published]
    assert published.topics == {"seats"}


def test_items_changes_keep_their_tables_until_one_may_be_anywhere() -> None:
    one, two = Changes.of("items", projects=[1]), Changes.of("items", projects=[2])
    assert (one | two).projects == {1, 2}
    assert (one | Changes.of("seats")).projects == {1}  # seats say nothing of items
    assert (one | Changes.of("items")).projects is None  # any table's items
    assert Changes.of("seats", projects=[1]).projects is None
