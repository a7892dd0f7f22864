"""The demo city: a newcomer opens the application and finds a living, consistent city.

Generated on a small scale and a fixed date so that the tests are fast and repeatable.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from citizenspace.domain import catalog as c
from citizenspace.domain.ids import id_for_key
from citizenspace.domain.people import PersonDraft
from citizenspace.domain.pictures import PictureKind, picture_kind
from citizenspace.services.demo.data import load
from citizenspace.services.demo.demo import (
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
    proposed = load().projects
    assert all(p.picture for p in proposed)
    assert len({p.picture for p in proposed}) == len(proposed)
    drawings = resources.files("citizenspace.resources") / "images" / "projects"
    assert all(picture_kind((drawings / p.picture).read_bytes()) for p in proposed)
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


# ------------------------------------------------------------------ through the domain's rules


def test_every_row_passes_the_rules_the_services_apply(s):
    """Read back, every person, directory service, ticket category, visit, ticket, survey,
    edition and project is one the application's forms would save as it is stored."""
    from citizenspace.domain import people as person_rules
    from citizenspace.domain.budget import editions as budget_rules
    from citizenspace.domain.reception import directory as directory_rules
    from citizenspace.domain.reception import quality
    from citizenspace.domain.reception import tickets as ticket_rules
    from citizenspace.domain.reception import visits as visit_rules
    from citizenspace.store.models import MysterySurvey, TicketCategory, TicketEvent

    refused: list[tuple[str, str, object]] = []

    def rule(kind: str, key: str, problems) -> None:
        refused.extend((kind, key, p) for p in problems)

    people = s.scalars(select(Person)).all()
    assert people
    for p in people:
        draft = PersonDraft(
            p.first_name, p.last_name, p.email, p.phone, p.birth_year, p.address, p.postcode,
            p.district_id, p.consent_contact, p.consent_photo, p.notes,
        )  # fmt: skip
        rule("person", p.id, person_rules.validate(draft, TODAY))
        assert person_rules.normalise(draft) == draft, p.id
        assert p.search_key == person_rules.search_key(f"{p.last_name} {p.first_name}")
    identities = set()
    for e in s.scalars(select(DirectoryEntry)):
        draft = directory_rules.EntryDraft(
            e.name, e.competence, e.body_name, e.keywords, e.phone, e.email, e.address,
            e.hours, e.website, e.theme_id,
        )  # fmt: skip
        rule("directory entry", e.name, directory_rules.check(draft))
        assert directory_rules.normalise(draft) == draft, e.name
        assert directory_rules.identity(e.name, e.body_name) not in identities, e.name
        identities.add(directory_rules.identity(e.name, e.body_name))
    categories = s.scalars(select(TicketCategory)).all()
    for cat in categories:
        others = [o for o in categories if o.id != cat.id]
        rule(
            "ticket category",
            cat.code,
            ticket_rules.category_problems(
                cat.code,
                cat.name,
                cat.due_days,
                other_codes=[o.code for o in others],
                other_names=[o.name for o in others],
            ),
        )
    now = datetime.combine(TODAY, datetime.min.time())
    for v in s.scalars(select(Visit)):
        draft = visit_rules.VisitDraft(
            v.channel, v.outcome, v.arrived_at, v.theme_id, v.directory_entry_id, v.started_at,
            v.ended_at, v.district_id, v.age_band, v.person_id, v.note, v.satisfaction,
            v.site_id, v.staff_account_id,
        )  # fmt: skip
        rule("visit", v.id, visit_rules.check_visit(draft, now))
        assert v.wait_seconds == visit_rules.wait_seconds(draft), v.id
        assert v.service_seconds == visit_rules.service_seconds(draft), v.id
    competence = dict(s.execute(select(DirectoryEntry.id, DirectoryEntry.competence)).all())
    history: dict[str, list[TicketEvent]] = {}
    for e in s.scalars(select(TicketEvent).order_by(TicketEvent.at, TicketEvent.id)):
        history.setdefault(e.ticket_id, []).append(e)
    tickets = s.scalars(select(FollowUp)).all()
    assert tickets
    for t in tickets:
        rule("ticket", t.id, ticket_rules.description_problems(t.description))
        where = ticket_rules.Location(t.address, t.latitude, t.longitude)
        rule("ticket", t.id, ticket_rules.location_problems(where))
        contact = (t.contact_name, t.contact_phone, t.contact_email)
        rule("ticket", t.id, ticket_rules.contact_problems(*contact))
        body = competence.get(t.directory_entry_id)
        rule("ticket", t.id, ticket_rules.outside_competence_problems(t.outside_competence, body))
        if t.informed_on is not None:
            rule("ticket", t.id, ticket_rules.informed_problems(t.informed_on, t.opened_on, TODAY))
        steps = history[t.id]
        for before, after in zip(steps, steps[1:], strict=False):
            problems = ticket_rules.transition_problems(
                before.status,
                after.status,
                after.reason,
                outside_competence=t.outside_competence,
                informed=bool(t.citizen_informed_by),
            )
            rule("ticket", t.id, problems)
    for survey in s.scalars(select(MysterySurvey)):
        grid = quality.Grid(survey.grid)
        rule("survey", survey.id, quality.check_answers(grid, json.loads(survey.answers)))
    editions = s.scalars(select(BudgetEdition)).all()
    assert editions
    for ed in editions:
        draft = budget_rules.EditionDraft(
            ed.year, ed.title, ed.budget_cents, ed.voting_method, ed.max_choices,
            ed.outcome_rule, ed.phase, ed.proposals_from, ed.selection_from, ed.vote_from,
            ed.vote_until, ed.results_on,
        )  # fmt: skip
        rule("edition", ed.title, budget_rules.validate_edition(draft))
        assert budget_rules.normalise_edition(draft) == draft
    for p in s.scalars(select(Project)):
        draft = budget_rules.ProjectDraft(
            p.title, p.cost_cents, p.easy_read, p.description, p.proposer_group, p.status,
            p.status_reason, p.ballot_order,
        )  # fmt: skip
        rule("project", p.title, budget_rules.validate_project(draft))
        assert budget_rules.normalise_project(draft) == draft, p.title
    assert refused == []


