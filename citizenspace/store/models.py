"""SQLAlchemy models for the whole domain.

Every table is declared exactly once as insert-only, mutable or device-local by the mixin it
inherits (see `citizenspace.domain.sync_kinds`). Synced rows have a UUID made where they are
created. Columns hold only values that travel as JSON (text, integers, reals, dates as ISO
text): pictures and PDFs live in the share's blob store and are referred to by content hash.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from citizenspace.domain import catalog as c
from citizenspace.domain.ids import id_for_key, new_id
from citizenspace.domain.sync_kinds import SyncKind


def _enum(kind: type[enum.Enum]) -> SAEnum:
    """Store an enum by its value, as plain text checked on the Python side only: a newer
    device may send a value an older one does not know, and that must not break a merge."""
    return SAEnum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    __sync__: ClassVar[SyncKind]
    #: Columns holding personal data that retention rules may blank, even in an
    #: insert-only table (a redaction: the only change such a table accepts).
    __personal__: ClassVar[tuple[str, ...]] = ()
    #: Ballots and used voting codes: captured without order, time or sequence, so that
    #: nothing links a ballot to the code that unlocked it (see `store.capture`).
    __secret__: ClassVar[bool] = False

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        table = getattr(cls, "__table__", None)
        if table is not None:
            table.info["sync"] = cls.__sync__
            table.info["personal"] = tuple(cls.__personal__)
            table.info["secret"] = bool(cls.__secret__)


class Mutable:
    """Edited over time: merged per field, last writer by HLC wins, conflicts kept."""

    __sync__: ClassVar[SyncKind] = SyncKind.MUTABLE
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class InsertOnly:
    """Written once, never changed: merged by set union; corrections are new records."""

    __sync__: ClassVar[SyncKind] = SyncKind.INSERT_ONLY
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class Local:
    """Device bookkeeping: never leaves this machine."""

    __sync__: ClassVar[SyncKind] = SyncKind.LOCAL


# --------------------------------------------------------------------------- places, devices


class Site(Mutable, Base):
    __tablename__ = "sites"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[c.SiteKind] = mapped_column(_enum(c.SiteKind), default=c.SiteKind.OTHER)
    address: Mapped[str] = mapped_column(String(200), default="")


class Device(Mutable, Base):
    """The registry of machines, so that every machine can show who else it has seen."""

    __tablename__ = "devices"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[c.DeviceKind] = mapped_column(_enum(c.DeviceKind), default=c.DeviceKind.STAFF)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))


class District(Mutable, Base):
    __tablename__ = "districts"
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(20), default="")


# --------------------------------------------------------------------------- people, councils


class Person(Mutable, Base):
    __tablename__ = "people"
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    #: Accent- and case-folded "last first", kept so that search is an index scan.
    search_key: Mapped[str] = mapped_column(String(170), default="", index=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    district_id: Mapped[str | None] = mapped_column(ForeignKey("districts.id"), index=True)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact_on: Mapped[date | None] = mapped_column(Date)
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(String(500), default="")
    created_on: Mapped[date] = mapped_column(Date, default=date.today)
    #: The latest day of this person's activity (a visit, a ticket's closure) whose link to
    #: them a retention rule has cut: the people rule still counts it (`domain.privacy`).
    last_involved_on: Mapped[date | None] = mapped_column(Date)


class Body(Mutable, Base):
    """A council or group: neighbourhood council, Youth Council, ULG..."""

    __tablename__ = "bodies"
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[c.BodyKind] = mapped_column(_enum(c.BodyKind))
    district_id: Mapped[str | None] = mapped_column(ForeignKey("districts.id"))
    seats: Mapped[int] = mapped_column(Integer, default=0)
    term_years: Mapped[int] = mapped_column(Integer, default=3)
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class Membership(Mutable, Base):
    __tablename__ = "memberships"
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[c.MembershipRole] = mapped_column(
        _enum(c.MembershipRole), default=c.MembershipRole.MEMBER
    )
    source: Mapped[c.MembershipSource] = mapped_column(
        _enum(c.MembershipSource), default=c.MembershipSource.DRAW
    )
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)


class Candidacy(Mutable, Base):
    __tablename__ = "candidacies"
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    submitted_on: Mapped[date] = mapped_column(Date)
    status: Mapped[c.CandidacyStatus] = mapped_column(
        _enum(c.CandidacyStatus), default=c.CandidacyStatus.PENDING
    )
    #: Rank on the reserve list ("liste complémentaire"), from the draw.
    reserve_rank: Mapped[int | None] = mapped_column(Integer)
    #: Wants to stay involved if not drawn (the seed's "what happens to the 40 others?").
    keep_informed: Mapped[bool] = mapped_column(Boolean, default=True)


class Draw(InsertOnly, Base):
    """A draw by lot, recorded once with everything needed to replay and check it."""

    __tablename__ = "draws"
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    drawn_at: Mapped[datetime] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(40))
    seats: Mapped[int] = mapped_column(Integer)
    #: Public seed (e.g. digits announced in the room) that makes the draw reproducible.
    seed: Mapped[str] = mapped_column(String(200))
    parameters: Mapped[str] = mapped_column(Text, default="{}")
    result: Mapped[str] = mapped_column(Text, default="{}")
    performed_by: Mapped[str] = mapped_column(String(120), default="")

    __personal__ = ("performed_by",)


# --------------------------------------------------------------------------- events


class Event(Mutable, Base):
    __tablename__ = "events"
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[c.EventKind] = mapped_column(_enum(c.EventKind))
    status: Mapped[c.EventStatus] = mapped_column(
        _enum(c.EventStatus), default=c.EventStatus.PLANNED
    )
    body_id: Mapped[str | None] = mapped_column(ForeignKey("bodies.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    description: Mapped[str] = mapped_column(Text, default="")


class AgendaItem(Mutable, Base):
    __tablename__ = "agenda_items"
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    source: Mapped[c.AgendaSource] = mapped_column(
        _enum(c.AgendaSource), default=c.AgendaSource.CITY
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(InsertOnly, Base):
    """One mark on a sign-in sheet. A correction is a newer mark for the same person."""

    __tablename__ = "attendance"
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    guest_name: Mapped[str] = mapped_column(String(160), default="")
    status: Mapped[c.AttendanceStatus] = mapped_column(_enum(c.AttendanceStatus))
    recorded_on: Mapped[date] = mapped_column(Date)

    __personal__ = ("person_id", "guest_name")


# --------------------------------------------------------------------------- reception


class Theme(Mutable, Base):
    """Two-level list of visit themes (a parent theme and its sub-themes)."""

    __tablename__ = "themes"
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("themes.id"))
    name: Mapped[str] = mapped_column(String(120))
    keywords: Mapped[str] = mapped_column(String(400), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class DirectoryEntry(Mutable, Base):
    """One service in "Qui fait quoi ?": who is competent, and how to reach them."""

    __tablename__ = "directory_entries"
    name: Mapped[str] = mapped_column(String(200))
    competence: Mapped[c.Competence] = mapped_column(_enum(c.Competence))
    body_name: Mapped[str] = mapped_column(String(200), default="")
    keywords: Mapped[str] = mapped_column(String(600), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    hours: Mapped[str] = mapped_column(String(300), default="")
    theme_id: Mapped[str | None] = mapped_column(ForeignKey("themes.id"))
    website: Mapped[str] = mapped_column(String(300), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class Visit(InsertOnly, Base):
    """A closed visit, call, e-mail or letter. Anonymous unless the person consented.

    Waiting and service times are kept in whole seconds beside the times they come from:
    the row never changes, and the quality dashboard adds up a year of them from an index
    without reading the rows."""

    __tablename__ = "visits"
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    channel: Mapped[c.Channel] = mapped_column(_enum(c.Channel))
    theme_id: Mapped[str | None] = mapped_column(ForeignKey("themes.id"))
    directory_entry_id: Mapped[str | None] = mapped_column(ForeignKey("directory_entries.id"))
    outcome: Mapped[c.VisitOutcome] = mapped_column(_enum(c.VisitOutcome))
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    district_id: Mapped[str | None] = mapped_column(ForeignKey("districts.id"))
    age_band: Mapped[c.AgeBand | None] = mapped_column(_enum(c.AgeBand))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    staff_account_id: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id"))
    #: started_at - arrived_at, in seconds (None when nobody was served: a missed call).
    wait_seconds: Mapped[int | None] = mapped_column(Integer)
    #: ended_at - started_at, in seconds.
    service_seconds: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        # Site and period first, then every column the quality dashboard adds up: a year of
        # indicators is read from this index alone, without touching the rows.
        Index(
            "ix_visits_quality",
            "site_id",
            "arrived_at",
            "channel",
            "outcome",
            "satisfaction",
            "wait_seconds",
            "started_at",
        ),
        Index("ix_visits_arrived", "arrived_at"),
        Index("ix_visits_channel_arrived", "channel", "arrived_at"),
        Index("ix_visits_theme_arrived", "theme_id", "arrived_at"),
        Index("ix_visits_outcome_arrived", "outcome", "arrived_at"),
        Index("ix_visits_staff_arrived", "staff_account_id", "arrived_at"),
    )
    __personal__ = ("person_id", "note")


class WaitingVisitor(Local, Base):
    """Someone in the queue at this desk: arrived, not yet served. Never leaves the machine;
    the row is replaced by a `Visit` in the same transaction when the visit is logged."""

    __tablename__ = "waiting_visitors"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    site_id: Mapped[str | None] = mapped_column(String(36))
    channel: Mapped[c.Channel] = mapped_column(_enum(c.Channel), default=c.Channel.DESK)
    arrived_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    #: When a staff member called them in (None while they wait).
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: A few words to call them by ("ticket 12", "pram"): not a name.
    label: Mapped[str] = mapped_column(String(60), default="")
    theme_id: Mapped[str | None] = mapped_column(String(36))


class TicketCategory(Mutable, Base):
    """A kind of follow-up or Allô mairie report (roads, lighting...), with its delay and
    the service it goes to by default. `code` is the Open311 service_code."""

    __tablename__ = "ticket_categories"
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(String(400), default="")
    keywords: Mapped[str] = mapped_column(String(400), default="")
    due_days: Mapped[int] = mapped_column(Integer, default=15)
    directory_entry_id: Mapped[str | None] = mapped_column(ForeignKey("directory_entries.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FollowUp(Mutable, Base):
    """A question not answered on the spot, or an "Allô mairie" report."""

    __tablename__ = "follow_ups"
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True)
    #: The category's name when the ticket was opened (kept for exports and history).
    category: Mapped[str] = mapped_column(String(60))
    category_id: Mapped[str | None] = mapped_column(ForeignKey("ticket_categories.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    latitude: Mapped[float | None] = mapped_column()
    longitude: Mapped[float | None] = mapped_column()
    photo_hash: Mapped[str | None] = mapped_column(String(64), info={"blob": True})
    directory_entry_id: Mapped[str | None] = mapped_column(ForeignKey("directory_entries.id"))
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[c.TicketStatus] = mapped_column(
        _enum(c.TicketStatus), default=c.TicketStatus.NEW
    )
    status_reason: Mapped[str] = mapped_column(String(500), default="")
    citizen_informed_by: Mapped[str] = mapped_column(String(60), default="")
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    #: How to reach the citizen to tell them the outcome (personal: anonymised in time).
    contact_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    #: The request was outside the City's competence: sent on to the competent body
    #: (directory_entry_id) and the citizen told so (Code des relations entre le public
    #: et l'administration, art. L114-2).
    outside_competence: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    forwarded_on: Mapped[date | None] = mapped_column(Date)
    informed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_follow_ups_status_due", "status", "due_on"),)


class TicketEvent(InsertOnly, Base):
    """One step of a ticket's workflow: its history, and when it was resolved."""

    __tablename__ = "ticket_events"
    ticket_id: Mapped[str] = mapped_column(ForeignKey("follow_ups.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[c.TicketStatus] = mapped_column(_enum(c.TicketStatus))
    reason: Mapped[str] = mapped_column(String(500), default="")
    staff_account_id: Mapped[str | None] = mapped_column(ForeignKey("staff_accounts.id"))

    __personal__ = ("reason",)


class MysterySurvey(InsertOnly, Base):
    """A mystery-survey visit or call, graded against the reception charter's grid.
    `answers` is a JSON object: criterion key -> 1 (met), 0 (not met) or null (not seen)."""

    __tablename__ = "mystery_surveys"
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    channel: Mapped[c.Channel] = mapped_column(_enum(c.Channel))
    surveyed_on: Mapped[date] = mapped_column(Date, index=True)
    surveyor: Mapped[str] = mapped_column(String(120), default="")
    grid: Mapped[str] = mapped_column(String(40))
    answers: Mapped[str] = mapped_column(Text, default="{}")
    comment: Mapped[str] = mapped_column(String(1000), default="")

    __personal__ = ("comment", "surveyor")


# --------------------------------------------------------------------------- budget


class BudgetEdition(Mutable, Base):
    __tablename__ = "budget_editions"
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    budget_cents: Mapped[int] = mapped_column(Integer)
    voting_method: Mapped[c.VotingMethod] = mapped_column(
        _enum(c.VotingMethod), default=c.VotingMethod.APPROVAL
    )
    max_choices: Mapped[int | None] = mapped_column(Integer, default=3)
    outcome_rule: Mapped[c.OutcomeRule] = mapped_column(
        _enum(c.OutcomeRule), default=c.OutcomeRule.GREEDY
    )
    phase: Mapped[c.EditionPhase] = mapped_column(
        _enum(c.EditionPhase), default=c.EditionPhase.PREPARATION
    )
    proposals_from: Mapped[date | None] = mapped_column(Date)
    selection_from: Mapped[date | None] = mapped_column(Date)
    vote_from: Mapped[date | None] = mapped_column(Date)
    vote_until: Mapped[date | None] = mapped_column(Date)
    results_on: Mapped[date | None] = mapped_column(Date)
    #: Blank since version 0.3: the older editions' secret, from which anyone holding it
    #: could make valid codes. Nothing reads it any more (see migration 0006).
    code_key: Mapped[str] = mapped_column(String(64), default="")
    #: Salt of the voting codes' verifiers (not a secret: see domain.budget.codes).
    code_salt: Mapped[str] = mapped_column(String(32), default="")
    #: Hex key of the keyed check on paper ballot serials (staff machines check serials).
    paper_key: Mapped[str] = mapped_column(String(64), default="")
    #: Published seed that breaks the last ties, fixed before counting.
    tie_break_seed: Mapped[str] = mapped_column(String(64), default="")


class EditionSite(Mutable, Base):
    __tablename__ = "edition_sites"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"), index=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))


class Project(Mutable, Base):
    __tablename__ = "projects"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    easy_read: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    cost_cents: Mapped[int] = mapped_column(Integer)
    picture_hash: Mapped[str | None] = mapped_column(String(64), info={"blob": True})
    #: First names or a group name only: never a child's full identity.
    proposer_group: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[c.ProjectStatus] = mapped_column(
        _enum(c.ProjectStatus), default=c.ProjectStatus.SUBMITTED
    )
    status_reason: Mapped[str] = mapped_column(String(500), default="")
    ballot_order: Mapped[int | None] = mapped_column(Integer)


class CodeBatch(Mutable, Base):
    """Voting codes printed for one kiosk or site, so that no code works on two kiosks."""

    __tablename__ = "code_batches"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"), index=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    label: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[int] = mapped_column(Integer)
    #: The 2-character prefix of codes printed before version 0.3; blank for newer batches.
    prefix: Mapped[str] = mapped_column(String(8), default="")
    #: The codes' verifiers, sorted (so not in print order), 32 hex characters each, joined:
    #: all a kiosk needs to tell a genuine code, and nothing that makes one.
    verifiers: Mapped[str] = mapped_column(Text, default="")
    created_on: Mapped[date] = mapped_column(Date)
    printed_on: Mapped[date | None] = mapped_column(Date)


class UsedCode(InsertOnly, Base):
    """One use of a voting code. Holds nothing that leads to the ballot. Its id is random:
    the same code used on two offline kiosks is two rows, never merged away, and an alarm
    names the batch (services.budget.double_uses)."""

    __tablename__ = "used_codes"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"))
    #: The code's verifier (domain.budget.codes.verifier), never the code.
    code_hash: Mapped[str] = mapped_column(String(64))
    used_on: Mapped[date] = mapped_column(Date)
    batch_id: Mapped[str | None] = mapped_column(String(36))
    #: The kiosk where it was used.
    device_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_used_codes_edition_hash", "edition_id", "code_hash"),
        # No rowid: rows are stored in the order of their random ids, not of their arrival.
        {"sqlite_with_rowid": False},
    )
    __secret__ = True


class Ballot(InsertOnly, Base):
    """One ballot. Dated to the day only; its id is random; nothing links it to a code."""

    __tablename__ = "ballots"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"), index=True)
    channel: Mapped[c.BallotChannel] = mapped_column(_enum(c.BallotChannel))
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))
    cast_on: Mapped[date] = mapped_column(Date)
    #: JSON list of project ids, sorted, so that order of choice leaks nothing either.
    choices: Mapped[str] = mapped_column(Text)
    paper_serial: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = ({"sqlite_with_rowid": False},)
    __secret__ = True


