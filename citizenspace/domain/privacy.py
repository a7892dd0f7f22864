"""Personal data under the GDPR: what we hold, how long we keep it, and what "expired" means.

Why a table of rules and not a setting per column: the coordinator decides per *kind* of data
(what a visitor said at the desk, how to reach someone who reported a pothole...), in months,
and the law asks us to say for each kind how long and why (RGPD art. 5.1.e, art. 30). The
rows themselves stay: only their personal fields are blanked, so every count and indicator
(visits per channel, waiting times, tickets per category, satisfaction...) is the same after
anonymisation as before.

Pure Python: the service applies these rules to the database.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MIN_MONTHS = 1
MAX_MONTHS = 120

#: Copies of the database (backups, a damaged file a restore set aside) hold everything the
#: database held when they were made, erased people included: they go after this many days
#: (the city's setting `BACKUP_DAYS_KEY`, from 1 to `MAX_BACKUP_DAYS`). A month covers a
#: failed upgrade found late, without keeping an erased person for long.
BACKUP_DAYS_KEY = "backups.max_age_days"
DEFAULT_BACKUP_DAYS = 30
MAX_BACKUP_DAYS = 365
#: The column by which a record names the person it is about.
PERSON_LINK = "person_id"
#: The person's sheet keeps the latest day of their activity whose link a rule has cut.
LAST_INVOLVED = "last_involved_on"


class DataKind(StrEnum):
    """A kind of personal data with its own retention period (its setting key's stem)."""

    VISITS = "visits"
    TICKETS = "tickets"
    TICKET_EVENTS = "ticket_events"
    SURVEYS = "surveys"
    AUDIT = "audit"
    PEOPLE = "people"


class Start(StrEnum):
    """What the retention period counts from."""

    VISIT = "visit"  # the day of the visit, call, e-mail or letter
    CLOSURE = "closure"  # the day the ticket was closed; never while it is open
    SURVEY = "survey"  # the day of the mystery visit
    ENTRY = "entry"  # the day the audit entry was written
    LAST_INVOLVEMENT = "last_involvement"  # the person's last council seat, sheet, visit...


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of personal data: where it lives, what is blanked, from when it counts.

    `blanks` maps each column to the value it takes once anonymised ("" for text that may
    not be NULL, None otherwise). `extra` are other tables blanked under the same rule."""

    kind: DataKind
    default_months: int
    start: Start
    table: str
    blanks: tuple[tuple[str, object], ...]
    extra: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(name for name, _blank in self.blanks)

    @property
    def cuts_person_link(self) -> bool:
        """Does this rule blank the link from its records to a person (`person_id`)?

        Such a link is a person's activity for the people rule, on the day this rule counts
        from (a visit's day, a ticket's closure). The visit rule cuts it after 12 months, the
        people rule looks 36 months back: the day the link stood for is therefore kept on the
        person's sheet (`last_involved_on`) before the link goes, or someone seen 13 months
        ago would be blanked as if never seen (issue 12)."""
        return PERSON_LINK in self.fields


RULES: dict[DataKind, Rule] = {
    # What a visitor said and who they were: needed while the answer is fresh; counts by
    # channel, theme, outcome and waiting time stay. A visit that opened a ticket still
    # open keeps its note until the ticket is closed (the ticket may need it).
    DataKind.VISITS: Rule(
        DataKind.VISITS,
        12,
        Start.VISIT,
        "visits",
        (("note", ""), ("person_id", None)),
    ),
    # The citizen's request, where, their picture and how to reach them: needed until the
    # ticket is closed and for a year after (a complaint, a second report of the same hole).
    DataKind.TICKETS: Rule(
        DataKind.TICKETS,
        12,
        Start.CLOSURE,
        "follow_ups",
        (
            ("description", ""),
            ("address", ""),
            ("latitude", None),
            ("longitude", None),
            ("photo_hash", None),
            ("contact_name", ""),
            ("contact_phone", ""),
            ("contact_email", ""),
            ("person_id", None),
            ("status_reason", ""),
        ),
    ),
    # The reasons written at each step of a ticket (a rejection's "Mr X's own hedge"):
    # counted from the ticket's closure too, so a ticket's history goes with it.
    DataKind.TICKET_EVENTS: Rule(
        DataKind.TICKET_EVENTS,
        12,
        Start.CLOSURE,
        "ticket_events",
        (("reason", ""),),
    ),
    # The mystery visitor's name and comments (which often describe the agent met); the
    # grades against the charter's grid stay.
    DataKind.SURVEYS: Rule(
        DataKind.SURVEYS,
        12,
        Start.SURVEY,
        "mystery_surveys",
        (("comment", ""), ("surveyor", "")),
    ),
    # Who exported or erased whom, and the runs of this very anonymisation: the city's
    # proof that it honoured rights requests (RGPD art. 5.2). Kept three years, the time a
    # complaint about how a request was handled is usually raised, and a council's term;
    # the action and its date stay, so the count of requests answered stays too.
    DataKind.AUDIT: Rule(
        DataKind.AUDIT,
        36,
        Start.ENTRY,
        "audit_entries",
        (("actor", ""), ("subject", ""), ("details", "")),
    ),
    # Someone who no longer takes part: no seat, no pending candidacy, no sheet signed, no
    # visit or open ticket for three years (the CNIL's rule for people not heard of since
    # their last contact, and a council's term). Their sheet is emptied, not deleted: the
    # councils' history (seats, attendance) keeps its counts. Birth year and district stay
    # for those statistics. Guest names written on sign-in sheets go under the same rule.
    # A visit or ticket whose link to them an earlier rule already cut still counts, through
    # the day kept on the sheet (`last_involved_on`, see `Rule.cuts_person_link`).
    DataKind.PEOPLE: Rule(
        DataKind.PEOPLE,
        36,
        Start.LAST_INVOLVEMENT,
        "people",
        (
            ("first_name", ""),
            ("last_name", ""),
            ("search_key", ""),
            ("email", ""),
            ("phone", ""),
            ("address", ""),
            ("postcode", ""),
            ("notes", ""),
            ("consent_contact", False),
            ("consent_contact_on", None),
            ("consent_photo", False),
            (LAST_INVOLVED, None),
        ),
        extra=(("attendance", (("guest_name", ""),)),),
    ),
}


def setting_key(kind: DataKind) -> str:
    """The key of the synced setting holding this kind's period, in months."""
    return f"retention.{kind.value}_months"


def kind_of_key(key: str) -> DataKind | None:
    for kind in DataKind:
        if setting_key(kind) == key:
            return kind
    return None


def valid_months(months: object) -> bool:
    return (
        isinstance(months, int)
        and not isinstance(months, bool)
        and (MIN_MONTHS <= months <= MAX_MONTHS)
    )


def parse_months(stored: str | None, kind: DataKind) -> int:
    """The period kept in a setting's text, or the kind's default when it is missing or not
    a number of months we accept (a hand-edited or damaged setting never disables the rule)."""
    try:
        months = int((stored or "").strip())
    except ValueError:
        return RULES[kind].default_months
    return months if valid_months(months) else RULES[kind].default_months


def months_before(day: date, months: int) -> date:
    """`day` moved back by whole months; the 31st becomes the last day of a shorter month."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cutoff(kind: DataKind, months: int, today: date) -> date:
    """Data of this kind whose period started strictly before this day has expired today.

    Something that happened on 15 March 2025 is kept 12 months: it is still held on
    15 March 2026 and blanked from 16 March 2026."""
    del kind  # every kind counts in calendar months; kept for a future per-kind rule
    if not valid_months(months):
        raise ValueError(f"retention of {months!r} months")
    return months_before(today, months)


def blank(value: object) -> bool:
    """Is this value already what anonymisation leaves?"""
    return value is None or value == "" or value is False


def valid_backup_days(days: int) -> bool:
    return 1 <= days <= MAX_BACKUP_DAYS


def parse_backup_days(value: str | None) -> int:
    """The stored setting, or the default when it is missing or not a valid number of days."""
    try:
        days = int(value) if value is not None else DEFAULT_BACKUP_DAYS
    except ValueError:
        return DEFAULT_BACKUP_DAYS
    return days if valid_backup_days(days) else DEFAULT_BACKUP_DAYS
