"""The people of the demo city, made through the person form's own rules, and the staff.

Each person is a `PersonDraft` checked by `domain.people.validate` (the check the people
service applies) and stored as `normalise` gives it back: a name too long in people.toml, or
contact details without consent, stops the demo as it would stop a coordinator's form.

Phone numbers use the ranges reserved for fiction by the French regulator; e-mail
addresses use reserved example domains.
"""

from __future__ import annotations

import random
from dataclasses import fields
from datetime import date

from citizenspace.domain import catalog as c
from citizenspace.domain.people import PersonDraft, normalise, search_key, validate
from citizenspace.services.demo.city import City, Ids, Row, refuse_unless
from citizenspace.services.demo.data import Where
from citizenspace.store.models import StaffAccount

#: A title says who holds it ("Adjointe", "Élu"): the first name must agree.
_WOMEN_TITLES = ("Adjointe", "Conseillère", "Élue", "Habitante")
_MEN_TITLES = ("Adjoint ", "Conseiller ", "Élu,", "Habitant")
#: The data file a person's field comes from, when it is not people.toml.
_FILES = {"address": "places.toml", "postcode": "places.toml", "notes": "councils.toml"}


def name(city: City, rng: random.Random, female: bool, birth_year: int) -> tuple[str, str]:
    """A first name of the person's generation, and a family name."""
    return rng.choice(city.data.first_names(birth_year, female)), rng.choice(city.data.last_names)


def person(
    city: City,
    rng: random.Random,
    new_id: Ids,
    *,
    birth_year: int,
    district: Row | None,
    created_on: date,
    consent_rate: float,
    notes: str = "",
) -> Row:
    """A person the office knows, added to `city.people`."""
    female = rng.random() < 0.54
    if notes.startswith(_WOMEN_TITLES):
        female = True
    elif notes.startswith(_MEN_TITLES):
        female = False
    first, last = name(city, rng, female, birth_year)
    if district is None:
        district = city.districts[rng.randrange(len(city.districts))]
    street = rng.choice(city.streets[district["id"]])
    consent = rng.random() < consent_rate and city.today.year - birth_year >= 15
    email = phone = ""
    if consent:
        if rng.random() < 0.8:
            local = search_key(f"{first}.{last}").replace(" ", "").replace("'", "")
            if rng.random() < 0.4:
                local += str(rng.randrange(1, 99))
            email = f"{local}@{rng.choice(('example.org', 'example.net', 'example.com'))}"
        if rng.random() < 0.65 or not email:
            # Ranges reserved by the French regulator for fiction: never a real subscriber.
            prefix = "06 39 98" if rng.random() < 0.75 else "03 53 01"
            phone = f"{prefix} {rng.randrange(100):02d} {rng.randrange(100):02d}"
    person_id = new_id()
    address = f"{rng.randint(1, 140)} {street}"
    draft = PersonDraft(
        first_name=first,
        last_name=last,
        email=email,
        phone=phone,
        birth_year=birth_year,
        address=address,
        postcode=city.data.city.postcode,
        district_id=district["id"],
        consent_contact=consent,
        consent_photo=consent and rng.random() < 0.5,
        notes=notes,
    )
    errors = validate(draft, city.today)
    if errors:
        told = f"; notes «{notes}»" if notes else ""
        lives = f"{address}, {draft.postcode}{told}"
        file = next((_FILES[e.field] for e in errors if e.field in _FILES), "people.toml")
        refuse_unless(Where(file, f"the person «{first} {last}» ({lives})"), errors)
    d = normalise(draft)
    # The person's columns are the draft's fields, as the form saves them.
    row = {"id": person_id, **{f.name: getattr(d, f.name) for f in fields(d)}}
    row["search_key"] = search_key(f"{d.last_name} {d.first_name}")  # "last first", folded
    row["consent_contact_on"] = created_on if d.consent_contact else None
    row["created_on"] = created_on
    city.people.append(row)
    return row


def staff_accounts(city: City) -> None:
    """Five coordinators at the Citizen Space, four receptionists, and the administrator.
    (No domain rule for accounts yet: they are written as they are made.)"""
    rng, new_id = city.dice("staff")
    plan = [(c.StaffRole.COORDINATOR, "citizen_space")] * 5 + [
        (c.StaffRole.RECEPTION, s) for s in ("citizen_space", "citizen_space", "town_hall", "bus")
    ]
    rows, logins = [], set()
    for role, site in plan:
        first, last = name(city, rng, rng.random() < 0.6, 1985)
        login = search_key(f"{first[0]}.{last}").replace(" ", "-").replace("'", "")
        while login in logins:
            login += "2"
        logins.add(login)
        sid = new_id()
        city.staff.setdefault(role.value, []).append(sid)
        if role is c.StaffRole.RECEPTION:
            city.staff.setdefault(site, []).append(sid)
        rows.append(_account(sid, login, f"{first} {last}", role, city.site_ids[site]))
    rows.append(
        _account(new_id(), "admin", "Administrateur", c.StaffRole.ADMIN, city.site_ids["town_hall"])
    )
    city.add(StaffAccount, rows)


def _account(account_id: str, login: str, shown: str, role: c.StaffRole, site_id: str) -> Row:
    return {
        "id": account_id,
        "login": login,
        "display_name": shown,
        "role": role,
        "pin_hash": "",
        "active": True,
        "site_id": site_id,
    }
