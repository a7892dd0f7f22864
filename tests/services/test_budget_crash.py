"""A kiosk killed at any moment (a crash: the page cache survives it; for power cuts see
test_power_cut.py) never leaves a used code without its ballot, nor a ballot without its used
code: in its ballot box, in its database, or half in each while votes move from one to the
other.

The suite kills it a dozen times; `CITIZENSPACE_KILLS=200` makes the long run reported in
the closing notes."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.migrate import open_database
from citizenspace.store.safety.health import inspect
from tests.budget_fixtures import TODAY, open_vote

SCRIPT = Path(__file__).with_name("vote_forever.py")


def test_killing_the_kiosk_mid_vote_keeps_codes_and_ballots_paired(tmp_path):
    kills_wanted = int(os.environ.get("CITIZENSPACE_KILLS", "12"))
    db, _ = open_database(tmp_path / "kiosk.db")
    vote = open_vote(db, n_codes=max(400, 25 * kills_wanted))
    db.close()
    codes_file = tmp_path / "codes.json"
    codes_file.write_text(json.dumps(vote.codes))
    rng = random.Random(20270412)
    kills = 0
    for _ in range(kills_wanted):
        child = subprocess.Popen(
            [
                sys.executable,
                str(SCRIPT),
                str(tmp_path / "kiosk.db"),
                str(codes_file),
                TODAY.isoformat(),
                "--settle-every",
                "2",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # Let it vote a few times, then pull the plug at a random moment (no clean-up runs
        # at SIGKILL): in a vote, in a move from the box to the database, or between.
        for _ in range(rng.randint(2, 8)):
            if child.stdout.readline().strip() != "voted":
                break
        time.sleep(rng.uniform(0.0, 0.03))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
        child.stdout.close()
    assert kills >= kills_wanted * 2 // 3
    con = sqlite3.connect(tmp_path / "kiosk.db")
    used_db = {r[0] for r in con.execute("SELECT id FROM used_codes")}
    ballots_db = {r[0] for r in con.execute("SELECT id FROM ballots")}
    outbox = con.execute("SELECT table_name, count(*) FROM secret_outbox GROUP BY 1").fetchall()
    con.close()
    inspect(tmp_path / "kiosk.db", full=True)  # raises if the file is damaged
    box = BallotBox.for_database(tmp_path / "kiosk.db")
    assert box.integrity() == []
    held = box.held()
    used = used_db | {u["id"] for u in held.used_codes}
    ballots = ballots_db | {b["id"] for b in held.ballots}
    assert len(ballots_db) > 0, f"no vote ever left the box ({len(used)} votes): not tested"
    assert len(used) > 20, "the kiosk hardly got to vote: nothing was tested"
    print(f"{kills} kills, {len(used)} votes, {abs(len(used) - len(ballots))} half-votes")
    assert len(used) == len(ballots)  # 0 half-votes
    assert dict(outbox) == {"ballots": len(ballots_db), "used_codes": len(used_db)}
