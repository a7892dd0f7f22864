"""The reception desk: log a visit in seconds, route the citizen to the competent service,
keep the waiting queue, and read years of the visit log instantly.

Every method is one user action (one transaction or one consistent read) and returns frozen
dataclasses. The log list is read with plain SQL on the indexes of migration 0005, with
keyset pagination (never OFFSET) and no ORM objects, so that a page of a log of a million
visits costs the same as a page of a log of a hundred.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import Select, delete, func, literal_column, select, text
from sqlalchemy.orm import Session

from citizenspace.domain.catalog import AgeBand, Channel, Competence, VisitOutcome
from citizenspace.domain.people import search_key
from citizenspace.domain.reception import visits as rules
from citizenspace.domain.reception.visits import (
    ThemeEntry,
    VisitDraft,
    VisitError,
    VisitProblem,
)
from citizenspace.services.common.errors import ServiceError
from citizenspace.store.database import Database
from citizenspace.store.models import (
    DirectoryEntry,
    District,
    LocalSetting,
    Person,
    Site,
    StaffAccount,
    Theme,
    Visit,
    WaitingVisitor,
)
from citizenspace.store.search import LIKE_ESCAPE, like_contains

#: How far back the quick theme buttons look.
QUICK_THEMES_DAYS = 30
#: Lines of the log read at a time (the table asks for more as the user scrolls).
LOG_PAGE = 200
DESK_STAFF_KEY = "desk_staff_id"
SITE_KEY = "site_id"


# --------------------------------------------------------------------------- errors


class ReceptionError(StrEnum):
    """Why a theme or queue action was refused (visits have `VisitError`)."""

    NAME_REQUIRED = "name_required"
    NAME_TOO_LONG = "name_too_long"
    KEYWORDS_TOO_LONG = "keywords_too_long"
    DUPLICATE_NAME = "duplicate_name"
    UNKNOWN_THEME = "unknown_theme"
    #: Themes have two levels: a sub-theme cannot hold sub-themes.
    PARENT_IS_SUB_THEME = "parent_is_sub_theme"
    #: A theme with sub-themes cannot itself become a sub-theme.
    HAS_SUB_THEMES = "has_sub_themes"
    OWN_PARENT = "own_parent"
    UNKNOWN_ARRIVAL = "unknown_arrival"
    LABEL_TOO_LONG = "label_too_long"
    UNKNOWN_STAFF = "unknown_staff"


class ReceptionRefused(ServiceError):
    """A theme, queue or desk action refused; nothing was written."""

    def __init__(self, codes: Sequence[ReceptionError]) -> None:
        super().__init__(", ".join(c.value for c in codes))
        self.codes = list(codes)


class VisitRefused(ServiceError):
    """A visit that cannot be logged as typed; nothing was written. `problems` say which
    field is wrong and why, in form order."""

    def __init__(self, problems: Sequence[VisitProblem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code.value}" for p in problems))
        self.problems = list(problems)

    @property
    def codes(self) -> list[VisitError]:
        return [p.code for p in self.problems]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class ThemeNode:
    """A theme and its sub-themes, for the theme editor."""

    id: str
    name: str
    keywords: str
    active: bool
    children: tuple[ThemeNode, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A service competent for the question, with what the receptionist tells the citizen."""

    id: str
    name: str
    body_name: str
    competence: Competence
    phone: str
    email: str
    address: str
    hours: str
    website: str


@dataclass(frozen=True, slots=True)
class Choice:
    """Something to pick in a list: a staff member, a site, a district, a person."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class WaitingRow:
    id: str
    label: str
    channel: Channel
    arrived_at: datetime
    started_at: datetime | None


@dataclass(frozen=True, slots=True)
class LogFilter:
    """What the coordinator narrows the log to. Empty sets mean "all"; a parent theme
    includes its sub-themes; `date_to` is inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    channels: frozenset[Channel] = frozenset()
    theme_ids: frozenset[str] = frozenset()
    outcomes: frozenset[VisitOutcome] = frozenset()
    site_ids: frozenset[str] = frozenset()
    staff_ids: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LogCursor:
    """Where the previous page stopped (opaque to the screens)."""

    arrived_key: str
    id: str


