"""Bringing a database to the current schema: back up first, then run Alembic.

Alembic is imported only when an upgrade is needed, which keeps start-up fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from citizenspace.store import health
from citizenspace.store.backup import make_backup
from citizenspace.store.database import Database
from citizenspace.store.engine import WallClock
from citizenspace.store.migrations import HEAD


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(connection=None):  # noqa: ANN001, ANN201 - Alembic types stay local
    from alembic.config import Config

    from citizenspace.store import migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    cfg.attributes["connection"] = connection
    return cfg


def run_alembic_upgrade(db: Database, target: str = "head") -> None:
    from alembic import command

    with db.engine.execution_options(cs_write=True).begin() as conn:
        command.upgrade(alembic_config(conn), target)


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    upgrade: bool = True,
    clock: WallClock | None = None,
) -> tuple[Database, UpgradeReport | None]:
    """Open `path` for the application, creating or upgrading it as needed.

    Raises `health.DatabaseError` for a file we must not touch (not SQLite, damaged, from a
    newer version); in that case nothing has been written to it.
    """
    path = Path(path)
    report: UpgradeReport | None = None
    if path.exists() and path.stat().st_size > 0:
        info = health.inspect(path)
        if info.needs_upgrade:
            if not upgrade:
                raise health.DatabaseError(health.Problem.NEWER_VERSION, "upgrade refused")
            backup = make_backup(path, f"before-{HEAD}")
            db = Database(path, clock)
            run_alembic_upgrade(db)
            report = UpgradeReport(info.revision, HEAD, backup)
            return db, report
        return Database(path, clock), None
    if not create:
        raise health.DatabaseError(health.Problem.MISSING, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path, clock)
    run_alembic_upgrade(db)
    return db, UpgradeReport(None, HEAD, None)
