"""Retention rules evaluated together (issue 12, finding 4).

The data protection officer's finding: "the preview announced 186 people and the run blanked
221: the 12-month visit rule first cuts the link from old visits to the person, then the
36-month people rule no longer sees those visits; 35 people whose last visit was within
36 months (one 13 months before) were blanked."

Here, on real databases: the preview and the run are compared row by row (counts and ids),
and who is blanked is checked against an oracle written in this file from the people's
known last activity, never against the code under test; the daily run is played month after
month, since the links a run cuts are gone for every later run.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from citizenspace.domain.catalog import Channel, TicketStatus, VisitOutcome
from citizenspace.domain.privacy import DataKind
from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.store.models import FollowUp, Person, Site, Theme, Visit
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share
from tests.conftest import new_database

START = date(2026, 11, 20)
#: Nobody joined recently: only their activity keeps them.
JOINED = date(2019, 1, 10)


def months_before(day: date, months: int) -> date:
    """Written again here, on purpose: the oracle does not borrow the rules' own."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expected_blanked(last_seen: dict[str, date | None], today: date) -> set[str]:
    """The people rule as the GDPR and the city put it: 36 months after the last activity
    (a visit, a ticket closed), the day itself still within."""
    cut = months_before(today, 36)
    return {pid for pid, day in last_seen.items() if day is None or day < cut}


class City:
    """People with one known last activity each, on a real database."""

    def __init__(self, db) -> None:
        self.db = db
        self.last_seen: dict[str, date | None] = {}
        with db.write() as s:
            site, theme = Site(name="Espace Citoyens"), Theme(name="État civil")
            s.add_all([site, theme])
            s.flush()
            self.site, self.theme = site.id, theme.id

    def person(self, name: str) -> str:
        with self.db.write() as s:
            p = Person(
                first_name=name.capitalize(),
                last_name=f"{name}surname",
                search_key=f"{name}surname {name}",
                email=f"{name}@example.org",
                created_on=JOINED,
            )
            s.add(p)
            s.flush()
            self.last_seen[p.id] = None
            return p.id

    def _seen(self, pid: str, day: date) -> None:
        old = self.last_seen[pid]
        self.last_seen[pid] = day if old is None else max(old, day)

    def visit(self, pid: str | None, day: date, note: str = "asked about her file") -> str:
        with self.db.write() as s:
            arrived = datetime.combine(day, time(10, 15))
            v = Visit(
                site_id=self.site,
                channel=Channel.DESK,
                theme_id=self.theme,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=arrived,
                started_at=arrived + timedelta(minutes=2),
                ended_at=arrived + timedelta(minutes=9),
                wait_seconds=120,
                service_seconds=420,
                note=note,
                person_id=pid,
            )
            s.add(v)
            s.flush()
        if pid is not None:
            self._seen(pid, day)
        return v.id

    def ticket(self, pid: str, closed: date) -> str:
        with self.db.write() as s:
            t = FollowUp(
                category="Voirie",
                description="a hole in front of the bakery",
                opened_on=closed - timedelta(days=9),
                status=TicketStatus.RESOLVED,
                closed_on=closed,
                contact_name="Mme Lefèvre",
                person_id=pid,
            )
            s.add(t)
            s.flush()
        self._seen(pid, closed)
        return t.id


def held_people(db) -> set[str]:
    with db.read() as s:
        return set(
            s.connection().exec_driver_sql("SELECT id FROM people WHERE first_name != ''").scalars()
        )


def visits_holding(db) -> set[str]:
    with db.read() as s:
        return set(
            s.connection()
            .exec_driver_sql("SELECT id FROM visits WHERE note != '' OR person_id IS NOT NULL")
            .scalars()
        )


def tickets_holding(db) -> set[str]:
    with db.read() as s:
        return set(
            s.connection()
            .exec_driver_sql("SELECT id FROM follow_ups WHERE contact_name != ''")
            .scalars()
        )


def run_as_previewed(db, day: date):
    """The preview, then the run, on the same data: the run must blank exactly the rows the
    preview named, and report exactly the counts it announced."""
    privacy = PrivacyService(db, today=lambda: day)
    announced = privacy.preview()
    planned = {kind: privacy.preview_ids(kind) for kind in DataKind}
    people, visits, tickets = held_people(db), visits_holding(db), tickets_holding(db)
    report = privacy.anonymise_expired()
    assert report.counts == announced
    assert people - held_people(db) == planned[DataKind.PEOPLE]
    assert visits - visits_holding(db) == planned[DataKind.VISITS]
    assert tickets - tickets_holding(db) == planned[DataKind.TICKETS]
    assert {c.kind: c.rows for c in announced}[DataKind.PEOPLE] == len(planned[DataKind.PEOPLE])
    assert privacy.preview_ids(DataKind.PEOPLE) == frozenset()  # nothing left for today
    return report


def last_involved(db, pid: str) -> date | None:
    with db.read() as s:
        return s.get(Person, pid).last_involved_on


