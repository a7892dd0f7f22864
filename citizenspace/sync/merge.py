"""The database side of sync: what this machine publishes, and how others' changes merge.

Rules (DESIGN.md, "Change capture"):
- insert-only tables merge by set union; the same id with other content is an alarm,
  never a silent overwrite;
- mutable tables merge per field: the highest version (hlc, device) wins; a write made
  without seeing another write to the same field (the two share a base) leaves a conflict
  record, derived the same way on every replica from the history of writes;
- a delete is a tombstone and wins: no deleted row comes back.
Applying a segment twice, or segments in any order, gives the same database.
"""

from __future__ import annotations

import json
import logging
import random
import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from citizenspace.domain.hlc import Timestamp
from citizenspace.domain.sync_kinds import SyncKind
from citizenspace.store import capture
from citizenspace.store.ballot.ballot_settle import MIN_BATCH, note_double_uses
from citizenspace.store.database import Database
from citizenspace.store.engine import sqlite_of
from citizenspace.store.models import synced_tables
from citizenspace.sync.fastpath import Incoming, bulk_new_rows, bulk_new_rows_many
from citizenspace.sync.gcpause import collector_paused

log = logging.getLogger(__name__)

Version = tuple[int, str]
CONFLICT_NAMESPACE = uuid.UUID("0f6a4f0e-9d7c-4b1e-8d59-3b1f7c2a9e11")
#: Kiosk ballots are published only in batches of at least this many votes (ballots, not
#: rows), shuffled: a lone ballot appearing on the share right after a code was used would
#: say who voted what. Paper ballots are not held: nothing links them to a child.
SECRET_MIN_BATCH = MIN_BATCH

#: The page cache while remote changes go in, in KiB (SQLite's default is 2 MiB): a device
#: catching up inserts rows whose indexes (names, districts) take keys in no useful order,
#: and a cache smaller than those indexes writes the same pages out again and again.
#: Memory is taken only as pages are read, and given back when the apply ends.
APPLY_CACHE_KIB = -65_536


@dataclass
class Outgoing:
    """What this machine has not published yet, as one segment body."""

    epoch: str
    device: str
    seq_from: int
    seq_to: int
    hlc_min: int
    hlc_max: int
    changes: list[list[Any]]
    secret: list[list[Any]]
    secret_ids: list[str] = field(default_factory=list)
    #: The outbox (change_log) entries this segment carries.
    log_from: int = 0
    log_to: int = -1
    #: Column names of each table whose inserts carry their values as a plain list.
    columns: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.changes and not self.secret

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"changes": self.changes, "secret": self.secret}
        if self.columns:
            body["columns"] = self.columns
        return body


def _compact(changes: list[list[Any]]) -> dict[str, list[str]]:
    """Inserts carry every column: write their values as a list, the names once per table
    (segment format 2). Half the bytes to parse for a new device catching up, and the values
    go to SQLite as they are. An insert whose columns differ from its table's first one
    (captured before an upgrade) keeps its names."""
    columns: dict[str, list[str]] = {}
    for change in changes:
        data = change[5]
        if change[4] == "I" and isinstance(data, dict):
            names = columns.setdefault(change[2], list(data))
            if len(names) == len(data) and names == list(data):
                change[5] = list(data.values())
    return columns


def expand(columns: dict[str, list[str]], table: str, data: Any) -> Any:
    """The values of a compacted insert as a dict again (`data` as it is otherwise)."""
    if isinstance(data, list):
        names = columns.get(table)
        if names is None or len(names) != len(data):
            raise ValueError(f"insert values do not match the columns of {table}")
        return dict(zip(names, data, strict=True))
    return data


@dataclass
class Applied:
    changes: int = 0
    deferred: int = 0
    conflicts: int = 0
    alarms: int = 0
    clock_capped: bool = False
    #: Not applied: it does not chain on what is recorded as applied (see `_follows`).
    stale: bool = False
    #: Changes that went through the careful path (edits, deletes, rows met again): the
    #: ones that can overwrite or remove a value, such as an erasure made elsewhere.
    careful: int = 0


