"""The tickets list in SQL: what a filter keeps, how a column sorts, where a page starts.

Why in SQL: a city keeps years of follow-ups (tens of thousands), and the Follow-ups page
reads them a page at a time, sorted and filtered by the database, never all at once. The
rules stay the domain's (`domain.reception.tickets`): `overdue_condition` is `is_overdue`
written for SQLite, compared with it on random tickets by the tests.

A search is accent- and case-blind, as a French reader expects ("eclairage" finds
"Éclairage"): each read registers `cs_fold` on its connection, and a plain LIKE on the
letters an accent cannot change narrows the rows first, so the fold runs on few rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    not_,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.types import TypeEngine

from citizenspace.domain.catalog import TicketStatus
from citizenspace.domain.reception import tickets as rules
from citizenspace.store.engine import sqlite_of
from citizenspace.store.models import DirectoryEntry, FollowUp
from citizenspace.store.search import LIKE_ESCAPE

S = TicketStatus

#: Letters a French accent may sit on (or a ligature hide): a LIKE cannot see through them.
_ACCENTABLE = frozenset("aceinouy")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})


def fold(text: str | None) -> str:
    """Accents and case folded away ("Éclairage" -> "eclairage"); `cs_fold` in SQL."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    bare = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return bare.encode("ascii", "ignore").decode().lower()


def use_fold(s: Session) -> None:
    """Make `cs_fold` callable by this session's queries (once per connection is enough;
    again is harmless)."""
    sqlite_of(s.connection()).create_function("cs_fold", 1, fold, deterministic=True)


class TicketSort(StrEnum):
    """The columns the list sorts on."""

    OPENED = "opened"
    CATEGORY = "category"
    DESCRIPTION = "description"
    ADDRESS = "address"
    STATUS = "status"
    DUE = "due"
    LATE = "late"
    SERVICE = "service"


@dataclass(frozen=True, slots=True)
class TicketOrder:
    by: TicketSort = TicketSort.OPENED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class TicketCursor:
    """Where the previous page stopped (opaque to the screens): its last row's keys."""

    keys: tuple[object, ...]
    id: str


def informed_condition() -> ColumnElement[bool]:
    return or_(
        FollowUp.informed_on.is_not(None),
        func.coalesce(FollowUp.citizen_informed_by, "") != "",
    )


def overdue_condition(today: date) -> ColumnElement[bool]:
    """`rules.is_overdue` in SQL: not closed, due before today, and not forwarded outside
    the City's competence with the citizen told."""
    return and_(
        FollowUp.due_on.is_not(None),
        FollowUp.status.not_in(tuple(rules.CLOSED)),
        FollowUp.due_on < today,
        not_(
            and_(
                func.coalesce(FollowUp.outside_competence, False).is_(True),
                FollowUp.status == S.FORWARDED,
                informed_condition(),
            )
        ),
    )


def search_conditions(text: str) -> list[ColumnElement[bool]]:
    """Every word typed, found in the category, description, address or service."""
    haystack: ColumnElement[str] = func.coalesce(FollowUp.category, "")
    for column in (FollowUp.description, FollowUp.address, DirectoryEntry.name):
        haystack = haystack + " " + func.coalesce(column, "")
    out: list[ColumnElement[bool]] = []
    for word in fold(text).split():
        # Found as typed (LIKE ignores the case of plain letters): no need to fold.
        plain = haystack.like(_like(word), escape=LIKE_ESCAPE)
        folded: ColumnElement[bool] = func.cs_fold(haystack).like(_like(word), escape=LIKE_ESCAPE)
        loose = _loose_pattern(word)
        if loose is not None:
            folded = and_(haystack.like(loose, escape=LIKE_ESCAPE), folded)
        out.append(or_(plain, folded))
    return out


def _like(word: str) -> str:
    for char in (LIKE_ESCAPE, "%", "_"):
        word = word.replace(char, LIKE_ESCAPE + char)
    return f"%{word}%"


def _loose_pattern(word: str) -> str | None:
    """A LIKE that the texts whose fold contains `word` match: the letters no accent
    changes as they are, one character for a letter an accent may change, anything for
    "oe" and "ae" (perhaps "œ" and "æ"). None when nothing would narrow."""
    parts: list[str] = []
    for run in re.findall(f"[{''.join(_ACCENTABLE)}]+|[^{''.join(_ACCENTABLE)}]+", word):
        if run[0] not in _ACCENTABLE:
            parts.append(_like(run)[1:-1])
        elif "oe" in run or "ae" in run:
            parts.append("%")
        else:
            parts.append("_" * len(run))
    if not any(p.strip("%_") for p in parts):
        return None
    return "%" + "".join(parts) + "%"


