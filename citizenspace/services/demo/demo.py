"""The demo city: a year in the life of a participation office, written into a new database.

Why: a newcomer (a coordinator being trained, a developer, someone judging the tool) should
open the application and see a living city — councils with their members and reserve lists,
a year of meetings with sign-in sheets, twenty thousand visits at the desks, "Allô mairie"
tickets, a children's budget open for votes — not empty screens.

Rules this package keeps:

- Made of data files: names, streets, services, projects are in `resources/demo/*.toml`
  (read by `data.load`), for a city employee to make the demo look like their city.
- Through the domain's rules: every person, directory service, ticket category, visit,
  ticket, survey, budget edition and project is checked by the same rule its form or service
  applies, and stored as that rule normalises it. A data entry the application would refuse
  stops the demo (`DemoEntryRefused`, naming the entry) with nothing written.
- Deterministic: the same (seed, scale, today, data) gives the same rows, ids included
  (see `city`).
- Never mixed with real data: a database that already holds people (or any other city data
  than the device registry) is refused and left untouched (`DemoRefused`).
- Fast: rows are built as plain dicts and written with bulk `insert()` statements in one
  transaction. The capture triggers still fire for every row, on purpose: the demo city is
  ordinary data that syncs like any other — but only through a demo share, never a real
  city's. The database knows it holds a demo (`DEMO_FLAG`) and which one (`DEMO_CITY`, from
  `city_key`): two demo databases made alike hold the same rows, ids included, and may try
  the sync together through a demo share made for that city (`services.sync`); demos made
  another day would mix two cities, and are refused there.

The contents are French and modelled on a city like Saint-Quentin (Aisne, 55,000
inhabitants), but names of streets, districts and services are generic enough for any city.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib.resources.abc import Traversable
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from citizenspace.services.budget.budget import REPRINT_PREFIX
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.demo import budget, councils, events, people, places, tickets, visits
from citizenspace.services.demo.city import City, DemoEntryRefused
from citizenspace.services.demo.data import DemoDataError, default_folder, load
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import (
    AgendaItem,
    Attendance,
    Ballot,
    Base,
    Body,
    BudgetEdition,
    Candidacy,
    CodeBatch,
    Device,
    DirectoryEntry,
    District,
    Draw,
    EditionSite,
    Event,
    FollowUp,
    LocalSetting,
    Membership,
    MysterySurvey,
    Person,
    Project,
    Setting,
    Site,
    StaffAccount,
    Theme,
    TicketCategory,
    TicketEvent,
    UsedCode,
    Visit,
    synced_tables,
)

__all__ = [
    "DEMO_CITY",
    "DEMO_FLAG",
    "DemoDataError",
    "DemoEntryRefused",
    "DemoRefused",
    "DemoSummary",
    "generate",
]

#: Local setting present (value "1") on a database holding the demo city.
DEMO_FLAG = "is_demo"
#: Local setting: which demo city (`city_key`).
DEMO_CITY = "demo_city"
#: Rows per INSERT statement: big enough to be fast, small enough to report progress.
CHUNK = 2000


def __getattr__(name: str) -> str:
    # CITY_NAME, the name the demo's settings give the city, is read from places.toml.
    if name == "CITY_NAME":
        return load().city.name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class DemoCity:
    """What makes a demo city the one it is: the same gives the same rows, ids included."""

    seed: int
    scale: float
    today: date
    #: The first characters of the SHA-256 of its data files.
    data: str

    def key(self) -> str:
        return json.dumps(
            {
                "seed": self.seed,
                "scale": self.scale,
                "today": self.today.isoformat(),
                "data": self.data,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_key(cls, key: str) -> DemoCity | None:
        """The demo city a key names, or None if it is not a key."""
        try:
            raw = json.loads(key)
            return cls(
                int(raw["seed"]),
                float(raw["scale"]),
                date.fromisoformat(raw["today"]),
                str(raw["data"]),
            )
        except (ValueError, TypeError, KeyError):
            return None


def city_key(
    seed: int, scale: float, today: date, data_folder: Path | Traversable | None = None
) -> str:
    """The key of the demo city these would make (see `DemoCity`)."""
    root = default_folder() if data_folder is None else data_folder
    digest = hashlib.sha256()
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml") and entry.is_file():
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return DemoCity(seed, float(scale), today, digest.hexdigest()[:16]).key()


class DemoRefused(ServiceError):
    """The database already holds city data: the demo is only written into a new one."""

    def __init__(self, table: str, rows: int) -> None:
        super().__init__(f"the database already holds {rows} row(s) in {table}")
        self.table = table
        self.rows = rows


@dataclass(frozen=True)
class DemoSummary:
    """What was written: rows per synced table (table name -> count)."""

    seed: int
    scale: float
    today: date
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


#: Insert order: parents before children, so that foreign keys hold at every statement.
_ORDER: tuple[type[Base], ...] = (
    Setting,
    Site,
    Device,
    District,
    Theme,
    DirectoryEntry,
    TicketCategory,
    StaffAccount,
    Person,
    Body,
    Candidacy,
    Membership,
    Draw,
    Event,
    AgendaItem,
    Attendance,
    Visit,
    FollowUp,
    TicketEvent,
    MysterySurvey,
    BudgetEdition,
    EditionSite,
    Project,
    CodeBatch,
    UsedCode,
    Ballot,
)


def _refuse_if_not_empty(session: Session) -> None:
    """The demo is only written into a new database: a real city's data must never be mixed
    with invented people. The device registry is allowed (the application registers this
    machine when it opens a database)."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    for name in ("people", *sorted(set(synced_tables()) - {"people", "devices"})):
        rows = session.scalar(select(func.count()).select_from(tables[name])) or 0
        if rows:
            raise DemoRefused(name, rows)


