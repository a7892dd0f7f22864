"""The councils of the demo city: bodies, candidacies, draws by lot with their reserve lists,
members, the elected officials and the appointed local group; and the people who stood.

The domain has no rule yet for councils, candidacies, memberships or draws (a future issue
brings them): their rows are made by the four functions at the end of this module, one per
table, where those rules will slot in. The people are made through the person rules
(`people.person`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta

from citizenspace.domain import catalog as c
from citizenspace.services.demo import people
from citizenspace.services.demo.city import (
    City,
    Row,
    at,
    cumulated,
    weekday_on_or_after,
    weighted_index,
)
from citizenspace.store.models import Body, Candidacy, Draw, Membership, Person

#: At scale 1: the candidates of a year in a 55,000-inhabitant city, and everyone the
#: office knows.
PEOPLE_AT_SCALE_1 = 1500
NEIGHBOURHOOD_CANDIDATES_AT_SCALE_1 = 600
YOUTH_CANDIDATES_AT_SCALE_1 = 85
SENIOR_CANDIDATES_AT_SCALE_1 = 50
ASSOCIATION_CANDIDATES_AT_SCALE_1 = 40


class _Councils:
    """The councils stage: its dice, and the rows it gathers before adding them."""

    def __init__(self, city: City) -> None:
        self.city = city
        self.rng, self.new_id = city.dice("councils")
        self.bodies: list[Row] = []
        self.candidacies: list[Row] = []
        self.memberships: list[Row] = []
        self.draws: list[Row] = []

    def body(self, key: str, row: Row) -> None:
        self.city.bodies[key] = row
        self.city.members[key] = []
        self.bodies.append(row)

    def member(self, key: str, row: Row) -> None:
        self.memberships.append(row)
        self.city.members[key].append(row)

    def person(
        self, birth_year: int, district: Row | None, created_on: date, rate: float, notes: str = ""
    ) -> Row:
        """Someone the office knows (see `people.person`), with this stage's dice."""
        return people.person(
            self.city,
            self.rng,
            self.new_id,
            birth_year=birth_year,
            district=district,
            created_on=created_on,
            consent_rate=rate,
            notes=notes,
        )

    def candidates(
        self, n: int, born: Callable[[], int], created_on: date, rate: float
    ) -> list[Row]:
        """`n` people who stood, born in a year `born()` gives, from any district."""
        return [self.person(born(), None, created_on, rate) for _ in range(n)]

    def draw(self, key: str, pool: list[Row], drawn_at: datetime, term: int) -> None:
        """Candidacies (drawn, reserve with ranks, pending after the draw), the members
        and the draw record, as a coordinator would have made them with the application."""
        rng, new_id, today = self.rng, self.new_id, self.city.today
        b = self.city.bodies[key]
        drawn_on = drawn_at.date()
        late = max(1, round(len(pool) * rng.uniform(0.05, 0.1)))
        in_draw, after = pool[: len(pool) - late], pool[len(pool) - late :]
        order = in_draw[:]
        rng.shuffle(order)
        drawn, reserve = order[: b["seats"]], order[b["seats"] :]
        starts = drawn_on + timedelta(days=14)
        ends = date(starts.year + term, starts.month, min(starts.day, 28))
        for rank, p in enumerate(order):
            is_drawn = rank < b["seats"]
            submitted = drawn_on - timedelta(days=rng.randint(10, 90))
            _stood_on(p, min(p["created_on"], submitted))
            self.candidacies.append(
                candidacy_row(
                    new_id(),
                    b["id"],
                    p["id"],
                    submitted,
                    c.CandidacyStatus.DRAWN if is_drawn else c.CandidacyStatus.RESERVE,
                    None if is_drawn else rank - b["seats"] + 1,
                    keep_informed=rng.random() < 0.85,
                )
            )
        for p in after:
            submitted = min(today, drawn_on + timedelta(days=rng.randint(20, 300)))
            _stood_on(p, submitted)
            self.candidacies.append(
                candidacy_row(
                    new_id(), b["id"], p["id"], submitted, c.CandidacyStatus.PENDING, None
                )
            )
        for i, p in enumerate(drawn):
            chair = i == 0 and key.startswith("nc")
            role = c.MembershipRole.CHAIR if chair else c.MembershipRole.MEMBER
            self.member(
                key,
                membership_row(
                    new_id(), b["id"], p["id"], role, c.MembershipSource.DRAW, starts, ends
                ),
            )
        public_seed = " ".join(f"{rng.randrange(1000):03d}" for _ in range(4))
        self.draws.append(draw_row(new_id(), b, drawn_at, public_seed, in_draw, drawn, reserve))


