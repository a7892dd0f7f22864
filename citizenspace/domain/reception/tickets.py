"""Follow-up tickets and "Allô mairie" reports: the rules, without storage.

Why a module of its own: the same rules decide which buttons a screen offers, what a service
accepts, and what the demo city generates, so they live once, here, as plain functions that
return codes (`TicketError`); the screens put the codes into words.

The workflow (a ticket is a question not answered on the spot, or a report of a problem in
the street)::

    new         -> forwarded | in progress | resolved | rejected
    forwarded   -> in progress | resolved | rejected
    in progress -> forwarded | resolved | rejected
    resolved, rejected -> in progress (reopened)

A rejection says why. A ticket is due a number of days after it was opened, set by its
category; it is overdue while it is not closed and its due date has passed.

Article L114-2 of the Code des relations entre le public et l'administration: a written
request (e-mail, letter) sent to an administration that is not competent is forwarded by it
to the competent one, and the person is told so. A ticket marked "outside competence" must
therefore name a directory entry whose competence is not the City's, and the City's part is
only complete once the citizen has been told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from citizenspace.domain.catalog import Channel, Competence, TicketStatus
from citizenspace.domain.pictures import PictureKind, PictureProblem, picture_kind, picture_problem

S = TicketStatus

#: Where a ticket may go from each status.
TRANSITIONS: dict[TicketStatus, tuple[TicketStatus, ...]] = {
    S.NEW: (S.FORWARDED, S.IN_PROGRESS, S.RESOLVED, S.REJECTED),
    S.FORWARDED: (S.IN_PROGRESS, S.RESOLVED, S.REJECTED),
    S.IN_PROGRESS: (S.FORWARDED, S.RESOLVED, S.REJECTED),
    S.RESOLVED: (S.IN_PROGRESS,),
    S.REJECTED: (S.IN_PROGRESS,),
}
CLOSED: frozenset[TicketStatus] = frozenset({S.RESOLVED, S.REJECTED})
#: Channels of written requests, to which article L114-2 applies.
WRITTEN_CHANNELS: frozenset[Channel] = frozenset({Channel.EMAIL, Channel.LETTER})

#: Limits of the stored columns (see `store.models.FollowUp` and `TicketCategory`).
MAX_REASON = 500
MAX_ADDRESS = 300
MAX_DESCRIPTION = 4000
MAX_CONTACT_NAME = 120
MAX_PHONE = 40
MAX_EMAIL = 254
MAX_CODE = 40
MAX_CATEGORY_NAME = 60
MAX_DUE_DAYS = 365

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .()-]{6,20}$")
#: An Open311 service_code: letters, digits and a few separators, no spaces.
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class TicketError(StrEnum):
    """Why a ticket, a step of its workflow or a category was refused."""

    TRANSITION_NOT_ALLOWED = "transition_not_allowed"
    REASON_REQUIRED = "reason_required"
    TOO_LONG = "too_long"
    REQUIRED = "required"
    UNKNOWN_CATEGORY = "unknown_category"
    INACTIVE_CATEGORY = "inactive_category"
    UNKNOWN_SERVICE = "unknown_service"
    UNKNOWN_SITE = "unknown_site"
    UNKNOWN_VISIT = "unknown_visit"
    LATITUDE_OUT_OF_RANGE = "latitude_out_of_range"
    LONGITUDE_OUT_OF_RANGE = "longitude_out_of_range"
    #: A latitude without a longitude, or the other way round.
    COORDINATES_INCOMPLETE = "coordinates_incomplete"
    INVALID_EMAIL = "invalid_email"
    INVALID_PHONE = "invalid_phone"
    PHOTO_NOT_SUPPORTED = "photo_not_supported"
    PHOTO_TOO_BIG = "photo_too_big"
    #: Starts like a PNG or JPEG but cannot be read as one (damaged, or not a picture).
    PHOTO_UNREADABLE = "photo_unreadable"
    #: Outside the City's competence, but no competent body named.
    COMPETENT_BODY_REQUIRED = "competent_body_required"
    #: Outside the City's competence, but the body named is the City's own service.
    BODY_IS_THE_CITY = "body_is_the_city"
    #: Outside the City's competence: the citizen must be told before it is closed.
    CITIZEN_NOT_INFORMED = "citizen_not_informed"
    INFORMED_BEFORE_OPENED = "informed_before_opened"
    INFORMED_IN_THE_FUTURE = "informed_in_the_future"
    INVALID_CODE = "invalid_code"
    CODE_TAKEN = "code_taken"
    NAME_TAKEN = "name_taken"
    DUE_DAYS_OUT_OF_RANGE = "due_days_out_of_range"


class InformedBy(StrEnum):
    """How the citizen was told the outcome (or that they did not wish to be)."""

    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    SMS = "sms"
    IN_PERSON = "in_person"
    NOT_WISHED = "not_wished"


@dataclass(frozen=True, slots=True)
class Problem:
    """One refusal: the form's field it concerns, and why."""

    field: str
    code: TicketError


