"""Counting a participatory budget: which projects the votes fund, and why each one is or is
not funded.

Why it is built this way: the children who vote are told that the count is fair and that
they can check it. So the count is exact (integers and fractions, never floating point),
deterministic (the same votes give the same result whatever order the ballots or the projects
come in), and every project gets a reason in numbers that a sentence can be built from
(`citizenspace.messages.outcome_sentence`).

Two rules:

- `greedy`: projects by votes, most first; each is funded if it still fits in the money
  left, otherwise skipped, and the count goes on down the list, so no project with votes that
  fits in what is left stays unfunded.
- `equal_shares`: the Method of Equal Shares (Peters and Skowron). The budget is split into
  equal shares, one per voter; a project is funded when its supporters can pay for it from
  their shares, the project asking the least of each supporter first. With `completion`,
  the "add one" variant then raises every share by one money unit at a time while the
  outcome stays within the budget, and whatever money is still left goes to the remaining
  projects by votes, as `greedy` would.

Ties are broken by an order fixed before counting (`tie_order`): lowest cost, then most
votes, then a published draw: the SHA-256 of "<seed>:<project id>" in hexadecimal, smallest
first, where the seed is announced (or drawn in public) before the count.

Money is counted in whole units of the election (euros, or cents if the costs are in cents);
see `equal_shares` for what "one unit" means for the add-one completion.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import Any

from citizenspace.domain.budget._mes import MesInput, ParametricMes

#: One ballot: (project id, points) pairs; points are 1 for approval-style ballots.
Ballot = tuple[tuple[str, int], ...]


class VotingMethod(StrEnum):
    #: Tick the projects you like (the edition may cap how many).
    APPROVAL = "approval"
    #: Fill a basket: projects you like whose costs together fit within the budget.
    KNAPSACK = "knapsack"
    #: Tick one project only.
    CHOOSE_ONE = "choose-one"
    #: Share a number of points between projects (Toulouse: 7 points, at most 3 each).
    CUMULATIVE = "cumulative"
    #: Give each project a score (pabulib "scoring"); counted like cumulative points.
    SCORING = "scoring"


#: Methods whose ballots carry points rather than plain ticks.
POINT_METHODS = frozenset({VotingMethod.CUMULATIVE, VotingMethod.SCORING})


class Utility(StrEnum):
    """How much a project is worth to a voter who supports it, for Equal Shares."""

    #: Its cost (times the points given): money spent on what you like. The usual choice
    #: for approval ballots in participatory budgeting, and the one the known figures of
    #: Central Falls (5,500 without completion, 8,700 with) come from.
    COST = "cost"
    #: The points given (1 for an approval): every funded project you like counts the same.
    POINTS = "points"


class Rule(StrEnum):
    GREEDY = "greedy"
    EQUAL_SHARES = "mes"


class Phase(StrEnum):
    """How a funded project came to be funded."""

    GREEDY = "greedy"
    EQUAL_SHARES = "mes"
    #: Equal Shares left money over; it went to the next projects by votes that fitted.
    COMPLETION = "completion"


class Reason(StrEnum):
    FUNDED = "funded"
    #: Its cost was more than the money left when its turn came.
    NOT_FUNDED_MONEY_LEFT_TOO_LITTLE = "not_funded_money_left_too_little"
    #: Equal Shares: what its supporters had left of their shares could not pay for it.
    NOT_FUNDED_SUPPORTERS_SHARE_RAN_OUT = "not_funded_supporters_share_ran_out"
    #: Nobody voted for it; a project without votes is never funded.
    NO_VOTES = "no_votes"


class ElectionError(ValueError):
    """The election itself is not well formed; `code` says how, `detail` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    #: In whole money units of the election; 0 is allowed (funded for free if voted for).
    cost: int
    name: str = ""


