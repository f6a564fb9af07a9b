"""The room under load: 30 phones on loopback, each posting an item a second,
while the app's Atelier is open in the same process.

Run: ``.venv/bin/python tests/benchmarks/bench_room.py [--seconds 300] [--phones 30]``

The phones run in a process of their own (they are other devices: their
Python must not share the app's GIL); each is a thread with its own keep-alive
HTTP connection. The app's side runs its real event loop (``QEventLoop.exec``).
Every phone posts
``--seconds`` items (a count: one each second on its schedule; every tenth
is sent twice with the same client id, as a page's retry would) and, as the
table page does, polls its table's state once a second. Two phones share each
table, so each sees the other's items. Figures:

- POST → committed: the item answered 201 (the service commits before it
  answers, SQLite ``synchronous=FULL``);
- visible on another phone: from the POST's start to the first poll of the
  table's other phone that lists the item (polling once a second, as pages do);
- lost / duplicated: items in the database per client id after the run;
- Qt timer lateness: a 20 ms QTimer on the GUI thread, while the Atelier
  refreshes on every item the room publishes;
- the CPU seconds of each process (the app, the room's server, the phones)
  and of each of the app's threads.

``--diagnose`` adds the stall finder (``gui_stalls``): the GUI thread's tasks
over 20 ms, what they were, their own CPU, garbage collections. It is an
instrument with a cost of its own (a Python call around every Qt event, a
thread sampling the GUI thread's stack 500 times a second: about a tenth of
a core and the GIL as often), so the figures above are taken without it.
Goal: p95 ≤ 100 ms to commit, ≤ 2 s to another phone, lateness < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.common import open_atelier, percentile

POLL_S = 1.0
TIMER_MS = 20


class Phone(threading.Thread):
    def __init__(self, n: int, port: int, token: str, items: int, start: float, log: dict):
        super().__init__(name=f"phone-{n}", daemon=True)
        self.n, self.port, self.token, self.items, self.start_at = n, port, token, items, start
        self.log = log  # shared: client_id -> post start (monotonic)
        self.commit_ms: list[float] = []
        self.seen: dict[str, float] = {}  # client_id -> first seen (monotonic)
        self.errors: list[str] = []

    def _call(self, conn: http.client.HTTPConnection, method: str, path: str, body=None):
        headers = {"Authorization": f"Bearer {self.token}", "X-Device": f"bench-{self.n}"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"null")

    def run(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        next_post, next_poll, posted = self.start_at + (self.n % 10) / 10, self.start_at, 0
        polls, newest = 0, ""
        while posted < self.items or time.monotonic() < next_post + 3 * POLL_S:
            now = time.monotonic()
            if posted < self.items and now >= next_post:
                client_id = f"p{self.n}-{posted}"
                began = time.monotonic()
                self.log[client_id] = began
                status, doc = self._call(
                    conn,
                    "POST",
                    "/api/items",
                    {"client_id": client_id, "text": f"i: idée {client_id}"},
                )
                if status != 201:
                    self.errors.append(f"{status} {doc}")
                self.commit_ms.append((time.monotonic() - began) * 1000)
                if posted % 10 == 0:  # a page's retry of the same item
                    status, _doc = self._call(
                        conn, "POST", "/api/items", {"client_id": client_id, "text": "i: again"}
                    )
                    if status != 200:
                        self.errors.append(f"resend answered {status}")
                posted += 1
                next_post += 1.0
            elif now >= next_poll:
                # As the page: what changed each second, the rest of the table
                # every tenth (people, synthesis, timer), everything at first.
                if newest:
                    since = dt.datetime.fromisoformat(newest) - dt.timedelta(seconds=10)
                    status, doc = self._call(
                        conn, "GET", "/api/items?since=" + quote(since.isoformat())
                    )
                    items = doc if status == 200 else []
                    if polls % 10 == 0:
                        self._call(conn, "GET", "/api/table?items=0")
                else:
                    status, doc = self._call(conn, "GET", "/api/table")
                    items = doc["items"] if status == 200 else []
                polls += 1
                seen_at = time.monotonic()
                if status == 200:
                    for item in items:
                        newest = max(newest, item["updated_at"])
                        text = item["text"]
                        if text.startswith("idée p"):
                            self.seen.setdefault(text[5:], seen_at)
                next_poll += POLL_S
            else:
                time.sleep(
                    min(next_post, next_poll) - now
                    if posted < self.items
                    else max(0.0, next_poll - now)
                )
        conn.close()


def _server_pid(server) -> int | None:
    """The room's child process (``None`` when it runs in the app's process)."""
    process = getattr(server, "_process", None)
    return None if process is None else process.pid


def drive_phones(port: int, tokens: list[str], items: int, start: float, results) -> None:
    """The phones, in a process of their own (phones are other devices: their
    Python must not take the app's GIL); sends back what they measured."""
    log: dict[str, float] = {}
    phones = [Phone(n, port, token, items, start, log) for n, token in enumerate(tokens)]
    for phone in phones:
        phone.start()
    for phone in phones:
        phone.join()
    results.send({"log": log, "phones": [(p.n, p.commit_ms, p.seen, p.errors) for p in phones]})
    results.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=300, help="items per phone (one a second)")
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument(
        "--no-atelier", action="store_true", help="without the Atelier (to tell the costs apart)"
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="the server in a thread of the app's process (as katalyze serve), not the app's child",
    )
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help="time every GUI-thread event and sample its stack (costs CPU and the GIL)",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-room-"))
    os.environ["KATALYZE_HOME"] = str(folder / "home")

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from sqlalchemy import func, select

    from katalyze.db import open_database
    from katalyze.db.models import Item
    from katalyze.demo import build_demo
    from katalyze.events import ensure_event
    from katalyze.heap import freeze_long_lived
    from katalyze.room import tokens
    from katalyze.room.process import RoomProcess
    from katalyze.room.server import RoomServer
    from tests.benchmarks.gui_stalls import (
        TimedApplication,
        print_report,
        print_thread_cpu,
        process_cpu,
        thread_cpu,
    )

    if args.diagnose:
        app = TimedApplication([])
        watch = app.watch
    else:
        from PySide6.QtWidgets import QApplication

        app, watch = QApplication([]), None
    db = open_database(folder / "room.katalyze")
    ensure_event(db)
    build_demo(db, participants=120, stage="assigned", seed=1)
    ctx = screen = None
    if not args.no_atelier:
        ctx, screen, _capture, _wait = open_atelier(app, db, folder)
    freeze_long_lived()  # as the main window does once an event is open
    room_class = RoomServer if args.in_process else RoomProcess
    server = room_class(db, host="127.0.0.1", port=0)
    server.start()
    links = [link for link in tokens.issue_room(db) if link.role == "table"]
    tables = max(1, args.phones // 2)

    lateness: list[float] = []
    late_at: list[tuple[float, float]] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        late = max(0.0, now - last[0] - TIMER_MS)
        lateness.append(late)
        if late > 20:
            late_at.append((time.perf_counter(), late))
        last[0] = now

    timer = QTimer()
    timer.setInterval(TIMER_MS)
    timer.timeout.connect(tick)

    import multiprocessing

    spawn = multiprocessing.get_context("spawn")
    results, sender = spawn.Pipe(duplex=False)
    table_of = {n: n % tables % len(links) for n in range(args.phones)}
    start = time.monotonic() + 3.0  # CLOCK_MONOTONIC: the same clock in both processes
    driver = spawn.Process(
        target=drive_phones,
        args=(
            server.port,
            [links[table_of[n]].token for n in range(args.phones)],
            args.seconds,
            start,
            sender,
        ),
        daemon=True,
    )
    print(
        f"{args.phones} phones × {args.seconds} items on {min(tables, len(links))} tables "
        f"(loopback, port {server.port}); Atelier {'closed' if screen is None else 'open'}; "
        f"server {'in the app process' if args.in_process else 'in a child process'}",
        flush=True,
    )
    if watch is not None:
        watch.ignore_frame(sys._getframe())
        watch.start()
    cpu0 = time.process_time()
    threads0 = thread_cpu()
    others = {"room's server": _server_pid(server), "phones": None}
    timer.start()
    driver.start()
    others["phones"] = driver.pid
    others0 = {name: process_cpu(pid) for name, pid in others.items()}
    # The window's own event loop, as app.exec() runs it (a loop that spun on
    # processEvents would keep the GUI thread, and the GIL, busy for nothing).
    loop = QEventLoop()
    done = QTimer()
    done.setInterval(100)
    done.timeout.connect(lambda: loop.quit() if results.poll() else None)
    done.start()
    loop.exec()
    done.stop()
    cpu = time.process_time() - cpu0
    threads1 = thread_cpu()
    others1 = {name: process_cpu(pid) for name, pid in others.items()}
    if watch is not None:
        watch.stop()
    timer.stop()
    server.stop()
    measured = results.recv()
    driver.join(10)
    log = measured["log"]
    phones = measured["phones"]  # (n, commit_ms, seen, errors)

    commits = [ms for _n, commit_ms, _s, _e in phones for ms in commit_ms]
    visible = []
    for n, _c, seen, _e in phones:
        for other, *_rest in phones:
            if other == n or table_of[other] != table_of[n]:
                continue
            for client_id, seen_at in seen.items():
                if client_id.startswith(f"p{other}-"):
                    visible.append((seen_at - log[client_id]) * 1000)
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Item.client_id, func.count())
            .where(Item.client_id.like("p%"))
            .group_by(Item.client_id)
        ).all()
    expected = args.phones * args.seconds
    stored = {cid for cid, _n in rows}
    lost = len(set(log) - stored)
    duplicated = sum(n - 1 for _cid, n in rows if n > 1)
    errors = [e for *_rest, errs in phones for e in errs]
    print(
        f"POST → committed      n={len(commits)}  p50={percentile(commits, 50):6.1f} ms  "
        f"p95={percentile(commits, 95):6.1f} ms  max={max(commits):7.1f} ms  goal p95 ≤ 100 ms"
    )
    if visible:
        print(
            f"visible on another phone n={len(visible)}  p50={percentile(visible, 50):6.0f} ms  "
            f"p95={percentile(visible, 95):6.0f} ms  max={max(visible):6.0f} ms  goal p95 ≤ 2000 ms"
        )
    print(
        f"items expected {expected}, stored {len(rows)}, lost {lost}, duplicated {duplicated}, "
        f"errors {len(errors)} {errors[:3]}"
    )
    print(
        f"Qt timer lateness     n={len(lateness)}  p50={percentile(lateness, 50):5.1f} ms  "
        f"p95={percentile(lateness, 95):5.1f} ms  max={max(lateness):6.1f} ms  goal < 50 ms"
    )
    spent = [
        f"{name} {others1[name] - others0[name]:.1f} s"
        for name in others
        if others0[name] is not None and others1[name] is not None
    ]
    print(f"CPU seconds during the run: app {cpu:.1f} s, " + ", ".join(spent))
    print_thread_cpu(threads0, threads1)
    if watch is not None:
        print_report(watch)
    worst = sorted(late_at, key=lambda x: -x[1])[:5]
    print("latest ticks: " + ", ".join(f"{ms:.0f} ms" for _t, ms in worst))
    if screen is not None:
        screen.close()
        ctx.close()
    else:
        db.close()
    return 0 if not lost and not duplicated and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