class PaperEntry(InsertOnly, Base):
    """One typing of a paper ballot, where an edition asks for double entry: a ballot is
    counted once two typings of its serial agree (see services/budget/budget.py)."""

    __tablename__ = "paper_entries"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"), index=True)
    serial: Mapped[str] = mapped_column(String(40), index=True)
    #: JSON list of project ids, sorted.
    choices: Mapped[str] = mapped_column(Text)
    entered_on: Mapped[date] = mapped_column(Date)
    device_id: Mapped[str | None] = mapped_column(String(36))


class BudgetResult(InsertOnly, Base):
    __tablename__ = "budget_results"
    edition_id: Mapped[str] = mapped_column(ForeignKey("budget_editions.id"), index=True)
    rule: Mapped[c.OutcomeRule] = mapped_column(_enum(c.OutcomeRule))
    computed_at: Mapped[datetime] = mapped_column(DateTime)
    funded: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text)


# --------------------------------------------------------------------------- staff, audit


class StaffAccount(Mutable, Base):
    __tablename__ = "staff_accounts"
    login: Mapped[str] = mapped_column(String(60))
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[c.StaffRole] = mapped_column(_enum(c.StaffRole))
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"))


class AuditEntry(InsertOnly, Base):
    __tablename__ = "audit_entries"
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[str] = mapped_column(Text, default="")

    __personal__ = ("actor", "subject", "details")


