"""Rules for the people the office knows: council members, candidates, volunteers.

Validation returns error *codes*, not sentences: the words are the views' job, in the user's
language. Personal data is minimised: contact details are kept only with recorded consent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

NAME_MAX = 80
EMAIL_MAX = 254
ADDRESS_MAX = 200
NOTES_MAX = 500

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_FR_POSTCODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")


class PersonError(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    INVALID_POSTCODE = "invalid_postcode"
    INVALID_BIRTH_YEAR = "invalid_birth_year"
    CONTACT_WITHOUT_CONSENT = "contact_without_consent"
    #: The district chosen no longer exists (deleted meanwhile, perhaps on another computer).
    #: Only the service can tell: `validate` never returns it.
    UNKNOWN_DISTRICT = "unknown_district"


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    code: PersonError


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What a coordinator types in the person form, before it is checked."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    birth_year: int | None = None
    address: str = ""
    postcode: str = ""
    district_id: str | None = None
    consent_contact: bool = False
    consent_photo: bool = False
    notes: str = ""


def normalise_phone(raw: str) -> str | None:
    """French numbers as `06 12 34 56 78`; international ones as `+<digits>`; None if invalid."""
    digits = re.sub(r"[\s.\-()]", "", raw)
    if digits.startswith("+33") and len(digits) == 12 and digits[3:].isdigit():
        digits = "0" + digits[3:]
    if len(digits) == 10 and digits.isdigit() and digits[0] == "0" and digits[1] != "0":
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    if digits.startswith("+") and digits[1:].isdigit() and 8 <= len(digits) - 1 <= 15:
        return digits
    return None


def normalise(draft: PersonDraft) -> PersonDraft:
    """Trim spaces, lower-case e-mail, format phone numbers: the same person typed twice
    should look the same."""
    phone = draft.phone.strip()
    return replace(
        draft,
        first_name=" ".join(draft.first_name.split()),
        last_name=" ".join(draft.last_name.split()),
        email=draft.email.strip().lower(),
        phone=normalise_phone(phone) or phone if phone else "",
        address=" ".join(draft.address.split()),
        postcode=draft.postcode.strip(),
        notes=draft.notes.strip(),
    )


def validate(draft: PersonDraft, today: date | None = None) -> list[FieldError]:
    """All the problems in a draft, field by field, in form order. Empty means valid."""
    today = today or date.today()
    d = normalise(draft)
    errors: list[FieldError] = []

    def err(name: str, code: PersonError) -> None:
        errors.append(FieldError(name, code))

    for name, value in (("first_name", d.first_name), ("last_name", d.last_name)):
        if not value:
            err(name, PersonError.REQUIRED)
        elif len(value) > NAME_MAX:
            err(name, PersonError.TOO_LONG)
    if d.email and (len(d.email) > EMAIL_MAX or not _EMAIL.match(d.email)):
        err("email", PersonError.INVALID_EMAIL)
    if d.phone and normalise_phone(d.phone) is None:
        err("phone", PersonError.INVALID_PHONE)
    if d.birth_year is not None and not (today.year - 110 <= d.birth_year <= today.year):
        err("birth_year", PersonError.INVALID_BIRTH_YEAR)
    if len(d.address) > ADDRESS_MAX:
        err("address", PersonError.TOO_LONG)
    if d.postcode and not _FR_POSTCODE.match(d.postcode):
        err("postcode", PersonError.INVALID_POSTCODE)
    if (d.email or d.phone) and not d.consent_contact:
        err("consent_contact", PersonError.CONTACT_WITHOUT_CONSENT)
    if len(d.notes) > NOTES_MAX:
        err("notes", PersonError.TOO_LONG)
    return errors


def search_key(text: str) -> str:
    """Fold accents and case so that "helene" finds "Hélène"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
