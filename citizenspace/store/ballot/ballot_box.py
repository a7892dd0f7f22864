"""A kiosk's ballot box: where a vote is made durable, in a file that records no order.

Why a file of its own (design and threat model in ``docs/ballot-secrecy.md``): the database
runs in WAL mode, and a WAL file keeps, frame after frame, every page each commit changed.
A vote commits a used code and a ballot together, so whoever copies ``citizenspace.db-wal``
(a stolen kiosk, a disk image, a copy taken after a power cut) could pair every recent ballot
with its code by commit order. So a vote never touches the database: it goes to this box,

- a separate SQLite file (``<database>.ballots``) in rollback-journal mode (``TRUNCATE``,
  ``synchronous=FULL``): the journal holds pages only while a vote commits and is emptied
  once it is durable, so a committed box holds no history of commits at all;
- where a ballot is written into a **slot chosen at random** among the free ones, slots being
  fixed-size rows overwritten in place (same size, no overflow page, ``secure_delete``; which
  slots are taken is kept in a table of its own, also overwritten in place), so
  the file's layout says nothing of the order ballots arrived in; when the box grows, every
  ballot it holds is moved to a new random slot, so the growth says nothing either;
- with the used code in the same transaction (a crash leaves both or neither), in a table
  whose order (the order codes were used) links to nothing, since ballots carry no order, no
  time finer than the day and a random id.

Ballots leave the box for the database (and from there, shuffled, for the share) only in
batches of at least ``MIN_BATCH`` votes (services.budget.BallotBoxSettler), never the last
few alone.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUFFIX = ".ballots"
#: Bytes of one slot: a compressed ballot fits with room for about ninety choices. Fixed, so
#: that writing a ballot overwrites a slot in place and moves nothing else in the file.
SLOT_BYTES = 2000
#: The smallest box, and what it grows by at least.
FIRST_SLOTS = 256
FORMAT = "1"


class BoxFull(Exception):
    """A ballot too big for a slot (more choices than a kiosk ballot ever has)."""


class CodeAlreadyUsed(Exception):
    """The code was used in this box already (another window of the same kiosk)."""


@dataclass(frozen=True, slots=True)
class Held:
    """What a box holds, as the rows it will give to the database."""

    ballots: list[dict[str, Any]]
    used_codes: list[dict[str, Any]]


def path_for(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + SUFFIX)


def _pack(row: dict[str, Any]) -> bytes:
    data = zlib.compress(json.dumps(row, sort_keys=True, separators=(",", ":")).encode(), 9)
    body = len(data).to_bytes(2, "big") + data
    if len(body) > SLOT_BYTES:
        raise BoxFull("ballot too large for a slot")
    return body + bytes(SLOT_BYTES - len(body))


def _unpack(body: bytes) -> dict[str, Any]:
    size = int.from_bytes(body[:2], "big")
    return json.loads(zlib.decompress(body[2 : 2 + size]))


_EMPTY = bytes(SLOT_BYTES)
_FULL_BODIES = "SELECT s.body FROM slots s JOIN occupancy o ON o.n = s.n WHERE o.full = 1"


class BallotBox:
    """The ballot box beside one database. Every method is one short transaction."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    @classmethod
    def for_database(cls, database: Path) -> BallotBox:
        return cls(path_for(database))

    def exists(self) -> bool:
        return self.path.exists()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __del__(self) -> None:  # a box is often a service's member: close with it
        with contextlib.suppress(Exception):
            self.close()

    @contextmanager
    def _connect(self, *, create: bool) -> Iterator[sqlite3.Connection]:
        """This box's connection, opened once (a vote must not pay for opening a file), one
        caller at a time. Rollback journal truncated at commit: once a vote is durable the
        journal holds nothing of it."""
        with self._lock:
            if self._conn is None:
                if not create and not self.path.exists():
                    raise FileNotFoundError(self.path)
                conn = sqlite3.connect(
                    self.path, isolation_level=None, timeout=30, check_same_thread=False
                )
                try:
                    conn.execute("PRAGMA journal_mode=TRUNCATE")
                    conn.execute("PRAGMA synchronous=FULL")
                    conn.execute("PRAGMA secure_delete=ON")
                    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                    if create and tables < 5:
                        self._create(conn)
                except BaseException:
                    conn.close()
                    raise
                self._conn = conn
            yield self._conn

    @staticmethod
    def _create(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE TABLE IF NOT EXISTS slots (n INTEGER PRIMARY KEY, body BLOB NOT NULL)")
        # Which slots are taken, apart from the bodies so that finding a free one reads a few
        # pages, not the whole box. A rowid table whose rows keep their size, so that taking a
        # slot overwrites its row in place: no index, whose cells would be placed in the order
        # slots were taken.
        conn.execute(
            "CREATE TABLE IF NOT EXISTS occupancy (n INTEGER PRIMARY KEY, full INTEGER NOT NULL)"
        )
        # Used codes may show the order they were used in: nothing links them to a ballot.
        conn.execute(
            "CREATE TABLE IF NOT EXISTS used (id TEXT PRIMARY KEY, edition_id TEXT "
            "NOT NULL, code_hash TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID"
        )
        conn.execute("CREATE INDEX IF NOT EXISTS used_by_code ON used (edition_id, code_hash)")
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))
        conn.execute("COMMIT")

    # ---------------------------------------------------------------- voting

    def cast(
        self,
        ballot: dict[str, Any],
        used_code: dict[str, Any] | None,
        still_unused: Any = None,  # noqa: ANN401 - a callable(code_hash) -> bool
    ) -> None:
        """Make one vote durable: the used code (if any) and the ballot, one transaction.

        ``still_unused`` is asked, while this box is locked, whether the database has seen
        the code used (a sync may be moving codes from the box to the database meanwhile).
        Raises CodeAlreadyUsed and writes nothing when the code was used."""
        body = _pack(ballot)
        with self._connect(create=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if used_code is not None:
                    seen = conn.execute(
                        "SELECT 1 FROM used WHERE edition_id = ? AND code_hash = ?",
                        (used_code["edition_id"], used_code["code_hash"]),
                    ).fetchone()
                    if seen or (still_unused is not None and not still_unused()):
                        raise CodeAlreadyUsed()
                    conn.execute(
                        "INSERT INTO used (id, edition_id, code_hash, body) VALUES (?, ?, ?, ?)",
                        (
                            used_code["id"],
                            used_code["edition_id"],
                            used_code["code_hash"],
                            json.dumps(used_code, sort_keys=True),
                        ),
                    )
                free, total = self._free_count(conn), self._total(conn)
                if free < 2 or free * 2 < total:
                    choices = self._grow(conn)
                    slot = choices[secrets.randbelow(len(choices))]
                else:
                    slot = conn.execute(
                        "SELECT n FROM occupancy WHERE full = 0 LIMIT 1 OFFSET ?",
                        (secrets.randbelow(free),),
                    ).fetchone()[0]
                conn.execute("UPDATE slots SET body = ? WHERE n = ?", (body, slot))
                conn.execute("UPDATE occupancy SET full = 1 WHERE n = ?", (slot,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @staticmethod
    def _free_count(conn: sqlite3.Connection) -> int:
        return conn.execute("SELECT count(*) FROM occupancy WHERE full = 0").fetchone()[0]

    @staticmethod
    def _total(conn: sqlite3.Connection) -> int:
        return conn.execute("SELECT count(*) FROM occupancy").fetchone()[0]

    def _grow(self, conn: sqlite3.Connection) -> list[int]:
        """Double the box and move every ballot it holds to a new random slot: a larger box
        must not show which ballots came before it grew."""
        total = self._total(conn)
        bodies = [r[0] for r in conn.execute(_FULL_BODIES)]
        new_total = max(FIRST_SLOTS, 2 * total, 4 * len(bodies))
        conn.executemany(
            "INSERT INTO slots (n, body) VALUES (?, ?)",
            ((n, _EMPTY) for n in range(total, new_total)),
        )
        conn.executemany(
            "INSERT INTO occupancy (n, full) VALUES (?, 0)",
            ((n,) for n in range(total, new_total)),
        )
        places = list(range(new_total))
        secrets.SystemRandom().shuffle(places)
        taken = set(places[: len(bodies)])
        freed = [n for n in range(total) if n not in taken]
        conn.executemany("UPDATE slots SET body = ? WHERE n = ?", ((_EMPTY, n) for n in freed))
        conn.executemany("UPDATE occupancy SET full = 0 WHERE n = ?", ((n,) for n in freed))
        conn.executemany(
            "UPDATE slots SET body = ? WHERE n = ?",
            zip(bodies, places[: len(bodies)], strict=True),
        )
        conn.executemany(
            "UPDATE occupancy SET full = 1 WHERE n = ?", ((n,) for n in places[: len(bodies)])
        )
        return sorted(set(range(new_total)) - taken)

    # ---------------------------------------------------------------- reading

    def code_used(self, edition_id: str, code_hash: str) -> bool:
        if not self.path.exists():
            return False
        with self._connect(create=True) as conn:
            return (
                conn.execute(
                    "SELECT 1 FROM used WHERE edition_id = ? AND code_hash = ?",
                    (edition_id, code_hash),
                ).fetchone()
                is not None
            )

    def held(self) -> Held:
        """Every ballot and used code the box holds, in no particular order."""
        if not self.path.exists():
            return Held([], [])
        with self._connect(create=True) as conn:
            ballots = [_unpack(r[0]) for r in conn.execute(_FULL_BODIES)]
            used = [json.loads(r[0]) for r in conn.execute("SELECT body FROM used")]
        return Held(ballots, used)

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self._connect(create=True) as conn:
            return conn.execute("SELECT count(*) FROM occupancy WHERE full = 1").fetchone()[0]

    # ---------------------------------------------------------------- emptying

    def remove(self, ballot_ids: set[str], used_ids: set[str]) -> None:
        """Forget ballots and used codes the database now holds (one transaction). The
        slots are overwritten with zeros in place."""
        if not self.path.exists() or not (ballot_ids or used_ids):
            return
        with self._connect(create=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                slots = [
                    n
                    for n, body in conn.execute(
                        "SELECT s.n, s.body FROM slots s JOIN occupancy o ON o.n = s.n "
                        "WHERE o.full = 1"
                    )
                    if _unpack(body).get("id") in ballot_ids
                ]
                conn.executemany(
                    "UPDATE slots SET body = ? WHERE n = ?", ((_EMPTY, n) for n in slots)
                )
                conn.executemany("UPDATE occupancy SET full = 0 WHERE n = ?", ((n,) for n in slots))
                conn.executemany("DELETE FROM used WHERE id = ?", ((i,) for i in used_ids))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def integrity(self) -> list[str]:
        """Problems SQLite finds in the box file ([] when sound or absent)."""
        if not self.path.exists():
            return []
        try:
            with self._connect(create=False) as conn:
                rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        return [] if rows == ["ok"] else rows
