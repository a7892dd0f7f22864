"""Benchmarks for the children's budget, printed, never asserted.

    python tests/benchmarks/bench_budget.py vote     # "Yes, I vote!" to durable commit

- vote: a kiosk vote from the child's "Yes, I vote!" to the commit on disk (the ballot box, a
  rollback journal with synchronous FULL: the vote survives a power cut once the call
  returns). The code was checked when the child typed it (scrypt, a few milliseconds, not
  timed here: the child is choosing projects meanwhile). Two kiosks: one whose 5,000 earlier
  votes went to its database (it syncs), one that never synced and holds them all in its box.
  Median and 95th percentile of 300 votes, five runs each.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.services.budget.budget import BudgetService  # noqa: E402
from citizenspace.store.ballot.ballot_box import BallotBox  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from tests.budget_fixtures import TODAY, open_vote  # noqa: E402

RUNS = 5
EARLIER = 5_000
TIMED = 300


def _earlier_votes(n: int) -> list[tuple[dict, dict]]:
    votes = []
    for i in range(n):
        used = {
            "id": str(uuid.uuid4()),
            "edition_id": "ed1",
            "code_hash": f"{i:032x}",
            "used_on": TODAY.isoformat(),
            "batch_id": "b1",
            "device_id": None,
        }
        ballot = {
            "id": str(uuid.uuid4()),
            "edition_id": "ed1",
            "channel": "kiosk",
            "site_id": None,
            "cast_on": TODAY.isoformat(),
            "choices": json.dumps(["p1", "p2"]),
        }
        votes.append((ballot, used))
    return votes


def _base(folder: Path, where: str) -> tuple[Path, list[str]]:
    path = folder / f"kiosk-{where}.db"
    db, _ = open_database(path)
    vote = open_vote(db, n_codes=TIMED)
    box = BallotBox.for_database(path)
    for ballot, used in _earlier_votes(EARLIER):
        box.cast(ballot, used)
    if where == "database":  # the vote is over for them: they left in batches
        held = box.held()
        from citizenspace.store.ballot.ballot_settle import settle

        moved = settle(db, today=TODAY.replace(year=TODAY.year + 1))
        assert moved.moved == len(held.ballots)
    db.close()
    return path, vote.codes


def bench_vote() -> None:
    print("A kiosk vote, 'Yes, I vote!' to durable commit (target <= 20 ms):")
    with tempfile.TemporaryDirectory() as base_dir:
        for where in ("database", "box"):
            base, codes = _base(Path(base_dir), where)
            medians, p95s = [], []
            for r in range(RUNS):
                with tempfile.TemporaryDirectory() as t:
                    for f in base.parent.glob(base.name + "*"):
                        shutil.copyfile(f, Path(t) / f.name)
                    db, _ = open_database(Path(t) / base.name)
                    service = BudgetService(db, today=lambda: TODAY)
                    times = []
                    for code in codes:
                        service.check_code("ed1", code)  # when the child typed it
                        start = time.perf_counter()
                        service.cast_with_code("ed1", code, ["p2"])
                        times.append((time.perf_counter() - start) * 1000)
                    db.close()
                times.sort()
                medians.append(statistics.median(times))
                p95s.append(times[int(len(times) * 0.95)])
                print(
                    f"  {where} holds {EARLIER:,} earlier votes, run {r + 1}: "
                    f"median {medians[-1]:.2f} ms, p95 {p95s[-1]:.2f} ms",
                    flush=True,
                )
            print(
                f"  {where}: median of runs {statistics.median(medians):.2f} ms "
                f"(p95 {statistics.median(p95s):.2f} ms)",
                flush=True,
            )


if __name__ == "__main__":
    wanted = sys.argv[1:] or ["vote"]
    for name in wanted:
        {"vote": bench_vote}[name]()
