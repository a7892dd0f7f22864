"""One sync round at a time per database, whoever starts it.

Why: two rounds on one database (the application's background sync and a scheduled
`citizenspace sync`, or a round asked for by hand while another runs) plan from the same
state and both publish and apply. The later commit can record an older segment as the last
applied, and both can publish the same outbox under the same numbers with other bytes.

How: a small SQLite file next to the database, held in an exclusive transaction for the
whole round. SQLite's own locking does the work: it is released by the system if the process
dies (nothing stale to clean up by hand), it excludes other connections of the same process
as well as other processes, and it works on Windows as on Linux. The file itself stays empty.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".sync-lock"


class RoundBusy(Exception):
    """Another round kept the database for longer than this one would wait."""

    def __init__(self, lock_path: Path, waited_s: float) -> None:
        super().__init__(f"another sync round holds {lock_path}")
        self.lock_path = lock_path
        self.waited_s = waited_s


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@contextmanager
def round_lock(db_path: Path, wait_s: float) -> Iterator[None]:
    """Hold the round lock of the database at `db_path` for the block; wait at most
    `wait_s` seconds for a round under way to end, then raise `RoundBusy`."""
    path = lock_path(Path(db_path))
    conn = sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)
    try:
        if not _take(conn):
            log.info("another sync round holds %s: waiting up to %s s", path, wait_s)
            conn.execute(f"PRAGMA busy_timeout = {max(int(wait_s * 1000), 0)}")
            if not _take(conn):
                log.warning("another sync round still holds %s: this one stops", path)
                raise RoundBusy(path, wait_s)
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _take(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return False
        raise
    return True