@dataclass(frozen=True, slots=True)
class Election:
    """What is counted: the budget, the projects on the ballot and the ballots.

    Ballots may be given as a set of project ids (approval, basket, choose-one), a mapping
    project id -> points (cumulative, scoring) or a sequence of (id, points) pairs; they are
    kept as tuples of (id, points) pairs, in the order given (a set is sorted first), so
    that an election read from a file can be written back as it was.
    """

    budget: int
    projects: tuple[Project, ...]
    ballots: tuple[Ballot, ...]
    method: VotingMethod = VotingMethod.APPROVAL
    #: The published seed of the draw that breaks the last ties (see `tie_order`).
    draw_seed: str = ""

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "method", VotingMethod(self.method))
        except ValueError:
            raise ElectionError("bad_method", repr(self.method)) from None
        if not _is_int(self.budget) or self.budget < 0:
            raise ElectionError("bad_budget", repr(self.budget))
        projects = tuple(self.projects)
        ids: set[str] = set()
        for p in projects:
            if not isinstance(p.id, str) or not p.id:
                raise ElectionError("bad_project_id", repr(p.id))
            if p.id in ids:
                raise ElectionError("duplicate_project", p.id)
            if not _is_int(p.cost) or p.cost < 0:
                raise ElectionError("bad_cost", f"{p.id}: {p.cost!r}")
            ids.add(p.id)
        point_method = self.method in POINT_METHODS
        ballots = []
        for number, raw in enumerate(self.ballots, start=1):
            ballot = _normalise(raw)
            seen: set[str] = set()
            for pid, points in ballot:
                if pid not in ids:
                    raise ElectionError("unknown_project", f"ballot {number}: {pid}")
                if pid in seen:
                    raise ElectionError("duplicate_choice", f"ballot {number}: {pid}")
                seen.add(pid)
                if not _is_int(points) or points < 0 or (not point_method and points != 1):
                    raise ElectionError("bad_points", f"ballot {number}: {pid}={points!r}")
            if self.method is VotingMethod.CHOOSE_ONE and len(ballot) > 1:
                raise ElectionError("too_many_choices", f"ballot {number}")
            ballots.append(ballot)
        object.__setattr__(self, "projects", projects)
        object.__setattr__(self, "ballots", tuple(ballots))

    def project(self, project_id: str) -> Project:
        for p in self.projects:
            if p.id == project_id:
                return p
        raise KeyError(project_id)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _normalise(raw: object) -> Ballot:
    if isinstance(raw, Mapping):
        return tuple((str(k), v) for k, v in raw.items())
    if isinstance(raw, set | frozenset):
        return tuple((str(pid), 1) for pid in sorted(raw))
    if isinstance(raw, Iterable) and not isinstance(raw, str | bytes):
        out = []
        for item in raw:
            if isinstance(item, tuple) and len(item) == 2:
                out.append((str(item[0]), item[1]))
            else:
                out.append((str(item), 1))
        return tuple(out)
    raise ElectionError("bad_ballot", repr(raw))


@dataclass(frozen=True, slots=True)
class ProjectOutcome:
    """One project's result, in numbers; `citizenspace.messages.outcome_sentence` puts it into words."""

    project_id: str
    name: str
    cost: int
    #: Ballots that gave it at least one point (approvals, for approval ballots).
    votes: int
    #: Points in total (equal to `votes` for approval ballots).
    score: int
    reason: Reason
    #: Position in the ranking by votes (1 = most votes), ties broken by `tie_order`.
    rank: int
    #: How it was funded (None when it was not).
    phase: Phase | None = None
    #: Position among the funded projects, in the order they were chosen (1 = first).
    selected: int | None = None
    #: Money left when its turn came, by votes (greedy, or the completion of Equal Shares).
    money_left_before: int | None = None
    #: Equal Shares: what its supporters still had of their shares when Equal Shares ended.
    supporters_money: Fraction | None = None
    #: Equal Shares: what each supporter paid per point (a supporter with less paid it all).
    price_per_point: Fraction | None = None


@dataclass(frozen=True, slots=True)
class TallyResult:
    rule: Rule
    budget: int
    #: Funded project ids, in the order they were chosen.
    funded: tuple[str, ...]
    total_cost: int
    money_left: int
    #: Every project, in the ranking by votes (most first), ties broken by `tie_order`.
    projects: tuple[ProjectOutcome, ...]
    #: Ballots counted (blank ones included: with Equal Shares they have a share too).
    voters: int
    #: The fixed tie order decided before counting: lowest cost, most votes, the draw.
    tie_order: tuple[str, ...]
    completion: bool = False
    utility: Utility | None = None
    #: Equal Shares: every voter's share for the outcome kept (budget / voters, plus the
    #: units added by the completion).
    share_per_voter: Fraction | None = None
    #: Equal Shares with completion: how many units were added to every share.
    units_added: int = 0
    _by_id: dict[str, ProjectOutcome] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {o.project_id: o for o in self.projects})

    def outcome(self, project_id: str) -> ProjectOutcome:
        return self._by_id[project_id]


# -- order ------------------------------------------------------------------------------------


def draw_key(seed: str, project_id: str) -> str:
    """The published draw: anyone can recompute it, e.g. `printf '%s' 'SEED:ID' | sha256sum`."""
    return hashlib.sha256(f"{seed}:{project_id}".encode()).hexdigest()


def counts(election: Election) -> tuple[dict[str, int], dict[str, int]]:
    """Votes (ballots giving at least one point) and points in total, per project."""
    votes = dict.fromkeys((p.id for p in election.projects), 0)
    score = dict(votes)
    for ballot in election.ballots:
        for pid, points in ballot:
            if points > 0:
                votes[pid] += 1
                score[pid] += points
    return votes, score


