"""One round of sync: publish what this machine changed, apply what the others did.

The share may vanish at any moment: every step either completes or leaves things as they
were (segments are written whole or not at all; a segment is applied in one transaction).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from citizenspace import __version__
from citizenspace.store import ballot_settle
from citizenspace.store.database import Database
from citizenspace.store.migrations import HEAD, REVISIONS
from citizenspace.sync import blobs, merge, snapshots
from citizenspace.sync.gcpause import collector_paused
from citizenspace.sync.plan import plan
from citizenspace.sync.share import Segment, Share, ShareError, open_share

log = logging.getLogger(__name__)

DEMO_FLAG = "is_demo"
#: Segments are applied together, in one transaction, until they carry this many changes:
#: fewer commits while catching up, and the write lock is never held for long (about a
#: second at most on an office PC), so a desk saving a visit meanwhile barely waits.
BATCH_CHANGES = 50_000
#: `RoundReport.problem` of a new database that can start neither from the share's
#: snapshot nor from its segments (see sync.snapshots.start_from_snapshot).
UNUSABLE = "SnapshotUnusable"


@dataclass
class RoundReport:
    written: int = 0
    applied: int = 0
    changes_applied: int = 0
    rejected: list[str] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    conflicts: int = 0
    alarms: int = 0
    devices_seen: list[str] = field(default_factory=list)
    problem: str = ""
    problem_detail: str = ""
    #: This machine's own segments were missing or damaged on the share: everything it holds
    #: was published again under a new epoch (the old epoch is given here).
    republished_from: str = ""
    #: Pictures exchanged with the share (see `sync.blobs`): sent, received, named by a row
    #: but on no side yet (retried next round), damaged on the share (refused).
    blobs_uploaded: int = 0
    blobs_downloaded: int = 0
    blobs_missing: list[str] = field(default_factory=list)
    blobs_rejected: list[str] = field(default_factory=list)
    #: This database was new and started from the share's snapshot (its file name).
    started_from: str = ""
    #: Why the share's snapshot could not serve a new database ("damaged", "newer", "none
    #: joins up"); with `problem` set too when the segments could not serve either.
    snapshot_problem: str = ""
    #: Maintenance at the end of the round (see `sync.snapshots.maintain`).
    snapshot_published: str = ""
    segments_compacted: int = 0

    @property
    def ok(self) -> bool:
        return not (self.rejected or self.problem)


class SyncRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SyncEngine:
    def __init__(
        self,
        db: Database,
        share_root: Path,
        *,
        app_version: str = __version__,
        now_ms: Callable[[], int] | None = None,
        share_factory: Callable[[Path], Share] | None = None,
        policy: snapshots.Policy | None = None,
    ) -> None:
        self._db = db
        self._root = Path(share_root)
        self._app_version = app_version
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._share_factory = share_factory or (lambda root: open_share(root, self._app_version))
        self._policy = policy or snapshots.Policy()

    def _identity(self) -> tuple[str, str, bool]:
        with self._db.read() as s:
            conn = s.connection()
            device, epoch = conn.exec_driver_sql(
                "SELECT device_id, epoch FROM local_state WHERE id = 1"
            ).one()
            demo = conn.exec_driver_sql(
                "SELECT value FROM local_settings WHERE key = ?", (DEMO_FLAG,)
            ).scalar()
        return device, epoch, demo == "1"

    def round(self, *, flush_secret: bool = False) -> RoundReport:
        report = RoundReport()
        device, epoch, demo = self._identity()
        if demo:
            report.problem = "demo"
            return report
        try:
            merge.settle_conflicts(self._db)
            share = self._share_factory(self._root)
            epoch = self._own_history(share, device, epoch, report)
            if report.republished_from:
                blobs.forget_uploads(self._db)  # the share lost our files: blobs too, maybe
            # Votes leave the kiosk's ballot box in batches, the pool at the end of the vote
            # (store.ballot_settle): `flush_secret` cannot make fewer than ten leave.
            ballot_settle.settle(self._db)
            new = snapshots.never_synced(self._db)
            self._publish(share, device, report)
            if new:
                epoch = self._start(share, epoch, report)
            if not report.problem:
                with collector_paused():  # see gcpause: decoding and merging make no cycles
                    self._pull(share, device, epoch, report)
            if report.applied:
                merge.make_durable(self._db)
            self._blobs(share, report)
            if report.problem != UNUSABLE:  # waiting to start: it needs no segment kept
                self._ack(share, device)
            self._maintain(share, report)
        except ShareError as exc:
            log.warning("sync round stopped: %s", exc)
            report.problem = type(exc).__name__
            report.problem_detail = str(exc)
        return report

    # ---------------------------------------------------------------- steps

    def _own_history(self, share: Share, device: str, epoch: str, report: RoundReport) -> str:
        """Check that the share still holds, whole, what this machine published in its current
        epoch; returns the epoch to publish under.

        A segment of ours found right after the last one we know we wrote is one whose write
        landed although it was reported as failed: it is adopted, not written again under
        other bytes (which would fork the chain for readers who applied it). A link missing
        or damaged cannot be skipped by readers and never comes back by itself: everything is
        then published again under a new epoch (`merge.restart_epoch`)."""
        _epoch, last_seq, last_sum = merge.last_published(self._db)
        own = [s for s in share.list_segments() if s.device == device and s.epoch == epoch]
        if not own and last_sum is None:
            return epoch
        # Compaction may have removed the chain's beginning: it then goes on from there.
        compacted = snapshots.compacted_to(share, device, epoch, own, (last_seq, last_sum))
        applied = {(device, epoch): compacted} if compacted else {}
        gone = [compacted[1]] if compacted else []
        chain = list(plan(own, applied, share.read_segment).steps)
        sums = gone + [s.info.checksum for s in chain]
        if last_sum is None or last_sum in sums:
            start = sums.index(last_sum) + 1 - len(gone) if last_sum is not None else 0
            for segment in chain[start:]:
                if not merge.adopt(self._db, segment.header, segment.body, segment.info.checksum):
                    break
            else:
                return epoch
        report.republished_from = epoch
        return merge.restart_epoch(self._db)

    def _publish(self, share: Share, device: str, report: RoundReport) -> None:
        out = merge.outgoing(self._db)
        if out.empty:
            return
        _epoch, _last, prev = merge.last_published(self._db)
        header = {
            "schema": HEAD,
            "seq_from": out.seq_from,
            "seq_to": out.seq_to,
            "prev": prev,
            "hlc_min": out.hlc_min,
            "hlc_max": out.hlc_max,
        }
        ref = share.write_segment(device, out.epoch, header, out.body())
        merge.mark_published(self._db, out, ref.checksum)
        report.written += 1

    def _start(self, share: Share, epoch: str, report: RoundReport) -> str:
        """A database that never received anything starts from the share's snapshot, if it
        has one (segments may have been compacted away): returns the epoch to go on under.
        Done after publishing, so that what it held comes back to it from the share."""
        try:
            start = snapshots.start_from_snapshot(self._db, share)
        except (OSError, sqlite3.Error, snapshots.SnapshotRefused) as exc:
            # Nothing was replaced: this database stays new, and the next round tries again.
            # Nothing is applied meanwhile: segments alone may not lead anywhere any more.
            log.warning("could not start from the share's snapshot: %s", exc)
            snapshots.wait_for_snapshot(self._db, True)
            report.snapshot_problem = "failed"
            report.problem = UNUSABLE
            report.problem_detail = str(exc)
            return epoch
        report.snapshot_problem = start.problem
        snapshots.wait_for_snapshot(self._db, start.blocked)
        if start.ref is not None:
            report.started_from = start.ref.path.name
            return start.epoch
        if start.problem:
            log.warning("the share's snapshot cannot serve this new database: %s", start.problem)
        if start.blocked:
            report.problem = UNUSABLE
            report.problem_detail = start.problem
        return epoch

    def _maintain(self, share: Share, report: RoundReport) -> None:
        """Snapshot and compaction, when due (see sync.snapshots.maintain)."""
        up_to_date = report.ok and not (report.gaps or report.held_back)
        done = snapshots.maintain(
            self._db, share, self._now_ms(), self._policy, up_to_date=up_to_date
        )
        if done.published is not None:
            report.snapshot_published = done.published.path.name
        if done.compaction is not None:
            report.segments_compacted = done.compaction.deleted

    def _pull(self, share: Share, device: str, epoch: str, report: RoundReport) -> None:
        segments = [
            s for s in share.list_segments() if not (s.device == device and s.epoch == epoch)
        ]
        report.devices_seen = sorted({s.device for s in segments})
        with self._db.read() as s:
            applied = {
                (d, e): (seq, checksum)
                for d, e, seq, checksum in s.connection().exec_driver_sql(
                    "SELECT device, epoch, last_seq, last_checksum FROM sync_applied"
                )
            }
        todo = plan(segments, applied, share.read_segment)
        held: set[tuple[str, str]] = set()
        batch: list[Segment] = []
        for segment in todo.steps:
            key = (segment.info.device, segment.info.epoch)
            if key in held:
                continue
            if segment.header.get("schema") not in REVISIONS:
                held.add(key)
                report.held_back.append(f"{key[0]}/{key[1]}")
                continue
            batch.append(segment)
            if sum(len(s.body.get("changes", ())) for s in batch) >= BATCH_CHANGES:
                self._apply(batch, report)
                batch = []
        if batch:
            self._apply(batch, report)
        report.gaps = [
            f"{g.device}/{g.epoch}: {g.block.value} after {g.after_seq}" for g in todo.gaps
        ]
        report.rejected = [str(r.path.name) for r in todo.rejected]

    def _apply(self, batch: list[Segment], report: RoundReport) -> None:
        results = merge.apply_segments(
            self._db,
            [(s.header, s.body, s.info.checksum) for s in batch],
            self._now_ms(),
        )
        for result in results:
            report.applied += 1
            report.changes_applied += result.changes
            report.conflicts += result.conflicts
            report.alarms += result.alarms

    def _blobs(self, share: Share, report: RoundReport) -> None:
        """The pictures named by synced rows, made present here and on the share."""
        done = blobs.exchange(self._db, share)
        report.blobs_uploaded = done.uploaded
        report.blobs_downloaded = done.downloaded
        report.blobs_missing = done.missing
        report.blobs_rejected = done.rejected

    def _ack(self, share: Share, device: str) -> None:
        with self._db.read() as s:
            state = {
                f"{d}/{e}": seq
                for d, e, seq in s.connection().exec_driver_sql(
                    "SELECT device, epoch, last_seq FROM sync_applied"
                )
            }
        share.write_ack(device, state)