def _columns(conn: Connection, table: str) -> list[str]:
    return [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


# --------------------------------------------------------------------------- publishing


def outgoing(db: Database) -> Outgoing:
    """What this machine publishes next under its current identity (see `outgoings`)."""
    return outgoings(db)[-1]


def outgoings(db: Database) -> list[Outgoing]:
    """What this machine has not published yet, one body per identity it publishes under:
    first each identity it has left that still has changes to send (`SyncLeftover`), then
    its current one, last in the list (possibly empty).

    A change goes out under the device it was made as, because its field versions name
    that device on every replica; its outbox number says which (entries up to a leftover's
    `upto_log` were made before this database left that identity). Secret items (ballots,
    used codes) carry no version: they go with the current identity, shuffled, held back
    while fewer than `SECRET_MIN_BATCH` votes wait: never the last few alone, not even at
    the end of a vote (the ballot box keeps a pool for that, see store.ballot_settle)."""
    with db.read() as s:
        conn = s.connection()
        device, epoch = conn.exec_driver_sql(
            "SELECT device_id, epoch FROM local_state WHERE id = 1"
        ).one()
        leftovers = conn.exec_driver_sql(
            "SELECT device, epoch, upto_log FROM sync_leftovers ORDER BY upto_log"
        ).all()
        ranges: list[tuple[str, str, int, int | None]] = []
        low = 0
        for left_device, left_epoch, upto in leftovers:
            ranges.append((left_device, left_epoch, low, upto))
            low = max(low, upto)
        ranges.append((device, epoch, low, None))
        out = []
        for i, (dev, ep, lo, hi) in enumerate(ranges):
            current = i == len(ranges) - 1
            one = _outgoing(conn, dev, ep, lo, hi, secret=current)
            if current or not one.empty:
                out.append(one)
    return out


def _outgoing(
    conn: Connection, device: str, epoch: str, low: int, high: int | None, *, secret: bool
) -> Outgoing:
    last = conn.exec_driver_sql(
        "SELECT last_seq FROM sync_published WHERE epoch = ?", (epoch,)
    ).scalar()
    rows = conn.exec_driver_sql(
        "SELECT seq, hlc, table_name, row_id, op, data, base FROM change_log "
        "WHERE published = 0 AND seq > ? AND seq <= ? ORDER BY seq",
        (low, high if high is not None else 2**62),
    ).all()
    secret_rows = (
        conn.exec_driver_sql(
            "SELECT id, table_name, row_id, data FROM secret_outbox WHERE published = 0"
        ).all()
        if secret
        else []
    )
    changes = [
        [seq, hlc, table, row_id, op, _load(data), _load(base)]
        for seq, hlc, table, row_id, op, data, base in rows
    ]
    secret_items: list[list[Any]] = []
    secret_ids: list[str] = []
    votes = sum(
        1
        for _i, table, _r, data in secret_rows
        if table == "ballots" and (_load(data) or {}).get("channel") != "paper"
    )
    if secret_rows and (votes == 0 or votes >= SECRET_MIN_BATCH):
        shuffled = list(secret_rows)
        random.SystemRandom().shuffle(shuffled)
        secret_items = [[t, r, _load(d)] for _i, t, r, d in shuffled]
        secret_ids = [i for i, *_ in shuffled]
    # Segments number the changes of an epoch from 1; the outbox's own numbers go on
    # across epochs and only say which entries were sent.
    seq_from = (last or 0) + 1
    seq_to = seq_from + len(changes) - 1
    hlcs = [c[1] for c in changes] or [0]
    columns = _compact(changes)
    return Outgoing(
        epoch,
        device,
        seq_from,
        seq_to,
        min(hlcs),
        max(hlcs),
        changes,
        secret_items,
        secret_ids,
        log_from=changes[0][0] if changes else 0,
        log_to=changes[-1][0] if changes else -1,
        columns=columns,
    )


def note_attempt(db: Database, out: Outgoing, checksum: str) -> None:
    """Before a segment is written: remember its checksum as ours. The write may land and
    be reported as failed; a later round then knows the file as its own (and adopts it),
    where a file under our name that we never wrote means a copy of this database."""
    with db.write() as s:
        s.connection().exec_driver_sql(
            "INSERT OR IGNORE INTO sync_own_segments (device, epoch, checksum, written, "
            "seq_from, seq_to, log_from, log_to, secret, confirmed) VALUES (?, ?, ?, "
            "(SELECT coalesce(max(written), 0) + 1 FROM sync_own_segments), ?, ?, ?, ?, ?, 0)",
            (
                out.device,
                out.epoch,
                checksum,
                out.seq_from,
                out.seq_to,
                out.log_from,
                out.log_to,
                len(out.secret),
            ),
        )


def mark_published(db: Database, out: Outgoing, checksum: str) -> None:
    """Once the segment is on the share and verified: never publish these again."""
    with db.write() as s:
        conn = s.connection()
        if out.changes:
            conn.exec_driver_sql(
                "UPDATE change_log SET published = 1 WHERE seq BETWEEN ? AND ?",
                (out.log_from, out.log_to),
            )
        for chunk in _chunks(out.secret_ids, 500):
            marks = ",".join("?" * len(chunk))
            conn.exec_driver_sql(
                f"UPDATE secret_outbox SET published = 1 WHERE id IN ({marks})", tuple(chunk)
            )
        _record_published(conn, out.device, out.epoch, max(out.seq_to, 0), checksum)


def _record_published(conn: Connection, device: str, epoch: str, seq: int, checksum: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_published (epoch, last_seq, last_checksum, segments) "
        "VALUES (?, ?, ?, 1) ON CONFLICT(epoch) DO UPDATE SET last_seq = excluded.last_seq, "
        "last_checksum = excluded.last_checksum, segments = segments + 1",
        (epoch, seq, checksum),
    )
    conn.exec_driver_sql(
        "UPDATE sync_own_segments SET confirmed = 1 WHERE device = ? AND epoch = ? "
        "AND checksum = ?",
        (device, epoch, checksum),
    )


def last_published(db: Database, epoch: str | None = None) -> tuple[str, int, str | None]:
    """(epoch, last seq, last checksum) of one of this machine's epochs (its current one by
    default)."""
    with db.read() as s:
        conn = s.connection()
        if epoch is None:
            epoch = conn.exec_driver_sql("SELECT epoch FROM local_state WHERE id = 1").scalar_one()
        row = conn.exec_driver_sql(
            "SELECT last_seq, last_checksum FROM sync_published WHERE epoch = ?", (epoch,)
        ).first()
    return (epoch, row[0], row[1]) if row else (epoch, 0, None)


def our_pairs(db: Database) -> list[tuple[str, str]]:
    """The (device, epoch) pairs this machine publishes under: the identities it has left
    that still have a leftover epoch, then its current one."""
    with db.read() as s:
        conn = s.connection()
        pairs = [
            (d, e)
            for d, e in conn.exec_driver_sql(
                "SELECT device, epoch FROM sync_leftovers ORDER BY upto_log"
            )
        ]
        pairs.append(tuple(conn.exec_driver_sql("SELECT device_id, epoch FROM local_state").one()))
    return pairs


def known_checksums(db: Database) -> set[str]:
    """Every segment this machine wrote or tried to write."""
    with db.read() as s:
        return {
            r[0] for r in s.connection().exec_driver_sql("SELECT checksum FROM sync_own_segments")
        }


def own_ranges(db: Database) -> dict[str, tuple[int, int]]:
    """(seq_from, seq_to) of every segment this machine wrote or tried to write, by checksum."""
    with db.read() as s:
        return {
            checksum: (seq_from, seq_to)
            for checksum, seq_from, seq_to in s.connection().exec_driver_sql(
                "SELECT checksum, seq_from, seq_to FROM sync_own_segments"
            )
        }


#: Local setting: the epoch `restart_epoch` started, and how far this machine had published
#: in each older one, for that epoch's first segment to say (see `supersede`).
SUPERSEDES_KEY = "sync_supersedes"


def superseding(db: Database, epoch: str | None = None) -> dict[str, dict[str, Any]]:
    """What the first segment of `epoch` (the current one by default) supersedes: how far
    this machine had published in the older epochs that it carries again whole. Empty for
    an epoch started otherwise: only a segment that carries it all again may say."""
    with db.read() as s:
        conn = s.connection()
        if epoch is None:
            epoch = conn.exec_driver_sql("SELECT epoch FROM local_state WHERE id = 1").scalar_one()
        raws = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT value FROM local_settings WHERE key IN (?, ?)",
                (SUPERSEDES_KEY, f"{SUPERSEDES_KEY}:{epoch}"),
            )
        ]
    for raw in raws:
        try:
            memo = json.loads(raw or "{}")
        except ValueError:
            continue
        if isinstance(memo, dict) and memo.get("epoch") == epoch:
            older = memo.get("supersedes")
            return older if isinstance(older, dict) else {}
    return {}


_EPOCH = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_CHECKSUM = re.compile(r"[0-9a-f]{64}")


def superseded_by(header: dict[str, Any]) -> dict[str, tuple[int, str]]:
    """The older epochs of its device that a segment supersedes, each with how far (seq,
    checksum): only the first segment of an epoch says so. Anything malformed is ignored."""
    older = header.get("supersedes")
    if header.get("prev") is not None or not isinstance(older, dict):
        return {}
    out: dict[str, tuple[int, str]] = {}
    for epoch, mark in older.items():
        if (
            not isinstance(mark, dict)
            or epoch == header.get("epoch")
            or not _EPOCH.fullmatch(epoch)
        ):
            continue
        seq, checksum = mark.get("last_seq"), mark.get("last_checksum")
        if (
            type(seq) is int
            and seq > 0
            and isinstance(checksum, str)
            and _CHECKSUM.fullmatch(checksum)
        ):
            out[epoch] = (seq, checksum)
    return out


def supersede(conn: Connection, header: dict[str, Any]) -> None:
    """Count a device's older epochs as applied as far as its new epoch says it supersedes
    them, in the transaction that applies that epoch's first segment.

    Why: a writer that found its own segments damaged or missing on the share published
    everything again under a new epoch (`restart_epoch`); until then every reader stalled
    at the bad file and reported it at every round. The new epoch carries all of it again,
    so the old one's files up to there are never needed: not read, not waited for, not
    reported. Only forward, and only as far as the writer published: a later part of an old
    epoch (a copy of that database still writing there) still chains on from that point."""
    for epoch, (seq, checksum) in superseded_by(header).items():
        conn.exec_driver_sql(
            "INSERT INTO sync_applied (device, epoch, last_seq, last_checksum, segments) "
            "VALUES (?, ?, ?, ?, 0) ON CONFLICT(device, epoch) DO UPDATE "
            "SET last_seq = excluded.last_seq, last_checksum = excluded.last_checksum "
            "WHERE excluded.last_seq > sync_applied.last_seq",
            (header["device"], epoch, seq, checksum),
        )


# --------------------------------------------------------------------------- applying


