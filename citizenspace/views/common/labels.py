"""The user's words for the codes the lower layers speak.

Domain and services return stable English identifiers (enum values, error codes, field
names); only here do they become sentences, in the language the application runs in. The
English source texts are marked with ``QT_TRANSLATE_NOOP`` so that lupdate collects them, and
are translated when asked for, so a language switch takes effect at the next call.

Every text lives in the translation context ``"Labels"``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from citizenspace.domain import catalog as c
from citizenspace.domain.people import PersonError

CONTEXT = "Labels"


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# --------------------------------------------------------------------------- people

_PERSON_ERRORS: dict[PersonError, str] = {
    PersonError.REQUIRED: QT_TRANSLATE_NOOP("Labels", "This field is required"),
    PersonError.TOO_LONG: QT_TRANSLATE_NOOP("Labels", "This text is too long"),
    PersonError.INVALID_EMAIL: QT_TRANSLATE_NOOP(
        "Labels", "This is not a valid e-mail address (example: name@example.fr)"
    ),
    PersonError.INVALID_PHONE: QT_TRANSLATE_NOOP(
        "Labels", "This is not a valid phone number (example: 06 12 34 56 78)"
    ),
    PersonError.INVALID_POSTCODE: QT_TRANSLATE_NOOP(
        "Labels", "A French postcode has five digits (example: 02100)"
    ),
    PersonError.INVALID_BIRTH_YEAR: QT_TRANSLATE_NOOP("Labels", "This birth year is not plausible"),
    PersonError.CONTACT_WITHOUT_CONSENT: QT_TRANSLATE_NOOP(
        "Labels",
        "An e-mail or phone number can only be kept with the person's consent to be contacted",
    ),
    PersonError.UNKNOWN_DISTRICT: QT_TRANSLATE_NOOP(
        "Labels", "This district no longer exists (deleted meanwhile): choose another one"
    ),
}


def person_error_text(code: PersonError, limit: int | None = None) -> str:
    """The sentence shown next to a field the person form refused.

    `limit` (a maximum length) makes a "too long" message say how long is allowed.
    """
    if code is PersonError.TOO_LONG and limit is not None:
        return QCoreApplication.translate(
            "Labels", "This text is too long: %1 characters at most"
        ).replace("%1", _number(limit))
    source = _PERSON_ERRORS.get(code)
    return _tr(source) if source else str(getattr(code, "value", code))


_PERSON_FIELDS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Last name"),
    "district": QT_TRANSLATE_NOOP("Labels", "District"),
    "district_id": QT_TRANSLATE_NOOP("Labels", "District"),
    "birth_year": QT_TRANSLATE_NOOP("Labels", "Birth year"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "postcode": QT_TRANSLATE_NOOP("Labels", "Postcode"),
    "consent_contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "consent_photo": QT_TRANSLATE_NOOP("Labels", "Photos"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "last_involved_on": QT_TRANSLATE_NOOP("Labels", "Last involvement"),
    "bodies": QT_TRANSLATE_NOOP("Labels", "Councils"),
}


def person_field_label(field: str) -> str:
    """The label of a person field (as named in `PersonDraft` and in `FieldError.field`)."""
    source = _PERSON_FIELDS.get(field)
    return _tr(source) if source else field


# --------------------------------------------------------------------------- catalog enums

_ENUM_LABELS: dict[type[Enum], dict[Enum, str]] = {
    c.SiteKind: {
        c.SiteKind.TOWN_HALL: QT_TRANSLATE_NOOP("Labels", "Town hall"),
        c.SiteKind.CITIZEN_SPACE: QT_TRANSLATE_NOOP("Labels", "Citizen Space"),
        c.SiteKind.SOCIAL_CENTRE: QT_TRANSLATE_NOOP("Labels", "Social centre"),
        c.SiteKind.BUS: QT_TRANSLATE_NOOP("Labels", "Bus"),
        c.SiteKind.SCHOOL: QT_TRANSLATE_NOOP("Labels", "School"),
        c.SiteKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other place"),
    },
    c.DeviceKind: {
        c.DeviceKind.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff computer"),
        c.DeviceKind.KIOSK: QT_TRANSLATE_NOOP("Labels", "Voting kiosk"),
    },
    c.BodyKind: {
        c.BodyKind.NEIGHBOURHOOD_COUNCIL: QT_TRANSLATE_NOOP("Labels", "Neighbourhood council"),
        c.BodyKind.YOUTH_COUNCIL: QT_TRANSLATE_NOOP("Labels", "Youth Council"),
        c.BodyKind.SENIOR_COUNCIL: QT_TRANSLATE_NOOP("Labels", "Senior Council"),
        c.BodyKind.ASSOCIATIONS_COUNCIL: QT_TRANSLATE_NOOP("Labels", "Associations Council"),
        c.BodyKind.LOCAL_GROUP: QT_TRANSLATE_NOOP("Labels", "Local action group"),
        c.BodyKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other group"),
    },
    c.MembershipRole: {
        c.MembershipRole.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
        c.MembershipRole.CHAIR: QT_TRANSLATE_NOOP("Labels", "Chair"),
        c.MembershipRole.ELECTED_OFFICIAL: QT_TRANSLATE_NOOP("Labels", "Elected official"),
        c.MembershipRole.STAFF: QT_TRANSLATE_NOOP("Labels", "City staff"),
    },
    c.MembershipSource: {
        c.MembershipSource.DRAW: QT_TRANSLATE_NOOP("Labels", "Drawn by lot"),
        c.MembershipSource.REPLACEMENT: QT_TRANSLATE_NOOP("Labels", "Replacement"),
        c.MembershipSource.APPOINTED: QT_TRANSLATE_NOOP("Labels", "Appointed"),
    },
    c.CandidacyStatus: {
        c.CandidacyStatus.PENDING: QT_TRANSLATE_NOOP("Labels", "Awaiting the draw"),
        c.CandidacyStatus.DRAWN: QT_TRANSLATE_NOOP("Labels", "Drawn"),
        c.CandidacyStatus.RESERVE: QT_TRANSLATE_NOOP("Labels", "On the reserve list"),
        c.CandidacyStatus.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Labels", "Not eligible"),
        c.CandidacyStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    c.EventKind: {
        c.EventKind.COUNCIL_MEETING: QT_TRANSLATE_NOOP("Labels", "Council meeting"),
        c.EventKind.FESTIVAL: QT_TRANSLATE_NOOP("Labels", "Participation festival"),
        c.EventKind.SEMINAR: QT_TRANSLATE_NOOP("Labels", "Seminar"),
        c.EventKind.ELECTED_VISIT: QT_TRANSLATE_NOOP("Labels", "Elected officials' visit"),
        c.EventKind.OPEN_HOUSE: QT_TRANSLATE_NOOP("Labels", "Open house"),
        c.EventKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Co-design workshop"),
        c.EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other event"),
    },
    c.EventStatus: {
        c.EventStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
        c.EventStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
        c.EventStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    c.AgendaSource: {
        c.AgendaSource.CITY: QT_TRANSLATE_NOOP("Labels", "Set by the City"),
        c.AgendaSource.CITIZENS: QT_TRANSLATE_NOOP("Labels", "Raised by citizens"),
    },
    c.AttendanceStatus: {
        c.AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
        c.AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Labels", "Excused"),
        c.AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
    },
    c.Channel: {
        c.Channel.DESK: QT_TRANSLATE_NOOP("Labels", "At the desk"),
        c.Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone call"),
        c.Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
        c.Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
        c.Channel.BUS: QT_TRANSLATE_NOOP("Labels", "France Services bus"),
        c.Channel.ALLO_MAIRIE: QT_TRANSLATE_NOOP("Labels", "Allô mairie"),
    },
    c.VisitOutcome: {
        c.VisitOutcome.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
        c.VisitOutcome.REDIRECTED: QT_TRANSLATE_NOOP("Labels", "Redirected"),
        c.VisitOutcome.APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Appointment made"),
        c.VisitOutcome.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up needed"),
        c.VisitOutcome.MISSED: QT_TRANSLATE_NOOP("Labels", "Left without an answer"),
    },
    c.AgeBand: {
        c.AgeBand.UNDER_18: QT_TRANSLATE_NOOP("Labels", "Under 18"),
        c.AgeBand.FROM_18_TO_29: QT_TRANSLATE_NOOP("Labels", "18 to 29"),
        c.AgeBand.FROM_30_TO_44: QT_TRANSLATE_NOOP("Labels", "30 to 44"),
        c.AgeBand.FROM_45_TO_59: QT_TRANSLATE_NOOP("Labels", "45 to 59"),
        c.AgeBand.FROM_60_TO_74: QT_TRANSLATE_NOOP("Labels", "60 to 74"),
        c.AgeBand.FROM_75: QT_TRANSLATE_NOOP("Labels", "75 and over"),
    },
    c.Competence: {
        c.Competence.CITY: QT_TRANSLATE_NOOP("Labels", "City"),
        c.Competence.URBAN_COMMUNITY: QT_TRANSLATE_NOOP("Labels", "Urban Community"),
        c.Competence.DEPARTMENT: QT_TRANSLATE_NOOP("Labels", "Department"),
        c.Competence.REGION: QT_TRANSLATE_NOOP("Labels", "Region"),
        c.Competence.STATE: QT_TRANSLATE_NOOP("Labels", "State"),
        c.Competence.OTHER: QT_TRANSLATE_NOOP("Labels", "Other body"),
    },
    c.TicketStatus: {
        c.TicketStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
        c.TicketStatus.FORWARDED: QT_TRANSLATE_NOOP("Labels", "Forwarded"),
        c.TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        c.TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
        c.TicketStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    },
    c.VotingMethod: {
        c.VotingMethod.APPROVAL: QT_TRANSLATE_NOOP("Labels", "Several choices (approval)"),
        c.VotingMethod.KNAPSACK: QT_TRANSLATE_NOOP("Labels", "Choices within the budget"),
        c.VotingMethod.CHOOSE_ONE: QT_TRANSLATE_NOOP("Labels", "One choice"),
    },
    c.OutcomeRule: {
        c.OutcomeRule.GREEDY: QT_TRANSLATE_NOOP("Labels", "Most votes first"),
        c.OutcomeRule.EQUAL_SHARES: QT_TRANSLATE_NOOP("Labels", "Equal shares"),
    },
    c.EditionPhase: {
        c.EditionPhase.PREPARATION: QT_TRANSLATE_NOOP("Labels", "Preparation"),
        c.EditionPhase.PROPOSALS: QT_TRANSLATE_NOOP("Labels", "Proposals"),
        c.EditionPhase.SELECTION: QT_TRANSLATE_NOOP("Labels", "Selection"),
        c.EditionPhase.VOTE: QT_TRANSLATE_NOOP("Labels", "Vote"),
        c.EditionPhase.RESULTS: QT_TRANSLATE_NOOP("Labels", "Results"),
        c.EditionPhase.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    c.ProjectStatus: {
        c.ProjectStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
        c.ProjectStatus.ELIGIBLE: QT_TRANSLATE_NOOP("Labels", "Eligible"),
        c.ProjectStatus.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Labels", "Not eligible"),
        c.ProjectStatus.ON_BALLOT: QT_TRANSLATE_NOOP("Labels", "On the ballot"),
        c.ProjectStatus.FUNDED: QT_TRANSLATE_NOOP("Labels", "Funded"),
        c.ProjectStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Completed"),
    },
    c.BallotChannel: {
        c.BallotChannel.KIOSK: QT_TRANSLATE_NOOP("Labels", "Kiosk"),
        c.BallotChannel.SUPERVISED: QT_TRANSLATE_NOOP("Labels", "Kiosk, unlocked by staff"),
        c.BallotChannel.PAPER: QT_TRANSLATE_NOOP("Labels", "Paper"),
    },
    c.StaffRole: {
        c.StaffRole.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Reception"),
        c.StaffRole.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
        c.StaffRole.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    },
}


def labelled_enums() -> tuple[type[Enum], ...]:
    """The enums `enum_label` knows (tests check that it covers the whole catalog)."""
    return tuple(_ENUM_LABELS)


def enum_label(value: Enum) -> str:
    """What the user reads for a catalog value, e.g. ``BodyKind.YOUTH_COUNCIL``.

    The table is keyed by enum class first: str-enums of different classes with the same
    value ("other") compare equal, and must not share a label. A value this version does
    not know (sent by a newer device) is shown as its raw identifier rather than crashing.
    """
    source = _ENUM_LABELS.get(type(value), {}).get(value)
    if source is None:
        return str(getattr(value, "value", value)).replace("_", " ")
    return _tr(source)


def _number(n: int) -> str:
    return QLocale().toString(n)
