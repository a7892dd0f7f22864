"""The share's files under faults: real temporary folders, faults injected through the file
system object or by damaging bytes on disk, as an unplugged stick or a flaky server would."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from citizenspace.sync.fsutil import FileSystem
from citizenspace.sync.plan import Block, plan
from citizenspace.sync.share import (
    TMP_PREFIX,
    BadShareFormat,
    CorruptFile,
    CorruptSegment,
    Damage,
    MissingBlob,
    Share,
    ShareTooNew,
    ShareUnavailable,
    WriteFailed,
    canonical_json,
    open_share,
)

DEV = "3f1c0a52-aaaa-4bbb-8ccc-000000000001"
EPOCH = "9e7d0b11-dddd-4eee-8fff-000000000001"


class FlakyFS(FileSystem):
    """The real file system, with refusals and a vanishing share on demand. Never sleeps."""

    def __init__(self) -> None:
        self.refuse_renames = 0  # how many renames to refuse (-1: all of them)
        self.refuse_if = lambda src, dst: True
        self.after_write = None  # called after a temporary file is complete
        self.sleeps: list[float] = []

    def rename(self, src: Path, dst: Path) -> None:
        if self.refuse_renames and self.refuse_if(src, dst):
            self.refuse_renames -= 1
            raise PermissionError(13, "The process cannot access the file (antivirus)", str(dst))
        super().rename(src, dst)

    def write_new(self, path, chunks) -> None:
        super().write_new(path, chunks)
        if self.after_write:
            self.after_write(path)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def files(root: Path) -> list[str]:
    """Every file under the share, relative, sorted: what a user would see in the explorer."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def header(seq_from: int, seq_to: int, prev: str | None, **extra) -> dict:
    return {"schema": "3", "seq_from": seq_from, "seq_to": seq_to, "prev": prev, **extra}


def write_chain(share: Share, ranges, device: str = DEV, epoch: str = EPOCH, prev=None):
    refs = []
    for a, b in ranges:
        ref = share.write_segment(
            device, epoch, header(a, b, prev), {"changes": list(range(a, b + 1))}
        )
        prev = ref.checksum
        refs.append(ref)
    return refs


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "share"
    path.mkdir()
    return path


@pytest.fixture
def fs() -> FlakyFS:
    return FlakyFS()


@pytest.fixture
def share(root: Path, fs: FlakyFS) -> Share:
    return open_share(root, "0.1.0", fs)


# --- FORMAT.json ---------------------------------------------------------------------------


def test_an_existing_folder_with_other_files_becomes_a_share(root: Path) -> None:
    (root / "Compte rendu.docx").write_bytes(b"not ours")
    open_share(root, "0.1.0", created_by="Accueil PC 1")
    fmt = json.loads((root / "FORMAT.json").read_text())
    assert fmt == {"format": 1, "min_app_version": "0.1.0", "created_by": "Accueil PC 1"}
    before = (root / "FORMAT.json").read_bytes()
    open_share(root, "0.2.0", created_by="Kiosk")  # a second device: nothing rewritten
    assert (root / "FORMAT.json").read_bytes() == before
    assert files(root) == ["Compte rendu.docx", "FORMAT.json"]


def test_a_missing_folder_is_reported_not_created(tmp_path: Path) -> None:
    with pytest.raises(ShareUnavailable):
        open_share(tmp_path / "E_drive_unplugged", "0.1.0")
    assert not (tmp_path / "E_drive_unplugged").exists()


@pytest.mark.parametrize(
    "fmt",
    [
        {"format": 2, "min_app_version": "0.1.0"},
        {"format": 1, "min_app_version": "0.3.0"},
    ],
)
def test_a_share_from_a_newer_application_is_refused(root: Path, fmt: dict) -> None:
    (root / "FORMAT.json").write_text(json.dumps(fmt))
    with pytest.raises(ShareTooNew):
        open_share(root, "0.2.9")


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1]", b'{"format": "one"}'])
def test_a_corrupt_format_file_is_reported_and_left_alone(root: Path, content: bytes) -> None:
    (root / "FORMAT.json").write_bytes(content)
    with pytest.raises(BadShareFormat):
        open_share(root, "0.1.0")
    assert (root / "FORMAT.json").read_bytes() == content


# --- Writing segments ----------------------------------------------------------------------


def test_a_segment_round_trips_with_its_header(share: Share) -> None:
    ref = share.write_segment(DEV, EPOCH, header(1, 3, None, hlc_min=5, hlc_max=9), {"x": ["é"]})
    assert ref.path.name == f"seg-000000000001-000000000003-{ref.checksum}.json.gz"
    [info] = share.list_segments()
    assert info == ref
    segment = share.read_segment(info)
    assert segment.body == {"x": ["é"]}
    assert segment.header == {
        "format": 2,
        "schema": "3",
        "app_version": "0.1.0",
        "device": DEV,
        "epoch": EPOCH,
        "seq_from": 1,
        "seq_to": 3,
        "prev": None,
        "hlc_min": 5,
        "hlc_max": 9,
    }
    assert share.list_segments(exclude_device=DEV) == []