# --------------------------------------------------------------------------- sorting

_STATUS_ORDER = {status: rank for rank, status in enumerate(TicketStatus)}


def sort_keys(
    s: Session, order: TicketOrder, today: date
) -> list[tuple[ColumnElement, TypeEngine]]:
    """The expressions a sort orders by (never NULL), each with the type its value is
    read and compared with; the ticket's id breaks the last ties. Categories and services
    are few: each sorts by its rank among them, alphabetical as a French reader expects;
    descriptions and addresses by their text, case-blind (`_text_key`)."""
    text, day, number = String(), String(), Integer()
    due = func.coalesce(type_coerce(FollowUp.due_on, String()), "")
    opened = type_coerce(FollowUp.opened_on, String())
    late = case(
        (
            overdue_condition(today),
            cast(func.julianday(today.isoformat()) - func.julianday(FollowUp.due_on), Integer),
        ),
        else_=0,
    )
    status = case(
        *((FollowUp.status == st, rank) for st, rank in _STATUS_ORDER.items()),
        else_=len(_STATUS_ORDER),
    )
    if order.by is TicketSort.OPENED:
        return [(opened, day)]
    if order.by is TicketSort.CATEGORY:
        return [(_rank(s, FollowUp.category, FollowUp.category), number), (opened, day)]
    if order.by is TicketSort.DESCRIPTION:
        return [(_text_key(FollowUp.description), text)]
    if order.by is TicketSort.ADDRESS:
        return [(_text_key(FollowUp.address), text)]
    if order.by is TicketSort.STATUS:
        return [(status, number), (opened, day)]
    if order.by is TicketSort.DUE:
        return [(due, day), (opened, day)]
    if order.by is TicketSort.LATE:
        return [(late, number), (due, day)]
    service = _rank(s, FollowUp.directory_entry_id, DirectoryEntry.name, DirectoryEntry.id)
    return [(service, number), (opened, day)]


#: First letters that sort with their plain letter ("École" among the E's).
_FIRST_LETTERS = {accented: fold(accented) for accented in "àâäÀÂÄçÇéèêëÉÈÊËîïÎÏôöÔÖùûüÙÛÜÿœŒæÆ"}


def _text_key(column: ColumnElement | InstrumentedAttribute) -> ColumnElement:
    """Free text sorted case-blind, its first letter accent-blind too: read in SQLite's
    own code, with no call back into Python for each of thousands of rows."""
    first = func.substr(func.coalesce(column, ""), 1, 1)
    return case(_FIRST_LETTERS, value=first, else_=func.lower(first)) + func.lower(
        func.substr(func.coalesce(column, ""), 2)
    )


def _rank(
    s: Session,
    key: ColumnElement | InstrumentedAttribute,
    name: ColumnElement | InstrumentedAttribute,
    *source: ColumnElement | InstrumentedAttribute,
) -> ColumnElement:
    """Each distinct `key` of the tickets (or of `source`'s table) numbered in the
    alphabetical order of its `name`; an unknown or missing key comes first."""
    query = select(source[0] if source else key, name).distinct()
    if not source:
        query = query.select_from(FollowUp)
    pairs = [(k, n) for k, n in s.execute(query) if k is not None]
    pairs.sort(key=lambda p: (fold(p[1]), p[1] or "", p[0]))
    if not pairs:
        return literal(0, Integer())
    return case({k: rank for rank, (k, _n) in enumerate(pairs, start=1)}, value=key, else_=0)


def after_condition(
    keys: Sequence[tuple[ColumnElement, TypeEngine]], order: TicketOrder, after: TicketCursor
) -> ColumnElement[bool]:
    """The rows that come after `after` in this order (keys, then id, all one way)."""
    mine = tuple_(*(k for k, _t in keys), FollowUp.id)
    theirs = tuple_(
        *(literal(v, t) for (_k, t), v in zip(keys, after.keys, strict=True)),
        literal(after.id, String()),
    )
    return mine < theirs if order.descending else mine > theirs


def ordering(keys: Sequence[tuple[ColumnElement, TypeEngine]], order: TicketOrder) -> list:
    columns = [*(k for k, _t in keys), FollowUp.id]
    return [c.desc() if order.descending else c.asc() for c in columns]
