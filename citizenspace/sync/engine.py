"""One round of sync: publish what this machine changed, apply what the others did.

The share may vanish at any moment: every step either completes or leaves things as they
were (segments are written whole or not at all; a segment is applied in one transaction).
A bad entry on the share (unreadable, misnamed, a folder where a file belongs) is skipped and
named in the report; the round goes on with the rest.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citizenspace import __version__
from citizenspace.store import identity
from citizenspace.store.ballot import ballot_settle
from citizenspace.store.database import Database
from citizenspace.store.migrations import HEAD, REVISIONS
from citizenspace.sync import blobs, merge, retire, snapshots
from citizenspace.sync.gcpause import collector_paused
from citizenspace.sync.plan import Block, plan
from citizenspace.sync.roundlock import RoundBusy, round_lock
from citizenspace.sync.share import (
    LEFT_KEY,
    RETIRED_KEY,
    WROTE_KEY,
    CorruptSegment,
    Damage,
    Segment,
    SegmentInfo,
    Share,
    ShareError,
    UnreadableEntry,
    open_share,
    share_kind,
)

log = logging.getLogger(__name__)

DEMO_FLAG = "is_demo"
#: The local setting naming the demo city a demo database holds (`services.demo`).
DEMO_CITY = "demo_city"
#: `RoundReport.problem` of the demo rule (`SyncEngine._demo_rule`): a demo city and a folder
#: that is not a demo share; a real city and a demo share; a demo city and the demo share of
#: another demo city (whose key is the detail).
DEMO = "demo"
DEMO_SHARE = "demo_share"
DEMO_OTHER_CITY = "demo_other_city"
#: Segments are applied together, in one transaction, until they carry this many changes:
#: fewer commits while catching up, and the write lock is never held for long (about a
#: second at most on an office PC), so a desk saving a visit meanwhile barely waits.
BATCH_CHANGES = 50_000
#: How long a round waits for another round on the same database to end (see `roundlock`)
#: before it stops and says so.
ROUND_WAIT_S = 60.0
#: `RoundReport.problem` of a new database that can start neither from the share's
#: snapshot nor from its segments (see sync.snapshots.start_from_snapshot).
UNUSABLE = "SnapshotUnusable"
#: `RoundReport.problem` of a computer an administrator retired, back on the share, that
#: waits for a snapshot to start again from (see `sync.retire`).
RETIRED = "Retired"


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
    #: A copy of this database was found publishing under its identity (a cloned disk
    #: image, a file copied or put back by hand): this database left that identity, whose
    #: id is given here, and became a new device; nothing was lost (`store.identity`).
    identity_left: str = ""
    #: The segments that showed the copy.
    copies_seen: list[str] = field(default_factory=list)
    #: Pictures exchanged with the share (see `sync.blobs`): sent, received, named by a row
    #: but on no side yet (retried next round), damaged on the share (refused).
    blobs_uploaded: int = 0
    blobs_downloaded: int = 0
    blobs_missing: list[str] = field(default_factory=list)
    blobs_rejected: list[str] = field(default_factory=list)
    #: Pictures no record names any more, removed from the share (`blobs.prune`).
    blobs_pruned: int = 0
    #: Entries of the share left out (`share.EntryFault`): (path under the share, fault code),
    #: each once, by path.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: This database was new and started from the share's snapshot (its file name).
    started_from: str = ""
    #: Why the share's snapshot could not serve a new database ("damaged", "newer", "none
    #: joins up"); with `problem` set too when the segments could not serve either.
    snapshot_problem: str = ""
    #: Maintenance at the end of the round (see `sync.snapshots.maintain`).
    snapshot_published: str = ""
    segments_compacted: int = 0
    #: This computer had been retired by an administrator (`sync.retire`) and started again
    #: from the share's snapshot (`started_from`), after publishing what it had not sent.
    rejoined: bool = False

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
        round_wait_s: float = ROUND_WAIT_S,
        policy: snapshots.Policy | None = None,
    ) -> None:
        self._db = db
        self._round_wait_s = round_wait_s
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

    def _demo_rule(self, demo: bool) -> tuple[str, str] | None:
        """A demo city exchanges only with a demo share made for it, and a real city never
        with a demo share: made-up people never reach a real city, nor the reverse. Read from
        FORMAT.json before the share is opened (opening an empty folder makes it a real
        city's share). Returns the problem and its detail, or None to go on."""
        kind = share_kind(self._root)
        if kind is None:  # unreachable or unreadable: opening the share says so, creating nothing
            return None
        if not demo:
            return (DEMO_SHARE, "") if kind.demo else None
        if not kind.demo:
            return DEMO, ""
        with self._db.read() as s:
            city = (
                s.connection()
                .exec_driver_sql("SELECT value FROM local_settings WHERE key = ?", (DEMO_CITY,))
                .scalar()
            )
        return None if city and city == kind.demo_city else (DEMO_OTHER_CITY, kind.demo_city)

    def round(self, *, flush_secret: bool = False) -> RoundReport:
        """One round, never two at once on this database (`roundlock`): a round that waited
        `round_wait_s` for another one to end stops, with the problem "busy"."""
        try:
            with round_lock(self._db.path, self._round_wait_s):
                return self._round(flush_secret=flush_secret)
        except RoundBusy as exc:
            return RoundReport(problem="busy", problem_detail=str(exc.lock_path))

    def _round(self, *, flush_secret: bool = False) -> RoundReport:
        report = RoundReport()
        self._overwrote = False
        _device, _epoch, demo = self._identity()
        refused = self._demo_rule(demo)
        if refused is not None:
            report.problem, report.problem_detail = refused
            return report
        share: Share | None = None
        try:
            merge.settle_conflicts(self._db)
            share = self._share_factory(self._root)
            if demo and self._demo_rule(demo) is not None:  # the folder changed meanwhile
                report.problem = DEMO
                return report
            self._own_history(share, report)
            if report.republished_from:
                blobs.forget_uploads(self._db)  # the share lost our files: blobs too, maybe
            # Votes leave the kiosk's ballot box in batches, the pool at the end of the vote
            # (store.ballot_settle): `flush_secret` cannot make fewer than ten leave.
            ballot_settle.settle(self._db)
            new = snapshots.never_synced(self._db)
            ack_files = share.read_ack_files()
            retire.clear_returned(self._db, {d: a.checksum for d, a in ack_files.items()})
            retired = not new and merge.our_pairs(self._db)[-1][0] in snapshots.retired_by_admin(
                ack_files
            )
            self._publish(share, report)
            pairs = merge.our_pairs(self._db)
            if report.republished_from and report.written:
                self._drop_damaged(share, pairs[-1][0], report.republished_from)
            if new:
                self._start(share, report)
                pairs = merge.our_pairs(self._db)  # a new epoch, and no leftover, if it started
            elif retired and not report.problem:
                self._rejoin(share, report)
                pairs = merge.our_pairs(self._db)
            if not report.problem:
                with collector_paused():  # see gcpause: decoding and merging make no cycles
                    self._pull(share, pairs, report)
            if report.applied:
                merge.make_durable(self._db)
            # An erasure or a blanking made elsewhere leaves no page image of the old values
            # in this database's files: the pages go into the file and the -wal file is
            # emptied, now or at a later round if the database is busy (this machine's own
            # history entries are scrubbed by the daily run, `services.privacy`).
            merge.forget_old_pages(self._db, owed=self._overwrote)
            self._blobs(share, report)
            if report.problem not in (UNUSABLE, RETIRED):  # waiting to start: holds nothing
                self._ack(share, pairs[-1][0])
            share.survey()
            self._maintain(share, report)
        except ShareError as exc:
            log.warning("sync round stopped: %s", exc)
            report.problem = type(exc).__name__
            report.problem_detail = str(exc)
        if share is not None:
            report.skipped = [(_under(share, e.path), e.fault.value) for e in share.skipped]
        return report

    # ---------------------------------------------------------------- steps

    def _own_history(self, share: Share, report: RoundReport) -> None:
        """Check what the share shows of this machine's own histories before writing more.

        1. A segment under one of our pairs, or under any epoch of our device, that this
           database did not write: a copy of it is publishing too. It leaves its identity
           (`identity.leave`), contesting our segments from the first number the copy
           wrote, and reports it.
        2. A segment we did write, found right after the last one we know we wrote, is one
           whose write landed although it was reported as failed: it is adopted, not
           written again under other bytes (which would fork the chain for readers).
        3. A link of ours missing or damaged cannot be skipped by readers and never comes
           back by itself: what it held is published again under a fresh epoch. What
           compaction removed is not missing (`snapshots.Forgotten`, the notion compaction
           itself goes by)."""
        segments = share.list_segments()
        self._record_legacy_history(share, segments)
        known = merge.known_checksums(self._db)
        pairs = merge.our_pairs(self._db)
        device = pairs[-1][0]
        contested: dict[tuple[str, str], int] = {}
        seen: list[SegmentInfo] = []
        for s in segments:
            if (
                (s.device == device or (s.device, s.epoch) in pairs)
                and s.checksum not in known
                and _is_segment(share, s)
            ):
                key = (s.device, s.epoch)
                contested[key] = min(contested.get(key, s.seq_from), s.seq_from)
                seen.append(s)
        if contested:
            change = identity.leave(self._db, identity.COPY_ON_SHARE, contested)
            report.identity_left = change.old_device
            report.copies_seen = sorted(str(s.path) for s in seen)
            pairs = merge.our_pairs(self._db)
        # What compaction removed is gone, yet not lost.
        forgotten = snapshots.Forgotten.on(share)
        me = pairs[-1][0]
        ranges = merge.own_ranges(self._db)
        present = {(s.device, s.epoch, s.checksum) for s in segments}
        # A folder of ours that cannot be listed now (rights, an antivirus lock) hides what
        # is in it, it does not lose it: nothing is decided about what it holds.
        unseen = share.hidden
        files = {(s.device, s.epoch, s.checksum): s for s in segments}
        for (device, epoch), written in merge.left_pairs(self._db).items():
            if unseen(device, epoch):
                continue
            # A file of ours there that is gone, or there under its name with other bytes
            # (a half-copied stick), is lost for readers that had not applied it yet: the
            # identity we left watches nothing else, so what it carried goes out again.
            # Compaction explains a file gone, never one damaged: it removes whole files
            # (long batch, seed 21: a file every reader had acknowledged came back empty,
            # and a computer joining later could neither read it nor start from a snapshot).
            if any(
                (
                    (device, epoch, checksum) not in present
                    and not forgotten.explains(_file(device, epoch, checksum, ranges, seq_to), me)
                )
                or (
                    (device, epoch, checksum) in present
                    and _bytes_differ(share, files[(device, epoch, checksum)])
                )
                for checksum, seq_to in written
            ):
                merge.give_up_pair(self._db, device, epoch)
                # Its leftover epoch may have been renamed (`merge._supersede_given_up`):
                # the pairs below are the ones this database publishes under now.
                pairs = merge.our_pairs(self._db)
        for device, epoch in pairs:
            if unseen(device, epoch):
                continue
            own = [s for s in segments if s.device == device and s.epoch == epoch]
            if self._chain_broken(share, own, (device, epoch), (forgotten, me), ranges):
                if (device, epoch) == pairs[-1]:
                    report.republished_from = epoch
                    mine = [s for s in own if s.checksum in known and s.seq_to >= s.seq_from]
                    last = max(mine, key=lambda s: s.seq_to, default=None)
                    merge.restart_epoch(
                        self._db, {epoch: (last.seq_to, last.checksum)} if last else None
                    )
                else:
                    merge.restart_leftover(self._db, epoch)

    def _chain_broken(
        self,
        share: Share,
        own: list[SegmentInfo],
        pair: tuple[str, str],
        forgotten: tuple[snapshots.Forgotten, str],
        ranges: dict[str, tuple[int, int]],
    ) -> bool:
        """Is what we published under `pair` still whole on the share? Compaction may have
        removed its beginning (`forgotten`, with this machine's current id): the chain then
        starts where the first segment left says, by number and checksum (its `prev`: a
        segment of ballots only carries no number of its own). Adopts our landed writes on
        the way."""
        _epoch, last, last_sum = merge.last_published(self._db, pair[1])
        if last_sum is None and not own:
            return False
        gone_ok, me = forgotten
        if (
            last_sum is not None
            and not own
            and gone_ok.explains(_file(*pair, last_sum, ranges, last), me)
        ):
            return False  # all of it was compacted away
        start_at: tuple[int, str | None] = (0, None)
        first = min(own, key=lambda s: (s.seq_from, s.seq_to), default=None)
        if first is not None and first.seq_from > 1:
            try:
                prev = share.read_segment(first).header.get("prev")
            except (CorruptSegment, UnreadableEntry):
                prev = None
            gone = _file(*pair, prev, ranges, first.seq_from - 1) if prev else None
            if gone is not None and gone_ok.explains(gone, me):
                start_at = (first.seq_from - 1, prev)
        mine = plan(own, {pair: start_at}, share.read_segment)
        chain = list(mine.steps)
        sums = [start_at[1], *(c.info.checksum for c in chain)]
        if last_sum not in sums:
            # A file of ours this machine cannot read now (an antivirus lock, rights) is not
            # lost: decide nothing until it can be read.
            return not any(gap.block is Block.UNREADABLE for gap in mine.gaps)
        reached = last
        for segment in chain[sums.index(last_sum) :]:
            if not merge.adopt(self._db, segment.header, segment.body, segment.info.checksum):
                break
            reached = segment.info.seq_to
        # A write of ours that landed damaged right where the chain goes on (a copy may have
        # written the same bytes, or the stick was pulled): readers cannot step over it,
        # and writing that number again under other bytes would fork the chain. What we
        # hold goes out again under a fresh epoch instead (long batch, seed 16).
        return any(gap.block is Block.CORRUPT and gap.after_seq == reached for gap in mine.gaps)

    def _record_legacy_history(self, share: Share, segments: list[SegmentInfo]) -> None:
        """A database from before segments were recorded by checksum: take the segments of
        its published epochs, on the chain up to the last it knows it wrote, as its own —
        as far as their changes are its outbox's own, one by one.

        Why the comparison: before, a copy's segment was adopted by its numbers alone, its
        changes taken for ours and ours marked as sent (issue "cloned and copied databases",
        case 1). From the first segment that holds other changes than ours, nothing is
        taken as ours: those segments show the copy (the next step leaves the identity), and
        what we marked as sent from there on goes out again."""
        with self._db.read() as s:
            conn = s.connection()
            if conn.exec_driver_sql("SELECT 1 FROM sync_own_segments LIMIT 1").first():
                return
            published: dict[str, str] = {
                epoch: checksum
                for epoch, checksum in conn.exec_driver_sql(
                    "SELECT epoch, last_checksum FROM sync_published"
                )
            }
            device, current = conn.exec_driver_sql("SELECT device_id, epoch FROM local_state").one()
        if not published:
            return
        found = []
        resend_after: int | None = None
        for epoch, last_sum in published.items():
            own = [s for s in segments if s.device == device and s.epoch == epoch]
            chain = list(plan(own, {}, share.read_segment).steps)
            sums = [c.info.checksum for c in chain]
            if last_sum not in sums:
                continue  # lost on the share: the chain check republishes it
            logs_to = 0
            for c in chain[: sums.index(last_sum) + 1]:
                changes = c.body.get("changes", [])
                if epoch == current and not self._outbox_holds(changes):
                    resend_after = logs_to
                    break
                logs = [int(ch[0]) for ch in changes]
                logs_to = max(logs, default=logs_to)
                found.append(
                    (
                        epoch,
                        c.info.checksum,
                        c.info.seq_from,
                        c.info.seq_to,
                        min(logs, default=0),
                        max(logs, default=-1),
                        len(c.body.get("secret", [])),
                    )
                )
        merge.record_legacy_history(self._db, device, found, resend_after)

    def _outbox_holds(self, changes: list[list[Any]]) -> bool:
        """Are these published changes exactly entries of our outbox (number, clock, row,
        operation)?"""
        if not changes:
            return True
        with self._db.read() as s:
            held = {
                (seq, hlc, table, row, op)
                for seq, hlc, table, row, op in s.connection().exec_driver_sql(
                    "SELECT seq, hlc, table_name, row_id, op FROM change_log "
                    "WHERE seq BETWEEN ? AND ?",
                    (min(int(c[0]) for c in changes), max(int(c[0]) for c in changes)),
                )
            }
        return all((int(c[0]), int(c[1]), c[2], c[3], c[4]) in held for c in changes)

    def _publish(self, share: Share, report: RoundReport) -> None:
        for out in merge.outgoings(self._db):
            if out.empty:
                continue
            _epoch, _last, prev = merge.last_published(self._db, out.epoch)
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
                # this machine had published in its older ones: readers stop waiting for
                # their missing or damaged files (merge.supersede). Older readers ignore it.
                older = merge.superseding(self._db, out.epoch)
                if older:
                    header["supersedes"] = older
            prepared = share.prepare_segment(out.device, out.epoch, header, out.body())
            merge.note_attempt(self._db, out, prepared.info.checksum)
            ref = share.write_prepared(prepared)
            merge.mark_published(self._db, out, ref.checksum)
            report.written += 1

    def _start(self, share: Share, report: RoundReport) -> None:
        """A database that never received anything starts from the share's snapshot, if it
        has one (segments may have been compacted away), under a new epoch. Done after
        publishing, so that what it held comes back to it from the share."""
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
            return
        report.snapshot_problem = start.problem
        snapshots.wait_for_snapshot(self._db, start.blocked)
        if start.ref is not None:
            report.started_from = start.ref.path.name
            return
        if start.problem:
            log.warning("the share's snapshot cannot serve this new database: %s", start.problem)
        if start.blocked:
            report.problem = UNUSABLE
            report.problem_detail = start.problem

    def _rejoin(self, share: Share, report: RoundReport) -> None:
        """This computer was retired while away (`sync.retire`): what it had not sent is
        published by now; it starts again from the share's snapshot, so that nothing erased
        elsewhere while the segments saying so were compacted away lives on here. Without a
        snapshot that serves, it waits, neither applying nor acknowledging: whether the
        segments it missed were compacted cannot be told once a damaged snapshot is gone.
        Any computer that is up to date publishes a snapshot when the newest one does not
        serve, and within `Policy.max_age_ms` when there is none."""
        try:
            start = snapshots.start_from_snapshot(self._db, share, rejoining=True)
        except (OSError, sqlite3.Error, snapshots.SnapshotRefused) as exc:
            log.warning("a retired computer could not start again from the snapshot: %s", exc)
            report.problem = RETIRED
            report.problem_detail = str(exc)
            return
        if start.ref is not None:
            report.started_from = start.ref.path.name
            report.rejoined = True
            retire.forget(self._db, merge.our_pairs(self._db)[-1][0])
            log.info("this computer had been retired: started again from %s", start.ref.path)
            return
        report.snapshot_problem = start.problem
        report.problem = RETIRED
        report.problem_detail = start.problem

    def _maintain(self, share: Share, report: RoundReport) -> None:
        """Snapshot and compaction, when due (see sync.snapshots.maintain). A snapshot is made
        only by a database that applied everything on the share: nothing held back, no gap,
        and no entry under devices/ it could not list or read (`Share.skipped`)."""
        devices = share.root / "devices"
        up_to_date = (
            report.ok
            and not (report.gaps or report.held_back)
            and not any(e.path.is_relative_to(devices) for e in share.skipped)
        )
        done = snapshots.maintain(
            self._db, share, self._now_ms(), self._policy, up_to_date=up_to_date
        )
        if done.published is not None:
            report.snapshot_published = done.published.path.name
        if done.compaction is not None:
            report.segments_compacted = done.compaction.deleted
        if done.ran:
            # Pictures no record names any more (blanked by retention, erased, replaced),
            # removed by a database that read everything; what it uploaded, checked.
            report.blobs_pruned = blobs.prune(self._db, share, share.fs.now(), remove=up_to_date)

    def _pull(self, share: Share, ours: list[tuple[str, str]], report: RoundReport) -> None:
        """Apply what the others published: every chain but this machine's own pairs (its
        current one last in `ours`, and the leftover epochs of identities it has left)."""
        device, epoch = ours[-1]
        segments = [s for s in share.list_segments() if (s.device, s.epoch) not in set(ours)]
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
            # Under the device each epoch was written as (an identity left since, too).
            own = conn.exec_driver_sql(
                "SELECT coalesce((SELECT o.device FROM sync_own_segments o "
                "WHERE o.epoch = p.epoch LIMIT 1), ?), p.epoch, p.last_seq, p.last_checksum "
                "FROM sync_published p WHERE p.epoch != ?",
                (device, epoch),
            ).all()
        for d, e, seq, checksum in own:
            if seq > applied.get((d, e), (0, None))[0]:
                applied[(d, e)] = (seq, checksum)
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
        # Said before the write lock is asked for: a round waiting on a long write elsewhere
        # (or stopped there by a crash) shows in the log with what it was about to apply.
        log.info(
            "applying %d segment(s) of %d change(s)",
            len(batch),
            sum(len(s.body.get("changes", ())) for s in batch),
        )
        results = merge.apply_segments(
            self._db,
            [(s.header, s.body, s.info.checksum) for s in batch],
            self._now_ms(),
        )
        self._db.clock.rearm()  # see WallClock.rearm: copies part again after a merge
        for result in results:
            if result.stale:
                continue
            report.applied += 1
            report.changes_applied += result.changes
            self._overwrote |= result.careful > 0
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
        """Tell the share what this database holds, for compaction (`sync.snapshots`): what
        it applied of every history it reads; apart from that (`share.WROTE_KEY`), how far
        it wrote the histories it writes under an identity it left (leftover epochs, under
        the old device id: it is their writer, and the old id, should a copy still work
        under it, one more reader); and the ids it left, which read nothing any more unless
        a copy goes on acknowledging under one (`snapshots.retired_ids`)."""
        with self._db.read() as s:
            conn = s.connection()
            state: dict[str, Any] = {
                f"{d}/{e}": seq
                for d, e, seq in conn.exec_driver_sql(
                    "SELECT device, epoch, last_seq FROM sync_applied"
                )
            }
            wrote = {
                f"{d}/{e}": seq
                for d, e, seq in conn.exec_driver_sql(
                    "SELECT o.device, p.epoch, p.last_seq FROM sync_published p JOIN "
                    "(SELECT DISTINCT device, epoch FROM sync_own_segments) o "
                    "ON o.epoch = p.epoch WHERE o.device != ? AND NOT EXISTS (SELECT 1 FROM "
                    "sync_applied a WHERE a.device = o.device AND a.epoch = p.epoch)",
                    (device,),
                )
            }
        if wrote:
            state[WROTE_KEY] = wrote
        left = identity.left_devices(self._db)
        if left:
            state[LEFT_KEY] = left
        retired = retire.for_acknowledgement(self._db)
        if retired:
            state[RETIRED_KEY] = retired
        identity.note_ack(self._db, device, share.write_ack(device, state))


def _under(share: Share, path: Path) -> str:
    """`path` as the user finds it from the share folder."""
    try:
        return path.relative_to(share.root).as_posix()
    except ValueError:
        return str(path)


def _is_segment(share: Share, info: SegmentInfo) -> bool:
    """Is this entry, listed under one of our pairs but not written by us, a segment someone
    wrote (a copy of this database)? A folder named like one, a file of 0 bytes, or bytes
    that match their name but do not decode (made so on purpose) show no one's writing: they
    are skipped and named, like any odd entry, and are no reason to change identity. Bytes
    that differ from the name they were written under were a segment once: a copy wrote it
    and it was damaged since (long batch, seed 26: a clone of a kiosk's image took the
    original's damaged first segment for its own, published again under the original's
    device and could never start). Read only for those rare entries."""
    try:
        share.read_segment(info)
    except CorruptSegment as exc:
        return exc.damage is Damage.CHECKSUM and _size(info.path) > 0
    except UnreadableEntry:
        return False
    return True


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


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


def _file(
    device: str, epoch: str, checksum: str, ranges: dict[str, tuple[int, int]], seq_to: int
) -> SegmentInfo:
    """A segment of ours as a listing would show it, from what we recorded writing (a
    segment of ballots only has `seq_from` one past `seq_to`); for one not recorded, the
    stricter of the two."""
    seq_from, seq_to = ranges.get(checksum, (seq_to + 1, seq_to))
    return SegmentInfo(device, epoch, seq_from, seq_to, checksum, Path())
