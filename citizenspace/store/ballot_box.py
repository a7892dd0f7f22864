"""A kiosk's ballot box: where a vote is made durable, in a file that records no order.

Why a file of its own (design and threat model in ``docs/ballot-secrecy.md``): the database
runs in WAL mode, and a WAL file keeps, frame after frame, every page each commit changed.
A vote commits a used code and a ballot together, so whoever copies ``citizenspace.db-wal``
(a stolen kiosk, a disk image, a copy taken after a power cut) could pair every recent ballot
with its code by commit order. So a vote never touches the database: it goes to this box,

- a separate SQLite file (``<database>.ballots``) in rollback-journal mode (``DELETE``,
  ``synchronous=FULL``): the journal exists only while a vote commits and is deleted once it
  is durable, so a committed box holds no history of commits at all;
- where a ballot is written into a **slot chosen at random** among the free ones, slots being
  fixed-size rows overwritten in place (same size, no overflow page, ``secure_delete``), so
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

import json
import secrets
import sqlite3
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


class BallotBox:
    """The ballot box beside one database. Every method is one short transaction."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_database(cls, database: Path) -> BallotBox:
        return cls(path_for(database))

    def exists(self) -> bool:
        return self.path.exists()

    @contextmanager
    def _connect(self, *, create: bool) -> Iterator[sqlite3.Connection]:
        if not create and not self.path.exists():
            raise FileNotFoundError(self.path)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA secure_delete=ON")
            if create:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                )
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS slots "
                    "(n INTEGER PRIMARY KEY, full INTEGER NOT NULL, body BLOB NOT NULL)"
                )
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS used (id TEXT PRIMARY KEY, edition_id TEXT "
                    "NOT NULL, code_hash TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID"
                )
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))
                conn.execute("COMMIT")
            yield conn
        finally:
            conn.close()

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
                free = self._free_slots(conn)
                if len(free) < 2 or len(free) * 2 < self._total(conn):
                    free = self._grow(conn)
                slot = free[secrets.randbelow(len(free))]
                conn.execute("UPDATE slots SET full = 1, body = ? WHERE n = ?", (body, slot))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @staticmethod
    def _free_slots(conn: sqlite3.Connection) -> list[int]:
        return [r[0] for r in conn.execute("SELECT n FROM slots WHERE full = 0")]

    @staticmethod
    def _total(conn: sqlite3.Connection) -> int:
        return conn.execute("SELECT count(*) FROM slots").fetchone()[0]

    def _grow(self, conn: sqlite3.Connection) -> list[int]:
        """Double the box and move every ballot it holds to a new random slot: a larger box
        must not show which ballots came before it grew."""
        total = self._total(conn)
        bodies = [r[0] for r in conn.execute("SELECT body FROM slots WHERE full = 1")]
        new_total = max(FIRST_SLOTS, 2 * total, 4 * len(bodies))
        conn.executemany(
            "INSERT INTO slots (n, full, body) VALUES (?, 0, ?)",
            ((n, _EMPTY) for n in range(total, new_total)),
        )
        places = list(range(new_total))
        secrets.SystemRandom().shuffle(places)
        taken = set(places[: len(bodies)])
        conn.executemany(
            "UPDATE slots SET full = 0, body = ? WHERE n = ?",
            ((_EMPTY, n) for n in range(new_total) if n not in taken and n < total),
        )
        conn.executemany(
            "UPDATE slots SET full = 1, body = ? WHERE n = ?",
            zip(bodies, places[: len(bodies)], strict=True),
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
            ballots = [_unpack(r[0]) for r in conn.execute("SELECT body FROM slots WHERE full = 1")]
            used = [json.loads(r[0]) for r in conn.execute("SELECT body FROM used")]
        return Held(ballots, used)

    def count(self) -> int:
        if not self.path.exists():
            return 0
        with self._connect(create=True) as conn:
            return conn.execute("SELECT count(*) FROM slots WHERE full = 1").fetchone()[0]

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
                    for n, body in conn.execute("SELECT n, body FROM slots WHERE full = 1")
                    if _unpack(body).get("id") in ballot_ids
                ]
                conn.executemany(
                    "UPDATE slots SET full = 0, body = ? WHERE n = ?", ((_EMPTY, n) for n in slots)
                )
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