@contextmanager
def applying(db: Database) -> Iterator[Connection]:
    """One write transaction for remote changes: foreign keys off (a child may arrive
    before its parent, or outlive it after a concurrent delete: every replica ends up
    the same either way) and the capture triggers standing aside.

    The commit is not flushed to the disk at once (synchronous NORMAL, still atomic in WAL
    mode): a power cut may undo the last segments applied, together with the record that
    they were, and the next round applies them again from the share. What this machine
    writes itself (a vote, a visit) is still flushed at every commit."""
    with db.engine.connect() as conn:
        raw = sqlite_of(conn)
        synchronous = raw.execute("PRAGMA synchronous").fetchone()[0]
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("PRAGMA synchronous = NORMAL")
        raw.execute(f"PRAGMA cache_size = {APPLY_CACHE_KIB}")
        try:
            with conn.execution_options(cs_write=True).begin():
                conn.exec_driver_sql("UPDATE local_state SET applying = 1 WHERE id = 1")
                yield conn
                conn.exec_driver_sql("UPDATE local_state SET applying = 0 WHERE id = 1")
        finally:
            raw.execute(f"PRAGMA synchronous = {int(synchronous)}")
            raw.execute(f"PRAGMA cache_size = {int(cache)}")
            raw.execute("PRAGMA foreign_keys = ON")


def make_durable(db: Database) -> None:
    """Flush what `applying` committed without waiting for the disk: one flushed commit
    makes every earlier one durable (they precede it in the write-ahead log). Done before
    telling the share what this machine has applied, as the share may then compact away
    segments it would otherwise fetch again after a power cut."""
    with db.write() as s:
        s.connection().exec_driver_sql("UPDATE local_state SET applying = 0 WHERE id = 1")


#: Local setting: a round overwrote values and could not empty the WAL yet.
PAGES_OWED_KEY = "sync_wal_checkpoint_owed"


def forget_old_pages(db: Database, owed: bool = True) -> bool:
    """Copy the write-ahead log into the database file and empty it, so that no page image
    of a value a segment overwrote or deleted stays in either file (`secure_delete` zeroes
    freed space in the pages written). Never makes a desk wait: the checkpoint gives up at
    once if a reader or a writer is busy (it would otherwise hold writers back while it
    waits), and is owed to the next round (`PAGES_OWED_KEY`). `owed`: whether to do it at
    all (False: only if an earlier round still owes it)."""
    with db.engine.connect() as conn:
        raw = sqlite_of(conn)
        if (
            not owed
            and not raw.execute(
                "SELECT 1 FROM local_settings WHERE key = ?", (PAGES_OWED_KEY,)
            ).fetchone()
        ):
            return True
        timeout = raw.execute("PRAGMA busy_timeout").fetchone()[0]
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            busy = 1
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(timeout)}")
        raw.execute("BEGIN IMMEDIATE")
        if busy:
            raw.execute(
                "INSERT OR IGNORE INTO local_settings (key, value) VALUES (?, '1')",
                (PAGES_OWED_KEY,),
            )
        else:
            raw.execute("DELETE FROM local_settings WHERE key = ?", (PAGES_OWED_KEY,))
        raw.execute("COMMIT")
    return not busy


def apply_segment(
    db: Database, header: dict[str, Any], body: dict[str, Any], checksum: str, now_ms: int
) -> Applied:
    """Apply one verified segment of another device, and record it as applied — all in one
    transaction, so that a crash leaves either all of it or none of it."""
    return apply_segments(db, [(header, body, checksum)], now_ms)[0]


def apply_segments(
    db: Database, segments: list[tuple[dict[str, Any], dict[str, Any], str]], now_ms: int
) -> list[Applied]:
    """Apply verified segments, in order, in one transaction (each recorded as applied in it).

    Why several at once: a device catching up fetches many segments; one commit writes each
    touched page of the tables and their indexes once instead of once per segment, and the
    rows never seen here go in together, sorted once (`fastpath.bulk_new_rows_many`)."""
    try:
        with collector_paused(), applying(db) as conn:
            kinds = synced_tables()
            incoming = [_incoming(h, b) for h, b, _c in segments]
            tables = {c[2] for i in incoming for c in i.changes if c[2] in kinds}
            bulk = bulk_new_rows_many(
                conn,
                incoming,
                kinds,
                {t: set(_columns(conn, t)) for t in tables},
                optimistic=True,
            )
            return [
                _apply_one(conn, h, b, c, now_ms, trust=True, bulk=done)
                for (h, b, c), done in zip(segments, bulk, strict=True)
            ]
    except (IntegrityError, sqlite3.IntegrityError):
        # A row met again (see bulk_new_rows, optimistic): all of it again, carefully.
        log.info("rows already here met in bulk; applying the batch again, carefully")
        with collector_paused(), applying(db) as conn:
            return [_apply_one(conn, h, b, c, now_ms, trust=False) for h, b, c in segments]


def _incoming(header: dict[str, Any], body: dict[str, Any]) -> Incoming:
    """A segment's changes as the bulk path takes them: its secret items are inserts too."""
    secret = [[0, 0, t, r, "I", d, None] for t, r, d in body.get("secret", [])]
    return Incoming(
        list(body.get("changes", [])) + secret, header["device"], body.get("columns") or {}
    )


def _apply_one(
    conn: Connection,
    header: dict[str, Any],
    body: dict[str, Any],
    checksum: str,
    now_ms: int,
    *,
    trust: bool,
    bulk: tuple[list[list[Any]], int] | None = None,
) -> Applied:
    """Apply one segment. `bulk`: its new rows already went in with the batch's (what is
    left for the careful path, and how many went in); otherwise they go in here."""
    from sqlalchemy.orm import Session

    from citizenspace.store import clock

    result = Applied()
    device = header["device"]
    if header.get("seq_to") is not None and not _follows(conn, header):
        log.info(
            "segment %s/%s %s-%s does not follow what is applied here: skipped",
            device,
            header.get("epoch"),
            header.get("seq_from"),
            header.get("seq_to"),
        )
        result.stale = True
        return result
    if header.get("hlc_max"):
        with Session(bind=conn) as s:
            seen = clock.observe_remote(
                s, Timestamp.unpack(int(header["hlc_max"])), now_ms, source=device
            )
            s.flush()
        result.clock_capped = seen.capped
    merger = _Merger(conn, result)
    columns = body.get("columns") or {}
    if bulk is None:
        # Rows never seen here go in bulk; the rest, in order, through the careful path.
        incoming = _incoming(header, body)
        tables = {c[2] for c in incoming.changes if c[2] in merger.kinds}
        bulk = bulk_new_rows(
            conn,
            incoming.changes,
            device,
            merger.kinds,
            {t: set(merger.columns(t)) for t in tables},
            columns,
            optimistic=trust,
        )
    rest, inserted = bulk
    result.changes += inserted
    for _seq, hlc, table, row_id, op, data, base in rest:
        data = expand(columns, table, data)
        merger.apply(table, row_id, op, data, base, (int(hlc), device))
        result.changes += 1
        result.careful += 1
    merger.retry_deferred()
    if any(item[0] == "used_codes" for item in body.get("secret", [])):
        result.alarms += note_double_uses(conn)
    if header.get("seq_to") is not None:
        conn.exec_driver_sql(
            "INSERT INTO sync_applied (device, epoch, last_seq, last_checksum, segments, "
            "last_applied_at) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT(device, epoch) DO UPDATE "
            "SET last_seq = excluded.last_seq, "
            "last_checksum = excluded.last_checksum, segments = segments + 1, "
            "last_applied_at = excluded.last_applied_at",
            (
                device,
                header["epoch"],
                int(header["seq_to"]),
                checksum,
                datetime.now().replace(microsecond=0),
            ),
        )
    supersede(conn, header)
    return result


