"""What the status bar and the overview page show: where we are, and how the city is doing."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, or_, select

from citizenspace.domain.catalog import EditionPhase
from citizenspace.services.shell.settings import ShareWarning, share_warning
from citizenspace.services.sync.sync import (
    SyncProblem,
    conflict_count,
    pending_count,
    read_last_round,
)
from citizenspace.store.database import Database
from citizenspace.store.models import (
    Body,
    BudgetEdition,
    Device,
    Event,
    LocalSetting,
    LocalState,
    Membership,
    Person,
    Project,
    Setting,
    Site,
    Visit,
)


class SyncState(StrEnum):
    NOT_CONFIGURED = "not_configured"
    UNREACHABLE = "unreachable"
    READY = "ready"


@dataclass(frozen=True, slots=True)
class StatusSnapshot:
    city_name: str
    site_name: str
    device_name: str
    device_id: str
    epoch: str
    pending_changes: int
    sync_state: SyncState
    share_folder: str
    #: The last round that reached the share, kept across restarts (None: never).
    last_success: datetime | None = None
    #: What went wrong in the last round, if it did (cleared by a clean round).
    last_problem: SyncProblem | None = None
    last_problem_detail: str = ""
    #: Damaged files on the share that the last round ignored.
    rejected_files: int = 0
    #: Entries of the share that the last round left aside (unreadable, stray, misnamed).
    skipped_entries: int = 0
    #: Computers whose changes wait for this one to be upgraded.
    held_back: int = 0
    conflicts_open: int = 0


@dataclass(frozen=True, slots=True)
class Overview:
    people: int
    bodies: int
    active_members: int
    events_next_30_days: int
    events_this_year: int
    visits_this_year: int
    visits_today: int
    edition_title: str
    edition_phase: EditionPhase | None
    edition_projects: int
    edition_budget_cents: int


class StatusService:
    def __init__(self, db: Database, now: Callable[[], datetime] = datetime.now) -> None:
        self._db = db
        self._now = now

    def snapshot(self) -> StatusSnapshot:
        with self._db.read() as s:
            state = s.get(LocalState, 1)
            assert state is not None
            device = s.get(Device, state.device_id)
            site_row = s.get(LocalSetting, "site_id")
            site = s.get(Site, site_row.value) if site_row and site_row.value else None
            share_row = s.get(LocalSetting, "share_folder")
            share = share_row.value if share_row else ""
            city = s.scalar(select(Setting.value).where(Setting.key == "city_name")) or ""
            pending = pending_count(s)
            last = read_last_round(s)
            conflicts = conflict_count(s)
        if not share:
            sync = SyncState.NOT_CONFIGURED
        elif share_warning(share) is ShareWarning.UNREACHABLE:
            sync = SyncState.UNREACHABLE
        else:
            sync = SyncState.READY
        return StatusSnapshot(
            city_name=city,
            site_name=site.name if site else "",
            # Until this machine is registered (first start), it goes by its network name.
            device_name=device.name if device else socket.gethostname(),
            device_id=state.device_id,
            epoch=state.epoch,
            pending_changes=pending,
            sync_state=sync,
            share_folder=share,
            last_success=last.last_success,
            last_problem=last.problem,
            last_problem_detail=last.problem_detail,
            rejected_files=len(last.rejected),
            skipped_entries=len(last.skipped),
            held_back=len(last.held_back),
            conflicts_open=conflicts,
        )

    def overview(self) -> Overview:
        now = self._now()
        today = now.date()
        year_start = datetime(now.year, 1, 1)
        next_year = datetime(now.year + 1, 1, 1)
        day_start = datetime.combine(today, datetime.min.time())
        with self._db.read() as s:

            def count(q) -> int:  # noqa: ANN001
                return s.scalar(q) or 0

            edition = s.scalars(
                select(BudgetEdition).order_by(BudgetEdition.year.desc()).limit(1)
            ).first()
            return Overview(
                people=count(select(func.count()).select_from(Person)),
                bodies=count(select(func.count()).select_from(Body)),
                active_members=count(
                    select(func.count(func.distinct(Membership.person_id))).where(
                        Membership.starts_on <= today,
                        or_(Membership.ends_on.is_(None), Membership.ends_on >= today),
                    )
                ),
                events_next_30_days=count(
                    select(func.count()).where(
                        Event.starts_at >= day_start,
                        Event.starts_at < day_start + timedelta(days=30),
                    )
                ),
                events_this_year=count(
                    select(func.count()).where(
                        Event.starts_at >= year_start, Event.starts_at < next_year
                    )
                ),
                visits_this_year=count(
                    select(func.count()).where(
                        Visit.arrived_at >= year_start, Visit.arrived_at < next_year
                    )
                ),
                visits_today=count(
                    select(func.count()).where(
                        Visit.arrived_at >= day_start,
                        Visit.arrived_at < day_start + timedelta(days=1),
                    )
                ),
                edition_title=edition.title if edition else "",
                edition_phase=edition.phase if edition else None,
                edition_projects=count(select(func.count()).where(Project.edition_id == edition.id))
                if edition
                else 0,
                edition_budget_cents=edition.budget_cents if edition else 0,
            )
