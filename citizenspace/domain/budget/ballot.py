"""What makes a children's ballot valid, whatever the channel (kiosk, supervised, paper).

Pure rules, so that the kiosk screen, the paper entry form and the service that records a
ballot refuse exactly the same things, with the same reasons.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from citizenspace.domain.catalog import VotingMethod


class ChoiceProblem(StrEnum):
    NONE_CHOSEN = "none_chosen"
    TOO_MANY = "too_many"
    OVER_BUDGET = "over_budget"
    NOT_ON_BALLOT = "not_on_ballot"
    CHOOSE_ONE = "choose_one"


def choice_limit(method: VotingMethod, max_choices: int | None, projects: int) -> int:
    """How many projects a ballot may hold: one for choose-one, K for approval (all of them
    when K is not set), as many as fit in the budget for a basket."""
    if method is VotingMethod.CHOOSE_ONE:
        return 1
    if method is VotingMethod.APPROVAL and max_choices:
        return min(max_choices, projects)
    return projects


def problems(
    method: VotingMethod,
    max_choices: int | None,
    budget_cents: int,
    costs: Mapping[str, int],
    choices: Iterable[str],
) -> list[ChoiceProblem]:
    """Everything wrong with `choices` (empty list: the ballot may be cast). `costs` are the
    projects on the ballot, by id."""
    chosen = list(dict.fromkeys(choices))
    found: list[ChoiceProblem] = []
    if not chosen:
        return [ChoiceProblem.NONE_CHOSEN]
    if any(c not in costs for c in chosen):
        found.append(ChoiceProblem.NOT_ON_BALLOT)
    if method is VotingMethod.CHOOSE_ONE and len(chosen) > 1:
        found.append(ChoiceProblem.CHOOSE_ONE)
    elif len(chosen) > choice_limit(method, max_choices, len(costs)):
        found.append(ChoiceProblem.TOO_MANY)
    if method is VotingMethod.KNAPSACK and sum(costs.get(c, 0) for c in chosen) > budget_cents:
        found.append(ChoiceProblem.OVER_BUDGET)
    return found


def canonical(choices: Iterable[str]) -> list[str]:
    """The stored form of a ballot's choices: each once, sorted — the order a child chose
    in says nothing, and must not survive either."""
    return sorted(set(choices))
