"""Backups of the database file, made with SQLite's online backup API.

Why the backup API and not a file copy: it gives a consistent image even while another
process writes (the kiosk during a vote), and it includes what still sits in the WAL file.
Backups are named `<database>-<YYYYmmdd-HHMMSS-micro>-<reason>.db`; only names of exactly
that shape count as a database's backups, so `city.db` never takes `city-2.db`'s.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from citizenspace.store.safety.health import connect_readonly

KEEP = 10
#: Pages copied per step of the backup API when someone follows the copy (`make_backup`'s
#: `progress`): 16 MB of 4 KB pages, a fraction of a second.
STEP_PAGES = 4096
_STAMP = r"\d{8}-\d{6}-\d{6}"


def backup_folder(db_path: Path) -> Path:
    """Backups live beside the database, in a folder the user can find and copy."""
    return db_path.parent / "backups"


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-{_STAMP}-[a-z0-9_-]+\.db$")


def make_backup(
    db_path: Path,
    reason: str,
    folder: Path | None = None,
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Copy `db_path` into `folder` (default: `backups/` beside it). Only the default folder
    is pruned to the `KEEP` most recent: a folder IT chose keeps everything.

    `progress` is told the fraction copied after each step; if it raises (the user
    cancelled), the copy stops, the part written is deleted and the exception goes on: a
    backup is whole or absent."""
    if not re.fullmatch(r"[a-z0-9_-]+", reason):
        raise ValueError(f"backup reason {reason!r}: lower-case letters, digits, - and _")
    target_folder = folder or backup_folder(db_path)
    target_folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_folder / f"{db_path.stem}-{stamp}-{reason}.db"
    tmp = target.with_name(target.name + ".part")
    try:
        _copy(connect_readonly(db_path), tmp, progress)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # A kiosk's ballot box holds the votes that have not left it yet: they are backed up too.
    box = _box_of(db_path)
    if box.exists():
        box_tmp = _box_of(target).with_name(_box_of(target).name + ".part")
        _copy(sqlite3.connect(box, timeout=30), box_tmp)  # waits for a vote being written
        box_tmp.rename(_box_of(target))
    tmp.rename(target)
    if folder is None:
        for old in list_backups(db_path)[KEEP:]:
            old.unlink(missing_ok=True)
            _box_of(old).unlink(missing_ok=True)
    return target


def _box_of(db_path: Path) -> Path:
    """The ballot box beside a database (store.ballot_box.path_for, without importing it)."""
    return db_path.with_name(db_path.name + ".ballots")


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """This database's backups, newest first."""
    folder = folder or backup_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = [p for p in folder.iterdir() if pattern.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def made_at(path: Path, db_path: Path) -> datetime | None:
    """When a backup of `db_path` (or a damaged file set aside) was made, from the stamp at
    its fixed place in the name (a database named like a date does not fool it)."""
    for prefix in (f"{db_path.stem}-", f"{db_path.name}.damaged-"):
        if path.name.startswith(prefix):
            stamp = path.name[len(prefix) : len(prefix) + 15]
            try:
                return datetime.strptime(stamp, "%Y%m%d-%H%M%S")
            except ValueError:
                return None
    return None


def _set_aside(db_path: Path) -> list[Path]:
    """Damaged databases `restore` moved aside (with their -wal and -shm)."""
    prefix = f"{db_path.name}.damaged-"
    if not db_path.parent.is_dir():
        return []
    return [p for p in db_path.parent.iterdir() if p.name.startswith(prefix) and p.is_file()]


def held_copies(db_path: Path) -> list[tuple[Path, datetime]]:
    """Every copy of the database this machine keeps on its own: the backups in the default
    folder, with their ballot boxes, and the damaged files set aside by a restore. Not a
    folder IT chose (`make_backup(folder=...)`): what is there is IT's to keep or delete."""
    out = []
    for path in [*list_backups(db_path), *_set_aside(db_path)]:
        when = made_at(path, db_path)
        if when is not None:
            out.append((path, when))
    return out


def remove_older_than(db_path: Path, cutoff: datetime) -> list[Path]:
    """Delete every copy `held_copies` names that was made before `cutoff` (a backup's
    ballot box with it, half-written copies a crash left too); returns what was deleted.
    A copy that cannot be deleted (locked, read-only) is left for the next day's run."""
    removed = []
    doomed = [path for path, when in held_copies(db_path) if when < cutoff]
    folder = backup_folder(db_path)
    if folder.is_dir():
        doomed += [
            p
            for p in folder.iterdir()
            if p.name.endswith(".part") and (made_at(p, db_path) or cutoff) < cutoff and p.is_file()
        ]
    for path in doomed:
        for victim in (path, _box_of(path)):
            try:
                victim.unlink()
            except FileNotFoundError:
                continue
            except OSError:
                continue
            removed.append(victim)
    return removed


def last_copy_gone_on(db_path: Path, max_age_days: int, now: datetime) -> date | None:
    """The day of the daily run that deletes the newest copy made until `now` (None: none is
    held): what an erasure done now tells the user about the backups still holding the
    person. The run of day D deletes what was made before midnight of D minus the age."""
    made = [when for _path, when in held_copies(db_path) if when <= now]
    return max(made).date() + timedelta(days=max_age_days + 1) if made else None


def _aside_name(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        suffix = f"-{n}" if n else ""
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}{suffix}")
        if not any(Path(str(aside) + s).exists() for s in ("", "-wal", "-shm")):
            return aside
    raise FileExistsError(str(db_path))


def restore(backup: Path, db_path: Path) -> Path:
    """Put `backup` in place of `db_path`. The damaged file is moved aside, never
    overwritten or deleted: returns where it went.

    The restored database starts a new epoch: this machine may already have published,
    under its old epoch, changes that the backup does not hold, and the same (device,
    epoch, sequence) must never name two different changes (DESIGN.md, "Identity")."""
    staged = db_path.with_name(f".{db_path.name}.restoring-{uuid.uuid4().hex}")
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(staged)
        try:
            src.backup(dst)
            with dst:
                dst.execute("UPDATE local_state SET epoch = ? WHERE id = 1", (str(uuid.uuid4()),))
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    aside = _aside_name(db_path)
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db_path) + suffix)
        if p.exists():
            p.rename(Path(str(aside) + suffix))
    os.replace(staged, db_path)  # db_path no longer exists: nothing is overwritten
    # The live ballot box stays where it is (its votes are newer than any backup); only a
    # machine that lost it gets the backup's.
    if not _box_of(db_path).exists() and _box_of(backup).exists():
        _copy(
            sqlite3.connect(f"{_box_of(backup).resolve().as_uri()}?mode=ro", uri=True),
            _box_of(db_path),
        )
    return aside


def copy_consistent(db_path: Path, target: Path) -> None:
    """A consistent single-file copy of a database in use (for a snapshot)."""
    _copy(sqlite3.connect(db_path), target)


def _copy(
    src: sqlite3.Connection, target: Path, progress: Callable[[float], None] | None = None
) -> None:
    """Copy through SQLite's backup API into a file with no journal beside it; closes `src`.
    With `progress`, in steps, each followed by a call (whose exception stops the copy)."""
    try:
        dst = sqlite3.connect(target)
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(
                    dst,
                    pages=STEP_PAGES,
                    progress=lambda _status, left, total: progress(1 - left / max(1, total)),
                )
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
