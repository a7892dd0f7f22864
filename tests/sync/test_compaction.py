"""The share snapshots and compacts on its own (issue 11, item 6; issue 12 needs the same).

Real databases, real share folders, faults injected through the `FileSystem` seam, and the
command line as real processes where a user would use it: a new computer joining with
`citizenspace sync`, and `citizenspace db dump` to compare replicas.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import threading
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, text, update

from citizenspace.domain.catalog import BallotChannel
from citizenspace.services.budget.budget import REPRINT_PREFIX
from citizenspace.services.shell.settings import SettingsService, SettingsValues
from citizenspace.services.sync.sync import SyncProblem, SyncService
from citizenspace.store.database import Database
from citizenspace.store.identity import FINGERPRINT_KEY
from citizenspace.store.migrate import open_database
from citizenspace.store.models import (
    Ballot,
    BudgetEdition,
    LocalSetting,
    Person,
    UsedCode,
    WaitingVisitor,
    synced_tables,
)
from citizenspace.store.safety import backup
from citizenspace.sync import merge, snapshots
from citizenspace.sync.engine import RoundReport, SyncEngine
from citizenspace.sync.fsutil import FileSystem
from citizenspace.sync.share import SegmentInfo, SnapshotRef, open_share
from citizenspace.sync.snapshots import Policy, compactable, publish_snapshot
from tests import forkserver

#: Snapshot and compact whenever anything is uncovered, at every round, trusting a snapshot
#: at once: what the default policy does over days, in a few rounds.
EAGER = Policy(segments=1, min_interval_ms=0, grace_ms=0, every_ms=0)


def sync(db: Database, share: Path, policy: Policy = EAGER, **kw) -> RoundReport:
    report = SyncEngine(db, share, policy=policy, **kw).round()
    assert not report.republished_from, "compaction must never look like a lost history"
    return report


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CITIZENSPACE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return forkserver.run(["-m", "citizenspace", "--lang", "en", *args], env=env, timeout=300)


def cli_dump(path: Path, home: Path) -> str:
    done = cli("db", "dump", "--db", str(path), home=home)
    assert done.returncode == 0, done.stderr
    return done.stdout


def new_database(path: Path) -> Path:
    db, _ = open_database(path)
    db.close()
    return path


def segment_files(share: Path) -> list[Path]:
    return sorted((share / "devices").rglob("seg-*.json.gz"))


def add_person(db: Database, ident: str, first: str = "Léa", last: str = "Depaepe") -> None:
    with db.write() as s:
        s.add(Person(id=ident, first_name=first, last_name=last))


def live(
    db: Database,
    rounds: int,
    share: Path,
    others: list[Database],
    tag: str,
    policy: Policy = EAGER,
) -> None:
    """`rounds` rounds of edits everywhere: an insert on each, an edit of someone else's
    row, a delete now and then; each replica syncs after its edits."""
    for r in range(rounds):
        for i, x in enumerate([db, *others]):
            add_person(x, f"{tag}{r}-{i}", first=f"P{tag}{r}{i}")
            if r:
                with x.write() as s:
                    s.execute(
                        update(Person)
                        .where(Person.id == f"{tag}{r - 1}-{(i + 1) % (len(others) + 1)}")
                        .values(notes=f"vu par {i}")
                    )
            if r % 3 == 2 and i == 0:
                with x.write() as s:
                    s.execute(delete(Person).where(Person.id == f"{tag}{r - 2}-1"))
            sync(x, share, policy)


def applied(db: Database) -> dict[tuple[str, str], int]:
    with db.read() as s:
        return {
            (d, e): seq
            for d, e, seq in s.execute(
                text("SELECT device, epoch, last_seq FROM sync_applied")
            ).all()
        }


# --------------------------------------------------------------------------- a new computer


def test_after_rounds_with_compaction_a_new_computer_starts_from_the_snapshot(
    tmp_path, share, replicas
):
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    live(a, 5, share, [b, c], "p")
    for x in (a, b, c):
        sync(x, share)
    written = sum(x.local_state() is not None for x in (a, b, c))  # every replica published
    assert written == 3
    left = segment_files(share)
    assert len(left) < 15, "compaction removed what everyone applied"
    assert any((share / "snapshots").glob("manifest-*"))

    d = new_database(tmp_path / "d.db")
    joined = cli("sync", "--db", str(d), "--share", str(share), home=tmp_path)
    assert joined.returncode == 0, joined.stderr
    assert "started from the share's snapshot" in joined.stdout

    live(a, 2, share, [b, c], "q")  # life goes on; d syncs again from the command line
    assert cli("sync", "--db", str(d), "--share", str(share), home=tmp_path).returncode == 0
    for x in (a, b, c):
        sync(x, share)
    expected = cli_dump(tmp_path / "a.db", tmp_path)
    assert expected.count('"table": "people"') > 10
    for name in ("b", "c", "d"):
        assert cli_dump(tmp_path / f"{name}.db", tmp_path) == expected


def test_a_new_computer_configured_in_the_application_starts_from_the_snapshot(
    tmp_path, share, replicas
):
    a, b = replicas("a"), replicas("b")
    live(a, 3, share, [b], "p")
    sync(a, share)
    assert len(segment_files(share)) < 6

    # The application's first start, then Settings: a device name, a city, the share.
    n = replicas("n")
    me = n.local_state().device_id
    settings = SettingsService(n)
    settings.save(SettingsValues("Laon", None, "Accueil 2", str(share), "fr"))
    summary = SyncService(n).run_round()

    assert summary.reached_share and summary.pending == 0
    assert n.local_state().device_id == me  # the same computer, under a new epoch
    assert settings.load().share_folder == str(share)
    assert settings.load().device_name == "Accueil 2"  # its row came back from the share
    for x in (a, b):
        sync(x, share)
    SyncService(n).run_round()
    assert list(merge.dump(n)) == list(merge.dump(a)) == list(merge.dump(b))


def test_a_damaged_snapshot_falls_back_to_the_segments_with_a_message(tmp_path, share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    add_person(b, "p2")
    for x in (a, b, a):
        sync(x, share, policy=Policy())  # no compaction: every segment is still there
    ref = publish_snapshot(a, open_share(share))
    flip_bit(ref.path)

    d = new_database(tmp_path / "d.db")
    joined = cli("sync", "--db", str(d), "--share", str(share), home=tmp_path)

    assert joined.returncode == 0, joined.stderr
    assert "snapshot could not be used (it is damaged, and was removed)" in joined.stderr
    assert not ref.path.exists()  # so that healthy computers publish a new one
    assert cli_dump(d, tmp_path) == cli_dump(tmp_path / "a.db", tmp_path)


def test_a_damaged_snapshot_after_compaction_waits_then_heals(tmp_path, share, replicas):
    a, b = replicas("a"), replicas("b")
    live(a, 3, share, [b], "p")
    sync(a, share)
    [ref] = open_share(share).list_snapshots()
    flip_bit(ref.path)

    d = new_database(tmp_path / "d.db")
    refused = cli("sync", "--db", str(d), "--share", str(share), home=tmp_path)

    assert refused.returncode == 1
    assert "cannot start from the share's snapshot (it is damaged" in refused.stderr
    assert "Traceback" not in refused.stderr
    again = cli("sync", "--db", str(d), "--share", str(share), home=tmp_path)
    assert again.returncode == 1, "still new: it waits instead of following broken chains"
    sync(a, share)  # a healthy computer sees no snapshot joins up: it publishes one
    joined = cli("sync", "--db", str(d), "--share", str(share), home=tmp_path)
    assert joined.returncode == 0, joined.stderr
    assert "started from the share's snapshot" in joined.stdout
    sync(b, share)
    assert cli_dump(d, tmp_path) == cli_dump(tmp_path / "b.db", tmp_path)


def test_the_application_says_a_new_computer_waits_for_the_next_snapshot(share, replicas):
    a, b = replicas("a"), replicas("b")
    live(a, 3, share, [b], "p")
    sync(a, share)
    for ref in open_share(share).list_snapshots():
        flip_bit(ref.path)
    n = replicas("n")
    add_person(n, "mine")

    summary = SyncService(n, lambda: str(share)).run_round()

    assert summary.problem is SyncProblem.WAITING_FOR_SNAPSHOT and not summary.ok
    assert summary.pending == 0  # what it held is on the share, and still here
    with n.read() as s:
        assert [p.id for p in s.query(Person)] == ["mine"]
    sync(b, share)  # an up-to-date computer publishes a snapshot that serves
    assert SyncService(n, lambda: str(share)).run_round().ok
    sync(a, share)
    assert list(merge.dump(n)) == list(merge.dump(a))


def test_a_write_during_the_start_is_kept(tmp_path, share, replicas):
    """The desk saves a visitor while the new computer's first round runs."""
    a = replicas("a")
    live(a, 3, share, [], "p")
    n = replicas("n")
    saved = threading.Event()

    class DeskTypes(FileSystem):
        def open_read(self, path: Path):  # noqa: ANN201 - a file object
            if path.name.startswith("snapshot-") and not saved.is_set():
                saved.set()
                t = threading.Thread(target=add_person, args=(n, "typed", "Yvon"))
                t.start()
                t.join()
            return super().open_read(path)

    report = sync(n, share, share_factory=lambda root: open_share(root, fs=DeskTypes()))
    assert saved.is_set()
    assert report.snapshot_problem == "unpublished changes" and not report.started_from
    with n.read() as s:
        assert s.get(Person, "typed") is not None  # not overwritten by the snapshot
    report = sync(n, share)  # published, then started: it comes back from the share
    assert report.started_from and report.ok
    sync(a, share)
    with a.read() as s:
        assert s.get(Person, "typed") is not None
    assert list(merge.dump(n)) == list(merge.dump(a))


