"""A power cut at any moment keeps every vote and every visit the application said was saved,
and leaves files that open sound: replayed from what a real kiosk and a real desk wrote and
flushed (`tests/powercut.py`), not simulated by a kill, which keeps the page cache.

Each child process runs to its end under strace; the disk is then rebuilt as a power cut
right after each "saved" it printed, and at random moments between, would leave it: only
what was flushed before the cut, removals and renamings only if their folder was flushed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.migrate import open_database
from citizenspace.store.safety.health import inspect
from tests import powercut
from tests.budget_fixtures import TODAY, open_vote
from tests.services.reception_fixtures import make_office

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent

#: strace is on the project's machines and in CI, where its absence fails rather than skips.
pytestmark = pytest.mark.skipif(
    shutil.which("strace") is None and not os.environ.get("CI"), reason="needs strace"
)


def _cuts(recording: powercut.Recording, said: str, between: int) -> list[tuple[int, int]]:
    """(op index, how many times `said` was printed by then): right after each saying, and
    at `between` random moments."""
    marks = [i for i, line in recording.printed_lines() if line == said]
    rng = random.Random(len(recording.ops))
    moments = sorted({*marks, *rng.sample(range(len(recording.ops)), between)})
    return [(cut, sum(1 for m in marks if m <= cut)) for cut in moments]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_a_power_cut_keeps_every_confirmed_vote_paired_with_its_code(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    db, _ = open_database(disk / "kiosk.db")
    vote = open_vote(db, n_codes=18)
    db.close()
    codes = tmp_path / "codes.json"
    codes.write_text(json.dumps(vote.codes))
    recording = powercut.record(
        [sys.executable, str(HERE / "vote_forever.py"), str(disk / "kiosk.db"), str(codes)]
        + [TODAY.isoformat(), "--settle-every", "3", "--checkpoint-every", "4"],
        disk,
    )
    assert [line for _i, line in recording.printed_lines()][-1] == "done"
    cuts = _cuts(recording, "voted", between=25)
    assert sum(1 for _c, n in cuts if n) >= 18  # every vote's moment is tried
    for cut, confirmed in cuts:
        after = tmp_path / "after"
        recording.disk_at(cut, after)
        path = after / "kiosk.db"
        inspect(path, full=True)  # raises if the file is damaged
        box = BallotBox.for_database(path)
        assert box.integrity() == [], cut
        held = box.held()
        con = sqlite3.connect(path)
        used = {r[0] for r in con.execute("SELECT id FROM used_codes")}
        ballots = {r[0] for r in con.execute("SELECT id FROM ballots")}
        con.close()
        used |= {u["id"] for u in held.used_codes}
        ballots |= {b["id"] for b in held.ballots}
        assert len(used) == len(ballots), f"a half vote after a cut at {cut}"
        assert len(used) >= confirmed, f"a confirmed vote lost by a cut at {cut}"
    assert confirmed == 18 and len(used) == 18


def test_a_power_cut_keeps_every_visit_the_desk_said_was_saved(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    db, _ = open_database(disk / "desk.db")
    office = make_office(db)
    db.close()
    recording = powercut.record(
        [sys.executable, str(HERE / "reception_save_forever.py"), str(disk / "desk.db")]
        + [office.pavements, "12"],
        disk,
    )
    printed = recording.printed_lines()
    assert printed[-1][1] == "done"
    saved = [(i, line) for i, line in printed if line not in ("ready", "done")]
    assert len(saved) == 12
    rng = random.Random(len(recording.ops))
    moments = sorted({i for i, _v in saved} | set(rng.sample(range(len(recording.ops)), 25)))
    for cut in moments:
        after = tmp_path / "after"
        recording.disk_at(cut, after)
        path = after / "desk.db"
        inspect(path, full=True)
        con = sqlite3.connect(path)
        stored = {r[0] for r in con.execute("SELECT id FROM visits")}
        captured = con.execute(
            "SELECT count(*) FROM change_log WHERE table_name = 'visits'"
        ).fetchone()[0]
        con.close()
        said = {v for i, v in saved if i <= cut}
        assert said <= stored, f"a saved visit lost by a cut at {cut}"
        assert captured == len(stored)  # each visit in the outbox with it
