"""Shared fixtures: real SQLite files in temporary folders, real widgets offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _citizenspace_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep logs, backups and demo databases of the test run out of the user's folders."""
    home = tmp_path_factory.mktemp("citizenspace-home")
    old = os.environ.get("CITIZENSPACE_HOME")
    os.environ["CITIZENSPACE_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("CITIZENSPACE_HOME", None)
    else:
        os.environ["CITIZENSPACE_HOME"] = old


@pytest.fixture
def db(tmp_path: Path):
    """A fresh, migrated Citizen Space database in a temporary folder."""
    from citizenspace.store.migrate import open_database

    database, _report = open_database(tmp_path / "t.db")
    yield database
    database.close()