def _data_folder(tmp_path: Path) -> Path:
    """A copy of the application's demo data, to break."""
    folder = tmp_path / "data"
    folder.mkdir()
    for f in (resources.files("citizenspace.resources") / "demo").iterdir():
        if f.name.endswith(".toml"):
            (folder / f.name).write_bytes(f.read_bytes())
    return folder


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _nothing_written(db: Database) -> None:
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM change_log")) == 0
        assert session.scalar(text("SELECT count(*) FROM secret_outbox")) == 0
        for name in synced_tables():
            if name != "devices":  # the machine's own registration, made on opening
                assert session.scalar(text(f'SELECT count(*) FROM "{name}"')) == 0, name
    blobs = BlobStore.for_database(db.path).root
    assert not blobs.exists() or not any(p.is_file() for p in blobs.rglob("*"))


def test_a_name_the_person_form_refuses_stops_the_demo(db, tmp_path):
    from citizenspace.services.demo.demo import DemoEntryRefused

    folder = _data_folder(tmp_path)
    people = folder / "people.toml"
    too_long = "-".join(["Lefebvre"] * 10)  # 89 letters: the person form takes 80 at most
    text_ = re.sub(
        r"last_names = \[.*?\]", f'last_names = ["{too_long}"]', people.read_text(), flags=re.S
    )
    people.write_text(text_, encoding="utf-8")
    with pytest.raises(DemoEntryRefused, match=f"people.toml, the person «.* {too_long}»"):
        generate(db, scale=0.01, today=TODAY, data_folder=folder)
    _nothing_written(db)


@pytest.mark.parametrize(
    ("file", "old", "new", "named", "refusal"),
    [
        (
            "budget.toml",
            'title = "Une aire de jeux inclusive"',
            'title = "  "',
            "budget.toml, [[projects]] #1",
            "title required",
        ),
        (
            "budget.toml",
            "cost_euros = 1_200",
            "cost_euros = 0",
            "budget.toml, [[projects]] #2 «Des boîtes à livres dans les quartiers»",
            "cost_cents not_positive",
        ),
        (
            # A child's full name instead of a group: the budget form refuses it.
            "budget.toml",
            'proposer_group = "École Jean Macé – classe de CM2"',
            'proposer_group = "Emma Lefebvre"',
            "budget.toml, [[projects]] #3 «Un jardin partagé à l'école»",
            "proposer_group full_name",
        ),
        (
            "budget.toml",
            "budget_euros = 10_000",
            "budget_euros = 0",
            "budget.toml, [edition]",
            "budget_cents not_positive",
        ),
        (
            "directory.toml",
            'email = "etat-civil@saint-quentin.example"',
            'email = "etat-civil chez saint-quentin"',
            "directory.toml, [[services]] #1 «Service État civil»",
            "email invalid_email",
        ),
        (
            "directory.toml",
            'theme = "Urbanisme"',
            'theme = "Urbanisme commercial"',
            "directory.toml, [[services]] #4 «Service Urbanisme»",
            "theme unknown_theme",
        ),
        (
            "directory.toml",
            'competence = "État"',
            'competence = "Confédération"',
            "«Sous-préfecture de Saint-Quentin»",
            "competence unknown_competence",
        ),
        (
            "directory.toml",
            "due_days = 21",
            "due_days = 400",
            "directory.toml, [[ticket_categories]] #1 «Voirie»",
            "due_days due_days_out_of_range",
        ),
        (
            # The city's postcode goes into every person's address.
            "places.toml",
            'postcode = "02100"',
            'postcode = "2100"',
            "places.toml, the person «",
            "postcode invalid_postcode",
        ),
    ],
)
def test_an_entry_the_rules_refuse_stops_the_demo_and_is_named(
    db, tmp_path, file, old, new, named, refusal
):
    from citizenspace.services.demo.demo import DemoEntryRefused

    folder = _data_folder(tmp_path)
    _edit(folder, file, old, new)
    with pytest.raises(DemoEntryRefused) as refused:
        generate(db, scale=0.01, today=TODAY, data_folder=folder)
    assert named in str(refused.value)
    assert refusal in str(refused.value)
    _nothing_written(db)


