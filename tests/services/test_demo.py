"""The demo city: a newcomer opens the application and finds a living, consistent city.

Generated on a small scale and a fixed date so that the tests are fast and repeatable.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from citizenspace.domain import catalog as c
from citizenspace.domain.ids import id_for_key
from citizenspace.domain.people import PersonDraft
from citizenspace.domain.pictures import PictureKind, picture_kind
from citizenspace.services.demo.demo import (
    PROJECT_PICTURES,
    PROJECTS,
    DemoRefused,
    DemoSummary,
    generate,
)
from citizenspace.services.people.people import PeopleService
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.migrate import open_database
from citizenspace.store.models import (
    AgendaItem,
    Attendance,
    Ballot,
    Body,
    BudgetEdition,
    Candidacy,
    CodeBatch,
    Device,
    DirectoryEntry,
    District,
    Draw,
    EditionSite,
    Event,
    FollowUp,
    Membership,
    Person,
    Project,
    Setting,
    StaffAccount,
    Theme,
    UsedCode,
    Visit,
    synced_tables,
)

TODAY = date(2026, 4, 15)
SCALE = 0.05


def _generate(path: Path, **kw) -> tuple[Database, DemoSummary]:
    db, _ = open_database(path)
    return db, generate(db, scale=SCALE, today=TODAY, **kw)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    """One demo city shared by the read-only tests of this module, with its progress reports."""
    fractions: list[float] = []
    db, summary = _generate(tmp_path_factory.mktemp("demo") / "a.db", progress=fractions.append)
    yield db, summary, fractions
    db.close()


@pytest.fixture
def s(city):
    db, _summary, _fractions = city
    with db.read() as session:
        yield session


def count(s, model, *where) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_city_has_its_name_places_and_councils(s):
    assert s.get(Setting, id_for_key("setting", "city_name")).value == "Saint-Quentin (démo)"
    assert count(s, District) == 8
    councils = s.scalars(select(Body).where(Body.kind == c.BodyKind.NEIGHBOURHOOD_COUNCIL)).all()
    assert len(councils) == 8 and {b.seats for b in councils} == {35}
    assert {b.district_id for b in councils} == set(s.scalars(select(District.id)))
    youth = s.scalars(select(Body).where(Body.kind == c.BodyKind.YOUTH_COUNCIL)).one()
    assert (youth.seats, youth.min_age, youth.max_age) == (45, 11, 20)
    assoc = s.scalars(select(Body).where(Body.kind == c.BodyKind.ASSOCIATIONS_COUNCIL)).one()
    assert (assoc.seats, assoc.term_years) == (25, 3)
    assert s.scalars(select(Body.seats).where(Body.kind == c.BodyKind.LOCAL_GROUP)).one() == 19
    assert count(s, Body, Body.kind == c.BodyKind.SENIOR_COUNCIL) == 1
    kiosk = s.scalars(select(Device).where(Device.kind == c.DeviceKind.KIOSK)).all()
    assert "Borne Espace Citoyens" in {d.name for d in kiosk}


def test_summary_counts_match_the_database(city, s):
    _db, summary, _ = city
    tables = synced_tables()
    for name, n in summary.counts.items():
        assert name in tables
        assert s.scalar(text(f'SELECT count(*) FROM "{name}"')) == n, name
    assert summary.counts["visits"] == round(20_000 * SCALE)
    assert summary.counts["people"] >= round(1_500 * SCALE)
    assert 50 <= summary.counts["events"] <= 90
    assert summary.total == sum(summary.counts.values())


def test_draws_give_members_and_a_ranked_reserve_list(s):
    for body in s.scalars(select(Body)):
        statuses = Counter(s.scalars(select(Candidacy.status).where(Candidacy.body_id == body.id)))
        members = s.scalars(
            select(Membership).where(
                Membership.body_id == body.id, Membership.source == c.MembershipSource.DRAW
            )
        ).all()
        if body.kind is c.BodyKind.LOCAL_GROUP:
            # Appointed stakeholders, not drawn: no candidacy, no draw.
            assert not statuses and not members
            assert count(s, Membership, Membership.body_id == body.id) == 19
            continue
        assert count(s, Draw, Draw.body_id == body.id) == 1
        assert statuses[c.CandidacyStatus.DRAWN] == len(members) <= body.seats
        assert statuses[c.CandidacyStatus.PENDING] >= 1
        drawn = set(
            s.scalars(
                select(Candidacy.person_id).where(
                    Candidacy.body_id == body.id, Candidacy.status == c.CandidacyStatus.DRAWN
                )
            )
        )
        assert drawn == {m.person_id for m in members}
        ranks = sorted(
            s.scalars(
                select(Candidacy.reserve_rank).where(
                    Candidacy.body_id == body.id, Candidacy.status == c.CandidacyStatus.RESERVE
                )
            )
        )
        assert ranks == list(range(1, len(ranks) + 1))


def test_young_people_sit_on_the_youth_council_and_retired_people_dominate_candidacies(s):
    years = s.scalars(
        select(Person.birth_year)
        .join(Membership, Membership.person_id == Person.id)
        .join(Body, Body.id == Membership.body_id)
        .where(Body.kind == c.BodyKind.YOUTH_COUNCIL)
    ).all()
    assert years and all(TODAY.year - y - 1 >= 11 and TODAY.year - y <= 20 for y in years)
    ages = s.scalars(
        select(TODAY.year - Person.birth_year)
        .join(Candidacy, Candidacy.person_id == Person.id)
        .join(Body, Body.id == Candidacy.body_id)
        .where(Body.kind == c.BodyKind.NEIGHBOURHOOD_COUNCIL)
    ).all()
    assert sum(a >= 63 for a in ages) > len(ages) / 2


def test_people_have_contact_details_only_with_consent(s):
    people = s.scalars(select(Person)).all()
    assert all(p.postcode == "02100" for p in people)
    assert any(p.consent_contact for p in people)
    assert all(p.consent_contact for p in people if p.email or p.phone)
    assert all(p.consent_contact_on is not None for p in people if p.consent_contact)


def test_a_year_of_events_with_sign_in_sheets_for_the_past_ones(s):
    events = s.scalars(select(Event)).all()
    starts = [e.starts_at.date() for e in events]
    assert min(starts) >= TODAY - timedelta(days=366) and max(starts) <= TODAY + timedelta(days=120)
    kinds = {e.kind for e in events}
    assert set(c.EventKind) - {c.EventKind.OTHER} <= kinds
    marked = set(s.scalars(select(Attendance.event_id)))
    for e in events:
        past = e.starts_at.date() < TODAY
        assert (e.status is c.EventStatus.PLANNED) != past
        if e.id in marked:
            assert e.status is c.EventStatus.HELD
    meetings = [
        e
        for e in events
        if e.kind is c.EventKind.COUNCIL_MEETING
        and e.status is c.EventStatus.HELD
        and e.title.startswith("Conseil de quartier")
    ]
    assert meetings
    for e in meetings:
        marks = Counter(s.scalars(select(Attendance.status).where(Attendance.event_id == e.id)))
        assert set(marks) <= set(c.AttendanceStatus)
        assert marks[c.AttendanceStatus.PRESENT] <= 36


def test_city_topics_come_first_and_citizens_topics_last(s):
    items = s.execute(
        select(AgendaItem.event_id, AgendaItem.position, AgendaItem.source).order_by(
            AgendaItem.event_id, AgendaItem.position
        )
    ).all()
    by_event: dict[str, list[c.AgendaSource]] = {}
    for event_id, _pos, source in items:
        by_event.setdefault(event_id, []).append(source)
    assert any(c.AgendaSource.CITIZENS in sources for sources in by_event.values())
    for sources in by_event.values():
        assert sources == sorted(sources, key=lambda x: x is c.AgendaSource.CITIZENS)


def test_reception_year_on_weekdays_in_opening_hours(s):
    visits = s.scalars(select(Visit)).all()
    first, last = (
        datetime.combine(TODAY - timedelta(days=366), datetime.min.time()),
        (datetime.combine(TODAY, datetime.min.time())),
    )
    channels = Counter(v.channel for v in visits)
    assert channels.most_common(1)[0][0] is c.Channel.DESK
    assert set(channels) == set(c.Channel)
    for v in visits:
        assert first <= v.arrived_at < last
        assert v.arrived_at.weekday() < 5
        if v.channel is c.Channel.BUS:
            assert v.arrived_at.weekday() in (1, 3)
        if v.outcome is c.VisitOutcome.MISSED:
            assert v.started_at is None and v.satisfaction is None
        else:
            wait = (v.started_at - v.arrived_at).total_seconds() / 60
            if v.channel is c.Channel.DESK:
                assert 0 <= wait <= 40
                assert 2 <= (v.ended_at - v.started_at).total_seconds() / 60 <= 20
    assert any(v.satisfaction for v in visits)
    # The reception charter's scale: 1 (not satisfied) to 4 (very satisfied).
    assert {v.satisfaction for v in visits if v.satisfaction} <= {1, 2, 3, 4}
    assert any(v.outcome is c.VisitOutcome.MISSED for v in visits)
    follow_ups = s.scalars(select(FollowUp)).all()
    assert follow_ups and all(f.visit_id and f.due_on for f in follow_ups)


def test_themes_directory_and_staff(s):
    assert count(s, Theme, Theme.parent_id.is_(None)) >= 10
    assert count(s, Theme, Theme.parent_id.is_not(None)) >= 30
    competences = Counter(s.scalars(select(DirectoryEntry.competence)))
    assert 25 <= sum(competences.values()) <= 40
    for who in (
        c.Competence.CITY,
        c.Competence.URBAN_COMMUNITY,
        c.Competence.STATE,
        c.Competence.DEPARTMENT,
    ):
        assert competences[who] >= 2
    roles = Counter(s.scalars(select(StaffAccount.role)))
    assert roles == {c.StaffRole.COORDINATOR: 5, c.StaffRole.RECEPTION: 4, c.StaffRole.ADMIN: 1}


def test_childrens_budget_is_open_for_votes(s):
    edition = s.scalars(select(BudgetEdition)).one()
    assert edition.year == TODAY.year and edition.phase is c.EditionPhase.VOTE
    assert (edition.budget_cents, edition.max_choices) == (1_000_000, 3)
    assert edition.voting_method is c.VotingMethod.APPROVAL
    assert edition.outcome_rule is c.OutcomeRule.GREEDY
    # No secret that makes codes: a salt for the verifiers, a key for paper serials only.
    assert edition.code_key == "" and len(bytes.fromhex(edition.code_salt)) == 16
    assert len(bytes.fromhex(edition.paper_key)) == 32
    assert edition.vote_from <= TODAY <= edition.vote_until
    projects = s.scalars(select(Project).where(Project.edition_id == edition.id)).all()
    assert 8 <= len(projects) <= 10
    assert all(p.status is c.ProjectStatus.ON_BALLOT and p.easy_read for p in projects)
    assert sum(p.cost_cents for p in projects) > edition.budget_cents
    kiosk_batch, demo_batch = s.scalars(select(CodeBatch).order_by(CodeBatch.size.desc())).all()
    assert s.get(Device, kiosk_batch.device_id).name == "Borne Espace Citoyens"
    # The one any machine of the Citizen Space accepts, for `citizenspace kiosk --demo`.
    assert demo_batch.device_id is None and demo_batch.site_id == kiosk_batch.site_id
    assert len(kiosk_batch.verifiers) == 32 * kiosk_batch.size
    assert len(demo_batch.verifiers) == 32 * demo_batch.size
    # Ten days of votes already: kiosk ballots with as many used codes, and paper ones.
    kiosk = count(s, Ballot, Ballot.channel == c.BallotChannel.KIOSK)
    assert kiosk == count(s, UsedCode) >= 100
    assert count(s, Ballot, Ballot.channel == c.BallotChannel.PAPER) >= 20
    assert count(s, EditionSite, EditionSite.edition_id == edition.id) >= 1


def test_every_demo_project_has_its_picture_in_the_blob_store(city, s):
    db, _summary, _ = city
    store = BlobStore.for_database(db.path)
    projects = s.scalars(select(Project)).all()
    assert projects and all(p.picture_hash for p in projects)
    for project in projects:
        data = store.get(project.picture_hash)
        assert data is not None, project.title
        assert picture_kind(data) is PictureKind.SVG
    # Every drawing of the demo is a picture we accept, and each project has its own.
    assert set(PROJECT_PICTURES) == {p[0] for p in PROJECTS}
    assert len({p.picture_hash for p in projects}) == len(projects)


def test_every_row_is_in_the_outbox_and_foreign_keys_hold(city, s):
    _db, summary, _ = city
    secret = {"ballots", "used_codes"}  # they wait in the secret outbox, to leave shuffled
    in_secret = sum(v for k, v in summary.counts.items() if k in secret)
    assert s.scalar(text("SELECT count(*) FROM change_log")) == summary.total - in_secret
    by_table = dict(
        s.execute(text("SELECT table_name, count(*) FROM change_log GROUP BY table_name")).all()
    )
    assert by_table == {k: v for k, v in summary.counts.items() if v and k not in secret}
    secret_by_table = dict(
        s.execute(text("SELECT table_name, count(*) FROM secret_outbox GROUP BY 1")).all()
    )
    assert secret_by_table == {k: v for k, v in summary.counts.items() if k in secret and v}
    assert s.execute(text("PRAGMA foreign_key_check")).all() == []


def test_progress_goes_from_zero_to_one(city):
    _db, _summary, fractions = city
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def _contents(db: Database) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {
            name: s.execute(text(f'SELECT * FROM "{name}" ORDER BY id')).all()
            for name in synced_tables()
        }


def test_same_seed_same_city_ids_included(city, tmp_path):
    db_a, summary_a, _ = city
    db_b, summary_b = _generate(tmp_path / "b.db")
    try:
        assert summary_b.counts == summary_a.counts
        a, b = _contents(db_a), _contents(db_b)
        for name in ("people", "events", "visits"):
            assert a[name] and a[name] == b[name], name
        assert a == b
    finally:
        db_b.close()


def test_another_seed_gives_another_city(city, tmp_path):
    db_a, _, _ = city
    db_b, _ = open_database(tmp_path / "c.db")
    try:
        generate(db_b, scale=SCALE, seed=7, today=TODAY)
        with db_a.read() as sa, db_b.read() as sb:
            ids_a = set(sa.scalars(select(Person.id)))
            ids_b = set(sb.scalars(select(Person.id)))
        assert ids_a and ids_a.isdisjoint(ids_b)
    finally:
        db_b.close()


def test_refuses_a_database_that_already_holds_people(db):
    PeopleService(db, today=lambda: TODAY).create(PersonDraft("Ketty", "Poletti"))
    with db.read() as s:
        before = s.scalar(text("SELECT count(*) FROM change_log"))
    with pytest.raises(DemoRefused):
        generate(db, scale=SCALE, today=TODAY)
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM change_log")) == before
        assert count(s, Person) == 1 and count(s, Visit) == 0


def test_refuses_to_run_twice(db):
    generate(db, scale=0.01, today=TODAY)
    with db.read() as s:
        before = s.scalar(text("SELECT count(*) FROM change_log"))
    with pytest.raises(DemoRefused):
        generate(db, scale=0.01, today=TODAY)
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM change_log")) == before


def test_the_demo_database_is_marked_and_placed_at_the_citizen_space(city, s):
    from citizenspace.services.demo.demo import DEMO_FLAG
    from citizenspace.store.models import LocalSetting, Site

    assert s.get(LocalSetting, DEMO_FLAG).value == "1"
    site = s.get(Site, s.get(LocalSetting, "site_id").value)
    assert site.name == "Espace Citoyens"
