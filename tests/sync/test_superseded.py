"""A damaged segment whose writer has republished is no longer anyone's error (issue 11,
finding 6).

The writer finds its own segment damaged on the share and publishes everything again under a
new epoch; that epoch's first segment says how far the old one went ("supersedes"). Every
replica that applies it counts the old epoch as applied that far: the damaged file is never
read, waited for nor reported again, the writer included. Real databases, a real share folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from citizenspace.store import identity
from citizenspace.store.migrations import HEAD
from citizenspace.sync import merge
from citizenspace.sync.share import open_share
from tests.sync.test_share_entries import Refuses, add_person, people, round_with, segments


def bit_flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def conflicts_and_alarms(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.execute(text("SELECT count(*) FROM conflict_records")).scalar(),
            s.execute(text("SELECT count(*) FROM sync_alarms")).scalar(),
        )


@pytest.fixture
def damaged(share, replicas):
    """Writer a published p1 then p2; b applied p1 only; then a's second segment was
    bit-flipped on the share, and b met it."""
    a, b = replicas("a"), replicas("b")
    add_person(a, "p1")
    assert round_with(a, share).ok
    assert round_with(b, share).ok
    add_person(a, "p2")
    assert round_with(a, share).ok
    second = segments(share, a)[1]
    second.write_bytes(bit_flip(second.read_bytes()))
    report = round_with(b, share)
    assert report.rejected == [second.name] and people(b) == ["p1"]
    return a, b, second


def test_after_the_writer_republished_no_replica_reports_the_damaged_file(share, replicas, damaged):
    a, b, second = damaged
    old_epoch = a.local_state().epoch
    fresh = replicas("fresh")

    report = round_with(a, share)  # the writer notices, and publishes everything again

    assert report.republished_from == old_epoch and report.written == 1
    assert report.ok, report  # it no longer reads its own old epoch as a reader would
    [first_new] = segments(share, a)
    header = open_share(share).read_segment(_info(share, first_new)).header
    assert header["supersedes"][old_epoch]["last_seq"] == 2
    assert not second.exists()  # best effort: the writer removed its damaged file

    for replica in (b, fresh, a):  # one more round each
        report = round_with(replica, share)
        assert report.ok, report
        assert report.rejected == [] and report.gaps == [] and report.skipped == []
    for replica in (a, b, fresh):
        assert people(replica) == ["p1", "p2"]
        assert conflicts_and_alarms(replica) == (0, 0)
    assert list(merge.dump(b)) == list(merge.dump(fresh)) == list(merge.dump(a))


def test_the_damaged_file_left_on_the_share_is_never_read_again(share, replicas, damaged):
    a, b, second = damaged
    flipped = second.read_bytes()
    assert round_with(a, share).republished_from
    second.write_bytes(flipped)  # its removal failed (a lock, a read-only copy of the share)
    fresh = replicas("fresh")

    for replica in (b, fresh, a):
        report = round_with(replica, share)
        assert report.ok and report.rejected == [] and report.gaps == [], report
    watch = Refuses()
    for replica in (b, fresh, a):
        assert round_with(replica, share, watch).ok
    assert second not in watch.reads  # not read, not waited for
    assert people(fresh) == ["p1", "p2"]


def test_a_later_part_of_a_superseded_epoch_still_chains_on(share, replicas, damaged):
    """Only as far as the writer had published: what a copy of that database wrote after it
    in the same epoch is someone's data, and still arrives."""
    a, b, _second = damaged
    device, old_epoch = a.local_state().device_id, a.local_state().epoch
    _epoch, _last, last_sum = merge.last_published(a)
    round_with(a, share)
    elsewhere = replicas("elsewhere")  # what the copy wrote, made by a real database
    add_person(elsewhere, "p9")
    out = merge.outgoing(elsewhere)
    header = {"schema": HEAD, "seq_from": 3, "seq_to": 2 + len(out.changes), "prev": last_sum}
    open_share(share).write_segment(device, old_epoch, header, out.body())

    report = round_with(b, share)

    assert report.ok and people(b) == ["p1", "p2", "p9"]


def test_an_epoch_started_without_republishing_supersedes_nothing(share, replicas):
    """A new epoch that does not carry everything again (a database found to be a copy) must
    not let readers skip the old one."""
    a = replicas("a")
    add_person(a, "p1")
    round_with(a, share)
    identity.leave(a, "test")
    add_person(a, "p2")
    round_with(a, share)
    [first] = segments(share, a)
    assert "supersedes" not in open_share(share).read_segment(_info(share, first)).header


def _info(root, path):
    return next(i for i in open_share(root).list_segments() if i.path == path)