def _follows(conn: Connection, header: dict[str, Any]) -> bool:
    """Whether a segment is the next link of its writer's chain as recorded here: it starts
    right after the last applied number and names the last applied segment as its `prev`
    (the rule `plan` follows; an empty-range segment of unordered items starts there too).

    Why here as well: the plan was made before the write transaction began. Anything that
    applied the same segments meanwhile (a second round, a restored copy) must not be undone
    by an older segment recorded as the last applied: the number and the checksum of the
    applied state only move forward, together, or the reader stalls on a chain it broke."""
    row = conn.exec_driver_sql(
        "SELECT last_seq, last_checksum FROM sync_applied WHERE device = ? AND epoch = ?",
        (header["device"], header.get("epoch")),
    ).first()
    last_seq, last_sum = (int(row[0]), row[1]) if row else (0, None)
    return header.get("prev") == last_sum and header.get("seq_from") == last_seq + 1


class _Merger:
    def __init__(self, conn: Connection, result: Applied) -> None:
        self.conn = conn
        self.result = result
        self.kinds = synced_tables()
        self.cols: dict[str, list[str]] = {}
        self.personal: dict[str, set[str]] = {}

    def columns(self, table: str) -> list[str]:
        if table not in self.cols:
            self.cols[table] = _columns(self.conn, table)
        return self.cols[table]

    def apply(
        self,
        table: str,
        row_id: str,
        op: str,
        data: dict[str, Any] | None,
        base: dict[str, Any] | None,
        version: Version,
        *,
        retrying: bool = False,
    ) -> bool:
        kind = self.kinds.get(table)
        if kind is None:
            self.alarm("unknown_table", table, row_id, f"op {op}")
            return True
        if kind is SyncKind.INSERT_ONLY:
            return self._insert_only(table, row_id, op, data, version, retrying)
        return self._mutable(table, row_id, op, data, base, version, retrying)

    # ---------------------------------------------------------------- insert-only

    def _insert_only(self, table, row_id, op, data, version, retrying) -> bool:  # noqa: ANN001
        existing = self._row(table, row_id)
        if op == "I":
            if data is None:
                return True
            data = self._known(table, data)
            if existing is None:
                self._insert(table, data)
                return True
            data, blank = self._redactions(table, existing, data)
            if _same_row({**existing, **blank}, data):
                self._update(table, row_id, blank)
            else:
                self.alarm(
                    "conflicting_insert",
                    table,
                    row_id,
                    json.dumps(sorted(k for k in data if data[k] != existing.get(k))),
                )
            return True
        if op == "R" and data:
            if existing is None:
                return self._defer(table, row_id, op, data, None, version, retrying)
            fields = {k: v for k, v in self._known(table, data).items() if v in (None, "")}
            if fields:
                sets = ", ".join(f'"{k}" = :{k}' for k in fields)
                self.conn.execute(
                    text(f'UPDATE "{table}" SET {sets} WHERE id = :_id'), {**fields, "_id": row_id}
                )
            return True
        return True

    # ---------------------------------------------------------------- mutable

    def _mutable(self, table, row_id, op, data, base, version, retrying) -> bool:  # noqa: ANN001
        rv = self.conn.exec_driver_sql(
            "SELECT versions, deleted_hlc, deleted_device FROM row_versions "
            "WHERE table_name = ? AND row_id = ?",
            (table, row_id),
        ).first()
        versions = json.loads(rv[0]) if rv else {}
        deleted = rv is not None and rv[1] is not None
        if op == "D":
            self.conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
            tomb = max([version] + ([(rv[1], rv[2])] if rv is not None and deleted else []))
            self.conn.exec_driver_sql(
                "INSERT INTO row_versions (table_name, row_id, versions, deleted_hlc, "
                "deleted_device) VALUES (?, ?, ?, ?, ?) ON CONFLICT(table_name, row_id) "
                "DO UPDATE SET deleted_hlc = excluded.deleted_hlc, "
                "deleted_device = excluded.deleted_device",
                (table, row_id, json.dumps(versions), tomb[0], tomb[1]),
            )
            self.conn.exec_driver_sql(
                "DELETE FROM field_writes WHERE table_name = ? AND row_id = ?", (table, row_id)
            )
            self.conn.exec_driver_sql(
                "DELETE FROM conflict_records WHERE table_name = ? AND row_id = ?", (table, row_id)
            )
            return True
        if deleted or data is None:
            return True  # a tombstone wins; a scrubbed insert carries nothing
        data = self._known(table, data)
        existing = self._row(table, row_id)
        if op == "I":
            if existing is None:
                self._insert(table, data)
                self._save_versions(table, row_id, {"*": list(version)})
                return True
            if versions.get("*") is not None and _version_of(versions, "*") == version:
                # The same insert again (a segment applied twice, or its writer publishing
                # again under a new epoch): the row holds it already, and any field since
                # written over it was written by someone who had seen it.
                return True
            self._colliding_insert(table, row_id, existing, data, version, versions)
            return True
        if op == "U":
            if existing is None:
                return self._defer(table, row_id, op, data, base, version, retrying)
            changed = {}
            for f, value in data.items():
                moved = self._record_write(
                    table, row_id, f, version, _bases((base or {}).get(f)), value
                )
                # The value is the highest write that no other write replaced, not simply the
                # highest: a write made after seeing another one replaces it even when its
                # clock reads earlier (the other came from a clock days ahead, capped here).
                winner = _winner(self.conn, table, row_id, f)
                if winner is not None and (moved or winner[0] != _version_of(versions, f)):
                    changed[f] = winner[1]
                    versions[f] = list(winner[0])
            self._update(table, row_id, changed)
            self._save_versions(table, row_id, versions)
            for f in data:
                self.result.conflicts += refresh_conflicts(self.conn, table, row_id, f)
            return True
        return True

    def _colliding_insert(self, table, row_id, existing, data, version, versions) -> None:  # noqa: ANN001
        """Two devices inserted a row with the same id (ids made from a key, such as a
        setting's): each insert is a write of every field, made without seeing the other.

        Both are recorded as field writes with no base, next to the edits already known,
        and each field takes the highest write no other write replaced — the rule updates
        follow, so the order in which the inserts and edits arrive does not matter. Two
        inserts with different values for a field leave a conflict record to review."""
        known = _version_of(versions, "*") if versions.get("*") is not None else None
        moved: set[str] = set()
        for f, value in data.items():
            if f == "id":
                continue
            if known is not None and _version_of(versions, f) == known:
                # The field still holds the first insert's value: record that insert too.
                self._record_write(table, row_id, f, known, [], existing.get(f))
            if self._record_write(table, row_id, f, version, [], value):
                moved.add(f)
        changed = {}
        for f in data:
            if f == "id":
                continue
            winner = _winner(self.conn, table, row_id, f)
            if winner is not None and (f in moved or winner[0] != _version_of(versions, f)):
                changed[f] = winner[1]
                versions[f] = list(winner[0])
        if known is None or version > known:
            versions["*"] = list(version)
        self._update(table, row_id, changed)
        self._save_versions(table, row_id, versions)
        for f in data:
            if f != "id":
                self.result.conflicts += refresh_conflicts(self.conn, table, row_id, f)

    def _record_write(
        self, table: str, row_id: str, f: str, version: Version, bases: list[Version], value: Any
    ) -> bool:
        """Record one write of a field; True when it changed the value recorded under a
        version already known here (`record_write`)."""
        return record_write(self.conn, table, row_id, f, version, bases, value)

    # ---------------------------------------------------------------- helpers

    def _redactions(
        self, table: str, existing: dict[str, Any], data: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The insert of a row met again, with the personal fields blanked on one side only.

        That is the same row, not another one: the insert may come again after the row was
        blanked here (a device publishing everything again under a new epoch, a restored
        backup), or come blanked to a replica that still holds the data (a restored backup
        meeting its own later segments). Blanking wins, on both sides. Returns `data` with
        those fields as this replica will hold them, and the fields to blank here."""
        if table not in self.personal:
            self.personal[table] = next(
                (set(spec.personal) for spec in capture.specs() if spec.name == table), set()
            )
        kept, blank = dict(data), {}
        for k in self.personal[table] & set(data):
            if existing.get(k) in (None, ""):
                kept[k] = existing.get(k)
            elif data[k] in (None, ""):
                blank[k] = data[k]
        return kept, blank

    def _row(self, table: str, row_id: str) -> dict[str, Any] | None:
        row = (
            self.conn.execute(text(f'SELECT * FROM "{table}" WHERE id = :id'), {"id": row_id})
            .mappings()
            .first()
        )
        return dict(row) if row else None

    def _known(self, table: str, data: dict[str, Any]) -> dict[str, Any]:
        cols = set(self.columns(table))
        return {k: v for k, v in data.items() if k in cols}

    def _insert(self, table: str, data: dict[str, Any]) -> None:
        names = ", ".join(f'"{k}"' for k in data)
        marks = ", ".join(f":{k}" for k in data)
        self.conn.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'), data)

    def _update(self, table: str, row_id: str, changed: dict[str, Any]) -> None:
        if changed:
            sets = ", ".join(f'"{k}" = :{k}' for k in changed)
            self.conn.execute(
                text(f'UPDATE "{table}" SET {sets} WHERE id = :_id'), {**changed, "_id": row_id}
            )

    def _save_versions(self, table: str, row_id: str, versions: dict[str, Any]) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO row_versions (table_name, row_id, versions) VALUES (?, ?, ?) "
            "ON CONFLICT(table_name, row_id) DO UPDATE SET versions = excluded.versions",
            (table, row_id, json.dumps(versions, sort_keys=True)),
        )

    def _defer(self, table, row_id, op, data, base, version, retrying) -> bool:  # noqa: ANN001
        if not retrying:
            self.conn.exec_driver_sql(
                "INSERT INTO sync_deferred (table_name, row_id, change) VALUES (?, ?, ?)",
                (table, row_id, json.dumps([op, data, base, list(version)])),
            )
            self.result.deferred += 1
        return False

    def retry_deferred(self) -> None:
        rows = self.conn.exec_driver_sql(
            "SELECT d.id, d.table_name, d.row_id, d.change FROM sync_deferred d ORDER BY d.id"
        ).all()
        for ident, table, row_id, change in rows:
            op, data, base, version = json.loads(change)
            if self.apply(table, row_id, op, data, base, (version[0], version[1]), retrying=True):
                self.conn.exec_driver_sql("DELETE FROM sync_deferred WHERE id = ?", (ident,))

    def alarm(self, kind: str, table: str, row_id: str, detail: str) -> None:
        ident = str(uuid.uuid5(CONFLICT_NAMESPACE, f"alarm|{kind}|{table}|{row_id}|{detail}"))
        self.conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_alarms (id, kind, table_name, row_id, detail, noticed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (ident, kind, table, row_id, detail, datetime.now().replace(microsecond=0)),
        )
        self.result.alarms += 1
        log.warning("sync alarm %s on %s %s", kind, table, row_id)


def _load(raw: str | None) -> Any:
    return json.loads(raw) if raw is not None else None


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _version_of(versions: dict[str, Any], f: str) -> Version:
    v = versions.get(f) or versions.get("*")
    return (int(v[0]), str(v[1])) if v else (-1, "")


def _bases(raw: Any) -> list[Version]:
    """A base is [hlc, device], or a list of them after a conflict decision."""
    if not raw:
        return []
    if isinstance(raw[0], list):
        return [(int(b[0]), str(b[1])) for b in raw if b]
    return [(int(raw[0]), str(raw[1]))]


def _same_row(existing: dict[str, Any], data: dict[str, Any]) -> bool:
    for k, v in data.items():
        mine = existing.get(k)
        if mine != v and not (
            isinstance(mine, bool | int) and isinstance(v, bool | int) and int(mine) == int(v)
        ):
            return False
    return True


# --------------------------------------------------------------------------- conflicts


#: Marks a write moved aside because another write came under the same version (below).
TWIN_MARK = "/"


def record_write(
    conn: Connection,
    table: str,
    row_id: str,
    f: str,
    version: Version,
    bases: list[Version],
    value: Any,
) -> bool:
    """Record one write of a field in its history, once.

    Two writes can come under one version (hlc, device) with different values: two copies of
    one database file, writing as the same device in the same clock step before the share
    shows the copy (the clock makes it rare, not impossible). Keeping whichever arrived
    first would leave replicas holding different values forever. Instead every replica
    keeps both, the same way: the greater value (as JSON text) under the version, the
    other under the version's device marked with a hash of its value, so that the two
    compete as concurrent writes and the coordinator sees the conflict. A blank value (what
    erasure leaves) is never one of two: it takes the version's place. Returns True when
    the value recorded under an already-known version changed (the field must be set
    again even though its version did not change)."""
    named = json.dumps([list(b) for b in bases])
    insert = (
        "INSERT OR IGNORE INTO field_writes (table_name, row_id, field, hlc, device, bases, "
        "value) VALUES (?, ?, ?, ?, ?, ?, json_quote(?))"
    )
    # Encoded by SQLite, as the capture triggers do: the same value must give the same text
    # on every replica (conflict records show it).
    if conn.exec_driver_sql(insert, (table, row_id, f, *version, named, value)).rowcount:
        return False  # the usual case: a write not known here yet
    held = conn.exec_driver_sql(
        "SELECT value, json_quote(?) FROM field_writes WHERE table_name = ? AND row_id = ? "
        "AND field = ? AND hlc = ? AND device = ?",
        (value, table, row_id, f, *version),
    ).one()
    held, encoded = held[0], held[1]
    if held == encoded:
        return False  # the same write again
    if held in _BLANK:
        # A value blanked here under its version (retention or an erasure scrubs the
        # history in place, services.privacy), met again in a segment published before:
        # blanking wins, and the value does not come back into the history.
        return False
    if encoded in _BLANK:
        conn.exec_driver_sql(
            "UPDATE field_writes SET value = ? WHERE table_name = ? AND row_id = ? "
            "AND field = ? AND hlc = ? AND device = ?",
            (encoded, table, row_id, f, *version),
        )
        return True
    if encoded > held:
        conn.exec_driver_sql(
            "UPDATE field_writes SET device = ? WHERE table_name = ? AND row_id = ? "
            "AND field = ? AND hlc = ? AND device = ?",
            (_twin(version[1], held), table, row_id, f, *version),
        )
        conn.exec_driver_sql(insert, (table, row_id, f, *version, named, value))
        log.warning("two writes under one version of %s.%s: both kept", table, f)
        return True
    conn.exec_driver_sql(
        insert, (table, row_id, f, version[0], _twin(version[1], encoded), named, value)
    )
    log.warning("two writes under one version of %s.%s: both kept", table, f)
    return False


#: A field's value blanked, as JSON text: what erasure and retention leave.
_BLANK = frozenset({'""', "null"})


def _twin(device: str, encoded: str) -> str:
    """The version's device for the lesser of two writes made under one version."""
    digest = uuid.uuid5(CONFLICT_NAMESPACE, encoded).hex[:8]
    return f"{device.split(TWIN_MARK)[0]}{TWIN_MARK}{digest}"


def refresh_conflicts(conn: Connection, table: str, row_id: str, f: str) -> int:
    """Recompute the conflict records of one field from its history of writes.

    The heads are the writes no other write replaced. One head: no conflict. Several:
    the highest is the value kept, each other head is a conflict record. Every replica
    holding the same writes computes the same records, with the same ids."""
    heads = _heads(conn, table, row_id, f)
    wanted: dict[str, tuple[Any, ...]] = {}
    if len(heads) > 1:
        (kept, kept_value) = heads[-1]
        for other, other_value in heads[:-1]:
            if other_value == kept_value:
                continue  # the same value written twice: nothing to choose between
            ident = str(
                uuid.uuid5(CONFLICT_NAMESPACE, f"{table}|{row_id}|{f}|{other[0]}|{other[1]}")
            )
            wanted[ident] = (kept_value, other_value, kept[0], other[0], kept[1], other[1])
    existing = {
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT id FROM conflict_records WHERE table_name = ? AND row_id = ? AND field = ?",
            (table, row_id, f),
        )
    }
    for ident in existing - set(wanted):
        conn.exec_driver_sql("DELETE FROM conflict_records WHERE id = ?", (ident,))
    for ident, (kv, ov, kh, oh, kd, od) in wanted.items():
        conn.exec_driver_sql(
            "INSERT INTO conflict_records (id, table_name, row_id, field, kept_value, "
            "other_value, kept_hlc, other_hlc, kept_device, other_device, resolved, resolution) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '') ON CONFLICT(id) DO UPDATE SET "
            "kept_value = excluded.kept_value, kept_hlc = excluded.kept_hlc, "
            "kept_device = excluded.kept_device",
            (ident, table, row_id, f, kv, ov, kh, oh, kd, od),
        )
    return len(wanted)


