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
import logging
import os
import re
import secrets
from pathlib import Path

from citizenspace.store.pictures import CleanPicture, PictureRefused, clean_picture

__all__ = ["BlobStore", "PictureRefused", "is_blob_hash", "sha256_hex"]

log = logging.getLogger(__name__)

_HEX64 = re.compile(r"[0-9a-f]{64}")
TMP_PREFIX = ".tmp-"


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
        _sync_folder(final.parent)
        return checksum

    def put_picture(self, picture: bytes | CleanPicture) -> str:
        """Keep a picture (PNG, JPEG or SVG, at most 5 MB) without its metadata
        (`store.pictures`); raises `PictureRefused` with nothing written for anything else.
        A `CleanPicture` (cleaned before the caller's transaction began) is stored as is."""
        if not isinstance(picture, CleanPicture):
            picture = clean_picture(picture)
        return self.put(picture.data)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no handle on folders for this."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