def _stood_on(p: Row, day: date) -> None:
    """The office has known the person since they stood (with their consent, if given)."""
    p["created_on"] = day
    if p["consent_contact"]:
        p["consent_contact_on"] = day


def councils(city: City) -> None:
    st = _Councils(city)
    rng, new_id = st.rng, st.new_id
    year = city.today.year

    def adult_year(retired_share: float) -> int:
        if rng.random() < retired_share:
            return year - rng.randint(63, 88)
        return year - rng.randint(22, 62)

    # Neighbourhood councils: 35 seats each, candidates from the district, mostly retired.
    nc_drawn_on = weekday_on_or_after(city.today - timedelta(days=420), 5)
    n_nc = city.n(NEIGHBOURHOOD_CANDIDATES_AT_SCALE_1, minimum=4 * len(city.districts))
    weights = cumulated(d.weight for d in city.data.districts)
    per_district = [2] * len(city.districts)
    for _ in range(n_nc - sum(per_district)):
        per_district[weighted_index(rng, weights)] += 1
    for i, d in enumerate(city.districts):
        key = f"nc{i}"
        description = (
            "Instance consultative du quartier : 35 habitants tirés au sort, "
            "réunis au moins une fois par trimestre avec un élu."
        )
        kind = c.BodyKind.NEIGHBOURHOOD_COUNCIL
        name = f"Conseil de quartier {d['name']}"
        st.body(key, body_row(new_id(), name, kind, 35, 3, 16, None, d["id"], description))
        pool = [st.person(adult_year(0.62), d, nc_drawn_on, 0.9) for _ in range(per_district[i])]
        st.draw(key, pool, at(nc_drawn_on, 10), 3)

    # Youth Council: 45 seats, 11-20 years old, 2-year term.
    youth_drawn_on = weekday_on_or_after(city.today - timedelta(days=330), 2)
    description = (
        "45 jeunes de 11 à 20 ans qui habitent ou étudient dans la ville, "
        "tirés au sort. Réunion mensuelle le mercredi."
    )
    name, kind = "Conseil municipal des jeunes", c.BodyKind.YOUTH_COUNCIL
    st.body("youth", body_row(new_id(), name, kind, 45, 2, 11, 20, None, description))
    n = city.n(YOUTH_CANDIDATES_AT_SCALE_1, minimum=6)
    pool = st.candidates(n, lambda: year - rng.randint(12, 19), youth_drawn_on, 0.7)
    st.draw("youth", pool, at(youth_drawn_on, 14, 30), 2)

    senior_drawn_on = weekday_on_or_after(city.today - timedelta(days=500), 1)
    description = "Des habitants de plus de 60 ans, tirés au sort, pour une ville amie des aînés."
    name, kind = "Conseil des seniors", c.BodyKind.SENIOR_COUNCIL
    st.body("senior", body_row(new_id(), name, kind, 30, 3, 60, None, None, description))
    n = city.n(SENIOR_CANDIDATES_AT_SCALE_1, minimum=4)
    pool = st.candidates(n, lambda: year - rng.randint(61, 89), senior_drawn_on, 0.85)
    st.draw("senior", pool, at(senior_drawn_on, 10), 3)

    assoc_drawn_on = weekday_on_or_after(city.today - timedelta(days=460), 3)
    description = (
        "25 représentants d'associations tirés au sort, mandat de 3 ans : "
        "le lien entre le monde associatif et la ville."
    )
    name, kind = "Conseil des associations", c.BodyKind.ASSOCIATIONS_COUNCIL
    st.body("assoc", body_row(new_id(), name, kind, 25, 3, None, None, None, description))
    associations = city.data.councils.associations
    pool = [
        st.person(
            adult_year(0.35),
            None,
            assoc_drawn_on,
            0.95,
            f"Représente l'association « {rng.choice(associations)} »",
        )
        for _ in range(city.n(ASSOCIATION_CANDIDATES_AT_SCALE_1, minimum=4))
    ]
    st.draw("assoc", pool, at(assoc_drawn_on, 18), 3)

    # Elected officials: one sits in each neighbourhood council (appointed, not drawn).
    officials = [
        st.person(year - rng.randint(38, 66), None, nc_drawn_on, 1.0, portfolio)
        for portfolio in city.data.councils.elected_officials
    ]
    nc_start = nc_drawn_on + timedelta(days=14)
    for i in range(len(city.districts)):
        body_id, official = city.bodies[f"nc{i}"]["id"], officials[i % len(officials)]["id"]
        role, source = c.MembershipRole.ELECTED_OFFICIAL, c.MembershipSource.APPOINTED
        row = membership_row(new_id(), body_id, official, role, source, nc_start, None)
        st.member(f"nc{i}", row)

    # The URBACT local group: its appointed stakeholders, no draw.
    ulg_start = weekday_on_or_after(city.today - timedelta(days=600), 0)
    seats = city.data.councils.local_group
    description = (
        "Élus, agents, associations, commerçants, universitaires et habitants "
        "qui co-construisent le plan d'action de la ville."
    )
    name, kind = "Groupe local URBACT (ULG)", c.BodyKind.LOCAL_GROUP
    st.body("ulg", body_row(new_id(), name, kind, len(seats), 3, None, None, None, description))
    for seat in seats:
        p = st.person(adult_year(0.3), None, ulg_start, 1.0, seat.affiliation)
        source = c.MembershipSource.APPOINTED
        row = membership_row(
            new_id(), city.bodies["ulg"]["id"], p["id"], seat.role, source, ulg_start, None
        )
        st.member("ulg", row)

    _everyone_else(st)
    city.add(Body, st.bodies)
    city.add(Person, city.people)
    city.add(Candidacy, st.candidacies)
    city.add(Membership, st.memberships)
    city.add(Draw, st.draws)