class ConflictRecord(Local, Base):
    """Two devices changed the same field without seeing each other's change: the losing
    value is kept here until a coordinator confirms or reverses the choice.

    Derived, not exchanged: every replica computes the same records from the same history
    of writes (`field_writes`), with ids derived from what they describe, so that the same
    conflicts exist everywhere. The coordinator's decision is an ordinary write that names
    every competing value as its base, and that write is what travels."""

    __tablename__ = "conflict_records"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str | None] = mapped_column(Text)
    other_value: Mapped[str | None] = mapped_column(Text)
    kept_hlc: Mapped[int] = mapped_column(Integer)
    other_hlc: Mapped[int] = mapped_column(Integer)
    kept_device: Mapped[str] = mapped_column(String(36))
    other_device: Mapped[str] = mapped_column(String(36))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str] = mapped_column(String(20), default="")


class Setting(Mutable, Base):
    """A setting shared by every machine of the city (its name, for instance). The id is
    derived from the key, so two machines creating it offline make the same row."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text, default="")

    def __init__(self, **kw: Any) -> None:
        if "id" not in kw and "key" in kw:
            kw["id"] = id_for_key("setting", kw["key"])
        super().__init__(**kw)


# --------------------------------------------------------------------------- local bookkeeping


class LocalState(Local, Base):
    """This machine's identity and clock. Exactly one row."""

    __tablename__ = "local_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[str] = mapped_column(String(36))
    #: Last HLC reading handed out (packed integer, see `citizenspace.domain.hlc`).
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    #: 1 while changes from other devices are being applied: the capture triggers stand
    #: aside, so that what came from elsewhere is not published again as ours.
    applying: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class LocalSetting(Local, Base):
    """A setting of this machine only: its site, its name, the share folder, the language."""

    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeLogEntry(Local, Base):
    """The outbox: one entry per captured change, written by database triggers in the same
    transaction as the change itself. Filled only by triggers (see `store.capture`)."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(1))  # "I"nsert, "U"pdate, "D"elete
    #: JSON object: the whole row for an insert, the changed fields for an update.
    data: Mapped[str | None] = mapped_column(Text)
    #: For an update, the version ([hlc, device]) each changed field had before: what the
    #: writer had seen, which tells a concurrent edit from a later one.
    base: Mapped[str | None] = mapped_column(Text)
    published: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_change_log_unpublished", "seq", sqlite_where=text("published = 0")),
        # A redaction or an erasure finds the captured copies of one row without a scan.
        Index("ix_change_log_row", "table_name", "row_id"),
        {"sqlite_autoincrement": True},
    )


class RowVersion(Local, Base):
    """The version ([hlc, device]) of each field of a mutable row, and its deletion."""

    __tablename__ = "row_versions"
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: JSON object: field -> [hlc, device].
    versions: Mapped[str] = mapped_column(Text, default="{}")
    deleted_hlc: Mapped[int | None] = mapped_column(Integer)
    deleted_device: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = ({"sqlite_with_rowid": False},)


class FieldWrite(Local, Base):
    """Each update of a field, with the versions it replaced: the history from which
    concurrent edits (two writes on the same base) are found the same way everywhere."""

    __tablename__ = "field_writes"
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer, primary_key=True)
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: JSON list of [hlc, device] this write replaced (several after a conflict decision).
    bases: Mapped[str] = mapped_column(Text, default="[]")
    #: The value written, as JSON.
    value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SyncApplied(Local, Base):
    """How far this machine has applied each other device's segments, per epoch."""

    __tablename__ = "sync_applied"
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    epoch: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_checksum: Mapped[str | None] = mapped_column(String(64))
    segments: Mapped[int] = mapped_column(Integer, default=0)
    last_applied_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncPublished(Local, Base):
    """What this machine has written to the share, per epoch."""

    __tablename__ = "sync_published"
    epoch: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_checksum: Mapped[str | None] = mapped_column(String(64))
    segments: Mapped[int] = mapped_column(Integer, default=0)


