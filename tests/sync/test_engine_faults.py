"""Share faults at the level of a whole sync round (issue 3, item 4).

Each test breaks the share in one way, with real files in a temporary folder, and shows what
the round reports (what the user is told) and that nothing bad reached the database: the dump
of the replica is unchanged or holds only whole, verified changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import text

from citizenspace.store.database import Database
from citizenspace.store.migrations import HEAD
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.fsutil import FileSystem
from citizenspace.sync.share import TMP_PREFIX, open_share


def add_person(db: Database, ident: str, first: str = "Léa") -> None:
    with db.write() as s:
        s.add(Person(id=ident, first_name=first, last_name="Depaepe"))


def dump(db: Database) -> list[str]:
    return list(merge.dump(db))


def pending(db: Database) -> int:
    with db.read() as s:
        return s.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar()


def people(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(text("SELECT id FROM people ORDER BY id")).scalars())


def segments(share: Path, db: Database) -> list[Path]:
    state = db.local_state()
    return sorted((share / "devices" / state.device_id / state.epoch).glob("seg-*.json.gz"))


def engine_with(db: Database, share: Path, fs: FileSystem) -> SyncEngine:
    return SyncEngine(db, share, share_factory=lambda root: open_share(root, fs=fs))


class NoWait(FileSystem):
    def sleep(self, seconds: float) -> None:
        pass


# --------------------------------------------------------------------------- the share vanishes


class VanishesWhileWriting(NoWait):
    """The USB stick is pulled out while the segment is half written."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write_new(self, path: Path, chunks: Iterable[bytes]) -> None:
        data = b"".join(chunks)
        with open(path, "xb") as f:
            f.write(data[: len(data) // 2])
        self.root.rename(self.root.with_name("unplugged"))
        raise OSError(5, "Input/output error")


def test_the_share_vanishing_mid_write_loses_nothing_and_says_so(share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    before = dump(a)

    report = engine_with(a, share, VanishesWhileWriting(share)).round()

    assert report.problem == "ShareUnavailable" and not report.ok
    assert "share unavailable" in report.problem_detail
    assert pending(a) == 1  # still waiting to be published, nothing marked as sent
    assert dump(a) == before
    share.with_name("unplugged").rename(share)  # plugged back in
    assert not list((share / "devices").glob("*/*/seg-*"))  # only a temporary file is left
    assert SyncEngine(a, share).round().written == 1
    assert SyncEngine(b, share).round().ok
    assert people(b) == ["p1"]


class LandsThenVanishes(NoWait):
    """The rename lands, then the share goes before the write can be read back: the writer
    believes it failed although readers can already see the segment."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def rename(self, src: Path, dst: Path) -> None:
        super().rename(src, dst)
        if dst.name.startswith("seg-"):
            self.root.rename(self.root.with_name("unplugged"))
            raise OSError(5, "Input/output error")


def test_a_segment_that_landed_unconfirmed_is_adopted_not_forked(share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    report = engine_with(a, share, LandsThenVanishes(share)).round()
    assert report.problem == "ShareUnavailable"
    share.with_name("unplugged").rename(share)
    [landed] = segments(share, a)
    assert SyncEngine(b, share).round().ok and people(b) == ["p1"]  # b applied it already

    add_person(a, "p2")
    report = SyncEngine(a, share).round()

    assert report.ok and not report.republished_from
    assert report.written == 1 and pending(a) == 0
    assert [p.name for p in segments(share, a)][0] == landed.name  # one chain, no fork
    report = SyncEngine(b, share).round()
    assert report.ok and not report.gaps, report
    assert people(b) == ["p1", "p2"]
    assert dump(a) == dump(b)


# --------------------------------------------------------------------------- damaged segments


def truncate(data: bytes) -> bytes:
    return data[: len(data) // 3]


def bit_flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def half_copy(data: bytes) -> bytes:
    return data[: len(data) // 2] + b"\0" * (len(data) - len(data) // 2)


@pytest.mark.parametrize("damage", [truncate, bit_flip, half_copy], ids=lambda f: f.__name__)
def test_a_damaged_segment_is_rejected_then_published_again(share, replicas, damage):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    assert SyncEngine(a, share).round().written == 1
    [path] = segments(share, a)
    path.write_bytes(damage(path.read_bytes()))
    before = dump(b)

    report = SyncEngine(b, share).round()

    assert report.rejected == [path.name] and not report.ok
    assert [g.split(": ")[1] for g in report.gaps] == ["corrupt after 0"]
    assert report.applied == 0 and dump(b) == before  # not a byte of it was applied

    report = SyncEngine(a, share).round()  # the writer notices, and publishes again
    assert report.republished_from and report.written == 1
    report = SyncEngine(b, share).round()
    assert report.applied == 1
    assert people(b) == ["p1"] and dump(a) == dump(b)


def test_a_deleted_segment_is_published_again_by_its_writer(share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    SyncEngine(a, share).round()
    add_person(a, "p2")
    SyncEngine(a, share).round()
    segments(share, a)[0].unlink()  # someone tidied the share by hand

    report = SyncEngine(a, share).round()

    assert report.republished_from
    assert SyncEngine(b, share).round().ok
    assert people(b) == ["p1", "p2"] and dump(a) == dump(b)


# --------------------------------------------------------------------------- temporary files


def test_stale_temporary_files_are_never_read(share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    SyncEngine(a, share).round()
    [path] = segments(share, a)
    for folder in (share, path.parent, share / "devices"):
        (folder / f"{TMP_PREFIX}0123456789abcdef").write_bytes(b"\x1f\x8b\x08 cut short")

    report = SyncEngine(b, share).round()

    assert report.ok and not report.rejected and not report.gaps
    assert report.applied == 1 and people(b) == ["p1"]


# --------------------------------------------------------------------------- refused renames


class RefusesRenames(NoWait):
    """An antivirus holds the new file for a moment (or for good)."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.tries = 0

    def rename(self, src: Path, dst: Path) -> None:
        self.tries += 1
        if self.tries <= self.refusals:
            raise PermissionError(13, "Permission denied", str(dst))
        super().rename(src, dst)


def test_a_rename_refused_for_a_moment_is_retried(share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    fs = RefusesRenames(refusals=2)

    report = engine_with(a, share, fs).round()

    assert report.ok and report.written == 1 and fs.tries >= 3
    assert pending(a) == 0
    assert SyncEngine(b, share).round().ok and people(b) == ["p1"]


def test_a_rename_refused_for_good_is_reported_and_nothing_is_marked_sent(share, replicas):
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    before = dump(a)

    report = engine_with(a, share, RefusesRenames(refusals=10**6)).round()

    assert report.problem == "WriteFailed" and "Permission denied" in report.problem_detail
    assert pending(a) == 1 and dump(a) == before
    assert segments(share, a) == []
    assert SyncEngine(a, share).round().written == 1  # the antivirus let go
    assert SyncEngine(b, share).round().ok and people(b) == ["p1"]


# --------------------------------------------------------------------------- gaps


def test_a_gap_in_a_devices_sequence_stops_its_chain_there(share, replicas):
    a, b = replicas("a"), replicas("b")
    for ident in ("p1", "p2", "p3"):
        add_person(a, ident)
        SyncEngine(a, share).round()
    first, middle, last = segments(share, a)
    aside = middle.read_bytes()
    middle.unlink()  # e.g. a USB stick copied by hand, one file forgotten

    report = SyncEngine(b, share).round()

    device, epoch = a.local_state().device_id, a.local_state().epoch
    assert report.gaps == [f"{device}/{epoch}: missing after 1"]
    assert report.applied == 1 and people(b) == ["p1"]  # p3 waits: it may depend on p2
    middle.write_bytes(aside)  # the forgotten file arrives
    report = SyncEngine(b, share).round()
    assert report.ok and not report.gaps and people(b) == ["p1", "p2", "p3"]


# --------------------------------------------------------------------------- newer schema


def test_a_segment_from_a_newer_schema_is_held_back(share, replicas):
    b = replicas("b")
    future = open_share(share)
    header = {"schema": "9999_from_the_future", "prev": None, "seq_from": 1, "seq_to": 1}
    body = {
        "changes": [[1, 1 << 40, "people", "p9", "I", {"id": "p9", "first_name": "X"}, None]],
        "secret": [],
    }
    future.write_segment("newer-kiosk", "epoch-1", header, body)
    before = dump(b)

    report = SyncEngine(b, share).round()

    assert report.held_back == ["newer-kiosk/epoch-1"]
    assert report.applied == 0 and dump(b) == before
    with b.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_applied")).scalar() == 0
    assert header["schema"] != HEAD
