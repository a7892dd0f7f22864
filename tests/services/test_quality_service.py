"""Acceptance: the dashboard's figures on a fixed data set equal figures computed
independently here, in plain Python (statistics.median, a sorted list, counting), from the
same hand-made visits, written into a real database."""

from __future__ import annotations

import csv
import json
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.services.reception.quality import (
    QualityError,
    QualityInvalid,
    QualityService,
    QualitySettings,
    SurveyInput,
)
from citizenspace.store.models import FollowUp, MysterySurvey, Setting, Site, Visit

TODAY = date(2026, 5, 10)
START, END = date(2026, 3, 1), date(2026, 4, 30)
D, B, P, A, E, L = "desk", "bus", "phone", "allo_mairie", "email", "letter"
ANS, RED, APP, FOL, MIS = "answered", "redirected", "appointment", "follow_up", "missed"


@dataclass
class Spec:
    """One hand-made visit: site key, channel, outcome, arrival, wait and service in
    seconds (None: not served), satisfaction, ticket closing day, wait stored or not."""

    site: str | None
    channel: str
    outcome: str
    arrived: datetime
    wait: int | None = None
    service: int | None = 300
    satisfaction: int | None = None
    closed_on: date | None = None
    has_ticket: bool = False
    stored_wait: bool = True


def at(month: int, day: int, h: int = 9, m: int = 0, s: int = 0) -> datetime:
    return datetime(2026, month, day, h, m, s)


SPECS: list[Spec] = [
    # Outside the period, on both edges: never counted.
    Spec("hall", D, ANS, at(2, 28, 23, 59, 59), wait=60, satisfaction=1),
    Spec("hall", D, ANS, datetime(2026, 5, 1, 0, 0, 0), wait=9999, satisfaction=1),
    Spec("hall", P, MIS, at(5, 1, 8), service=None),
    # Town hall desk, March: waits in seconds, satisfaction answers.
    Spec("hall", D, ANS, datetime(2026, 3, 1, 0, 0, 0), wait=0, satisfaction=4),
    Spec("hall", D, ANS, at(3, 2, 9, 5), wait=125, satisfaction=4),
    Spec("hall", D, RED, at(3, 2, 9, 30), wait=600, satisfaction=3),
    Spec("hall", D, ANS, at(3, 3, 10), wait=601, satisfaction=2),
    Spec("hall", D, APP, at(3, 4, 11), wait=1800),
    Spec("hall", D, ANS, at(3, 5, 14), wait=240, satisfaction=4),
    Spec("hall", D, RED, at(3, 9, 15), wait=240),
    # Merged from a previous version: no wait_seconds, the times say 7 min 30 s and 20 min.
    Spec("hall", D, ANS, at(3, 10, 9), wait=450, stored_wait=False, satisfaction=3),
    Spec("hall", D, ANS, at(4, 10, 9), wait=1200, stored_wait=False),
    # Town hall desk, April.
    Spec("hall", D, ANS, at(4, 1, 9), wait=30, satisfaction=1),
    Spec("hall", D, FOL, at(4, 2, 9), wait=95, has_ticket=True),
    Spec("hall", D, ANS, at(4, 30, 23, 59, 59), wait=2400, satisfaction=3),
    # Phone and Allô mairie: answered and missed calls.
    Spec("hall", P, ANS, at(3, 2, 9), wait=10),
    Spec("hall", P, MIS, at(3, 2, 10), service=None),
    Spec("hall", P, MIS, at(3, 3, 10), service=None),
    Spec("hall", P, RED, at(4, 3, 10), wait=20),
    Spec("hall", A, FOL, at(4, 3, 11), wait=5, has_ticket=True, closed_on=date(2026, 4, 5)),
    Spec("hall", A, MIS, at(4, 4, 11), service=None),
    Spec("centre", P, APP, at(3, 20, 15), wait=0, satisfaction=4),
    # Written requests (delay 15 days), at the Citizen Space.
    # Answered on the spot: ended 2 h later; and an answer 15 days to the second later.
    Spec("centre", E, ANS, at(3, 2, 8), wait=3600, service=3600),
    Spec("centre", E, ANS, at(3, 3, 8), wait=15 * 86400 - 600, service=600),
    Spec("centre", E, ANS, at(3, 4, 8), wait=15 * 86400, service=1),  # one second late
    Spec("centre", L, RED, at(3, 5, 9), wait=86400, service=600),
    # Through tickets: closed in time, exactly on day 15, late, open and overdue, open and
    # not yet due (pending).
    Spec("centre", E, FOL, at(3, 6, 17), wait=60, has_ticket=True, closed_on=date(2026, 3, 16)),
    Spec("centre", L, FOL, at(3, 7, 9), wait=60, has_ticket=True, closed_on=date(2026, 3, 22)),
    Spec("centre", L, FOL, at(3, 8, 9), wait=60, has_ticket=True, closed_on=date(2026, 3, 24)),
    Spec("centre", E, FOL, at(4, 1, 9), wait=60, has_ticket=True),
    Spec("centre", E, FOL, at(4, 28, 9), wait=60, has_ticket=True),
    # The Citizen Space desk and the bus.
    Spec("centre", D, ANS, at(3, 11, 9), wait=300, satisfaction=3),
    Spec("centre", D, ANS, at(3, 11, 9, 10), wait=660, satisfaction=2),
    Spec("centre", D, RED, at(4, 15, 9), wait=900, stored_wait=False),
    Spec("bus", B, ANS, at(3, 17, 10), wait=0, satisfaction=4),
    Spec("bus", B, APP, at(3, 19, 10), wait=180, satisfaction=4),
    Spec("bus", B, ANS, at(4, 21, 10), wait=420, satisfaction=3),
    Spec("bus", B, RED, at(4, 23, 11), wait=421),
    # A visit logged without a site.
    Spec(None, D, ANS, at(4, 22, 10), wait=120, satisfaction=2),
]


