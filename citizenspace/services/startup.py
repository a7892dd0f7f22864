"""What the application must know before the database is fully open.

The window appears before SQLAlchemy is even imported (start-up speed is part of "never a
screen that freezes"); this module answers its one early question — which language? — with
the standard library's sqlite3, read-only, and never fails: any doubt means "not known".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


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
