"""Snapshots and compaction: a new device starts from a recent copy of the city's data
instead of replaying years of segments, and segments everyone has applied go away, so
that the share forgets (an erased name must not stay in an old segment for good).

A snapshot is a consistent copy (SQLite's backup API) of a database that has published
everything it holds, with what it covers in its manifest: the publisher's own history up
to a segment, and every other history it had applied. It carries the city's data and the
history merges need (versions, field writes, conflicts), never what belongs to the machine
that made it (`MACHINE_ONLY`: its settings, with the reprint keys and the machine's
fingerprint, and the desk's queue) nor its outbox (`OUTBOX`); it is vacuumed, so no erased
or local value survives in a free page. A kiosk's ballot box is a file of its own and never
part of it. A device started from it keeps its own identity under a new epoch and goes on
from exactly there.

Who may break this, and what holds (each has a test in tests/sync/test_compaction.py):
- a device offline for months: its last acknowledgement holds back every segment it has
  not applied; a device that published but never acknowledged holds back everything;
- two machines publishing or compacting at once: the newest snapshot is chosen the same
  way everywhere (manifest counter, then checksum), compaction trusts a snapshot only once
  it has been on the share for `Policy.grace_ms` (so a device that chose an older one has
  acknowledged since), a device starting chooses the newest snapshot that joins up with the
  segments left, and a share where none does gets a new snapshot at the next maintenance;
- a snapshot half written: its manifest is written last, so it is never listed; one found
  damaged while starting is removed, the device tries the one before or the segments;
- a share that vanishes mid-compaction: each file goes on its own, oldest first, and only
  files that nobody needs any more: whatever is left is a usable share.

When the share forgets (issue 12): a value erased or redacted at time T is gone from every
snapshot and segment once a snapshot made after T is published (at most `Policy.max_age_ms`
after T when anything changed), has been on the share for `Policy.grace_ms`, and every known
device has synced since; maintenance runs at most every `Policy.every_ms` per machine. A
device that never comes back would hold compaction back: an administrator retires it
(`sync.retire`), and `compactable` no longer waits for it.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from citizenspace.store.database import Database
from citizenspace.store.migrations import HEAD, REVISIONS
from citizenspace.store.safety.backup import copy_consistent
from citizenspace.sync import merge
from citizenspace.sync.share import (
    LEFT_KEY,
    RETIRED_KEY,
    WROTE_KEY,
    AckFile,
    CorruptFile,
    Damage,
    SegmentInfo,
    Share,
    ShareError,
    SnapshotRef,
    UnreadableEntry,
)

log = logging.getLogger(__name__)

#: Never leave this machine: its settings (share folder, site, language, the keys that
#: reprint its voting slips, the machine's fingerprint) and the desk's waiting queue. Not
#: in a snapshot; a database that starts from one keeps its own.
MACHINE_ONLY = ("local_settings", "waiting_visitors")
#: What this machine has to publish, and how far it published and applied, with the
#: segments it wrote (by checksum) and the changes it made under identities it left
#: (`store.identity`): emptied in a snapshot. A database started from one applied exactly
#: what the manifest `covers`.
OUTBOX = (
    "change_log",
    "secret_outbox",
    "sync_published",
    "sync_applied",
    "sync_own_segments",
    "sync_leftovers",
)
#: The history that later merges need: travels with the city's data.
SHARED_STATE = ("row_versions", "field_writes", "conflict_records", "sync_deferred", "sync_alarms")
#: Schema bookkeeping, and the identity and clock (`local_state`), which a snapshot carries
#: under a throwaway identity: a snapshot restored by hand is a new device, never its maker.
HOUSEKEEPING = ("alembic_version", "sqlite_sequence", "local_state")
#: Keys of this machine's own memory of maintenance, in its local settings.
_DUE_SINCE = "snapshot_due_since"
_MAINTAINED_AT = "sync_maintained_at"
_WAITING = "snapshot_start_waiting"
#: Working copies are made beside the database (never in a shared temporary folder: they
#: hold the city's personal data) and removed after; these are left by a crash.
_WORK_PREFIX = ".cs-snapshot-"


class SnapshotRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Policy:
    """When a machine publishes a snapshot and compacts, at the end of a round."""

    #: A snapshot is due when this many segments are not covered by the newest one...
    segments: int = 200
    #: ...or when something is not covered and was not for this long (the bound within
    #: which an erasure reaches the share; see the module's docstring).
    max_age_ms: int = 7 * 24 * 3600 * 1000
    #: Never a new snapshot within this time of the newest one (several machines would
    #: otherwise each publish one), unless the newest does not join up with the segments.
    min_interval_ms: int = 3600 * 1000
    #: Compaction trusts a snapshot only once it has been on the share this long.
    grace_ms: int = 30 * 60 * 1000
    #: Each machine looks at most this often (listing acknowledgements costs on a slow share).
    every_ms: int = 10 * 60 * 1000
    #: Temporary files and unlisted snapshot files older than this are swept.
    stale_hours: float = 24.0


# --------------------------------------------------------------------------- publishing


def publish_snapshot(db: Database, share: Share, *, now_ms: int | None = None) -> SnapshotRef:
    """Publish a snapshot of `db`. Everything must be published first (run a round): the
    check is made on the copy itself, so a change made meanwhile cannot slip in unpublished."""
    with _workdir(db.path) as tmp:
        copy = tmp / "snapshot.db"
        copy_consistent(db.path, copy)
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            # A working copy: if this process dies, it is thrown away (see _workdir).
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA secure_delete = ON")  # not every SQLite build has it on
            meta = _seal(conn)
            meta["made_at"] = int(now_ms if now_ms is not None else time.time() * 1000)
            conn.execute("VACUUM")  # no deleted row, nor the order rows came in, survives
        finally:
            conn.close()
        return share.write_snapshot(meta["device"], meta["epoch"], copy, meta)


def _seal(conn: sqlite3.Connection) -> dict[str, Any]:
    """Read what the copy covers, refuse it if it holds anything unpublished, and empty what
    must not travel. Returns the manifest's meta."""
    pending = conn.execute(
        "SELECT (SELECT count(*) FROM change_log WHERE published = 0) + "
        "(SELECT count(*) FROM secret_outbox WHERE published = 0)"
    ).fetchone()[0]
    if pending:
        raise SnapshotRefused("unpublished changes")
    device, epoch = conn.execute("SELECT device_id, epoch FROM local_state WHERE id = 1").fetchone()
    covers = _covers(conn, device, epoch)
    (schema,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    _scrub(conn)
    return {"schema": schema, "device": device, "epoch": epoch, "covers": covers}


def _covers(conn: Any, device: str, epoch: str) -> dict[str, list[Any]]:
    """What a database holds, history by history, as a manifest says it: what it applied
    of the others, and what it published itself (every epoch, each under the device it was
    written as: a leftover epoch of an identity it left goes under that old device; the
    current one at least from nothing). Each point is (last number, last checksum): the
    checksum tells a segment of ballots only, which carries no number of its own, from the
    one before it (see engine._chain_broken). A history it both wrote and reads (one it
    left, where it reads on from where it wrote, `identity.leave`) is given as it reads it.
    `conn`: a sqlite3 connection, or SQLAlchemy's (`exec_driver_sql`)."""
    run = getattr(conn, "exec_driver_sql", None) or conn.execute
    read = {
        f"{d}/{e}": [seq, checksum]
        for d, e, seq, checksum in run(
            "SELECT device, epoch, last_seq, last_checksum FROM sync_applied"
        )
    }
    written = run(
        "SELECT coalesce((SELECT o.device FROM sync_own_segments o WHERE o.epoch = p.epoch "
        "LIMIT 1), ?), p.epoch, p.last_seq, p.last_checksum FROM sync_published p",
        (device,),
    )
    covers: dict[str, list[Any]] = {f"{device}/{epoch}": [0, None]}
    for d, e, seq, checksum in written:
        if seq >= _seq(covers.get(f"{d}/{e}")):
            covers[f"{d}/{e}"] = [seq, checksum]
    covers.update(read)
    return covers


def _scrub(conn: sqlite3.Connection) -> None:
    """Empty the machine's own tables and outbox, and give the copy a throwaway identity."""
    for table in (*MACHINE_ONLY, *OUTBOX):
        conn.execute(f'DELETE FROM "{table}"')
    marks = ", ".join("?" * len(OUTBOX))
    conn.execute(f"DELETE FROM sqlite_sequence WHERE name IN ({marks})", OUTBOX)
    conn.execute(
        "UPDATE local_state SET device_id = ?, epoch = ?, applying = 0 WHERE id = 1",
        (str(uuid.uuid4()), str(uuid.uuid4())),
    )


# --------------------------------------------------------------------------- choosing


def joins_up(ref: SnapshotRef, segments: Iterable[SegmentInfo], history: dict[str, int]) -> bool:
    """Can a device started from `ref` follow every history on the share? Each chain whose
    beginning was compacted away must go on right after what the snapshot covers, and a
    chain compacted away whole must be covered to its end (`history`: how far each chain
    is known to have gone, see `known_history`)."""
    covers = ref.meta.get("covers") or {}
    first: dict[str, int] = {}
    for info in segments:
        first[_key(info)] = min(first.get(_key(info), info.seq_from), info.seq_from)
    return all(
        start <= 1 or _seq(covers.get(key)) >= start - 1 for key, start in first.items()
    ) and all(_seq(covers.get(key)) >= seq for key, seq in history.items() if key not in first)


def known_history(listed: Iterable[SnapshotRef], acks: dict[str, dict[str, Any]]) -> dict[str, int]:
    """How far each chain is known to have gone: what any snapshot covers or any device
    acknowledged having applied."""
    had: dict[str, int] = {}
    for ref in listed:
        for key, point in (ref.meta.get("covers") or {}).items():
            had[key] = max(had.get(key, 0), _seq(point))
    for state in acks.values():
        for key, seq in state.items():
            if "/" in key:  # not what an acknowledgement says besides (`share.LEFT_KEY`)
                had[key] = max(had.get(key, 0), _int(seq))
    return had


def _seq(point: Any) -> int:
    try:
        return int(point[0])
    except (TypeError, ValueError, IndexError):
        return 0


def _usable_schema(ref: SnapshotRef) -> bool:
    return ref.meta.get("schema") in REVISIONS


def _choose(
    share: Share, segments: list[SegmentInfo], history: dict[str, int]
) -> Iterator[SnapshotRef]:
    """The snapshots a new device may start from, best first."""
    for ref in share.list_snapshots():
        if _usable_schema(ref) and joins_up(ref, segments, history):
            yield ref


# --------------------------------------------------------------------------- starting


def bootstrap(share: Share, target: Path) -> SnapshotRef | None:
    """Make `target` (which must not exist) from the newest usable snapshot, as a new device.
    Returns None when the share has none (start from an empty database then). A damaged
    snapshot raises `CorruptFile` and leaves nothing at `target`."""
    segments = share.list_segments()
    history = known_history(share.list_snapshots(), share.read_acks())
    ref = next(_choose(share, segments, history), None)
    if ref is None:
        if any(not _usable_schema(r) for r in share.list_snapshots()):
            raise SnapshotRefused("newer schema")
        return None
    share.restore_snapshot(ref, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("BEGIN")
        _scrub(conn)  # a new identity; and older snapshots still carried their outbox
        _record_covers(conn, ref)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return ref


def _record_covers(conn: sqlite3.Connection, ref: SnapshotRef) -> None:
    conn.executemany(
        "INSERT INTO sync_applied (device, epoch, last_seq, last_checksum, segments) "
        "VALUES (?, ?, ?, ?, 0)",
        [
            (*key.split("/", 1), _seq(point), point[1] if isinstance(point, list) else None)
            for key, point in (ref.meta.get("covers") or {}).items()
            if "/" in key
        ],
    )


@dataclass
class Start:
    """What `start_from_snapshot` did. `problem`: why no snapshot served ("damaged",
    "newer", "none joins up"); `blocked`: and the segments cannot serve either, so nothing
    may be applied this round (the database would be stuck behind compacted segments)."""

    ref: SnapshotRef | None = None
    epoch: str = ""
    problem: str = ""
    blocked: bool = False
    discarded: list[str] = field(default_factory=list)


def never_synced(db: Database) -> bool:
    """Has this database never exchanged anything with a share (a new device, whatever it
    holds already)? Such a database starts from the share's snapshot at its first round,
    once what it holds is published (see `start_from_snapshot`). One that published before
    follows the segments: its acknowledgements hold back the ones it needs. A new database
    that could not start yet (see `Start.blocked`) is still new at its next rounds."""
    with db.read() as s:
        return not s.execute(
            text(
                "SELECT EXISTS(SELECT 1 FROM sync_applied) OR (EXISTS(SELECT 1 FROM "
                "sync_published) AND NOT EXISTS(SELECT 1 FROM local_settings WHERE key = :k))"
            ),
            {"k": _WAITING},
        ).scalar()


def wait_for_snapshot(db: Database, waiting: bool) -> None:
    """Remember (or forget) that this new database waits for a usable snapshot."""
    with db.write() as s:
        if waiting:
            s.execute(
                text("INSERT OR IGNORE INTO local_settings (key, value) VALUES (:k, '1')"),
                {"k": _WAITING},
            )
        else:
            s.execute(text("DELETE FROM local_settings WHERE key = :k"), {"k": _WAITING})


def start_from_snapshot(db: Database, share: Share, *, rejoining: bool = False) -> Start:
    """Make a new database (`never_synced` before this round, and since then everything it
    held published) a copy of the newest usable snapshot, in place, as this machine under a
    new epoch: what it published under the old one (or under an identity it left) comes back
    to it from the share like anyone's changes. Its own settings and queue are kept.

    The database may be open (the application's first round): the snapshot goes in through
    SQLite's backup API, in one step that other connections wait for, and no write of this
    process may start meanwhile (`Database.exclusive`). A snapshot found damaged is removed
    from the share (healthy machines then publish a new one) and the one before is tried."""
    segments = share.list_segments()
    listed = share.list_snapshots()
    # A device or epoch folder that cannot be listed now hides its segments, it does not
    # lose them: nothing is decided about its history (main's rule for the share's entries).
    history = {
        key: seq
        for key, seq in known_history(listed, share.read_acks()).items()
        if "/" not in key or not share.hidden(*key.split("/", 1))
    }
    result = Start()
    if listed and not any(_usable_schema(r) for r in listed):
        result.problem = "newer"
    for ref in _choose(share, segments, history):
        try:
            epoch = _start_from(db, share, ref, rejoining)
        except CorruptFile as exc:
            log.warning("snapshot %s is damaged (%s): removed from the share", ref.path.name, exc)
            share.delete_snapshot(ref)
            result.discarded.append(ref.path.name)
            result.problem = "damaged"
            continue
        if epoch is None:
            # Something to publish still (ballots wait for a batch of ten), or another
            # process changed the database meanwhile: the next round decides again.
            result.problem = "unpublished changes"
            break
        return Start(ref, epoch)
    else:
        if listed and not result.problem:
            result.problem = "none joins up"
    result.blocked = not segments_suffice(
        segments, history, superseded_points(share, segments, history, trust_damage=not listed)
    )
    if result.blocked and not result.problem:
        result.problem = "missing"
    return result


def superseded_points(
    share: Share,
    segments: list[SegmentInfo],
    history: dict[str, int],
    *,
    trust_damage: bool = False,
) -> dict[str, int]:
    """How far each history whose beginning is gone is carried again by a later epoch of its
    device (`merge.supersede`: a writer that found its own segments missing or damaged
    published everything again, then removed its damaged files). Reads the first segment of
    those devices' epochs only, and only when some history lacks its beginning."""
    first: dict[str, int] = {}
    for info in segments:
        first[_key(info)] = min(first.get(_key(info), info.seq_from), info.seq_from)
    devices = {
        key.split("/", 1)[0] for key, seq in history.items() if seq > 0 and first.get(key, 2) > 1
    }
    out: dict[str, int] = {}
    damaged: set[str] = set()
    for info in segments:
        if info.device not in devices or info.seq_from != 1:
            continue
        try:
            header = share.read_segment(info).header
        except CorruptFile as exc:
            if trust_damage and exc.damage is Damage.CHECKSUM:
                damaged.add(info.device)
            continue
        except UnreadableEntry:
            continue
        for epoch, (seq, _checksum) in merge.superseded_by(header).items():
            key = f"{info.device}/{epoch}"
            out[key] = max(out.get(key, 0), seq)
    # `trust_damage` (a new database deciding where to start, with no snapshot on the share):
    # the first segment of another epoch of that device is there with bytes that differ from
    # its name, so its writer is publishing everything again (its next round finds the damage
    # and starts another epoch, whose first segment says what it carries). With no snapshot
    # listed, compaction cannot have taken those beginnings (it removes only what a listed
    # snapshot covers), so they are no reason to wait for one. A snapshot listed, even one
    # that cannot serve, keeps the wait: the beginnings may be its.
    for key, seq in history.items():
        if key.split("/", 1)[0] in damaged and first.get(key, 2) > 1:
            out[key] = max(out.get(key, 0), seq)
    return out


def segments_suffice(
    segments: list[SegmentInfo], history: dict[str, int], superseded: dict[str, int] | None = None
) -> bool:
    """Can the segments alone give a new database what the share holds? Not once compaction
    took the beginning of a chain that a snapshot covers or another device applied
    (`history`, whether some of it is left or none). A beginning lost otherwise (deleted by
    hand) is no reason to wait: its writer publishes everything again under a new epoch,
    whose first segment says how far it carries the old one again (`superseded`, see
    `superseded_points`)."""
    superseded = superseded or {}
    first: dict[str, int] = {}
    for info in segments:
        first[_key(info)] = min(first.get(_key(info), info.seq_from), info.seq_from)
    return all(
        seq <= 0 or first.get(key, 2) <= 1 or superseded.get(key, 0) >= seq
        for key, seq in history.items()
    )


def _start_from(db: Database, share: Share, ref: SnapshotRef, rejoining: bool) -> str | None:
    with _workdir(db.path) as tmp:
        image = tmp / "start.db"
        share.restore_snapshot(ref, image, durable=False)
        if ref.meta.get("schema") != HEAD:
            _upgrade(image)
        img = sqlite3.connect(image, isolation_level=None)
        live = sqlite3.connect(db.path, isolation_level=None, timeout=30)
        try:
            img.execute("PRAGMA synchronous = OFF")
            with db.exclusive():
                db.engine.dispose()  # this process's idle connections: reopened on demand
                version = live.execute("PRAGMA data_version").fetchone()[0]
                mine = _machine_part(live, rejoining)
                if mine is None:
                    return None
                epoch = str(uuid.uuid4())
                img.execute("BEGIN")
                _scrub(img)
                _put_machine_part(img, mine, epoch)
                _record_covers(img, ref)
                img.execute("COMMIT")
                direct = _alone(live)
                try:
                    if live.execute("PRAGMA data_version").fetchone()[0] != version:
                        return None  # another process wrote meanwhile: the next round decides
                    img.backup(live)
                finally:
                    if direct:
                        live.execute("PRAGMA journal_mode = WAL")
            if not direct:
                live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            img.close()
            live.close()
    log.info("started from snapshot %s (epoch %s)", ref.path.name, epoch)
    return epoch


def _alone(live: sqlite3.Connection) -> bool:
    """Leave WAL mode for the copy if no other connection has the database open: the pages
    then go to the file once, under a rollback journal (a crash rolls the copy back),
    instead of into the WAL and again into the file. Returns whether it did; with anyone
    else there, the copy goes through the WAL as usual."""
    live.execute("PRAGMA busy_timeout = 0")
    try:
        return live.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() == "delete"
    except sqlite3.OperationalError:
        return False
    finally:
        live.execute("PRAGMA busy_timeout = 30000")


def _upgrade(image: Path) -> None:
    """A snapshot made by an older version: its schema brought to ours, as at start-up."""
    from citizenspace.store.migrate import open_database

    db, _ = open_database(image)
    db.close()


def _machine_part(live: sqlite3.Connection, rejoining: bool = False) -> dict[str, Any] | None:
    """What the live database keeps of its own, read in one transaction; None if it is not
    new after all (or, `rejoining`, if it holds something unpublished)."""
    live.execute("BEGIN")
    try:
        busy = live.execute(
            ("SELECT 0" if rejoining else "SELECT EXISTS(SELECT 1 FROM sync_applied)")
            + " OR EXISTS(SELECT 1 FROM change_log WHERE published = 0) "
            "OR EXISTS(SELECT 1 FROM secret_outbox WHERE published = 0)"
        ).fetchone()[0]
        if busy:
            return None
        part: dict[str, Any] = {
            "state": live.execute(
                "SELECT device_id, hlc, created_at FROM local_state WHERE id = 1"
            ).fetchone(),
            "written": live.execute(
                "SELECT device, epoch, checksum, written, seq_from, seq_to, secret, confirmed "
                "FROM sync_own_segments"
            ).fetchall(),
        }
        for table in MACHINE_ONLY:
            cursor = live.execute(f'SELECT * FROM "{table}"')
            part[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return part
    finally:
        live.execute("COMMIT")


def _put_machine_part(img: sqlite3.Connection, part: dict[str, Any], epoch: str) -> None:
    device, hlc, created_at = part["state"]
    img.execute(
        "UPDATE local_state SET device_id = ?, epoch = ?, hlc = max(hlc, ?), created_at = ?, "
        "applying = 0 WHERE id = 1",
        (device, epoch, hlc, created_at),
    )
    # The segments it wrote stay known as its own by their checksums (a segment of ours is
    # never taken for a copy's), without their outbox numbers: the outbox starts anew. What
    # they carried is not held by the snapshot unless it covers them: the histories they are
    # in are read back from the share like anyone's (so no `sync_published` row, which would
    # count them as held here, and no leftover epoch, whose changes were all published).
    img.executemany(
        "INSERT INTO sync_own_segments (device, epoch, checksum, written, seq_from, seq_to, "
        "log_from, log_to, secret, confirmed) VALUES (?, ?, ?, ?, ?, ?, 0, -1, ?, ?)",
        part["written"],
    )
    for table in MACHINE_ONLY:
        names, rows = part[table]
        if rows:
            columns = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" * len(names))
            img.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows)


@contextlib.contextmanager
def _workdir(db_path: Path) -> Iterator[Path]:
    """A private folder beside the database for a working copy; what a crash left in an
    older one is removed first."""
    folder = Path(db_path).parent
    for old in folder.glob(_WORK_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > 6 * 3600:
                shutil.rmtree(old, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix=_WORK_PREFIX, dir=folder) as tmp:
        yield Path(tmp)


# --------------------------------------------------------------------------- compaction


@dataclass(frozen=True)
class Compaction:
    deleted: int
    kept: int
    snapshots_deleted: int = 0


def covered(info: SegmentInfo, point: Any) -> bool:
    """Is segment `info` at or before `point` (a covers entry or an acknowledged sequence
    number) in its chain? A segment of secret items only has an empty range (it sits
    between `seq_from - 1` and `seq_from`): a sequence number says it was applied only once
    a later change is, so it waits for one."""
    seq = _seq(point) if isinstance(point, list) else _int(point)
    return seq >= max(info.seq_to, info.seq_from)


def compactable(
    segments: list[SegmentInfo],
    acks: dict[str, dict],
    snapshot: SnapshotRef | None,
    retired: Iterable[str] = (),
) -> list[SegmentInfo]:
    """Segments every known device has acknowledged and the snapshot covers.

    Known devices are those with segments or acknowledgements on the share; one that has
    never acknowledged anything holds everything back (safe: it may still need it), and
    keeps its own segments, which keep it known. A device in `retired` (an identity left,
    or a computer an administrator retired: see `retired_ids`) holds nothing back.
    Every device reads a history but its writer (`writers`)."""
    if snapshot is None:
        return []
    gone = set(retired)
    known = ({s.device for s in segments} | set(acks)) - gone
    covers = snapshot.meta.get("covers") or {}
    out = []
    for info in segments:
        key = f"{info.device}/{info.epoch}"
        if not covered(info, covers.get(key)) or (info.device in known - set(acks)):
            continue
        readers = known - writers(acks, info)
        if all(covered(info, acked(acks.get(r) or {}, key)) for r in readers):
            out.append(info)
    return out


def writers(acks: dict[str, dict], info: SegmentInfo) -> set[str]:
    """Who wrote the history of `info`: the devices whose acknowledgement says they wrote it
    under an identity they left (`share.WROTE_KEY`: a leftover epoch), else its device.

    Why it matters: a copy of that database may still work under the old id without having
    found the other yet. It is then a reader of the leftover epoch like anyone (it learns of
    the copy from it, and takes its changes), not its writer."""
    key = _key(info)
    said = {
        device
        for device, state in acks.items()
        if isinstance(state.get(WROTE_KEY), dict) and key in state[WROTE_KEY]
    }
    return said or {info.device}


def acked(state: dict[str, Any], key: str) -> int:
    """How far an acknowledgement `state` says its device holds history `key`: applied, or
    written under an identity it left (`share.WROTE_KEY`)."""
    wrote = state.get(WROTE_KEY)
    return max(_int(state.get(key)), _int(wrote.get(key)) if isinstance(wrote, dict) else 0)


def compact(share: Share, snapshot: SnapshotRef | None = None) -> Compaction:
    """Remove the segments `snapshot` (default: the newest) makes useless, then the older
    snapshots. Segments go oldest first, so an interrupted compaction leaves every chain
    whole from wherever it now starts."""
    segments = share.list_segments()
    snapshot = snapshot or share.latest_snapshot()
    files = share.read_ack_files()
    acks = {device: ack.state for device, ack in files.items()}
    doomed = sorted(
        compactable(segments, acks, snapshot, retired_ids(files)),
        key=lambda s: (s.device, s.epoch, s.seq_from, s.seq_to),
    )
    deleted = share.delete_segments(doomed)
    old = 0
    if snapshot is not None and deleted == len(doomed):
        for ref in share.list_snapshots():
            if ref.counter < snapshot.counter and share.delete_snapshot(ref):
                old += 1
    return Compaction(deleted, len(segments) - deleted, old)


def retired_ids(acks: dict[str, AckFile]) -> set[str]:
    """Device ids that no longer count as readers: identities a database left (a copy of it
    was found, or it was opened on another machine: `store.identity`). That database reads
    on under its new id, whose acknowledgement says how far, and names there each id it left
    with the checksum of the last acknowledgement it wrote under it (None: it wrote none).
    An id counts again as soon as anyone acknowledges under it after that (the checksum no
    longer matches): a copy still working under it, which has not found the other yet, is
    a live reader and holds back what it has not applied, as any device does."""
    return _named_under(acks, LEFT_KEY) | retired_by_admin(acks)


def retired_by_admin(acks: dict[str, AckFile]) -> set[str]:
    """Device ids an administrator retired (`sync.retire`: a computer lost, broken or
    replaced, which held compaction back), that have not acknowledged anything since. One
    that comes back finds itself here and starts again from the share's snapshot before it
    acknowledges (engine, "rejoin"); from its next acknowledgement on it counts again."""
    return _named_under(acks, RETIRED_KEY)


def _named_under(acks: dict[str, AckFile], key: str) -> set[str]:
    """The device ids acknowledgements name under `key` with the checksum of the device's
    current acknowledgement (None: it has none)."""
    out: set[str] = set()
    for ack in acks.values():
        named = ack.state.get(key)
        if not isinstance(named, dict):
            continue
        for device, last in named.items():
            now = acks.get(device)
            if (now.checksum if now is not None else None) == last:
                out.add(device)
    return out


class Forgotten:
    """What the share may have forgotten without losing it: the segments compaction may
    have removed. One notion, shared by `compactable` (which removes nothing else) and by a
    writer checking its own histories (engine._own_history): a segment every device still
    counting as a reader (its writer and retired ids aside) acknowledged, by number (so a
    segment of ballots only, which carries no number of its own, waits for a later change,
    as in `covered`), and that some listed snapshot covers when no reader is left to say.

    Acknowledgements are enough where there are readers: they only move forward, whereas
    the snapshot compaction trusted may since have been replaced by a twin that covers less,
    or found damaged and removed (`start_from_snapshot`). The share is read on the first
    question only: most rounds find their own histories whole from the first number."""

    def __init__(self, share: Share) -> None:
        self._share = share

    @classmethod
    def on(cls, share: Share) -> Forgotten:
        return cls(share)

    @functools.cached_property
    def _state(self) -> tuple[dict[str, dict[str, Any]], set[str], list[dict[str, Any]]]:
        files = self._share.read_ack_files()
        return (
            {device: ack.state for device, ack in files.items()},
            retired_ids(files),
            [r.meta.get("covers") or {} for r in self._share.list_snapshots()],
        )

    def explains(self, info: SegmentInfo, *mine: str) -> bool:
        """Could compaction have removed `info`? `mine`: this machine's current id, when it
        asks about a history it wrote: its own acknowledgement says nothing about the
        others'. Its writers are no readers either (see `writers`)."""
        acks, retired, covers = self._state
        key = _key(info)
        skip = retired | writers(acks, info) | set(mine)
        readers = [state for device, state in acks.items() if device not in skip]
        if not all(covered(info, acked(state, key)) for state in readers):
            return False
        return bool(readers) or any(covered(info, c.get(key)) for c in covers)


# --------------------------------------------------------------------------- maintenance


@dataclass
class Maintenance:
    published: SnapshotRef | None = None
    compaction: Compaction | None = None
    #: Why this machine did not publish a snapshot that was due ("unpublished changes",
    #: "behind the newest snapshot"...).
    refused: str = ""
    #: Maintenance was due this round (at most every `Policy.every_ms`).
    ran: bool = False


def maintain(
    db: Database, share: Share, now_ms: int, policy: Policy, *, up_to_date: bool
) -> Maintenance:
    """At the end of a round: publish a snapshot when one is due and this machine can make
    a good one (`up_to_date`: the round applied everything on the share, and everything
    here is published), then compact what the newest snapshot allows."""
    done = Maintenance()
    with db.read() as s:
        marks: dict[str, str] = dict(
            s.execute(
                text("SELECT key, value FROM local_settings WHERE key IN (:a, :b)"),
                {"a": _DUE_SINCE, "b": _MAINTAINED_AT},
            ).all()
        )
    if now_ms - _int(marks.get(_MAINTAINED_AT)) < policy.every_ms:
        return done
    done.ran = True
    segments = share.list_segments()
    snapshots = share.list_snapshots()
    latest = snapshots[0] if snapshots else None
    uncovered = [
        info
        for info in segments
        if latest is None or not covered(info, (latest.meta.get("covers") or {}).get(_key(info)))
    ]
    due_since = (_int(marks.get(_DUE_SINCE)) or now_ms) if uncovered else 0
    # No snapshot a new computer could start from, and the segments no longer suffice (one
    # was found damaged and removed, or two compactions crossed): publish one now.
    history = known_history(snapshots, share.read_acks())
    broken = not any(
        joins_up(r, segments, history) for r in snapshots if _usable_schema(r)
    ) and not segments_suffice(segments, history, superseded_points(share, segments, history))
    age = now_ms - _int(latest.meta.get("made_at")) if latest is not None else None
    due = broken or (
        bool(uncovered)
        and (age is None or age >= policy.min_interval_ms)
        and (
            len(uncovered) >= policy.segments
            or now_ms - due_since >= policy.max_age_ms
            or (age is not None and age >= policy.max_age_ms)
        )
    )
    if due:
        mine = _applied_here(db)
        if not up_to_date:
            done.refused = "not up to date"
        elif latest is not None and not _dominates(mine, latest):
            done.refused = "behind the newest snapshot"
        elif not joins_up(
            SnapshotRef("", "", 0, {"covers": mine}, Path(), "", 0), segments, history
        ):
            # A history whose beginning is lost (not compacted) cannot be covered by anyone:
            # publishing again would not help, and would go on every time.
            done.refused = "a history on the share is not whole"
        else:
            try:
                done.published = publish_snapshot(db, share, now_ms=now_ms)
                due_since = 0
            except SnapshotRefused as exc:
                done.refused = exc.reason
            except (OSError, sqlite3.Error) as exc:
                # The working copy beside the database (disk full...): the round itself is
                # done; another machine, or this one next time, publishes the snapshot.
                log.warning("could not make a snapshot: %s", exc)
                done.refused = str(exc)
    trusted = next(
        (
            r
            for r in share.list_snapshots()
            if now_ms - _int(r.meta.get("made_at")) >= policy.grace_ms
        ),
        None,
    )
    newest = share.latest_snapshot()
    if (
        trusted is not None
        and newest is not None
        and trusted.counter == newest.counter
        and joins_up(trusted, segments, history)
    ):
        done.compaction = compact(share, trusted)
    with contextlib.suppress(ShareError):
        share.clean_stale_temp(policy.stale_hours)
        share.clean_orphan_snapshots(policy.stale_hours)
    with db.write() as s:
        for key, value in ((_MAINTAINED_AT, now_ms), (_DUE_SINCE, due_since)):
            s.execute(
                text(
                    "INSERT INTO local_settings (key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {"k": key, "v": str(value)},
            )
    return done


def _key(info: SegmentInfo) -> str:
    return f"{info.device}/{info.epoch}"


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _applied_here(db: Database) -> dict[str, list[Any]]:
    """What a snapshot of this database would cover (see `_covers`)."""
    with db.read() as s:
        conn = s.connection()
        device, epoch = conn.exec_driver_sql(
            "SELECT device_id, epoch FROM local_state WHERE id = 1"
        ).one()
        return _covers(conn, device, epoch)


def _dominates(mine: dict[str, list[Any]], latest: SnapshotRef) -> bool:
    """Has this machine applied at least what the newest snapshot covers, history by
    history? Otherwise its snapshot would take the share backwards."""
    covers = latest.meta.get("covers") or {}
    return all(_seq(mine.get(key)) >= _seq(point) for key, point in covers.items())


def pending_for(db: Database) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar_one()


__all__ = [
    "Compaction",
    "Maintenance",
    "Policy",
    "SnapshotRefused",
    "Start",
    "acked",
    "writers",
    "bootstrap",
    "compact",
    "compactable",
    "Forgotten",
    "covered",
    "never_synced",
    "segments_suffice",
    "superseded_points",
    "wait_for_snapshot",
    "joins_up",
    "known_history",
    "maintain",
    "publish_snapshot",
    "retired_by_admin",
    "retired_ids",
    "start_from_snapshot",
]
