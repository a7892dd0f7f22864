"""What the application must know before, and while, the database is opened.

The window appears before SQLAlchemy is even imported (start-up speed is part of "never a
screen that freezes"); this module answers its one early question — which language? — with
the standard library's sqlite3, read-only, and never fails: any doubt means "not known".

It is also the screens' only door to the database file itself: `start` opens, checks and
repairs it, offers a backup when the file is refused, and reports what it found; the shells
(staff and kiosk) only ask the user its question and show its report. The storage modules
that need SQLAlchemy are imported inside the functions, once the window is on screen.

`start` may take seconds on a large database (checking a file of a million visits, a backup
and an upgrade of the schema): the staff application runs it off the GUI thread and follows
it through `progress`, which may also stop it where stopping leaves the file as it was
(see `Step`). The daily anonymisation can run apart (`anonymise=False`): the staff
application runs it once the user can work (`PrivacyService.run_daily`), since nothing the
user needs waits for it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

# Plain sqlite3 and enums: cheap to import before the window shows.
from citizenspace.store.safety.health import DatabaseError, Problem, Report, inspect

if TYPE_CHECKING:
    from citizenspace.store.database import Database
    from citizenspace.store.migrate import UpgradeReport

__all__ = [
    "RESTORABLE",
    "DatabaseError",
    "Problem",
    "RestoreOffer",
    "StartReport",
    "Step",
    "backup_made_at",
    "check_early",
    "saved_language",
    "start",
]

log = logging.getLogger(__name__)


def saved_language(db_path: Path) -> str | None:
    """The language saved in this machine's settings, or None if it cannot be read now."""
    path = Path(db_path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM local_settings WHERE key = 'language'").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row and row[0] else None


# Problems where putting the latest backup in place is the sensible offer. Not for a file
# from a newer version (the backup would lose that version's work: install it instead), nor
# for a file we cannot read or a folder (moving it aside would not help), nor for missing
# change-capture triggers (the store repairs them when it opens the file: a backup would only
# lose the recent work).
RESTORABLE = frozenset(
    {
        Problem.EMPTY,
        Problem.NOT_SQLITE,
        Problem.TRUNCATED,
        Problem.CORRUPT,
        Problem.NOT_CITIZENSPACE,
    }
)


class Step(StrEnum):
    """What start-up is doing, for the screen that follows it. Each is announced before it
    starts, and the announcement may stop start-up (`start`'s `progress` raises): stopping
    there, or during the backup, leaves the database file as it was. The one step that is
    never stopped is the upgrade itself (no announcement comes while the schema changes): a
    database left between two versions could be opened by neither."""

    CHECK = "check"  # SQLite's quick check of the whole file, read-only
    BACKUP = "backup"  # the copy made before an upgrade (with its fraction)
    UPGRADE = "upgrade"  # the schema brought to this version's: not to be stopped
    PREPARE = "prepare"  # this computer registered, a copied file made a new device


#: Told the step and, for the backup, the fraction done (None: not known).
StartProgress = Callable[[Step, float | None], None]


@dataclass(frozen=True)
class RestoreOffer:
    """The question start-up asks when the file is refused and a backup could replace it."""

    refused: DatabaseError
    backup: Path
    #: When the backup was made (from its name: a copied file's time is the copy's).
    made_at: datetime


@dataclass(frozen=True)
class StartReport:
    """What start-up found and did. `db` is None when the application cannot go on; then
    not one byte of the refused file was written (a restore moves it aside, whole)."""

    db: Database | None
    #: What was created or upgraded (None if the file was already current).
    upgrade: UpgradeReport | None = None
    #: Why the file was refused, if it was.
    refused: DatabaseError | None = None
    #: The backup put in its place, and where the refused file went.
    restored: Path | None = None
    moved_aside: Path | None = None
    #: A backup was offered and the user said no.
    declined: bool = False
    #: The backup put in place was refused too.
    backup_refused: DatabaseError | None = None
    #: The database holds no one yet (no person, no council): a demo may fill it.
    empty: bool = False


def start(
    db_path: Path,
    ask_restore: Callable[[RestoreOffer], bool] | None = None,
    *,
    check_empty: bool = False,
    progress: StartProgress | None = None,
    anonymise: bool = True,
) -> StartReport:
    """Open the database the application works on, and say what was found.

    Creates or upgrades the file if needed, repairs what the store repairs when it opens a
    file, makes a copied or cloned file a new device here, anonymises what is past its
    retention period (unless `anonymise` is False: the caller runs
    `PrivacyService.run_daily` itself), registers this machine. When the file is refused and a backup would help,
    `ask_restore` is asked (never, if it is None: an unattended run replaces nothing).

    `progress` follows the steps (`Step`); what it raises stops start-up and goes on to the
    caller, with the file as it was (the database closed)."""
    db_path = Path(db_path)
    opening = _Opening(progress, anonymise)
    try:
        db, upgrade = opening.open(db_path)
    except DatabaseError as refused:
        log.error("database refused at start-up: %s (%s)", refused.problem.value, db_path)
        backups = backups_of(db_path) if ask_restore and refused.problem in RESTORABLE else []
        if not backups or ask_restore is None:
            return StartReport(db=None, refused=refused)
        latest = backups[0]
        if not ask_restore(RestoreOffer(refused, latest, backup_made_at(latest, db_path))):
            log.info("restore declined; the file was left as it was")
            return StartReport(db=None, refused=refused, declined=True)
        aside = restore_backup(latest, db_path)
        log.warning("restored backup %s; the damaged file was moved to %s", latest, aside)
        try:
            db, upgrade = opening.open(db_path)
        except DatabaseError as again:
            log.error("the restored backup is refused too: %s", again)
            return StartReport(
                db=None, refused=refused, restored=latest, moved_aside=aside, backup_refused=again
            )
        return StartReport(
            db=db,
            upgrade=upgrade,
            refused=refused,
            restored=latest,
            moved_aside=aside,
            empty=check_empty and _is_empty(db),
        )
    return StartReport(db=db, upgrade=upgrade, empty=check_empty and _is_empty(db))


@dataclass(frozen=True)
class _Opening:
    progress: StartProgress | None
    anonymise: bool

    def say(self, step: str, fraction: float | None) -> None:
        if self.progress is not None:
            self.progress(Step(step), fraction)

    def open(self, db_path: Path) -> tuple[Database, UpgradeReport | None]:
        checking = _early.pop(Path(db_path).absolute(), None) or _Check(db_path)
        if checking.started:
            self.say(Step.CHECK, None)
        from citizenspace.services.privacy.privacy import run_daily_anonymisation
        from citizenspace.services.shell.settings import SettingsService
        from citizenspace.store.identity import check_machine
        from citizenspace.store.migrate import open_database

        checked = checking.result()
        db, report = open_database(db_path, progress=self.say, checked=checked)
        try:
            self.say(Step.PREPARE, None)
            # A file copied to another machine, or a kiosk cloned from one image, becomes a
            # new device here, before it can publish anything under the original's name.
            check_machine(db)
            # Personal data past its retention period is anonymised once a day (GDPR).
            if self.anonymise:
                run_daily_anonymisation(db)
            SettingsService(db).ensure_device()
        except BaseException:
            db.close()
            raise
        _log_opened(db_path, report)
        return db, report


#: Checks started by `check_early`, by file, for `start` to take.
_early: dict[Path, _Check] = {}


def check_early(db_path: Path) -> None:
    """Start SQLite's check of the database file now, on a thread of its own, before the
    window is even made (the command line calls this first): `start` takes its result
    instead of checking again. On a large file the check is the longest part of opening;
    it then runs while Qt and the application's modules load. Changes nothing."""
    path = Path(db_path).absolute()
    if path not in _early:
        _early[path] = _Check(path)


class _Check:
    """The store's check of the file (`health.inspect`: SQLite's quick check, read-only) on a
    thread of its own, started before the storage modules load: SQLite reads and checks the
    file while Python imports them, which hides most of the check of a large database (the
    check holds nothing Python needs). Only for a file there is something in."""

    def __init__(self, path: Path) -> None:
        self._report: Report | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        try:
            present = path.is_file() and path.stat().st_size > 0
        except OSError:
            present = False  # the store says why when it opens it
        if present:
            self._thread = threading.Thread(
                target=self._run, args=(path,), name="database check", daemon=True
            )
            self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread is not None

    def _run(self, path: Path) -> None:
        try:
            self._report = inspect(path)
        except BaseException as exc:  # noqa: BLE001 - raised again by result(), in start()
            self._error = exc

    def result(self) -> Report | None:
        """The check's report (None if the file was empty or missing); raises what it found."""
        if self._thread is None:
            return None
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._report


def _log_opened(db_path: Path, report: UpgradeReport | None) -> None:
    if report is not None and report.from_revision is not None:
        log.info(
            "database upgraded from %s to %s (backup: %s)",
            report.from_revision,
            report.to_revision,
            report.backup,
        )
    elif report is not None:
        log.info("new database created at %s (schema %s)", db_path, report.to_revision)


def _is_empty(db: Database) -> bool:
    from citizenspace.services.shell.status import StatusService

    try:
        overview = StatusService(db).overview()
    except BaseException:
        db.close()
        raise
    return overview.people == 0 and overview.bodies == 0


def backups_of(db_path: Path) -> list[Path]:
    """The backups of this database, newest first (empty if there are none)."""
    from citizenspace.store.safety.backup import list_backups

    return list_backups(Path(db_path))


def backup_made_at(backup: Path, db_path: Path) -> datetime:
    """When the backup was made, read from its name: the file's modification time changes
    when it is copied (to a USB stick, back from the IT department's archive). The
    modification time is only the fallback, for a name of another shape."""
    from citizenspace.store.safety.backup import made_at

    return made_at(backup, db_path) or datetime.fromtimestamp(backup.stat().st_mtime)


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put `backup` in place of the database; the replaced file is moved aside, never
    deleted. Returns where it went."""
    from citizenspace.store.safety.backup import restore

    return restore(Path(backup), Path(db_path))
