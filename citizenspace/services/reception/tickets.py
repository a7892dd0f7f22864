"""Follow-up tickets and "Allô mairie" reports: categories, the workflow, the overdue list.

One method is one user action and one transaction. A refusal raises `TicketRefused` with
the problems as codes (`domain.tickets.TicketError`), field by field, and nothing is
written: a photo is checked before its file is stored, and stored only once the rest of the
form is valid. Every step of the workflow writes a `TicketEvent` (the ticket's history).

`today` is injectable so that a test can make a ticket late without waiting.

Reads of the directory, the sites and the visits are plain reads: those tables belong to
other screens; this service only names what a ticket points to.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from citizenspace.domain.catalog import Channel, Competence, TicketStatus
from citizenspace.domain.reception import tickets as rules
from citizenspace.domain.reception.tickets import InformedBy, Location, Problem, TicketError
from citizenspace.services.common.errors import ServiceError, found
from citizenspace.services.reception import ticket_queries as queries
from citizenspace.services.reception.open311 import Open311Export, Open311Service, Step
from citizenspace.services.reception.ticket_queries import TicketCursor, TicketOrder, TicketSort
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.media.pictures import CleanPicture, PictureRefused, clean_picture
from citizenspace.store.models import (
    DirectoryEntry,
    FollowUp,
    LocalSetting,
    Site,
    StaffAccount,
    Theme,
    TicketCategory,
    TicketEvent,
    Visit,
)

S = TicketStatus
#: The overdue list's own order: the oldest due first.
OVERDUE_ORDER = TicketOrder(TicketSort.DUE, descending=False)


class TicketRefused(ServiceError):
    """The action was refused, for these reasons (codes); nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code.value}" for p in problems))
        self.problems: tuple[Problem, ...] = tuple(problems)

    @property
    def codes(self) -> tuple[TicketError, ...]:
        return tuple(p.code for p in self.problems)


def _clean_photo(photo: bytes | None) -> tuple[CleanPicture | None, list[Problem]]:
    """The photo without its metadata (the phone's owner, where it was taken...), or why it
    is refused. Done before the transaction: reading a large photo takes a moment, and
    the desk's other writes should not wait for it."""
    if photo is None:
        return None, []
    problems = rules.photo_problems(photo)
    if problems:
        return None, problems
    try:
        return clean_picture(photo), []
    except PictureRefused as refused:
        return None, rules.photo_problem_of(refused.problem, None)


# --------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class CategoryDraft:
    code: str
    name: str
    due_days: int = 15
    directory_entry_id: str | None = None
    description: str = ""
    keywords: str = ""


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: str
    code: str
    name: str
    due_days: int
    directory_entry_id: str | None
    service_name: str
    description: str
    keywords: str
    active: bool


@dataclass(frozen=True, slots=True)
class ServiceOption:
    """A directory entry a ticket can be sent to."""

    id: str
    name: str
    body_name: str
    competence: Competence


@dataclass(frozen=True, slots=True)
class SiteOption:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class TicketDraft:
    """What the new-ticket form holds."""

    category_id: str | None
    description: str
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    directory_entry_id: str | None = None
    site_id: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    visit_id: str | None = None


@dataclass(frozen=True, slots=True)
class VisitPrefill:
    """A new ticket's form filled from the visit it follows up."""

    draft: TicketDraft
    channel: Channel
    theme_name: str
    #: Article L114-2 applies if the request turns out outside the City's competence.
    written: bool


@dataclass(frozen=True, slots=True)
class TicketRow:
    """One line of the tickets list."""

    id: str
    opened_on: date
    category: str
    description: str
    address: str
    status: TicketStatus
    due_on: date | None
    days_late: int
    overdue: bool
    service_name: str
    site_name: str
    closed_on: date | None
    outside_competence: bool
    informed_on: date | None
    has_photo: bool


@dataclass(frozen=True, slots=True)
class TicketEventRow:
    at: datetime
    status: TicketStatus
    reason: str
    staff_name: str


