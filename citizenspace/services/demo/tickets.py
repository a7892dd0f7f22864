"""The follow-up tickets and "Allô mairie" reports of the demo city, with their history.

Through the tickets' own rules (`domain.reception.tickets`), the ones the ticket service
applies: a category's code, name and delay (`category_problems`); a ticket's description,
place and contact; the category of a visit's theme (`category_for_theme`, as the new-ticket
form finds it) and its due date (`due_date`); each step of its history an allowed transition
(`transition_problems`, a rejection with its reason, a ticket outside the City's competence
closed only once the citizen was told); the competent body of such a ticket not the City.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from citizenspace.domain import catalog as c
from citizenspace.domain.reception import tickets as rules
from citizenspace.domain.reception.tickets import Location, Problem, TicketError
from citizenspace.services.demo.city import City, Ids, Row, at, refuse_unless, stage_rng
from citizenspace.services.demo.data import OTHER_CATEGORY, Where
from citizenspace.store.models import TicketCategory

S = c.TicketStatus


def ticket_categories(city: City) -> None:
    """The ticket categories, with their delays and default services (from the directory
    written by `places.themes_and_directory`)."""
    _, new_id = city.dice("ticket_categories")
    by_name = {r["name"]: r["id"] for r in city.directory.values()}
    rows: list[Row] = []
    for cat in city.data.categories:
        problems = rules.category_problems(
            cat.code,
            cat.name,
            cat.due_days,
            other_codes=[r["code"] for r in rows],
            other_names=[r["name"] for r in rows],
        )
        entry_id = by_name.get(cat.service) if cat.service else None
        if cat.service and entry_id is None:
            problems.append(Problem("service", TicketError.UNKNOWN_SERVICE))
        refuse_unless(cat.where, problems)
        rows.append(
            {
                "id": new_id(),
                "code": cat.code.strip(),
                "name": cat.name.strip(),
                "description": cat.description.strip(),
                "keywords": cat.keywords.strip(),
                "due_days": cat.due_days,
                "directory_entry_id": entry_id,
                "active": True,
            }
        )
    city.categories = {r["id"]: r for r in rows}
    city.add(TicketCategory, rows)


def category_of(city: City, theme_id: str | None) -> Row:
    """The category named like the visit's theme or its parent theme, as the new-ticket
    form finds it; else the category of other requests."""
    names = []
    if theme_id is not None:
        names.append(city.theme_names[theme_id])
        parent = city.theme_parent_of.get(theme_id)
        if parent is not None:
            names.append(city.theme_names[parent])
    pairs = [(cid, r["name"]) for cid, r in city.categories.items()]
    found = rules.category_for_theme(names, pairs)
    if found is not None:
        return city.categories[found]
    return next(r for r in city.categories.values() if r["code"] == OTHER_CATEGORY)


def ticket(
    city: City, rng: random.Random, new_id: Ids, visit: Row, channel: c.Channel, out: list[Row]
) -> Row:
    """The follow-up of a visit: an "Allô mairie" report or a question to answer later.
    Its history goes to `out`."""
    texts = city.data.reception
    theme_id: str = visit["theme_id"]  # a visit followed up was not missed: it has one
    parent = city.theme_parent_of.get(theme_id, theme_id)
    d = rng.choice(city.districts)
    street = rng.choice(city.streets[d["id"]])
    address = ""
    lat = lon = None
    report = texts.reports.get(city.theme_names[parent])
    templates = report.texts if report else ()
    if templates and (channel is c.Channel.ALLO_MAIRIE or rng.random() < 0.5):
        description = rng.choice(templates).format(n=rng.randint(1, 140), street=street)
        address = f"{street}, {city.data.city.postcode} {city.data.city.town}"
        if rng.random() < 0.7:
            lat = round(49.8465 + rng.uniform(-0.018, 0.018), 6)
            lon = round(3.2876 + rng.uniform(-0.03, 0.03), 6)
    else:
        description = rng.choice(texts.questions)
    cat = category_of(city, theme_id)
    delay = cat["due_days"]
    opened = visit["arrived_at"].date()
    age = (city.today - opened).days
    if age > delay + 10:
        status = rng.choices(
            (S.RESOLVED, S.REJECTED, S.IN_PROGRESS, S.FORWARDED), weights=(94.5, 5, 0.4, 0.1)
        )[0]
    elif age > 3:
        status = rng.choices(
            (S.RESOLVED, S.IN_PROGRESS, S.FORWARDED, S.NEW), weights=(45, 30, 15, 10)
        )[0]
    else:
        status = rng.choices((S.NEW, S.FORWARDED), weights=(70, 30))[0]
    reason = rng.choice(texts.reject_reasons) if status is S.REJECTED else ""
    informed = ""
    if status in rules.CLOSED and rng.random() < 0.6:
        informed = rng.choice(("phone", "email", "letter"))
    ticket_id = new_id()
    # Everything below comes from the ticket's own generator: the visits' draws (and so
    # the visits) stay what they were before tickets had a history.
    trng = stage_rng(city.seed, f"ticket:{ticket_id}")
    entry_id = visit["directory_entry_id"] or cat["directory_entry_id"]
    entry = city.directory.get(entry_id) if entry_id else None
    # Sent on to another body: only once it has left the "new" pile.
    outside = (
        entry is not None and entry["competence"] is not c.Competence.CITY and status is not S.NEW
    )
    if outside and status is S.IN_PROGRESS:
        status = S.FORWARDED  # the City does not work on another body's business
    start = visit["ended_at"] or visit["arrived_at"]

    def later(after: datetime, days: int) -> datetime:
        """A moment in working hours `days` after `after`, never after today."""
        day = min(city.today, after.date() + timedelta(days=days))
        moment = at(day, 9) + timedelta(minutes=trng.randint(0, 8 * 60))
        return max(moment, after + timedelta(minutes=1))

    steps: list[tuple[c.TicketStatus, datetime, str]] = [(S.NEW, start, "")]
    forwarded_on = None
    if status is S.FORWARDED or (status is not S.NEW and (outside or trng.random() < 0.3)):
        moment = later(start, trng.randint(0, 2))
        steps.append((S.FORWARDED, moment, ""))
        forwarded_on = moment.date()
    if status in (S.IN_PROGRESS, S.RESOLVED) and not outside:
        steps.append((S.IN_PROGRESS, later(steps[-1][1], trng.randint(0, 3)), ""))
    if status in rules.CLOSED:
        # Most answered within the delay, some late.
        late = trng.random() < 0.15
        days = trng.randint(delay + 1, delay + 20) if late else trng.randint(1, delay)
        days = min(days, max(0, (city.today - steps[-1][1].date()).days))
        steps.append((status, later(steps[-1][1], days), reason))
    closed_on = steps[-1][1].date() if status in rules.CLOSED else None
    informed_on = None
    if outside and status is not S.NEW:
        informed = informed or ("letter" if channel is c.Channel.LETTER else "email")
    if informed:
        told = closed_on or forwarded_on or opened
        informed_on = min(city.today, told + timedelta(days=trng.randint(0, 2)))
    contact = ("", "", "")
    if status not in rules.CLOSED and age <= 45 and trng.random() < 0.6:
        phone = f"06 39 98 {trng.randrange(100):02d} {trng.randrange(100):02d}"
        email = f"citoyen{trng.randrange(1000)}@example.org" if trng.random() < 0.4 else ""
        contact = (trng.choice(texts.contact_names), phone, email)

    problems = rules.description_problems(description)
    problems += rules.location_problems(Location(address, lat, lon))
    problems += rules.contact_problems(*contact)
    problems += rules.outside_competence_problems(outside, entry["competence"] if entry else None)
    for (before, _, _), (after, _, why) in zip(steps, steps[1:], strict=False):
        problems += rules.transition_problems(
            before, after, why, outside_competence=outside, informed=bool(informed)
        )
    if informed_on is not None:
        problems += rules.informed_problems(informed_on, opened, city.today)
    if problems:
        said = f"the ticket «{description}»"
        if status is S.REJECTED:
            said += f", rejected with the reject_reasons entry «{reason}»"
        refuse_unless(Where("reception.toml", said), problems)

    for step, moment, why in steps:
        out.append(
            {
                "id": Ids(trng)(),
                "ticket_id": ticket_id,
                "at": moment,
                "status": step,
                "reason": why.strip(),
                "staff_account_id": visit["staff_account_id"],
            }
        )
    return {
        "id": ticket_id,
        "visit_id": visit["id"],
        "category": cat["name"][: rules.MAX_CATEGORY_NAME],
        "category_id": cat["id"],
        "description": description.strip(),
        "address": address.strip(),
        "latitude": lat,
        "longitude": lon,
        "photo_hash": None,
        "directory_entry_id": entry_id,
        "opened_on": opened,
        "due_on": rules.due_date(opened, delay),
        "status": status,
        "status_reason": reason.strip(),
        "citizen_informed_by": informed,
        "site_id": visit["site_id"],
        "contact_name": contact[0].strip(),
        "contact_phone": contact[1].strip(),
        "contact_email": contact[2].strip(),
        "person_id": None,
        "outside_competence": outside,
        "forwarded_on": forwarded_on,
        "informed_on": informed_on,
        "closed_on": closed_on,
    }
