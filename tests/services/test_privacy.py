"""Personal data: anonymisation after the retention period, export and erasure of a person.

The proof that data is gone is the database file itself, read as bytes (and its -wal): the
old markers must be nowhere, the recent ones still there (so that the scan can fail)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from citizenspace.domain.catalog import (
    AttendanceStatus,
    BodyKind,
    Channel,
    EventKind,
    TicketStatus,
    VisitOutcome,
)
from citizenspace.domain.privacy import DataKind
from citizenspace.services.common.errors import NotFound
from citizenspace.services.privacy.privacy import (
    ACTION_ANONYMISATION,
    ACTION_ERASURE,
    ACTION_EXPORT,
    LAST_RUN_KEY,
    PrivacyError,
    PrivacyRefused,
    PrivacyService,
    blocked_fields,
)
from citizenspace.store.models import (
    Attendance,
    AuditEntry,
    Body,
    Candidacy,
    Event,
    FollowUp,
    LocalSetting,
    Membership,
    MysterySurvey,
    Person,
    Site,
    Theme,
    TicketEvent,
    Visit,
)
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share

TODAY = date(2026, 11, 20)
OLD = datetime(2024, 9, 12, 9, 30)  # more than 12 months ago
RECENT = datetime(2026, 10, 5, 14, 0)

OLD_MARKERS = [
    "oldnotezebra",
    "oldvisitwalrus",
    "oldticketquokka",
    "olddraftaxolotl",
    "oldcontactnarwhal",
    "06 11 22 33 44",
    "oldmailokapi@example.org",
    "oldreasonibex",
    "oldstreetgecko",
    "oldlastyak",
    "oldfirstlynx",
    "oldguestkoala",
]
RECENT_MARKERS = [
    "newnotepanda",
    "newticketotter",
    "newcontactbadger",
    "newreasonheron",
    "openticketmarmot",
    "recentlastemu",
]


def file_text(db_path: Path) -> bytes:
    """Everything on disk for this database, lower-cased."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        p = Path(str(db_path) + suffix)
        if p.exists():
            data += p.read_bytes()
    return data.lower()


def missing(db_path: Path, markers: list[str]) -> list[str]:
    body = file_text(db_path)
    return [m for m in markers if m.lower().encode() not in body]


def present(db_path: Path, markers: list[str]) -> list[str]:
    body = file_text(db_path)
    return [m for m in markers if m.lower().encode() in body]


def round_(db, share: Path) -> None:
    report = SyncEngine(db, share).round(flush_secret=True)
    assert report.ok, report


