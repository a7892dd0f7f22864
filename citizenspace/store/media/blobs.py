"""Pictures (and later PDFs) kept on this machine by content hash, next to the database.

Why a folder and not a table: a picture is written once and read often (every kiosk card),
it travels through the share as a file by the same hash (`blobs/` there, see DESIGN.md), and
the database's columns hold only values that travel as JSON. A row names its picture by its
SHA-256 (`projects.picture_hash`).

Layout: ``<db stem>.blobs/<first two hex digits>/<sha256>`` beside the database file, so a
database copied with its folder keeps its pictures, and a test's temporary database has its
own. Writes go to a temporary name, are flushed to the disk, then renamed: a power cut leaves
either the whole file or none. Reads verify the hash; a damaged file is treated as missing
and removed, so that sync fetches a good copy again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection, text

from citizenspace.store.files import sync_folder
from citizenspace.store.media.pictures import CleanPicture, PictureRefused, clean_picture
from citizenspace.store.models import blob_columns

__all__ = ["BlobStore", "PictureRefused", "is_blob_hash", "named_blobs", "sha256_hex"]

log = logging.getLogger(__name__)

_HEX64 = re.compile(r"[0-9a-f]{64}")
TMP_PREFIX = ".tmp-"
#: A temporary file younger than this may be a picture being written right now.
TMP_GRACE_SECONDS = 3600


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_blob_hash(value: str) -> bool:
    """Is this a content hash as blobs are named (64 lower-case hex digits)?"""
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


class BlobStore:
    """The blobs of one database. Safe to use from several threads and processes: every file
    is written under a fresh temporary name, and the same content always lands on the same
    final name."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @classmethod
    def for_database(cls, db_path: Path | str) -> BlobStore:
        """The store beside `db_path`: ``citizenspace.db`` keeps its blobs in
        ``citizenspace.blobs/``."""
        path = Path(db_path)
        return cls(path.with_name(f"{path.stem}.blobs"))

    def path(self, checksum: str) -> Path:
        if not is_blob_hash(checksum):
            raise ValueError(f"not a SHA-256: {checksum!r}")
        return self.root / checksum[:2] / checksum

    def has(self, checksum: str) -> bool:
        """Is a file of that hash here? (Cheap: its bytes are checked when read.)"""
        return is_blob_hash(checksum) and self.path(checksum).is_file()

    def get(self, checksum: str) -> bytes | None:
        """The bytes of a blob, verified; None when absent or damaged (a damaged file is
        removed, so that sync fetches a good copy)."""
        if not is_blob_hash(checksum):
            return None
        path = self.path(checksum)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        if sha256_hex(data) != checksum:
            log.warning("blob %s is damaged (%d bytes): removed", checksum, len(data))
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        return data

    def put(self, data: bytes) -> str:
        """Keep `data`; returns its SHA-256. Storing the same bytes again writes nothing."""
        checksum = sha256_hex(data)
        final = self.path(checksum)
        if self.get(checksum) is not None:
            return checksum
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.parent / f"{TMP_PREFIX}{secrets.token_hex(8)}"
        try:
            with open(tmp, "xb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, final)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        sync_folder(final.parent)
        return checksum

    def put_picture(self, picture: bytes | CleanPicture) -> str:
        """Keep a picture (PNG, JPEG or SVG, at most 5 MB) without its metadata
        (`store.pictures`); raises `PictureRefused` with nothing written for anything else.
        A `CleanPicture` (cleaned before the caller's transaction began) is stored as is."""
        if not isinstance(picture, CleanPicture):
            picture = clean_picture(picture)
        return self.put(picture.data)

    def remove_unnamed(self, named: Iterable[str], *, now: float | None = None) -> int:
        """Delete every blob whose hash is not in `named`, and temporary files left by a
        write that never finished; returns how many blobs went. Other files are left alone.

        Why: a picture belongs to the records that name it. Once none does (a ticket's
        photo blanked by retention, a project's picture replaced), keeping the file would
        keep what the record no longer may: a citizen's photo, their house in it (issue 12).
        The caller holds the database's write lock while it lists `named` and calls this,
        so no picture is between its file and its row. The bytes are overwritten before the
        file is removed, as SQLite's secure delete does for rows."""
        keep = set(named)
        clock = time.time() if now is None else now
        removed = 0
        if not self.root.is_dir():
            return 0
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir()):
            for path in sorted(folder.iterdir()):
                if not path.is_file() or path.is_symlink():
                    continue
                if path.name.startswith(TMP_PREFIX):
                    with contextlib.suppress(OSError):
                        if clock - path.stat().st_mtime > TMP_GRACE_SECONDS:
                            _erase(path)
                    continue
                if not is_blob_hash(path.name) or folder.name != path.name[:2]:
                    continue  # not ours: someone put it there
                if path.name in keep:
                    continue
                try:
                    _erase(path)
                except OSError as exc:  # open elsewhere (Windows): the next run tries again
                    log.warning("picture %s could not be deleted yet: %s", path.name, exc)
                    continue
                removed += 1
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
        if removed:
            sync_folder(self.root)
        return removed


def named_blobs(conn: Connection) -> set[str]:
    """Every blob a record of this database names (`models.blob_columns`), and both
    pictures of a conflict on such a column not yet settled (the coordinator may still
    choose the other one)."""
    named: set[str | None] = set()
    for table, column in blob_columns():
        named.update(
            conn.execute(
                text(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')
            ).scalars()
        )
        for kept, other in conn.execute(
            text(
                "SELECT kept_value, other_value FROM conflict_records "
                "WHERE table_name = :t AND field = :f AND NOT resolved"
            ),
            {"t": table, "f": column},
        ):
            named.update(_hash_in(v) for v in (kept, other))
    return {h for h in named if isinstance(h, str) and is_blob_hash(h)}


def _hash_in(value: str | None) -> str | None:
    """A conflict's value as stored (JSON, or the bare text)."""
    try:
        parsed = json.loads(value) if value else None
    except ValueError:
        return value
    return parsed if isinstance(parsed, str) else None


def _erase(path: Path) -> None:
    """Overwrite the file's bytes with zeros, then remove it."""
    with open(path, "r+b") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(0)
        f.write(bytes(size))
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
