"""The file-system calls the share makes, in one small object tests can subclass.

Why: the share is a folder on an SMB server or a USB stick that may vanish, refuse a rename
(antivirus lock) or hand back damaged bytes. Every call the share layer makes goes through
`FileSystem`, so a test overrides one method to raise at exactly the step it wants to break,
while every other step still touches a real temporary folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from citizenspace.store.files import sync_folder


class FileSystem:
    """The real operating system. Methods raise `OSError` subclasses, as `os` does."""

    def exists(self, path: Path) -> bool:
        return path.exists()

    def is_dir(self, path: Path) -> bool:
        return path.is_dir()

    def listdir(self, path: Path) -> list[str]:
        return os.listdir(path)

    def mkdir(self, path: Path) -> None:
        """Create one folder below an existing one. Never creates parents: a vanished USB stick
        must not silently become a new folder on the local disk."""
        try:
            os.mkdir(path)
        except FileExistsError:
            if not path.is_dir():
                raise

    def read_bytes(self, path: Path) -> bytes:
        return path.read_bytes()

    def open_read(self, path: Path) -> BinaryIO:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it

    def write_new(self, path: Path, chunks: Iterable[bytes]) -> None:
        """Write a file that must not exist yet, then flush it to the disk (or server) before
        returning, so that a later rename publishes complete bytes."""
        with open(path, "xb") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())

    def rename(self, src: Path, dst: Path) -> None:
        """Rename, then make the rename durable where the system allows it. Callers check that
        `dst` does not exist: POSIX would replace it, Windows would refuse."""
        os.rename(src, dst)
        sync_folder(dst.parent)

    def remove(self, path: Path) -> None:
        os.remove(path)

    def size(self, path: Path) -> int:
        return path.stat().st_size

    def mtime(self, path: Path) -> float:
        return path.stat().st_mtime

    def now(self) -> float:
        """Wall-clock seconds: only for housekeeping of stale temporary files, never ordering."""
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
