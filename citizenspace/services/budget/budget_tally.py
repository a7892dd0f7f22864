"""Counting a pabulib `.pb` file: what `citizenspace budget tally FILE.pb` runs.

Why a service: reading the file (bytes, size, decoding) is I/O and stays out of the domain;
the count itself is `citizenspace.domain.budget.tally`. The report is a frozen dataclass
the command line prints as text or JSON, and the results screen can show as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from pathlib import Path

from citizenspace.domain.budget import pabulib
from citizenspace.domain.budget.tally import (
    Phase,
    Reason,
    Rule,
    TallyResult,
    Utility,
    equal_shares,
    greedy,
)
from citizenspace.services.common.errors import ServiceError

#: The largest pabulib files (Warsaw, tens of thousands of ballots) are a few megabytes.
MAX_BYTES = 64 * 1024 * 1024


class TallyIssue(StrEnum):
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    UNKNOWN_RULE = "unknown_rule"
    #: The file was read but is not a pabulib file we can count: see `pabulib_code`.
    INVALID_FILE = "invalid_file"


class TallyRejected(ServiceError):
    """Nothing was counted. `line` is the file's line at fault (0: the whole file)."""

    def __init__(
        self,
        issue: TallyIssue,
        *,
        line: int = 0,
        detail: str = "",
        pabulib_code: pabulib.PabulibErrorCode | None = None,
    ) -> None:
        code = f" {pabulib_code.value}" if pabulib_code else ""
        where = f" line {line}" if line else ""
        super().__init__(f"{issue.value}{code}{where}" + (f": {detail}" if detail else ""))
        self.issue = issue
        self.line = line
        self.detail = detail
        self.pabulib_code = pabulib_code


@dataclass(frozen=True, slots=True)
class ProjectLine:
    project_id: str
    name: str
    cost: int
    votes: int
    score: int
    reason: Reason
    phase: Phase | None
    #: Position among the funded, in the order they were chosen.
    selected: int | None
    money_left_before: int | None
    supporters_money: Fraction | None
    price_per_point: Fraction | None
    #: The reason in plain English (the views build their own, translated, from the numbers).


@dataclass(frozen=True, slots=True)
class TallyReport:
    file_name: str
    description: str
    currency: str
    vote_type: str
    rule: Rule
    completion: bool
    utility: Utility | None
    budget: int
    voters: int
    funded: tuple[str, ...]
    total_cost: int
    money_left: int
    share_per_voter: Fraction | None
    units_added: int
    tie_order: tuple[str, ...]
    #: Every project, most votes first.
    projects: tuple[ProjectLine, ...]


def tally_file(path: Path | str, rule: str = "greedy", completion: bool = True) -> TallyReport:
    """Read, check and count a `.pb` file. `rule`: "greedy" or "mes" (Method of Equal
    Shares; `completion` applies to it only). Raises `TallyRejected`."""
    try:
        chosen = Rule(rule)
    except ValueError:
        raise TallyRejected(TallyIssue.UNKNOWN_RULE, detail=str(rule)) from None
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TallyRejected(TallyIssue.TOO_LARGE, detail=f"more than {MAX_BYTES} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise TallyRejected(TallyIssue.UNREADABLE, detail=exc.strerror or str(exc)) from exc
    try:
        data = pabulib.parse_bytes(raw)
    except pabulib.PabulibError as exc:
        raise TallyRejected(
            TallyIssue.INVALID_FILE, line=exc.line, detail=exc.detail, pabulib_code=exc.code
        ) from exc
    if chosen is Rule.GREEDY:
        result = greedy(data.election)
    else:
        result = equal_shares(data.election, completion=completion)
    return _report(path.name, data, result)


def _report(file_name: str, data: pabulib.PabulibFile, result: TallyResult) -> TallyReport:
    return TallyReport(
        file_name=file_name,
        description=data.meta_value("description"),
        currency=data.meta_value("currency"),
        vote_type=data.meta_value("vote_type"),
        rule=result.rule,
        completion=result.completion,
        utility=result.utility,
        budget=result.budget,
        voters=result.voters,
        funded=result.funded,
        total_cost=result.total_cost,
        money_left=result.money_left,
        share_per_voter=result.share_per_voter,
        units_added=result.units_added,
        tie_order=result.tie_order,
        projects=tuple(
            ProjectLine(
                project_id=o.project_id,
                name=o.name,
                cost=o.cost,
                votes=o.votes,
                score=o.score,
                reason=o.reason,
                phase=o.phase,
                selected=o.selected,
                money_left_before=o.money_left_before,
                supporters_money=o.supporters_money,
                price_per_point=o.price_per_point,
            )
            for o in result.projects
        ),
    )


def _amount(value: Fraction | None) -> str | None:
    """Fractions (shares, supporters' money) as decimals rounded down to cents, so that
    "what the supporters had" is never overstated: 2715289/1000 -> "2715.28"."""
    if value is None:
        return None
    cents = (value * 100).__floor__()
    return f"{cents // 100}.{cents % 100:02d}" if value.denominator != 1 else str(int(value))


def _exact(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def report_as_json(
    report: TallyReport, explain: Callable[[ProjectLine], str] | None = None
) -> dict:
    """Plain JSON types only. Whole amounts are numbers; amounts that are fractions are
    strings rounded down to cents, with the exact fraction beside them ("_exact").
    `explain` gives each project's sentence ("explanation"), in the words of the screens
    (`citizenspace.messages.outcome_sentence`): the services write no sentences."""
    data = {
        "file": report.file_name,
        "description": report.description,
        "currency": report.currency,
        "vote_type": report.vote_type,
        "rule": report.rule.value,
        "completion": report.completion if report.rule is Rule.EQUAL_SHARES else None,
        "utility": report.utility.value if report.utility else None,
        "budget": report.budget,
        "voters": report.voters,
        "funded": list(report.funded),
        "total_cost": report.total_cost,
        "money_left": report.money_left,
        "share_per_voter": _amount(report.share_per_voter),
        "share_per_voter_exact": _exact(report.share_per_voter),
        "units_added": report.units_added,
        "tie_order": list(report.tie_order),
        "projects": [
            {
                "id": p.project_id,
                "name": p.name,
                "cost": p.cost,
                "votes": p.votes,
                "score": p.score,
                "funded": p.reason is Reason.FUNDED,
                "reason": p.reason.value,
                "phase": p.phase.value if p.phase else None,
                "selected": p.selected,
                "money_left_before": p.money_left_before,
                "supporters_money": _amount(p.supporters_money),
                "supporters_money_exact": _exact(p.supporters_money),
                "price_per_point": _amount(p.price_per_point),
                "price_per_point_exact": _exact(p.price_per_point),
            }
            | ({"explanation": explain(p)} if explain else {})
            for p in report.projects
        ],
    }
    return data
