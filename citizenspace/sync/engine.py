"""One round of sync: publish what this machine changed, apply what the others did.

The share may vanish at any moment: every step either completes or leaves things as they
were (segments are written whole or not at all; a segment is applied in one transaction).
A bad entry on the share (unreadable, misnamed, a folder where a file belongs) is skipped and
named in the report; the round goes on with the rest.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from citizenspace import __version__
from citizenspace.store import ballot_settle
from citizenspace.store.database import Database
from citizenspace.store.migrations import HEAD, REVISIONS
from citizenspace.sync import blobs, merge
from citizenspace.sync.gcpause import collector_paused
from citizenspace.sync.plan import Block, plan
from citizenspace.sync.share import (
    CorruptSegment,
    Damage,
    Segment,
    SegmentInfo,
    Share,
    ShareError,
    UnreadableEntry,
    open_share,
)

log = logging.getLogger(__name__)

DEMO_FLAG = "is_demo"
#: Segments are applied together, in one transaction, until they carry this many changes:
#: fewer commits while catching up, and the write lock is never held for long (about a
#: second at most on an office PC), so a desk saving a visit meanwhile barely waits.
BATCH_CHANGES = 50_000


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
    #: Entries of the share left out (`share.EntryFault`): (path under the share, fault code),
    #: each once, by path.
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.rejected or self.skipped or self.problem)


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
    ) -> None:
        self._db = db
        self._root = Path(share_root)
        self._app_version = app_version
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._share_factory = share_factory or (lambda root: open_share(root, self._app_version))

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
        share: Share | None = None
        try:
            merge.settle_conflicts(self._db)
            share = self._share_factory(self._root)
            old_epoch = epoch
            epoch = self._own_history(share, device, epoch, report)
            if report.republished_from:
                blobs.forget_uploads(self._db)  # the share lost our files: blobs too, maybe
            # Votes leave the kiosk's ballot box in batches, the pool at the end of the vote
            # (store.ballot_settle): `flush_secret` cannot make fewer than ten leave.
            ballot_settle.settle(self._db)
            self._publish(share, device, report)
            if report.republished_from and report.written:
                self._drop_damaged(share, device, old_epoch)
            with collector_paused():  # see gcpause: decoding and merging make no cycles
                self._pull(share, device, epoch, report)
            if report.applied:
                merge.make_durable(self._db)
            self._blobs(share, report)
            self._ack(share, device)
            share.survey()
        except ShareError as exc:
            log.warning("sync round stopped: %s", exc)
            report.problem = type(exc).__name__
            report.problem_detail = str(exc)
        if share is not None:
            report.skipped = [(_under(share, e.path), e.fault.value) for e in share.skipped]
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
        _epoch, _last, last_sum = merge.last_published(self._db)
        mine = [s for s in share.list_segments() if s.device == device and s.epoch == epoch]
        if not mine and last_sum is None:
            return epoch
        own = plan(mine, {}, share.read_segment)
        chain = list(own.steps)
        sums = [s.info.checksum for s in chain]
        if last_sum is None or last_sum in sums:
            start = sums.index(last_sum) + 1 if last_sum is not None else 0
            for segment in chain[start:]:
                if not merge.adopt(self._db, segment.header, segment.body, segment.info.checksum):
                    break
            else:
                return epoch
        if any(gap.block is Block.UNREADABLE for gap in own.gaps):
            return epoch  # a file of ours this machine cannot read is not lost: decide nothing
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
        if prev is None:
            # The first segment of an epoch that publishes everything again says how far
            # this machine had published in its older ones: readers stop waiting for their
            # missing or damaged files (merge.supersede). Readers of before ignore the key.
            older = merge.superseding(self._db)
            if older:
                header["supersedes"] = older
        ref = share.write_segment(device, out.epoch, header, out.body())
        merge.mark_published(self._db, out, ref.checksum)
        report.written += 1

    def _pull(self, share: Share, device: str, epoch: str, report: RoundReport) -> None:
        segments = [
            s for s in share.list_segments() if not (s.device == device and s.epoch == epoch)
        ]
        report.devices_seen = sorted({s.device for s in segments})
        todo = plan(segments, self._applied(device, epoch), share.read_segment)
        held: set[tuple[str, str]] = set()
        superseded = self._apply_steps(todo.steps, held, report)
        gaps, rejected = list(todo.gaps), list(todo.rejected)
        if superseded:
            # A device's republished epoch arrived: its older epochs, planned before it said
            # how far it covers them, are planned again from there, so that their missing or
            # damaged files are neither waited for nor reported.
            where = {s.path: (s.device, s.epoch) for s in segments}
            again = plan(
                [s for s in segments if (s.device, s.epoch) in superseded],
                self._applied(device, epoch),
                share.read_segment,
            )
            self._apply_steps(again.steps, held, report)
            gaps = [g for g in gaps if (g.device, g.epoch) not in superseded] + list(again.gaps)
            rejected = [r for r in rejected if where[r.path] not in superseded]
            rejected += again.rejected
        report.gaps = [f"{g.device}/{g.epoch}: {g.block.value} after {g.after_seq}" for g in gaps]
        report.rejected = [str(r.path.name) for r in rejected]

    def _applied(self, device: str, epoch: str) -> dict[tuple[str, str], tuple[int, str | None]]:
        """How far each chain is applied here. This machine's own older epochs count as
        applied as far as it published them: it holds what they carry, and republished it."""
        with self._db.read() as s:
            conn = s.connection()
            applied = {
                (d, e): (seq, checksum)
                for d, e, seq, checksum in conn.exec_driver_sql(
                    "SELECT device, epoch, last_seq, last_checksum FROM sync_applied"
                )
            }
            own = conn.exec_driver_sql(
                "SELECT epoch, last_seq, last_checksum FROM sync_published WHERE epoch != ?",
                (epoch,),
            ).all()
        for e, seq, checksum in own:
            if seq > applied.get((device, e), (0, None))[0]:
                applied[(device, e)] = (seq, checksum)
        return applied

    def _apply_steps(
        self, steps: tuple[Segment, ...], held: set[tuple[str, str]], report: RoundReport
    ) -> set[tuple[str, str]]:
        """Apply planned segments in batches; returns the older epochs that the segments
        applied said they supersede."""
        superseded: set[tuple[str, str]] = set()
        batch: list[Segment] = []
        for segment in steps:
            key = (segment.info.device, segment.info.epoch)
            if key in held:
                continue
            if segment.header.get("schema") not in REVISIONS:
                held.add(key)
                report.held_back.append(f"{key[0]}/{key[1]}")
                continue
            batch.append(segment)
            superseded |= {(key[0], e) for e in merge.superseded_by(segment.header)}
            if sum(len(s.body.get("changes", ())) for s in batch) >= BATCH_CHANGES:
                self._apply(batch, report)
                batch = []
        if batch:
            self._apply(batch, report)
        return superseded

    def _drop_damaged(self, share: Share, device: str, old_epoch: str) -> None:
        """Best effort, once everything is published again under a new epoch: remove this
        machine's own files of the old epoch whose bytes differ from their name. They can
        never become data again, and readers would keep meeting them until compacted."""
        mine = [s for s in share.list_segments() if (s.device, s.epoch) == (device, old_epoch)]
        damaged = [info for info in mine if _bytes_differ(share, info)]
        if damaged:
            removed = share.delete_segments(damaged)
            log.info("removed %d damaged segment(s) of the old epoch %s", removed, old_epoch)

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


def _under(share: Share, path: Path) -> str:
    """`path` as the user finds it from the share folder."""
    try:
        return path.relative_to(share.root).as_posix()
    except ValueError:
        return str(path)


def _bytes_differ(share: Share, info: SegmentInfo) -> bool:
    """Damage that no writer could have meant: the bytes do not hash to the name. (A file
    whose bytes match its name but do not decode was made so on purpose: not ours to remove.)"""
    try:
        share.read_segment(info)
    except CorruptSegment as exc:
        return exc.damage is Damage.CHECKSUM
    except UnreadableEntry:
        pass
    return False
