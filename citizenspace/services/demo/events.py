"""A year of events in the demo city: council meetings with their agendas and sign-in
sheets, the festival, seminars, elected officials in the districts, workshops.

The domain has no rule yet for events, agenda items or attendance (a future issue brings
them): their rows are made by the three functions at the end of this module, one per table,
where those rules will slot in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from citizenspace.domain import catalog as c
from citizenspace.services.demo.city import (
    City,
    Row,
    at,
    in_window,
    public_holidays,
    weekday_on_or_after,
)
from citizenspace.services.demo.people import name
from citizenspace.store.models import AgendaItem, Attendance, Event


class _Events:
    """The events stage: its dice, its calendar, and the rows it gathers."""

    def __init__(self, city: City) -> None:
        self.city = city
        self.rng, self.new_id = city.dice("events")
        self.start = city.today - timedelta(days=273)
        self.end = city.today + timedelta(days=92)
        self.holidays = public_holidays(self.start.year) | public_holidays(self.end.year)
        self.events: list[Row] = []
        self.agenda: list[Row] = []
        self.marks: list[Row] = []
        # Some members come to almost every meeting, most rarely do: "10-15 of 35 are active".
        self.assiduity: dict[str, float] = {}

    def open_day(self, d: date) -> date:
        while d.weekday() >= 5 or d in self.holidays:
            d += timedelta(days=1)
        return d

    def event(
        self,
        title: str,
        kind: c.EventKind,
        starts: datetime,
        hours: float,
        *,
        body_key: str | None = None,
        site: str | None = None,
        place: str = "",
        description: str = "",
    ) -> Row:
        status = c.EventStatus.PLANNED
        if starts.date() < self.city.today:
            status = c.EventStatus.CANCELLED if self.rng.random() < 0.04 else c.EventStatus.HELD
        row = event_row(
            self.new_id(),
            title,
            kind,
            status,
            self.city.bodies[body_key]["id"] if body_key else None,
            self.city.site_ids[site] if site else None,
            place,
            starts,
            starts + timedelta(hours=hours),
            description,
        )
        self.events.append(row)
        return row

    def items(self, ev: Row, city: Sequence[str], citizens: Sequence[str] = ()) -> None:
        """The agenda: the City's topics first, then the inhabitants'."""
        held = ev["status"] is c.EventStatus.HELD
        topics = [(t, c.AgendaSource.CITY) for t in city]
        topics += [(t, c.AgendaSource.CITIZENS) for t in citizens]
        for position, (title, source) in enumerate(topics, start=1):
            self.agenda.append(agenda_row(self.new_id(), ev["id"], position, title, source, held))

    def sheet(self, ev: Row, body_key: str) -> None:
        """The sign-in sheet of a council meeting: every sitting member gets a mark."""
        day = _held_on(ev)
        if day is None:
            return
        rng = self.rng
        for m in self.city.members[body_key]:
            if m["starts_on"] > day or (m["ends_on"] and m["ends_on"] < day):
                continue
            if m["role"] is c.MembershipRole.ELECTED_OFFICIAL:
                p_present = 0.9
            else:
                p_present = self.assiduity.setdefault(
                    m["id"], 0.8 if rng.random() < 0.28 else rng.uniform(0.05, 0.2)
                )
            r = rng.random()
            if r < p_present:
                status = c.AttendanceStatus.PRESENT
            elif r < p_present + (1 - p_present) * 0.3:
                status = c.AttendanceStatus.EXCUSED
            else:
                status = c.AttendanceStatus.ABSENT
            self.marks.append(
                attendance_row(self.new_id(), ev["id"], m["person_id"], "", status, day)
            )

    def open_sheet(self, ev: Row, pool: list[Row], low: int, high: int, guests: int = 0) -> None:
        """Sign-in sheet of an open event: people the office knows, and a few guests."""
        day = _held_on(ev)
        if day is None:
            return
        rng = self.rng
        present = c.AttendanceStatus.PRESENT
        known = [p for p in pool if p["created_on"] <= day]
        for p in rng.sample(known, min(len(known), rng.randint(low, high))):
            self.marks.append(attendance_row(self.new_id(), ev["id"], p["id"], "", present, day))
        for _ in range(guests):
            first, last = name(self.city, rng, rng.random() < 0.5, 1980)
            self.marks.append(
                attendance_row(self.new_id(), ev["id"], None, f"{first} {last}", present, day)
            )


def _held_on(ev: Row) -> date | None:
    """The day of an event that took place (None: planned or cancelled, no sheet)."""
    if ev["status"] is not c.EventStatus.HELD:
        return None
    day: date = ev["starts_at"].date()
    return day


def events(city: City) -> None:
    st = _Events(city)
    rng, start, end = st.rng, st.start, st.end
    topics = city.data.councils
    by_district = {
        d["id"]: [
            p
            for p in city.people
            if p["district_id"] == d["id"] and city.today.year - p["birth_year"] >= 18
        ]
        for d in city.districts
    }

    # Neighbourhood councils: at least one official meeting a quarter, on a weekday evening.
    for i, (d, data) in enumerate(zip(city.districts, city.data.districts, strict=True)):
        key = f"nc{i}"
        site = data.council_site
        place = "" if site else f"Salle polyvalente, {city.streets[d['id']][0]}"
        day = st.open_day(weekday_on_or_after(start + timedelta(days=i * 9), 1 + i % 3))
        while day <= end:
            ev = st.event(
                f"Conseil de quartier {d['name']} – réunion trimestrielle",
                c.EventKind.COUNCIL_MEETING,
                at(day, 18, 30),
                2,
                body_key=key,
                site=site,
                place=place,
                description="Réunion officielle avec l'élu référent et les services.",
            )
            st.items(
                ev,
                rng.sample(topics.city_topics, rng.randint(2, 4)),
                rng.sample(topics.citizen_topics, rng.randint(1, 3)),
            )
            st.sheet(ev, key)
            day = st.open_day(day + timedelta(days=rng.randint(84, 98)))

    # Youth Council: monthly, on a Wednesday afternoon, not in July and August.
    month = date(start.year, start.month, 1)
    while month <= end:
        if month.month not in (7, 8):
            day = st.open_day(weekday_on_or_after(month + timedelta(days=7), 2))
            if start <= day <= end:
                ev = st.event(
                    "Conseil municipal des jeunes – séance mensuelle",
                    c.EventKind.COUNCIL_MEETING,
                    at(day, 14),
                    2.5,
                    body_key="youth",
                    site="town_hall",
                    place="Salle du conseil municipal",
                )
                st.items(
                    ev,
                    rng.sample(topics.city_topics, 2),
                    ["Avancement des projets des commissions"],
                )
                st.sheet(ev, "youth")
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)

    for key, title, weekday, hour, every in (
        ("senior", "Conseil des seniors – séance plénière", 1, 14, 91),
        ("assoc", "Conseil des associations – assemblée", 3, 18, 122),
        ("ulg", "Groupe local URBACT – séance de travail", 0, 17, 122),
    ):
        day = st.open_day(weekday_on_or_after(start + timedelta(days=rng.randint(5, 40)), weekday))
        while day <= end:
            ev = st.event(
                title,
                c.EventKind.COUNCIL_MEETING,
                at(day, hour),
                2,
                body_key=key,
                site="citizen_space",
            )
            st.items(ev, rng.sample(topics.city_topics, 2), rng.sample(topics.citizen_topics, 1))
            st.sheet(ev, key)
            day = st.open_day(day + timedelta(days=every + rng.randint(-7, 7)))

    adults = [p for p in city.people if city.today.year - p["birth_year"] >= 18]

    # The festival of citizen participation, in September.
    festival = in_window(9, 20, start, end)
    if festival:
        festival = weekday_on_or_after(festival, 5)
        ev = st.event(
            "Festival de la participation citoyenne",
            c.EventKind.FESTIVAL,
            at(festival, 10),
            8,
            site="town_hall",
            place="Parvis de l'Hôtel de ville",
            description="La journée annuelle où habitants, services et élus "
            "partagent les projets participatifs.",
        )
        st.items(
            ev,
            (
                "Village des conseils de quartier",
                "Stand du budget participatif des enfants",
                "Quiz de la citoyenneté",
                "Débat public de clôture",
            ),
        )
        st.open_sheet(ev, adults, 30, 60, guests=8)

    # Seminars for civil servants, in May and November.
    for month_, theme in (
        (5, "La participation citoyenne dans nos projets"),
        (11, "Bien accueillir : la charte qualité de l'accueil"),
    ):
        seminar_day = in_window(month_, 15, start, end)
        if seminar_day:
            ev = st.event(
                f"Séminaire des agents – {theme}",
                c.EventKind.SEMINAR,
                at(st.open_day(seminar_day), 9),
                7,
                site="town_hall",
                place="Salle des mariages",
            )
            st.items(
                ev,
                (
                    "Ouverture par la direction générale",
                    "Ateliers en petits groupes",
                    "Restitution et engagements",
                ),
            )
            st.open_sheet(ev, [], 0, 0, guests=rng.randint(22, 35))

    # Elected officials in the neighbourhoods: one Saturday morning per district.
    for i, d in enumerate(city.districts):
        day = weekday_on_or_after(start + timedelta(days=20 + i * 40), 5)
        if day == festival:
            day += timedelta(days=7)
        if day > end:
            continue
        ev = st.event(
            f"Les élus dans votre quartier – {d['name']}",
            c.EventKind.ELECTED_VISIT,
            at(day, 10),
            2,
            place=f"Départ : {city.streets[d['id']][-1]}",
            description="Balade dans le quartier avec le maire et les élus.",
        )
        st.items(ev, ("Parcours dans le quartier", "Échanges avec les habitants"))
        st.open_sheet(ev, by_district[d["id"]], 8, 20)

    # Open house of the municipal services, in October.
    open_house = in_window(10, 10, start, end)
    if open_house:
        ev = st.event(
            "Journée portes ouvertes des services municipaux",
            c.EventKind.OPEN_HOUSE,
            at(weekday_on_or_after(open_house, 5), 9),
            8,
            site="town_hall",
            description="Les services présentent leur travail : Allô mairie, "
            "état civil, Espace Citoyens…",
        )
        st.items(ev, ("Visites guidées des services", "Les coulisses d'Allô mairie"))

    # Co-designing a square with the inhabitants: three workshops, three weeks apart.
    d = city.districts[min(4, len(city.districts) - 1)]
    day = weekday_on_or_after(city.today - timedelta(days=40), 3)
    for k in range(3):
        ev = st.event(
            f"Atelier de co-conception du square des Tilleuls ({k + 1}/3)",
            c.EventKind.WORKSHOP,
            at(day, 18),
            2,
            site="cs_neuville",
            description="Habitants, associations et commerçants dessinent ensemble "
            "le futur square.",
        )
        steps = (
            "Retour sur le questionnaire aux habitants",
            "Travail en groupes sur plans",
            "Restitution",
        )
        st.items(ev, (steps[k], "Prochaines étapes"))
        st.open_sheet(ev, by_district[d["id"]], 12, 25, guests=rng.randint(2, 5))
        day = st.open_day(day + timedelta(days=21))

    city.add(Event, st.events)
    city.add(AgendaItem, st.agenda)
    city.add(Attendance, st.marks)


# --------------------------------------------------------------------------- the rows
# One function per table: where the events' rules will check each row, once they exist.


def event_row(
    event_id: str,
    title: str,
    kind: c.EventKind,
    status: c.EventStatus,
    body_id: str | None,
    site_id: str | None,
    place: str,
    starts_at: datetime,
    ends_at: datetime,
    description: str,
) -> Row:
    return {
        "id": event_id,
        "title": title,
        "kind": kind,
        "status": status,
        "body_id": body_id,
        "site_id": site_id,
        "place": place,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "description": description,
    }


def agenda_row(
    item_id: str, event_id: str, position: int, title: str, source: c.AgendaSource, held: bool
) -> Row:
    return {
        "id": item_id,
        "event_id": event_id,
        "position": position,
        "title": title,
        "source": source,
        "notes": "Point traité en séance." if held else "",
    }


def attendance_row(
    mark_id: str,
    event_id: str,
    person_id: str | None,
    guest_name: str,
    status: c.AttendanceStatus,
    recorded_on: date,
) -> Row:
    return {
        "id": mark_id,
        "event_id": event_id,
        "person_id": person_id,
        "guest_name": guest_name,
        "status": status,
        "recorded_on": recorded_on,
    }