@dataclass(frozen=True, slots=True)
class TicketDetail:
    id: str
    visit_id: str | None
    channel: Channel | None
    category_id: str | None
    category: str
    description: str
    address: str
    latitude: float | None
    longitude: float | None
    photo_hash: str | None
    directory_entry_id: str | None
    service_name: str
    service_competence: Competence | None
    site_id: str | None
    site_name: str
    opened_on: date
    due_on: date | None
    days_late: int
    overdue: bool
    status: TicketStatus
    status_reason: str
    citizen_informed_by: InformedBy | None
    informed_on: date | None
    contact_name: str
    contact_phone: str
    contact_email: str
    outside_competence: bool
    forwarded_on: date | None
    closed_on: date | None
    #: Where the workflow may go from here (the buttons to offer).
    next_statuses: tuple[TicketStatus, ...]
    #: Outside the City's competence and the citizen not told yet (art. L114-2).
    must_inform: bool
    complete: bool
    history: tuple[TicketEventRow, ...]


@dataclass(frozen=True, slots=True)
class TicketFilter:
    status: TicketStatus | None = None
    category_id: str | None = None
    directory_entry_id: str | None = None
    site_id: str | None = None
    open_only: bool = False
    #: Only the tickets late today (`rules.is_overdue`).
    overdue_only: bool = False
    #: Words found, accents and case aside, in the category, description, address or service.
    search: str = ""


@dataclass(frozen=True, slots=True)
class TicketPage:
    rows: tuple[TicketRow, ...]
    #: Give it back to `ticket_page` for the next rows; None after the last one.
    next: TicketCursor | None = None


#: Rows a page of the tickets list holds.
TICKET_PAGE = 200


# --------------------------------------------------------------------------- the service


