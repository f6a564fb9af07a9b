"""Keep Python's cyclic garbage collector off the long-lived heap.

A full (generation 2) collection walks every tracked object: with Qt, SQLAlchemy
and the room's web stack loaded that is ~130,000 objects and 80 ms of CPU (far
more on a loaded laptop), during which every thread waits, the window included.
Those objects live as long as the process, so once start-up is over they are
collected once and *frozen* (``gc.freeze``): later collections look only at
what was made since. Call :func:`freeze_long_lived` after a front has built
what it keeps (the app's window and event, the room's server).
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> int:
    """Collect what is garbage now, then exempt every surviving object from
    future collections; returns how many objects were frozen in all."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
