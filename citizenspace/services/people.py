"""People: the reference vertical slice (list, search, create, edit, delete)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, or_, select

from citizenspace.domain import people as rules
from citizenspace.domain.people import PersonDraft
from citizenspace.services.errors import InUse, NotFound, ValidationFailed
from citizenspace.store.database import Database
from citizenspace.store.models import (
    Attendance,
    Candidacy,
    District,
    Membership,
    Person,
    Visit,
)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list."""

    id: str
    first_name: str
    last_name: str
    district: str
    email: str
    phone: str
    consent_contact: bool
    bodies: int


@dataclass(frozen=True, slots=True)
class PersonDetail:
    id: str
    draft: PersonDraft
    created_on: date
    consent_contact_on: date | None


@dataclass(frozen=True, slots=True)
class DistrictChoice:
    id: str
    name: str


def _search_key(first: str, last: str) -> str:
    return rules.search_key(f"{last} {first}")


class PeopleService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    # ---------------------------------------------------------------- queries

    def search(self, text: str = "", limit: int | None = 500) -> list[PersonRow]:
        """People whose name, e-mail or phone matches every word of `text`, sorted by name."""
        members = (
            select(Membership.person_id, func.count().label("n"))
            .where(or_(Membership.ends_on.is_(None), Membership.ends_on >= self._today()))
            .group_by(Membership.person_id)
            .subquery()
        )
        q = (
            select(Person, District.name, func.coalesce(members.c.n, 0))
            .outerjoin(District, District.id == Person.district_id)
            .outerjoin(members, members.c.person_id == Person.id)
            .order_by(Person.search_key, Person.id)
        )
        for word in rules.search_key(text).split():
            like = f"%{word}%"
            q = q.where(
                or_(
                    Person.search_key.like(like),
                    Person.email.like(like),
                    func.replace(Person.phone, " ", "").like(like),
                )
            )
        if limit:
            q = q.limit(limit)
        with self._db.read() as s:
            return [
                PersonRow(
                    id=p.id,
                    first_name=p.first_name,
                    last_name=p.last_name,
                    district=dname or "",
                    email=p.email,
                    phone=p.phone,
                    consent_contact=p.consent_contact,
                    bodies=n,
                )
                for p, dname, n in s.execute(q)
            ]

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Person)) or 0

    def get(self, person_id: str) -> PersonDetail:
        with self._db.read() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("person", person_id)
            return self._detail(p)

    def districts(self) -> list[DistrictChoice]:
        with self._db.read() as s:
            rows = s.execute(select(District.id, District.name).order_by(District.name))
            return [DistrictChoice(i, n) for i, n in rows]

    # ---------------------------------------------------------------- actions

    def create(self, draft: PersonDraft) -> PersonDetail:
        draft = self._checked(draft)
        with self._db.write() as s:
            p = Person(created_on=self._today())
            self._apply(p, draft)
            s.add(p)
            s.flush()
            return self._detail(p)

    def update(self, person_id: str, draft: PersonDraft) -> PersonDetail:
        draft = self._checked(draft)
        with self._db.write() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFound("person", person_id)
            self._apply(p, draft)
            s.flush()
            return self._detail(p)

    def delete(self, person_id: str) -> None:
        """Delete a person who appears nowhere else. Someone who sat on a council or signed
        a sheet is kept for the record (their data is anonymised by retention rules)."""
        with self._db.write() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person", person_id)
            used: dict[str, int] = {}
            for label, model in (
                ("memberships", Membership),
                ("candidacies", Candidacy),
                ("attendance", Attendance),
                ("visits", Visit),
            ):
                n = s.scalar(
                    select(func.count()).select_from(model).where(model.person_id == person_id)
                )
                if n:
                    used[label] = n
            if used:
                raise InUse("person", person_id, used)
            s.execute(delete(Person).where(Person.id == person_id))

    # ---------------------------------------------------------------- helpers

    def _checked(self, draft: PersonDraft) -> PersonDraft:
        errors = rules.validate(draft, self._today())
        if errors:
            raise ValidationFailed(errors)
        return rules.normalise(draft)

    def _apply(self, p: Person, d: PersonDraft) -> None:
        if d.consent_contact and not p.consent_contact:
            p.consent_contact_on = self._today()
        elif not d.consent_contact:
            p.consent_contact_on = None
        p.first_name = d.first_name
        p.last_name = d.last_name
        p.search_key = _search_key(d.first_name, d.last_name)
        p.email = d.email
        p.phone = d.phone
        p.birth_year = d.birth_year
        p.address = d.address
        p.postcode = d.postcode
        p.district_id = d.district_id
        p.consent_contact = d.consent_contact
        p.consent_photo = d.consent_photo
        p.notes = d.notes

    @staticmethod
    def _detail(p: Person) -> PersonDetail:
        return PersonDetail(
            id=p.id,
            draft=PersonDraft(
                first_name=p.first_name,
                last_name=p.last_name,
                email=p.email,
                phone=p.phone,
                birth_year=p.birth_year,
                address=p.address,
                postcode=p.postcode,
                district_id=p.district_id,
                consent_contact=p.consent_contact,
                consent_photo=p.consent_photo,
                notes=p.notes,
            ),
            created_on=p.created_on,
            consent_contact_on=p.consent_contact_on,
        )