class TicketService:
    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self._db = db
        self._today = today
        self._now = now
        self._blobs = BlobStore.for_database(db.path)

    def today(self) -> date:
        """The service's day (a test may move it): forms default their dates to it."""
        return self._today()

    def _moment(self) -> datetime:
        """When a step happens: the service's day (a test may move it) at the clock's time."""
        if self._now is not None:
            return self._now()
        return datetime.combine(self._today(), datetime.now().time())

    # ---------------------------------------------------------------- categories

    def categories(self, include_inactive: bool = False) -> list[CategoryRow]:
        with self._db.read() as s:
            q = select(TicketCategory, DirectoryEntry.name).outerjoin(
                DirectoryEntry, DirectoryEntry.id == TicketCategory.directory_entry_id
            )
            if not include_inactive:
                q = q.where(TicketCategory.active.is_(True))
            rows = [_category_row(cat, name or "") for cat, name in s.execute(q)]
        return sorted(rows, key=lambda r: (_sort_key(r.name), r.id))

    def add_category(self, draft: CategoryDraft) -> CategoryRow:
        with self._db.write() as s:
            self._check_category(s, draft, None)
            cat = TicketCategory(active=True)
            _apply_category(cat, draft)
            s.add(cat)
            s.flush()
            return _category_row(cat, _entry_name(s, cat.directory_entry_id))

    def update_category(self, category_id: str, draft: CategoryDraft) -> CategoryRow:
        """Change a category; tickets already opened keep their due date."""
        with self._db.write() as s:
            cat = found(s.get(TicketCategory, category_id), "ticket_category", category_id)
            self._check_category(s, draft, category_id)
            _apply_category(cat, draft)
            return _category_row(cat, _entry_name(s, cat.directory_entry_id))

    def set_category_active(self, category_id: str, active: bool) -> None:
        """A category no longer offered for new tickets stays on the old ones."""
        with self._db.write() as s:
            cat = found(s.get(TicketCategory, category_id), "ticket_category", category_id)
            if cat.active != active:
                cat.active = active

    def _check_category(self, s: Session, draft: CategoryDraft, own_id: str | None) -> None:
        others = s.execute(
            select(TicketCategory.code, TicketCategory.name).where(
                TicketCategory.id != (own_id or "")
            )
        ).all()
        problems = rules.category_problems(
            draft.code,
            draft.name,
            draft.due_days,
            other_codes=[o.code for o in others],
            other_names=[o.name for o in others],
        )
        if draft.directory_entry_id and s.get(DirectoryEntry, draft.directory_entry_id) is None:
            problems.append(Problem("service", TicketError.UNKNOWN_SERVICE))
        if problems:
            raise TicketRefused(problems)

    # ---------------------------------------------------------------- choices for forms

    def service_options(self) -> list[ServiceOption]:
        """The directory's active entries, the City's first, then by name."""
        with self._db.read() as s:
            rows = s.scalars(select(DirectoryEntry).where(DirectoryEntry.active.is_(True))).all()
            return sorted(
                (ServiceOption(e.id, e.name, e.body_name, e.competence) for e in rows),
                key=lambda o: (o.competence is not Competence.CITY, _sort_key(o.name)),
            )

    def site_options(self) -> list[SiteOption]:
        with self._db.read() as s:
            return [
                SiteOption(site.id, site.name)
                for site in s.scalars(select(Site).order_by(func.lower(Site.name)))
            ]

    def local_site_id(self) -> str | None:
        """This machine's site (set in the settings), for a direct report's form."""
        with self._db.read() as s:
            setting = s.get(LocalSetting, "site_id")
            return (setting.value or None) if setting else None

    def prefill_from_visit(self, visit_id: str) -> VisitPrefill:
        """The new ticket's form for a visit: the category named like the visit's theme
        (or its parent theme), the service the visit was routed to (else the category's),
        the visit's site."""
        with self._db.read() as s:
            visit = found(s.get(Visit, visit_id), "visit", visit_id)
            themes: list[str] = []
            theme = s.get(Theme, visit.theme_id) if visit.theme_id else None
            if theme is not None:
                themes.append(theme.name)
                parent = s.get(Theme, theme.parent_id) if theme.parent_id else None
                if parent is not None:
                    themes.append(parent.name)
            cats = s.execute(
                select(TicketCategory.id, TicketCategory.name).where(
                    TicketCategory.active.is_(True)
                )
            ).all()
            category_id = rules.category_for_theme(themes, [(c.id, c.name) for c in cats])
            entry_id = visit.directory_entry_id
            if entry_id is None and category_id is not None:
                category = found(s.get(TicketCategory, category_id), "category", category_id)
                entry_id = category.directory_entry_id
            draft = TicketDraft(
                category_id=category_id,
                description=visit.note or "",
                directory_entry_id=entry_id,
                site_id=visit.site_id,
                visit_id=visit.id,
            )
            return VisitPrefill(
                draft,
                visit.channel,
                themes[0] if themes else "",
                visit.channel in rules.WRITTEN_CHANNELS,
            )

    # ---------------------------------------------------------------- opening a ticket

    def open_ticket(self, draft: TicketDraft, photo: bytes | None = None) -> str:
        """Open a ticket (status new, due after its category's delay); returns its id."""
        today = self._today()
        clean, photo_problems = _clean_photo(photo)
        with self._db.write() as s:
            cat = self._check_draft(s, draft, photo_problems)
            ticket = FollowUp(
                visit_id=draft.visit_id,
                category=cat.name[: rules.MAX_CATEGORY_NAME],
                category_id=cat.id,
                opened_on=today,
                due_on=rules.due_date(today, cat.due_days),
                status=S.NEW,
                status_reason="",
                citizen_informed_by="",
                directory_entry_id=draft.directory_entry_id or cat.directory_entry_id,
                site_id=draft.site_id,
                outside_competence=False,
            )
            _apply_draft(ticket, draft)
            if clean is not None:
                ticket.photo_hash = self._blobs.put_picture(clean)
            s.add(ticket)
            s.flush()
            s.add(self._event(s, ticket.id, S.NEW, ""))
            return ticket.id

    def update_ticket(
        self,
        ticket_id: str,
        draft: TicketDraft,
        photo: bytes | None = None,
        remove_photo: bool = False,
    ) -> None:
        """Correct a ticket's details. Its category keeps the due date it was opened with."""
        clean, photo_problems = _clean_photo(photo)
        with self._db.write() as s:
            ticket = _ticket(s, ticket_id)
            cat = self._check_draft(s, draft, photo_problems)
            if ticket.category_id != cat.id:
                ticket.category_id = cat.id
                ticket.category = cat.name[: rules.MAX_CATEGORY_NAME]
            _apply_draft(ticket, draft)
            if draft.directory_entry_id != ticket.directory_entry_id:
                ticket.directory_entry_id = draft.directory_entry_id
            if draft.site_id != ticket.site_id:
                ticket.site_id = draft.site_id
            if clean is not None:
                ticket.photo_hash = self._blobs.put_picture(clean)
            elif remove_photo and ticket.photo_hash is not None:
                ticket.photo_hash = None

    def _check_draft(
        self, s: Session, draft: TicketDraft, photo_problems: Sequence[Problem]
    ) -> TicketCategory:
        problems: list[Problem] = []
        cat = s.get(TicketCategory, draft.category_id) if draft.category_id else None
        if cat is None:
            problems.append(
                Problem(
                    "category",
                    TicketError.REQUIRED if not draft.category_id else TicketError.UNKNOWN_CATEGORY,
                )
            )
        problems += rules.description_problems(draft.description)
        problems += rules.location_problems(
            Location(draft.address, draft.latitude, draft.longitude)
        )
        problems += rules.contact_problems(
            draft.contact_name, draft.contact_phone, draft.contact_email
        )
        if draft.directory_entry_id and s.get(DirectoryEntry, draft.directory_entry_id) is None:
            problems.append(Problem("service", TicketError.UNKNOWN_SERVICE))
        if draft.site_id and s.get(Site, draft.site_id) is None:
            problems.append(Problem("site", TicketError.UNKNOWN_SITE))
        if draft.visit_id and s.get(Visit, draft.visit_id) is None:
            problems.append(Problem("visit", TicketError.UNKNOWN_VISIT))
        problems += photo_problems
        if problems:
            raise TicketRefused(problems)
        assert cat is not None
        return cat

    # ---------------------------------------------------------------- the workflow

    def start(self, ticket_id: str) -> None:
        """Work on it (also: reopen a closed ticket)."""
        self.move(ticket_id, S.IN_PROGRESS)

    def resolve(self, ticket_id: str, note: str = "") -> None:
        self.move(ticket_id, S.RESOLVED, note)

    def reject(self, ticket_id: str, reason: str) -> None:
        self.move(ticket_id, S.REJECTED, reason)

    def reopen(self, ticket_id: str, reason: str = "") -> None:
        self.move(ticket_id, S.IN_PROGRESS, reason)

    def move(self, ticket_id: str, target: TicketStatus, reason: str = "") -> None:
        """One step of the workflow, written with its event; `closed_on` is set when the
        ticket closes and cleared when it is reopened."""
        today = self._today()
        with self._db.write() as s:
            ticket = _ticket(s, ticket_id)
            problems = rules.transition_problems(
                ticket.status,
                target,
                reason,
                outside_competence=ticket.outside_competence,
                informed=ticket.informed_on is not None,
            )
            if problems:
                raise TicketRefused(problems)
            self._set_status(s, ticket, target, reason.strip(), today)

    def forward(
        self,
        ticket_id: str,
        directory_entry_id: str,
        outside_competence: bool | None = None,
        note: str = "",
    ) -> None:
        """Send the ticket to a service. `outside_competence` None: decided by the service's
        competence (any body but the City's is outside it). Marked outside the City's
        competence, the body must not be the City (art. L114-2)."""
        today = self._today()
        with self._db.write() as s:
            ticket = _ticket(s, ticket_id)
            entry = s.get(DirectoryEntry, directory_entry_id) if directory_entry_id else None
            problems = rules.transition_problems(ticket.status, S.FORWARDED, note)
            if not directory_entry_id:
                problems.append(Problem("service", TicketError.REQUIRED))
            elif entry is None:
                problems.append(Problem("service", TicketError.UNKNOWN_SERVICE))
            outside = (
                outside_competence
                if outside_competence is not None
                else (entry is not None and entry.competence is not Competence.CITY)
            )
            if entry is not None:
                problems += rules.outside_competence_problems(outside, entry.competence)
            if problems:
                raise TicketRefused(problems)
            assert entry is not None
            if ticket.directory_entry_id != entry.id:
                ticket.directory_entry_id = entry.id
            if ticket.outside_competence != outside:
                ticket.outside_competence = outside
            ticket.forwarded_on = today
            self._set_status(s, ticket, S.FORWARDED, note.strip(), today)

    def record_informed(self, ticket_id: str, how: InformedBy, on: date | None = None) -> None:
        """The citizen was told the outcome (or that the request was forwarded)."""
        today = self._today()
        on = on or today
        with self._db.write() as s:
            ticket = _ticket(s, ticket_id)
            problems = rules.informed_problems(on, ticket.opened_on, today)
            if problems:
                raise TicketRefused(problems)
            ticket.citizen_informed_by = InformedBy(how).value
            ticket.informed_on = on

    def _set_status(
        self, s: Session, ticket: FollowUp, target: TicketStatus, reason: str, today: date
    ) -> None:
        ticket.status = target
        # The reason shown with the status: why it was rejected, or how it was resolved.
        status_reason = reason if target in rules.CLOSED else ""
        if ticket.status_reason != status_reason:
            ticket.status_reason = status_reason
        closed = rules.closed_on_after(target, today)
        if ticket.closed_on != closed:
            ticket.closed_on = closed
        s.add(self._event(s, ticket.id, target, reason))

    def _event(self, s: Session, ticket_id: str, status: TicketStatus, reason: str) -> TicketEvent:
        staff = s.get(LocalSetting, "desk_staff_id")
        staff_id = staff.value if staff and staff.value else None
        if staff_id and s.get(StaffAccount, staff_id) is None:
            staff_id = None
        # A step is never dated before the one it follows: the history reads in order even
        # when two steps fall in the same instant or the machine's clock went back.
        at = self._moment()
        last = s.scalar(select(func.max(TicketEvent.at)).where(TicketEvent.ticket_id == ticket_id))
        if last is not None and at <= last:
            at = last + timedelta(microseconds=1)
        return TicketEvent(
            ticket_id=ticket_id,
            at=at,
            status=status,
            reason=reason[: rules.MAX_REASON],
            staff_account_id=staff_id,
        )

    # ---------------------------------------------------------------- lists

    def ticket_page(
        self,
        flt: TicketFilter | None = None,
        order: TicketOrder | None = None,
        after: TicketCursor | None = None,
        limit: int = TICKET_PAGE,
    ) -> TicketPage:
        """The next `limit` tickets the filter keeps, in `order` (the most recently opened
        first by default), after `after`. Filtered, sorted and cut by SQLite."""
        flt = flt or TicketFilter()
        order = order or TicketOrder()
        today = self._today()
        with self._db.read() as s:
            queries.use_fold(s)
            keys = queries.sort_keys(s, order, today)
            q = (
                _list_query()
                .add_columns(*(k.label(f"sort_key_{i}") for i, (k, _t) in enumerate(keys)))
                .where(*_where(flt, today))
            )
            if after is not None:
                q = q.where(queries.after_condition(keys, order, after))
            q = q.order_by(*queries.ordering(keys, order)).limit(limit + 1)
            found = s.execute(q).all()
        rows = tuple(_row(r, today) for r in found[:limit])
        nxt = None
        if len(found) > limit:
            last = found[limit - 1]
            nxt = TicketCursor(tuple(last[-len(keys) :]), last.id)
        return TicketPage(rows, nxt)

    def ticket_count(self, flt: TicketFilter | None = None) -> int:
        """How many tickets the filter keeps."""
        flt = flt or TicketFilter()
        with self._db.read() as s:
            queries.use_fold(s)
            q = select(func.count()).select_from(FollowUp).where(*_where(flt, self._today()))
            if flt.search:  # the service's name is searched too
                q = q.outerjoin(DirectoryEntry, DirectoryEntry.id == FollowUp.directory_entry_id)
            return s.scalar(q) or 0

    def tickets(self, flt: TicketFilter | None = None, limit: int = 5000) -> list[TicketRow]:
        """Tickets, the most recently opened first (at most `limit`: a screen reads them
        a page at a time with `ticket_page`)."""
        return list(self.ticket_page(flt, limit=limit).rows)

    def overdue(self) -> list[TicketRow]:
        """Tickets still waiting for the City after their due date, the oldest due first."""
        flt = TicketFilter(overdue_only=True)
        return list(self.ticket_page(flt, OVERDUE_ORDER, limit=1_000_000).rows)

    def overdue_count(self) -> int:
        return self.ticket_count(TicketFilter(overdue_only=True))

    def ticket(self, ticket_id: str) -> TicketDetail:
        today = self._today()
        with self._db.read() as s:
            t = _ticket(s, ticket_id)
            entry = s.get(DirectoryEntry, t.directory_entry_id) if t.directory_entry_id else None
            site = s.get(Site, t.site_id) if t.site_id else None
            visit = s.get(Visit, t.visit_id) if t.visit_id else None
            informed = t.informed_on is not None or bool(t.citizen_informed_by)
            try:
                how = InformedBy(t.citizen_informed_by) if t.citizen_informed_by else None
            except ValueError:  # written by a newer version: shown as not recorded
                how = None
            return TicketDetail(
                id=t.id,
                visit_id=t.visit_id,
                channel=visit.channel if visit else None,
                category_id=t.category_id,
                category=t.category,
                description=t.description,
                address=t.address,
                latitude=t.latitude,
                longitude=t.longitude,
                photo_hash=t.photo_hash,
                directory_entry_id=t.directory_entry_id,
                service_name=entry.name if entry else "",
                service_competence=entry.competence if entry else None,
                site_id=t.site_id,
                site_name=site.name if site else "",
                opened_on=t.opened_on,
                due_on=t.due_on,
                days_late=rules.days_late(t.due_on, today),
                overdue=rules.is_overdue(
                    t.status,
                    t.due_on,
                    today,
                    outside_competence=t.outside_competence,
                    informed=informed,
                ),
                status=t.status,
                status_reason=t.status_reason,
                citizen_informed_by=how,
                informed_on=t.informed_on,
                contact_name=t.contact_name,
                contact_phone=t.contact_phone,
                contact_email=t.contact_email,
                outside_competence=t.outside_competence,
                forwarded_on=t.forwarded_on,
                closed_on=t.closed_on,
                next_statuses=rules.next_statuses(t.status),
                must_inform=t.outside_competence and not informed,
                complete=rules.is_complete(t.status, t.outside_competence, informed),
                history=tuple(self._history(s, t.id)),
            )

    def history(self, ticket_id: str) -> list[TicketEventRow]:
        with self._db.read() as s:
            _ticket(s, ticket_id)
            return self._history(s, ticket_id)

    def _history(self, s: Session, ticket_id: str) -> list[TicketEventRow]:
        q = (
            select(TicketEvent, StaffAccount.display_name)
            .outerjoin(StaffAccount, StaffAccount.id == TicketEvent.staff_account_id)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.at, TicketEvent.id)
        )
        return [TicketEventRow(e.at, e.status, e.reason, name or "") for e, name in s.execute(q)]

    def export_open311(
        self,
        path: Path | str,
        fmt: str = "json",
        with_photos: bool = False,
        with_staff_notes: bool = False,
        step: Step | None = None,
    ) -> Open311Export:
        """Every ticket and category in the Open311 GeoReport v2 shape (`fmt` "json" or
        "csv"); the citizen's contact is left out, and the staff's notes unless asked for
        (after a warning: they are free text that may name people).

        All or nothing: written first in a hidden folder beside `path`, then moved into
        place, the photos before the file that names them. `step(done, total)` hears of
        each photo copied; if it raises (the user cancelled), nothing is left behind."""
        path = Path(path)
        exporter = Open311Service(self._db)
        stage = Path(tempfile.mkdtemp(prefix=f".{path.stem}-", suffix=".partial", dir=path.parent))
        try:
            staged = stage / path.name
            if fmt == "csv":
                done = exporter.export_csv(staged, with_photos, with_staff_notes, step)
            else:
                done = exporter.export_json(staged, with_photos, with_staff_notes, step)
            if step is not None:
                step(done.photos, done.photos)  # the last moment to stop
            return replace(done, files=_publish(stage, path.parent, done.files))
        finally:
            shutil.rmtree(stage, ignore_errors=True)

    def photo(self, photo_hash: str | None) -> bytes | None:
        """A ticket's photo, or None while it is not on this machine."""
        return self._blobs.get(photo_hash) if photo_hash else None


