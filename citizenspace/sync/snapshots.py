"""Snapshots and compaction: a new device starts from a recent copy of the city's data
instead of replaying years of segments, and segments everyone has applied go away.

A snapshot is a consistent copy (SQLite's backup API) of a database that has published
everything it holds, with what it covers in its manifest: the publisher's own history up
to a segment, and every other history it had applied. A device started from it takes a
new identity and goes on from exactly there.
"""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from citizenspace.store.backup import copy_consistent
from citizenspace.store.database import Database
from citizenspace.store.migrations import HEAD, REVISIONS
from citizenspace.sync.share import SegmentInfo, Share, SnapshotRef


class SnapshotRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def publish_snapshot(db: Database, share: Share) -> SnapshotRef:
    """Publish a snapshot of `db`. Everything must be published first (run a round)."""
    with db.read() as s:
        conn = s.connection()
        pending = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM change_log WHERE published = 0) + "
            "(SELECT count(*) FROM secret_outbox WHERE published = 0)"
        ).scalar()
        if pending:
            raise SnapshotRefused("unpublished changes")
        device, epoch = conn.exec_driver_sql(
            "SELECT device_id, epoch FROM local_state WHERE id = 1"
        ).one()
        row = conn.exec_driver_sql(
            "SELECT last_seq, last_checksum FROM sync_published WHERE epoch = ?", (epoch,)
        ).first()
        applied = {
            f"{d}/{e}": [seq, checksum]
            for d, e, seq, checksum in conn.exec_driver_sql(
                "SELECT device, epoch, last_seq, last_checksum FROM sync_applied"
            )
        }
    published = [row[0], row[1]] if row else [0, None]
    applied[f"{device}/{epoch}"] = published
    meta = {"schema": HEAD, "device": device, "epoch": epoch, "covers": applied}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "snapshot.db"
        copy_consistent(db.path, copy)
        return share.write_snapshot(device, epoch, copy, meta)


def bootstrap(share: Share, target: Path) -> SnapshotRef | None:
    """Make `target` (which must not exist) from the latest snapshot, as a new device.
    Returns None when the share has no snapshot (start from an empty database then)."""
    ref = share.latest_snapshot()
    if ref is None:
        return None
    if ref.meta.get("schema") not in REVISIONS:
        raise SnapshotRefused("newer schema")
    share.restore_snapshot(ref, target)
    conn = sqlite3.connect(target)
    try:
        with conn:
            conn.execute(
                "UPDATE local_state SET device_id = ?, epoch = ?, applying = 0 WHERE id = 1",
                (str(uuid.uuid4()), str(uuid.uuid4())),
            )
            # The publisher's outbox was all published; its settings were its own.
            conn.execute("DELETE FROM change_log")
            conn.execute("DELETE FROM secret_outbox")
            conn.execute("DELETE FROM sync_published")
            conn.execute("DELETE FROM sync_applied")
            conn.execute("DELETE FROM sync_own_segments")  # what the publisher wrote
            conn.execute("DELETE FROM sync_leftovers")
            conn.execute("DELETE FROM local_settings")
            conn.executemany(
                "INSERT INTO sync_applied (device, epoch, last_seq, last_checksum, segments) "
                "VALUES (?, ?, ?, ?, 0)",
                [
                    (*key.split("/", 1), seq, checksum)
                    for key, (seq, checksum) in ref.meta["covers"].items()
                ],
            )
    finally:
        conn.close()
    return ref


@dataclass(frozen=True)
class Compaction:
    deleted: int
    kept: int


def compactable(
    segments: list[SegmentInfo], acks: dict[str, dict], snapshot: SnapshotRef | None
) -> list[SegmentInfo]:
    """Segments every known device has acknowledged and the latest snapshot covers.

    Known devices are those with segments or acknowledgements on the share; one that has
    never acknowledged anything holds everything back (safe: it may still need it)."""
    if snapshot is None:
        return []
    known = {s.device for s in segments} | set(acks)
    covers = snapshot.meta.get("covers", {})
    out = []
    for info in segments:
        key = f"{info.device}/{info.epoch}"
        if (covers.get(key) or [0])[0] < info.seq_to:
            continue
        readers = known - {info.device}
        if all(int((acks.get(r) or {}).get(key, 0)) >= info.seq_to for r in readers):
            out.append(info)
    return out


def compact(share: Share) -> Compaction:
    segments = share.list_segments()
    doomed = compactable(segments, share.read_acks(), share.latest_snapshot())
    deleted = share.delete_segments(doomed)
    return Compaction(deleted, len(segments) - deleted)


def pending_for(db: Database) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar_one()