@pytest.fixture
def share_root(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    open_share(root)
    return root


def _visit(s, theme, site, arrived, channel, outcome, note="", person=None, sat=None, wait=60):
    v = Visit(
        site_id=site,
        channel=channel,
        theme_id=theme,
        outcome=outcome,
        arrived_at=arrived,
        started_at=arrived + timedelta(seconds=wait),
        ended_at=arrived + timedelta(seconds=wait + 300),
        wait_seconds=wait,
        service_seconds=300,
        note=note,
        person_id=person,
        satisfaction=sat,
    )
    s.add(v)
    s.flush()
    return v.id


def city(db) -> dict[str, str]:
    """A small city with old and recent personal data, each carrying a marker."""
    ids: dict[str, str] = {}
    with db.write() as s:
        site = Site(name="Hôtel de ville")
        s.add(site)
        themes = [Theme(name="État civil"), Theme(name="Urbanisme")]
        s.add_all(themes)
        old_p = Person(
            first_name="Oldfirstlynx",
            last_name="Oldlastyak",
            search_key="oldlastyak oldfirstlynx",
            email="oldmailokapi@example.org",
            phone="06 11 22 33 44",
            address="3 oldstreetgecko",
            created_on=date(2021, 3, 1),
        )
        new_p = Person(
            first_name="Recentfirst",
            last_name="Recentlastemu",
            search_key="recentlastemu recentfirst",
            email="recent@example.org",
            created_on=date(2026, 1, 10),
        )
        s.add_all([old_p, new_p])
        body = Body(name="Conseil de quartier Nord", kind=BodyKind.NEIGHBOURHOOD_COUNCIL)
        s.add(body)
        s.flush()
        event = Event(title="Séance", kind=EventKind.COUNCIL_MEETING, starts_at=OLD)
        s.add(event)
        s.flush()
        s.add(
            Membership(
                body_id=body.id,
                person_id=old_p.id,
                starts_on=date(2021, 3, 1),
                ends_on=date(2023, 3, 1),
            )
        )
        s.add(Membership(body_id=body.id, person_id=new_p.id, starts_on=date(2026, 1, 10)))
        s.add(
            Attendance(
                event_id=event.id,
                person_id=old_p.id,
                status=AttendanceStatus.PRESENT,
                recorded_on=date(2022, 5, 1),
            )
        )
        s.add(
            Attendance(
                event_id=event.id,
                guest_name="Oldguestkoala",
                status=AttendanceStatus.PRESENT,
                recorded_on=date(2022, 5, 1),
            )
        )
        ids.update(old_person=old_p.id, new_person=new_p.id, site=site.id, body=body.id)
        # Visits over both periods: a mixture of channels, outcomes, themes and grades.
        channels = list(Channel)
        outcomes = [VisitOutcome.ANSWERED, VisitOutcome.REDIRECTED, VisitOutcome.FOLLOW_UP]
        for i in range(30):
            when = (OLD if i % 2 else RECENT) + timedelta(days=i, minutes=7 * i)
            marker = "oldnotezebra" if when < datetime(2025, 11, 20) else "newnotepanda"
            _visit(
                s,
                themes[i % 2].id,
                site.id,
                when,
                channels[i % len(channels)],
                outcomes[i % 3],
                note=f"{marker} {i}" if i % 3 else "",
                sat=(i % 4) + 1 if i % 5 else None,
                wait=30 * i,
            )
        ids["old_linked_visit"] = _visit(
            s,
            themes[0].id,
            site.id,
            OLD,
            Channel.DESK,
            VisitOutcome.ANSWERED,
            note="oldvisitwalrus asked for her file",
            person=old_p.id,
            sat=4,
        )
        ids["recent_linked_visit"] = _visit(
            s,
            themes[0].id,
            site.id,
            RECENT,
            Channel.PHONE,
            VisitOutcome.ANSWERED,
            note="newnotepanda called back",
            person=new_p.id,
        )
        # An old visit whose ticket is still open keeps its note.
        open_visit = _visit(
            s,
            themes[1].id,
            site.id,
            OLD,
            Channel.DESK,
            VisitOutcome.FOLLOW_UP,
            note="openticketmarmot visit",
        )
        old_t = FollowUp(
            category="Voirie",
            description="olddraftaxolotl",
            address="12 oldstreetgecko",
            latitude=49.84,
            longitude=3.29,
            opened_on=date(2024, 9, 12),
            status=TicketStatus.RESOLVED,
            closed_on=date(2024, 10, 1),
            contact_name="Oldcontactnarwhal",
            contact_phone="06 11 22 33 44",
            contact_email="oldmailokapi@example.org",
            status_reason="oldreasonibex fixed",
        )
        new_t = FollowUp(
            category="Éclairage public",
            description="newticketotter lamp",
            opened_on=date(2026, 9, 1),
            status=TicketStatus.RESOLVED,
            closed_on=date(2026, 9, 20),
            contact_name="Newcontactbadger",
        )
        open_t = FollowUp(
            category="Voirie",
            description="openticketmarmot hole",
            visit_id=open_visit,
            opened_on=date(2024, 1, 5),
            status=TicketStatus.IN_PROGRESS,
        )
        s.add_all([old_t, new_t, open_t])
        s.flush()
        s.add(
            TicketEvent(
                ticket_id=old_t.id,
                at=OLD,
                status=TicketStatus.REJECTED,
                reason="oldreasonibex at first",
            )
        )
        s.add(
            TicketEvent(
                ticket_id=new_t.id, at=RECENT, status=TicketStatus.RESOLVED, reason="newreasonheron"
            )
        )
        ids.update(old_ticket=old_t.id, new_ticket=new_t.id, open_ticket=open_t.id)
    return ids


def indicators(db) -> dict[str, object]:
    """What the dashboard and the counts are made of, computed here independently."""
    with db.read() as s:
        q = s.connection().exec_driver_sql
        return {
            "visits": q(
                "SELECT channel, outcome, theme_id, substr(arrived_at, 1, 7), count(*), "
                "sum(wait_seconds), sum(service_seconds), count(satisfaction), "
                "sum(satisfaction), site_id, district_id, age_band FROM visits "
                "GROUP BY 1, 2, 3, 4, 10, 11, 12 ORDER BY 1, 2, 3, 4, 10"
            ).all(),
            "satisfaction": q(
                "SELECT satisfaction, count(*) FROM visits GROUP BY 1 ORDER BY 1"
            ).all(),
            "tickets": q(
                "SELECT category, status, substr(opened_on, 1, 7), closed_on, due_on, "
                "count(*) FROM follow_ups GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4"
            ).all(),
            "events": q("SELECT status, count(*) FROM ticket_events GROUP BY 1 ORDER BY 1").all(),
            "people": q("SELECT count(*), count(birth_year) FROM people").all(),
            "members": q("SELECT body_id, count(*) FROM memberships GROUP BY 1").all(),
            "attendance": q("SELECT status, count(*) FROM attendance GROUP BY 1").all(),
        }


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_anonymisation_keeps_every_count_and_leaves_no_old_personal_data(share_root, replicas):
    a = replicas("a")
    b = replicas("b")
    ids = city(a)
    # Published before anything happens: the outbox keeps the JSON of every insert.
    round_(a, share_root)
    round_(b, share_root)
    # An update after publication: the old description lives on in field_writes too.
    with a.write() as s:
        s.get(FollowUp, ids["old_ticket"]).description = "oldticketquokka pothole"
    before = indicators(a)
    assert missing(a.path, OLD_MARKERS) == []  # the scan can see them while they are there

    privacy = PrivacyService(a, today=lambda: TODAY)
    # Their last visit was in 2024: within three years, so the city shortened that period.
    privacy.set_months(DataKind.PEOPLE, 12)
    preview = {c.kind: c.rows for c in privacy.preview()}
    assert preview[DataKind.VISITS] == 11  # 10 old notes (1 in 3 has none) + the linked one
    assert preview[DataKind.TICKETS] == 1
    assert preview[DataKind.TICKET_EVENTS] == 1
    assert preview[DataKind.PEOPLE] == 2  # the old sheet and the guest's name
    report = privacy.anonymise_expired()
    assert {c.kind: c.rows for c in report.counts} == preview
    assert report.checkpointed and report.scrubbed > 0

    assert indicators(a) == before
    assert present(a.path, OLD_MARKERS) == []
    assert missing(a.path, RECENT_MARKERS) == []
    assert integrity(a.path) == "ok"
    with a.read() as s:
        old = s.get(Person, ids["old_person"])
        assert (old.first_name, old.last_name, old.email) == ("", "", "")
        assert s.get(Person, ids["new_person"]).last_name == "Recentlastemu"
        assert s.get(FollowUp, ids["open_ticket"]).description == "openticketmarmot hole"
        entry = s.query(AuditEntry).filter_by(action=ACTION_ANONYMISATION).one()
        assert "oldlastyak" not in (entry.details + entry.subject).lower()

    # Twice: nothing more to do, nothing written.
    with a.read() as s:
        log_size = s.connection().exec_driver_sql("SELECT count(*) FROM change_log").scalar()
    again = privacy.anonymise_expired()
    assert again.total == 0 and again.scrubbed == 0
    with a.read() as s:
        assert (
            s.connection().exec_driver_sql("SELECT count(*) FROM change_log").scalar() == log_size
        )
    assert indicators(a) == before

    # The redactions travel: the other machine blanks the same fields.
    round_(a, share_root)
    round_(b, share_root)
    with b.read() as s:
        assert s.get(Visit, ids["old_linked_visit"]).note == ""
        assert s.get(Visit, ids["old_linked_visit"]).person_id is None
        assert s.get(Visit, ids["recent_linked_visit"]).note == "newnotepanda called back"
        assert s.get(FollowUp, ids["old_ticket"]).contact_email == ""
        assert s.get(Person, ids["old_person"]).last_name == ""
    assert indicators(b) == before
    # Its own daily run then empties its WAL and write history of the old values.
    PrivacyService(b, today=lambda: TODAY).anonymise_expired()
    assert present(b.path, OLD_MARKERS) == []
    assert missing(b.path, RECENT_MARKERS) == []
    assert integrity(b.path) == "ok"


def test_a_period_counts_from_the_setting_and_refuses_nonsense(db):
    privacy = PrivacyService(db, today=lambda: TODAY)
    ids = city(db)
    assert privacy.months(DataKind.VISITS) == 12
    assert privacy.months(DataKind.AUDIT) == 36
    for bad in (0, 121, -3):
        with pytest.raises(PrivacyRefused) as err:
            privacy.set_months(DataKind.VISITS, bad)
        assert err.value.code is PrivacyError.MONTHS_OUT_OF_RANGE
    assert privacy.months(DataKind.VISITS) == 12
    privacy.set_months(DataKind.VISITS, 36)
    assert {c.kind: c.rows for c in privacy.preview()}[DataKind.VISITS] == 0
    privacy.set_months(DataKind.VISITS, 1)
    # One month: the recent visits of October go too, but not the ones of this month.
    assert {c.kind: c.rows for c in privacy.preview()}[DataKind.VISITS] > 11
    with db.read() as s:
        assert s.get(Visit, ids["recent_linked_visit"]).note  # preview wrote nothing


def test_the_daily_run_happens_once_a_day(db):
    city(db)
    privacy = PrivacyService(db, today=lambda: TODAY)
    first = privacy.run_daily()
    assert first is not None and first.total > 0
    assert privacy.run_daily() is None
    assert privacy.last_run() == TODAY
    with db.read() as s:
        assert s.get(LocalSetting, LAST_RUN_KEY).value == "2026-11-20"
        entry = s.query(AuditEntry).filter_by(action=ACTION_ANONYMISATION).one()
        assert json.loads(entry.details)["automatic"] is True


def test_mystery_survey_comments_and_surveyors_are_blanked_in_time(db):
    with db.write() as s:
        s.add(
            MysterySurvey(
                channel=Channel.DESK,
                surveyed_on=date(2024, 1, 10),
                surveyor="Oldsurveyorcrane",
                grid="marianne",
                comment="oldcommentstork",
            )
        )
    markers = ["oldcommentstork", "oldsurveyorcrane"]
    assert present(db.path, markers) == markers
    privacy = PrivacyService(db, today=lambda: TODAY)
    survey = next(c for c in privacy.anonymise_expired().counts if c.kind is DataKind.SURVEYS)
    assert "mystery_surveys" not in blocked_fields()
    assert (survey.rows, survey.blocked) == (1, 0)
    assert present(db.path, ["oldcommentstork", "oldsurveyorcrane"]) == []


def test_a_person_is_found_with_what_is_held_and_exported(db, tmp_path):
    ids = city(db)
    privacy = PrivacyService(db, today=lambda: TODAY)
    matches = privacy.find_people("oldlast")
    assert [m.id for m in matches] == [ids["old_person"]]
    held = matches[0].held
    assert (held.memberships, held.attendance, held.visits, held.tickets) == (1, 1, 1, 1)
    assert privacy.find_people("okapi")[0].id == ids["old_person"]  # by e-mail
    assert privacy.find_people("0611")[0].id == ids["old_person"]  # by phone
    assert privacy.find_people("   ") == []

    out = privacy.export_person(ids["old_person"], tmp_path / "export.json")
    body = out.read_text(encoding="utf-8")
    data = json.loads(body)
    assert data["person"]["last_name"] == "Oldlastyak"
    assert data["memberships"][0]["body_name"] == "Conseil de quartier Nord"
    assert data["attendance"][0]["event_title"] == "Séance"
    assert "Séance" in body  # readable: accents are not escaped
    assert data["visits"][0]["note"] == "oldvisitwalrus asked for her file"
    assert data["tickets"][0]["contact_name"] == "Oldcontactnarwhal"  # by phone and e-mail
    assert data["tickets"][0]["events"][0]["reason"] == "oldreasonibex at first"
    with db.read() as s:
        entry = s.query(AuditEntry).filter_by(action=ACTION_EXPORT).one()
        assert entry.subject == ids["old_person"]
        assert "oldlastyak" not in (entry.details + entry.actor).lower()
        assert entry.actor
    assert [r.action for r in privacy.recent_audit()] == [ACTION_EXPORT]


def test_export_to_a_folder_that_is_not_there_is_refused(db, tmp_path):
    ids = city(db)
    privacy = PrivacyService(db, today=lambda: TODAY)
    with pytest.raises(PrivacyRefused) as err:
        privacy.export_person(ids["old_person"], tmp_path / "nowhere" / "x.json")
    assert err.value.code is PrivacyError.EXPORT_NOT_WRITTEN
    with db.read() as s:
        assert s.query(AuditEntry).count() == 0
    with pytest.raises(NotFound):
        privacy.export_person("no-such-person", tmp_path / "x.json")


def test_erasure_leaves_nothing_about_the_person_and_touches_nobody_else(
    share_root, replicas, tmp_path
):
    a = replicas("a")
    ids = city(a)
    with a.write() as s:
        s.add(
            Candidacy(
                body_id=ids["body"], person_id=ids["old_person"], submitted_on=date(2021, 2, 1)
            )
        )
    round_(a, share_root)  # everything about them is already published
    with a.write() as s:  # and edited since
        s.get(Person, ids["old_person"]).notes = "oldnotezebra prefers letters"
    before = indicators(a)
    privacy = PrivacyService(a, today=lambda: date(2025, 1, 1))  # nothing expired yet
    report = privacy.erase_person(ids["old_person"], actor="Agent Dupont")
    assert (report.memberships, report.candidacies, report.attendance, report.visits) == (
        1,
        1,
        1,
        1,
    )
    assert report.tickets == 1 and report.checkpointed

    person_markers = [
        "oldfirstlynx",
        "oldlastyak",
        "oldmailokapi@example.org",
        "06 11 22 33 44",
        "oldvisitwalrus",
        "oldcontactnarwhal",
    ]
    assert present(a.path, person_markers) == []
    # Not about them: other people, other notes, the ticket's own description stay.
    assert (
        missing(a.path, ["recentlastemu", "oldguestkoala", "newnotepanda", "olddraftaxolotl"]) == []
    )
    assert integrity(a.path) == "ok"
    with a.read() as s:
        assert s.get(Person, ids["old_person"]) is None
        assert s.get(Person, ids["new_person"]).last_name == "Recentlastemu"
        entry = s.query(AuditEntry).filter_by(action=ACTION_ERASURE).one()
        assert entry.subject == ids["old_person"] and entry.actor == "Agent Dupont"
        assert json.loads(entry.details)["visits"] == 1
    after = indicators(a)
    assert after["visits"] == before["visits"] and after["tickets"] == before["tickets"]
    assert after["attendance"] == before["attendance"]
    assert after["people"] != before["people"]  # one sheet fewer: that is the erasure
    with pytest.raises(NotFound):
        privacy.erase_person(ids["old_person"])

    # The erasure reaches a machine that had it all.
    b = replicas("b")
    round_(b, share_root)  # b gets the person as published before the erasure
    round_(a, share_root)
    round_(b, share_root)
    with b.read() as s:
        assert s.get(Person, ids["old_person"]) is None
        assert s.get(Visit, ids["old_linked_visit"]).note == ""
    PrivacyService(b, today=lambda: date(2025, 1, 1)).anonymise_expired()
    assert present(b.path, person_markers) == []
