"""Start-up's long-lived objects leave the cyclic collector's sight."""

from __future__ import annotations

import gc

from katalyze.heap import freeze_long_lived


class Kept:
    pass


def test_what_lives_at_freeze_time_is_no_longer_walked_by_collections() -> None:
    before = Kept()
    frozen = freeze_long_lived()
    after = Kept()
    tracked = {id(o) for o in gc.get_objects()}
    assert frozen >= 1 and id(before) not in tracked and id(after) in tracked
    gc.collect()  # a full collection keeps both and walks only the young one
    assert isinstance(before, Kept) and isinstance(after, Kept)
