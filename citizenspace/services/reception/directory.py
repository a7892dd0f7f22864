"""The directory "Qui fait quoi ?": find who handles a question while the citizen waits,
and keep the entries right (create, correct, deactivate, delete).

A city's directory holds a few hundred entries: they are folded once into an index kept in
memory, and every key the receptionist types searches that index, not the database. The index
is rebuilt when the data changed, whoever changed it (this screen, an import, the desk, a
sync): the database's clock (`local_state.hlc`) moves with every change, local or merged, and
reading it costs one tiny query.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception import directory as rules
from citizenspace.domain.reception.directory import EntryDraft, EntryError, EntryFieldError
from citizenspace.services.common.errors import InUse, NotFound, ValidationFailed, found
from citizenspace.services.common.usage import usage
from citizenspace.store.database import Database
from citizenspace.store.models import (
    DirectoryEntry,
    FollowUp,
    LocalState,
    Theme,
    TicketCategory,
    Visit,
)


class EntryInvalid(ValidationFailed):
    """The entry was refused field by field (`EntryFieldError`s); nothing was written."""


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One line of the results list."""

    id: str
    name: str
    competence: Competence
    body_name: str
    phone: str
    theme: str
    active: bool


@dataclass(frozen=True, slots=True)
class EntryDetail:
    """Everything the detail card and the entry form show."""

    id: str
    draft: EntryDraft
    #: The theme as it is shown ("Déchets › Encombrants"), empty without a theme.
    theme: str
    active: bool


@dataclass(frozen=True, slots=True)
class ThemeChoice:
    id: str
    #: "Déchets" for a theme, "Déchets › Encombrants" for a sub-theme.
    label: str
    active: bool


THEME_SEPARATOR = " › "


def theme_labels(s: Session) -> dict[str, tuple[str, bool]]:
    """Each theme's label ("Parent › Sub" for a sub-theme) and whether it is active."""
    parent = aliased(Theme)
    rows = s.execute(
        select(Theme.id, Theme.name, Theme.active, parent.name).outerjoin(
            parent, parent.id == Theme.parent_id
        )
    )
    return {
        tid: ((f"{pname}{THEME_SEPARATOR}{name}" if pname else name), bool(active))
        for tid, name, active, pname in rows
    }


def entry_usage(s: Session, entry_id: str) -> dict[str, int]:
    """The records that name the entry, by kind ("visits", "tickets", "categories")."""
    return usage(
        s,
        entry_id,
        (
            ("visits", Visit.directory_entry_id),
            ("tickets", FollowUp.directory_entry_id),
            ("categories", TicketCategory.directory_entry_id),
        ),
    )


def draft_of(e: DirectoryEntry) -> EntryDraft:
    return EntryDraft(
        name=e.name,
        competence=e.competence,
        body_name=e.body_name,
        keywords=e.keywords,
        phone=e.phone,
        email=e.email,
        address=e.address,
        hours=e.hours,
        website=e.website,
        theme_id=e.theme_id,
    )