def _winner(conn: Connection, table: str, row_id: str, f: str) -> tuple[Version, Any] | None:
    """The version and value a field holds once these writes are known: the highest head
    (the same choice `refresh_conflicts` makes for the kept value)."""
    heads = _heads(conn, table, row_id, f)
    if not heads:
        return None
    version, value = heads[-1]
    return (int(version[0]), str(version[1])), _load(value)


def settle_conflicts(db: Database) -> int:
    """Recompute the open conflicts after this machine's own edits.

    Why: the capture triggers record a local edit but do not look at the conflicts; an edit
    that replaces one side of a conflict changes which values compete, here as on every
    replica that applies it. Fields this machine edited since it last published are looked
    at too: two equal values written concurrently leave no record, yet an edit made on top
    of one of them competes with the other. Returns how many fields were looked at."""
    with db.read() as s:
        conn = s.connection()
        fields = set(
            conn.exec_driver_sql(
                "SELECT DISTINCT table_name, row_id, field FROM conflict_records"
            ).all()
        )
        fields |= set(
            conn.exec_driver_sql(
                "SELECT DISTINCT c.table_name, c.row_id, f.key FROM change_log c, "
                "json_each(c.data) f WHERE c.published = 0 AND c.op = 'U'"
            ).all()
        )
    if not fields:
        return 0
    with applying(db) as conn:
        for table, row_id, f in sorted(fields):
            winner = _winner(conn, table, row_id, f)
            rv = conn.exec_driver_sql(
                "SELECT versions FROM row_versions WHERE table_name = ? AND row_id = ?",
                (table, row_id),
            ).scalar()
            versions = json.loads(rv) if rv else {}
            if winner is not None and winner[0] != _version_of(versions, f):
                conn.execute(
                    text(f'UPDATE "{table}" SET "{f}" = :v WHERE id = :id'),
                    {"v": winner[1], "id": row_id},
                )
                versions[f] = list(winner[0])
                conn.exec_driver_sql(
                    "UPDATE row_versions SET versions = ? WHERE table_name = ? AND row_id = ?",
                    (json.dumps(versions, sort_keys=True), table, row_id),
                )
            refresh_conflicts(conn, table, row_id, f)
    return len(fields)


