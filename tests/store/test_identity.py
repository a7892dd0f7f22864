"""A copied database or a cloned kiosk becomes a new device; nothing is lost."""

from __future__ import annotations

import shutil

from sqlalchemy import text

from citizenspace.store import identity
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person


def test_the_same_machine_keeps_its_identity(db):
    assert identity.check_machine(db, "machine-a") is None
    state = db.local_state()
    assert identity.check_machine(db, "machine-a") is None
    assert (db.local_state().device_id, db.local_state().epoch) == (state.device_id, state.epoch)


def test_a_database_copied_to_another_machine_becomes_a_new_device(tmp_path):
    path = tmp_path / "kiosk.db"
    db, _ = open_database(path)
    identity.check_machine(db, "kiosk-image")
    with db.write() as s:
        s.add(Person(first_name="Léa", last_name="Depaepe"))
    before = db.local_state()
    db.close()
    clone = tmp_path / "clone.db"
    shutil.copy(path, clone)
    db2, _ = open_database(clone)
    try:
        change = identity.check_machine(db2, "second-kiosk")
        assert change is not None and change.reason == "another machine"
        after = db2.local_state()
        assert after.device_id != before.device_id and after.epoch != before.epoch
        with db2.read() as s:  # what was not published yet will be, under the new identity
            assert (
                s.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar() == 1
            )
        assert identity.check_machine(db2, "second-kiosk") is None
    finally:
        db2.close()