# --------------------------------------------------------------------------- helpers


def _publish(stage: Path, folder: Path, files: tuple[Path, ...]) -> tuple[Path, ...]:
    """Move a finished export from `stage` into `folder`: the photos' folders first, then
    the files (each replaced at once: a reader never sees half of one)."""
    for media in (p for p in stage.iterdir() if p.is_dir()):
        target = folder / media.name
        target.mkdir(exist_ok=True)
        for photo in media.iterdir():
            os.replace(photo, target / photo.name)
    published = []
    for f in reversed(files):  # the services before the requests that name them
        os.replace(f, folder / f.name)
        published.append(folder / f.name)
    return tuple(reversed(published))


def _sort_key(text: str) -> str:
    """Alphabetical as a French reader expects: "Éclairage" among the E's."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _ticket(s: Session, ticket_id: str) -> FollowUp:
    return found(s.get(FollowUp, ticket_id), "ticket", ticket_id)


def _entry_name(s: Session, entry_id: str | None) -> str:
    entry = s.get(DirectoryEntry, entry_id) if entry_id else None
    return entry.name if entry else ""


def _category_row(cat: TicketCategory, service_name: str) -> CategoryRow:
    return CategoryRow(
        cat.id,
        cat.code,
        cat.name,
        cat.due_days,
        cat.directory_entry_id,
        service_name,
        cat.description,
        cat.keywords,
        cat.active,
    )


def _apply_category(cat: TicketCategory, d: CategoryDraft) -> None:
    """Write only what changed, so that another machine's edit of another field stands."""
    values = {
        "code": d.code.strip(),
        "name": d.name.strip(),
        "due_days": d.due_days,
        "directory_entry_id": d.directory_entry_id or None,
        "description": d.description.strip(),
        "keywords": d.keywords.strip(),
    }
    for name, value in values.items():
        if getattr(cat, name) != value:
            setattr(cat, name, value)