def test_publishing_the_same_segment_twice_leaves_one_file(share: Share, root: Path) -> None:
    first = write_chain(share, [(1, 2)])
    again = write_chain(share, [(1, 2)])
    assert first == again
    assert len(files(root / "devices")) == 1


@pytest.mark.parametrize(
    "bad",
    [
        {"seq_from": 0, "seq_to": 0, "prev": None},
        {"seq_from": 3, "seq_to": 1, "prev": "a" * 64},
        {"seq_from": 2, "seq_to": 2, "prev": None},
        {"seq_from": 1, "seq_to": 1, "prev": "not a checksum"},
        {"seq_from": 1, "seq_to": 1},
        {"seq_from": 1, "seq_to": True, "prev": None},
        {"seq_from": 1, "seq_to": 1, "prev": None, "device": "someone-else"},
    ],
)
def test_a_malformed_header_is_a_programming_error(share: Share, bad: dict, root: Path) -> None:
    with pytest.raises(ValueError):
        share.write_segment(DEV, EPOCH, {"schema": "3", **bad}, {})
    assert files(root / "devices") == []


def test_a_renamed_refused_twice_is_retried(share: Share, fs: FlakyFS, root: Path) -> None:
    fs.refuse_renames = 2
    [ref] = write_chain(share, [(1, 1)])
    assert fs.sleeps == [0.1, 0.2]
    assert files(root / "devices") == [str(ref.path.relative_to(root / "devices"))]
    assert share.read_segment(ref).body == {"changes": [1]}


def test_a_rename_refused_for_good_is_reported(share: Share, fs: FlakyFS, root: Path) -> None:
    fs.refuse_renames = -1
    with pytest.raises(WriteFailed) as raised:
        write_chain(share, [(1, 1)])
    assert "antivirus" in str(raised.value)
    assert len(fs.sleeps) == share.attempts - 1
    assert files(root / "devices") == []  # no final file, and the temporary one cleaned up
    fs.refuse_renames = 0
    write_chain(share, [(1, 1)])  # the next round gets through
    assert len(share.list_segments()) == 1


def test_a_rename_that_happened_though_reported_failed_counts(share: Share, fs: FlakyFS) -> None:
    """SMB sometimes loses the reply to a rename that the server did perform."""

    class LostReply(FlakyFS):
        def rename(self, src: Path, dst: Path) -> None:
            super().rename(src, dst)
            if dst.name.startswith("seg-"):
                raise TimeoutError("the network name is no longer available")

    share.fs = LostReply()
    [ref] = write_chain(share, [(1, 1)])
    assert share.list_segments() == [ref]


def test_the_share_vanishing_between_write_and_rename(
    share: Share, fs: FlakyFS, root: Path
) -> None:
    """The stick is pulled out after the temporary file is written: nothing final appears, the
    error says the share is gone (no futile retries), and a later round succeeds."""
    saved = (root / "FORMAT.json").read_bytes()
    [older] = write_chain(share, [(1, 1)])
    blob = share.put_blob(b"photo")
    fs.after_write = lambda path: shutil.rmtree(root)
    with pytest.raises(ShareUnavailable):
        write_chain(share, [(2, 2)], prev=older.checksum)
    assert not root.exists()
    assert fs.sleeps == []
    for read in (share.list_segments, share.read_acks, share.latest_snapshot):
        with pytest.raises(ShareUnavailable):
            read()
    with pytest.raises(ShareUnavailable):
        share.read_segment(older)
    with pytest.raises(ShareUnavailable):
        share.get_blob(blob)

    root.mkdir()  # plugged back in
    (root / "FORMAT.json").write_bytes(saved)
    fs.after_write = None
    [ref] = write_chain(share, [(2, 2)], prev=older.checksum)
    assert share.list_segments() == [ref]


def test_an_empty_mount_point_is_not_taken_for_an_empty_share(share: Share, root: Path) -> None:
    """A lost SMB mount leaves an empty folder: writing there would fill the local disk."""
    (root / "FORMAT.json").unlink()
    with pytest.raises(ShareUnavailable):
        write_chain(share, [(1, 1)])
    assert files(root) == []