def heads_of(conn: Connection, table: str, row_id: str, f: str) -> list[Version]:
    return [version for version, _value in _heads(conn, table, row_id, f)]


def _heads(conn: Connection, table: str, row_id: str, f: str) -> list[tuple[Version, Any]]:
    """The writes of one field that no other write replaced, lowest first, with their values
    (as JSON text). The same on every replica that holds the same writes.

    A write replaces the writes named in its base. It also replaces a concurrent write of
    the very value it started from: that write changed nothing its author saw (two desks
    typing the same number, then one correcting it, is no conflict)."""
    values, bases, replaced = _history(conn, table, row_id, f)
    heads = [(w, v) for w, v in values.items() if w not in replaced]
    started_from = {w: {values[b] for b in bases[w] if b in values} for w, _v in heads}
    kept = [
        (w, v)
        for w, v in heads
        if not any(v in started_from[other] for other, _ in heads if other != w)
    ]
    # Two writes each undoing the other (X to Y here, Y to X there) replace nothing.
    return sorted(kept or heads)


def _history(
    conn: Connection, table: str, row_id: str, f: str
) -> tuple[dict[Version, str], dict[Version, list[Version]], set[Version]]:
    """One field's writes: each write's value (JSON text), the writes its base names, and
    every write some other write names (replaced)."""
    writes = conn.exec_driver_sql(
        "SELECT hlc, device, bases, value FROM field_writes "
        "WHERE table_name = ? AND row_id = ? AND field = ?",
        (table, row_id, f),
    ).all()
    values = {(h, d): v for h, d, _b, v in writes}
    bases = {(h, d): [tuple(b) for b in json.loads(raw)] for h, d, raw, _v in writes}
    return values, bases, {b for named in bases.values() for b in named}


def _decided(conn: Connection, table: str, row_id: str, f: str, values: set[str]) -> list[Version]:
    """The writes a decision between `values` (JSON text, as in field_writes) settles: the
    writes no other write replaced that hold one of them, and those that these replace
    without naming them (a concurrent write of the very value one of them started from,
    see `_heads`), which would otherwise come back as heads once these are replaced."""
    value_of, bases, replaced = _history(conn, table, row_id, f)
    open_writes = [w for w in value_of if w not in replaced]
    chosen = {w for w in open_writes if value_of[w] in values}
    started_from = {value_of[b] for w in chosen for b in bases[w] if b in value_of}
    chosen |= {w for w in open_writes if value_of[w] in started_from}
    return sorted(chosen)


# --------------------------------------------------------------------------- dump


def dump(db: Database) -> Iterator[str]:
    """Every synced row and every conflict, as canonical sorted JSON lines: two replicas
    that have converged give identical bytes. Device-local bookkeeping is left out."""
    with db.read() as s:
        conn = s.connection()
        for table in sorted([*synced_tables(), "conflict_records"]):
            cols = sorted(_columns(conn, table))
            names = ", ".join(f'"{c}"' for c in cols)
            for row in conn.exec_driver_sql(f'SELECT {names} FROM "{table}" ORDER BY id'):
                yield json.dumps(
                    {"table": table, "row": dict(zip(cols, row, strict=True))},
                    sort_keys=True,
                    ensure_ascii=False,
                    default=str,
                )


__all__ = [
    "Applied",
    "Outgoing",
    "adopt",
    "note_attempt",
    "outgoings",
    "our_pairs",
    "apply_segment",
    "apply_segments",
    "capture",
    "dump",
    "expand",
    "heads_of",
    "make_durable",
    "last_published",
    "mark_published",
    "outgoing",
    "refresh_conflicts",
    "restart_epoch",
    "settle_conflicts",
]


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class ConflictView:
    """One conflict as a coordinator sees it: the two values side by side."""

    id: str
    table_name: str
    row_id: str
    field: str
    kept_value: Any
    other_value: Any
    kept_device: str
    other_device: str