def tie_order(election: Election, votes: Mapping[str, int] | None = None) -> tuple[str, ...]:
    """Project ids in the order that breaks ties: lowest cost, then most votes, then the
    draw. It depends on the projects, the votes per project and the seed only."""
    if votes is None:
        votes = counts(election)[0]
    seed = election.draw_seed
    return tuple(
        p.id
        for p in sorted(
            election.projects, key=lambda p: (p.cost, -votes[p.id], draw_key(seed, p.id), p.id)
        )
    )


def ranking(election: Election) -> tuple[str, ...]:
    """Project ids by points (votes for approval ballots), most first, ties by `tie_order`."""
    votes, score = counts(election)
    tie = {pid: i for i, pid in enumerate(tie_order(election, votes))}
    return tuple(sorted(tie, key=lambda pid: (-score[pid], tie[pid])))


# -- greedy -----------------------------------------------------------------------------------


def greedy(election: Election) -> TallyResult:
    """Projects by votes, most first; fund each that fits in the money left, skip the others
    and go on. A project nobody voted for is not funded, even if it would fit."""
    votes, score = counts(election)
    tie = tie_order(election, votes)
    order = ranking(election)
    projects = {p.id: p for p in election.projects}
    left = election.budget
    funded: list[str] = []
    outcomes = []
    for rank, pid in enumerate(order, start=1):
        p = projects[pid]
        common: dict[str, Any] = {
            "project_id": pid,
            "name": p.name,
            "cost": p.cost,
            "votes": votes[pid],
            "score": score[pid],
            "rank": rank,
        }
        if votes[pid] == 0:
            outcomes.append(ProjectOutcome(reason=Reason.NO_VOTES, **common))
        elif p.cost <= left:
            funded.append(pid)
            outcomes.append(
                ProjectOutcome(
                    reason=Reason.FUNDED,
                    phase=Phase.GREEDY,
                    selected=len(funded),
                    money_left_before=left,
                    **common,
                )
            )
            left -= p.cost
        else:
            outcomes.append(
                ProjectOutcome(
                    reason=Reason.NOT_FUNDED_MONEY_LEFT_TOO_LITTLE, money_left_before=left, **common
                )
            )
    return TallyResult(
        rule=Rule.GREEDY,
        budget=election.budget,
        funded=tuple(funded),
        total_cost=election.budget - left,
        money_left=left,
        projects=tuple(outcomes),
        voters=len(election.ballots),
        tie_order=tie,
    )


# -- Equal Shares -----------------------------------------------------------------------------


def default_utility(method: VotingMethod) -> Utility:
    """Cost utilities for ticks (approval, basket, choose-one); points for point ballots."""
    return Utility.POINTS if method in POINT_METHODS else Utility.COST


