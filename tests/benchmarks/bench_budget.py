"""Benchmarks for the children's budget (issue 4), printed, never asserted.

    python tests/benchmarks/bench_budget.py vote     # "confirm" to durable commit, per vote

- vote: a kiosk vote from the child's "Yes, I vote!" to the commit on disk (WAL, synchronous
  FULL: the vote survives a power cut once the call returns), on a database that already
  holds 5,000 ballots; median and 95th percentile of 300 votes, five runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.services.budget import BudgetService  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from tests.budget_fixtures import TODAY, open_vote  # noqa: E402

RUNS = 5


def bench_vote() -> None:
    print("A kiosk vote, confirm to durable commit (target <= 20 ms):")
    medians, p95s = [], []
    for r in range(RUNS):
        with tempfile.TemporaryDirectory() as t:
            db, _ = open_database(Path(t) / "kiosk.db")
            vote = open_vote(db, n_codes=5_300)
            service = BudgetService(db, today=lambda: TODAY)
            for code in vote.codes[:5_000]:  # a well-used kiosk
                service.cast_with_code(vote.edition_id, code, ["p1", "p2"])
            times = []
            for code in vote.codes[5_000:]:
                start = time.perf_counter()
                service.cast_with_code(vote.edition_id, code, ["p2"])
                times.append((time.perf_counter() - start) * 1000)
            db.close()
        times.sort()
        medians.append(statistics.median(times))
        p95s.append(times[int(len(times) * 0.95)])
        print(f"  run {r + 1}: median {medians[-1]:.2f} ms, p95 {p95s[-1]:.2f} ms", flush=True)
    print(
        f"  median of runs: {statistics.median(medians):.2f} ms "
        f"(p95 {statistics.median(p95s):.2f} ms)"
    )


if __name__ == "__main__":
    wanted = sys.argv[1:] or ["vote"]
    for name in wanted:
        {"vote": bench_vote}[name]()
