"""Is this file a Citizen Space database we can open? Answered without writing a byte.

Used by `citizenspace db check` and at start-up. The answer is a `Problem` code plus a detail;
the words shown to the user are chosen by the caller, in the user's language.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from citizenspace.store.migrations import REVISIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
#: "CSPC": written in the database header so that `db check` recognises our files.
APPLICATION_ID = 0x43535043


class Problem(StrEnum):
    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    NOT_CITIZENSPACE = "not_citizenspace"
    NEWER_VERSION = "newer_version"
    CAPTURE_BROKEN = "capture_broken"
    #: Sound, but where this machine cannot write (a read-only folder, a locked USB stick).
    READ_ONLY = "read_only"
    #: Sound, from an older version: only `db upgrade` or the application upgrade it.
    NEEDS_UPGRADE = "needs_upgrade"


class DatabaseError(Exception):
    """A database we must not open.

    `problem` tells which kind; `detail` is what the user's sentence names (the file, or
    the schema revision of a newer version); `technical` is SQLite's own words, for the
    log only, never shown (they are English and mean nothing to a receptionist)."""

    def __init__(self, problem: Problem, detail: str = "", technical: str = "") -> None:
        text = f"{problem.value}: {detail}" if detail else problem.value
        super().__init__(f"{text} ({technical})" if technical else text)
        self.problem = problem
        self.detail = detail
        self.technical = technical


@dataclass(frozen=True)
class Report:
    path: Path
    revision: str | None
    needs_upgrade: bool
    size_bytes: int


def _read_header(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(100)


def check_header(path: Path) -> None:
    """Cheap checks on the first 100 bytes and the file size, before SQLite sees the file."""
    if not path.exists():
        raise DatabaseError(Problem.MISSING, str(path))
    if not path.is_file():
        raise DatabaseError(Problem.NOT_A_FILE, str(path))
    try:
        header = _read_header(path)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseError(Problem.UNREADABLE, str(path), exc.strerror or str(exc)) from exc
    if size == 0:
        raise DatabaseError(Problem.EMPTY, str(path))
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseError(Problem.NOT_SQLITE, str(path))
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseError(Problem.CORRUPT, str(path), f"page size {page_size}")
    change_counter, page_count = struct.unpack(">II", header[24:32])
    version_valid_for = struct.unpack(">I", header[92:96])[0]
    if size % page_size:
        raise DatabaseError(
            Problem.TRUNCATED, str(path), f"{size} bytes is not a whole number of pages"
        )
    if version_valid_for == change_counter and page_count and size < page_count * page_size:
        raise DatabaseError(
            Problem.TRUNCATED,
            str(path),
            f"{size} bytes, the header announces {page_count * page_size}",
        )


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open for reading without creating or touching any file.

    A database in WAL mode opened read-only makes SQLite create its `-wal` and `-shm`
    companions, which fails in a read-only folder and leaves files behind elsewhere. When
    no `-wal` file exists there is nothing beyond the main file to read, so the file is
    opened as immutable; when one exists (the application is running, or was cut off), it
    is read through it."""
    uri = path.resolve().as_uri()
    if Path(f"{path}-wal").exists():
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def writable(path: Path) -> bool:
    """Can the application write this database (and its companions beside it)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def inspect(path: Path | str, *, full: bool = False) -> Report:
    """Raise `DatabaseError` unless `path` is a sound Citizen Space database that this
    version can open. `full` runs SQLite's complete integrity check instead of the quick one.
    Opens the file read-only: it never modifies it."""
    path = Path(path)
    check_header(path)
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise DatabaseError(Problem.UNREADABLE, str(path), str(exc)) from exc
    try:
        try:
            rows = conn.execute(
                "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "unable to open" in str(exc):
                raise DatabaseError(Problem.UNREADABLE, str(path), str(exc)) from exc
            raise DatabaseError(Problem.CORRUPT, str(path), str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(Problem.CORRUPT, str(path), str(exc)) from exc
        rows = _without_false_nulls(conn, rows)
        if rows != [("ok",)]:
            raise DatabaseError(Problem.CORRUPT, str(path), "; ".join(str(r[0]) for r in rows[:3]))
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID or "alembic_version" not in tables:
            raise DatabaseError(Problem.NOT_CITIZENSPACE, str(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision is not None and revision not in REVISIONS:
            raise DatabaseError(Problem.NEWER_VERSION, revision)
        return Report(
            path=path,
            revision=revision,
            needs_upgrade=revision != REVISIONS[-1],
            size_bytes=path.stat().st_size,
        )
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(Problem.CORRUPT, str(path), str(exc)) from exc
    finally:
        conn.close()


_NULL_REPORT = re.compile(r"NULL value in (\w+)\.(\w+)")


def _without_false_nulls(conn: sqlite3.Connection, rows: list[tuple]) -> list[tuple]:
    """The check's findings, less its false reports of NULL values.

    SQLite 3.40 (the one bundled with some Python 3.11 builds) reports "NULL value in t.c"
    for every row of a WITHOUT ROWID table whose primary key is not its first column, which
    our ballots and used codes are. Each such report is checked with a plain query: a NULL
    that is really there is still reported."""
    kept = []
    for row in rows:
        m = _NULL_REPORT.fullmatch(str(row[0]))
        if m is not None:
            try:
                found = conn.execute(
                    f'SELECT 1 FROM "{m[1]}" WHERE "{m[2]}" IS NULL LIMIT 1'
                ).fetchone()
            except sqlite3.DatabaseError:
                found = True
            if not found:
                continue
        kept.append(row)
    return kept or [("ok",)]
