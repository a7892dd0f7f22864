"""Opening a Citizen Space database: one engine per file, set up for safety first.

- WAL journal, so the kiosk's reads never wait for the sync's writes;
- `synchronous=FULL`, so a confirmed vote or visit survives a power cut;
- foreign keys on; recursive triggers on (REPLACE fires delete triggers); secure delete;
- `cs_hlc_tick()` registered on every connection for the capture triggers (`store.capture`).
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from citizenspace.domain import hlc
from citizenspace.store.safety.health import APPLICATION_ID  # noqa: F401 - re-exported

BUSY_TIMEOUT_MS = 10_000


@dataclass
class WallClock:
    """The wall clock the capture triggers read. Tests shift it to simulate a clock that
    jumps back or forward; the application never touches `offset_ms`."""

    offset_ms: int = 0
    _now: object = field(default=time.time, repr=False)
    #: Where this process starts the clock's counter in each new millisecond (`hlc.tick`).
    floor: int = field(default_factory=lambda: secrets.randbelow(1 << (hlc.COUNTER_BITS - 1)))
    #: A random step (up to about a second of readings) taken by this process's first tick.
    jump: int = field(default_factory=lambda: secrets.randbelow(1 << 26) + 1)

    def tick(self, last: int | None) -> int:
        """The next reading for the capture triggers (`cs_hlc_tick`).

        Why the random parts: two copies of a database file (a cloned disk, a backup put
        back) share the device id and the clock until the share shows the copy
        (`store.identity`). While the clock runs ahead of the wall clock (a remote reading
        merged), a tick only adds one, so both copies would stamp their first edits alike,
        and a replica would keep one value without a conflict; in step with the wall clock,
        two edits in one millisecond would too. The first tick of a process jumps by a
        random step, and each new millisecond starts the counter at a random `floor`: two
        processes' readings then part."""
        value = hlc.tick_packed(last, self.now_ms(), self.floor)
        if self.jump:
            value = max(value, (last or 0) + self.jump)
            self.jump = 0
        return value

    def rearm(self) -> None:
        """Take a new random step at the next tick: after merging another device's reading,
        two copies that merged the same one would otherwise tick alike again."""
        self.jump = secrets.randbelow(1 << 26) + 1

    def now_ms(self) -> int:
        return int(self._now() * 1000) + self.offset_ms  # type: ignore[operator]  # the clock callable returns float seconds


def sqlite_of(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy one, for the PRAGMAs and bulk calls that
    SQLAlchemy does not carry (always there while `conn` is open)."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def make_engine(path: Path | str, clock: WallClock | None = None) -> Engine:
    clock = clock or WallClock()
    # hide_parameters: an error message must never carry a person's details (or a ballot)
    # into a log file or onto the screen.
    engine = create_engine(f"sqlite:///{Path(path)}", hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no branch - small glue
        # Let SQLAlchemy, not the driver, decide when transactions begin (see "begin" below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        # REPLACE must fire delete triggers, so it cannot overwrite an insert-only row.
        cur.execute("PRAGMA recursive_triggers = ON")
        # Erased personal data is overwritten on disk, not left in free pages.
        cur.execute("PRAGMA secure_delete = ON")
        cur.close()
        dbapi_conn.create_function("cs_hlc_tick", 1, clock.tick)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock at once, so two processes never deadlock upgrading
        # a read transaction to a write one; readers stay deferred.
        if conn.get_execution_options().get("cs_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    engine.info = {"clock": clock}  # type: ignore[attr-defined]  # Engine.info is documented and writable
    return engine