def write(db, specs: list[Spec]) -> dict[str, str]:
    """Insert the sites, visits and tickets; return site key -> id."""
    sites = {"hall": "Hôtel de ville", "centre": "Espace Citoyens", "bus": "Bus France Services"}
    ids: dict[str, str] = {}
    with db.write() as s:
        for key, name in sites.items():
            site = Site(name=name)
            s.add(site)
            s.flush()
            ids[key] = site.id
        for spec in specs:
            started = None if spec.wait is None else spec.arrived + timedelta(seconds=spec.wait)
            ended = None if started is None else started + timedelta(seconds=spec.service or 0)
            visit = Visit(
                site_id=ids[spec.site] if spec.site else None,
                channel=Channel(spec.channel),
                outcome=VisitOutcome(spec.outcome),
                arrived_at=spec.arrived,
                started_at=started,
                ended_at=ended,
                satisfaction=spec.satisfaction,
                wait_seconds=spec.wait if spec.stored_wait else None,
                service_seconds=None if ended is None else spec.service,
            )
            s.add(visit)
            s.flush()
            if spec.has_ticket:
                s.add(
                    FollowUp(
                        visit_id=visit.id,
                        category="Autre",
                        opened_on=spec.arrived.date(),
                        closed_on=spec.closed_on,
                    )
                )
    return ids


# --------------------------------------------------------------------------- by hand


def in_period(spec: Spec, start: date = START, end: date = END) -> bool:
    return start <= spec.arrived.date() <= end


