from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from citizenspace.domain.catalog import BodyKind
from citizenspace.domain.people import PersonDraft, PersonError
from citizenspace.services.common.errors import InUse, NotFound, ValidationFailed
from citizenspace.services.people.people import PeopleService
from citizenspace.store.models import Body, District, Membership

TODAY = date(2026, 11, 25)


@pytest.fixture
def svc(db):
    return PeopleService(db, today=lambda: TODAY)


def test_create_normalises_and_records_consent_date(svc):
    p = svc.create(
        PersonDraft(
            " Hélène ",
            "Dupont",
            email="H.Dupont@Example.FR",
            phone="0612345678",
            consent_contact=True,
        )
    )
    assert p.draft.first_name == "Hélène"
    assert p.draft.email == "h.dupont@example.fr"
    assert p.draft.phone == "06 12 34 56 78"
    assert p.consent_contact_on == TODAY


def test_invalid_draft_is_refused_and_nothing_saved(svc):
    with pytest.raises(ValidationFailed) as err:
        svc.create(PersonDraft("", "Dupont", phone="06 12 34 56 78"))
    assert {e.code for e in err.value.errors} == {
        PersonError.REQUIRED,
        PersonError.CONTACT_WITHOUT_CONSENT,
    }
    assert svc.count() == 0


def test_search_by_name_without_accents_email_and_phone(svc):
    svc.create(PersonDraft("Hélène", "Dupont"))
    svc.create(
        PersonDraft(
            "Kamel", "Oufalla", email="k.o@example.fr", phone="03 23 00 11 22", consent_contact=True
        )
    )
    assert [r.first_name for r in svc.search("helene")] == ["Hélène"]
    assert [r.first_name for r in svc.search("oufalla kamel")] == ["Kamel"]
    assert [r.first_name for r in svc.search("k.o@")] == ["Kamel"]
    assert [r.first_name for r in svc.search("0323")] == ["Kamel"]
    assert [r.last_name for r in svc.search("")] == ["Dupont", "Oufalla"]


def test_update_and_withdraw_consent(svc):
    p = svc.create(PersonDraft("Léa", "Depaepe", email="lea@example.fr", consent_contact=True))
    with pytest.raises(ValidationFailed):
        svc.update(p.id, PersonDraft("Léa", "Depaepe", email="lea@example.fr"))
    q = svc.update(p.id, PersonDraft("Léa", "Depaepe"))
    assert q.draft.email == "" and q.consent_contact_on is None


def test_delete_a_person_who_sits_on_a_council_is_refused(db, svc):
    p = svc.create(PersonDraft("René", "Mattei"))
    with db.write() as s:
        d = District(name="Europe")
        s.add(d)
        s.flush()
        b = Body(
            name="Conseil de quartier Europe",
            kind=BodyKind.NEIGHBOURHOOD_COUNCIL,
            district_id=d.id,
            seats=35,
        )
        s.add(b)
        s.flush()
        s.add(Membership(body_id=b.id, person_id=p.id, starts_on=date(2026, 1, 1)))
    assert svc.search("mattei")[0].bodies == 1
    with pytest.raises(InUse) as err:
        svc.delete(p.id)
    assert err.value.used_by == {"memberships": 1}
    assert svc.count() == 1


def test_usage_says_where_a_person_appears_without_changing_anything(db, svc):
    """Asked before the People screen offers to delete: no confirmation for a refusal."""
    member = svc.create(PersonDraft("René", "Mattei"))
    newcomer = svc.create(PersonDraft("Julie", "Moreau"))
    with db.write() as s:
        b = Body(name="Conseil des jeunes", kind=BodyKind.YOUTH_COUNCIL)
        s.add(b)
        s.flush()
        s.add(Membership(body_id=b.id, person_id=member.id, starts_on=date(2025, 1, 1)))
        s.add(
            Membership(
                body_id=b.id,
                person_id=member.id,
                starts_on=date(2023, 1, 1),
                ends_on=date(2024, 12, 31),
            )
        )

    assert svc.usage(member.id) == {"memberships": 2}
    assert svc.usage(newcomer.id) == {}
    assert svc.count() == 2  # read-only: nobody was deleted
    with pytest.raises(InUse) as err:
        svc.delete(member.id)
    assert err.value.used_by == svc.usage(member.id)  # the same words as the refusal
    svc.delete(newcomer.id)
    with pytest.raises(NotFound):
        svc.usage(newcomer.id)