class SyncOwnSegment(Local, Base):
    """Every segment this database wrote to the share (or tried to: a write can land and be
    reported as failed), by its checksum.

    Why: a copy of this file (a cloned disk image, a backup put back by hand) holds the same
    device, epoch and numbers; only the bytes it writes afterwards differ. A segment under
    one of our (device, epoch) pairs whose checksum is not here was written by someone else:
    this database is a copy, or has one (`store.identity`)."""

    __tablename__ = "sync_own_segments"
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    epoch: Mapped[str] = mapped_column(String(36), primary_key=True)
    checksum: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Order of writing on this machine (the chain's order, retries included).
    written: Mapped[int] = mapped_column(Integer, default=0)
    seq_from: Mapped[int] = mapped_column(Integer, default=0)
    seq_to: Mapped[int] = mapped_column(Integer, default=0)
    #: The outbox entries (change_log seq) the segment carries; log_to < log_from: none.
    log_from: Mapped[int] = mapped_column(Integer, default=0)
    log_to: Mapped[int] = mapped_column(Integer, default=-1)
    #: Ballots or used codes it carries (published again if the chain is contested).
    secret: Mapped[int] = mapped_column(Integer, default=0)
    #: 1 once read back on the share (or adopted); 0 while only attempted.
    confirmed: Mapped[int] = mapped_column(Integer, default=0)


class SyncLeftover(Local, Base):
    """Changes made under a device identity this database has left, still to publish.

    Why: a write keeps the identity it was made under forever (its field versions say so on
    every replica). When this database becomes a new device, what it made as the old one and
    the share lacks goes out under the old device id in a fresh epoch of its own (nobody
    else can write there), and only what comes later under the new id. Outbox entries up to
    `upto_log` (and above the previous leftover's) belong to this one."""

    __tablename__ = "sync_leftovers"
    epoch: Mapped[str] = mapped_column(String(36), primary_key=True)
    device: Mapped[str] = mapped_column(String(36))
    upto_log: Mapped[int] = mapped_column(Integer)


class SyncDeferred(Local, Base):
    """A remote change to a row not here yet (its insert is in a segment still missing):
    kept and retried after each round, never dropped."""

    __tablename__ = "sync_deferred"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    change: Mapped[str] = mapped_column(Text)


class SyncAlarm(Local, Base):
    """Something sync refused to do silently (the same insert-only id with other content,
    a corrupt segment): shown to a coordinator."""

    __tablename__ = "sync_alarms"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(60), default="")
    row_id: Mapped[str] = mapped_column(String(36), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    noticed_at: Mapped[datetime] = mapped_column(DateTime)


class SecretOutboxEntry(Local, Base):
    """The outbox of ballots and used voting codes. No sequence number, no clock reading,
    no rowid: entries are stored in the order of a random key, so neither their order nor
    their time can pair a ballot with its code. Filled only by triggers."""

    __tablename__ = "secret_outbox"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    data: Mapped[str] = mapped_column(Text)
    published: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = ({"sqlite_with_rowid": False},)


def synced_tables() -> dict[str, SyncKind]:
    """Every synced table with its kind, in dependency order (parents first)."""
    return {
        t.name: t.info["sync"]
        for t in Base.metadata.sorted_tables
        if t.info.get("sync") in (SyncKind.MUTABLE, SyncKind.INSERT_ONLY)
    }


def personal_columns() -> dict[str, tuple[str, ...]]:
    """Synced tables that hold personal data in columns a redaction may blank."""
    return {
        t.name: t.info["personal"] for t in Base.metadata.sorted_tables if t.info.get("personal")
    }


def blob_columns() -> tuple[tuple[str, str], ...]:
    """(table, column) of every column that names a blob (a picture) by its content hash,
    marked `info={"blob": True}`. The blob store deletes a file no such column names any
    more (`store.blobs.named_blobs`): a new picture column must carry the mark."""
    return tuple(
        (t.name, c.name)
        for t in Base.metadata.sorted_tables
        for c in t.columns
        if c.info.get("blob")
    )


def secret_tables() -> frozenset[str]:
    return frozenset(t.name for t in Base.metadata.sorted_tables if t.info.get("secret"))
