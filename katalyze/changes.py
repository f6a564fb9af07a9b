"""What changed: the one place the core tells listeners about its writes.

A core action that writes publishes, after its commit, the topics it touched
(``Changes.of("items")``) on its database's :class:`ChangeFeed`
(``database.changes``). Listeners subscribe to the feed: the Qt window turns
changes into screen refreshes (``ui.live``), the room's server into what its
pages fetch next, and a watcher of the shared database (other processes,
other laptops) republishes what *they* wrote into the local feed.

A change to items may name the projects (tables) whose items changed
(``Changes.of("items", projects={3})``), so that a screen showing another
table need not read again; without it, any table's items may have changed.

Each change carries its ``origin``: ``None`` for the process's own screens
(they refresh themselves after their own jobs), or a name set with
:func:`acting_as` by another front (``"room"``, ``"remote"``), so that a
screen refreshes on work it did not do itself, once.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, ParamSpec, TypeVar

log = logging.getLogger(__name__)

# The topics a change can name; the Qt signals of ``ui.context.EventSignals``
# are ``<topic>_changed`` for the first seven.
TOPICS: tuple[str, ...] = (
    "event",
    "participants",
    "projects",
    "roles",
    "checkins",
    "seats",
    "items",
    "actions",
    "followup",
    "devices",
)

_origin: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "katalyze_change_origin", default=None
)


@dataclass(frozen=True)
class Changes:
    """The topics one action touched, and who acted (see module doc).
    ``projects``: the projects whose items changed, when the action knows
    (the scope of the ``items`` topic); ``None``: any of them."""

    topics: frozenset[str] = field(default_factory=frozenset)
    origin: str | None = None
    projects: frozenset[int] | None = None

    @classmethod
    def of(cls, *topics: str, projects: Iterable[int] | None = None) -> Changes:
        unknown = set(topics) - set(TOPICS)
        if unknown:
            raise ValueError(f"unknown change topics: {sorted(unknown)}")
        scope = frozenset(projects) if projects is not None and "items" in topics else None
        return cls(frozenset(topics), projects=scope)

    def __or__(self, other: Changes) -> Changes:
        if "items" not in self.topics:
            projects = other.projects
        elif "items" not in other.topics:
            projects = self.projects
        elif self.projects is None or other.projects is None:
            projects = None
        else:
            projects = self.projects | other.projects
        return Changes(self.topics | other.topics, self.origin or other.origin, projects)

    def __bool__(self) -> bool:
        return bool(self.topics)

    def __contains__(self, topic: object) -> bool:
        return topic in self.topics


Listener = Callable[[Changes], None]
_P = ParamSpec("_P")
_R = TypeVar("_R")


class ChangeFeed:
    """Thread-safe publish/subscribe of :class:`Changes` within one process.

    Listeners are called on the publishing thread, right after the commit;
    they must be quick (hand over to their own thread or event loop). A
    listener that raises is logged and never breaks the action that wrote.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` on every change from now on; returns the unsubscribe."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes | Iterable[str]) -> Changes:
        """Tell every listener; the origin is the current :func:`acting_as`
        unless the changes name one. Returns the changes as published."""
        if not isinstance(changes, Changes):
            changes = Changes.of(*changes)
        if not changes:
            return changes
        if changes.origin is None:
            changes = replace(changes, origin=_origin.get())
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a listener's bug must not undo a committed action
                log.exception("change listener failed on %s", sorted(changes.topics))
        return changes


def current_origin() -> str | None:
    return _origin.get()


@contextlib.contextmanager
def acting_as(origin: str | None) -> Iterator[None]:
    """Changes published inside the block name ``origin`` (this thread or task)."""
    token = _origin.set(origin)
    try:
        yield
    finally:
        _origin.reset(token)


def publishes(
    *topics: str, projects: Callable[[Any], Iterable[int]] | None = None
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """A core action taking the database first publishes ``topics`` on its
    feed once it returned (its transaction committed); nothing when it raised.
    ``projects``: the projects whose items changed, from the action's result."""
    changes = Changes.of(*topics)

    def decorate(action: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(action)
        def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            result = action(*args, **kwargs)
            database: Any = args[0] if args else kwargs["db"]
            if projects is None:
                database.changes.publish(changes)
            else:
                database.changes.publish(Changes.of(*topics, projects=projects(result)))
            return result

        return run

    return decorate