def test_delete_and_not_found(svc):
    p = svc.create(PersonDraft("Julie", "Moreau"))
    svc.delete(p.id)
    assert svc.count() == 0
    with pytest.raises(NotFound):
        svc.get(p.id)
    with pytest.raises(NotFound):
        svc.delete(p.id)


# --------------------------------------------------------------------------- edits meanwhile


def test_an_edit_made_meanwhile_to_another_field_is_kept(svc):
    """Two desks open the same person; the second save must not revert the first one."""
    person = svc.create(PersonDraft("Hélène", "Dupont", notes="Bénévole"))
    loaded = svc.get(person.id).draft  # what this desk's form shows

    # Meanwhile, another desk corrects the phone number and the notes.
    other = svc.get(person.id).draft
    svc.update(
        person.id,
        replace(other, phone="06 12 34 56 78", consent_contact=True, notes="Bénévole, le mardi"),
    )

    # This desk only changes the e-mail (typed with other capitals: the same after trimming).
    typed = replace(loaded, email=" H.Dupont@Example.fr ")
    saved = svc.update(person.id, typed, original=loaded)

    assert saved.draft.email == "h.dupont@example.fr"
    assert saved.draft.phone == "06 12 34 56 78"
    assert saved.draft.notes == "Bénévole, le mardi"
    assert saved.draft.consent_contact is True
    assert svc.get(person.id) == saved


def test_an_untouched_field_retyped_the_same_way_is_not_a_change(svc):
    person = svc.create(PersonDraft("Paul", "Durand", phone="0611223344", consent_contact=True))
    loaded = svc.get(person.id).draft
    svc.update(person.id, replace(loaded, phone="0699887766"))

    # The form shows "06 11 22 33 44"; the user retypes it as "0611223344": no change.
    typed = replace(loaded, phone="0611223344", first_name="Paulo")
    saved = svc.update(person.id, typed, original=loaded)
    assert (saved.draft.first_name, saved.draft.phone) == ("Paulo", "06 99 88 77 66")


def test_the_merged_result_is_validated(svc):
    person = svc.create(PersonDraft("Paul", "Durand", phone="0611223344", consent_contact=True))
    loaded = svc.get(person.id).draft
    # Meanwhile, consent is withdrawn (and the phone number with it).
    svc.update(person.id, PersonDraft("Paul", "Durand"))
    # This desk adds an e-mail, still believing consent was given: refused, nothing written.
    typed = replace(loaded, email="paul@example.fr")
    with pytest.raises(ValidationFailed) as err:
        svc.update(person.id, typed, original=loaded)
    assert [(e.field, e.code) for e in err.value.errors] == [
        ("consent_contact", PersonError.CONTACT_WITHOUT_CONSENT)
    ]
    assert svc.get(person.id).draft.email == ""


# --------------------------------------------------------------------------- deleted district


def test_a_district_deleted_meanwhile_is_a_field_error(db, svc):
    with db.write() as s:
        gone = District(name="Vermandois")
        s.add(gone)
        s.flush()
        gone_id = gone.id
    person = svc.create(PersonDraft("Hélène", "Dupont"))
    with db.write() as s:
        s.delete(s.get(District, gone_id))

    for action in (
        lambda: svc.create(PersonDraft("Paul", "Durand", district_id=gone_id)),
        lambda: svc.update(person.id, PersonDraft("Hélène", "Dupont", district_id=gone_id)),
    ):
        with pytest.raises(ValidationFailed) as err:
            action()
        assert [(e.field, e.code) for e in err.value.errors] == [
            ("district_id", PersonError.UNKNOWN_DISTRICT)
        ]
    assert svc.count() == 1
    assert svc.get(person.id).draft.district_id is None


# --------------------------------------------------------------------------- search wildcards


def test_search_takes_like_wildcards_literally(svc):
    svc.create(PersonDraft("Anne", "Remise 50%"))
    svc.create(PersonDraft("Anne", "Remise 500"))
    svc.create(PersonDraft("Jean", "a_b"))
    svc.create(PersonDraft("Jean", "axb"))
    svc.create(PersonDraft("Luc", "back\\slash"))
    svc.create(PersonDraft("Luc", "backslash"))
    assert [r.last_name for r in svc.search("50%")] == ["Remise 50%"]
    assert [r.last_name for r in svc.search("a_b")] == ["a_b"]
    assert [r.last_name for r in svc.search("%")] == ["Remise 50%"]
    assert [r.last_name for r in svc.search("_")] == ["a_b"]
    assert [r.last_name for r in svc.search("k\\s")] == ["back\\slash"]