def expected(specs: list[Spec], target_min: int = 10, delay_days: int = 15) -> dict:
    """Every figure recomputed the plain way."""
    waits = sorted(
        s.wait for s in specs if s.channel in (D, B) and s.wait is not None and s.outcome != MIS
    )
    calls = [s for s in specs if s.channel in (P, A)]
    served = [s for s in specs if s.outcome != MIS]
    answers = [s.satisfaction for s in specs if s.satisfaction in (1, 2, 3, 4)]
    on_time = late = pending = 0
    for s in specs:
        if s.channel not in (E, L):
            continue
        if s.outcome == FOL:
            days = None if s.closed_on is None else (s.closed_on - s.arrived.date()).days * 86400
        else:
            days = s.wait + s.service
        if days is not None:
            if days <= delay_days * 86400:
                on_time += 1
            else:
                late += 1
        elif (TODAY - s.arrived.date()).days > delay_days:
            late += 1
        else:
            pending += 1
    n = len(waits)
    return {
        "visits": len(specs),
        "waits_counted": n,
        "median": statistics.median(waits) if waits else None,
        "p90": waits[-(-9 * n // 10) - 1] if waits else None,
        "within": (len([w for w in waits if w <= target_min * 60]), n),
        "phone": (len([c for c in calls if c.outcome != MIS]), len(calls)),
        "written": (on_time, on_time + late),
        "pending": pending,
        "redirected": (len([s for s in served if s.outcome == RED]), len(served)),
        "satisfied": (len([a for a in answers if a >= 3]), len(answers)),
        "counts": tuple(answers.count(k) for k in (1, 2, 3, 4)),
        "net": (
            100 * (answers.count(4) - answers.count(1) - answers.count(2)) / len(answers)
            if answers
            else None
        ),
    }


def observed(f) -> dict:
    return {
        "visits": f.visits,
        "waits_counted": f.waits_counted,
        "median": f.median_wait_seconds,
        "p90": f.p90_wait_seconds,
        "within": (f.within_target.part, f.within_target.whole),
        "phone": (f.phone_answered.part, f.phone_answered.whole),
        "written": (f.written_on_time.part, f.written_on_time.whole),
        "pending": f.written_pending,
        "redirected": (f.redirected.part, f.redirected.whole),
        "satisfied": (f.satisfied.part, f.satisfied.whole),
        "counts": f.satisfaction_counts,
        "net": f.net_satisfaction,
    }


def test_the_dashboard_equals_a_recount_by_hand(db) -> None:
    ids = write(db, SPECS)
    service = QualityService(db, today=TODAY)
    report = service.indicators(START, END)
    period = [s for s in SPECS if in_period(s)]

    assert observed(report.overall) == expected(period)
    # The set exercises what it claims to: an even number of waits, rows without
    # wait_seconds, late and pending written requests, missed calls.
    assert len([s for s in period if s.channel in (D, B)]) % 2 == 0
    assert report.overall.median_wait_seconds == (300 + 420) / 2  # the two middle waits
    assert expected(period)["written"] == (5, 8) and expected(period)["pending"] == 1

    by_site = {r.site_id: r for r in report.by_site}
    assert set(by_site) == {*ids.values(), None}
    for key, site_id in [*ids.items(), (None, None)]:
        mine = [s for s in period if s.site == key]
        assert observed(by_site[site_id].figures) == expected(mine), key
    assert by_site[ids["hall"]].site_name == "Hôtel de ville"

    assert [m.month for m in report.monthly] == [date(2026, 3, 1), date(2026, 4, 1)]
    for m in report.monthly:
        mine = [s for s in period if s.arrived.month == m.month.month]
        assert observed(m.figures) == expected(mine), m.month

    one_site = service.indicators(START, END, site_id=ids["hall"])
    assert observed(one_site.overall) == expected([s for s in period if s.site == "hall"])
    assert [r.site_id for r in one_site.by_site] == [ids["hall"]]


def test_other_settings_change_the_figures_as_a_recount_says(db) -> None:
    write(db, SPECS)
    service = QualityService(db, today=TODAY)
    service.save_settings(QualitySettings(target_wait_minutes=4, written_delay_days=10))
    assert service.settings() == QualitySettings(4, 10)
    report = service.indicators(START, END)
    period = [s for s in SPECS if in_period(s)]
    assert observed(report.overall) == expected(period, target_min=4, delay_days=10)
    march = service.indicators(date(2026, 3, 1), date(2026, 3, 31))
    assert observed(march.overall) == expected(
        [s for s in SPECS if in_period(s, date(2026, 3, 1), date(2026, 3, 31))], 4, 10
    )


def test_an_empty_period_is_no_data_not_zero(db) -> None:
    write(db, SPECS)
    report = QualityService(db, today=TODAY).indicators(date(2025, 1, 1), date(2025, 1, 31))
    f = report.overall
    assert f.visits == 0 and f.median_wait_seconds is None and f.p90_wait_seconds is None
    for ratio in (f.within_target, f.phone_answered, f.written_on_time, f.satisfied):
        assert ratio.value is None
    assert f.net_satisfaction is None
    assert report.by_site == ()
    assert len(report.monthly) == 1


def test_settings_default_refuse_out_of_range_and_live_in_the_synced_table(db) -> None:
    service = QualityService(db, today=TODAY)
    assert service.settings() == QualitySettings(10, 15)
    for bad, code in (
        (QualitySettings(0, 15), QualityError.TARGET_OUT_OF_RANGE),
        (QualitySettings(10, 0), QualityError.DELAY_OUT_OF_RANGE),
        (QualitySettings(241, 15), QualityError.TARGET_OUT_OF_RANGE),
    ):
        with pytest.raises(QualityInvalid) as caught:
            service.save_settings(bad)
        assert caught.value.errors == [code]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Setting)) == 0
    service.save_settings(QualitySettings(12, 20))
    with db.read() as s:
        rows = dict(s.execute(select(Setting.key, Setting.value)).all())
    assert rows == {"reception.target_wait_minutes": "12", "reception.written_delay_days": "20"}