def test_a_start_holds_writes_of_the_same_process_back_until_done(tmp_path, replicas):
    db = replicas("a")
    order: list[str] = []
    with db.exclusive():
        t = threading.Thread(target=lambda: (add_person(db, "p1"), order.append("write")))
        t.start()
        t.join(0.3)
        order.append("alone")
    t.join()
    assert order == ["alone", "write"]


# --------------------------------------------------------------------------- what stays


def test_an_offline_device_never_loses_what_it_has_not_applied(tmp_path, share, replicas):
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    live(a, 2, share, [b, c], "p")
    sync(c, share)
    before = applied(c)  # c goes away for months

    live(a, 6, share, [b], "q")
    for x in (a, b):
        sync(x, share)

    left = open_share(share).list_segments()
    for (device, epoch), seq in before.items():
        chain = [s for s in left if (s.device, s.epoch) == (device, epoch)]
        later = [s for s in chain if s.seq_to > seq]
        if later:
            assert min(s.seq_from for s in later) == seq + 1, "c's next segment is still there"
    assert (
        any(
            s.seq_to <= before.get((s.device, s.epoch), 0)
            for s in open_share(share).list_segments()
        )
        or len(left) < 8 * 2
    ), "and what c had applied could go"

    report = sync(c, share)  # back from months away
    assert report.ok and not report.gaps
    for x in (a, b):
        sync(x, share)
    assert list(merge.dump(c)) == list(merge.dump(a)) == list(merge.dump(b))


