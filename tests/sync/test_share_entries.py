"""One bad entry on the share stays one bad entry (issue 11, finding 4).

A folder under a segment's name, a file this machine may not read, a link that loops, a stray
file: each is named once in the round's report, with its path under the share, and skipped;
every healthy segment of the other devices still arrives. Only a share whose root or
FORMAT.json cannot be reached is "unavailable". Real folders in a temporary directory; the
"may not read" case through a `FileSystem` that refuses one path (the tests run as root, for
whom file modes refuse nothing: tests/cli/test_cli_sync_faults.py runs it for real, as an
unprivileged user).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import Person
from citizenspace.sync.engine import RoundReport, SyncEngine
from citizenspace.sync.fsutil import FileSystem
from citizenspace.sync.share import open_share
from tests.pictures import svg_bytes
from tests.sync.test_blobs import add_project

FAKE = "f" * 64


def add_person(db: Database, ident: str) -> None:
    with db.write() as s:
        s.add(Person(id=ident, first_name="Léa", last_name=ident))


def people(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(text("SELECT id FROM people ORDER BY id")).scalars())


def epoch_folder(share: Path, db: Database) -> Path:
    state = db.local_state()
    return share / "devices" / state.device_id / state.epoch


def segments(share: Path, db: Database) -> list[Path]:
    return sorted(epoch_folder(share, db).glob("seg-*.json.gz"))


def seg_name(seq: int, checksum: str = FAKE) -> str:
    return f"seg-{seq:012d}-{seq:012d}-{checksum}.json.gz"


class Refuses(FileSystem):
    """This machine may not read or list the given paths (rights on a server share)."""

    def __init__(self, *paths: Path) -> None:
        self.paths = set(paths)
        self.reads: list[Path] = []

    def _check(self, path: Path) -> None:
        if path in self.paths:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))

    def read_bytes(self, path: Path) -> bytes:
        self.reads.append(path)
        self._check(path)
        return super().read_bytes(path)

    def listdir(self, path: Path) -> list[str]:
        self._check(path)
        return super().listdir(path)

    def sleep(self, seconds: float) -> None:
        pass


def round_with(db: Database, share: Path, fs: FileSystem | None = None) -> RoundReport:
    if fs is None:
        return SyncEngine(db, share).round()
    return SyncEngine(db, share, share_factory=lambda root: open_share(root, fs=fs)).round()


def rel(share: Path, path: Path) -> str:
    return path.relative_to(share).as_posix()


@pytest.fixture
def three_writers(share, replicas):
    """Devices a (p1, p2 in two segments), b (p3) and c (p4), all on the share."""
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    add_person(a, "p1")
    assert round_with(a, share).ok
    add_person(a, "p2")
    add_person(b, "p3")
    add_person(c, "p4")
    for db in (a, b, c):
        assert round_with(db, share).ok
    return a, b, c


def test_a_segment_this_machine_may_not_read_stops_its_own_chain_only(
    share, replicas, three_writers
):
    a, _b, _c = three_writers
    _first, second = segments(share, a)
    fresh = replicas("fresh")

    report = round_with(fresh, share, Refuses(second))

    assert report.problem == "" and not report.ok
    assert report.skipped == [(rel(share, second), "unreadable")]
    state = a.local_state()
    assert report.gaps == [f"{state.device_id}/{state.epoch}: unreadable after 1"]
    assert report.rejected == []
    assert people(fresh) == ["p1", "p3", "p4"]  # p2 waits: a link is never skipped
    report = round_with(fresh, share)  # the rights are given back
    assert report.ok and people(fresh) == ["p1", "p2", "p3", "p4"]


def test_a_device_folder_that_cannot_be_listed_is_skipped(share, replicas, three_writers):
    _a, b, _c = three_writers
    folder = share / "devices" / b.local_state().device_id
    fresh = replicas("fresh")

    report = round_with(fresh, share, Refuses(folder))

    assert report.problem == ""
    assert report.skipped == [(rel(share, folder), "unreadable")]
    assert people(fresh) == ["p1", "p2", "p4"]


def test_a_folder_named_like_a_segment_is_named_and_blocks_nothing_else(
    share, replicas, three_writers
):
    a, b, _c = three_writers
    beside = epoch_folder(share, a) / seg_name(1)  # beside a's real first segment
    beside.mkdir()
    after = epoch_folder(share, b) / seg_name(2)  # where b's next segment will be
    after.mkdir()
    fresh = replicas("fresh")

    report = round_with(fresh, share)

    assert report.problem == ""
    assert report.skipped == sorted(
        [(rel(share, beside), "wrong-kind"), (rel(share, after), "wrong-kind")]
    )
    state = b.local_state()
    assert report.gaps == [f"{state.device_id}/{state.epoch}: unreadable after 1"]
    assert people(fresh) == ["p1", "p2", "p3", "p4"]


def test_links_that_loop_are_named_once_and_skipped(share, replicas, three_writers):
    a, b, _c = three_writers
    loop_device = share / "devices" / "0a0a0a0a-loop-4000-8000-000000000000"
    os.symlink(loop_device.name, loop_device)
    loop_segment = epoch_folder(share, b) / seg_name(1)
    os.symlink(loop_segment.name, loop_segment)
    fresh = replicas("fresh")

    report = round_with(fresh, share)

    assert report.problem == ""
    assert report.skipped == sorted(
        [(rel(share, loop_device), "unreadable"), (rel(share, loop_segment), "unreadable")]
    )
    assert report.gaps == [] and report.rejected == []
    assert people(fresh) == ["p1", "p2", "p3", "p4"]
    assert round_with(a, share).skipped == report.skipped  # the writers see them too


def test_stray_files_in_every_folder_are_named_and_the_users_own_are_left_alone(
    share, replicas, three_writers
):
    a, _b, _c = three_writers
    picture = svg_bytes()
    add_project(a, BlobStore.for_database(a.path).put_picture(picture))
    round_with(a, share)
    (share / "snapshots").mkdir()
    folders = [
        share / "devices",
        share / "devices" / a.local_state().device_id,
        epoch_folder(share, a),
        share / "acks",
        share / "acks" / a.local_state().device_id,
        share / "snapshots",
        share / "blobs",
        next((share / "blobs").iterdir()),
    ]
    for folder in [share, *folders]:
        (folder / "vide").write_bytes(b"")
    (epoch_folder(share, a) / "Thumbs.db").write_bytes(b"")  # Explorer's: not worth a word
    fresh = replicas("fresh")

    report = round_with(fresh, share)

    # Where only folders belong, a file is the wrong kind; elsewhere a name that is not ours.
    only_folders = {share / "devices", folders[1], share / "acks"}
    assert report.problem == ""
    assert report.skipped == sorted(
        (rel(share, f / "vide"), "wrong-kind" if f in only_folders else "not-ours") for f in folders
    )
    assert report.rejected == [] and report.gaps == []
    assert people(fresh) == ["p1", "p2", "p3", "p4"] and report.blobs_downloaded == 1


def test_a_writer_that_cannot_read_its_own_segment_does_not_republish(share, three_writers):
    a, _b, _c = three_writers
    _first, second = segments(share, a)
    epoch = a.local_state().epoch

    report = round_with(a, share, Refuses(second))

    assert report.problem == "" and report.written == 0
    assert report.republished_from == "" and a.local_state().epoch == epoch
    assert report.skipped == [(rel(share, second), "unreadable")]


def test_a_folder_under_a_pictures_name_stops_that_picture_only(share, replicas):
    a, b = replicas("a"), replicas("b")
    picture = svg_bytes()
    checksum = BlobStore.for_database(a.path).put_picture(picture)
    add_project(a, checksum)
    in_the_way = share / "blobs" / checksum[:2] / checksum
    in_the_way.mkdir(parents=True)

    sent = round_with(a, share)
    got = round_with(b, share)

    for report in (sent, got):
        assert report.problem == ""
        assert report.skipped == [(rel(share, in_the_way), "wrong-kind")]
    assert sent.blobs_uploaded == 0 and got.blobs_missing == [checksum]
    with b.read() as s:  # the project itself arrived
        assert s.execute(text("SELECT picture_hash FROM projects")).scalar() == checksum
    in_the_way.rmdir()
    assert round_with(a, share).blobs_uploaded == 1
    assert round_with(b, share).blobs_downloaded == 1


def test_a_file_where_the_devices_folder_belongs_is_named_not_unavailable(share, replicas):
    fresh, writer = replicas("fresh"), replicas("writer")
    add_person(writer, "p1")
    (share / "devices").write_bytes(b"")

    report = round_with(fresh, share)
    assert report.problem == "" and report.skipped == [("devices", "wrong-kind")]

    report = round_with(writer, share)
    assert report.problem == "WriteFailed"  # its own segment has nowhere to go: told as such
    assert report.skipped == [("devices", "wrong-kind")]


def test_a_share_whose_format_file_cannot_be_read_is_still_unavailable(share, replicas):
    fresh = replicas("fresh")

    report = round_with(fresh, share, Refuses(share / "FORMAT.json"))

    assert report.problem == "ShareUnavailable" and report.skipped == []