@dataclass(frozen=True, slots=True)
class LogRow:
    """One line of the visit log, names already resolved."""

    id: str
    arrived_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    channel: Channel
    outcome: VisitOutcome
    theme: str
    service: str
    site: str
    staff: str
    district: str
    age_band: AgeBand | None
    wait_seconds: int | None
    service_seconds: int | None
    satisfaction: int | None
    note: str


@dataclass(frozen=True, slots=True)
class LogPage:
    rows: tuple[LogRow, ...]
    #: Give it back to `log_page` for the next lines; None at the end of the log.
    next: LogCursor | None = None


@dataclass(frozen=True, slots=True)
class _Names:
    themes: dict[str, str] = field(default_factory=dict)
    services: dict[str, str] = field(default_factory=dict)
    sites: dict[str, str] = field(default_factory=dict)
    staff: dict[str, str] = field(default_factory=dict)
    districts: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- SQL helpers


def _key(t: datetime) -> str:
    """A time as SQLAlchemy stores it in SQLite: text that sorts like the time."""
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")


def _day_start(d: date) -> str:
    return _key(datetime.combine(d, time()))


def _parse(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


#: Filter dimension -> (column, index that starts with it).
_DIMENSIONS = {
    "theme": ("theme_id", "ix_visits_theme_arrived"),
    "staff": ("staff_account_id", "ix_visits_staff_arrived"),
    "site": ("site_id", "ix_visits_quality"),
    "outcome": ("outcome", "ix_visits_outcome_arrived"),
    "channel": ("channel", "ix_visits_channel_arrived"),
}

_LOG_COLUMNS = (
    "id, arrived_at, started_at, ended_at, channel, outcome, theme_id, directory_entry_id, "
    "site_id, staff_account_id, district_id, age_band, wait_seconds, service_seconds, "
    "satisfaction, note"
)


@dataclass(frozen=True, slots=True)
class _Plan:
    """A log query: the index that drives it, one value of that index per sub-query, and
    the other conditions."""

    index: str
    column: str | None
    values: tuple[str, ...]
    where: tuple[str, ...]
    params: dict[str, object]

    def conditions(self, where: Sequence[str], params: dict[str, object]) -> Iterator[str]:
        """The WHERE condition of each sub-query: `where` and, when the index is read at
        given values, the next of them (put in `params` as :v0, :v1...)."""
        for k, value in enumerate(self.values or (None,)):
            clauses = list(where)
            if self.column is not None:
                clauses.append(f"{self.column} = :v{k}")
                params[f"v{k}"] = value
            yield " AND ".join(clauses) or "1"


class ReceptionService:
    def __init__(self, db: Database, now: Callable[[], datetime] = datetime.now) -> None:
        self._db = db
        self._now = now

    def now(self) -> datetime:
        """The clock the desk runs on (a test sets it)."""
        return self._now()

    # ---------------------------------------------------------------- themes

    def themes(self, include_inactive: bool = True) -> list[ThemeNode]:
        """The two-level theme list, parents and sub-themes by name."""
        with self._db.read() as s:
            rows = s.execute(
                select(Theme.id, Theme.parent_id, Theme.name, Theme.keywords, Theme.active)
            ).all()
        children: dict[str, list[ThemeNode]] = {}
        for tid, parent, name, kw, active in rows:
            if parent is not None and (include_inactive or active):
                children.setdefault(parent, []).append(ThemeNode(tid, name, kw, bool(active)))
        nodes = []
        for tid, parent, name, kw, active in rows:
            if parent is None and (include_inactive or active):
                subs = sorted(children.get(tid, []), key=lambda n: search_key(n.name))
                nodes.append(ThemeNode(tid, name, kw, bool(active), tuple(subs)))
        nodes.sort(key=lambda n: search_key(n.name))
        return nodes

    def theme_entries(self) -> list[ThemeEntry]:
        """Every active theme as the search sees it, each parent followed by its
        sub-themes (a sub-theme of an inactive parent is inactive too)."""
        entries = []
        for parent in self.themes(include_inactive=False):
            entries.append(ThemeEntry(parent.id, parent.name, parent.keywords))
            for sub in parent.children:
                entries.append(ThemeEntry(sub.id, sub.name, sub.keywords, parent.id, parent.name))
        return entries

    def search_themes(self, text: str, limit: int = 12) -> list[ThemeEntry]:
        return rules.search_themes(self.theme_entries(), text, limit)

    def add_theme(self, name: str, parent_id: str | None = None, keywords: str = "") -> str:
        name, keywords = _clean(name), _clean(keywords)
        with self._db.write() as s:
            errors = _theme_errors(s, name, keywords, None, parent_id)
            if parent_id is not None:
                parent = s.get(Theme, parent_id)
                if parent is None:
                    errors.append(ReceptionError.UNKNOWN_THEME)
                elif parent.parent_id is not None:
                    errors.append(ReceptionError.PARENT_IS_SUB_THEME)
            if errors:
                raise ReceptionRefused(errors)
            theme = Theme(name=name, keywords=keywords, parent_id=parent_id, active=True)
            s.add(theme)
            s.flush()
            return theme.id

    def rename_theme(self, theme_id: str, name: str, keywords: str | None = None) -> None:
        name = _clean(name)
        with self._db.write() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise ReceptionRefused([ReceptionError.UNKNOWN_THEME])
            kw = theme.keywords if keywords is None else _clean(keywords)
            errors = _theme_errors(s, name, kw, theme.id, theme.parent_id)
            if errors:
                raise ReceptionRefused(errors)
            if theme.name != name:
                theme.name = name
            if theme.keywords != kw:
                theme.keywords = kw

    def set_theme_active(self, theme_id: str, active: bool) -> None:
        """Deactivate (or bring back) a theme: it leaves the search and the buttons, but
        the visits logged under it keep their theme. Never deleted: visits refer to it."""
        with self._db.write() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise ReceptionRefused([ReceptionError.UNKNOWN_THEME])
            if theme.active != active:
                theme.active = active

    def deactivate_theme(self, theme_id: str) -> None:
        self.set_theme_active(theme_id, False)

    def move_theme(self, theme_id: str, parent_id: str | None) -> None:
        """Make a theme a sub-theme of `parent_id`, or a parent theme (None). Two levels
        at most: the new parent must be a parent theme, and a theme with sub-themes stays
        at the top."""
        with self._db.write() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise ReceptionRefused([ReceptionError.UNKNOWN_THEME])
            errors = _move_errors(s, theme, parent_id)
            if errors:
                raise ReceptionRefused(errors)
            if theme.parent_id != parent_id:
                theme.parent_id = parent_id

    def update_theme(
        self, theme_id: str, name: str, keywords: str, parent_id: str | None, active: bool
    ) -> None:
        """The theme editor's "Save": name, keywords, place and use in one transaction, all
        or nothing."""
        name, keywords = _clean(name), _clean(keywords)
        with self._db.write() as s:
            theme = s.get(Theme, theme_id)
            if theme is None:
                raise ReceptionRefused([ReceptionError.UNKNOWN_THEME])
            errors = _move_errors(s, theme, parent_id)
            old_parent = theme.parent_id
            errors += _theme_errors(s, name, keywords, theme.id, parent_id)
            if errors:
                raise ReceptionRefused(errors)
            if old_parent != parent_id:
                theme.parent_id = parent_id
            if theme.name != name:
                theme.name = name
            if theme.keywords != keywords:
                theme.keywords = keywords
            if theme.active != active:
                theme.active = active

    def quick_themes(self, site_id: str | None = None, n: int = 6) -> list[ThemeEntry]:
        """The themes for the quick buttons: the most used at this site in the last 30
        days, then a fixed order (parent themes by name) so the buttons never shuffle for
        no reason."""
        entries = self.theme_entries()
        since = _key(self._now() - timedelta(days=QUICK_THEMES_DAYS))
        if site_id:
            sql = (
                "SELECT theme_id, count(*) FROM visits INDEXED BY ix_visits_quality "
                "WHERE site_id = :site AND arrived_at >= :since AND theme_id IS NOT NULL "
                "GROUP BY theme_id"
            )
        else:
            sql = (
                "SELECT theme_id, count(*) FROM visits INDEXED BY ix_visits_arrived "
                "WHERE arrived_at >= :since AND theme_id IS NOT NULL GROUP BY theme_id"
            )
        with self._db.read() as s:
            counts: dict[str, int] = {
                theme: n for theme, n in s.execute(text(sql), {"site": site_id, "since": since})
            }
        fallback = [e.id for e in entries if e.parent_id is None] + [
            e.id for e in entries if e.parent_id is not None
        ]
        by_id = {e.id: e for e in entries}
        return [by_id[t] for t in rules.rank_quick_themes(counts, fallback, n)]

    # ---------------------------------------------------------------- routing

    def suggest(
        self, theme_id: str | None, text_typed: str = "", limit: int = 5
    ) -> list[Suggestion]:
        """The services competent for a theme and the words typed: filed under the theme,
        then under its parent, then by keywords. Reads the directory as it is now."""
        with self._db.read() as s:
            parent_id = None
            words = text_typed
            if theme_id:
                theme = s.get(Theme, theme_id)
                if theme is not None:
                    parent_id = theme.parent_id
                    words = f"{text_typed} {theme.name} {theme.keywords}"
            rows = s.scalars(select(DirectoryEntry).where(DirectoryEntry.active.is_(True))).all()
            entries = [rules.ServiceEntry(r.id, r.name, r.keywords, r.theme_id) for r in rows]
            ranked = rules.rank_services(entries, theme_id, parent_id, words, limit)
            by_id = {r.id: r for r in rows}
            return [
                Suggestion(
                    r.id,
                    r.name,
                    r.body_name,
                    r.competence,
                    r.phone,
                    r.email,
                    r.address,
                    r.hours,
                    r.website,
                )
                for r in (by_id[i] for i in ranked)
            ]

    def services(self) -> list[Choice]:
        """Every active directory entry, by name (for choosing one by hand)."""
        return self._choices(
            select(DirectoryEntry.id, DirectoryEntry.name).where(DirectoryEntry.active.is_(True))
        )

    def _choices(self, query: Select[str, str]) -> list[Choice]:
        """The (id, name) rows of `query`, by name as people read it (accents and case
        folded)."""
        with self._db.read() as s:
            rows = s.execute(query).all()
        return sorted((Choice(i, n) for i, n in rows), key=lambda c: search_key(c.name))

    # ---------------------------------------------------------------- the desk

    def staff_accounts(self) -> list[Choice]:
        return self._choices(
            select(StaffAccount.id, StaffAccount.display_name).where(StaffAccount.active.is_(True))
        )

    def desk_staff_id(self) -> str | None:
        """Who is at this desk now (this machine's setting), or None."""
        with self._db.read() as s:
            row = s.get(LocalSetting, DESK_STAFF_KEY)
            return row.value if row and row.value else None

    def set_desk_staff(self, staff_id: str | None) -> None:
        with self._db.write() as s:
            if staff_id is not None and s.get(StaffAccount, staff_id) is None:
                raise ReceptionRefused([ReceptionError.UNKNOWN_STAFF])
            row = s.get(LocalSetting, DESK_STAFF_KEY)
            value = staff_id or ""
            if row is None:
                s.add(LocalSetting(key=DESK_STAFF_KEY, value=value))
            elif row.value != value:
                row.value = value

    def site_id(self) -> str | None:
        """This machine's site, as set in the settings."""
        with self._db.read() as s:
            return _local_site(s)

    def sites(self) -> list[Choice]:
        return self._choices(select(Site.id, Site.name))

    def districts(self) -> list[Choice]:
        return self._choices(select(District.id, District.name))

    def age_bands(self) -> list[AgeBand]:
        return list(AgeBand)

    def people_with_consent(self, text_typed: str, limit: int = 10) -> list[Choice]:
        """People who agreed to be contacted, matching every word typed: the only ones a
        visit may name."""
        q = (
            select(Person.id, Person.first_name, Person.last_name)
            .where(Person.consent_contact.is_(True))
            .order_by(Person.search_key, Person.id)
            .limit(limit)
        )
        for word in search_key(text_typed).split():
            q = q.where(Person.search_key.like(like_contains(word), escape=LIKE_ESCAPE))
        with self._db.read() as s:
            return [Choice(i, f"{f} {ln}".strip()) for i, f, ln in s.execute(q)]

    # ---------------------------------------------------------------- waiting queue

    def waiting(self) -> list[WaitingRow]:
        """Who is in this desk's queue, first come first."""
        with self._db.read() as s:
            rows = s.scalars(
                # rowid: two arrivals in the same second stay in the order they came.
                select(WaitingVisitor).order_by(
                    WaitingVisitor.arrived_at, literal_column("waiting_visitors.rowid")
                )
            ).all()
            return [_waiting_row(r) for r in rows]

    def add_arrival(self, label: str = "", channel: Channel = Channel.DESK) -> WaitingRow:
        label = _clean(label)
        if len(label) > rules.QUEUE_LABEL_MAX:
            raise ReceptionRefused([ReceptionError.LABEL_TOO_LONG])
        with self._db.write() as s:
            row = WaitingVisitor(
                site_id=_local_site(s),
                channel=channel,
                arrived_at=self._now().replace(microsecond=0),
                label=label,
            )
            s.add(row)
            s.flush()
            return _waiting_row(row)

    def call_in(self, waiting_id: str) -> WaitingRow:
        """The visitor is called to the desk: their waiting ends now."""
        with self._db.write() as s:
            row = _arrival(s, waiting_id)
            if row.started_at is None:
                row.started_at = max(self._now().replace(microsecond=0), row.arrived_at)
            return _waiting_row(row)

    def cancel_arrival(self, waiting_id: str) -> None:
        """The visitor left before being served (or was added by mistake)."""
        with self._db.write() as s:
            s.delete(_arrival(s, waiting_id))

    # ---------------------------------------------------------------- saving a visit

    def save_visit(self, draft: VisitDraft) -> str:
        """Log one visit, call, e-mail or letter; returns its id once it is on disk.

        One transaction: the visit with its waiting and service times, and the queue entry
        it closes removed. Refused (VisitRefused, nothing written) if a rule is broken or a
        theme, service, site, district, staff member or person named does not exist. A
        person may be named only if they consented to be contacted. With no site given, the
        visit is at this machine's site."""
        d = rules.normalise(draft)
        problems = rules.check_visit(d, self._now())
        with self._db.write() as s:
            if d.site_id is None:
                d = _replace_site(d, _local_site(s))
            problems += _reference_problems(s, d)
            if problems:
                raise VisitRefused(_in_form_order(problems))
            visit = Visit(
                site_id=d.site_id,
                channel=d.channel,
                theme_id=d.theme_id,
                directory_entry_id=d.directory_entry_id,
                outcome=d.outcome,
                arrived_at=d.arrived_at,
                started_at=d.started_at,
                ended_at=d.ended_at,
                district_id=d.district_id,
                age_band=d.age_band,
                person_id=d.person_id,
                note=d.note,
                satisfaction=d.satisfaction,
                staff_account_id=d.staff_account_id,
                wait_seconds=rules.wait_seconds(d),
                service_seconds=rules.service_seconds(d),
            )
            s.add(visit)
            if d.waiting_id:
                s.execute(delete(WaitingVisitor).where(WaitingVisitor.id == d.waiting_id))
            s.flush()
            return visit.id

    # ---------------------------------------------------------------- the log

    def today_log(self, site_id: str | None = None, limit: int = LOG_PAGE) -> list[LogRow]:
        """Today's visits at a site (all sites if None), latest first."""
        today = self._now().date()
        f = LogFilter(
            date_from=today,
            date_to=today,
            site_ids=frozenset({site_id}) if site_id else frozenset(),
        )
        return list(self.log_page(f, limit=limit).rows)

    def log_page(
        self, f: LogFilter, after: LogCursor | None = None, limit: int = LOG_PAGE
    ) -> LogPage:
        """The next `limit` lines of the log, latest first (arrival, then id), after
        `after`. Each sub-query walks one index range in order and stops at `limit`."""
        with self._db.read() as s:
            plan = _plan(s, f)
            if plan is None:
                return LogPage(())
            where = list(plan.where)
            params = dict(plan.params, limit=limit + 1)
            if after is not None:
                where.append(
                    "arrived_at <= :after_at AND (arrived_at < :after_at OR id < :after_id)"
                )
                params.update(after_at=after.arrived_key, after_id=after.id)
            streams = []
            for condition in plan.conditions(where, params):
                sql = (
                    f"SELECT {_LOG_COLUMNS} FROM visits INDEXED BY {plan.index} "
                    f"WHERE {condition} ORDER BY arrived_at DESC, id DESC LIMIT :limit"
                )
                streams.append(s.execute(text(sql), params).all())
            if len(streams) == 1:
                merged = streams[0][: limit + 1]
            else:
                merged = list(heapq.merge(*streams, key=lambda r: (r[1], r[0]), reverse=True))[
                    : limit + 1
                ]
            names = _names(s)
        rows = tuple(_log_row(r, names) for r in merged[:limit])
        nxt = None
        if len(merged) > limit:
            last = merged[limit - 1]
            nxt = LogCursor(str(last[1]), last[0])
        return LogPage(rows, nxt)

    def log_count(self, f: LogFilter) -> int:
        """How many visits the filter keeps (summed per value of the driving index)."""
        with self._db.read() as s:
            plan = _plan(s, f)
            if plan is None:
                return 0
            if plan.column is None and not plan.where:
                return s.scalar(text("SELECT count(*) FROM visits")) or 0
            total = 0
            params = dict(plan.params)
            for condition in plan.conditions(plan.where, params):
                sql = f"SELECT count(*) FROM visits INDEXED BY {plan.index} WHERE {condition}"
                total += s.scalar(text(sql), params) or 0
            return total

    def explain_log(self, f: LogFilter) -> list[str]:
        """SQLite's plan for the first sub-query of `log_page` (tests check the indexes)."""
        with self._db.read() as s:
            plan = _plan(s, f)
            if plan is None:
                return []
            params = dict(plan.params, limit=LOG_PAGE)
            condition = next(plan.conditions(plan.where, params))
            sql = (
                f"EXPLAIN QUERY PLAN SELECT {_LOG_COLUMNS} FROM visits INDEXED BY {plan.index} "
                f"WHERE {condition} ORDER BY arrived_at DESC, id DESC LIMIT :limit"
            )
            return [str(r[-1]) for r in s.execute(text(sql), params)]


# --------------------------------------------------------------------------- helpers


def _clean(value: str) -> str:
    return " ".join(value.split())


def _local_site(s: Session) -> str | None:
    row = s.get(LocalSetting, SITE_KEY)
    return row.value if row and row.value else None


def _replace_site(d: VisitDraft, site_id: str | None) -> VisitDraft:
    return replace(d, site_id=site_id)


def _theme_errors(
    s: Session, name: str, keywords: str, theme_id: str | None, parent_id: str | None
) -> list[ReceptionError]:
    """Name and keywords checked; two themes of the same name under the same parent would
    confuse the search, the same name under two parents ("Voirie › Autre", "Social ›
    Autre") is fine."""
    errors = []
    if not name:
        errors.append(ReceptionError.NAME_REQUIRED)
    elif len(name) > rules.THEME_NAME_MAX:
        errors.append(ReceptionError.NAME_TOO_LONG)
    if len(keywords) > rules.THEME_KEYWORDS_MAX:
        errors.append(ReceptionError.KEYWORDS_TOO_LONG)
    if name:
        folded = search_key(name)
        siblings = s.execute(
            select(Theme.id, Theme.name).where(
                Theme.parent_id.is_(None) if parent_id is None else Theme.parent_id == parent_id
            )
        ).all()
        if any(tid != theme_id and search_key(other) == folded for tid, other in siblings):
            errors.append(ReceptionError.DUPLICATE_NAME)
    return errors


def _move_errors(s: Session, theme: Theme, parent_id: str | None) -> list[ReceptionError]:
    if parent_id is None:
        return []
    errors = []
    parent = s.get(Theme, parent_id)
    if parent_id == theme.id:
        errors.append(ReceptionError.OWN_PARENT)
    elif parent is None:
        errors.append(ReceptionError.UNKNOWN_THEME)
    elif parent.parent_id is not None:
        errors.append(ReceptionError.PARENT_IS_SUB_THEME)
    has_children = s.scalar(
        select(func.count()).select_from(Theme).where(Theme.parent_id == theme.id)
    )
    if has_children:
        errors.append(ReceptionError.HAS_SUB_THEMES)
    return errors


def _reference_problems(s: Session, d: VisitDraft) -> list[VisitProblem]:
    """What only the database can tell: every id named exists (and a person consented)."""
    problems = []
    if d.theme_id is not None:
        theme = s.get(Theme, d.theme_id)
        if theme is None:
            problems.append(VisitProblem("theme_id", VisitError.UNKNOWN_THEME))
        elif not theme.active:
            problems.append(VisitProblem("theme_id", VisitError.INACTIVE_THEME))
    checks = (
        ("directory_entry_id", d.directory_entry_id, DirectoryEntry, VisitError.UNKNOWN_SERVICE),
        ("district_id", d.district_id, District, VisitError.UNKNOWN_DISTRICT),
        ("site_id", d.site_id, Site, VisitError.UNKNOWN_SITE),
        ("staff_account_id", d.staff_account_id, StaffAccount, VisitError.UNKNOWN_STAFF),
    )
    for name, value, model, code in checks:
        if value is not None and s.get(model, value) is None:
            problems.append(VisitProblem(name, code))
    if d.person_id is not None:
        person = s.get(Person, d.person_id)
        if person is None:
            problems.append(VisitProblem("person_id", VisitError.UNKNOWN_PERSON))
        elif not person.consent_contact:
            problems.append(VisitProblem("person_id", VisitError.PERSON_WITHOUT_CONSENT))
    return problems


_FORM_ORDER = (
    "channel",
    "theme_id",
    "directory_entry_id",
    "outcome",
    "arrived_at",
    "started_at",
    "ended_at",
    "district_id",
    "age_band",
    "person_id",
    "note",
    "satisfaction",
    "site_id",
    "staff_account_id",
)


def _in_form_order(problems: Iterable[VisitProblem]) -> list[VisitProblem]:
    order = {name: i for i, name in enumerate(_FORM_ORDER)}
    return sorted(problems, key=lambda p: order.get(p.field, len(order)))


def _waiting_row(r: WaitingVisitor) -> WaitingRow:
    return WaitingRow(r.id, r.label, r.channel, r.arrived_at, r.started_at)


def _arrival(s: Session, waiting_id: str) -> WaitingVisitor:
    """The visitor waiting under this id; refused when there is none (served, or gone
    meanwhile)."""
    row = s.get(WaitingVisitor, waiting_id)
    if row is None:
        raise ReceptionRefused([ReceptionError.UNKNOWN_ARRIVAL])
    return row


def _expand_themes(s: Session, theme_ids: Iterable[str]) -> set[str]:
    """The themes asked for, with the sub-themes of every parent among them."""
    wanted = set(theme_ids)
    if not wanted:
        return wanted
    subs = s.execute(select(Theme.id).where(Theme.parent_id.in_(sorted(wanted)))).scalars()
    return wanted | set(subs)


def _plan(s: Session, f: LogFilter) -> _Plan | None:
    """Choose the index that finds the filtered rows fastest: the dimension whose chosen
    values are the smallest share of its possible values (a staff member among twenty, a
    theme among sixty), else the arrival index alone. None if nothing can match."""
    if f.date_from and f.date_to and f.date_to < f.date_from:
        return None
    wanted: dict[str, tuple[str, ...]] = {}
    if f.theme_ids:
        wanted["theme"] = tuple(sorted(_expand_themes(s, f.theme_ids)))
    if f.staff_ids:
        wanted["staff"] = tuple(sorted(f.staff_ids))
    if f.site_ids:
        wanted["site"] = tuple(sorted(f.site_ids))
    if f.outcomes:
        wanted["outcome"] = tuple(sorted(VisitOutcome(o).value for o in f.outcomes))
    if f.channels:
        wanted["channel"] = tuple(sorted(Channel(ch).value for ch in f.channels))
    sizes = {"outcome": len(VisitOutcome), "channel": len(Channel)}
    if "theme" in wanted:
        sizes["theme"] = s.scalar(select(func.count()).select_from(Theme)) or 1
    if "staff" in wanted:
        sizes["staff"] = s.scalar(select(func.count()).select_from(StaffAccount)) or 1
    if "site" in wanted:
        sizes["site"] = s.scalar(select(func.count()).select_from(Site)) or 1
    driving = None
    best = 0.5  # a filter keeping more than half the rows is faster as a plain scan
    for dim, values in wanted.items():
        share = len(values) / max(sizes[dim], len(values))
        if share < best:
            driving, best = dim, share
    where: list[str] = []
    params: dict[str, object] = {}
    if f.date_from:
        where.append("arrived_at >= :date_from")
        params["date_from"] = _day_start(f.date_from)
    if f.date_to:
        where.append("arrived_at < :date_to")
        params["date_to"] = _day_start(f.date_to + timedelta(days=1))
    for dim, values in wanted.items():
        if dim == driving:
            continue
        column = _DIMENSIONS[dim][0]
        names = []
        for k, v in enumerate(values):
            params[f"{dim}{k}"] = v
            names.append(f":{dim}{k}")
        where.append(f"{column} IN ({', '.join(names)})")
    if driving is None:
        return _Plan("ix_visits_arrived", None, (), tuple(where), params)
    column, index = _DIMENSIONS[driving]
    return _Plan(index, column, wanted[driving], tuple(where), params)


def _names(s: Session) -> _Names:
    themes = s.execute(select(Theme.id, Theme.parent_id, Theme.name)).all()
    own = {tid: name for tid, _p, name in themes}
    labels = {
        tid: (f"{own[p]}{rules.THEME_SEPARATOR}{name}" if p in own else name)
        for tid, p, name in themes
    }
    return _Names(
        themes=labels,
        services=dict(s.execute(select(DirectoryEntry.id, DirectoryEntry.name)).all()),
        sites=dict(s.execute(select(Site.id, Site.name)).all()),
        staff=dict(s.execute(select(StaffAccount.id, StaffAccount.display_name)).all()),
        districts=dict(s.execute(select(District.id, District.name)).all()),
    )


def _enum_or_raw(kind: type, value: object) -> object:
    try:
        return kind(value)
    except ValueError:
        return value  # a value from a newer device: shown as it is


def _log_row(r: Sequence[object], n: _Names) -> LogRow:
    (
        vid,
        arrived,
        started,
        ended,
        channel,
        outcome,
        theme_id,
        entry_id,
        site_id,
        staff_id,
        district_id,
        band,
        wait,
        service,
        satisfaction,
        note,
    ) = r
    arrived_at = _parse(arrived)
    started_at = _parse(started)
    ended_at = _parse(ended)
    assert arrived_at is not None
    if wait is None:  # merged from a machine of an older version: the desk's own rule
        wait = rules.waited(arrived_at, started_at, str(outcome))
    if service is None:
        service = rules.served(started_at, ended_at)
    return LogRow(
        id=str(vid),
        arrived_at=arrived_at,
        started_at=started_at,
        ended_at=ended_at,
        channel=_enum_or_raw(Channel, channel),  # type: ignore[arg-type]  # a Row's cell, typed object, checked by the log's own tests
        outcome=_enum_or_raw(VisitOutcome, outcome),  # type: ignore[arg-type]  # a Row's cell, typed object, checked by the log's own tests
        theme=n.themes.get(str(theme_id), "") if theme_id else "",
        service=n.services.get(str(entry_id), "") if entry_id else "",
        site=n.sites.get(str(site_id), "") if site_id else "",
        staff=n.staff.get(str(staff_id), "") if staff_id else "",
        district=n.districts.get(str(district_id), "") if district_id else "",
        age_band=_enum_or_raw(AgeBand, band) if band else None,  # type: ignore[arg-type]  # a Row's cell, typed object, checked by the log's own tests
        wait_seconds=wait,  # type: ignore[arg-type]  # a Row's cell, typed object, checked by the log's own tests
        service_seconds=service,  # type: ignore[arg-type]  # a Row's cell, typed object, checked by the log's own tests
        satisfaction=satisfaction,  # type: ignore[arg-type]  # a Row's cell, typed object, checked by the log's own tests
        note=str(note or ""),
    )
