"""A new device starts from a snapshot; compaction removes only what everyone applied."""

from __future__ import annotations

from sqlalchemy import update

from citizenspace.store.database import Database
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share
from citizenspace.sync.snapshots import bootstrap, compact, publish_snapshot


def test_a_new_device_starts_from_a_snapshot_and_then_follows(tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    share = open_share(root)
    a, _ = open_database(tmp_path / "a.db")
    b, _ = open_database(tmp_path / "b.db")
    try:
        with a.write() as s:
            s.add_all(Person(id=f"p{i}", first_name=f"P{i}", last_name="Dupont") for i in range(20))
        for db in (a, b, a):
            assert SyncEngine(db, root).round().ok
        ref = publish_snapshot(a, share)
        with a.write() as s:  # a change made after the snapshot
            s.execute(update(Person).where(Person.id == "p3").values(notes="après"))
        assert SyncEngine(a, root).round().ok

        target = tmp_path / "c.db"
        assert bootstrap(share, target) == ref
        c, _ = open_database(target)
        try:
            assert c.local_state().device_id != a.local_state().device_id
            assert SyncEngine(c, root).round().ok
            assert SyncEngine(b, root).round().ok
            assert list(merge.dump(c)) == list(merge.dump(a)) == list(merge.dump(b))
            with c.read() as s:
                assert s.get(Person, "p3").notes == "après"
        finally:
            c.close()
    finally:
        a.close()
        b.close()


def test_compaction_keeps_what_a_device_has_not_acknowledged(tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    share = open_share(root)
    a, _ = open_database(tmp_path / "a.db")
    b, _ = open_database(tmp_path / "b.db")
    try:
        with a.write() as s:
            s.add(Person(id="p1", first_name="Léa", last_name="Depaepe"))
        assert SyncEngine(a, root).round().ok
        assert SyncEngine(b, root).round().ok  # b applies and acknowledges
        publish_snapshot(a, share)
        with a.write() as s:
            s.add(Person(id="p2", first_name="René", last_name="Mattei"))
        assert SyncEngine(a, root).round().ok  # b has not seen this one
        before = len(share.list_segments())
        result = compact(share)
        assert result.deleted == before - 1 and result.kept == 1
        assert SyncEngine(b, root).round().ok  # b still finds what it had not applied
        with b.read() as s:
            assert s.get(Person, "p2") is not None
    finally:
        a.close()
        b.close()


def test_no_snapshot_means_no_compaction(tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    share = open_share(root)
    a: Database
    a, _ = open_database(tmp_path / "a.db")
    try:
        with a.write() as s:
            s.add(Person(first_name="Julie", last_name="Moreau"))
        assert SyncEngine(a, root).round().ok
        assert compact(share).deleted == 0
        assert bootstrap(share, tmp_path / "c.db") is None
    finally:
        a.close()
