"""Reception quality: the indicators of the Services Publics+ label, and the mystery-survey grid.

Why pure: the figures a city shows its elected officials and the label's auditors must be
computable by hand from the same counts. The services count visits with SQL aggregates
(never row by row) into `Tallies`; everything here turns those counts into figures with
exact integer arithmetic, so a test can check each figure against a plain recount.

Every figure comes with the count it rests on: a ratio over nothing is "no data", never 0 %.

Populations (what each indicator counts):

- *In-person visits*: channels desk and France Services bus. Only they have a waiting time
  that the label measures at the counter.
- *Calls*: channels phone and Allô mairie line. A missed call is a visit with outcome
  "missed".
- *Written requests*: channels e-mail and letter.
- *Served*: every visit whose outcome is not "missed".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from citizenspace.domain.catalog import Channel

DEFAULT_TARGET_WAIT_MINUTES = 10
DEFAULT_WRITTEN_DELAY_DAYS = 15
TARGET_WAIT_RANGE = (1, 240)
WRITTEN_DELAY_RANGE = (1, 365)

IN_PERSON = (Channel.DESK, Channel.BUS)
CALLS = (Channel.PHONE, Channel.ALLO_MAIRIE)
WRITTEN = (Channel.EMAIL, Channel.LETTER)
SATISFACTION_SCALE = (1, 2, 3, 4)


# =========================================================================== ratios


@dataclass(frozen=True, slots=True)
class Ratio:
    """`part` out of `whole`. `value` is None when `whole` is 0: no data, not 0 %."""

    part: int
    whole: int

    @property
    def value(self) -> float | None:
        return None if self.whole == 0 else self.part / self.whole

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.part + other.part, self.whole + other.whole)


# =========================================================================== histograms


def histogram_size(histogram: Mapping[int, int]) -> int:
    return sum(count for count in histogram.values() if count > 0)


def _value_at_rank(items: list[tuple[int, int]], rank: int) -> int:
    """The value at 1-based `rank` of the sorted list the histogram stands for."""
    seen = 0
    for value, count in items:
        seen += count
        if seen >= rank:
            return value
    raise ValueError("rank beyond the histogram")


def median_wait(histogram: Mapping[int, int]) -> float | None:
    """Median waiting time in seconds, by the `statistics.median` convention.

    With an odd number of waits, the middle one; with an even number, the mean of the two
    middle ones (so it may end in .5 s). Computed from the histogram {seconds: count}
    without expanding it. None when there is no wait at all.
    """
    items = sorted((v, n) for v, n in histogram.items() if n > 0)
    size = sum(n for _v, n in items)
    if size == 0:
        return None
    if size % 2:
        return float(_value_at_rank(items, size // 2 + 1))
    low = _value_at_rank(items, size // 2)
    high = _value_at_rank(items, size // 2 + 1)
    return (low + high) / 2


def percentile_wait(histogram: Mapping[int, int], percent: int = 90) -> int | None:
    """The `percent`-th percentile of waiting times, nearest-rank method.

    The smallest wait such that at least `percent` % of waits are less than or equal to it:
    the wait at rank ceil(percent/100 x n) of the sorted waits (exact integer arithmetic,
    no floating point). The 90th percentile says "9 visitors in 10 waited at most this
    long". None when there is no wait at all.
    """
    if not 0 < percent <= 100:
        raise ValueError("percent must be in ]0, 100]")
    items = sorted((v, n) for v, n in histogram.items() if n > 0)
    size = sum(n for _v, n in items)
    if size == 0:
        return None
    rank = -(-percent * size // 100)  # ceil without floats
    return _value_at_rank(items, rank)


def share_within(histogram: Mapping[int, int], limit_seconds: int) -> Ratio:
    """Visitors served within the target wait: waits <= `limit_seconds`, out of all waits."""
    part = sum(n for v, n in histogram.items() if n > 0 and v <= limit_seconds)
    return Ratio(part, histogram_size(histogram))


# =========================================================================== tallies


class WrittenState(StrEnum):
    """Where a written request stands against the announced delay."""

    ON_TIME = "on_time"  # answered within the delay
    LATE = "late"  # answered after the delay, or still unanswered once the delay is past
    PENDING = "pending"  # unanswered, delay not yet past: not counted yet


@dataclass(slots=True)
class Tallies:
    """The counts behind every indicator, for one site and one month (or any union of them).

    Filled by the service from SQL aggregates; added together for a period or all sites.
    """

    #: Every visit, call, e-mail and letter logged.
    visits: int = 0
    #: Calls (phone, Allô mairie), and those missed.
    calls: int = 0
    missed_calls: int = 0
    #: Visits with outcome "missed" (any channel), and visits redirected.
    missed: int = 0
    redirected: int = 0
    #: Satisfaction answer (1-4) -> number of answers.
    satisfaction: Counter[int] = field(default_factory=Counter)
    #: In-person waits: seconds -> number of served in-person visits.
    waits: Counter[int] = field(default_factory=Counter)
    #: Written requests by state (`WrittenState` value) against the announced delay.
    written: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tallies) -> None:
        self.visits += other.visits
        self.calls += other.calls
        self.missed_calls += other.missed_calls
        self.missed += other.missed
        self.redirected += other.redirected
        self.satisfaction.update(other.satisfaction)
        self.waits.update(other.waits)
        self.written.update(other.written)

    @classmethod
    def total(cls, parts: Iterable[Tallies]) -> Tallies:
        out = cls()
        for part in parts:
            out.add(part)
        return out


@dataclass(frozen=True, slots=True)
class Figures:
    """The dashboard's indicators, each with the counts it rests on."""

    #: Every visit, call, e-mail and letter logged (missed calls included).
    visits: int
    #: In-person visits (desk, bus) with a known waiting time: what the wait figures rest on.
    waits_counted: int
    #: Median waiting time in seconds (`median_wait`).
    median_wait_seconds: float | None
    #: 90th percentile of waiting times in seconds (`percentile_wait`, nearest rank).
    p90_wait_seconds: int | None
    #: In-person visits served within the target wait, out of `waits_counted`.
    within_target: Ratio
    #: Calls (phone, Allô mairie) answered, out of all calls; a missed call is not answered.
    phone_answered: Ratio
    #: Written requests (e-mail, letter) answered within the announced delay, out of the
    #: written requests answered or past their delay (pending ones are left out).
    written_on_time: Ratio
    #: Written requests still unanswered whose delay is not yet past.
    written_pending: int
    #: Visits served with outcome "redirected", out of all visits served (not missed).
    redirected: Ratio
    #: Answers 3 or 4 out of all satisfaction answers 1 to 4.
    satisfied: Ratio
    #: Number of satisfaction answers 1, 2, 3 and 4, in that order.
    satisfaction_counts: tuple[int, int, int, int]

    @property
    def net_satisfaction(self) -> float | None:
        """Share of 4 minus share of 1 and 2, in points (-100 to +100); None with no answer.

        Like a net promoter score on a four-point scale: "very satisfied" count for, the two
        dissatisfied answers against, "satisfied" is neutral."""
        answers = sum(self.satisfaction_counts)
        if answers == 0:
            return None
        one, two, _three, four = self.satisfaction_counts
        return 100 * (four - one - two) / answers

    @property
    def satisfaction_answers(self) -> int:
        return sum(self.satisfaction_counts)