def test_a_device_that_never_acknowledged_holds_everything_back(tmp_path, share, replicas):
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    add_person(c, "from-c")

    class NoAck(FileSystem):
        def write_new(self, path: Path, chunks: Iterable[bytes]) -> None:
            if "acks" in path.parts:
                raise PermissionError(13, "denied", str(path))
            super().write_new(path, chunks)

    SyncEngine(c, share, share_factory=lambda root: open_share(root, fs=NoAck())).round()
    assert not list((share / "acks").glob(f"{c.local_state().device_id}/ack-*"))

    live(a, 4, share, [b], "p")
    theirs = [s for s in open_share(share).list_segments() if s.device != c.local_state().device_id]
    assert len(theirs) == 8, "nothing of a's or b's went: c may still need all of it"
    sync(c, share)
    for x in (a, b, c):
        sync(x, share)
    assert list(merge.dump(c)) == list(merge.dump(a))


def test_a_segment_of_ballots_only_waits_until_a_later_change_is_acknowledged():
    def seg(seq_from: int, seq_to: int) -> SegmentInfo:
        return SegmentInfo("dev-a", "ep", seq_from, seq_to, f"{seq_from:064x}", Path("x"))

    chain = [seg(1, 10), seg(11, 10), seg(11, 12)]  # the middle one: secret items only
    covering = SnapshotRef("dev-b", "ep", 1, {"covers": {"dev-a/ep": [10, "x"]}}, Path(), "", 0)
    acks = {"dev-a": {}, "dev-b": {"dev-a/ep": 10}, "dev-c": {"dev-a/ep": 10}}
    # An ack of 10 does not say whether the ballots after 10 were applied: they stay.
    assert compactable(chain, acks, covering) == [chain[0]]
    later = SnapshotRef("dev-b", "ep", 2, {"covers": {"dev-a/ep": [12, "y"]}}, Path(), "", 0)
    acks = {"dev-a": {}, "dev-b": {"dev-a/ep": 12}, "dev-c": {"dev-a/ep": 12}}
    assert compactable(chain, acks, later) == chain


