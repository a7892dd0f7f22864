"""The visit log: every filter and every page agree with a count made independently, and
each query walks one of the indexes of migration 0005 (no full scan, no OFFSET)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.services.demo import demo
from citizenspace.services.reception.reception import LogFilter, ReceptionService

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    from citizenspace.store.migrate import open_database

    db, _ = open_database(tmp_path_factory.mktemp("log") / "city.db")
    demo.generate(db, scale=0.1, today=TODAY)
    yield db
    db.close()


@pytest.fixture(scope="module")
def service(city) -> ReceptionService:
    return ReceptionService(city, now=lambda: datetime(2026, 11, 20, 18, 0))


def all_visits(db) -> list[dict]:
    con = sqlite3.connect(db.path)
    con.row_factory = sqlite3.Row
    rows = [dict(r) for r in con.execute("SELECT * FROM visits")]
    parents = dict(con.execute("SELECT id, parent_id FROM themes").fetchall())
    con.close()
    for r in rows:
        r["arrived"] = datetime.fromisoformat(r["arrived_at"])
        r["parent"] = parents.get(r["theme_id"])
    return rows


def expected(rows: list[dict], f: LogFilter) -> list[str]:
    """The filter's meaning, written out plainly in Python."""
    kept = []
    for r in rows:
        day = r["arrived"].date()
        if f.date_from and day < f.date_from or f.date_to and day > f.date_to:
            continue
        if f.channels and r["channel"] not in {c.value for c in f.channels}:
            continue
        if f.outcomes and r["outcome"] not in {o.value for o in f.outcomes}:
            continue
        if f.theme_ids and not ({r["theme_id"], r["parent"]} & set(f.theme_ids)):
            continue
        if f.site_ids and r["site_id"] not in f.site_ids:
            continue
        if f.staff_ids and r["staff_account_id"] not in f.staff_ids:
            continue
        kept.append(r)
    kept.sort(key=lambda r: (r["arrived_at"], r["id"]), reverse=True)
    return [r["id"] for r in kept]


def read_all(service: ReceptionService, f: LogFilter, page: int) -> list[str]:
    ids: list[str] = []
    cursor = None
    while True:
        p = service.log_page(f, after=cursor, limit=page)
        assert len(p.rows) <= page
        ids += [r.id for r in p.rows]
        if p.next is None:
            return ids
        cursor = p.next


def filters(service: ReceptionService) -> list[LogFilter]:
    themes = service.themes()
    staff = service.staff_accounts()
    sites = service.sites()
    month = LogFilter(date_from=TODAY - timedelta(days=30), date_to=TODAY)
    return [
        LogFilter(),
        month,
        LogFilter(date_from=TODAY, date_to=TODAY - timedelta(days=1)),  # empty range
        replace(month, channels=frozenset({Channel.PHONE})),
        LogFilter(channels=frozenset({Channel.EMAIL, Channel.LETTER})),
        LogFilter(outcomes=frozenset({VisitOutcome.MISSED})),
        LogFilter(theme_ids=frozenset({themes[0].id})),  # a parent: with its sub-themes
        LogFilter(theme_ids=frozenset({themes[3].children[1].id})),
        replace(month, site_ids=frozenset({sites[1].id}), outcomes={VisitOutcome.ANSWERED}),
        LogFilter(staff_ids=frozenset({staff[0].id, staff[2].id})),
        LogFilter(
            channels=frozenset({Channel.DESK}),
            theme_ids=frozenset({themes[5].id}),
            outcomes=frozenset({VisitOutcome.REDIRECTED, VisitOutcome.ANSWERED}),
        ),
    ]


def test_every_filter_and_every_page_match_an_independent_reading(city, service):
    rows = all_visits(city)
    assert len(rows) > 1000
    for f in filters(service):
        want = expected(rows, f)
        assert service.log_count(f) == len(want), f
        assert read_all(service, f, page=37) == want, f


def test_pages_do_not_skip_or_repeat_visits_that_arrived_at_the_same_minute(city, service):
    rows = all_visits(city)
    by_minute: dict[str, int] = {}
    for r in rows:
        by_minute[r["arrived_at"]] = by_minute.get(r["arrived_at"], 0) + 1
    assert max(by_minute.values()) > 1  # ties exist: the id breaks them
    f = LogFilter()
    assert read_all(service, f, page=1)[:300] == expected(rows, f)[:300]


def test_names_are_resolved_and_a_row_carries_no_orm_object(service):
    row = service.log_page(LogFilter(outcomes=frozenset({VisitOutcome.REDIRECTED})), limit=1)
    [r] = row.rows
    assert r.theme and r.service and r.site and r.staff
    assert type(r).__module__ == "citizenspace.services.reception.reception"


@pytest.mark.parametrize(
    ("make", "index"),
    [
        (lambda s: LogFilter(), "ix_visits_arrived"),
        (lambda s: LogFilter(date_from=TODAY, date_to=TODAY), "ix_visits_arrived"),
        (lambda s: LogFilter(channels=frozenset({Channel.PHONE})), "ix_visits_channel_arrived"),
        (
            lambda s: LogFilter(outcomes=frozenset({VisitOutcome.FOLLOW_UP})),
            "ix_visits_outcome_arrived",
        ),
        (lambda s: LogFilter(theme_ids=frozenset({s.themes()[0].id})), "ix_visits_theme_arrived"),
        (
            lambda s: LogFilter(site_ids=frozenset({s.sites()[0].id})),
            "ix_visits_quality",
        ),
        (
            lambda s: LogFilter(
                staff_ids=frozenset({s.staff_accounts()[0].id}),
                channels=frozenset({Channel.DESK}),
            ),
            "ix_visits_staff_arrived",
        ),
    ],
)
def test_the_log_reads_an_index_never_the_whole_table(service, make, index):
    plan = " / ".join(service.explain_log(make(service)))
    assert f"USING INDEX {index}" in plan or f"USING COVERING INDEX {index}" in plan, plan
    assert "SCAN visits" not in plan.replace(f"SCAN visits USING INDEX {index}", ""), plan
    assert "OFFSET" not in plan