def figures(tallies: Tallies, target_wait_minutes: int = DEFAULT_TARGET_WAIT_MINUTES) -> Figures:
    """The indicators from the counts (see `Figures` for each definition)."""
    counts = tuple(tallies.satisfaction[k] for k in SATISFACTION_SCALE)
    answers = sum(counts)
    on_time = tallies.written[WrittenState.ON_TIME]
    late = tallies.written[WrittenState.LATE]
    return Figures(
        visits=tallies.visits,
        waits_counted=histogram_size(tallies.waits),
        median_wait_seconds=median_wait(tallies.waits),
        p90_wait_seconds=percentile_wait(tallies.waits, 90),
        within_target=share_within(tallies.waits, target_wait_minutes * 60),
        phone_answered=Ratio(tallies.calls - tallies.missed_calls, tallies.calls),
        written_on_time=Ratio(on_time, on_time + late),
        written_pending=tallies.written[WrittenState.PENDING],
        redirected=Ratio(tallies.redirected, tallies.visits - tallies.missed),
        satisfied=Ratio(counts[2] + counts[3], answers),
        satisfaction_counts=counts,  # type: ignore[arg-type]  # a Counter of the scale's values
    )


def written_state(answer_days: float | None, age_days: int, delay_days: int) -> WrittenState:
    """A written request against the announced delay.

    `answer_days`: days from arrival to the answer (ended_at - arrived_at when answered on
    the spot; the ticket's closed_on - the visit's day for a follow-up), None while
    unanswered. `age_days`: days from the visit's day to today."""
    if answer_days is not None:
        return WrittenState.ON_TIME if answer_days <= delay_days else WrittenState.LATE
    return WrittenState.LATE if age_days > delay_days else WrittenState.PENDING