def test_a_retired_device_no_longer_holds_compaction_back():
    chain = [SegmentInfo("dev-a", "ep", 1, 5, "0" * 64, Path("x"))]
    snap = SnapshotRef("dev-a", "ep", 1, {"covers": {"dev-a/ep": [5, "x"]}}, Path(), "", 0)
    acks = {"dev-a": {}, "dev-b": {"dev-a/ep": 5}, "gone": {}}
    assert compactable(chain, acks, snap) == []
    assert compactable(chain, acks, snap, retired={"gone"}) == chain


def test_the_writer_of_compacted_segments_does_not_publish_everything_again(share, replicas):
    a, b = replicas("a"), replicas("b")
    live(a, 4, share, [b], "p")
    epoch = a.local_state().epoch
    left = [s for s in open_share(share).list_segments() if s.epoch == epoch]
    assert all(s.seq_from > 1 for s in left), "a's first segments were compacted"
    add_person(a, "later")
    report = sync(a, share)  # `sync` asserts nothing was republished
    assert report.written == 1 and a.local_state().epoch == epoch


# --------------------------------------------------------------------------- what never travels


def test_a_snapshot_carries_no_secret_of_its_machine_and_nothing_unpublished(
    tmp_path, share, replicas
):
    a = replicas("a")
    with a.write() as s:
        s.add(LocalSetting(key=REPRINT_PREFIX + "batch-1", value="k" * 64))
        s.add(LocalSetting(key=FINGERPRINT_KEY, value="fingerprint-of-kiosk-7"))
        s.add(WaitingVisitor(arrived_at=datetime(2026, 3, 2, 9), label="queue-marker-41"))
    add_person(a, "gone", first="Erased-Marker-Zoé")
    for i in range(300):  # an outbox of many pages, emptied in the snapshot
        add_person(a, f"filler-{i}")
    sync(a, share, policy=Policy())
    with a.write() as s:
        s.execute(delete(Person).where(Person.id == "gone"))
    add_person(a, "kept", first="Kept-Marker-Ana")
    sync(a, share, policy=Policy())

    ref = publish_snapshot(a, open_share(share))

    raw = gzip.decompress(ref.path.read_bytes())
    for secret in (b"k" * 64, b"fingerprint-of-kiosk-7", b"queue-marker-41", b"Erased-Marker"):
        assert secret not in raw
    assert b"Kept-Marker-Ana" in raw  # so that the scan can fail
    copy = tmp_path / "look.db"
    copy.write_bytes(raw)
    conn = sqlite3.connect(copy)
    # Vacuumed: no free page keeps what was deleted (wherever SQLite does not zero them).
    assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    for table in (*snapshots.MACHINE_ONLY, *snapshots.OUTBOX):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert conn.execute("SELECT device_id FROM local_state").fetchone()[0] != (
        a.local_state().device_id
    )
    conn.close()

    add_person(a, "unpublished")
    with pytest.raises(snapshots.SnapshotRefused):
        publish_snapshot(a, open_share(share))


