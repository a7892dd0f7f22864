"""The kiosk program, started as the city starts it: a real process on a real file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def _kiosk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "citizenspace", "kiosk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_a_kiosk_screenshot_run_ends_cleanly(tmp_path):
    """The window is destroyed before the application: it used to end in a segmentation
    fault (exit 139) once the image was saved, a failure a script would miss."""
    shot = tmp_path / "kiosk.png"

    done = _kiosk(tmp_path / "kiosk.db", "--lang", "fr", "--screenshot", str(shot))

    assert done.returncode == 0, done.stderr
    assert not QImage(str(shot)).isNull()


def test_a_kiosk_on_a_file_that_is_not_a_database_says_so_and_changes_nothing(tmp_path):
    db = tmp_path / "kiosk.db"
    db.write_bytes(b"not a database")

    done = _kiosk(db, "--lang", "fr", "--screenshot", str(tmp_path / "kiosk.png"))

    assert done.returncode == 1
    assert "n'est pas une base Espace Citoyens" in done.stderr
    assert "rien modifié" in done.stderr
    assert db.read_bytes() == b"not a database"
    assert not (tmp_path / "kiosk.png").exists()
