"""A year at the reception desks of the demo city: visits, calls, e-mails, letters, the bus
and "Allô mairie" reports, their follow-ups, and the mystery surveys of the quality label.

Each visit is a `VisitDraft` checked by `domain.reception.visits.check_visit` (the desk's
own check: a theme unless missed, a service when redirected, no time before arrival or in
the future...) and its waiting and service times are the domain's (`wait_seconds`,
`service_seconds`). A visit redirected about a theme no service is filed under goes to the
service of the theme's ticket category, as a receptionist would send it to "Allô mairie".
Each survey's answers are checked and put in order by the quality rules.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from citizenspace.domain import catalog as c
from citizenspace.domain.reception import quality
from citizenspace.domain.reception import visits as rules
from citizenspace.domain.reception.visits import VisitDraft
from citizenspace.services.demo.city import (
    City,
    Refusal,
    Row,
    at,
    cumulated,
    public_holidays,
    refuse_unless,
    weighted_index,
)
from citizenspace.services.demo.data import Where
from citizenspace.services.demo.places import setting
from citizenspace.services.demo.tickets import category_of, ticket
from citizenspace.services.reception.quality import COMMENT_MAX, SURVEYOR_MAX
from citizenspace.store.models import FollowUp, MysterySurvey, Setting, TicketEvent, Visit

#: At scale 1: a year of a 55,000-inhabitant city's participation office.
VISITS_AT_SCALE_1 = 20_000

Out = c.VisitOutcome
CHANNELS = (
    (c.Channel.DESK, 46),
    (c.Channel.PHONE, 25),
    (c.Channel.EMAIL, 11),
    (c.Channel.LETTER, 4),
    (c.Channel.BUS, 7),
    (c.Channel.ALLO_MAIRIE, 6),
)
#: How each channel's requests end, in shares.
OUTCOMES: dict[c.Channel, tuple[tuple[c.VisitOutcome, int], ...]] = {
    c.Channel.DESK: (
        (Out.ANSWERED, 64),
        (Out.REDIRECTED, 22),
        (Out.APPOINTMENT, 12),
        (Out.FOLLOW_UP, 2),
    ),
    c.Channel.PHONE: (
        (Out.ANSWERED, 58),
        (Out.REDIRECTED, 20),
        (Out.APPOINTMENT, 8),
        (Out.FOLLOW_UP, 2),
        (Out.MISSED, 12),
    ),
    c.Channel.EMAIL: ((Out.ANSWERED, 74), (Out.REDIRECTED, 23), (Out.FOLLOW_UP, 3)),
    c.Channel.LETTER: ((Out.ANSWERED, 65), (Out.REDIRECTED, 30), (Out.FOLLOW_UP, 5)),
    c.Channel.BUS: (
        (Out.ANSWERED, 65),
        (Out.REDIRECTED, 21),
        (Out.APPOINTMENT, 12),
        (Out.FOLLOW_UP, 2),
    ),
    c.Channel.ALLO_MAIRIE: (
        (Out.FOLLOW_UP, 50),
        (Out.ANSWERED, 35),
        (Out.REDIRECTED, 10),
        (Out.MISSED, 5),
    ),
}
#: The age bands of the people counted, in shares (in `c.AgeBand` order).
BANDS = (3, 14, 22, 22, 24, 15)
DESK_SITES = (
    ("citizen_space", 50),
    ("town_hall", 33),
    ("cs_europe", 6),
    ("cs_isle", 6),
    ("cs_neuville", 5),
)


def visits(city: City) -> None:
    rng, new_id = city.dice("visits")
    first = city.today - timedelta(days=365)
    holidays = public_holidays(first.year) | public_holidays(city.today.year)
    days = [first + timedelta(days=k) for k in range(365)]
    open_days = [d for d in days if d.weekday() < 5 and d not in holidays]
    weekday_weight = (1.25, 1.0, 0.9, 1.0, 0.85)
    month_weight = {7: 0.8, 8: 0.55, 12: 0.85}
    day_cum = cumulated(
        weekday_weight[d.weekday()] * month_weight.get(d.month, 1.0) for d in open_days
    )
    bus_days = [d for d in open_days if d.weekday() in (1, 3)]
    bus_district = {
        d: city.districts[k % len(city.districts)]["id"] for k, d in enumerate(bus_days)
    }
    bus_cum = cumulated(1.0 for _ in bus_days)
    channels = tuple(ch for ch, _ in CHANNELS)
    channel_cum = cumulated(w for _, w in CHANNELS)
    outcomes = {
        ch: (tuple(o for o, _ in pairs), cumulated(w for _, w in pairs))
        for ch, pairs in OUTCOMES.items()
    }
    themes = city.data.themes
    parents = [city.theme_ids[t.name] for t in themes]
    parent_cum = cumulated(t.visits for t in themes)
    reports = city.data.reception.reports
    report_parents = [city.theme_ids[theme] for theme in reports]
    report_cum = cumulated(r.share for r in reports.values())
    bands = tuple(c.AgeBand)
    band_cum = cumulated(BANDS)
    desk_sites = tuple(s for s, _ in DESK_SITES)
    desk_cum = cumulated(w for _, w in DESK_SITES)
    consenting = [p["id"] for p in city.people if p["consent_contact"]]
    reception = city.staff["reception"]
    coordinators = city.staff["coordinator"]
    districts = [d["id"] for d in city.districts]
    notes = city.data.reception.visit_notes

    def clock(d: date, morning: tuple[int, int], afternoon: tuple[int, int]) -> datetime:
        """A minute in opening hours, busier in the morning."""
        lo, hi = morning if rng.random() < 0.58 else afternoon
        return at(d, 0) + timedelta(minutes=rng.randint(lo, hi - 1))

    rows: list[Row] = []
    tickets: list[Row] = []
    history: list[Row] = []
    for _ in range(city.n(VISITS_AT_SCALE_1)):
        ch = channels[weighted_index(rng, channel_cum)]
        if ch is c.Channel.BUS and bus_days:
            day = bus_days[weighted_index(rng, bus_cum)]
            arrived = clock(day, (9 * 60, 12 * 60), (14 * 60, 16 * 60 + 30))
            site = "bus"
        else:
            if ch is c.Channel.BUS:
                ch = c.Channel.DESK
            day = open_days[weighted_index(rng, day_cum)]
            if ch is c.Channel.LETTER:
                arrived = at(day, 9) + timedelta(minutes=rng.randint(0, 59))
            elif ch is c.Channel.EMAIL:
                arrived = clock(day, (7 * 60, 12 * 60), (12 * 60, 20 * 60))
            else:
                arrived = clock(day, (8 * 60 + 30, 12 * 60), (13 * 60 + 30, 17 * 60 + 30))
            if ch is c.Channel.DESK:
                site = desk_sites[weighted_index(rng, desk_cum)]
            elif ch is c.Channel.ALLO_MAIRIE:
                site = "town_hall"
            else:
                site = "citizen_space"
        kinds, cum = outcomes[ch]
        outcome = kinds[weighted_index(rng, cum)]
        missed = outcome is c.VisitOutcome.MISSED
        # Waiting: mostly short, sometimes long at the desks (0-40 minutes).
        if ch in (c.Channel.DESK, c.Channel.BUS):
            rush = 1.6 if arrived.hour < 10 or arrived.weekday() == 0 else 1.0
            wait = min(40, int(rng.expovariate(1 / (6 * rush))))
            service = rng.triangular(2, 20, 6)
        elif ch in (c.Channel.PHONE, c.Channel.ALLO_MAIRIE):
            wait = min(8, int(rng.expovariate(1 / 1.2)))
            service = rng.triangular(1, 12, 3)
        else:
            wait = rng.randint(20, 360)
            service = rng.triangular(3, 20, 8)
        started = None if missed else arrived + timedelta(minutes=wait)
        ended = None if started is None else started + timedelta(minutes=round(service, 1))
        if started is not None and ended is not None and ended > city.now:
            # An e-mail of the last evening is answered before the demo's year ends.
            early = ended - city.now + timedelta(minutes=1)
            started, ended = started - early, ended - early
        theme_id = None
        entry_id = None
        if not missed:
            if ch is c.Channel.ALLO_MAIRIE:
                parent = report_parents[weighted_index(rng, report_cum)]
            else:
                parent = parents[weighted_index(rng, parent_cum)]
            theme_id = parent if rng.random() < 0.1 else rng.choice(city.sub_themes[parent])
            if outcome in (c.VisitOutcome.REDIRECTED, c.VisitOutcome.FOLLOW_UP):
                entries = city.directory_by_theme.get(parent)
                entry_id = rng.choice(entries) if entries else None
                if entry_id is None and outcome is c.VisitOutcome.REDIRECTED:
                    entry_id = category_of(city, theme_id)["directory_entry_id"]
        if missed:
            staff = None
        elif ch is c.Channel.EMAIL and rng.random() < 0.3:
            staff = rng.choice(coordinators)
        else:
            staff = rng.choice(city.staff.get(site) or reception)
        face = ch in (c.Channel.DESK, c.Channel.BUS)
        satisfaction = None
        if not missed and rng.random() < (0.2 if face else 0.04):
            satisfaction = rng.choices((1, 2, 3, 4), weights=(3, 8, 38, 51))[0]
        district_id = None
        if site == "bus":
            district_id = bus_district[day] if rng.random() < 0.7 else None
        elif not missed and rng.random() < 0.45:
            district_id = rng.choice(districts)
        band = (
            bands[weighted_index(rng, band_cum)]
            if (not missed and rng.random() < (0.4 if face else 0.15))
            else None
        )
        person_id = (
            rng.choice(consenting) if (consenting and not missed and rng.random() < 0.02) else None
        )
        note = rng.choice(notes) if not missed and rng.random() < 0.08 else ""
        draft = VisitDraft(
            channel=ch,
            outcome=outcome,
            arrived_at=arrived,
            theme_id=theme_id,
            directory_entry_id=entry_id,
            started_at=started,
            ended_at=ended,
            district_id=district_id,
            age_band=band,
            person_id=person_id,
            note=note,
            satisfaction=satisfaction,
            site_id=city.site_ids[site],
            staff_account_id=staff,
        )
        visit = _visit_row(city, new_id(), draft)
        rows.append(visit)
        if outcome is c.VisitOutcome.FOLLOW_UP:
            tickets.append(ticket(city, rng, new_id, visit, ch, history))
    rows.sort(key=lambda r: (r["arrived_at"], r["id"]))
    tickets.sort(key=lambda r: (r["opened_on"], r["id"]))
    history.sort(key=lambda r: (r["at"], r["id"]))
    city.add(Visit, rows)
    city.add(FollowUp, tickets)
    city.add(TicketEvent, history)


def _visit_row(city: City, visit_id: str, draft: VisitDraft) -> Row:
    """The visit as the desk would log it, or `DemoEntryRefused` naming what it came from."""
    problems = rules.check_visit(draft, city.now)
    if problems:
        theme = city.theme_names.get(draft.theme_id or "", "")
        where = Where("directory.toml", f"[[themes]]: a visit about «{theme}»")
        if any(p.field == "note" for p in problems):
            where = Where("reception.toml", f"visit_notes «{draft.note}»")
        refuse_unless(where, problems)
    d = rules.normalise(draft)
    return {
        "id": visit_id,
        "site_id": d.site_id,
        "channel": d.channel,
        "theme_id": d.theme_id,
        "directory_entry_id": d.directory_entry_id,
        "outcome": d.outcome,
        "arrived_at": d.arrived_at,
        "started_at": d.started_at,
        "ended_at": d.ended_at,
        "wait_seconds": rules.wait_seconds(d),
        "service_seconds": rules.service_seconds(d),
        "district_id": d.district_id,
        "age_band": d.age_band,
        "person_id": d.person_id,
        "note": d.note,
        "satisfaction": d.satisfaction,
        "staff_account_id": d.staff_account_id,
    }


#: One mystery survey a month: (site, channel), from eleven months ago to this month.
SURVEY_PLAN = (
    ("town_hall", c.Channel.DESK),
    ("citizen_space", c.Channel.DESK),
    ("town_hall", c.Channel.PHONE),
    ("cs_europe", c.Channel.DESK),
    ("citizen_space", c.Channel.EMAIL),
    ("bus", c.Channel.BUS),
    ("town_hall", c.Channel.ALLO_MAIRIE),
    ("cs_isle", c.Channel.DESK),
    ("citizen_space", c.Channel.LETTER),
    ("cs_neuville", c.Channel.DESK),
    ("citizen_space", c.Channel.PHONE),
    ("town_hall", c.Channel.DESK),
)


def mystery_surveys(city: City) -> None:
    """The reception settings of the quality label, and a dozen mystery surveys over the
    year: desks, the bus, the phone and written requests, mostly good, some not."""
    rng, new_id = city.dice("mystery_surveys")
    texts = city.data.reception
    city.add(
        Setting,
        [
            setting("reception.target_wait_minutes", str(quality.DEFAULT_TARGET_WAIT_MINUTES)),
            setting("reception.written_delay_days", str(quality.DEFAULT_WRITTEN_DELAY_DAYS)),
        ],
    )
    surveyor = " ".join(texts.surveyor.split())
    if len(surveyor) > SURVEYOR_MAX:
        refuse_unless(Where("reception.toml", "surveyor"), [Refusal("surveyor", "too_long")])
    rows = []
    for k, (site, channel) in enumerate(SURVEY_PLAN):
        # One survey a month, from eleven months ago to this month, on a weekday.
        day = city.today - timedelta(days=30 * (len(SURVEY_PLAN) - 1 - k) + rng.randint(0, 20))
        day -= timedelta(days=max(0, day.weekday() - 4))
        grid = quality.grid_for(channel)
        answers: dict[str, object] = {}
        for key in quality.CRITERIA[grid]:
            roll = rng.random()
            answers[key] = None if roll < 0.06 else int(roll < 0.82)
        survey_id = new_id()
        comment = rng.choice(texts.survey_comments).strip()
        said = Where("reception.toml", f"survey_comments «{comment}»")
        refuse_unless(said, quality.check_answers(grid, answers))
        if len(comment) > COMMENT_MAX:
            refuse_unless(said, [Refusal("comment", "too_long")])
        rows.append(
            {
                "id": survey_id,
                "site_id": city.site_ids[site],
                "channel": channel,
                "surveyed_on": day,
                "surveyor": surveyor,
                "grid": grid.value,
                "answers": json.dumps(quality.normalise_answers(grid, answers)),
                "comment": comment,
            }
        )
    rows.sort(key=lambda r: (r["surveyed_on"], r["id"]))
    city.add(MysterySurvey, rows)