def generate(
    db: Database,
    *,
    scale: float = 1.0,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[float], None] | None = None,
    data_folder: Path | None = None,
) -> DemoSummary:
    """Write a demo city into `db`, which must hold no city data yet.

    `scale` 1 is a year of a 55,000-inhabitant city (about 1,500 people and 20,000 visits);
    the councils, events, themes, directory and budget keep their real size at any scale.
    The city is made of the data files in `data_folder` (by default, the application's).
    Raises `DemoRefused` if the database already holds city data, `DemoDataError` if a data
    file is broken and `DemoEntryRefused` if an entry breaks the application's rules:
    nothing is written then.
    """
    if scale <= 0:
        raise ValueError("scale must be positive")
    today = today or date.today()
    report = progress or (lambda _fraction: None)
    report(0.0)
    with db.read() as session:
        _refuse_if_not_empty(session)  # early, before a second of work; again when writing
    city = City(seed, scale, today, load(data_folder))
    places.places(city)
    places.themes_and_directory(city)
    tickets.ticket_categories(city)
    people.staff_accounts(city)
    councils.councils(city)
    report(0.05)
    events.events(city)
    report(0.1)
    visits.visits(city)
    visits.mystery_surveys(city)
    budget.budget(city)
    report(0.25)
    key = city_key(seed, scale, today, data_folder)
    _write(db, city, key, lambda fraction: report(0.25 + 0.7 * fraction))
    store = BlobStore.for_database(db.path)
    for picture in city.pictures.values():
        store.put_picture(picture)
    report(1.0)
    counts = {m.__tablename__: len(city.rows.get(m, ())) for m in _ORDER}
    return DemoSummary(seed=seed, scale=scale, today=today, counts=counts)


def _write(db: Database, city: City, key: str, report: Callable[[float], None]) -> None:
    """Every row in one transaction: a city is written whole or not at all."""
    total = sum(len(city.rows.get(m, ())) for m in _ORDER)
    done = 0
    with db.write() as session:
        _refuse_if_not_empty(session)
        for model in _ORDER:
            rows = city.rows.get(model, [])
            # render_nulls: every row then has the same columns, so the whole chunk goes to
            # the driver as one executemany instead of being split wherever a None moves.
            statement = insert(model).execution_options(render_nulls=True)
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                session.execute(statement, chunk)
                done += len(chunk)
                report(done / max(1, total))
        # This machine stands at the Citizen Space's desk, so the status bar says where.
        session.merge(LocalSetting(key="site_id", value=city.site_ids["citizen_space"]))
        # Marked, so that a demo city is never exchanged with a real city's share, and only
        # with a demo share made for the same demo city.
        session.merge(LocalSetting(key=DEMO_FLAG, value="1"))
        session.merge(LocalSetting(key=DEMO_CITY, value=key))
        for batch_id, key in city.reprint_keys.items():
            session.merge(LocalSetting(key=REPRINT_PREFIX + batch_id, value=key))
