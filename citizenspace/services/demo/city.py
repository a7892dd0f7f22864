"""What every stage of the demo shares: the city being built, its seeded dice, its calendar.

Deterministic: the same (seed, scale, today, data) gives the same rows, ids included. Every
id and every choice comes from a `random.Random` seeded from the seed and the name of the
stage, never from `uuid4()` or the wall clock. Each stage has its own generator, so that a
change to one stage does not reshuffle the others.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from citizenspace.services.demo.data import DemoData, DemoDataError, Where
from citizenspace.store.models import Base

#: A row as the bulk INSERT takes it: column name -> value.
Row = dict[str, Any]


class DemoEntryRefused(DemoDataError):
    """A row of the demo that the application's own rules refuse (the same checks as its
    forms): nothing is written, and the data entry it came from is named."""

    def __init__(self, where: Where, problems: Sequence[object]) -> None:
        super().__init__(where, f"refused by the application's rules ({_said(problems)})")
        self.problems = list(problems)


def _said(problems: Sequence[object]) -> str:
    """The domain's problems as codes: "email invalid_email" (field and code), or the code
    alone for the rules that name no field."""
    out = []
    for p in problems:
        code = getattr(p, "code", p)
        field = getattr(p, "field", "")
        out.append(f"{field} {getattr(code, 'value', code)}".strip())
    return ", ".join(out)


@dataclass(frozen=True)
class Refusal:
    """A refusal the domain words as a bare code (a picture's, a survey's): tied to its
    field here, to be said like the others."""

    field: str
    code: StrEnum | str


def refuse_unless(where: Where, problems: Sequence[object]) -> None:
    """Raise `DemoEntryRefused` when a domain rule found problems in what `where` made."""
    if problems:
        raise DemoEntryRefused(where, problems)


class Ids:
    """Deterministic version-4 UUIDs drawn from a seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def stage_rng(seed: int, stage: str) -> random.Random:
    # A string seed is hashed with SHA-512 by `random`: stable across runs and platforms,
    # independent of PYTHONHASHSEED.
    return random.Random(f"citizenspace-demo:{seed}:{stage}")


class City:
    """The rows of every table, built in memory stage by stage, and what the stages tell
    one another (the ids of sites, districts, themes, councils...)."""

    def __init__(self, seed: int, scale: float, today: date, data: DemoData) -> None:
        self.seed = seed
        self.scale = scale
        self.today = today
        self.data = data
        #: The demo's year ends as today begins: nothing in it happens today.
        self.now = at(today, 0)
        self.rows: dict[type[Base], list[Row]] = {}
        #: Keys of the batches this demo machine made, to print them again (kept locally).
        self.reprint_keys: dict[str, str] = {}
        #: Pictures by content hash, for the blob store beside the database.
        self.pictures: dict[str, bytes] = {}
        # Filled by the stages, read by later ones.
        self.site_ids: dict[str, str] = {}
        self.device_ids: dict[str, str] = {}
        self.districts: list[Row] = []
        self.streets: dict[str, tuple[str, ...]] = {}
        self.people: list[Row] = []
        self.bodies: dict[str, Row] = {}
        self.members: dict[str, list[Row]] = {}
        self.theme_ids: dict[str, str] = {}
        self.theme_names: dict[str, str] = {}
        self.sub_themes: dict[str, list[str]] = {}
        self.theme_parent_of: dict[str, str] = {}
        self.directory: dict[str, Row] = {}
        self.directory_by_theme: dict[str, list[str]] = {}
        self.categories: dict[str, Row] = {}
        self.staff: dict[str, list[str]] = {}

    def n(self, at_scale_1: int, minimum: int = 0) -> int:
        return max(minimum, round(at_scale_1 * self.scale))

    def add(self, model: type[Base], rows: list[Row]) -> None:
        self.rows.setdefault(model, []).extend(rows)

    def dice(self, stage: str) -> tuple[random.Random, Ids]:
        """The stage's own generator, and the ids drawn from it."""
        rng = stage_rng(self.seed, stage)
        return rng, Ids(rng)


# --------------------------------------------------------------------------- calendar


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, cc = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = cc // 4, cc % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def public_holidays(year: int) -> set[date]:
    """French public holidays, when the town hall and its desks are closed."""
    sunday = easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    days = {date(year, m, d) for m, d in fixed}
    days |= {sunday + timedelta(days=n) for n in (1, 39, 50)}
    return days


def weekday_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def at(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(d, time(hour, minute))


def in_window(month: int, day: int, start: date, end: date) -> date | None:
    """The date with this month and day that falls in [start, end], if any."""
    for year in (start.year, start.year + 1, end.year):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if start <= d <= end:
            return d
    return None


# --------------------------------------------------------------------------- weighted dice


def weighted_index(rng: random.Random, cum: Sequence[float]) -> int:
    return rng.choices(range(len(cum)), cum_weights=cum)[0]


def cumulated(weights: Iterable[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out
