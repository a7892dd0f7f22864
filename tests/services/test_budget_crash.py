"""A kiosk killed at any moment (power cut, crash) never leaves a used code without its
ballot, nor a ballot without its used code."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from citizenspace.store.health import inspect
from citizenspace.store.migrate import open_database
from tests.budget_fixtures import TODAY, open_vote

SCRIPT = Path(__file__).with_name("vote_forever.py")


def test_killing_the_kiosk_mid_vote_keeps_codes_and_ballots_paired(tmp_path):
    db, _ = open_database(tmp_path / "kiosk.db")
    vote = open_vote(db, n_codes=400)
    db.close()
    codes_file = tmp_path / "codes.json"
    codes_file.write_text(json.dumps(vote.codes))
    rng = random.Random(20270412)
    kills = 0
    for _ in range(12):
        child = subprocess.Popen(
            [
                sys.executable,
                str(SCRIPT),
                str(tmp_path / "kiosk.db"),
                str(codes_file),
                TODAY.isoformat(),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # Let it vote for a random while, then pull the plug (no clean-up runs at SIGKILL).
        time.sleep(rng.uniform(0.02, 0.4))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
        child.stdout.close()
    assert kills >= 8
    con = sqlite3.connect(tmp_path / "kiosk.db")
    used = con.execute("SELECT count(*) FROM used_codes").fetchone()[0]
    ballots = con.execute("SELECT count(*) FROM ballots").fetchone()[0]
    outbox = con.execute("SELECT table_name, count(*) FROM secret_outbox GROUP BY 1").fetchall()
    con.close()
    inspect(tmp_path / "kiosk.db", full=True)  # raises if the file is damaged
    assert used > 0, "the kiosk never got to vote: nothing was tested"
    assert used == ballots
    assert dict(outbox) == {"ballots": ballots, "used_codes": used}
