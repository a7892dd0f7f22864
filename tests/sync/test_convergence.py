"""Acceptance: replicas that sync through a damaged, vanishing share still converge.

A Hypothesis state machine drives 2 to 8 real databases and one real share folder through
inserts, edits and deletes, concurrent edits of one field, partial syncs, writes cut short by
a vanishing share, damaged segments, stale temporary files, clock jumps of days and a device
restored from an old backup (by the application, or copied back by hand), databases
copied or cloned from a disk image made before their first start. After healing and full sync every replica dumps the same bytes,
every insert made anywhere is there exactly once unless deleted (or lost with a restored
backup before it was ever published), no deleted row comes back, and the conflicts match.

CI runs 200 examples; `CITIZENSPACE_HYPOTHESIS_PROFILE=long` runs 5,000.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
)
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.store.database import Database
from citizenspace.store.migrate import open_database
from citizenspace.store.models import District, Person, Visit
from citizenspace.store.safety import backup
from citizenspace.sync import merge
from citizenspace.sync.engine import RoundReport, SyncEngine
from citizenspace.sync.fsutil import FileSystem
from citizenspace.sync.share import TMP_PREFIX, open_share

# The suite's share of the 10-minute budget on a 2-core machine: 45 random examples (about
# 100 s of one core). The depth is the long profile's (README, "Long runs"): run before a
# release and after any change to the sync, in batches under several seeds.
settings.register_profile(
    "citizenspace-ci",
    max_examples=45,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "citizenspace-long",
    # Overridable, to run the long profile in batches under different seeds.
    max_examples=int(os.environ.get("CITIZENSPACE_HYPOTHESIS_EXAMPLES", "5000")),
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = (
    "citizenspace-long"
    if os.environ.get("CITIZENSPACE_HYPOTHESIS_PROFILE") == "long"
    else "citizenspace-ci"
)

DAY_MS = 86_400_000
#: Devices at most, copies and clones included.
MAX_DEVICES = 10
#: Few distinct values, so that two devices often write the same field.
PHONES = ["01 11", "02 22", "03 33", "04 44"]
NOTES = ["", "rappeler", "courrier envoyé", "vu en mairie"]
NAMES = ["Léa", "Kamel", "Viviane", "René"]
DISTRICT_NAMES = ["Centre", "Nord", "Gare", "Plateau"]
#: Fast tmpfs when the system has one: real files, without waiting on a disk.
TMP_ROOT = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None

_template: Path | None = None


def template() -> Path:
    """One migrated empty database per test process, copied for each device (running the
    migrations for each of up to 8 devices per example would dominate the run)."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="cs-template-", dir=TMP_ROOT))
        # /dev/shm is memory: leave nothing behind when the test process ends.
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        db, _ = open_database(folder / "template.db")
        db.close()
        _template = folder / "template.db"
    return _template


def fresh_database(path: Path, index: int) -> Database:
    """A new device: the migrated template under a new device id and epoch, as a fresh
    installation would be. The ids are the same in every run, so that Hypothesis replays an
    example exactly (the order of files on the share follows them)."""
    shutil.copy(template(), path)
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "UPDATE local_state SET device_id = ?, epoch = ?, hlc = 0 WHERE id = 1",
            (str(uuid.UUID(int=(1 << 96) + index)), str(uuid.UUID(int=(2 << 96) + index))),
        )
    con.close()
    db, _ = open_database(path)
    return db


def _choose(data: st.DataObject, items: list, label: str):  # noqa: ANN202
    """Pick from a list that the run itself made (rows, files on the share): an index drawn
    with fixed bounds, so that replaying an example draws the same way (Hypothesis refuses
    strategies whose bounds depend on state that may differ between runs). The index is
    drawn even from an empty list (None then): whether a rule draws at all must not depend
    on that state either, or a replay stops drawing where the first run went on."""
    index = data.draw(st.integers(0, 2**16), label=label)
    return items[index % len(items)] if items else None


