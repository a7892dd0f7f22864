"""People: the reference vertical slice (list, search, create, edit, delete)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from citizenspace.domain import people as rules
from citizenspace.domain.people import FieldError, PersonDraft, PersonError
from citizenspace.services.common.errors import InUse, NotFound, ValidationFailed, found
from citizenspace.services.common.usage import usage
from citizenspace.store.database import Database
from citizenspace.store.models import (
    Attendance,
    Candidacy,
    District,
    Membership,
    Person,
    Visit,
)
from citizenspace.store.search import LIKE_ESCAPE, like_contains


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


def _usage(s: Session, person_id: str) -> dict[str, int]:
    """The records that mention the person, by kind, with their count (kinds at 0 left out)."""
    return usage(
        s,
        person_id,
        (
            ("memberships", Membership.person_id),
            ("candidacies", Candidacy.person_id),
            ("attendance", Attendance.person_id),
            ("visits", Visit.person_id),
        ),
    )


def merge_edits(current: PersonDraft, edited: PersonDraft, original: PersonDraft) -> PersonDraft:
    """`current` with only the fields the user changed between `original` (what the form
    showed) and `edited` (what it holds now). Fields compare after normalisation, so retyping
    a phone number with other spaces is not a change; a field the user did not touch keeps
    what the database holds now, even if someone else wrote it meanwhile."""
    before = rules.normalise(original)
    after = rules.normalise(edited)
    changed = {
        f.name: getattr(edited, f.name)
        for f in fields(PersonDraft)
        if getattr(after, f.name) != getattr(before, f.name)
    }
    return replace(current, **changed)


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
            like = like_contains(word)
            q = q.where(
                or_(
                    Person.search_key.like(like, escape=LIKE_ESCAPE),
                    Person.email.like(like, escape=LIKE_ESCAPE),
                    func.replace(Person.phone, " ", "").like(like, escape=LIKE_ESCAPE),
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
            p = found(s.get(Person, person_id), "person", person_id)
            return self._detail(p)

    def usage(self, person_id: str) -> dict[str, int]:
        """Where the person is mentioned, as `InUse.used_by` would say it ("memberships",
        "candidacies", "attendance", "visits" -> count; empty when nowhere). Read-only: the
        People screen asks it before offering to delete, so that nobody confirms a deletion
        that would then be refused. Raises NotFound if the person is gone."""
        with self._db.read() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person", person_id)
            return _usage(s, person_id)

    def districts(self) -> list[DistrictChoice]:
        with self._db.read() as s:
            rows = s.execute(select(District.id, District.name).order_by(District.name))
            return [DistrictChoice(i, n) for i, n in rows]

    # ---------------------------------------------------------------- actions

    def create(self, draft: PersonDraft) -> PersonDetail:
        with self._db.write() as s:
            draft = self._checked(s, draft, stored_district=None)
            p = Person(created_on=self._today())
            self._apply(p, draft)
            s.add(p)
            s.flush()
            return self._detail(p)

    def update(
        self, person_id: str, draft: PersonDraft, *, original: PersonDraft | None = None
    ) -> PersonDetail:
        """Save the person form. With `original` (the draft the form was loaded with), only
        the fields the user changed are written: an edit made meanwhile elsewhere (another
        computer, a sync) to a field the user did not touch is kept, not silently reverted.
        Validation runs on the merged result."""
        with self._db.write() as s:
            p = found(s.get(Person, person_id), "person", person_id)
            if original is not None:
                draft = merge_edits(self._detail(p).draft, draft, original)
            draft = self._checked(s, draft, stored_district=p.district_id)
            self._apply(p, draft)
            s.flush()
            return self._detail(p)

    def delete(self, person_id: str) -> None:
        """Delete a person who appears nowhere else. Someone who sat on a council or signed
        a sheet is kept for the record (their data is anonymised by retention rules)."""
        with self._db.write() as s:
            if s.get(Person, person_id) is None:
                raise NotFound("person", person_id)
            used = _usage(s, person_id)
            if used:
                raise InUse("person", person_id, used)
            s.execute(delete(Person).where(Person.id == person_id))

    # ---------------------------------------------------------------- helpers

    def _checked(
        self, s: Session, draft: PersonDraft, *, stored_district: str | None
    ) -> PersonDraft:
        """The normalised draft, or ValidationFailed. Runs inside the write transaction so
        that a district deleted meanwhile is a field error, not a foreign-key crash. A
        district the person already has is not re-checked (it may not be synced here yet)."""
        errors = rules.validate(draft, self._today())
        district = draft.district_id
        if (
            district is not None
            and district != stored_district
            and s.get(District, district) is None
        ):
            errors.append(FieldError("district_id", PersonError.UNKNOWN_DISTRICT))
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