def open_conflicts(db: Database) -> list[ConflictView]:
    with db.read() as s:
        rows = (
            s.connection()
            .exec_driver_sql(
                "SELECT id, table_name, row_id, field, kept_value, other_value, kept_device, "
                "other_device FROM conflict_records ORDER BY table_name, row_id, field, id"
            )
            .all()
        )
    return [
        ConflictView(i, t, r, f, _load(kv), _load(ov), kd, od)
        for i, t, r, f, kv, ov, kd, od in rows
    ]


def resolve(db: Database, conflict_id: str, keep_other: bool) -> None:
    """The coordinator's decision between the two values of one conflict record: the chosen
    value is written again as an ordinary, captured change whose base names the writes of
    those two values (`_decided`), so that on every replica this conflict disappears too.

    Only those two: a third value written concurrently (three desks typing three numbers)
    was never shown side by side with this choice. It stays a head, and so a conflict
    against the decision, the same on every replica, for the coordinator to see next; the
    decision, written last, is the value kept meanwhile."""
    with db.write() as s:
        conn = s.connection()
        row = conn.exec_driver_sql(
            "SELECT table_name, row_id, field, kept_value, other_value FROM conflict_records "
            "WHERE id = ?",
            (conflict_id,),
        ).first()
        if row is None:
            return
        table, row_id, f, kept, other = row
        value = _load(other if keep_other else kept)
        heads = [list(h) for h in _decided(conn, table, row_id, f, {kept, other})]
        # Written by hand, not by the triggers: the decision's base is the two competing
        # values, which no ordinary update could say. The value may equal the kept one: the
        # decision must travel all the same.
        conn.exec_driver_sql("UPDATE local_state SET applying = 1 WHERE id = 1")
        conn.exec_driver_sql("UPDATE local_state SET hlc = cs_hlc_tick(hlc) WHERE id = 1")
        now, device = conn.exec_driver_sql(
            "SELECT hlc, device_id FROM local_state WHERE id = 1"
        ).one()
        conn.execute(
            text(f'UPDATE "{table}" SET "{f}" = :v WHERE id = :id'), {"v": value, "id": row_id}
        )
        encoded = json.dumps(value)
        conn.exec_driver_sql(
            "INSERT INTO change_log (hlc, table_name, row_id, op, data, base, published) "
            "VALUES (?, ?, ?, 'U', json_object(?, json(?)), json_object(?, json(?)), 0)",
            (now, table, row_id, f, encoded, f, json.dumps(heads)),
        )
        conn.exec_driver_sql(
            "INSERT INTO field_writes (table_name, row_id, field, hlc, device, bases, value) "
            "VALUES (?, ?, ?, ?, ?, ?, json_quote(?))",
            (table, row_id, f, now, device, json.dumps(heads), value),
        )
        conn.exec_driver_sql(
            "UPDATE row_versions SET versions = json_set(versions, ?, json_array(?, ?)) "
            "WHERE table_name = ? AND row_id = ?",
            (f'$."{f}"', now, device, table, row_id),
        )
        conn.exec_driver_sql("UPDATE local_state SET applying = 0 WHERE id = 1")
        refresh_conflicts(conn, table, row_id, f)


# --------------------------------------------------------------------------- own history


def adopt(db: Database, header: dict[str, Any], body: dict[str, Any], checksum: str) -> bool:
    """Take a segment found on the share under one of this machine's (device, epoch) pairs,
    right after what it knows it published there, as published — if this machine wrote it.

    Why: a write can land on the share and still be reported as failed (the share vanished
    between the rename and the read back). Readers may already have applied that segment;
    publishing the same changes again under another name would fork the chain and stall
    them. Whether we wrote it is known by its checksum (`note_attempt`), never by its
    numbers: a copy of this database writes the same numbers with other changes. Returns
    False (nothing marked) when the segment is not ours to adopt."""
    epoch = header.get("epoch")
    if not isinstance(epoch, str):
        return False
    with db.write() as s:
        conn = s.connection()
        mine = conn.exec_driver_sql(
            "SELECT device, log_from, log_to FROM sync_own_segments "
            "WHERE epoch = ? AND checksum = ? AND confirmed = 0",
            (epoch, checksum),
        ).first()
        if mine is None:
            return False
        device, log_from, log_to = mine
        row = conn.exec_driver_sql(
            "SELECT last_seq, last_checksum FROM sync_published WHERE epoch = ?", (epoch,)
        ).first()
        last, last_sum = row if row else (0, None)
        if header.get("seq_from") != last + 1 or header.get("prev") != last_sum:
            return False  # an attempt another segment replaced: an orphan, left alone
        changes = body.get("changes", [])
        if changes:
            waiting = conn.exec_driver_sql(
                "SELECT count(*) FROM change_log WHERE published = 0 AND seq BETWEEN ? AND ?",
                (log_from, log_to),
            ).scalar()
            if waiting != len(changes):
                return False
            conn.exec_driver_sql(
                "UPDATE change_log SET published = 1 WHERE seq BETWEEN ? AND ?",
                (log_from, log_to),
            )
        for table, row_id, _data in body.get("secret", []):
            conn.exec_driver_sql(
                "UPDATE secret_outbox SET published = 1 WHERE id = (SELECT id FROM secret_outbox "
                "WHERE table_name = ? AND row_id = ? AND published = 0 LIMIT 1)",
                (table, row_id),
            )
        _record_published(conn, device, epoch, int(header["seq_to"]), checksum)
    return True


def record_legacy_history(
    db: Database, device: str, found: list[tuple[Any, ...]], resend_after: int | None = None
) -> None:
    """A database from before segments were recorded by checksum: the segments of its own
    epochs that chain up to what it knows it published are taken as its own, once.
    `found` holds (epoch, checksum, seq_from, seq_to, log_from, log_to, secret). With
    `resend_after`, a copy's segment had been taken for ours: every outbox entry after that
    number, and every ballot, goes out again."""
    with db.write() as s:
        conn = s.connection()
        if resend_after is not None:
            conn.exec_driver_sql(
                "UPDATE change_log SET published = 0 WHERE seq > ? AND published != 0",
                (resend_after,),
            )
            conn.exec_driver_sql("UPDATE secret_outbox SET published = 0 WHERE published != 0")
        for written, (epoch, checksum, seq_from, seq_to, log_from, log_to, secret) in enumerate(
            found, start=1
        ):
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_own_segments (device, epoch, checksum, written, "
                "seq_from, seq_to, log_from, log_to, secret, confirmed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (device, epoch, checksum, written, seq_from, seq_to, log_from, log_to, secret),
            )


def left_pairs(db: Database) -> dict[tuple[str, str], set[tuple[str, int]]]:
    """The (device, epoch) pairs this machine wrote under an identity it has since left,
    and not yet given up, with the checksums (and last numbers) of what it wrote there."""
    with db.read() as s:
        conn = s.connection()
        raw = conn.exec_driver_sql(
            "SELECT value FROM local_settings WHERE key = 'sync_left_pairs'"
        ).scalar()
        try:
            watched = {tuple(pair) for pair in json.loads(raw or "[]") if len(pair) == 2}
        except (ValueError, TypeError):
            watched = set()
        found: dict[tuple[str, str], set[tuple[str, int]]] = {}
        for device, epoch, checksum, seq_to in conn.exec_driver_sql(
            "SELECT o.device, o.epoch, o.checksum, o.seq_to FROM sync_own_segments o "
            "JOIN sync_published p ON p.epoch = o.epoch WHERE o.confirmed = 1"
        ):
            if (device, epoch) in watched:
                found.setdefault((device, epoch), set()).add((checksum, seq_to))
    return found


