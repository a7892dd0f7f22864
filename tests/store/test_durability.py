"""Nothing confirmed is lost when the process is killed: every change the writer reported
as committed is in the database afterwards, with its outbox entry, and nothing half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sqlalchemy import text

from citizenspace.store.migrate import open_database

WRITER = r"""
import sys
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
db, _ = open_database(sys.argv[1])
i = 0
while True:
    with db.write() as s:
        p = Person(first_name=f"P{i}", last_name="Durable")
        s.add(p)
        s.flush()
        pid = p.id
    print(pid, flush=True)   # reported only once the commit has returned
    i += 1
"""


def test_committed_changes_survive_a_kill(tmp_path):
    path = tmp_path / "office.db"
    db, _ = open_database(path)
    db.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    confirmed: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while len(confirmed) < 150 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            confirmed.append(line.strip())
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(confirmed) >= 150

    db, _ = open_database(path)
    try:
        with db.read() as s:
            ids = {r[0] for r in s.execute(text("SELECT id FROM people"))}
            logged = {r[0] for r in s.execute(text("SELECT row_id FROM change_log"))}
            check = s.execute(text("PRAGMA integrity_check")).scalar()
        assert set(confirmed) <= ids
        assert ids == logged  # every row has its outbox entry, and no entry lacks its row
        assert check == "ok"
    finally:
        db.close()
