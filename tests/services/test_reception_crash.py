"""A desk killed at any moment (a crash: the page cache survives it; for power cuts see
test_power_cut.py) keeps every visit it said was saved, and its database file stays sound."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from citizenspace.store.migrate import open_database
from citizenspace.store.safety.health import inspect
from tests.services.reception_fixtures import make_office

SCRIPT = Path(__file__).with_name("reception_save_forever.py")
ROOT = Path(__file__).resolve().parents[2]


def test_killing_the_desk_mid_save_loses_no_confirmed_visit(tmp_path):
    path = tmp_path / "desk.db"
    db, _ = open_database(path)
    office = make_office(db)
    db.close()
    rng = random.Random(20261120)
    confirmed: list[str] = []
    kills = 0
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(path), office.pavements],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.5))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)  # no clean-up runs
            kills += 1
        child.wait()
        # Everything printed before the kill was printed after its commit.
        confirmed += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
        child.stdout.close()
    assert kills >= 6
    assert len(confirmed) > 10, "the desk never got to save: nothing was tested"
    inspect(path, full=True)  # raises if the file is damaged
    con = sqlite3.connect(path)
    stored = {r[0] for r in con.execute("SELECT id FROM visits")}
    queue = con.execute("SELECT count(*) FROM waiting_visitors").fetchone()[0]
    captured = con.execute(
        "SELECT count(*) FROM change_log WHERE table_name = 'visits'"
    ).fetchone()[0]
    con.close()
    assert set(confirmed) <= stored
    assert len(stored) - len(confirmed) <= kills  # at most one committed but not yet printed
    assert captured == len(stored)  # each visit in the outbox with it
    assert queue <= kills  # an arrival added just before the kill, never a served one