def _apply_draft(ticket: FollowUp, d: TicketDraft) -> None:
    values = {
        "description": d.description.strip(),
        "address": d.address.strip(),
        "latitude": d.latitude,
        "longitude": d.longitude,
        "contact_name": d.contact_name.strip(),
        "contact_phone": d.contact_phone.strip(),
        "contact_email": d.contact_email.strip(),
    }
    for name, value in values.items():
        if getattr(ticket, name) != value:
            setattr(ticket, name, value)


def _list_query():  # noqa: ANN202 - a Select of the columns a row needs
    return (
        select(
            FollowUp.id,
            FollowUp.opened_on,
            FollowUp.category,
            FollowUp.description,
            FollowUp.address,
            FollowUp.status,
            FollowUp.due_on,
            FollowUp.closed_on,
            FollowUp.outside_competence,
            FollowUp.informed_on,
            FollowUp.citizen_informed_by,
            FollowUp.photo_hash,
            DirectoryEntry.name.label("service_name"),
            Site.name.label("site_name"),
        )
        .outerjoin(DirectoryEntry, DirectoryEntry.id == FollowUp.directory_entry_id)
        .outerjoin(Site, Site.id == FollowUp.site_id)
    )


def _where(flt: TicketFilter, today: date) -> list[ColumnElement[bool]]:
    """The conditions of a filter, the cheap ones first (the search last)."""
    out: list[ColumnElement[bool]] = []
    if flt.status is not None:
        out.append(FollowUp.status == flt.status)
    if flt.open_only:
        out.append(FollowUp.status.not_in(tuple(rules.CLOSED)))
    if flt.category_id:
        out.append(FollowUp.category_id == flt.category_id)
    if flt.directory_entry_id:
        out.append(FollowUp.directory_entry_id == flt.directory_entry_id)
    if flt.site_id:
        out.append(FollowUp.site_id == flt.site_id)
    if flt.overdue_only:
        out.append(queries.overdue_condition(today))
    if flt.search.strip():
        out.extend(queries.search_conditions(flt.search))
    return out


def _row(r, today: date) -> TicketRow:  # noqa: ANN001 - a result row of `_list_query`
    informed = r.informed_on is not None or bool(r.citizen_informed_by)
    overdue = rules.is_overdue(
        r.status, r.due_on, today, outside_competence=r.outside_competence, informed=informed
    )
    return TicketRow(
        id=r.id,
        opened_on=r.opened_on,
        category=r.category,
        description=r.description,
        address=r.address,
        status=r.status,
        due_on=r.due_on,
        days_late=rules.days_late(r.due_on, today) if overdue else 0,
        overdue=overdue,
        service_name=r.service_name or "",
        site_name=r.site_name or "",
        closed_on=r.closed_on,
        outside_competence=r.outside_competence,
        informed_on=r.informed_on,
        has_photo=r.photo_hash is not None,
    )
