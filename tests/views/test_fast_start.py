"""The window appears before the database is opened: nothing heavy stands before it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from citizenspace.views.app import QUIT_WHEN_SHOWN_ENV


def test_the_window_is_shown_before_sqlalchemy_is_even_loaded(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    code = (
        "import sys\n"
        "from citizenspace.cli import main\n"
        f"rc = main(['--db', {str(db)!r}, '--lang', 'fr'])\n"
        "print(rc, 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)\n"
    )
    env = {
        **os.environ,
        QUIT_WHEN_SHOWN_ENV: "shown",
        "QT_QPA_PLATFORM": "offscreen",
        "CITIZENSPACE_HOME": str(tmp_path / "home"),
    }
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["0", "False", "False"]
    assert not db.exists()  # the database is opened only once the window is up


def test_when_ready_the_overview_shows_the_database_figures(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    env = {
        **os.environ,
        QUIT_WHEN_SHOWN_ENV: "ready",
        "QT_QPA_PLATFORM": "offscreen",
        "CITIZENSPACE_HOME": str(tmp_path / "home"),
    }
    r = subprocess.run(
        [sys.executable, "-m", "citizenspace", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    assert db.exists()