def test_restarting_a_leftover_epoch_that_is_no_longer_ours_does_nothing(tmp_path):
    """Long batch, seed 15: a pair given up renamed its leftover epoch, and the same round
    then found the old epoch's chain broken: it is no longer ours to restart."""
    from citizenspace.store.migrate import open_database

    db, _ = open_database(tmp_path / "a.db")
    try:
        assert merge.restart_leftover(db, "0f0f0f0f-0000-0000-0000-000000000000") == (
            "0f0f0f0f-0000-0000-0000-000000000000"
        )
        assert merge.our_pairs(db)[-1][1] != "0f0f0f0f-0000-0000-0000-000000000000"
    finally:
        db.close()


def test_two_pairs_of_one_identity_given_up_in_one_round_are_both_superseded(tmp_path):
    """Review: the second give-up renamed the leftover epoch again, and the note saying what
    the first one superseded was lost: readers would stop at the first pair's file."""
    from citizenspace.store.migrate import open_database

    db, _ = open_database(tmp_path / "a.db")
    device = "0d0d0d0d-0000-0000-0000-000000000000"
    first, second = "e1e1e1e1-0000-0000-0000-000000000000", "e2e2e2e2-0000-0000-0000-000000000000"
    try:
        with db.write() as s:
            s.execute(
                text("INSERT INTO sync_leftovers (epoch, device, upto_log) VALUES ('l', :d, 0)"),
                {"d": device},
            )
            prefix = {f"{device}/{first}": [3, "a" * 64], f"{device}/{second}": [5, "b" * 64]}
            s.execute(
                text("INSERT INTO local_settings (key, value) VALUES ('sync_left_prefix', :v)"),
                {"v": json.dumps(prefix)},
            )
        merge.give_up_pair(db, device, first)
        merge.give_up_pair(db, device, second)
        leftover = next(e for d, e in merge.our_pairs(db) if d == device)
        assert merge.superseding(db, leftover) == {
            first: {"last_seq": 3, "last_checksum": "a" * 64},
            second: {"last_seq": 5, "last_checksum": "b" * 64},
        }
    finally:
        db.close()


def test_a_leftover_epoch_renamed_by_a_give_up_carries_what_it_had_published(share, replicas):
    """Long batch, seed 17. A database left its identity (a copy was found on the share) and
    published what it had not yet published under that identity's leftover epoch. Then its
    older file there was found damaged: the pair was given up, and the leftover epoch
    renamed to carry it again. What the old leftover epoch had already published must go
    out under the new one too, which supersedes it: nobody watches the old one any more,
    so when its file is damaged later, a reader that had not read it yet would never get it
    (and the conflict records of the fields it wrote differed between replicas)."""
    a, reader = replicas("a"), replicas("reader")
    old_device = a.local_state().device_id
    add_person(a, "p1")
    assert round_with(a, share).ok
    first = segments(share, a)
    add_person(a, "p2")  # not published when the identity is left
    identity.leave(a, identity.COPY_ON_SHARE, {})
    assert round_with(a, share).ok
    leftover = share / "devices" / old_device
    [old_leftover] = [p for p in leftover.iterdir() if p.name != first[0].parent.name]
    [carried] = sorted(old_leftover.glob("seg-*.json.gz"))
    first[0].write_bytes(bit_flip(first[0].read_bytes()))
    report = round_with(a, share)  # the given-up pair goes out again under a new leftover epoch
    assert report.ok, report
    carried.write_bytes(bit_flip(carried.read_bytes()))  # then the old leftover's file breaks
    assert round_with(a, share).ok
    report = round_with(reader, share)
    assert people(reader) == ["p1", "p2"], report
    assert not report.gaps, report.gaps
    assert round_with(reader, share).rejected == []


def test_a_write_that_landed_after_the_backup_put_back_is_superseded_too(tmp_path, share):
    """Long batch, seed 19. A round's write was reported as failed (the share vanished) but
    its file stayed; a backup was made; the next round adopted the file; a reader applied it;
    the file was damaged; then the backup was put back by hand. The database knows it tried
    that file, not that it landed: it publishes everything again under a new epoch, which
    must supersede the old one as far as the file reached, or a new computer finds a history
    with no beginning and cannot start (and readers that lacked the file wait for ever)."""
    import shutil

    from citizenspace.store.migrate import open_database
    from citizenspace.store.safety import backup
    from tests.sync.test_convergence import VanishingShare

    a, _ = open_database(tmp_path / "a.db")
    reader, _ = open_database(tmp_path / "reader.db")
    try:
        add_person(a, "p1")
        away = tmp_path / "away"
        report = round_with(a, share, VanishingShare(share, away))
        away.rename(share)
        assert report.problem == "ShareUnavailable"
        saved = backup.make_backup(a.path, "test", folder=tmp_path / "backups")
        assert round_with(a, share).ok
        assert round_with(reader, share).ok and people(reader) == ["p1"]
        [landed] = segments(share, a)
        landed.write_bytes(landed.read_bytes()[:40])  # damaged after the reader took it
        a.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp_path / 'a.db'}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(saved, tmp_path / "a.db")  # put back by hand
        a, _ = open_database(tmp_path / "a.db")
        assert round_with(a, share).ok
        newcomer, _ = open_database(tmp_path / "new.db")
        try:
            report = round_with(newcomer, share)
            assert report.ok, report
            assert people(newcomer) == ["p1"]
        finally:
            newcomer.close()
    finally:
        a.close()
        reader.close()