def apply_draft(e: DirectoryEntry, d: EntryDraft) -> None:
    e.name = d.name
    if d.competence is not None:
        e.competence = d.competence
    e.body_name = d.body_name
    e.keywords = d.keywords
    e.phone = d.phone
    e.email = d.email
    e.address = d.address
    e.hours = d.hours
    e.website = d.website
    e.theme_id = d.theme_id


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._index: list[rules.Searchable] = []
        self._rows: dict[str, EntryRow] = {}

    # ---------------------------------------------------------------- queries

    def search(
        self, text: str = "", *, include_inactive: bool = False, limit: int | None = None
    ) -> list[EntryRow]:
        """Entries where every word typed matches the name, keywords, body, theme or
        competence, best first (see `domain.directory.search`). Inactive entries only on
        request: the receptionist must not send a citizen to a closed service."""
        index, rows = self._current_index()
        found = rules.search(index, text)
        result = [rows[e.id] for e in found if include_inactive or rows[e.id].active]
        return result[:limit] if limit else result

    def count(self, *, include_inactive: bool = False) -> int:
        _index, rows = self._current_index()
        return sum(1 for r in rows.values() if include_inactive or r.active)

    def get(self, entry_id: str) -> EntryDetail:
        with self._db.read() as s:
            e = found(s.get(DirectoryEntry, entry_id), "directory_entry", entry_id)
            labels = theme_labels(s)
            return _detail(e, labels)

    def themes(self) -> list[ThemeChoice]:
        """The themes an entry can be linked to, parents before their sub-themes."""
        with self._db.read() as s:
            labels = theme_labels(s)
        return sorted(
            (ThemeChoice(tid, label, active) for tid, (label, active) in labels.items()),
            key=lambda t: rules.fold(t.label),
        )

    def bodies(self) -> list[str]:
        """The bodies already named, to complete what is typed in the form."""
        with self._db.read() as s:
            names = s.scalars(select(DirectoryEntry.body_name).distinct())
            return sorted((n for n in names if n), key=rules.fold)

    def usage(self, entry_id: str) -> dict[str, int]:
        """What names the entry (visits, tickets, ticket categories): asked before offering
        to delete, so that nobody confirms a deletion that would then be refused."""
        with self._db.read() as s:
            if s.get(DirectoryEntry, entry_id) is None:
                raise NotFound("directory_entry", entry_id)
            return entry_usage(s, entry_id)

    # ---------------------------------------------------------------- actions

    def create(self, draft: EntryDraft) -> EntryDetail:
        with self._db.write() as s:
            d = _checked(s, draft, entry_id=None)
            e = DirectoryEntry(active=True)
            apply_draft(e, d)
            s.add(e)
            s.flush()
            detail = _detail(e, theme_labels(s))
        self._invalidate()
        return detail

    def update(self, entry_id: str, draft: EntryDraft) -> EntryDetail:
        with self._db.write() as s:
            e = found(s.get(DirectoryEntry, entry_id), "directory_entry", entry_id)
            d = _checked(s, draft, entry_id=entry_id, stored_theme=e.theme_id)
            if d != rules.normalise(draft_of(e)):
                apply_draft(e, d)
            s.flush()
            detail = _detail(e, theme_labels(s))
        self._invalidate()
        return detail

    def set_active(self, entry_id: str, active: bool) -> EntryDetail:
        """Deactivate a service that closed or moved (kept for the visits that name it),
        or bring it back."""
        with self._db.write() as s:
            e = found(s.get(DirectoryEntry, entry_id), "directory_entry", entry_id)
            if e.active != active:
                e.active = active
            detail = _detail(e, theme_labels(s))
        self._invalidate()
        return detail

    def deactivate(self, entry_id: str) -> EntryDetail:
        return self.set_active(entry_id, False)

    def delete(self, entry_id: str) -> None:
        """Delete an entry nothing refers to; one that visits or tickets name raises InUse
        (deactivate it instead: the history keeps saying where citizens were sent)."""
        with self._db.write() as s:
            if s.get(DirectoryEntry, entry_id) is None:
                raise NotFound("directory_entry", entry_id)
            used = entry_usage(s, entry_id)
            if used:
                raise InUse("directory_entry", entry_id, used)
            s.execute(delete(DirectoryEntry).where(DirectoryEntry.id == entry_id))
        self._invalidate()

    # ---------------------------------------------------------------- index

    def _invalidate(self) -> None:
        with self._lock:
            self._stamp = None

    def _current_index(self) -> tuple[list[rules.Searchable], dict[str, EntryRow]]:
        """The folded index, rebuilt if anything changed in the database since it was made."""
        with self._db.read() as s:
            stamp = (
                s.scalar(select(LocalState.hlc).where(LocalState.id == 1)) or 0,
                s.scalar(select(func.count()).select_from(DirectoryEntry)) or 0,
            )
            with self._lock:
                if stamp == self._stamp:
                    return self._index, self._rows
            labels = theme_labels(s)
            entries = s.scalars(select(DirectoryEntry)).all()
            rows: dict[str, EntryRow] = {}
            index: list[rules.Searchable] = []
            for e in entries:
                theme = labels.get(e.theme_id, ("", True))[0] if e.theme_id else ""
                rows[e.id] = EntryRow(
                    e.id, e.name, e.competence, e.body_name, e.phone, theme, bool(e.active)
                )
                index.append(
                    rules.searchable(
                        e.id,
                        e.name,
                        e.keywords,
                        e.body_name,
                        theme.replace(THEME_SEPARATOR, " "),
                        e.competence,
                    )
                )
        with self._lock:
            self._stamp, self._index, self._rows = stamp, index, rows
        return index, rows


def _detail(e: DirectoryEntry, labels: dict[str, tuple[str, bool]]) -> EntryDetail:
    theme = labels.get(e.theme_id, ("", True))[0] if e.theme_id else ""
    return EntryDetail(e.id, draft_of(e), theme, bool(e.active))


def _checked(
    s: Session, draft: EntryDraft, *, entry_id: str | None, stored_theme: str | None = None
) -> EntryDraft:
    """The normalised draft, or EntryInvalid naming every field at fault. Runs inside the
    write transaction: a theme deleted meanwhile, or a twin saved meanwhile on this
    computer, is a field error rather than a crash or a duplicate."""
    errors = rules.check(draft)
    d = rules.normalise(draft)
    if d.theme_id is not None and d.theme_id != stored_theme and s.get(Theme, d.theme_id) is None:
        errors.append(EntryFieldError("theme_id", EntryError.UNKNOWN_THEME))
    if d.name:
        twin = rules.identity(d.name, d.body_name)
        for other_id, name, body in s.execute(
            select(DirectoryEntry.id, DirectoryEntry.name, DirectoryEntry.body_name)
        ):
            if other_id != entry_id and rules.identity(name, body) == twin:
                errors.insert(0, EntryFieldError("name", EntryError.DUPLICATE))
                break
    if errors:
        raise EntryInvalid(errors)
    return d
