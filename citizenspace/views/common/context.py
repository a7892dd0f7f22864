"""What a staff window is given to work with: its services, made once at start-up.

Passed down through constructors (as Gaphor injects its services), never reached through a
global application object: a test builds the same bundle on a temporary database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citizenspace.services.budget.budget import BudgetCounting, BudgetService
from citizenspace.services.budget.budget_admin import BudgetAdminService
from citizenspace.services.budget.budget_print import BudgetPrinting
from citizenspace.services.people.people import PeopleService
from citizenspace.services.people.people_import import PeopleImportService
from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.services.reception.directory import DirectoryService
from citizenspace.services.reception.directory_io import DirectoryFiles
from citizenspace.services.reception.quality import QualityService
from citizenspace.services.reception.reception import ReceptionService
from citizenspace.services.reception.tickets import TicketService
from citizenspace.services.shell.settings import SettingsService
from citizenspace.services.shell.status import StatusService
from citizenspace.services.sync.sync import SyncService

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
    quality: QualityService
    privacy: PrivacyService
    settings: SettingsService
    status: StatusService
    reception: ReceptionService
    sync: SyncService
    tickets: TicketService
    directory: DirectoryService
    directory_io: DirectoryFiles
    #: The database file, to show where the data lives and where backups go.
    db_path: Path

    @classmethod
    def for_database(cls, db: Database) -> Services:
        """The services of the staff application, all on the same database."""
        directory = DirectoryService(db)
        return cls(
            people=PeopleService(db),
            budget=BudgetService(db),
            budget_admin=BudgetAdminService(db),
            budget_printing=BudgetPrinting(db),
            budget_counting=BudgetCounting(db),
            people_import=PeopleImportService(db),
            quality=QualityService(db),
            privacy=PrivacyService(db),
            settings=SettingsService(db),
            status=StatusService(db),
            reception=ReceptionService(db),
            sync=SyncService(db),
            tickets=TicketService(db),
            directory=directory,
            directory_io=DirectoryFiles(db, directory),
            db_path=db.path,
        )
