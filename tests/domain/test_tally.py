"""The count of a participatory budget: the known figures of real elections, the fixed tie
order, the reasons given, and properties that hold for any election."""

from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizenspace.domain.budget import pabulib
from citizenspace.domain.budget.tally import (
    POINT_METHODS,
    Election,
    ElectionError,
    Phase,
    Project,
    Reason,
    Utility,
    VotingMethod,
    counts,
    default_utility,
    draw_key,
    equal_shares,
    greedy,
    ranking,
    tie_order,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "pabulib"
CENTRAL_FALLS = "US_Stanford_Dataset_2022_Central_Falls_High_School_Participatory_Budgeting_Vote_vote_approvals.pb"


def load(name: str) -> Election:
    return pabulib.parse_bytes((DATA / name).read_bytes()).election


# -- the known figures (acceptance of issue 4) --------------------------------------------------


def test_central_falls_greedy_spends_8700_of_10000():
    result = greedy(load(CENTRAL_FALLS))
    assert (result.budget, result.total_cost, result.money_left) == (10_000, 8_700, 1_300)
    assert result.funded == ("2699", "2700")
    # The second most voted (178 votes, 8,300) no longer fitted in the 3,300 left.
    second = result.outcome("2698")
    assert second.reason is Reason.NOT_FUNDED_MONEY_LEFT_TOO_LITTLE
    assert second.money_left_before == 3_300


def test_central_falls_equal_shares_without_completion_spends_5500():
    result = equal_shares(load(CENTRAL_FALLS), completion=False)
    assert result.utility is Utility.COST
    assert result.total_cost == 5_500
    assert result.funded == ("2649", "2700")
    assert result.share_per_voter == Fraction(10_000, 356)
    assert all(o.phase in (Phase.EQUAL_SHARES, None) for o in result.projects)
    top = result.outcome("2699")  # most votes, yet its supporters' shares were too little
    assert top.reason is Reason.NOT_FUNDED_SUPPORTERS_SHARE_RAN_OUT
    assert top.supporters_money is not None and top.supporters_money < top.cost
    assert top.money_left_before is None  # no completion: no second turn


def test_central_falls_equal_shares_with_add_one_completion_spends_8700():
    result = equal_shares(load(CENTRAL_FALLS), completion=True)
    assert result.total_cost == 8_700
    assert result.funded == ("2699", "2700")
    # Eight one-dollar steps: 10,000 / 356 + 8 per voter is the last share within budget.
    assert result.units_added == 8
    assert result.share_per_voter == Fraction(10_000, 356) + 8
    first = result.outcome("2699")
    assert (first.phase, first.selected) == (Phase.EQUAL_SHARES, 1)
    assert first.price_per_point == Fraction(6_700, 189)  # its 189 supporters paid alike
    assert (first.reason, first.votes, first.cost) == (Reason.FUNDED, 189, 6_700)


def test_equal_shares_with_approval_utilities_gives_other_figures():
    """Why cost utilities are the default: approval utilities do not give the known figures
    (pabutools with Cardinality_Sat gives these same ones)."""
    election = load(CENTRAL_FALLS)
    assert equal_shares(election, False, utility=Utility.POINTS).total_cost == 2_000
    assert equal_shares(election, True, utility=Utility.POINTS).total_cost == 8_500


@pytest.mark.parametrize(
    ("name", "greedy_cost", "mes_cost", "mes_phase_cost", "completed_cost"),
    [
        # Every figure is pabutools 1.2.3's too: `tools/crosscheck_pabutools.py` counts
        # these files with both and names any difference (pabutools cannot be a test
        # dependency: it requires a proprietary solver it does not use for these rules).
        ("France_Toulouse_2019.pb", 1_000_000, 312_000, 858_000, 997_000),
        ("Netherlands_Amsterdam_643.pb", 5_000, 0, 2_000, 4_000),
        (
            "US_Stanford_Dataset_2021-22_Cal_High_Library_PB_vote_knapsacks.pb",
            1_300,
            860,
            860,
            1_210,
        ),
        (
            "US_Stanford_Dataset_PB_Chicago_47th_Ward_2022_Youth_vote_approvals.pb",
            180_000,
            70_000,
            180_000,
            180_000,
        ),
        (
            "US_Stanford_Dataset_PB_Chicago_47th_Ward_2022_Youth_vote_knapsacks.pb",
            170_000,
            70_000,
            170_000,
            170_000,
        ),
    ],
)
def test_other_shared_elections(name, greedy_cost, mes_cost, mes_phase_cost, completed_cost):
    election = load(name)
    assert greedy(election).total_cost == greedy_cost
    assert equal_shares(election, completion=False).total_cost == mes_cost
    completed = equal_shares(election, completion=True)
    by_mes = sum(o.cost for o in completed.projects if o.phase is Phase.EQUAL_SHARES)
    assert (by_mes, completed.total_cost) == (mes_phase_cost, completed_cost)


def test_toulouse_counts_points_and_keeps_737_steps():
    result = equal_shares(load("France_Toulouse_2019.pb"))
    assert result.utility is Utility.POINTS
    assert result.units_added == 737
    assert result.funded[:4] == ("10", "20", "30", "1")


# -- tie order and reasons ------------------------------------------------------------------------


def test_ties_go_to_the_lower_cost_then_more_votes_then_the_draw():
    projects = (Project("a", 30), Project("b", 20), Project("c", 20), Project("d", 20))
    # Points: a, b, c and d all get 4; c and d from 2 voters each, b from 4.
    ballots = (
        {"a": 2, "b": 1, "c": 2},
        {"a": 2, "b": 1, "d": 2},
        {"b": 1, "c": 2},
        {"b": 1, "d": 2},
    )
    election = Election(45, projects, ballots, VotingMethod.CUMULATIVE, draw_seed="tirage-2026")
    order = tie_order(election)
    assert order[0] == "b"  # cheapest with the most votes
    c_first = draw_key("tirage-2026", "c") < draw_key("tirage-2026", "d")
    assert order[1:3] == (("c", "d") if c_first else ("d", "c"))
    assert order[3] == "a"
    assert ranking(election) == order  # equal points: the tie order decides
    assert greedy(election).funded == order[:2]


def test_the_draw_is_sha256_of_seed_colon_id():
    # As anyone can check: printf '%s' 's:p1' | sha256sum
    assert draw_key("s", "p1") == "c57195a13a917b63ef3a4e60a67ed5ff5e2311d807eee1df4e577c509a5110f6"


def test_the_seed_decides_the_last_ties():
    projects = tuple(Project(f"p{i}", 10) for i in range(6))
    ballots = tuple(frozenset({f"p{i}"}) for i in range(6))
    orders = {tie_order(Election(30, projects, ballots, draw_seed=s)) for s in ("a", "b", "c")}
    assert len(orders) > 1


def test_projects_without_votes_are_never_funded():
    election = Election(100, (Project("liked", 10), Project("ignored", 5)), ({"liked"},))
    for result in (greedy(election), equal_shares(election), equal_shares(election, False)):
        assert result.funded == ("liked",)
        assert result.outcome("ignored").reason is Reason.NO_VOTES


def test_a_free_project_with_votes_is_funded():
    election = Election(0, (Project("free", 0), Project("dear", 5)), ({"free", "dear"},))
    assert greedy(election).funded == ("free",)
    assert equal_shares(election, False).funded == ("free",)


def test_no_ballots_fund_nothing():
    election = Election(100, (Project("a", 10),), ())
    assert equal_shares(election).funded == () and greedy(election).funded == ()


def test_completion_funds_what_fits_with_the_money_left_over():
    election = load(CENTRAL_FALLS)
    # A thinner budget: Equal Shares alone leaves money that a cheaper project can use.
    smaller = Election(7_000, election.projects, election.ballots)
    result = equal_shares(smaller)
    completion = [o for o in result.projects if o.phase is Phase.COMPLETION]
    for o in completion:
        assert o.money_left_before is not None and o.cost <= o.money_left_before
        assert o.reason is Reason.FUNDED


def test_points_are_counted_apart_from_votes_when_ballots_have_points():
    result = greedy(load("France_Toulouse_2019.pb"))
    four = result.outcome("4")
    assert (four.votes, four.score, four.cost, four.money_left_before) == (
        471,
        1_090,
        390_000,
        1_000_000,
    )


def test_the_election_refuses_what_cannot_be_counted():
    with pytest.raises(ElectionError) as e:
        Election(10, (Project("a", 1), Project("a", 2)), ())
    assert e.value.code == "duplicate_project"
    with pytest.raises(ElectionError) as e:
        Election(10, (Project("a", -1),), ())
    assert e.value.code == "bad_cost"
    with pytest.raises(ElectionError) as e:
        Election(10, (Project("a", 1),), ({"b"},))
    assert e.value.code == "unknown_project"
    with pytest.raises(ElectionError) as e:
        Election(10, (Project("a", 1),), ({"a": 2},))
    assert e.value.code == "bad_points"  # approval ballots tick, they do not give points
    with pytest.raises(ElectionError) as e:
        Election(10, (Project("a", 1), Project("b", 1)), ({"a", "b"},), VotingMethod.CHOOSE_ONE)
    assert e.value.code == "too_many_choices"
    with pytest.raises(ValueError):
        equal_shares(Election(10, (Project("a", 1),), ()), increment=0)


def test_completion_can_spend_less_than_equal_shares_alone_with_point_ballots_and_cost_utilities():
    """Found by a random search and kept as a warning: the add-one completion (as in
    pabutools and equalshares.net) keeps the last outcome within budget, which can cost less
    than the outcome it started from. With cumulative ballots and cost utilities (not our
    default for points) this happens; with the defaults no case is known."""
    projects = (Project("p0", 20), Project("p1", 106), Project("p2", 83))
    ballots = (
        {"p1": 2, "p0": 4},
        {"p1": 1, "p0": 1, "p2": 1},
        {},
        {"p1": 3},
        {"p1": 4, "p2": 3, "p0": 2},
        {},
        {"p2": 4},
        {"p2": 4, "p1": 2},
    )
    election = Election(185, projects, ballots, VotingMethod.CUMULATIVE)
    assert equal_shares(election, False, utility=Utility.COST).total_cost == 106
    assert equal_shares(election, True, utility=Utility.COST).total_cost == 103
    assert reference_equal_shares(election, True, Utility.COST, 1)[0] == ("p2", "p0")


# -- a plain reference: one exact run per share, every step of the add-one scan ---------------


def reference_run(election: Election, share: Fraction, utility: Utility) -> list[str]:
    votes, _ = counts(election)
    tie = {pid: i for i, pid in enumerate(tie_order(election, votes))}
    cost = {p.id: p.cost for p in election.projects}
    ballots = [{pid: pts for pid, pts in b if pts > 0} for b in election.ballots]
    money_left = [share] * len(ballots)

    def util(i: int, pid: str) -> int:
        return ballots[i][pid] * (cost[pid] if utility is Utility.COST else 1)

    remaining = {pid for pid in cost if votes[pid] > 0 and cost[pid] > 0}
    chosen = [pid for pid in sorted(cost, key=tie.get) if votes[pid] > 0 and cost[pid] == 0]
    while True:
        best = None
        for pid in sorted(remaining, key=tie.get):
            supporters = [i for i, b in enumerate(ballots) if pid in b]
            if sum(money_left[i] for i in supporters) < cost[pid]:
                continue
            supporters.sort(key=lambda i, pid=pid: money_left[i] / util(i, pid))
            paid, weight = Fraction(0), sum(util(i, pid) for i in supporters)
            for i in supporters:
                rho = (cost[pid] - paid) / weight
                if rho * util(i, pid) <= money_left[i]:
                    break
                paid += money_left[i]
                weight -= util(i, pid)
            if best is None or rho < best[0]:
                best = (rho, pid)
        if best is None:
            return chosen
        rho, pid = best
        chosen.append(pid)
        remaining.discard(pid)
        for i, b in enumerate(ballots):
            if pid in b:
                money_left[i] -= min(money_left[i], rho * util(i, pid))


def reference_equal_shares(
    election: Election, completion: bool, utility: Utility, increment: int
) -> tuple[tuple[str, ...], int]:
    n, budget = len(election.ballots), election.budget
    cost = {p.id: p.cost for p in election.projects}
    votes, _ = counts(election)
    chosen, steps = [], 0
    if n:
        chosen = reference_run(election, Fraction(budget, n), utility)
        while completion:
            left = budget - sum(cost[p] for p in chosen)
            if not any(votes[p] and p not in chosen and cost[p] <= left for p in cost):
                break
            trial = reference_run(election, Fraction(budget, n) + (steps + 1) * increment, utility)
            if sum(cost[p] for p in trial) > budget:
                break
            steps, chosen = steps + 1, trial
    funded = list(chosen)
    if completion:
        left = budget - sum(cost[p] for p in funded)
        for pid in ranking(election):
            if votes[pid] and pid not in funded and cost[pid] <= left:
                funded.append(pid)
                left -= cost[pid]
    return tuple(funded), steps


# -- properties of any election ---------------------------------------------------------------


@st.composite
def elections(draw, methods=tuple(VotingMethod), max_voters: int = 14) -> Election:
    method = draw(st.sampled_from(methods))
    count = draw(st.integers(1, 6))
    ids = [f"p{i}" for i in range(count)]
    costs = draw(st.lists(st.integers(0, 60), min_size=count, max_size=count))
    points = st.integers(1, 3) if method in POINT_METHODS else st.just(1)
    most = 1 if method is VotingMethod.CHOOSE_ONE else count
    ballots = draw(
        st.lists(st.dictionaries(st.sampled_from(ids), points, max_size=most), max_size=max_voters)
    )
    return Election(
        budget=draw(st.integers(0, 120)),
        projects=tuple(Project(pid, c) for pid, c in zip(ids, costs, strict=True)),
        ballots=tuple(ballots),
        method=method,
        draw_seed=draw(st.text(max_size=4)),
    )


RULES = {
    "greedy": greedy,
    "mes": lambda e: equal_shares(e, completion=False),
    "mes+completion": lambda e: equal_shares(e, completion=True),
    "mes+completion, approval utilities": lambda e: equal_shares(e, utility=Utility.POINTS),
    "mes+completion, cost utilities": lambda e: equal_shares(e, utility=Utility.COST),
}


@settings(max_examples=150, deadline=None)
@given(election=elections())
def test_no_outcome_exceeds_the_budget(election):
    for rule in RULES.values():
        result = rule(election)
        cost = {p.id: p.cost for p in election.projects}
        assert result.total_cost == sum(cost[p] for p in result.funded) <= election.budget
        assert result.money_left == election.budget - result.total_cost >= 0
        assert len(set(result.funded)) == len(result.funded)


@settings(max_examples=150, deadline=None)
@given(election=elections())
def test_greedy_and_completion_leave_no_affordable_project_unfunded(election):
    for name in ("greedy", "mes+completion"):
        result = RULES[name](election)
        for o in result.projects:
            if o.reason is not Reason.FUNDED and o.votes > 0:
                assert o.cost > result.money_left, name
                assert o.money_left_before is not None and o.cost > o.money_left_before


@settings(max_examples=100, deadline=None)
@given(election=elections(), rnd=st.randoms(use_true_random=False))
def test_results_do_not_depend_on_the_order_of_ballots_or_projects(election, rnd):
    projects = list(election.projects)
    rnd.shuffle(projects)
    ballots = []
    for ballot in election.ballots:
        pairs = list(ballot)
        rnd.shuffle(pairs)
        ballots.append(tuple(pairs))
    rnd.shuffle(ballots)
    shuffled = Election(
        election.budget, tuple(projects), tuple(ballots), election.method, election.draw_seed
    )
    for rule in RULES.values():
        assert rule(shuffled) == rule(election)
        assert rule(election) == rule(election)  # and the same twice


@settings(max_examples=150, deadline=None)
@given(election=elections(), utility=st.sampled_from(Utility), increment=st.sampled_from([1, 2, 5]))
def test_equal_shares_is_the_plain_step_by_step_method(election, utility, increment):
    """The jumps over shares that cannot change the outcome give exactly what running the
    method at every share would give."""
    for completion in (False, True):
        result = equal_shares(election, completion, utility=utility, increment=increment)
        funded, steps = reference_equal_shares(election, completion, utility, increment)
        assert result.funded == funded
        assert result.units_added == steps


def test_equal_shares_is_the_plain_method_on_larger_random_elections():
    rng = random.Random(2026)
    for _ in range(40):
        count = rng.randint(2, 7)
        projects = tuple(Project(f"p{i}", rng.randint(1, 300)) for i in range(count))
        ids = [p.id for p in projects]
        method = rng.choice([VotingMethod.APPROVAL, VotingMethod.CUMULATIVE])
        ballots = tuple(
            {
                pid: (rng.randint(1, 3) if method in POINT_METHODS else 1)
                for pid in rng.sample(ids, rng.randint(0, count))
            }
            for _ in range(rng.randint(20, 60))
        )
        election = Election(rng.randint(50, 600), projects, ballots, method)
        utility = default_utility(method)
        assert (equal_shares(election).funded, equal_shares(election).units_added) == (
            reference_equal_shares(election, True, utility, 1)
        )


# Not a theorem (see the cumulative, cost-utilities case above): checked with the default
# utilities on a fixed set of examples, so that a run never fails by chance.
@settings(max_examples=300, deadline=None, derandomize=True)
@given(election=elections())
def test_completion_spends_at_least_as_much_as_equal_shares_alone(election):
    assert equal_shares(election, True).total_cost >= equal_shares(election, False).total_cost
