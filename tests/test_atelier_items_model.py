"""The Atelier's items model takes new items in place (the room's phones) and
resets only when something already shown changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtTest import QAbstractItemModelTester

from katalyze.capture.service import ItemInfo
from ui.atelier.models import ItemsModel


def _item(item_id: int, kind: str = "idea", text: str = "") -> ItemInfo:
    fields = {f.name: None for f in dataclasses.fields(ItemInfo)}
    fields.update(
        id=item_id,
        kind=kind,
        text=text or f"item {item_id}",
        position=item_id,
        project_id=1,
        round=1,
        created_at=dt.datetime(2026, 3, 26, 19, tzinfo=dt.UTC),
    )
    return ItemInfo(**fields)  # type: ignore[arg-type]


def test_new_items_are_inserted_and_a_changed_one_asks_for_a_reset(qtbot) -> None:
    model = ItemsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = [_item(1), _item(2, "need")]
    model.set_items(first)
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, a, b: inserted.append((parent.row(), b - a + 1)))

    assert model.append_new([*first, _item(3), _item(4, "action")])
    assert resets == []
    assert sorted(inserted) == sorted(
        [(model.group_index("idea").row(), 1), (model.group_index("action").row(), 1)]
    )
    assert [i.id for i in model.items_of("idea")] == [1, 3]

    edited = dataclasses.replace(first[0], text="changed")
    before = model.items()
    assert not model.append_new([edited, *before[1:]])
    assert model.items() == before  # untouched: the caller resets
    assert not model.append_new(before[1:])  # a deleted item too