def test_a_file_every_reader_acknowledged_then_damaged_still_reaches_a_newcomer(tmp_path, share):
    """Long batch, seed 21. Compaction explains a file gone, never one damaged: a writer that
    left its identity (a copy was found) watched its earlier file, every reader had
    acknowledged it, and it came back empty. It goes out again, so that a computer that
    joins later, with no snapshot on the share, still gets what it held."""
    from citizenspace.store.migrate import open_database

    a, _ = open_database(tmp_path / "a.db")
    reader, _ = open_database(tmp_path / "reader.db")
    try:
        add_person(a, "p1")
        assert round_with(a, share).ok
        assert round_with(reader, share).ok and people(reader) == ["p1"]
        assert round_with(a, share).ok  # a reads the reader's acknowledgement
        [first] = segments(share, a)
        identity.leave(a, identity.COPY_ON_SHARE, {})
        first.write_bytes(b"")  # a failed copy on the file server
        assert round_with(a, share).ok
        newcomer, _ = open_database(tmp_path / "new.db")
        try:
            report = round_with(newcomer, share)
            assert report.ok, report
            assert people(newcomer) == ["p1"], report
        finally:
            newcomer.close()
    finally:
        a.close()
        reader.close()


def test_a_folder_named_like_a_segment_under_our_pair_is_no_copy(share, replicas):
    """A folder (or a file of 0 bytes) named like a segment of ours shows no one's writing:
    it is skipped and named, and this computer keeps its identity."""
    a = replicas("a")
    add_person(a, "p1")
    assert round_with(a, share).ok
    folder = segments(share, a)[0].parent
    (folder / f"seg-000000000002-000000000002-{'0' * 63}1.json.gz").mkdir()
    (folder / f"seg-000000000003-000000000003-{'0' * 63}2.json.gz").write_bytes(b"")
    before = a.local_state().device_id
    report = round_with(a, share)
    assert not report.identity_left, report
    assert a.local_state().device_id == before


def test_a_clone_meeting_the_originals_damaged_segment_leaves_the_identity(tmp_path, share):
    """Long batch, seed 26: a kiosk cloned from the disk image of another (same device and
    epoch, never synced) found the original's first segment bit-flipped on the share. It
    took the file for its own, published again under the original's device, removed the
    file and could never start: "the share's snapshot cannot serve this new database". Bytes
    that differ from their name were someone's segment once: the clone leaves the identity,
    and every computer ends with every row."""
    from citizenspace.store.migrate import open_database
    from citizenspace.store.safety import backup

    original, _ = open_database(tmp_path / "original.db")
    backup.copy_consistent(original.path, tmp_path / "image.db")  # the image, before any start
    other, _ = open_database(tmp_path / "other.db")
    try:
        add_person(original, "p-original")
        assert round_with(original, share).ok
        assert round_with(other, share).ok
        first = segments(share, original)[0]
        first.write_bytes(bit_flip(first.read_bytes()))
        clone, _ = open_database(tmp_path / "image.db")
        try:
            assert clone.local_state().device_id == original.local_state().device_id
            add_person(clone, "p-clone")

            report = round_with(clone, share)

            # Not a writer's problem: the clone reads the original's chain like anyone and
            # names the damaged file until the original publishes it again.
            assert report.problem == "" and report.rejected == [first.name], report
            assert report.identity_left == original.local_state().device_id
            assert not report.republished_from
            assert clone.local_state().device_id != original.local_state().device_id
            for _ in range(2):
                for db in (original, other, clone):
                    round_with(db, share)
            for db in (original, other, clone):
                assert round_with(db, share).ok
            for db in (original, other, clone):
                assert people(db) == ["p-clone", "p-original"], db.path
        finally:
            clone.close()
    finally:
        original.close()
        other.close()