class VanishingShare(FileSystem):
    """The share goes away (USB stick pulled, network lost) in the middle of writing."""

    def __init__(self, root: Path, away: Path) -> None:
        self.root, self.away = root, away

    def write_new(self, path: Path, chunks: Iterable[bytes]) -> None:
        data = b"".join(chunks)
        with open(path, "xb") as f:  # a part of the file reaches the share...
            f.write(data[: len(data) // 2])
        self.root.rename(self.away)  # ...then the share is gone
        raise OSError(5, "Input/output error")

    def sleep(self, seconds: float) -> None:
        pass


def segment_files(share: Path) -> list[Path]:
    """The segments on the share (not the odd entries named like them)."""
    return sorted(
        p
        for p in (share / "devices").glob("*/*/seg-*.json.gz")
        if p.is_file() and not p.is_symlink() and not p.name.startswith("seg-0000009")
    )


def rows(db: Database, table: str) -> list[str]:
    with db.read() as s:
        return list(s.execute(text(f'SELECT id FROM "{table}" ORDER BY id')).scalars())


def watched_files(db: Database) -> set[str]:
    """The files a database wrote and still watches: under its current pair, a leftover
    epoch, or a pair it left and still watches. (A database restored by the application
    publishes everything again under a new epoch and no longer watches the old one.)"""
    state = db.local_state()
    pairs = {(state.device_id, state.epoch), *merge.left_pairs(db)}
    with db.read() as s:
        pairs |= set(s.execute(text("SELECT device, epoch FROM sync_leftovers")).all())
        own = s.execute(text("SELECT device, epoch, checksum FROM sync_own_segments")).all()
    return {checksum for device, epoch, checksum in own if (device, epoch) in pairs}


class Convergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="cs-convergence-", dir=TMP_ROOT))
        self.share = self.folder / "share"
        self.share.mkdir()
        open_share(self.share)
        self.dbs: list[Database] = []
        self.backups: list[tuple[int, Path]] = []
        #: Every insert: id -> (table, device index).
        self.inserted: dict[str, tuple[str, int]] = {}
        #: Every delete: id -> device indexes that deleted it.
        self.deleted: dict[str, set[int]] = {}
        #: What each device has done that reached the share at some point: a restored
        #: backup cannot take that back. Anything else it did after the backup is lost.
        self.escaped: dict[int, set[tuple[str, str]]] = {}
        #: (row id, op, device) that the device's restored database undid.
        self.undone: set[tuple[str, str, int]] = set()
        #: Damaged files on the share -> their good bytes (what a full re-copy would bring).
        self.damaged: dict[Path, bytes] = {}
        #: Copied databases: copy index -> original index.
        self.copied_from: dict[int, int] = {}
        #: Rows that may or may not come back (lost on a device, held by a copy of it).
        self.uncertain: set[str] = set()
        self.initial = 0
        self.odd = 0
        #: Odd entries put on the share; each may be named in a report, nothing else.
        self.odd_paths: set[Path] = set()
        self.counter = 0

    # ---------------------------------------------------------------- set-up

    @initialize(count=st.integers(min_value=2, max_value=8))
    def devices(self, count: int) -> None:
        self.initial = count
        for i in range(count):
            self.dbs.append(fresh_database(self.folder / f"device-{i}.db", i))

    def teardown(self) -> None:
        try:
            if self.dbs:
                self.heal_and_check()
        finally:
            for db in self.dbs:
                db.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def new_id(self) -> str:
        self.counter += 1
        return str(uuid.UUID(int=self.counter))

    def device(self, data: st.DataObject) -> int:
        return data.draw(st.integers(0, len(self.dbs) - 1), label="device")

    def pick(self, data: st.DataObject, db: Database, table: str) -> str | None:
        return _choose(data, rows(db, table), table)

    # ---------------------------------------------------------------- local work

    @rule(data=st.data(), first=st.sampled_from(NAMES), with_district=st.booleans())
    def insert_person(self, data: st.DataObject, first: str, with_district: bool) -> None:
        i = self.device(data)
        db = self.dbs[i]
        district = self.pick(data, db, "districts") if with_district else None
        ident = self.new_id()
        with db.write() as s:
            s.add(Person(id=ident, first_name=first, last_name="Durand", district_id=district))
        self.inserted[ident] = ("people", i)

    @rule(
        data=st.data(),
        field=st.sampled_from(["phone", "notes", "first_name", "district_id"]),
        value=st.integers(0, 3),
    )
    def edit_person(self, data: st.DataObject, field: str, value: int) -> None:
        db = self.dbs[self.device(data)]
        ident = self.pick(data, db, "people")
        if field == "district_id":
            new = self.pick(data, db, "districts")
        else:
            new = {"phone": PHONES, "notes": NOTES, "first_name": NAMES}[field][value]
        if ident is None:
            return
        with db.write() as s:
            s.execute(
                text(f'UPDATE people SET "{field}" = :v WHERE id = :id'), {"v": new, "id": ident}
            )

    @rule(data=st.data(), values=st.lists(st.sampled_from(PHONES), min_size=2, max_size=4))
    def same_field_on_several_devices(self, data: st.DataObject, values: list[str]) -> None:
        """Offline, several desks change the same person's phone number."""
        holders: dict[str, list[Database]] = {}
        for db in self.dbs:
            for ident in rows(db, "people"):
                holders.setdefault(ident, []).append(db)
        shared = sorted(ident for ident, dbs in holders.items() if len(dbs) > 1)
        ident = _choose(data, shared, "shared person")
        if ident is None:
            return
        self.same_field(ident, holders[ident], values)

    def same_field(self, ident: str, dbs: list[Database], values: list[str]) -> None:
        for db, value in zip(dbs, values, strict=False):
            with db.write() as s:
                s.execute(
                    text("UPDATE people SET phone = :v WHERE id = :id"), {"v": value, "id": ident}
                )

    @rule(values=st.lists(st.sampled_from(PHONES), min_size=2, max_size=8))
    def known_everywhere_then_edited_everywhere(self, values: list[str]) -> None:
        """A person every desk has synced, then edited offline on several desks at once."""
        ident = self.new_id()
        with self.dbs[0].write() as s:
            s.add(Person(id=ident, first_name="Viviane", last_name="Gautier"))
        self.inserted[ident] = ("people", 0)
        self.everyone_syncs()
        self.same_field(ident, self.dbs, values)

    @rule(data=st.data())
    def delete_person(self, data: st.DataObject) -> None:
        i = self.device(data)
        db = self.dbs[i]
        ident = self.pick(data, db, "people")
        if ident is None:
            return
        try:
            with db.write() as s:
                s.execute(text("DELETE FROM people WHERE id = :id"), {"id": ident})
        except IntegrityError:
            return  # still referenced here: the screen would refuse too
        self.deleted.setdefault(ident, set()).add(i)
        self.undone.discard((ident, "D", i))

    @rule(data=st.data(), name=st.sampled_from(DISTRICT_NAMES))
    def insert_district(self, data: st.DataObject, name: str) -> None:
        i = self.device(data)
        ident = self.new_id()
        with self.dbs[i].write() as s:
            s.add(District(id=ident, name=name, code=name[:2].upper()))
        self.inserted[ident] = ("districts", i)

    @rule(data=st.data(), name=st.sampled_from(DISTRICT_NAMES))
    def edit_district(self, data: st.DataObject, name: str) -> None:
        db = self.dbs[self.device(data)]
        ident = self.pick(data, db, "districts")
        if ident is not None:
            with db.write() as s:
                s.execute(
                    text("UPDATE districts SET name = :v WHERE id = :id"), {"v": name, "id": ident}
                )

    @rule(data=st.data())
    def delete_district(self, data: st.DataObject) -> None:
        i = self.device(data)
        db = self.dbs[i]
        ident = self.pick(data, db, "districts")
        if ident is None:
            return
        try:
            with db.write() as s:
                s.execute(text("DELETE FROM districts WHERE id = :id"), {"id": ident})
        except IntegrityError:
            return  # a person here still lives in it
        self.deleted.setdefault(ident, set()).add(i)
        self.undone.discard((ident, "D", i))

    @rule(data=st.data(), note=st.sampled_from(NOTES), minute=st.integers(0, 59))
    def insert_visit(self, data: st.DataObject, note: str, minute: int) -> None:
        i = self.device(data)
        ident = self.new_id()
        with self.dbs[i].write() as s:
            s.add(
                Visit(
                    id=ident,
                    channel=Channel.DESK,
                    outcome=VisitOutcome.ANSWERED,
                    arrived_at=datetime(2026, 11, 25, 9, minute),
                    note=note,
                )
            )
        self.inserted[ident] = ("visits", i)

    @rule(data=st.data())
    def redact_visit(self, data: st.DataObject) -> None:
        """The one edit an insert-only row takes: its personal note blanked."""
        db = self.dbs[self.device(data)]
        ident = self.pick(data, db, "visits")
        if ident is not None:
            with db.write() as s:
                s.execute(text("UPDATE visits SET note = '' WHERE id = :id"), {"id": ident})

    @rule(data=st.data(), days=st.integers(-5, 5))
    def clock_jump(self, data: st.DataObject, days: int) -> None:
        self.dbs[self.device(data)].clock.offset_ms = days * DAY_MS

    # ---------------------------------------------------------------- sync and faults

    def sync(self, i: int) -> RoundReport:
        report = SyncEngine(self.dbs[i], self.share).round(flush_secret=True)
        self.note_published(i)
        if report.republished_from:
            event("own segments damaged: published again under a new epoch")
        if report.rejected:
            event("a damaged segment was rejected")
        names = {p.name for p in self.damaged} | {p.name for p in self.odd_paths}
        assert set(report.rejected) <= names, (report.rejected, names)
        odd = {str(p.relative_to(self.share)) for p in self.odd_paths}
        assert {path for path, _fault in report.skipped} <= odd, (report.skipped, odd)
        assert report.alarms == 0, report
        return report

    @rule(data=st.data())
    def partial_sync(self, data: st.DataObject) -> None:
        report = self.sync(self.device(data))
        assert not report.problem, report

    @rule()
    def everyone_syncs(self) -> None:
        for i in range(len(self.dbs)):
            assert not self.sync(i).problem

    @rule(data=st.data())
    def share_vanishes_mid_write(self, data: st.DataObject) -> None:
        i = self.device(data)
        away = self.folder / "share-away"
        engine = SyncEngine(
            self.dbs[i],
            self.share,
            share_factory=lambda root: open_share(root, fs=VanishingShare(root, away)),
        )
        report = engine.round(flush_secret=True)
        if away.exists():
            away.rename(self.share)  # the stick is plugged back in
            assert report.problem == "ShareUnavailable", report
        else:
            assert report.ok, report  # nothing to write: the round never touched the share

    @rule(data=st.data(), how=st.sampled_from(["truncate", "bit-flip", "half-copy", "empty"]))
    def damage_a_segment(self, data: st.DataObject, how: str) -> None:
        files = [p for p in segment_files(self.share) if p not in self.damaged]
        path = _choose(data, files, "segment")
        # A fraction, not an offset: the size of a segment differs from run to run.
        fraction = data.draw(st.integers(0, 999), label="offset")
        if path is None:
            return
        good = path.read_bytes()
        at = fraction * len(good) // 1000
        if how == "truncate":
            bad = good[:at]
        elif how == "bit-flip":
            bad = good[:at] + bytes([good[at] ^ 0x10]) + good[at + 1 :]
        elif how == "half-copy":
            bad = good[: len(good) // 2] + b"\0" * (len(good) - len(good) // 2)
        else:
            bad = b""
        path.write_bytes(bad)
        self.damaged[path] = good

    @rule(data=st.data())
    def stale_temp_file(self, data: st.DataObject) -> None:
        folders = sorted({p.parent for p in segment_files(self.share)}) or [self.share]
        folder = _choose(data, folders, "folder")
        (folder / f"{TMP_PREFIX}{uuid.uuid4().hex[:16]}").write_bytes(b"\x1f\x8b half a segm")

    @rule(data=st.data())
    def back_up(self, data: st.DataObject) -> None:
        i = self.device(data)
        folder = self.folder / "backups"
        self.backups.append((i, backup.make_backup(self.dbs[i].path, "test", folder=folder)))

    @precondition(lambda self: self.backups)
    @rule(data=st.data())
    def restore_old_backup(self, data: st.DataObject) -> None:
        i, copy = data.draw(st.sampled_from(self.backups), label="backup")
        db = self.dbs[i]
        self.forget_since(i, copy)
        offset = db.clock.offset_ms
        db.close()
        backup.restore(copy, db.path)
        event("a device was restored from an old backup")
        self.dbs[i], _ = open_database(db.path)
        self.dbs[i].clock.offset_ms = offset

    @rule(data=st.data())
    def two_rounds_at_once(self, data: st.DataObject) -> None:
        """The application's background sync and a scheduled `citizenspace sync` on one
        database at the same moment: one waits for the other (or stops, saying so)."""
        i = self.device(data)
        second, _ = open_database(self.dbs[i].path)
        second.clock.offset_ms = self.dbs[i].clock.offset_ms
        reports: list[RoundReport] = []
        start = threading.Barrier(2)

        def run(db: Database, wait: float) -> None:
            start.wait()
            reports.append(SyncEngine(db, self.share, round_wait_s=wait).round())

        waits = data.draw(st.sampled_from([(60.0, 60.0), (60.0, 0.0)]), label="waits")
        threads = [
            threading.Thread(target=run, args=(db, wait))
            for db, wait in zip((self.dbs[i], second), waits, strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        second.close()
        self.note_published(i)
        for report in reports:
            assert report.problem in ("", "busy"), report
        assert any(not r.problem for r in reports), reports
        event("two rounds at once on one database")

    @rule(data=st.data(), kind=st.sampled_from(["folder", "empty", "loop", "stray"]))
    def odd_entry_on_the_share(self, data: st.DataObject, kind: str) -> None:
        """Something that is not a segment where segments live: a folder named like one, a
        file of 0 bytes named like one, a symbolic link to itself, a stray file. It is
        named in the report and skipped; it never stops anyone's round."""
        folders = sorted({p.parent for p in segment_files(self.share)}) or [self.share]
        folder = _choose(data, folders, "folder")
        self.odd += 1
        name = f"seg-{900000 + self.odd:012d}-{900000 + self.odd:012d}-{self.odd:064x}.json.gz"
        path = folder / name
        self.odd_paths.add(path if kind != "stray" else folder / f"notes-{self.odd}.txt")
        if kind == "folder":
            path.mkdir()
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "loop":
            path.symlink_to(path.name)
        else:
            (folder / f"notes-{self.odd}.txt").write_bytes(b"")
        event(f"an odd entry on the share: {kind}")

    @precondition(lambda self: len(self.dbs) < MAX_DEVICES)
    @rule(data=st.data())
    def copy_database(self, data: st.DataObject) -> None:
        """IT copies a database file on the same PC (or clones a disk image, or a virtual
        machine with the same hostname and MAC): the copy goes on as a desk of its own."""
        i = self.device(data)
        j = len(self.dbs)
        path = self.folder / f"device-{j}.db"
        backup.copy_consistent(self.dbs[i].path, path)
        db, _ = open_database(path)
        db.clock.offset_ms = self.dbs[i].clock.offset_ms
        self.dbs.append(db)
        self.copied_from[j] = i
        event("a database was copied")

    @precondition(lambda self: len(self.dbs) < MAX_DEVICES)
    @rule(data=st.data())
    def image_made_before_the_first_start(self, data: st.DataObject) -> None:
        """A kiosk cloned from the disk image another one was installed from: a new
        database with the same device and epoch, which the other may have published."""
        k = self.device(data) % self.initial
        j = len(self.dbs)
        self.dbs.append(fresh_database(self.folder / f"device-{j}.db", k))
        event("a device was cloned from the image of another")

    @precondition(lambda self: self.backups)
    @rule(data=st.data())
    def backup_copied_back_by_hand(self, data: st.DataObject) -> None:
        """IT puts an old copy of the file back over the database, behind the
        application's back (no new epoch, unlike the application's own restore)."""
        i, copy = data.draw(st.sampled_from(self.backups), label="backup")
        self.forget_since(i, copy)
        db = self.dbs[i]
        offset = db.clock.offset_ms
        db.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{db.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(copy, db.path)
        event("a backup was copied back by hand")
        self.dbs[i], _ = open_database(db.path)
        self.dbs[i].clock.offset_ms = offset

    def forget_since(self, i: int, copy: Path) -> None:
        """What device `i` did and never published, and the backup does not hold, dies
        with its disk (unless a copy of the database still holds it); what the backup holds
        comes back, even if a later restore had lost it."""
        self.note_published(i)
        con = sqlite3.connect(copy)
        held = {(r, op) for r, op in con.execute("SELECT row_id, op FROM change_log")}
        con.close()
        alive = held | self.escaped.get(i, set())
        for ident, (_table, origin) in self.inserted.items():
            if origin == i:
                self.mark(ident, "I", i, alive)
        for ident, by in self.deleted.items():
            if i in by:
                self.mark(ident, "D", i, alive)
        if any(self.copied_from.get(j) == i for j in range(len(self.dbs))):
            # A copy holds what this one lost: whether it comes back depends on what the
            # copy did since; either way it is there at most once.
            self.uncertain |= {ident for ident, op, by in self.undone if by == i}

    def mark(self, ident: str, op: str, i: int, alive: set[tuple[str, str]]) -> None:
        if (ident, op) in alive:
            self.undone.discard((ident, op, i))
        else:
            self.undone.add((ident, op, i))

    def note_published(self, i: int) -> None:
        with self.dbs[i].read() as s:
            done = s.execute(text("SELECT row_id, op FROM change_log WHERE published = 1")).all()
        self.escaped.setdefault(i, set()).update((r, op) for r, op in done)

    # ---------------------------------------------------------------- the end

    def heal_and_check(self) -> None:
        # A damaged segment whose writer still holds it and watches its pair is left for the
        # writer to notice and publish again (under that epoch's successor, a leftover epoch, or again after
        # leaving that identity); the others are copied again whole (their writer was
        # restored from a backup and no longer holds those changes). The writer is the
        # database that wrote that very file: a clone made from the image under the same
        # device and epoch did not, and finds the file a stranger's.
        writers = {checksum for db in self.dbs for checksum in watched_files(db)}
        for path, good in self.damaged.items():
            checksum = path.name.removesuffix(".json.gz").split("-")[-1]
            if checksum not in writers and path.exists():
                path.write_bytes(good)
        for _ in range(2 + len(self.dbs)):
            reports = [self.sync(i) for i in range(len(self.dbs))]
            assert not any(r.problem for r in reports), reports
            if not any(r.written or r.applied or r.republished_from for r in reports):
                break
        else:
            pytest.fail(f"no quiet round after full sync: {reports}")
        dumps = ["\n".join(merge.dump(db)) for db in self.dbs]
        conflicts = dumps[0].count('"table": "conflict_records"')
        event(f"conflicts after full sync: {min(conflicts, 3)}{'+' if conflicts >= 3 else ''}")
        for i, other in enumerate(dumps):
            first, mine = set(dumps[0].splitlines()), set(other.splitlines())
            assert other == dumps[0], (
                f"device {i} differs from device 0 after full sync:\n"
                + "\n".join(f"- {x}" for x in sorted(first - mine))
                + "\n"
                + "\n".join(f"+ {x}" for x in sorted(mine - first))
            )
        present: dict[str, int] = {}
        for line in dumps[0].splitlines():
            doc = json.loads(line)
            if doc["table"] in ("people", "districts", "visits"):
                ident = doc["row"]["id"]
                present[ident] = present.get(ident, 0) + 1
        deleted = {
            ident
            for ident, by in self.deleted.items()
            if any((ident, "D", i) not in self.undone for i in by)
        }
        for ident, (table, origin) in self.inserted.items():
            if ident in self.uncertain:
                assert present.get(ident, 0) <= 1, f"{table} {ident} twice"
            elif (ident, "I", origin) in self.undone:
                assert ident not in present, f"{table} {ident} lost with a backup came back"
            elif ident in deleted:
                assert ident not in present, f"deleted {table} {ident} came back"
            else:
                assert present.get(ident) == 1, f"{table} {ident} from device {origin} missing"
        assert set(present) <= set(self.inserted), "rows nobody inserted"
        for db in self.dbs:
            with db.read() as s:
                assert s.execute(text("SELECT count(*) FROM sync_deferred")).scalar() == 0
                assert s.execute(text("SELECT count(*) FROM sync_alarms")).scalar() == 0


Convergence.TestCase.settings = settings.get_profile(PROFILE)
test_replicas_converge = Convergence.TestCase