# --------------------------------------------------------------------------- workflow


def next_statuses(status: TicketStatus) -> tuple[TicketStatus, ...]:
    """The statuses a ticket in `status` may move to (what the screen offers as buttons)."""
    return TRANSITIONS.get(status, ())


def is_closed(status: TicketStatus) -> bool:
    return status in CLOSED


def transition_problems(
    current: TicketStatus,
    target: TicketStatus,
    reason: str = "",
    *,
    outside_competence: bool = False,
    informed: bool = False,
) -> list[Problem]:
    """Why `current` -> `target` is refused (empty: allowed).

    A rejection needs a reason. A ticket outside the City's competence cannot be closed
    before the citizen has been told that it was forwarded (art. L114-2)."""
    problems: list[Problem] = []
    if target not in next_statuses(current):
        problems.append(Problem("status", TicketError.TRANSITION_NOT_ALLOWED))
        return problems
    text = reason.strip()
    if target is S.REJECTED and not text:
        problems.append(Problem("reason", TicketError.REASON_REQUIRED))
    if len(text) > MAX_REASON:
        problems.append(Problem("reason", TicketError.TOO_LONG))
    if target in CLOSED and outside_competence and not informed:
        problems.append(Problem("informed", TicketError.CITIZEN_NOT_INFORMED))
    return problems


def closed_on_after(target: TicketStatus, today: date) -> date | None:
    """`closed_on` once a ticket moved to `target`: set when it closes, cleared when it
    is reopened."""
    if target in CLOSED:
        return today
    return None


# --------------------------------------------------------------------------- delays


def due_date(opened_on: date, due_days: int) -> date:
    """The date the answer is due: the category's delay, in calendar days."""
    return opened_on + timedelta(days=due_days)


def is_overdue(
    status: TicketStatus,
    due_on: date | None,
    today: date,
    *,
    outside_competence: bool = False,
    informed: bool = False,
) -> bool:
    """Still waiting for the City after its due date. A ticket forwarded outside the City's
    competence with the citizen told is the competent body's business, no longer late here."""
    if due_on is None or is_closed(status):
        return False
    if outside_competence and status is S.FORWARDED and informed:
        return False
    return due_on < today


def days_late(due_on: date | None, today: date) -> int:
    """Whole days since the due date (0 when not yet due)."""
    if due_on is None:
        return 0
    return max(0, (today - due_on).days)


# --------------------------------------------------------------------------- L114-2


def must_inform_citizen(channel: Channel | None, outside_competence: bool) -> bool:
    """Does article L114-2 oblige the City to tell the citizen their written request was
    forwarded? (Told by other channels is good practice, not this obligation.)"""
    return outside_competence and channel in WRITTEN_CHANNELS


def outside_competence_problems(
    outside_competence: bool, body_competence: Competence | None
) -> list[Problem]:
    """A ticket marked outside the City's competence names a body that is not the City."""
    if not outside_competence:
        return []
    if body_competence is None:
        return [Problem("service", TicketError.COMPETENT_BODY_REQUIRED)]
    if body_competence is Competence.CITY:
        return [Problem("service", TicketError.BODY_IS_THE_CITY)]
    return []


def is_complete(status: TicketStatus, outside_competence: bool, informed: bool) -> bool:
    """Has the City done its part? Closed; or forwarded outside its competence with the
    citizen told — never before the citizen has been told, for such a ticket."""
    if outside_competence and not informed:
        return False
    return is_closed(status) or (outside_competence and status is S.FORWARDED)


def informed_problems(on: date, opened_on: date, today: date) -> list[Problem]:
    if on < opened_on:
        return [Problem("informed_on", TicketError.INFORMED_BEFORE_OPENED)]
    if on > today:
        return [Problem("informed_on", TicketError.INFORMED_IN_THE_FUTURE)]
    return []


# --------------------------------------------------------------------------- the form


@dataclass(frozen=True, slots=True)
class Location:
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None


