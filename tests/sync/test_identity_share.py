"""A database restored behind the application's back is found out by the share."""

from __future__ import annotations

import shutil

from sqlalchemy import text

from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import identity, merge
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share


def own_segments(share, db):
    state = db.local_state()
    return [i for i in open_share(share).list_segments() if i.device == state.device_id]


def test_an_old_copy_put_back_by_hand_starts_a_new_epoch(tmp_path):
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
    try:
        assert identity.foreign_history(db, own_segments(share, db))
        before = db.local_state().epoch
        identity.adopt_new_epoch(db)
        assert db.local_state().epoch != before
        assert not identity.foreign_history(db, own_segments(share, db))
        with db.read() as s:
            assert (
                s.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar() >= 1
            )
        out = merge.outgoing(db)
        assert out.seq_from == 1  # a fresh history, numbered from the start
    finally:
        db.close()


def test_a_machine_that_wrote_its_segments_sees_no_foreign_history(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    db, _ = open_database(tmp_path / "desk.db")
    try:
        for i in range(3):
            with db.write() as s:
                s.add(Person(first_name=f"P{i}", last_name="Durand"))
            assert SyncEngine(db, share).round().ok
        assert not identity.foreign_history(db, own_segments(share, db))
    finally:
        db.close()