def _everyone_else(st: _Councils) -> None:
    """Everyone else the office knows: volunteers, festival-goers, people who asked to be
    kept informed."""
    city, rng = st.city, st.rng
    for _ in range(max(0, city.n(PEOPLE_AT_SCALE_1) - len(city.people))):
        age = rng.choices(
            (rng.randint(18, 29), rng.randint(30, 59), rng.randint(60, 92)), weights=(2, 5, 4)
        )[0]
        created = city.today - timedelta(days=rng.randint(1, 3 * 365))
        st.person(city.today.year - age, None, created, 0.4)


# --------------------------------------------------------------------------- the rows
# One function per table: where the councils' rules will check each row, once they exist.


def body_row(
    body_id: str,
    name: str,
    kind: c.BodyKind,
    seats: int,
    term: int,
    min_age: int | None = None,
    max_age: int | None = None,
    district_id: str | None = None,
    description: str = "",
) -> Row:
    return {
        "id": body_id,
        "name": name,
        "kind": kind,
        "district_id": district_id,
        "seats": seats,
        "term_years": term,
        "min_age": min_age,
        "max_age": max_age,
        "description": description,
    }


def candidacy_row(
    candidacy_id: str,
    body_id: str,
    person_id: str,
    submitted_on: date,
    status: c.CandidacyStatus,
    reserve_rank: int | None,
    keep_informed: bool = True,
) -> Row:
    return {
        "id": candidacy_id,
        "body_id": body_id,
        "person_id": person_id,
        "submitted_on": submitted_on,
        "status": status,
        "reserve_rank": reserve_rank,
        "keep_informed": keep_informed,
    }


def membership_row(
    membership_id: str,
    body_id: str,
    person_id: str,
    role: c.MembershipRole,
    source: c.MembershipSource,
    starts_on: date,
    ends_on: date | None,
) -> Row:
    return {
        "id": membership_id,
        "body_id": body_id,
        "person_id": person_id,
        "role": role,
        "source": source,
        "starts_on": starts_on,
        "ends_on": ends_on,
    }


def draw_row(
    draw_id: str,
    body: Row,
    drawn_at: datetime,
    public_seed: str,
    in_draw: list[Row],
    drawn: list[Row],
    reserve: list[Row],
) -> Row:
    return {
        "id": draw_id,
        "body_id": body["id"],
        "drawn_at": drawn_at,
        "method": "seeded_shuffle",
        "seats": body["seats"],
        "seed": public_seed,
        "parameters": json.dumps(
            {
                "candidates": len(in_draw),
                "seats": body["seats"],
                "min_age": body["min_age"],
                "max_age": body["max_age"],
                "candidate_ids": sorted(p["id"] for p in in_draw),
            },
            sort_keys=True,
        ),
        "result": json.dumps(
            {"drawn": [p["id"] for p in drawn], "reserve": [p["id"] for p in reserve]},
            sort_keys=True,
        ),
        "performed_by": "Service Démocratie de proximité",
    }
