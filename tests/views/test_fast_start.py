"""The window appears before the database is opened: nothing heavy stands before it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.store.models import Person, Visit
from citizenspace.views.shell.app import QUIT_WHEN_SHOWN_ENV
from tests.conftest import new_database


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
    """The overview shows what the database holds once it is opened after the window:
    three people and two visits recorded before the start, in French figures."""
    db = tmp_path / "office.db"
    made = new_database(db)
    try:
        with made.write() as s:
            for i in range(3):
                s.add(Person(id=f"p{i}", first_name="Léa", last_name=f"N{i}"))
        today = datetime.now().replace(microsecond=0)
        with made.write() as s:
            for i in range(2):
                s.add(
                    Visit(
                        id=f"v{i}",
                        arrived_at=today,
                        channel=Channel.DESK,
                        outcome=VisitOutcome.ANSWERED,
                    )
                )
    finally:
        made.close()
    env = {
        **os.environ,
        QUIT_WHEN_SHOWN_ENV: "ready",
        "QT_QPA_PLATFORM": "offscreen",
        "CITIZENSPACE_HOME": str(tmp_path / "home"),
    }
    r = subprocess.run(
        [sys.executable, "-m", "citizenspace", "--db", str(db), "--lang", "fr"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    shown = dict(line.split(": ", 1) for line in r.stdout.splitlines() if ": " in line)
    assert shown["Personnes"] == "3"
    assert shown["Visites"] == "2"
    assert shown["Conseils"] == "0"