def _send_again(conn: Connection, device: str, epoch: str) -> bool:
    """Put back in the outbox every entry this machine published under (device, epoch);
    says whether those segments carried ballots or used codes."""
    rows = conn.exec_driver_sql(
        "SELECT log_from, log_to, secret FROM sync_own_segments "
        "WHERE device = ? AND epoch = ? AND confirmed = 1",
        (device, epoch),
    ).all()
    for log_from, log_to, _secret in rows:
        conn.exec_driver_sql(
            "UPDATE change_log SET published = 0 WHERE seq BETWEEN ? AND ?", (log_from, log_to)
        )
    return any(secret for *_r, secret in rows)


def give_up_pair(db: Database, device: str, epoch: str) -> None:
    """Part of what this machine wrote under an identity it has left is gone from the
    share: everything it wrote there goes out again (under that identity's leftover epoch,
    by the outbox numbers), and the pair is no longer watched."""
    with db.write() as s:
        conn = s.connection()
        if _send_again(conn, device, epoch):
            conn.exec_driver_sql("UPDATE secret_outbox SET published = 0")
        conn.exec_driver_sql("DELETE FROM sync_published WHERE epoch = ?", (epoch,))
        _supersede_given_up(conn, device, epoch)
    log.warning("segments written before a change of identity are gone: publishing again")


def _supersede_given_up(conn: Connection, device: str, epoch: str) -> None:
    """What is sent again goes out under a fresh leftover epoch of that identity, whose first
    segment says it carries the given-up pair as far as this database's own chain there went
    (`supersede`): readers that never read the damaged or missing file step over it and
    follow what others wrote after it there (a copy, or this database before a backup was
    put back), instead of stopping at it for ever."""
    raw = conn.exec_driver_sql(
        "SELECT value FROM local_settings WHERE key = 'sync_left_prefix'"
    ).scalar()
    try:
        seq, checksum = json.loads(raw or "{}").get(f"{device}/{epoch}") or (0, None)
    except (ValueError, TypeError, AttributeError):
        return
    if not (isinstance(seq, int) and seq > 0 and isinstance(checksum, str)):
        return
    new = str(uuid.uuid4())
    old = conn.exec_driver_sql(
        "SELECT epoch FROM sync_leftovers WHERE device = ? ORDER BY upto_log DESC LIMIT 1",
        (device,),
    ).scalar()
    if old is None:
        return  # no leftover epoch for that identity: nothing goes out under it
    conn.exec_driver_sql("UPDATE sync_leftovers SET epoch = ? WHERE epoch = ?", (new, old))
    supersedes = {epoch: {"last_seq": seq, "last_checksum": checksum}}
    # What the leftover epoch already published goes out again under the new one, which
    # supersedes it too: once renamed, nobody watches the old one, and a reader that had
    # not read its files yet would otherwise wait for them for ever if one is lost or
    # damaged later (long batch, seed 17).
    _send_again(conn, device, old)
    published = conn.exec_driver_sql(
        "SELECT last_seq, last_checksum FROM sync_published WHERE epoch = ? "
        "AND last_seq > 0 AND last_checksum IS NOT NULL",
        (old,),
    ).first()
    if published:
        supersedes[old] = {"last_seq": published[0], "last_checksum": published[1]}
    # A pair given up earlier in the same round renamed it already: what its first segment
    # was to supersede, the new one supersedes too (else readers would stop at that file).
    earlier = conn.exec_driver_sql(
        "SELECT value FROM local_settings WHERE key = ?", (f"{SUPERSEDES_KEY}:{old}",)
    ).scalar()
    try:
        carried = json.loads(earlier).get("supersedes") if earlier else None
    except (ValueError, AttributeError):
        carried = None
    if isinstance(carried, dict):
        supersedes = {**carried, **supersedes}
        conn.exec_driver_sql(
            "DELETE FROM local_settings WHERE key = ?", (f"{SUPERSEDES_KEY}:{old}",)
        )
    memo = {"epoch": new, "supersedes": supersedes}
    conn.exec_driver_sql(
        "INSERT INTO local_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{SUPERSEDES_KEY}:{new}", json.dumps(memo)),
    )


def restart_leftover(db: Database, epoch: str) -> str:
    """The share lost or damaged part of what this machine published in a leftover epoch
    (changes made under an identity it has left): what it wrote there goes out again under a
    fresh leftover epoch, whose first segment supersedes the old one (`supersede`), so that
    no reader waits for or reports the lost file again."""
    new = str(uuid.uuid4())
    with db.write() as s:
        conn = s.connection()
        device = conn.exec_driver_sql(
            "SELECT device FROM sync_leftovers WHERE epoch = ?", (epoch,)
        ).scalar()
        if device is None:
            return epoch  # no longer a leftover epoch of ours (renamed or given up meanwhile)
        _send_again(conn, device, epoch)  # a leftover carries no ballots
        published = conn.exec_driver_sql(
            "SELECT last_seq, last_checksum FROM sync_published WHERE epoch = ? "
            "AND last_seq > 0 AND last_checksum IS NOT NULL",
            (epoch,),
        ).first()
        if published:
            memo = {
                "epoch": new,
                "supersedes": {epoch: {"last_seq": published[0], "last_checksum": published[1]}},
            }
            conn.exec_driver_sql(
                "INSERT INTO local_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"{SUPERSEDES_KEY}:{new}", json.dumps(memo)),
            )
        conn.exec_driver_sql("UPDATE sync_leftovers SET epoch = ? WHERE epoch = ?", (new, epoch))
    log.warning("segments of a former identity missing on the share: republishing as %s", new)
    return new


def restart_epoch(db: Database, landed: dict[str, tuple[int, str]] | None = None) -> str:
    """Start a new epoch and publish everything this machine holds again under it.

    Why: the share lost or damaged part of what this machine published in its current epoch
    (a half-copied stick, a file deleted by hand, an emptied or replaced share). Readers
    cannot skip the missing link, and the same numbers must never name other bytes; a new
    epoch numbered from 1 carries every change again (applying a change twice changes
    nothing), so readers stalled on the old one lose nothing. `landed`: files of ours the
    share holds beyond what we recorded as published (a write reported as failed that
    landed, in a database put back from a copy made before it was confirmed), by epoch: (last
    number, checksum); the new epoch supersedes them too, or readers (and a new computer
    deciding where to start) would wait for them for ever (long batch, seed 19). Returns
    the new epoch."""
    new = str(uuid.uuid4())
    with db.write() as s:
        conn = s.connection()
        older = {
            epoch: {"last_seq": seq, "last_checksum": checksum}
            for epoch, seq, checksum in conn.exec_driver_sql(
                "SELECT epoch, last_seq, last_checksum FROM sync_published "
                "WHERE last_seq > 0 AND last_checksum IS NOT NULL ORDER BY epoch"
            )
        }
        for epoch, (seq, checksum) in (landed or {}).items():
            if seq > older.get(epoch, {}).get("last_seq", 0):
                older[epoch] = {"last_seq": seq, "last_checksum": checksum}
        conn.exec_driver_sql(
            "INSERT INTO local_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SUPERSEDES_KEY, json.dumps({"epoch": new, "supersedes": older})),
        )
        conn.exec_driver_sql("UPDATE local_state SET epoch = ? WHERE id = 1", (new,))
        conn.exec_driver_sql("UPDATE change_log SET published = 0 WHERE published != 0")
        conn.exec_driver_sql("UPDATE secret_outbox SET published = 0 WHERE published != 0")
    log.warning("own segments missing or damaged on the share: republishing as epoch %s", new)
    return new