def test_every_table_is_either_synced_or_classed_for_snapshots(replicas):
    db = replicas("a")
    with db.read() as s:
        tables = set(
            s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        )
    classed = {
        *synced_tables(),
        *snapshots.MACHINE_ONLY,
        *snapshots.OUTBOX,
        *snapshots.SHARED_STATE,
        *snapshots.HOUSEKEEPING,
    }
    assert tables - classed == set(), "a new table: does it travel in a snapshot?"


# --------------------------------------------------------------------------- interrupted


class Vanishes(FileSystem):
    """The share goes away after `after` segments were removed (a lost network
    mid-compaction)."""

    def __init__(self, root: Path, after: int) -> None:
        self.root, self.after = root, after

    def remove(self, path: Path) -> None:
        if path.name.startswith("seg-"):
            if self.after == 0 and self.root.exists():
                self.root.rename(self.root.with_name("unplugged"))
            if self.after == 0:
                raise OSError(5, "Input/output error")
            self.after -= 1
        super().remove(path)

    def sleep(self, seconds: float) -> None:
        pass


class Locked(FileSystem):
    """An antivirus holding every other file: some removals are refused."""

    def __init__(self) -> None:
        self.calls = 0

    def remove(self, path: Path) -> None:
        self.calls += 1
        if self.calls % 2 and path.name.startswith(("seg-", "manifest-", "snapshot-")):
            raise PermissionError(13, "locked", str(path))
        super().remove(path)

    def sleep(self, seconds: float) -> None:
        pass


@pytest.mark.parametrize("after", [0, 1, 3])
def test_a_share_removed_mid_compaction_is_usable_after(tmp_path, share, replicas, after):
    a, b = replicas("a"), replicas("b")
    live(a, 3, share, [b], "p", policy=Policy())  # segments pile up: nothing is due yet
    sync(b, share, policy=Policy())
    before = len(segment_files(share))
    report = sync(a, share, share_factory=lambda root: open_share(root, fs=Vanishes(root, after)))
    assert (tmp_path / "unplugged").exists(), "the share went away during the compaction"
    (tmp_path / "unplugged").rename(share)  # plugged back in
    assert report.snapshot_published and len(segment_files(share)) == before - after
    assert_whole_chains(share)
    finish_and_check(tmp_path, share, [a, b])


def assert_whole_chains(share: Path) -> None:
    """Every chain goes on without a hole from wherever it now starts: compaction removes
    the oldest first, so its writer never takes a hole for a lost segment."""
    chains: dict[tuple[str, str], list[SegmentInfo]] = {}
    for info in open_share(share).list_segments():
        chains.setdefault((info.device, info.epoch), []).append(info)
    for chain in chains.values():
        chain.sort(key=lambda i: (i.seq_from, i.seq_to))
        for before, after in zip(chain, chain[1:], strict=False):
            assert after.seq_from == before.seq_to + 1, chain


def test_refused_removals_leave_a_usable_share(tmp_path, share, replicas):
    a, b = replicas("a"), replicas("b")
    live(a, 2, share, [b], "p")
    for n in range(3):
        for x in (a, b):
            add_person(x, f"x{n}-{x.path.stem}")
            sync(x, share, share_factory=lambda root: open_share(root, fs=Locked()))
    finish_and_check(tmp_path, share, [a, b])


class SlowListing(FileSystem):
    """A machine that does not see the other's new manifest yet (slow SMB listing)."""

    def __init__(self, seen: set[str]) -> None:
        self.seen = seen

    def listdir(self, path: Path) -> list[str]:
        names = super().listdir(path)
        if path.name == "snapshots":
            return [n for n in names if not n.startswith("manifest-") or n in self.seen]
        return names