def location_problems(loc: Location) -> list[Problem]:
    problems: list[Problem] = []
    if len(loc.address.strip()) > MAX_ADDRESS:
        problems.append(Problem("address", TicketError.TOO_LONG))
    if (loc.latitude is None) != (loc.longitude is None):
        field = "longitude" if loc.longitude is None else "latitude"
        problems.append(Problem(field, TicketError.COORDINATES_INCOMPLETE))
    if loc.latitude is not None and not -90.0 <= loc.latitude <= 90.0:
        problems.append(Problem("latitude", TicketError.LATITUDE_OUT_OF_RANGE))
    if loc.longitude is not None and not -180.0 <= loc.longitude <= 180.0:
        problems.append(Problem("longitude", TicketError.LONGITUDE_OUT_OF_RANGE))
    return problems


def contact_problems(name: str, phone: str, email: str) -> list[Problem]:
    """The citizen's contact is optional; what is given must be usable."""
    problems: list[Problem] = []
    if len(name.strip()) > MAX_CONTACT_NAME:
        problems.append(Problem("contact_name", TicketError.TOO_LONG))
    phone = phone.strip()
    if phone and (len(phone) > MAX_PHONE or not _PHONE.match(phone)):
        problems.append(Problem("contact_phone", TicketError.INVALID_PHONE))
    email = email.strip()
    if email and (len(email) > MAX_EMAIL or not _EMAIL.match(email)):
        problems.append(Problem("contact_email", TicketError.INVALID_EMAIL))
    return problems


def description_problems(description: str) -> list[Problem]:
    text = description.strip()
    if not text:
        return [Problem("description", TicketError.REQUIRED)]
    if len(text) > MAX_DESCRIPTION:
        return [Problem("description", TicketError.TOO_LONG)]
    return []


def photo_problems(data: bytes) -> list[Problem]:
    """A ticket's photo is a PNG or JPEG (what a phone or a camera gives), at most 5 MB."""
    return photo_problem_of(picture_problem(data), picture_kind(data))


def photo_problem_of(problem: PictureProblem | None, kind: PictureKind | None) -> list[Problem]:
    """The ticket's words for a picture's problem (also the ones found once it is read)."""
    if problem is PictureProblem.TOO_BIG:
        return [Problem("photo", TicketError.PHOTO_TOO_BIG)]
    if problem is PictureProblem.UNREADABLE:
        return [Problem("photo", TicketError.PHOTO_UNREADABLE)]
    if problem is not None or kind not in (PictureKind.PNG, PictureKind.JPEG):
        return [Problem("photo", TicketError.PHOTO_NOT_SUPPORTED)]
    return []


def photo_extension(data: bytes) -> str:
    return "png" if picture_kind(data) is PictureKind.PNG else "jpg"


# --------------------------------------------------------------------------- categories


def category_problems(
    code: str,
    name: str,
    due_days: int,
    *,
    other_codes: Iterable[str] = (),
    other_names: Iterable[str] = (),
) -> list[Problem]:
    """A category's code (its Open311 service_code) and name are unique, its delay between
    1 day and a year."""
    problems: list[Problem] = []
    code, name = code.strip(), name.strip()
    if not code:
        problems.append(Problem("code", TicketError.REQUIRED))
    elif len(code) > MAX_CODE or not _CODE.match(code):
        problems.append(Problem("code", TicketError.INVALID_CODE))
    elif code.casefold() in {c.casefold() for c in other_codes}:
        problems.append(Problem("code", TicketError.CODE_TAKEN))
    if not name:
        problems.append(Problem("name", TicketError.REQUIRED))
    elif len(name) > MAX_CATEGORY_NAME:
        problems.append(Problem("name", TicketError.TOO_LONG))
    elif name.casefold() in {n.casefold() for n in other_names}:
        problems.append(Problem("name", TicketError.NAME_TAKEN))
    if not 1 <= due_days <= MAX_DUE_DAYS:
        problems.append(Problem("due_days", TicketError.DUE_DAYS_OUT_OF_RANGE))
    return problems


def category_for_theme(
    theme_names: Iterable[str], categories: Iterable[tuple[str, str]]
) -> str | None:
    """The id of the category named like one of the visit's themes (its own name first,
    then its parent's), compared without case; None when none matches.

    `categories` are (id, name) pairs."""
    by_name = {name.strip().casefold(): cid for cid, name in categories}
    for theme in theme_names:
        if (cid := by_name.get(theme.strip().casefold())) is not None:
            return cid
    return None
