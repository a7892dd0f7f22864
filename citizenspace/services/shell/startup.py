"""What the application must know before, and while, the database is opened.

The window appears before SQLAlchemy is even imported (start-up speed is part of "never a
screen that freezes"); this module answers its one early question — which language? — with
the standard library's sqlite3, read-only, and never fails: any doubt means "not known".

It is also the screens' only door to the database file itself: opening (or refusing) it,
and finding or restoring a backup. The storage modules that need SQLAlchemy are imported
inside the functions, once the window is on screen.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

# Plain sqlite3 and enums: cheap to import before the window shows.
from citizenspace.store.safety.health import DatabaseError, Problem

if TYPE_CHECKING:
    from citizenspace.store.database import Database
    from citizenspace.store.migrate import UpgradeReport

__all__ = [
    "DatabaseError",
    "Problem",
    "backups_of",
    "open_for_app",
    "restore_backup",
    "saved_language",
]


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


def open_for_app(db_path: Path) -> tuple[Database, UpgradeReport | None]:
    """Open (creating or upgrading it if needed) the database the application works on.

    Raises `DatabaseError` when the file is refused; it was then left exactly as it was.
    The report says what was created or upgraded (None if it was already up to date).
    """
    from citizenspace.store.identity import check_machine
    from citizenspace.store.migrate import open_database

    db, report = open_database(Path(db_path))
    # A file copied to another machine, or a kiosk cloned from one image, becomes a new
    # device here, before it can publish anything under the original's name.
    check_machine(db)
    # Personal data past its retention period is anonymised once a day (issue 5, GDPR).
    from citizenspace.services.privacy.privacy import run_daily_anonymisation

    run_daily_anonymisation(db)
    return db, report


def backups_of(db_path: Path) -> list[Path]:
    """The backups of this database, newest first (empty if there are none)."""
    from citizenspace.store.safety.backup import list_backups

    return list_backups(Path(db_path))


def restore_backup(backup: Path, db_path: Path) -> Path:
    """Put `backup` in place of the database; the replaced file is moved aside, never
    deleted. Returns where it went."""
    from citizenspace.store.safety.backup import restore

    return restore(Path(backup), Path(db_path))
