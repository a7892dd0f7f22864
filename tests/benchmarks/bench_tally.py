"""Benchmarks for the tally (issue 4), median of 5, printed, never asserted.

    python tests/benchmarks/bench_tally.py

On `France_Toulouse_2019.pb` (1,494 voters, 30 projects, cumulative ballots; target: at most
1 s each): greedy, and the Method of Equal Shares with the add-one completion (737 steps of
one euro per voter, points as utilities, the default for cumulative ballots). For
information: reading the file, Equal Shares without completion, and Equal Shares with cost
utilities (556 steps). Each count starts from the parsed election: nothing is cached
between runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.budget import pabulib  # noqa: E402
from citizenspace.domain.budget.tally import Utility, equal_shares, greedy  # noqa: E402
from tests.benchmarks._common import measure  # noqa: E402

TOULOUSE = Path(__file__).resolve().parents[1] / "data" / "pabulib" / "France_Toulouse_2019.pb"


def timed(count: Callable[[], object]) -> Callable[[], None]:
    """A callable for `measure`, which times calls that return None."""

    def run() -> None:
        count()

    return run


def main() -> int:
    raw = TOULOUSE.read_bytes()
    election = pabulib.parse_bytes(raw).election
    print(f"{TOULOUSE.name}: {len(election.ballots)} voters, {len(election.projects)} projects")
    measure("parse the file", timed(lambda: pabulib.parse_bytes(raw)))
    measure("greedy (target <= 1 s)", timed(lambda: greedy(election)))
    measure("equal shares with completion (target <= 1 s)", timed(lambda: equal_shares(election)))
    measure("equal shares without completion", timed(lambda: equal_shares(election, False)))
    measure(
        "equal shares with completion, cost utilities",
        timed(lambda: equal_shares(election, utility=Utility.COST)),
    )
    result = equal_shares(election)
    print(
        f"  (equal shares with completion: {result.total_cost:,} of {result.budget:,} spent, "
        f"{result.units_added} units added per voter)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