def test_two_machines_snapshotting_and_compacting_at_once(tmp_path, share, replicas):
    """b publishes a snapshot, then catches up; a, up to date, publishes one under the same
    number without seeing b's (a slow listing) and compacts with it. b's is the one that
    sorts newest, yet it no longer joins up with the segments left."""
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    live(a, 2, share, [b, c], "p", policy=Policy())
    add_person(c, "late")
    sync(c, share, policy=Policy())
    sync(a, share, policy=Policy())  # a has c's last change, b has not
    seen: set[str] = set()  # no snapshot yet on the share
    mine = publish_snapshot(a, open_share(share), now_ms=1)
    for attempt in range(2, 40):  # until b's sorts after a's (the order goes by checksum)
        behind = publish_snapshot(b, open_share(share, fs=SlowListing(seen)), now_ms=attempt)
        if open_share(share).latest_snapshot() == behind:
            break
        open_share(share).delete_snapshot(behind)
    assert behind.counter == mine.counter, "two snapshots under one number"
    sync(b, share, policy=Policy())  # b catches up and acknowledges c's last change
    snapshots.compact(open_share(share), mine)
    now = open_share(share)
    history = snapshots.known_history(now.list_snapshots(), now.read_acks())
    assert not snapshots.joins_up(behind, now.list_segments(), history)
    finish_and_check(tmp_path, share, [a, b, c])


def finish_and_check(tmp_path: Path, share: Path, dbs: list[Database]) -> None:
    """Whatever the interruption left: the replicas go on without gaps, a new computer
    joins with the command line, and everyone's `db dump` agrees."""
    for _ in range(2):
        for x in dbs:
            report = sync(x, share)
            assert report.ok and not report.gaps, report
    d = new_database(tmp_path / "newcomer.db")
    joined = cli("sync", "--db", str(d), "--share", str(share), home=tmp_path)
    assert joined.returncode == 0, joined.stderr
    expected = cli_dump(dbs[0].path, tmp_path)
    assert cli_dump(d, tmp_path) == expected
    for x in dbs[1:]:
        assert cli_dump(x.path, tmp_path) == expected


def flip_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x10
    path.write_bytes(bytes(data))


def test_unlisted_snapshot_files_are_swept_once_old(tmp_path, share, replicas):
    """What a crashed writer or a cut compaction left: data the share must not keep."""
    a = replicas("a")
    add_person(a, "p1")
    sync(a, share, policy=Policy())
    kept = publish_snapshot(a, open_share(share))
    orphan = kept.path.with_name("snapshot-" + "ab" * 32 + ".db.gz")
    orphan.write_bytes(b"half a snapshot")
    young = kept.path.with_name("snapshot-" + "cd" * 32 + ".db.gz")
    young.write_bytes(b"its manifest is on its way")
    os.utime(orphan, (0, 0))

    assert open_share(share).clean_orphan_snapshots(24) == 1
    assert not orphan.exists() and young.exists() and kept.path.exists()


# --------------------------------------------------------------------------- copies


def leftovers(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text("SELECT device, epoch FROM sync_leftovers"))]


def published(db: Database) -> dict[str, list]:
    """This machine's own histories as a manifest names them: (device/epoch) -> point."""
    with db.read() as s:
        conn = s.connection()
        return {
            f"{d}/{e}": [seq, checksum]
            for d, e, seq, checksum in conn.exec_driver_sql(
                "SELECT (SELECT o.device FROM sync_own_segments o WHERE o.epoch = p.epoch "
                "LIMIT 1), p.epoch, p.last_seq, p.last_checksum FROM sync_published p"
            )
        }


