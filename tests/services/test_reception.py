"""The desk's service: a visit saved whole or not at all, the queue, themes and routing."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.reception.visits import VisitDraft, VisitError
from citizenspace.services.reception.reception import ReceptionError, ReceptionRefused, VisitRefused
from tests.services.reception_fixtures import NOW, Office, make_office


@pytest.fixture
def office(db) -> Office:
    return make_office(db)


def count(db, table: str = "visits") -> int:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def desk_visit(o: Office, **kw) -> VisitDraft:
    base = dict(
        channel=Channel.DESK,
        outcome=VisitOutcome.ANSWERED,
        arrived_at=NOW - timedelta(minutes=14, seconds=30),
        started_at=NOW - timedelta(minutes=9),
        ended_at=NOW - timedelta(minutes=1),
        theme_id=o.passport,
        staff_account_id=o.staff,
    )
    base.update(kw)
    return VisitDraft(**base)


def test_a_saved_visit_is_in_todays_log_with_its_times_and_names(db, office):
    vid = office.service.save_visit(desk_visit(office, district_id=office.district, satisfaction=4))
    [row] = office.service.today_log(office.site)
    assert row.id == vid
    assert row.theme == "État civil › Carte d'identité et passeport"
    assert row.site == "Espace Citoyens" and row.staff == "Anne Dupont"
    assert row.district == "Centre-ville" and row.satisfaction == 4
    assert (row.wait_seconds, row.service_seconds) == (330, 480)
    con = sqlite3.connect(db.path)
    stored = con.execute("SELECT wait_seconds, service_seconds, site_id FROM visits").fetchone()
    outbox = con.execute("SELECT count(*) FROM change_log WHERE table_name = 'visits'").fetchone()
    con.close()
    assert stored == (330, 480, office.site)  # no site given: this machine's site
    assert outbox[0] == 1  # the visit will travel to the other desks


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"ended_at": NOW - timedelta(minutes=20)}, "ended_at", VisitError.END_BEFORE_ARRIVAL),
        ({"theme_id": "no-such-theme"}, "theme_id", VisitError.UNKNOWN_THEME),
        ({"theme_id": None}, "theme_id", VisitError.THEME_REQUIRED),
        ({"directory_entry_id": "gone"}, "directory_entry_id", VisitError.UNKNOWN_SERVICE),
        (
            {"outcome": VisitOutcome.REDIRECTED},
            "directory_entry_id",
            VisitError.REDIRECT_WITHOUT_SERVICE,
        ),
        ({"district_id": "gone"}, "district_id", VisitError.UNKNOWN_DISTRICT),
        ({"staff_account_id": "gone"}, "staff_account_id", VisitError.UNKNOWN_STAFF),
        ({"site_id": "gone"}, "site_id", VisitError.UNKNOWN_SITE),
        ({"satisfaction": 7}, "satisfaction", VisitError.SATISFACTION_OUT_OF_RANGE),
        ({"note": "x" * 501}, "note", VisitError.NOTE_TOO_LONG),
        ({"ended_at": NOW + timedelta(hours=2)}, "ended_at", VisitError.IN_FUTURE),
        ({"outcome": VisitOutcome.MISSED}, "started_at", VisitError.MISSED_WITH_TIMES),
        ({"person_id": "gone"}, "person_id", VisitError.UNKNOWN_PERSON),
    ],
)
def test_a_refused_visit_says_why_and_writes_nothing(db, office, changes, field, code):
    office.service.add_arrival("ticket 4")
    waiting = office.service.waiting()[0]
    changes = {"waiting_id": waiting.id, **changes}
    with pytest.raises(VisitRefused) as refused:
        office.service.save_visit(desk_visit(office, **changes))
    assert (field, code) in [(p.field, p.code) for p in refused.value.problems]
    assert count(db) == 0
    assert count(db, "change_log WHERE table_name = 'visits'") == 0
    assert [w.id for w in office.service.waiting()] == [waiting.id]  # still in the queue


def test_a_person_is_named_only_with_their_consent(db, office):
    with pytest.raises(VisitRefused) as refused:
        office.service.save_visit(desk_visit(office, person_id=office.not_consenting))
    assert refused.value.codes == [VisitError.PERSON_WITHOUT_CONSENT]
    assert count(db) == 0
    office.service.save_visit(desk_visit(office, person_id=office.consenting))
    assert count(db) == 1
    assert [p.id for p in office.service.people_with_consent("mart")] == [office.consenting]
    assert office.service.people_with_consent("durand") == []


def test_percent_and_underscore_typed_in_a_name_are_letters_not_wildcards(office):
    assert [p.id for p in office.service.people_with_consent("m_rt")] == []
    assert [p.id for p in office.service.people_with_consent("%")] == []
    assert [p.id for p in office.service.people_with_consent("mart")] == [office.consenting]


def test_a_missed_call_is_a_visit_without_times_or_theme(db, office):
    office.service.save_visit(
        desk_visit(
            office,
            channel=Channel.PHONE,
            outcome=VisitOutcome.MISSED,
            started_at=None,
            ended_at=None,
            theme_id=None,
            staff_account_id=None,
        )
    )
    [row] = office.service.today_log()
    assert row.outcome is VisitOutcome.MISSED
    assert row.wait_seconds is None and row.service_seconds is None


def test_the_queue_from_arrival_to_call_in_to_the_logged_visit(db, office):
    svc, clock = office.service, office.clock
    first = svc.add_arrival("ticket 12")
    clock.now += timedelta(minutes=3)
    second = svc.add_arrival("poussette", Channel.DESK)
    assert [w.label for w in svc.waiting()] == ["ticket 12", "poussette"]
    clock.now += timedelta(minutes=4)
    called = svc.call_in(first.id)
    assert called.started_at == clock.now and called.arrived_at == NOW
    clock.now += timedelta(minutes=6)
    svc.save_visit(
        desk_visit(
            office,
            arrived_at=called.arrived_at,
            started_at=called.started_at,
            ended_at=clock.now,
            waiting_id=first.id,
        )
    )
    assert [w.id for w in svc.waiting()] == [second.id]
    [row] = svc.today_log()
    assert (row.wait_seconds, row.service_seconds) == (7 * 60, 6 * 60)
    svc.cancel_arrival(second.id)
    assert svc.waiting() == []
    with pytest.raises(ReceptionRefused) as refused:
        svc.call_in(second.id)
    assert refused.value.codes == [ReceptionError.UNKNOWN_ARRIVAL]
    with pytest.raises(ReceptionRefused):
        svc.add_arrival("x" * 61)
    assert count(db, "waiting_visitors") == 0


def test_themes_stay_on_two_levels_and_are_never_lost(db, office):
    svc = office.service
    sub = svc.add_theme("Stationnement", office.roads, "parking place")
    assert [n.name for n in svc.themes() if n.id == office.roads][0] == "Voirie"
    with pytest.raises(ReceptionRefused) as refused:
        svc.add_theme("Trop profond", sub)
    assert refused.value.codes == [ReceptionError.PARENT_IS_SUB_THEME]
    with pytest.raises(ReceptionRefused) as refused:
        svc.move_theme(office.roads, office.civil)
    assert refused.value.codes == [ReceptionError.HAS_SUB_THEMES]
    with pytest.raises(ReceptionRefused) as refused:
        svc.add_theme("  trottoirs ", office.roads)
    assert refused.value.codes == [ReceptionError.DUPLICATE_NAME]
    with pytest.raises(ReceptionRefused) as refused:
        svc.update_theme(sub, "", "", office.civil, True)
    assert refused.value.codes == [ReceptionError.NAME_REQUIRED]
    assert [t.label for t in svc.search_themes("stationn")] == ["Voirie › Stationnement"]
    svc.move_theme(sub, None)
    svc.rename_theme(sub, "Stationnement et parking")
    assert [t.label for t in svc.search_themes("parking")] == ["Stationnement et parking"]
    svc.deactivate_theme(sub)
    assert svc.search_themes("parking") == []
    with pytest.raises(VisitRefused) as refused:
        svc.save_visit(desk_visit(office, theme_id=sub))
    assert refused.value.codes == [VisitError.INACTIVE_THEME]


def test_the_competent_service_comes_from_the_theme_then_keywords(office):
    svc = office.service
    assert [s.id for s in svc.suggest(office.pavements)][:1] == [office.roads_service]
    assert [s.id for s in svc.suggest(office.passport)][:1] == [office.civil_service]
    assert [s.id for s in svc.suggest(None, "un trottoir cassé")] == [office.roads_service]
    first = svc.suggest(office.civil)[0]
    assert first.phone == "03 23 00 00 01" and first.body_name == "Ville"


def test_quick_themes_follow_the_last_thirty_days_of_this_site(office):
    svc = office.service
    fallback = [t.id for t in svc.quick_themes(office.site, n=3)]
    assert fallback == [office.civil, office.roads, office.passport]
    for _ in range(2):
        svc.save_visit(desk_visit(office, theme_id=office.pavements))
    svc.save_visit(desk_visit(office, theme_id=office.passport))
    svc.save_visit(desk_visit(office, theme_id=office.civil, site_id=office.other_site))
    assert [t.id for t in svc.quick_themes(office.site, n=3)] == [
        office.pavements,
        office.passport,
        office.civil,
    ]
    office.clock.now += timedelta(days=31)
    assert [t.id for t in svc.quick_themes(office.site, n=3)] == fallback


def test_who_is_at_the_desk_is_this_machines_setting(office):
    svc = office.service
    assert svc.desk_staff_id() is None
    svc.set_desk_staff(office.staff2)
    assert svc.desk_staff_id() == office.staff2
    with pytest.raises(ReceptionRefused):
        svc.set_desk_staff("nobody")
    assert svc.desk_staff_id() == office.staff2
    assert [s.name for s in svc.staff_accounts()] == ["Anne Dupont", "Marc Leroy"]
    assert svc.site_id() == office.site