# =========================================================================== periods


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, months: int) -> date:
    """The first day of the month `months` after (or before) `d`'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class PeriodKind(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"


def period_bounds(kind: PeriodKind, today: date) -> tuple[date, date]:
    """First and last day (both included) of a usual reporting period. Periods that
    include today end today; "last 12 months" is this month and the eleven before it."""
    first = month_start(today)
    if kind is PeriodKind.THIS_MONTH:
        return first, today
    if kind is PeriodKind.LAST_MONTH:
        return add_months(first, -1), first - timedelta(days=1)
    if kind is PeriodKind.THIS_QUARTER:
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if kind is PeriodKind.THIS_YEAR:
        return date(today.year, 1, 1), today
    return add_months(first, -11), today


def months_between(start: date, end: date) -> list[date]:
    """First days of every month touched by [start, end]."""
    out, m = [], month_start(start)
    while m <= end:
        out.append(m)
        m = add_months(m, 1)
    return out


# =========================================================================== mystery surveys


class Grid(StrEnum):
    """The reception charter's grids, one per kind of contact. Stored in
    `MysterySurvey.grid`; the suffix names the grid's version, so that a later charter can
    change its criteria without rewriting old surveys."""

    DESK = "desk-v1"
    PHONE = "phone-v1"
    WRITTEN = "written-v1"


#: Criteria of each grid, in the order the surveyor meets them. Keys are stable
#: identifiers stored in the answers; the screens show their wording.
CRITERIA: dict[Grid, tuple[str, ...]] = {
    Grid.DESK: (
        "greeted",  # greeted with a hello and a smile within moments of arriving
        "staff_identifiable",  # staff member identifiable (badge, name plate)
        "wait_announced",  # waiting time announced, or no wait
        "wait_short",  # served within the target wait
        "clear_orientation",  # clear orientation to the right service or body
        "confidentiality",  # could speak without being overheard
        "accessibility",  # access for people with reduced mobility, seat, quiet space
        "signage",  # signs and opening hours easy to find and read
        "complete_answer",  # the question was answered, or a next step given
    ),
    Grid.PHONE: (
        "answered_5_rings",  # answered within 5 rings
        "identification",  # the service and the agent introduce themselves
        "courtesy",  # polite, listening
        "clear_answer",  # clear answer, or a call back offered and kept
        "transfer_ok",  # if transferred, the call did not get lost
    ),
    Grid.WRITTEN: (
        "within_delay",  # answered within the announced delay
        "acknowledged",  # receipt acknowledged when the answer takes time
        "clear_complete",  # clear, complete, plain language
        "names_contact",  # names a contact (name, service, phone or e-mail)
        "redirected_if_needed",  # sent on to the competent body, citizen told (CRPA L114-2)
    ),
}

_GRID_OF_CHANNEL = {
    Channel.DESK: Grid.DESK,
    Channel.BUS: Grid.DESK,
    Channel.PHONE: Grid.PHONE,
    Channel.ALLO_MAIRIE: Grid.PHONE,
    Channel.EMAIL: Grid.WRITTEN,
    Channel.LETTER: Grid.WRITTEN,
}


def grid_for(channel: Channel | str) -> Grid:
    """The grid a survey of this channel is graded against."""
    return _GRID_OF_CHANNEL[Channel(channel)]


class SurveyProblem(StrEnum):
    UNKNOWN_CRITERION = "unknown_criterion"
    BAD_ANSWER = "bad_answer"
    NOTHING_OBSERVED = "nothing_observed"


def check_answers(grid: Grid, answers: Mapping[str, object]) -> list[SurveyProblem]:
    """What is wrong with a survey's answers: each must be a criterion of the grid with
    True/1 (met), False/0 (not met) or None (not observed); at least one observed."""
    problems: list[SurveyProblem] = []
    keys = set(CRITERIA[grid])
    if any(k not in keys for k in answers):
        problems.append(SurveyProblem.UNKNOWN_CRITERION)
    if any(v not in (None, True, False, 0, 1) or isinstance(v, float) for v in answers.values()):
        problems.append(SurveyProblem.BAD_ANSWER)
    if not problems and all(v is None for v in answers.values()):
        problems.append(SurveyProblem.NOTHING_OBSERVED)
    return problems


def normalise_answers(grid: Grid, answers: Mapping[str, object]) -> dict[str, int | None]:
    """Every criterion of the grid, in order: 1, 0 or None (not observed)."""
    out: dict[str, int | None] = {}
    for key in CRITERIA[grid]:
        value = answers.get(key)
        out[key] = None if value is None else int(bool(value))
    return out


def survey_score(answers: Mapping[str, int | None]) -> Ratio:
    """A survey's score: criteria met out of criteria observed (not observed left out)."""
    observed = [v for v in answers.values() if v is not None]
    return Ratio(sum(1 for v in observed if v), len(observed))


@dataclass(frozen=True, slots=True)
class CriterionResult:
    grid: Grid
    key: str
    met: int
    not_met: int
    not_observed: int

    @property
    def rate(self) -> Ratio:
        return Ratio(self.met, self.met + self.not_met)


def criterion_results(
    surveys: Iterable[tuple[Grid, Mapping[str, int | None]]],
) -> list[CriterionResult]:
    """Per criterion over a set of surveys: how often met, not met, not observed.
    Every criterion of every grid surveyed is listed, in grid order."""
    tally: dict[tuple[Grid, str], list[int]] = {}
    grids: list[Grid] = []
    for grid, answers in surveys:
        if grid not in grids:
            grids.append(grid)
        for key in CRITERIA[grid]:
            row = tally.setdefault((grid, key), [0, 0, 0])
            value = answers.get(key)
            row[0 if value == 1 else 1 if value == 0 else 2] += 1
    out = []
    for grid in sorted(grids, key=list(Grid).index):
        for key in CRITERIA[grid]:
            met, not_met, unseen = tally[(grid, key)]
            out.append(CriterionResult(grid, key, met, not_met, unseen))
    return out