def test_an_identity_left_holds_compaction_back_while_a_copy_works_under_it_only(
    tmp_path, share, replicas
):
    """A database copied by hand: the copy publishes first, the original finds it and
    leaves the identity; the copy, away for a while, still works under the old id and acks
    under it. What it has not applied stays. Once it has found the other and left too,
    nobody acknowledges under the old id any more: it no longer holds anything back, and
    the segments written under it (the leftover epoch included) are compacted like any."""
    a, b = replicas("a"), replicas("b")
    live(a, 2, share, [b], "p")
    sync(a, share)  # the copies part holding all there is (see the note at the end)
    old = a.local_state().device_id
    backup.copy_consistent(a.path, tmp_path / "a2.db")
    a2 = replicas("a2")
    add_person(a2, "from-a2")
    sync(a2, share)  # publishes and acknowledges as `old`
    add_person(a, "from-a")
    assert sync(a, share).identity_left == old
    [(left_device, left_epoch)] = leftovers(a)
    assert left_device == old, "what a made as the old device goes out under it"

    away = applied(a2)  # a2 goes away for a while, still as `old`
    live(a, 4, share, [b], "q")
    b_device, b_epoch = b.local_state().device_id, b.local_state().epoch
    chain = [
        s
        for s in open_share(share).list_segments()
        if (s.device, s.epoch)
        == (
            b_device,
            b_epoch,
        )
    ]
    assert min(s.seq_from for s in chain) <= away[(b_device, b_epoch)] + 1, (
        "a copy still acknowledging under the old id keeps what it has not applied"
    )
    assert len(chain) < 6, "and what it had applied could go"
    covers = open_share(share).latest_snapshot().meta["covers"]
    key = f"{old}/{left_epoch}"
    assert covers[key] == published(a)[key], "the leftover epoch, under the old device"

    report = sync(a2, share)  # back: it finds a's leftover epoch under its id, and leaves
    assert report.ok and not report.gaps and report.identity_left == old
    for _ in range(2):
        for x in (a, b, a2):
            sync(x, share)
    assert leftovers(a) == [(left_device, left_epoch)], "compaction is no loss to its writer"
    assert not [s for s in open_share(share).list_segments() if s.device == old], (
        "nobody acknowledges as the old id any more: it holds nothing back"
    )
    assert list(merge.dump(a)) == list(merge.dump(b)) == list(merge.dump(a2))
    finish_and_check(tmp_path, share, [a, b, a2])
    # Copies that acknowledge under one id before they find each other overwrite each
    # other's acknowledgement: one may let compaction take what the other has not applied.
    # The writer then finds its history gone without every reader having acknowledged it
    # (the other one now does, under its own id) and publishes it again: nothing is lost.


def test_a_leftover_epoch_is_acknowledged_by_its_writer():
    """Segments written under an identity left (a leftover epoch) are read by everyone
    but their writer, which acknowledges them under its new id: no reader is missing."""
    leftover = SegmentInfo("old", "left", 1, 3, "0" * 64, Path("x"))
    snap = SnapshotRef("b", "ep", 1, {"covers": {"old/left": [3, "0" * 64]}}, Path(), "", 0)
    acks = {
        "old": {},
        "new": {"wrote": {"old/left": 3}, "left": {"old": None}},
        "b": {"old/left": 3},
    }
    assert compactable([leftover], acks, snap, {"old"}) == [leftover]
    assert compactable([leftover], {**acks, "new": {}}, snap, {"old"}) == []


def test_retired_ids_come_back_when_someone_acknowledges_under_them_again(share):
    now = open_share(share)
    last = now.write_ack("old", {"x/e": 1})
    now.write_ack("new", {"x/e": 1, "left": {"old": last, "never-acked": None}})
    assert snapshots.retired_ids(now.read_ack_files()) == {"old", "never-acked"}
    now.write_ack("old", {"x/e": 1})  # a copy still working as "old"
    now.write_ack("never-acked", {})
    assert snapshots.retired_ids(now.read_ack_files()) == set()


