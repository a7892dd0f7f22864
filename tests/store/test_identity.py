"""A copied database or a cloned kiosk becomes a new device; nothing is lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

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


def test_two_processes_opening_a_moved_database_at_once_leave_once(tmp_path):
    """The application and a scheduled `citizenspace sync` opening a database just copied to
    another machine, at the same moment, in two real processes: one identity change, not two
    (each would otherwise read the old fingerprint and leave)."""
    path = tmp_path / "desk.db"
    db, _ = open_database(path)
    identity.check_machine(db, "old-pc")
    before = db.local_state()
    db.close()
    script = (
        "import sys, time\n"
        "from citizenspace.store import identity\n"
        "from citizenspace.store.migrate import open_database\n"
        "db, _ = open_database(sys.argv[1])\n"
        "while time.time() < float(sys.argv[2]): pass\n"
        "print('left' if identity.check_machine(db, 'new-pc') else 'stayed')\n"
    )
    start = time.time() + 1.5
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    said = sorted(p.communicate(timeout=60)[0].strip() for p in procs)
    assert said == ["left", "stayed"]
    db, _ = open_database(path)
    try:
        with db.read() as s:
            leftovers = s.execute(text("SELECT count(*) FROM sync_leftovers")).scalar()
        assert leftovers == 1 and db.local_state().device_id != before.device_id
    finally:
        db.close()
