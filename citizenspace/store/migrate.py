"""Bringing a database to the current schema: back up first, then run Alembic.

Alembic is imported only when an upgrade is needed, which keeps start-up fast.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from citizenspace.store import capture
from citizenspace.store.database import Database
from citizenspace.store.engine import WallClock, sqlite_of
from citizenspace.store.migrations import HEAD
from citizenspace.store.safety import health
from citizenspace.store.safety.backup import list_backups, make_backup

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


class MigrationBrokeForeignKeys(RuntimeError):
    """A migration left rows pointing at nothing: it was rolled back."""


def alembic_config(connection=None):  # noqa: ANN001, ANN201 - Alembic types stay local
    from alembic.config import Config

    from citizenspace.store import migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.attributes["connection"] = connection
    return cfg


@contextmanager
def schema_change(db: Database) -> Iterator[Connection]:
    """One write transaction for changing the schema, with foreign keys off.

    SQLite alters a table by copying it, dropping the old one and renaming the copy; with
    foreign keys on, dropping a parent table (people, with memberships pointing at it)
    fails. Foreign keys can only be switched off outside a transaction, so this is done on
    the raw connection first; before committing, `foreign_key_check` must find nothing.
    """
    with db.engine.connect() as conn:
        raw = sqlite_of(conn)
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.execution_options(cs_write=True).begin():
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationBrokeForeignKeys(f"{len(broken)} rows, e.g. {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def run_alembic_upgrade(db: Database, target: str = "head") -> None:
    from alembic import command

    with schema_change(db) as conn:
        command.upgrade(alembic_config(conn), target)


def repair_capture(db: Database) -> list[capture.CaptureProblem]:
    """Reinstall the capture triggers if any is missing or stale (after a backup).

    A trigger dropped by a stray tool would let changes escape sync silently; putting the
    triggers back is the cure, not restoring an old backup. Returns what was wrong."""
    with db.read() as s:
        problems = capture.verify(s.connection())
    if problems:
        backup = make_backup(db.path, "before-capture-repair")
        log.warning("capture triggers repaired (%s); backup at %s", problems[:3], backup)
        with db.write() as s:
            capture.install(s.connection())
    return problems


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    upgrade: bool = True,
    clock: WallClock | None = None,
    progress: Callable[[str, float | None], None] | None = None,
    checked: health.Report | None = None,
) -> tuple[Database, UpgradeReport | None]:
    """Open `path` for the application, creating or upgrading it as needed.

    `progress(step, fraction)` is told each step ("check", "backup", "upgrade"; fraction
    None when unknown) before it starts, and the backup's progress. It may raise to stop
    (a user cancelling): it is called only where stopping leaves the file as it was —
    never while the schema changes. `checked` is the caller's own `health.inspect` of the
    file, just made (start-up checks it while its modules load): not made twice.

    Raises `health.DatabaseError` for a file we must not touch (not SQLite, damaged, from a
    newer version, read-only, or older when `upgrade` is False); in that case nothing has
    been written to it. An empty file is a new database, unless backups of it exist: then
    it is what a failed copy or a full disk left, and is refused as empty so that the user
    is offered the backup instead of an empty register.
    """
    path = Path(path)
    say = progress or (lambda _step, _fraction: None)
    if path.exists() and path.stat().st_size == 0 and list_backups(path):
        raise health.DatabaseError(health.Problem.EMPTY, str(path))
    if path.exists() and path.stat().st_size > 0:
        if checked is None:
            say("check", None)
        info = checked or health.inspect(path)
        if not health.writable(path):
            raise health.DatabaseError(health.Problem.READ_ONLY, str(path))
        if info.needs_upgrade and not upgrade:
            raise health.DatabaseError(health.Problem.NEEDS_UPGRADE, str(path), info.revision or "")
        if info.needs_upgrade:
            say("backup", 0.0)
            backup = make_backup(
                path, f"before-{HEAD}", progress=(lambda f: say("backup", f)) if progress else None
            )
            say("upgrade", None)
            db = Database(path, clock)
            run_alembic_upgrade(db)
            return db, UpgradeReport(info.revision, HEAD, backup)
        db = Database(path, clock)
        repair_capture(db)
        return db, None
    if not create:
        raise health.DatabaseError(health.Problem.MISSING, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(path.parent, os.W_OK | os.X_OK) or (
        path.exists() and not health.writable(path)
    ):
        raise health.DatabaseError(health.Problem.READ_ONLY, str(path))
    db = Database(path, clock)
    run_alembic_upgrade(db)
    return db, UpgradeReport(None, HEAD, None)