def test_the_finding_a_visit_13_months_ago_no_longer_blanks_its_person(db):
    """The finding's own shape: visits kept 12 months, people 36 (the defaults)."""
    city = City(db)
    privacy = PrivacyService(db, today=lambda: START)
    assert privacy.months(DataKind.VISITS) == 12 and privacy.months(DataKind.PEOPLE) == 36
    ages = {13: "thirteen", 35: "thirtyfive", 36: "thirtysix", 37: "thirtyseven"}
    ids = {}
    for months, name in ages.items():
        ids[months] = city.person(name)
        city.visit(ids[months], months_before(START, months))
    ids["never"] = city.person("neverseen")
    ids["ticket"] = city.person("pothole")
    city.ticket(ids["ticket"], months_before(START, 14))

    assert privacy.preview_ids(DataKind.PEOPLE) == {ids[37], ids["never"]}
    run_as_previewed(db, START)
    assert held_people(db) == {ids[13], ids[35], ids[36], ids["ticket"]}
    # Their visits' links are gone (12 months), their days are kept on their sheets.
    assert visits_holding(db) == set()
    assert last_involved(db, ids[13]) == months_before(START, 13)
    assert last_involved(db, ids["ticket"]) == months_before(START, 14)
    assert last_involved(db, ids[37]) is None  # blanked with the rest of the sheet

    # The next day's run no longer sees any link: the kept days still count.
    tomorrow = START + timedelta(days=1)
    run_as_previewed(db, tomorrow)
    assert held_people(db) == {ids[13], ids[35], ids["ticket"]}  # 36 months and a day: gone
    assert held_people(db) == set(city.last_seen) - expected_blanked(city.last_seen, tomorrow)


def test_month_after_month_only_people_unseen_for_36_months_are_blanked(db):
    """Everyone's last activity at every age from 0 to 48 months (a visit for some, a ticket
    closed for others, older activity too), then the daily run every month for three years:
    each run does what its preview said, and blanks exactly the people the oracle names."""
    city = City(db)
    for months in range(0, 49):
        visitor = city.person(f"visitor{months}")
        city.visit(visitor, months_before(START, months + 7), note="an older visit")
        city.visit(visitor, months_before(START, months))
        reporter = city.person(f"reporter{months}")
        city.visit(reporter, months_before(START, months + 20))
        city.ticket(reporter, months_before(START, months))
    city.person("neverseen")
    city.visit(None, months_before(START, 14), note="someone who gave no name")

    blanked_before: set[str] = set()
    for step in range(0, 38):
        day = months_before(START, -step)
        run_as_previewed(db, day)
        blanked = set(city.last_seen) - held_people(db)
        assert blanked == expected_blanked(city.last_seen, day), day
        assert blanked >= blanked_before  # once blanked, never back
        blanked_before = blanked
    assert len(blanked_before) == 2 * 49 + 1  # in the end, everyone's time came
    assert visits_holding(db) == set()


def test_a_day_in_the_middle_of_the_month_and_a_second_run_the_same_day(db):
    """Runs on days that are not month boundaries, twice a day: nothing extra the second
    time, the preview still exact."""
    city = City(db)
    people = {}
    for days in (380, 395, 1090, 1095, 1100, 1110):
        people[days] = city.person(f"seen{days}")
        city.visit(people[days], START - timedelta(days=days))
    previous = None
    for offset in (0, 17, 17, 45, 101):
        day = START + timedelta(days=offset)
        report = run_as_previewed(db, day)
        if offset == previous:
            assert report.total == 0
        previous = offset
        assert set(city.last_seen) - held_people(db) == expected_blanked(city.last_seen, day)


@pytest.fixture
def replicas(tmp_path: Path):
    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    made = []

    def make(name: str):
        db = new_database(tmp_path / f"{name}.db")
        made.append(db)
        return db

    yield make, share
    for db in made:
        db.close()


def round_(db, share: Path) -> None:
    report = SyncEngine(db, share).round(flush_secret=True)
    assert report.ok, report


def conflicts(db) -> int:
    with db.read() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM conflict_records").scalar()


def test_the_kept_day_travels_and_two_machines_running_the_same_day_do_not_conflict(replicas):
    make, share = replicas
    a, b = make("a"), make("b")
    city = City(a)
    seen = city.person("thirteen")
    city.visit(seen, months_before(START, 13))
    gone = city.person("thirtyseven")
    city.visit(gone, months_before(START, 37))
    round_(a, share)
    round_(b, share)
    # Both machines run the day's anonymisation before they meet again.
    run_as_previewed(a, START)
    run_as_previewed(b, START)
    for db in (a, b, a, b):
        round_(db, share)
    for db in (a, b):
        assert held_people(db) == {seen}
        assert last_involved(db, seen) == months_before(START, 13)
        assert conflicts(db) == 0
    # A machine that only receives the other's run (its links already cut) keeps the
    # person too, for as long as their period lasts.
    c = make("c")
    round_(c, share)
    with c.read() as s:
        assert s.get(Person, seen).first_name == "Thirteen"
    later = months_before(START, -22)  # 35 months after the visit
    run_as_previewed(c, later)
    assert held_people(c) == {seen}
    run_as_previewed(c, months_before(START, -24))  # 37 months after
    assert held_people(c) == set()
