"""The ticket rules on their own: the workflow, delays, article L114-2."""

from __future__ import annotations

from datetime import date

import pytest

from citizenspace.domain.catalog import Channel, Competence, TicketStatus
from citizenspace.domain.reception.tickets import (
    Location,
    TicketError,
    category_for_theme,
    days_late,
    due_date,
    is_complete,
    is_overdue,
    location_problems,
    must_inform_citizen,
    next_statuses,
    outside_competence_problems,
    transition_problems,
)

S = TicketStatus


@pytest.mark.parametrize(
    ("current", "allowed"),
    [
        (S.NEW, {S.FORWARDED, S.IN_PROGRESS, S.RESOLVED, S.REJECTED}),
        (S.FORWARDED, {S.IN_PROGRESS, S.RESOLVED, S.REJECTED}),
        (S.IN_PROGRESS, {S.FORWARDED, S.RESOLVED, S.REJECTED}),
        (S.RESOLVED, {S.IN_PROGRESS}),
        (S.REJECTED, {S.IN_PROGRESS}),
    ],
)
def test_the_workflow(current, allowed):
    assert set(next_statuses(current)) == allowed
    for target in S:
        problems = transition_problems(current, target, "because")
        assert (not problems) == (target in allowed), (current, target)


def test_a_rejection_needs_a_reason_and_l114_2_needs_the_citizen_told():
    assert [p.code for p in transition_problems(S.NEW, S.REJECTED, " ")] == [
        TicketError.REASON_REQUIRED
    ]
    codes = [p.code for p in transition_problems(S.FORWARDED, S.RESOLVED, outside_competence=True)]
    assert codes == [TicketError.CITIZEN_NOT_INFORMED]
    assert not transition_problems(S.FORWARDED, S.RESOLVED, outside_competence=True, informed=True)


def test_due_and_overdue():
    opened = date(2026, 3, 2)
    due = due_date(opened, 10)
    assert due == date(2026, 3, 12)
    assert not is_overdue(S.NEW, due, date(2026, 3, 12))
    assert is_overdue(S.NEW, due, date(2026, 3, 13)) and days_late(due, date(2026, 3, 13)) == 1
    assert not is_overdue(S.RESOLVED, due, date(2026, 4, 1))
    assert is_overdue(S.FORWARDED, due, date(2026, 4, 1), outside_competence=True)
    assert not is_overdue(
        S.FORWARDED, due, date(2026, 4, 1), outside_competence=True, informed=True
    )


def test_outside_competence():
    assert must_inform_citizen(Channel.LETTER, True) and must_inform_citizen(Channel.EMAIL, True)
    assert not must_inform_citizen(Channel.DESK, True)
    assert not must_inform_citizen(Channel.EMAIL, False)
    assert [p.code for p in outside_competence_problems(True, Competence.CITY)] == [
        TicketError.BODY_IS_THE_CITY
    ]
    assert [p.code for p in outside_competence_problems(True, None)] == [
        TicketError.COMPETENT_BODY_REQUIRED
    ]
    assert not outside_competence_problems(True, Competence.URBAN_COMMUNITY)
    assert not is_complete(S.FORWARDED, True, False)
    assert is_complete(S.FORWARDED, True, True)
    assert not is_complete(S.FORWARDED, False, False)


def test_coordinates_and_theme_matching():
    assert not location_problems(Location("", 49.85, 3.29))
    assert [p.code for p in location_problems(Location("", -90.5, 3.0))] == [
        TicketError.LATITUDE_OUT_OF_RANGE
    ]
    assert [p.code for p in location_problems(Location("", None, 3.0))] == [
        TicketError.COORDINATES_INCOMPLETE
    ]
    cats = [("a", "Voirie"), ("b", "Éclairage public")]
    assert category_for_theme(["Lampadaire en panne", "éclairage PUBLIC"], cats) == "b"
    assert category_for_theme(["État civil"], cats) is None
