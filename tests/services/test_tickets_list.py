"""The tickets list read a page at a time, filtered and sorted by SQLite: every order walks
every ticket once, the overdue rule in SQL is the domain's, a search is blind to accents
and case. Real SQLite files, tickets of every kind."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from citizenspace.domain import catalog as c
from citizenspace.domain.reception import tickets as rules
from citizenspace.services.reception.ticket_queries import fold
from citizenspace.services.reception.tickets import (
    TicketFilter,
    TicketOrder,
    TicketService,
    TicketSort,
)
from citizenspace.store.models import DirectoryEntry, FollowUp, Site

TODAY = date(2026, 3, 30)
S = c.TicketStatus

_WORDS = (
    "Éclairage public",
    "éclairage",
    "Voirie",
    "Propreté",
    "Œuvre d'art taguée",
    "coeur de ville",
    "école",
    "Ecole",
    "rue d'Isle",
    "50% du trottoir",
    "",
)


@pytest.fixture
def many(db) -> list[str]:
    """240 tickets of every status, due date, competence and wording (some the same
    day, some without a due date or a service), in a random order."""
    rng = random.Random(11)
    with db.write() as s:
        services = [
            DirectoryEntry(name=n, competence=comp)
            for n, comp in (
                ("Service Voirie", c.Competence.CITY),
                ("Éclairage et signalisation", c.Competence.CITY),
                ("Collecte des déchets", c.Competence.URBAN_COMMUNITY),
                ("aménagement", c.Competence.CITY),
            )
        ]
        site = Site(name="Hôtel de ville")
        s.add_all([*services, site])
        s.flush()
        ids = []
        for k in range(240):
            opened = TODAY - timedelta(days=rng.randrange(60))
            status = rng.choice(list(S))
            t = FollowUp(
                category=rng.choice(_WORDS[:5]),
                description=f"{rng.choice(_WORDS)} {rng.choice(_WORDS)} n{k}",
                address=rng.choice(_WORDS),
                opened_on=opened,
                due_on=None if rng.random() < 0.1 else opened + timedelta(days=rng.randrange(30)),
                status=status,
                status_reason="",
                citizen_informed_by=rng.choice(("", "", "email")),
                informed_on=rng.choice((None, None, opened)),
                outside_competence=rng.random() < 0.3,
                directory_entry_id=rng.choice([None, *(e.id for e in services)]),
                site_id=site.id if rng.random() < 0.5 else None,
            )
            s.add(t)
            s.flush()
            ids.append(t.id)
    return ids


@pytest.fixture
def svc(db) -> TicketService:
    return TicketService(db, today=lambda: TODAY)


def _walk(svc: TicketService, flt: TicketFilter, order: TicketOrder, limit: int):
    rows, cursor = [], None
    while True:
        page = svc.ticket_page(flt, order, after=cursor, limit=limit)
        assert len(page.rows) <= limit
        rows.extend(page.rows)
        cursor = page.next
        if cursor is None:
            return rows


@pytest.mark.parametrize("by", list(TicketSort))
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_walks_every_ticket_once_in_order(svc, many, by, descending):
    order = TicketOrder(by, descending)
    rows = _walk(svc, TicketFilter(), order, limit=17)
    assert sorted(r.id for r in rows) == sorted(many)
    key = {
        TicketSort.OPENED: lambda r: r.opened_on,
        TicketSort.CATEGORY: lambda r: fold(r.category),
        TicketSort.DESCRIPTION: lambda r: fold(r.description[:1]),
        TicketSort.ADDRESS: lambda r: fold(r.address[:1]),
        TicketSort.STATUS: lambda r: list(S).index(r.status),
        TicketSort.DUE: lambda r: r.due_on or date.min,
        TicketSort.LATE: lambda r: r.days_late,
        TicketSort.SERVICE: lambda r: fold(r.service_name),
    }[by]
    keys = [key(r) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_first_letters_sort_accent_blind(svc, many):
    rows = _walk(svc, TicketFilter(), TicketOrder(TicketSort.ADDRESS, False), limit=50)
    firsts = [fold(r.address[:1]) for r in rows if r.address]
    assert firsts == sorted(firsts)  # "École" among the E's, not after "Voirie"


def test_the_overdue_rule_in_sql_is_the_domains(svc, many):
    rows = _walk(svc, TicketFilter(), TicketOrder(), limit=100)
    by_rule = {r.id for r in rows if r.overdue}
    late = svc.overdue()
    assert {r.id for r in late} == by_rule and by_rule
    assert svc.overdue_count() == len(by_rule)
    # The domain's own rule, from each ticket's own fields.
    for r in rows:
        detail = svc.ticket(r.id)
        informed = detail.informed_on is not None or detail.citizen_informed_by is not None
        assert (r.id in by_rule) == rules.is_overdue(
            detail.status,
            detail.due_on,
            TODAY,
            outside_competence=detail.outside_competence,
            informed=informed,
        )
    assert [(r.due_on, r.opened_on) for r in late] == sorted((r.due_on, r.opened_on) for r in late)


def test_filters_and_count_agree(svc, many):
    for flt in (
        TicketFilter(open_only=True),
        TicketFilter(status=S.FORWARDED),
        TicketFilter(overdue_only=True),
        TicketFilter(open_only=True, search="eclairage"),
    ):
        rows = _walk(svc, flt, TicketOrder(TicketSort.DUE, False), limit=30)
        assert svc.ticket_count(flt) == len(rows)
        assert len({r.id for r in rows}) == len(rows)


@pytest.mark.parametrize(
    ("typed", "finds"),
    [
        ("eclairage", "éclairage"),
        ("ÉCLAIRAGE", "éclairage"),
        ("Ecole", "école"),
        ("oeuvre", "œuvre"),
        ("coeur", "coeur"),
        ("d'isle", "d'isle"),
        ("50%", "50%"),
        ("eclairage signalisation", "éclairage et signalisation"),  # the service's name
        ("taguee rue", None),
    ],
)
def test_a_search_is_blind_to_accents_and_case(svc, many, typed, finds):
    rows = _walk(svc, TicketFilter(search=typed), TicketOrder(), limit=40)
    expected = [
        r
        for r in _walk(svc, TicketFilter(), TicketOrder(), limit=500)
        if all(
            w in fold(f"{r.category} {r.description} {r.address} {r.service_name}")
            for w in fold(typed).split()
        )
    ]
    assert [r.id for r in rows] == [r.id for r in expected]
    assert svc.ticket_count(TicketFilter(search=typed)) == len(rows)
    if finds is not None:
        assert rows and all(
            fold(finds) in fold(f"{r.category} {r.description} {r.address} {r.service_name}")
            for r in rows
        )


def test_nothing_matches_gives_an_empty_page_not_an_error(svc, many):
    page = svc.ticket_page(TicketFilter(search="zzzz"))
    assert page.rows == () and page.next is None
    assert svc.ticket_count(TicketFilter(search="zzzz")) == 0
