"""One plain English sentence per project, from the numbers of the tally.

Why separate and simple: the staff application and the results screen show these reasons
in French, through Qt's translation files; the views will rebuild them from the same
numbers with translatable templates. These sentences serve the command line, the JSON
report and the tests, and show the wording the views should keep: short, one idea each,
understandable by a ten-year-old.
"""

from __future__ import annotations

from fractions import Fraction

from citizenspace.domain.budget.tally import Phase, ProjectOutcome, Reason


def money(value: int | Fraction) -> str:
    """1234 -> "1,234"; a fraction is shown rounded down to cents, so that "what the
    supporters had" is never overstated."""
    if isinstance(value, int) or value.denominator == 1:
        return f"{int(value):,}"
    cents = (value * 100).__floor__()
    return f"{cents // 100:,}.{cents % 100:02d}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _support(o: ProjectOutcome) -> str:
    votes = _count(o.votes, "vote", "votes")
    if o.score != o.votes:
        return f"{votes} ({_count(o.score, 'point', 'points')})"
    return votes


def sentence(o: ProjectOutcome) -> str:
    """Why this project is, or is not, funded."""
    cost = money(o.cost)
    if o.reason is Reason.NO_VOTES:
        return "Not funded: nobody voted for it."
    if o.reason is Reason.FUNDED:
        if o.phase is Phase.EQUAL_SHARES:
            who = _count(o.votes, "supporter", "supporters")
            return f"Funded: its {who} paid its cost of {cost} from their equal shares."
        left = money(o.money_left_before or 0)
        if o.phase is Phase.COMPLETION:
            return (
                f"Funded with the money left over: with {_support(o)}, its cost of {cost} "
                f"fitted in the {left} still left."
            )
        return f"Funded: with {_support(o)}, its cost of {cost} fitted in the {left} still left."
    if o.reason is Reason.NOT_FUNDED_MONEY_LEFT_TOO_LITTLE:
        left = money(o.money_left_before or 0)
        return f"Not funded: it costs {cost}, but only {left} was left when its turn came."
    # Reason.NOT_FUNDED_SUPPORTERS_SHARE_RAN_OUT
    who = _count(o.votes, "supporter", "supporters")
    had = money(o.supporters_money or 0)
    text = f"Not funded: it costs {cost}, but its {who} had only {had} left of their shares."
    if o.money_left_before is not None:
        text += f" The {money(o.money_left_before)} left over at the end was too little too."
    return text
