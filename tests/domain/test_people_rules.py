from datetime import date

import pytest

from citizenspace.domain.people import (
    PersonDraft,
    PersonError,
    normalise,
    normalise_phone,
    search_key,
    validate,
)

TODAY = date(2026, 11, 25)


def codes(draft):
    return {(e.field, e.code) for e in validate(draft, TODAY)}


def test_a_name_is_enough():
    assert validate(PersonDraft("Léa", "Depaepe"), TODAY) == []


def test_names_are_required():
    assert codes(PersonDraft(" ", "")) == {
        ("first_name", PersonError.REQUIRED),
        ("last_name", PersonError.REQUIRED),
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+32 470 12 34 56", "+32470123456"),
        ("12345", None),
        ("0012345678", None),
    ],
)
def test_phone_numbers(raw, expected):
    assert normalise_phone(raw) == expected


def test_contact_details_need_consent():
    assert codes(PersonDraft("A", "B", email="a@b.fr")) == {
        ("consent_contact", PersonError.CONTACT_WITHOUT_CONSENT)
    }
    assert codes(PersonDraft("A", "B", email="a@b.fr", consent_contact=True)) == set()


def test_bad_values_are_named_by_field():
    draft = PersonDraft(
        "A",
        "B",
        email="not-an-email",
        phone="12",
        postcode="2100",
        birth_year=1850,
        consent_contact=True,
    )
    assert codes(draft) == {
        ("email", PersonError.INVALID_EMAIL),
        ("phone", PersonError.INVALID_PHONE),
        ("postcode", PersonError.INVALID_POSTCODE),
        ("birth_year", PersonError.INVALID_BIRTH_YEAR),
    }


def test_normalise_trims_and_lowercases():
    d = normalise(PersonDraft("  Jean  Claude ", "Masset", email=" JC@Example.FR "))
    assert (d.first_name, d.email) == ("Jean Claude", "jc@example.fr")


def test_search_key_folds_accents_and_case():
    assert search_key("Hélène ÉLOÏSE") == "helene eloise"
