"""What a staff window is given to work with: its services, made once at start-up.

Passed down through constructors (as Gaphor injects its services), never reached through a
global application object: a test builds the same bundle on a temporary database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citizenspace.services.budget import BudgetCounting, BudgetService
from citizenspace.services.budget_admin import BudgetAdminService
from citizenspace.services.budget_print import BudgetPrinting
from citizenspace.services.people import PeopleService
from citizenspace.services.people_import import PeopleImportService
from citizenspace.services.privacy import PrivacyService
from citizenspace.services.settings import SettingsService
from citizenspace.services.status import StatusService
from citizenspace.services.sync import SyncService

if TYPE_CHECKING:  # the screens never touch storage; the type names what they are given
    from citizenspace.store.database import Database


@dataclass(frozen=True, slots=True)
class Services:
    people: PeopleService
    budget: BudgetService
    budget_admin: BudgetAdminService
    budget_printing: BudgetPrinting
    budget_counting: BudgetCounting
    people_import: PeopleImportService
    privacy: PrivacyService
    settings: SettingsService
    status: StatusService
    sync: SyncService
    #: The database file, to show where the data lives and where backups go.
    db_path: Path

    @classmethod
    def for_database(cls, db: Database) -> Services:
        """The services of the staff application, all on the same database."""
        return cls(
            people=PeopleService(db),
            budget=BudgetService(db),
            budget_admin=BudgetAdminService(db),
            budget_printing=BudgetPrinting(db),
            budget_counting=BudgetCounting(db),
            people_import=PeopleImportService(db),
            privacy=PrivacyService(db),
            settings=SettingsService(db),
            status=StatusService(db),
            sync=SyncService(db),
            db_path=db.path,
        )