@pytest.mark.parametrize(
    ("file", "old", "new", "said"),
    [
        (
            "budget.toml",
            'title = "Une aire de jeux inclusive"',
            'title = "Une aire de jeux inclusive',
            "budget.toml: not valid TOML",
        ),
        (
            "budget.toml",
            "cost_euros = 4_500\n",
            "",
            "budget.toml, [[projects]] #1 «Une aire de jeux inclusive»: the key `cost_euros` "
            "is missing",
        ),
        (
            "budget.toml",
            "cost_euros = 4_500",
            'cost_euros = "4 500 €"',
            "budget.toml, [[projects]] #1 «Une aire de jeux inclusive»: `cost_euros` should be "
            "a whole number",
        ),
        (
            "places.toml",
            'kind = "bus"',
            'kind = "tram"',
            "places.toml, [[sites]] #6 «Bus France Services»: `kind` = 'tram' is none of",
        ),
        (
            "places.toml",
            'site = "cs_europe"',
            'site = "cs_nowhere"',
            "places.toml, [[devices]] #7 «Borne Centre social Europe»: `site` = 'cs_nowhere' "
            "is the key of no site",
        ),
        (
            "directory.toml",
            'keywords = "acte naissance mariage décès"',
            'keywords = "acte naissance mariage décès"\nkeyword = "acte"',
            "directory.toml, [[themes]] #1 «État civil»: unknown key `keyword` (misspelt?)",
        ),
        (
            "reception.toml",
            "Rue entière dans le noir, {street}",
            "Rue entière dans le noir, {rue}",
            "reception.toml, [reports.Éclairage public]: 'Rue entière dans le noir, {rue}': "
            "only {n} and {street} are filled in",
        ),
        (
            "councils.toml",
            'role = "staff"',
            'role = "mayor"',
            "councils.toml, [[local_group]] #3 «Direction générale des services»",
        ),
    ],
)
def test_a_broken_data_file_gives_a_clear_error_and_writes_nothing(
    db, tmp_path, file, old, new, said
):
    from citizenspace.services.common.errors import ServiceError
    from citizenspace.services.demo.data import DemoDataError

    folder = _data_folder(tmp_path)
    _edit(folder, file, old, new)
    with pytest.raises(DemoDataError) as broken:
        generate(db, scale=0.01, today=TODAY, data_folder=folder)
    assert str(broken.value).startswith("demo data ")
    assert said in str(broken.value)
    # One line, said by the command line as it is: "The demo city could not be written".
    assert isinstance(broken.value, ServiceError) and "\n" not in str(broken.value)
    _nothing_written(db)


def test_a_missing_data_file_is_named(tmp_path):
    from citizenspace.services.demo.data import DemoDataError

    folder = _data_folder(tmp_path)
    (folder / "councils.toml").unlink()
    with pytest.raises(DemoDataError, match=r"councils\.toml: the file is missing"):
        load(folder)


def test_the_syntax_error_says_where_it_is(tmp_path):
    from citizenspace.services.demo.data import DemoDataError

    folder = _data_folder(tmp_path)
    _edit(folder, "people.toml", '"Leroy", ', '"Leroy" ')
    with pytest.raises(DemoDataError, match=r"people\.toml: not valid TOML: .*line 10"):
        load(folder)