def test_bytes_read_back_wrong_are_not_left_under_a_final_name(
    share: Share, fs: FlakyFS, root: Path
) -> None:
    """A flaky server stores other bytes than those sent: the writer notices on read-back."""
    original = fs.rename

    def damaging_rename(src: Path, dst: Path) -> None:
        original(src, dst)
        if dst.name.startswith("seg-"):
            data = bytearray(dst.read_bytes())
            data[len(data) // 2] ^= 0x01
            dst.write_bytes(bytes(data))

    fs.rename = damaging_rename
    with pytest.raises(WriteFailed):
        write_chain(share, [(1, 1)])
    assert share.list_segments() == []
    fs.rename = original
    write_chain(share, [(1, 1)])
    assert len(share.list_segments()) == 1


def test_a_damaged_file_under_our_final_name_is_replaced(share: Share, root: Path) -> None:
    [ref] = write_chain(share, [(1, 1)])
    good = ref.path.read_bytes()
    ref.path.write_bytes(good[:10])  # a half copy landed there
    write_chain(share, [(1, 1)])
    assert ref.path.read_bytes() == good


# --- Reading damaged segments ---------------------------------------------------------------


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-7])


def flip_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x10
    path.write_bytes(bytes(data))


def half_copy(path: Path) -> None:
    """What Explorer leaves when the stick is pulled during a copy: a prefix of the bytes."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [truncate, flip_bit, half_copy])
def test_damaged_segments_are_rejected_never_applied(share: Share, damage) -> None:
    refs = write_chain(share, [(1, 2), (3, 4), (5, 6)])
    damage(refs[1].path)
    with pytest.raises(CorruptSegment) as raised:
        share.read_segment(refs[1])
    assert raised.value.damage is Damage.CHECKSUM

    result = plan(share.list_segments(), {}, share.read_segment)
    assert [s.info for s in result.steps] == [refs[0]]
    assert [(g.after_seq, g.next_seq, g.block) for g in result.gaps] == [(2, 3, Block.CORRUPT)]
    assert [r.path for r in result.rejected] == [refs[1].path]


def _plant(share: Share, device: str, seq: int, data: bytes) -> Path:
    """Bytes whose name carries their true checksum: they pass the hash, not the decoding."""
    from citizenspace.sync.share import sha256_hex

    folder = share.root / "devices" / device / EPOCH
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"seg-{seq:012d}-{seq:012d}-{sha256_hex(data)}.json.gz"
    path.write_bytes(data)
    return path


def test_segments_that_hash_right_but_decode_wrong_are_rejected(share: Share) -> None:
    import gzip

    _plant(share, "dev-garbage", 1, b"plain text, not gzip")
    _plant(share, "dev-notjson", 1, gzip.compress(b"{half"))
    other = gzip.compress(canonical_json({"header": {"schema": "3"}, "body": {}}))
    _plant(share, "dev-noheader", 1, other)
    # A good segment of DEV copied by hand into another device's folder.
    [ref] = write_chain(share, [(1, 1)])
    _plant(share, "dev-moved", 1, ref.path.read_bytes())

    reasons = {}
    for info in share.list_segments(exclude_device=DEV):
        with pytest.raises(CorruptSegment) as raised:
            share.read_segment(info)
        reasons[info.device] = raised.value.damage
    assert reasons == {
        "dev-garbage": Damage.NOT_GZIP,
        "dev-notjson": Damage.NOT_JSON,
        "dev-noheader": Damage.BAD_HEADER,
        "dev-moved": Damage.BAD_HEADER,
    }


def test_temporary_and_foreign_files_are_not_listed(share: Share, root: Path) -> None:
    [ref] = write_chain(share, [(1, 1)])
    folder = ref.path.parent
    (folder / f"{TMP_PREFIX}0123abcd").write_bytes(b"half written")
    (folder / f"._{ref.path.name}").write_bytes(b"macOS resource fork")
    (folder / "seg-000000000001-000000000001-Copie.json.gz").write_bytes(b"?")
    (folder / "desktop.ini").write_bytes(b"")
    (root / "devices" / "..hidden").mkdir()
    assert share.list_segments() == [ref]


def test_stale_temporary_files_are_swept_by_age_only(share: Share, root: Path) -> None:
    [ref] = write_chain(share, [(1, 1)])
    stale = ref.path.parent / f"{TMP_PREFIX}dead"
    fresh = ref.path.parent / f"{TMP_PREFIX}busy"
    at_root = root / f"{TMP_PREFIX}format"
    users = root / "Users folder" / f"{TMP_PREFIX}not ours"
    users.parent.mkdir()
    for path in (stale, fresh, at_root, users):
        path.write_bytes(b"x")
    two_days_ago = share.fs.now() - 48 * 3600
    for path in (stale, at_root, users):
        os.utime(path, (two_days_ago, two_days_ago))

    assert share.clean_stale_temp(24) == 2
    assert not stale.exists() and not at_root.exists()
    assert fresh.exists() and users.exists() and ref.path.exists()


# --- Acknowledgements ----------------------------------------------------------------------


def test_acks_take_the_newest_that_verifies(share: Share, root: Path) -> None:
    share.write_ack(DEV, {"applied": 1})
    share.write_ack(DEV, {"applied": 2})
    share.write_ack(DEV, {"applied": 3})
    share.write_ack("kiosk-2", {"applied": 7})
    mine = sorted((root / "acks" / DEV).iterdir())
    assert [p.name[:16] for p in mine] == ["ack-000000000002", "ack-000000000003"]
    assert share.read_acks() == {DEV: {"applied": 3}, "kiosk-2": {"applied": 7}}

    flip_bit(mine[-1])
    assert share.read_acks()[DEV] == {"applied": 2}
    share.write_ack(DEV, {"applied": 4})  # the counter goes on past the damaged file
    assert share.read_acks()[DEV] == {"applied": 4}
    assert (root / "acks" / DEV).joinpath(mine[-1].name).exists()  # one spare kept


def test_acks_survive_a_refused_cleanup(share: Share, fs: FlakyFS, root: Path) -> None:
    share.write_ack(DEV, {"n": 1})
    share.write_ack(DEV, {"n": 2})

    def locked(path: Path) -> None:
        raise PermissionError(13, "locked", str(path))

    fs.remove = locked
    share.write_ack(DEV, {"n": 3})
    assert len(list((root / "acks" / DEV).iterdir())) == 3
    assert share.read_acks() == {DEV: {"n": 3}}


# --- Snapshots -----------------------------------------------------------------------------


@pytest.fixture
def database_copy(tmp_path: Path) -> Path:
    path = tmp_path / "backup.db"
    path.write_bytes(os.urandom(50_000) + b"\0" * 3_000_000)
    return path


def test_a_snapshot_restores_byte_for_byte(share: Share, database_copy: Path, tmp_path) -> None:
    assert share.latest_snapshot() is None
    ref = share.write_snapshot(DEV, EPOCH, database_copy, {"applied": {"x": 3}})
    assert share.latest_snapshot() == ref
    share.restore_snapshot(ref, tmp_path / "new.db")
    assert (tmp_path / "new.db").read_bytes() == database_copy.read_bytes()
    with pytest.raises(FileExistsError):
        share.restore_snapshot(ref, tmp_path / "new.db")


def test_a_half_written_snapshot_is_not_listed(
    share: Share, fs: FlakyFS, database_copy: Path
) -> None:
    older = share.write_snapshot(DEV, EPOCH, database_copy, {"n": 1})
    database_copy.write_bytes(b"newer" * 1000)
    fs.refuse_renames = -1
    fs.refuse_if = lambda src, dst: dst.name.startswith("manifest-")
    with pytest.raises(WriteFailed):
        share.write_snapshot(DEV, EPOCH, database_copy, {"n": 2})
    assert len(list((share.root / "snapshots").glob("snapshot-*"))) == 2  # data, no manifest
    assert share.latest_snapshot() == older


def test_a_cut_short_snapshot_falls_back_to_the_previous(
    share: Share, database_copy: Path, tmp_path: Path
) -> None:
    older = share.write_snapshot(DEV, EPOCH, database_copy, {"n": 1})
    database_copy.write_bytes(b"newer" * 1000)
    newer = share.write_snapshot(DEV, EPOCH, database_copy, {"n": 2})
    truncate(newer.path)
    assert share.latest_snapshot() == older


def test_a_bit_flipped_snapshot_is_not_restored(
    share: Share, database_copy: Path, tmp_path: Path
) -> None:
    ref = share.write_snapshot(DEV, EPOCH, database_copy, {"n": 1})
    flip_bit(ref.path)
    with pytest.raises(CorruptFile):
        share.restore_snapshot(share.latest_snapshot(), tmp_path / "new.db")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.db", "share"]


# --- Blobs and compaction ------------------------------------------------------------------


def test_blobs_by_content_hash(share: Share, root: Path) -> None:
    photo = b"\x89PNG" + os.urandom(1000)
    sha = share.put_blob(photo)
    assert share.put_blob(photo) == sha
    assert share.get_blob(sha) == photo
    assert files(root / "blobs") == [f"{sha[:2]}/{sha}"]

    half_copy(root / "blobs" / sha[:2] / sha)
    with pytest.raises(CorruptFile):
        share.get_blob(sha)
    share.put_blob(photo)  # whoever has the picture repairs it
    assert share.get_blob(sha) == photo
    with pytest.raises(MissingBlob):
        share.get_blob("0" * 64)


def test_compaction_is_best_effort(share: Share, root: Path) -> None:
    refs = write_chain(share, [(1, 1), (2, 2), (3, 3)])
    assert share.delete_segments(refs[:2]) == 2
    assert share.list_segments() == refs[2:]
    shutil.rmtree(root)  # the share vanished: nothing raised, nothing deleted
    assert share.delete_segments(refs[2:]) == 0
