"""The histogram percentile functions against the plain sorted list they stand for."""

from __future__ import annotations

import statistics
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citizenspace.domain.reception import quality as q

waits = st.lists(st.integers(min_value=0, max_value=7200), min_size=1, max_size=300)


@given(waits)
def test_median_from_a_histogram_is_statistics_median(values: list[int]) -> None:
    assert q.median_wait(Counter(values)) == statistics.median(values)


@given(waits, st.integers(min_value=1, max_value=100))
def test_nearest_rank_is_the_smallest_wait_with_enough_waits_at_or_below(
    values: list[int], percent: int
) -> None:
    got = q.percentile_wait(Counter(values), percent)
    ordered = sorted(values)
    # The definition itself: the smallest wait w with at least percent % of waits <= w.
    smallest = min(
        w for w in ordered if 100 * sum(v <= w for v in ordered) >= percent * len(ordered)
    )
    assert got == smallest


@given(waits, st.integers(min_value=0, max_value=7200))
def test_share_within_counts_waits_at_or_below_the_limit(values: list[int], limit: int) -> None:
    ratio = q.share_within(Counter(values), limit)
    assert (ratio.part, ratio.whole) == (len([v for v in values if v <= limit]), len(values))


def test_no_waits_is_no_data() -> None:
    assert q.median_wait({}) is None
    assert q.percentile_wait({5: 0}) is None
    assert q.share_within({}, 600).value is None
    with pytest.raises(ValueError):
        q.percentile_wait({1: 1}, 0)


def test_ninetieth_percentile_of_ten_waits_is_the_ninth() -> None:
    assert q.percentile_wait(Counter(range(1, 11)), 90) == 9
    assert q.percentile_wait(Counter(range(1, 12)), 90) == 10  # ceil(9.9) = 10


def test_written_state_against_the_delay() -> None:
    assert q.written_state(15, 40, 15) is q.WrittenState.ON_TIME
    assert q.written_state(15.01, 40, 15) is q.WrittenState.LATE
    assert q.written_state(None, 16, 15) is q.WrittenState.LATE
    assert q.written_state(None, 15, 15) is q.WrittenState.PENDING


def test_grids_score_met_out_of_observed() -> None:
    assert q.grid_for("bus") is q.Grid.DESK
    assert q.grid_for("allo_mairie") is q.Grid.PHONE
    answers = q.normalise_answers(q.Grid.PHONE, {"answered_5_rings": True, "courtesy": False})
    assert list(answers) == list(q.CRITERIA[q.Grid.PHONE])
    assert q.survey_score(answers) == q.Ratio(1, 2)
    assert q.check_answers(q.Grid.PHONE, {"greeted": 1}) == [q.SurveyProblem.UNKNOWN_CRITERION]
    assert q.check_answers(q.Grid.PHONE, {"courtesy": 0.5}) == [q.SurveyProblem.BAD_ANSWER]
    assert q.check_answers(q.Grid.PHONE, {"courtesy": None}) == [q.SurveyProblem.NOTHING_OBSERVED]


def test_months_between_touches_every_month() -> None:
    from datetime import date

    assert q.months_between(date(2025, 11, 15), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert q.add_months(date(2026, 1, 31), -1) == date(2025, 12, 1)


def test_reporting_periods() -> None:
    from datetime import date

    today = date(2026, 5, 14)
    k = q.PeriodKind
    assert q.period_bounds(k.THIS_MONTH, today) == (date(2026, 5, 1), today)
    assert q.period_bounds(k.LAST_MONTH, today) == (date(2026, 4, 1), date(2026, 4, 30))
    assert q.period_bounds(k.THIS_QUARTER, today) == (date(2026, 4, 1), today)
    assert q.period_bounds(k.THIS_YEAR, today) == (date(2026, 1, 1), today)
    assert q.period_bounds(k.LAST_12_MONTHS, today) == (date(2025, 6, 1), today)
    assert q.period_bounds(k.LAST_MONTH, date(2026, 1, 3)) == (
        date(2025, 12, 1),
        date(2025, 12, 31),
    )
