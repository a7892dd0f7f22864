from __future__ import annotations

from datetime import date

import pytest

from citizenspace.domain.catalog import BodyKind
from citizenspace.domain.people import PersonDraft, PersonError
from citizenspace.services.errors import InUse, NotFound, ValidationFailed
from citizenspace.services.people import PeopleService
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


def test_delete_and_not_found(svc):
    p = svc.create(PersonDraft("Julie", "Moreau"))
    svc.delete(p.id)
    assert svc.count() == 0
    with pytest.raises(NotFound):
        svc.get(p.id)
    with pytest.raises(NotFound):
        svc.delete(p.id)
