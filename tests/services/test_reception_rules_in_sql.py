"""Each reception rule is written once, in the domain; the SQL that aggregates years of
visits computes the same figure. Compared on random visits in a real database."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import text

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.reception.visits import served, waited
from citizenspace.services.reception.quality import WAIT_SQL
from citizenspace.store.models import Visit


def test_the_quality_sql_waits_as_the_desk_counts_them(db):
    """Visits merged from an older version carry no stored wait: the quality figures take
    it from their times, and must give what the desk's rule gives (missed visits and
    services never started have none; nothing below zero; microseconds included)."""
    rng = random.Random(7)
    base = datetime(2026, 3, 1, 8, 0)
    visits = []
    for i in range(600):
        arrived = base + timedelta(
            seconds=rng.randrange(86_400 * 60), microseconds=rng.randrange(10**6)
        )
        started = (
            None
            if rng.random() < 0.15
            else arrived
            + timedelta(seconds=rng.randint(-120, 7200), microseconds=rng.randrange(10**6))
        )
        outcome = rng.choice(list(VisitOutcome))
        visits.append((f"v{i}", arrived, started, outcome))
    with db.write() as s:
        for ident, arrived, started, outcome in visits:
            s.add(
                Visit(
                    id=ident,
                    channel=Channel.DESK,
                    outcome=outcome,
                    arrived_at=arrived,
                    started_at=started,
                    wait_seconds=None,  # as merged from an older version
                )
            )
    with db.read() as s:
        by_sql = dict(s.execute(text(f"SELECT id, {WAIT_SQL} FROM visits")).all())
    expected = {
        ident: waited(arrived, started, outcome) for ident, arrived, started, outcome in visits
    }
    assert by_sql == expected
    assert sum(v is None for v in expected.values()) > 50  # missed and never started: tried
    assert 0 in expected.values()  # started before arriving (a clock set wrong): zero


def test_waits_and_services_are_whole_seconds_never_negative():
    t = datetime(2026, 3, 1, 9, 0, 0, 900_000)
    assert (
        waited(t, t + timedelta(milliseconds=200), VisitOutcome.ANSWERED) == 1
    )  # 09:00:00 -> 09:00:01
    assert waited(t, t - timedelta(minutes=3), VisitOutcome.ANSWERED) == 0
    assert waited(t, t + timedelta(minutes=3), VisitOutcome.MISSED) is None
    assert waited(t, None, VisitOutcome.ANSWERED) is None
    assert served(t, t + timedelta(minutes=7)) == 420
    assert served(None, t) is None and served(t, None) is None
