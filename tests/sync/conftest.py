"""What the sync tests share: a real share folder and real replica databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from citizenspace.store.database import Database
from citizenspace.sync.share import open_share
from tests.conftest import new_database


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    open_share(root)
    return root


@pytest.fixture
def replicas(tmp_path: Path):
    """Make replicas by name (a database file each); all closed at the end."""
    made: list[Database] = []

    def make(name: str) -> Database:
        db = new_database(tmp_path / f"{name}.db")
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()