def test_a_snapshot_covers_a_segment_of_ballots_only_by_its_checksum(tmp_path, share, replicas):
    """The ballots went out after the kiosk's last change: their segment ends on the
    same number. The snapshot names it by checksum, so that a computer started from it
    does not take those ballots again, and the kiosk's next change follows on."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(BudgetEdition(id="e1", year=2026, title="B", budget_cents=100, code_key="00" * 32))
    sync(a, share, policy=Policy())
    sync(b, share, policy=Policy())
    for i in range(12):
        with a.write() as s:
            s.add(UsedCode(edition_id="e1", code_hash=f"{i:064x}", used_on=date(2026, 4, 7)))
            s.add(
                Ballot(
                    edition_id="e1",
                    channel=BallotChannel.KIOSK,
                    cast_on=date(2026, 4, 7),
                    choices=json.dumps(["p1"]),
                )
            )
    SyncEngine(a, share, policy=Policy()).round(flush_secret=True)
    [*_, ballots] = sorted(
        (s for s in open_share(share).list_segments() if s.device == a.local_state().device_id),
        key=lambda s: (s.seq_from, s.seq_to),
    )
    assert ballots.seq_from == ballots.seq_to + 1, "a segment of ballots only"
    ref = publish_snapshot(a, open_share(share))
    key = f"{ballots.device}/{ballots.epoch}"
    assert ref.meta["covers"][key] == [ballots.seq_to, ballots.checksum]

    n = replicas("n")
    report = sync(n, share)
    assert report.started_from == ref.path.name and report.ok and not report.gaps
    assert applied(n)[(ballots.device, ballots.epoch)] == ballots.seq_to
    add_person(a, "after-the-vote")
    for x in (a, b, n):
        report = sync(x, share, policy=Policy())
        assert report.ok and not report.gaps
    for x in (b, n):
        with x.read() as s:
            assert s.execute(text("SELECT count(*) FROM ballots")).scalar() == 12
    assert list(merge.dump(n)) == list(merge.dump(a)) == list(merge.dump(b))


def test_copies_that_acknowledged_under_one_id_lose_nothing_compaction_took(
    tmp_path, share, replicas
):
    """Before two copies find each other, each acknowledges under the same id: the copy's
    acknowledgement covers b's last segment, which the original never applied, and
    compaction takes it. The original then acknowledges under its own id without it: b
    finds its history gone without every reader having applied it, and publishes it again."""
    a, b = replicas("a"), replicas("b")
    live(a, 2, share, [b], "p")  # a has not applied b's last segment
    backup.copy_consistent(a.path, tmp_path / "a2.db")
    a2 = replicas("a2")
    add_person(a2, "from-a2")
    SyncEngine(a2, share, policy=EAGER).round()  # applies it, acks, compacts it away
    add_person(a, "from-a")
    assert SyncEngine(a, share, policy=EAGER).round().identity_left
    republished = []
    for _ in range(3):
        for x in (b, a, a2):
            report = SyncEngine(x, share, policy=EAGER).round()
            assert report.ok and not report.gaps, report
            republished.append(report.republished_from)
    assert any(republished), "b published its history again"
    assert list(merge.dump(a)) == list(merge.dump(b)) == list(merge.dump(a2))
    with a.read() as s:
        assert {p.id for p in s.query(Person)} >= {"p1-1", "from-a", "from-a2"}


def test_a_writer_publishing_again_with_a_damaged_first_file_does_not_make_a_new_computer_wait(
    share, replicas
):
    """Found by the long state machine: a writer found its file damaged, published it all
    again under a new epoch and removed the damaged file; then that new epoch's first file was
    damaged too, before the writer's next round. A new computer took the vanished beginning for
    compaction's doing and waited for a snapshot nobody had reason to make; its writer only
    needs a round to publish again."""
    writer, reader, new = replicas("writer"), replicas("reader"), replicas("new")
    add_person(writer, "p1")
    assert not SyncEngine(writer, share).round().problem
    assert not SyncEngine(reader, share).round().problem  # reader applies and acknowledges
    (first,) = segment_files(share)
    first.write_bytes(first.read_bytes()[:40])  # the stick damages the file
    report = SyncEngine(writer, share).round()
    assert report.republished_from and not first.exists()  # all of it again, damaged removed
    (again,) = segment_files(share)
    again.write_bytes(again.read_bytes()[:40])  # ...and damages the new first file too
    report = SyncEngine(new, share).round()
    assert not report.problem and not report.snapshot_problem, report
    for _ in range(2):
        for db in (writer, reader, new):
            assert not SyncEngine(db, share).round().problem
    with new.read() as s:
        assert s.get(Person, "p1") is not None
    assert list(merge.dump(new)) == list(merge.dump(reader)) == list(merge.dump(writer))
