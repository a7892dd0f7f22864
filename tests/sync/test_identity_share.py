"""A database put back from an old copy behind the application's back is found out by the
share: it becomes a new device and nothing published before is lost."""

from __future__ import annotations

import shutil

from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share


def test_an_old_copy_put_back_by_hand_becomes_a_new_device(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    path = tmp_path / "desk.db"
    db, _ = open_database(path)
    with db.write() as s:
        s.add(Person(id="p1", first_name="Léa", last_name="Depaepe"))
    db.close()
    old_copy = tmp_path / "copy.db"
    shutil.copy(path, old_copy)  # IT's own "backup", a plain file copy
    db, _ = open_database(path)
    assert SyncEngine(db, share).round().ok
    with db.write() as s:
        s.add(Person(id="p2", first_name="Kamel", last_name="Oufalla"))
    assert SyncEngine(db, share).round().ok
    db.close()
    shutil.copy(old_copy, path)  # ...put back by hand: this file never published anything

    db, _ = open_database(path)
    reader, _ = open_database(tmp_path / "reader.db")
    try:
        before = db.local_state()
        report = SyncEngine(db, share).round()
        assert report.ok and report.identity_left == before.device_id
        assert len(report.copies_seen) == 2  # both written after the copy was taken
        after = db.local_state()
        assert after.device_id != before.device_id and after.epoch != before.epoch
        for _ in range(2):
            for replica in (reader, db):
                assert SyncEngine(replica, share).round().ok
        with reader.read() as s:  # what the lost file had published is still everywhere
            assert s.get(Person, "p1") is not None and s.get(Person, "p2") is not None
        assert list(merge.dump(reader)) == list(merge.dump(db))
    finally:
        db.close()
        reader.close()
