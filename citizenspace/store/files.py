"""Small file-system rules shared by the store and the sync."""

from __future__ import annotations

import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Flush a folder, so that a name just made, renamed or removed in it survives a power
    cut (POSIX asks for it). Best effort: Windows and SMB mounts cannot open a folder for
    that, which is fine there."""
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
