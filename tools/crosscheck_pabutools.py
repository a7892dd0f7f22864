"""Count pabulib elections with our rules and with pabutools, and say where they differ.

    python -m venv /tmp/pabuenv
    /tmp/pabuenv/bin/pip install --no-deps pabutools==1.2.3
    /tmp/pabuenv/bin/pip install numpy gmpy2 preflibtools natsort pulp
    PYTHONPATH=. /tmp/pabuenv/bin/python tools/crosscheck_pabutools.py [FILE.pb ...]

Without files, the elections whose figures `tests/domain/test_tally.py` holds. For each: the
total cost chosen by greedy, by Equal Shares alone and by Equal Shares completed by raising
the voters' budget one unit at a time (the "add one" part alone, then with what is left
given by votes), and the projects chosen, ours against pabutools'
(Cost_Sat for approval votes, as our default; Additive_Cardinal_Sat for points). Exits 1 if
anything differs.

Why a tool and not a test: pabutools (GPL-3.0-or-later) declares a dependency on gurobipy,
a proprietary solver it does not need for these rules, so it cannot be one of the project's
dependencies; only our own domain code (pure Python) is needed beside it here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from citizenspace.domain.budget import pabulib
from citizenspace.domain.budget.tally import equal_shares, greedy

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "pabulib"
#: The elections tests/domain/test_tally.py gives figures for.
KNOWN = (
    "US_Stanford_Dataset_2022_Central_Falls_High_School_Participatory_Budgeting_Vote_vote_approvals.pb",
    "France_Toulouse_2019.pb",
    "Netherlands_Amsterdam_643.pb",
    "US_Stanford_Dataset_2021-22_Cal_High_Library_PB_vote_knapsacks.pb",
    "US_Stanford_Dataset_PB_Chicago_47th_Ward_2022_Youth_vote_approvals.pb",
    "US_Stanford_Dataset_PB_Chicago_47th_Ward_2022_Youth_vote_knapsacks.pb",
)


def theirs(path: Path) -> dict[str, tuple[int, set[str]]]:
    from pabutools.election import (
        Additive_Cardinal_Sat,
        AdditiveSatisfaction,
        Cost_Sat,
        parse_pabulib,
    )
    from pabutools.rules import (
        completion_by_rule_combination,
        greedy_utilitarian_welfare,
        method_of_equal_shares,
    )

    class PointsTimesCost(AdditiveSatisfaction):
        """Points times cost: pabutools' greedy, which ranks by satisfaction per unit of
        cost, then ranks by points, as ours does (Cost_Sat is the same for approvals)."""

        def __init__(self, instance, profile, ballot) -> None:  # noqa: ANN001
            super().__init__(
                instance,
                profile,
                ballot,
                lambda _i, _p, b, project, _c: b.get(project, 0) * project.cost,
            )

    instance, profile = parse_pabulib(str(path))
    points = instance.meta.get("vote_type", "approval") in ("cumulative", "scoring")
    sat = Additive_Cardinal_Sat if points else Cost_Sat
    by_votes = PointsTimesCost if points else Cost_Sat

    def cost(chosen) -> tuple[int, set[str]]:  # noqa: ANN001 - pabutools' BudgetAllocation
        return int(sum(p.cost for p in chosen)), {p.name for p in chosen}

    mes = {"sat_class": sat, "voter_budget_increment": 1}
    return {
        "greedy": cost(greedy_utilitarian_welfare(instance, profile, sat_class=by_votes)),
        "equal shares": cost(method_of_equal_shares(instance, profile, sat_class=sat)),
        # The "add one" completion; then what money is left goes by votes, as ours does.
        "add one": cost(method_of_equal_shares(instance, profile, **mes)),
        "completed": cost(
            completion_by_rule_combination(
                instance,
                profile,
                [method_of_equal_shares, greedy_utilitarian_welfare],
                [mes, {"sat_class": by_votes}],
            )
        ),
    }


def ours(path: Path) -> dict[str, tuple[int, set[str]]]:
    from citizenspace.domain.budget.tally import Phase

    election = pabulib.parse_bytes(path.read_bytes()).election

    def cost(result) -> tuple[int, set[str]]:  # noqa: ANN001 - a TallyResult
        return int(result.total_cost), set(result.funded)

    completed = equal_shares(election, completion=True)
    add_one = {o.project_id for o in completed.projects if o.phase is Phase.EQUAL_SHARES}
    return {
        "greedy": cost(greedy(election)),
        "equal shares": cost(equal_shares(election, completion=False)),
        "add one": (sum(election.project(p).cost for p in add_one), add_one),
        "completed": cost(completed),
    }


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [DATA / name for name in KNOWN]
    differ = 0
    for path in files:
        a, b = ours(path), theirs(path)
        for rule in a:
            same = a[rule] == b[rule]
            differ += not same
            print(
                f"{'same' if same else 'DIFFERS':7} {rule:13} ours {a[rule][0]:>12,} "
                f"pabutools {b[rule][0]:>12,}  {path.name}"
            )
            if not same:
                print(f"        only ours: {sorted(a[rule][1] - b[rule][1])}")
                print(f"        only pabutools: {sorted(b[rule][1] - a[rule][1])}")
    print(f"{differ} difference(s) in {len(files)} election(s)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