def equal_shares(
    election: Election,
    completion: bool = True,
    *,
    utility: Utility | None = None,
    increment: int = 1,
) -> TallyResult:
    """The Method of Equal Shares, with or without the "add one" completion.

    Exactly what is computed (it reproduces pabutools' `method_of_equal_shares` with
    `Cost_Sat` and `voter_budget_increment=1`, and equalshares.net's add-one completion):

    1. Every voter (blank ballots too) gets a share of budget / voters. Projects with votes
       and cost 0 are funded first. Then, round after round, the project whose supporters can
       pay for it at the lowest price per unit of utility is funded: each supporter pays the
       price times the project's utility to them, or all they have left if that is less.
       Ties: `tie_order`. It stops when no project's supporters can pay for it any more.
    2. With `completion`: if a project with votes still fits in the money left, every share
       is raised by `increment` (one money unit of the election: one euro for a file in
       euros; pass 100 for costs in cents to keep steps of one euro) and step 1 is run again,
       from the exact budget / voters, not rounded first; as long as the new outcome costs
       no more than the budget it is kept, and this goes on until nothing more fits or the
       next step would go over the budget. The outcome kept is the last one within budget.
       Then the money still left goes to the remaining projects by votes, as `greedy` does.

    Utilities (`Utility`): by default cost utilities for approval-style ballots, points for
    cumulative and scoring ballots.
    """
    if not _is_int(increment) or increment < 1:
        raise ValueError("increment must be a positive integer")
    utility = Utility(utility) if utility is not None else default_utility(election.method)
    votes, score = counts(election)
    tie = tie_order(election, votes)
    order = ranking(election)
    budget = election.budget
    n = len(election.ballots)
    cost = {p.id: p.cost for p in election.projects}

    free = [pid for pid in tie if votes[pid] > 0 and cost[pid] == 0]
    candidates = [pid for pid in tie if votes[pid] > 0 and cost[pid] > 0]
    index = {pid: i for i, pid in enumerate(candidates)}

    selection: list[int] = []
    prices: dict[str, Fraction] = {}
    money: dict[str, Fraction] = {}
    units = 0
    share: Fraction | None = Fraction(budget, n) if n else None
    if n and candidates:
        data = _compile(election, candidates, index, utility)
        engine = ParametricMes(data)
        step = n * increment
        x = budget
        selection = engine.run(x)
        if completion:
            spent = sum(cost[candidates[i]] for i in selection)
            while _fits_more(candidates, selection, cost, budget - spent):
                root = engine.valid_until()
                if root is None:  # the outcome never changes again (cannot happen: safety)
                    break
                # Shares before the root give this very outcome: jump past them.
                jump = max(units + 1, _ceil_div(root[0] - budget * root[1], step * root[1]))
                trial = engine.run(budget + jump * step)
                trial_cost = sum(cost[candidates[i]] for i in trial)
                if trial_cost > budget:
                    # The last share within budget is the one just before `jump`.
                    units = jump - 1
                    x = budget + units * step
                    # Back to that share, to explain with the money supporters had there.
                    again = engine.run(x)
                    assert again == selection, "the outcome changed inside a checked interval"
                    break
                units, x, selection, spent = jump, budget + jump * step, trial, trial_cost
            share = Fraction(x, n)
        for r in engine.rounds():
            prices[candidates[r.project]] = Fraction(r.price_num, r.price_den)
        chosen = set(selection)
        for i, pid in enumerate(candidates):
            if i not in chosen:
                num, den = engine.money_of(i)
                money[pid] = Fraction(num, den)

    mes_funded = free + [candidates[i] for i in selection]
    spent = sum(cost[pid] for pid in mes_funded)
    funded = list(mes_funded)
    phase = dict.fromkeys(mes_funded, Phase.EQUAL_SHARES)
    left_before: dict[str, int] = {}
    if completion:
        left = budget - spent
        for pid in order:
            if votes[pid] == 0 or pid in phase:
                continue
            left_before[pid] = left
            if cost[pid] <= left:
                funded.append(pid)
                phase[pid] = Phase.COMPLETION
                left -= cost[pid]
        spent = budget - left

    outcomes = []
    projects = {p.id: p for p in election.projects}
    position = {pid: i for i, pid in enumerate(funded, start=1)}
    for rank, pid in enumerate(order, start=1):
        p = projects[pid]
        if votes[pid] == 0:
            reason = Reason.NO_VOTES
        elif pid in phase:
            reason = Reason.FUNDED
        else:
            reason = Reason.NOT_FUNDED_SUPPORTERS_SHARE_RAN_OUT
        outcomes.append(
            ProjectOutcome(
                project_id=pid,
                name=p.name,
                cost=p.cost,
                votes=votes[pid],
                score=score[pid],
                reason=reason,
                rank=rank,
                phase=phase.get(pid),
                selected=position.get(pid),
                money_left_before=left_before.get(pid),
                supporters_money=money.get(pid),
                price_per_point=(
                    prices.get(pid, Fraction(0)) if phase.get(pid) is Phase.EQUAL_SHARES else None
                ),
            )
        )
    return TallyResult(
        rule=Rule.EQUAL_SHARES,
        budget=budget,
        funded=tuple(funded),
        total_cost=spent,
        money_left=budget - spent,
        projects=tuple(outcomes),
        voters=n,
        tie_order=tie,
        completion=completion,
        utility=utility,
        share_per_voter=share,
        units_added=units,
    )


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def _fits_more(
    candidates: list[str], selection: list[int], cost: dict[str, int], left: int
) -> bool:
    chosen = set(selection)
    return any(cost[pid] <= left for i, pid in enumerate(candidates) if i not in chosen)


def _compile(
    election: Election, candidates: list[str], index: dict[str, int], utility: Utility
) -> MesInput:
    """Voters with the same ballot form one group; groups and projects are numbered in a
    canonical order so that the count does not depend on the order of the input."""
    groups = Counter(
        tuple(sorted((index[pid], points) for pid, points in ballot if points > 0 and pid in index))
        for ballot in election.ballots
    )
    keys = sorted(k for k in groups if k)
    supporters: list[list[tuple[int, int, int]]] = [[] for _ in candidates]
    for g, key in enumerate(keys):
        m = groups[key]
        for q, points in key:
            supporters[q].append((g, points, m))
    cost = {p.id: p.cost for p in election.projects}
    costs = tuple(cost[pid] for pid in candidates)
    return MesInput(
        voters=len(election.ballots),
        costs=costs,
        bases=costs if utility is Utility.COST else tuple(1 for _ in candidates),
        supporters=tuple(tuple(s) for s in supporters),
        groups=len(keys),
        tie_rank=tuple(range(len(candidates))),
    )