def test_a_reversed_period_is_refused(db) -> None:
    with pytest.raises(QualityInvalid) as caught:
        QualityService(db, today=TODAY).indicators(END, START)
    assert caught.value.errors == [QualityError.PERIOD_REVERSED]


# --------------------------------------------------------------------------- surveys


def surveys_in(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(MysterySurvey)) or 0


def test_mystery_surveys_are_scored_on_their_channel_grid(db) -> None:
    ids = write(db, [])
    service = QualityService(db, today=TODAY)
    desk = service.record_survey(
        SurveyInput(
            date(2026, 4, 2),
            ids["hall"],
            Channel.DESK,
            {"greeted": True, "staff_identifiable": False, "wait_short": True, "signage": None},
            surveyor="  Cabinet   Qualité ",
        )
    )
    assert (desk.score.part, desk.score.whole) == (2, 3)
    assert desk.surveyor == "Cabinet Qualité"
    assert desk.grid.value == "desk-v1"
    service.record_survey(
        SurveyInput(date(2026, 4, 20), ids["hall"], Channel.PHONE, {"answered_5_rings": 0})
    )
    service.record_survey(
        SurveyInput(date(2026, 4, 21), ids["bus"], Channel.BUS, {"greeted": 1, "signage": 1})
    )
    summary = service.surveys(START, END)
    assert [r.surveyed_on for r in summary.surveys] == [
        date(2026, 4, 21),
        date(2026, 4, 20),
        date(2026, 4, 2),
    ]
    assert (summary.score.part, summary.score.whole) == (4, 6)
    greeted = next(c for c in summary.criteria if c.key == "greeted")
    assert (greeted.met, greeted.not_met, greeted.not_observed) == (2, 0, 0)
    signage = next(c for c in summary.criteria if c.key == "signage")
    assert (signage.met, signage.not_met, signage.not_observed) == (1, 0, 1)
    rings = next(c for c in summary.criteria if c.key == "answered_5_rings")
    assert rings.rate.value == 0
    only_bus = service.surveys(START, END, site_id=ids["bus"])
    assert len(only_bus.surveys) == 1
    with db.read() as s:
        stored = s.scalars(select(MysterySurvey.answers)).all()
    assert all(set(json.loads(a)) for a in stored)


