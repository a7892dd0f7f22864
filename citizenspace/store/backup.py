"""Backups of the database file, made with SQLite's online backup API.

Why the backup API and not a file copy: it gives a consistent image even while another
process writes (the kiosk during a vote), and it includes what still sits in the WAL file.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup_folder(db_path: Path) -> Path:
    """Backups live beside the database, in a folder the user can find and copy."""
    return db_path.parent / "backups"


def make_backup(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    tmp = target.with_suffix(".db.part")
    src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.rename(target)
    _prune(folder, db_path.stem)
    return target


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """This database's backups, newest first."""
    folder = folder or backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{db_path.stem}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _prune(folder: Path, stem: str) -> None:
    for old in list_backups(folder / f"{stem}.db", folder)[KEEP:]:
        old.unlink(missing_ok=True)


def restore(backup: Path, db_path: Path) -> Path:
    """Put `backup` in place of `db_path`. The damaged file is moved aside, never
    overwritten or deleted: returns where it went.

    The restored database starts a new epoch: this machine may already have published,
    under its old epoch, changes that the backup does not hold, and the same (device,
    epoch, sequence) must never name two different changes (DESIGN.md, "Identity")."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db_path) + suffix)
        if p.exists():
            p.rename(Path(str(aside) + suffix))
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
            with dst:
                dst.execute("UPDATE local_state SET epoch = ? WHERE id = 1", (str(uuid.uuid4()),))
        finally:
            dst.close()
    finally:
        src.close()
    return aside