@pytest.mark.parametrize(
    ("survey", "code"),
    [
        (SurveyInput(TODAY + timedelta(days=1), None, Channel.DESK, {"greeted": 1}), "future"),
        (SurveyInput(TODAY, "no-such-site", Channel.DESK, {"greeted": 1}), "site"),
        (SurveyInput(TODAY, None, "fax", {"greeted": 1}), "channel"),  # type: ignore[arg-type]
        (SurveyInput(TODAY, None, Channel.PHONE, {"greeted": 1}), "criterion"),
        (SurveyInput(TODAY, None, Channel.DESK, {"greeted": "yes"}), "answer"),
        (SurveyInput(TODAY, None, Channel.DESK, {"greeted": None}), "nothing"),
        (SurveyInput(TODAY, None, Channel.DESK, {}), "nothing"),
        (SurveyInput(TODAY, None, Channel.EMAIL, {"within_delay": 1}, "x" * 121), "surveyor"),
        (SurveyInput(TODAY, None, Channel.EMAIL, {"within_delay": 1}, "", "x" * 1001), "comment"),
    ],
)
def test_a_bad_survey_is_refused_and_nothing_saved(db, survey: SurveyInput, code: str) -> None:
    codes = {
        "future": QualityError.DATE_IN_FUTURE,
        "site": QualityError.UNKNOWN_SITE,
        "channel": QualityError.UNKNOWN_CHANNEL,
        "criterion": QualityError.UNKNOWN_CRITERION,
        "answer": QualityError.BAD_ANSWER,
        "nothing": QualityError.NOTHING_OBSERVED,
        "surveyor": QualityError.SURVEYOR_TOO_LONG,
        "comment": QualityError.COMMENT_TOO_LONG,
    }
    with pytest.raises(QualityInvalid) as caught:
        QualityService(db, today=TODAY).record_survey(survey)
    assert caught.value.errors == [codes[code]]
    assert surveys_in(db) == 0


# --------------------------------------------------------------------------- export


def test_the_export_reads_back_with_the_figures_and_their_counts(db, tmp_path: Path) -> None:
    write(db, SPECS)
    service = QualityService(db, today=TODAY)
    report = service.indicators(START, END)
    want = expected([s for s in SPECS if in_period(s)])

    csv_path = service.export(tmp_path / "q.csv", report)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    # All sites, three sites and the visit without one, two months.
    assert [r["Site"] for r in rows] == [
        "All sites",
        "Bus France Services",
        "Espace Citoyens",
        "Hôtel de ville",
        "No site",
        "All sites",
        "All sites",
    ]
    total = rows[0]
    assert total["From"] == "2026-03-01" and total["To"] == "2026-04-30"
    assert int(total["Visits logged"]) == want["visits"]
    assert int(total["Calls"]) == want["phone"][1]
    assert int(total["Calls answered"]) == want["phone"][0]
    assert total["Median wait (min)"] == f"{want['median'] / 60:.1f}".replace(".", ",")
    share = 100 * want["within"][0] / want["within"][1]
    assert total["Share served within target (%)"] == f"{share:.1f}".replace(".", ",")
    assert rows[5]["To"] == "2026-03-31" and rows[6]["From"] == "2026-04-01"

    xlsx_path = service.export(tmp_path / "q.xlsx", report)
    sheet = load_workbook(xlsx_path).active
    head = [c.value for c in sheet[1]]
    first = dict(zip(head, [c.value for c in sheet[2]], strict=True))
    assert first["Visits logged"] == want["visits"]
    assert first["Share served within target"] == pytest.approx(share / 100)
    assert first["Median wait (min)"] == pytest.approx(want["median"] / 60)
    assert first["Answers 4"] == want["counts"][3]
    assert sheet.max_row == 8

    with pytest.raises(QualityInvalid):
        service.export(tmp_path / "q.pdf", report)


class Stop(Exception):
    """What the screen's step raises when the user cancels."""


def test_a_count_or_an_export_stopped_midway_writes_nothing(db, tmp_path: Path) -> None:
    write(db, SPECS)
    service = QualityService(db, today=TODAY)
    seen: list[tuple[int, int]] = []

    def note(done: int, total: int) -> None:
        seen.append((done, total))

    report = service.indicators(START, END, step=note)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]  # from nothing to all done
    assert [d for d, _t in seen] == sorted({d for d, _t in seen})

    def stop_at(n: int):  # noqa: ANN202
        def step(done: int, _total: int) -> None:
            if done == n:
                raise Stop

        return step

    with pytest.raises(Stop):
        service.indicators(START, END, step=stop_at(3))
    folder = tmp_path / "out"
    folder.mkdir()
    for suffix in (".csv", ".xlsx"):
        for n in (0, 2, len(report.by_site) + len(report.monthly) + 1):
            with pytest.raises(Stop):
                service.export(folder / f"q{suffix}", report, step=stop_at(n))
    assert list(folder.iterdir()) == []
    assert service.export(folder / "q.csv", report, step=note).exists()
