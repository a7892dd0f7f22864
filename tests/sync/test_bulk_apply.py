"""A device catching up: many rows never seen go in by the bulk path, with the table's
indexes set aside and built again (`fastpath._indexes_aside`). What must hold: the indexes
come back exactly as they were, agree with the rows, and are back too when the bulk path
fails half-way (rows met again) and the careful path takes over."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import event, insert, text

from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import fastpath, merge
from citizenspace.sync.engine import SyncEngine

PER_DEVICE = fastpath.INDEXES_ASIDE_FROM + 500


def people(n: int, tag: str) -> list[dict]:
    return [
        {
            "id": f"{tag}-{i:06d}",
            "first_name": f"P{tag}{i}",
            "last_name": f"Nom{n - i}",
            "search_key": f"nom{n - i} p{tag}{i}",
            "postcode": "02100",
        }
        for i in range(n)
    ]


def schema(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "AND tbl_name = 'people' ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def sound(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def publish(share: Path, tmp_path: Path, name: str) -> Path:
    db, _ = open_database(tmp_path / f"{name}.db")
    with db.write() as s:
        s.execute(insert(Person), people(PER_DEVICE, name))
    assert SyncEngine(db, share).round().ok
    db.close()
    return tmp_path / f"{name}.db"


def by_search_key(db, key: str) -> list[str]:
    with db.read() as s:
        plan = s.execute(
            text("EXPLAIN QUERY PLAN SELECT id FROM people WHERE search_key = :k"), {"k": key}
        ).all()
        found = s.execute(text("SELECT id FROM people WHERE search_key = :k"), {"k": key}).scalars()
        assert any("ix_people_search_key" in str(row[-1]) for row in plan), plan
        return list(found)


def watch_statements(db) -> list[str]:
    """The statements `db` runs from now on (observed, nothing changed)."""
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_device_catching_up_gets_the_same_indexes_back(share, tmp_path):
    publish(share, tmp_path, "a")
    publish(share, tmp_path, "b")
    before = schema(tmp_path / "a.db")
    assert any(name == "ix_people_search_key" for name, _ in before)

    fresh, _ = open_database(tmp_path / "fresh.db")
    seen = watch_statements(fresh)
    report = SyncEngine(fresh, share).round()
    assert report.ok and report.changes_applied == 2 * PER_DEVICE, report
    # The indexes were set aside (else this test shows nothing) and built again.
    assert any(s.startswith('DROP INDEX "ix_people_search_key"') for s in seen)
    assert any(s.startswith("CREATE INDEX ix_people_search_key") for s in seen), seen[-20:]
    assert by_search_key(fresh, f"nom{PER_DEVICE} pb0") == ["b-000000"]
    fresh.close()

    assert schema(tmp_path / "fresh.db") == before
    assert sound(tmp_path / "fresh.db") == ["ok"]


def test_the_indexes_are_back_when_the_bulk_path_meets_rows_already_here(share, tmp_path, caplog):
    """A row of the incoming batch is here already (as after a writer publishes again): the
    bulk path, which does not look rows up first, fails on it with the indexes dropped,
    rolls back, and the careful path applies everything."""
    a = publish(share, tmp_path, "a")
    replica, _ = open_database(tmp_path / "replica.db")
    with replica.write() as s:
        s.execute(insert(Person), people(PER_DEVICE, "a")[100:101])

    seen = watch_statements(replica)
    with caplog.at_level(logging.INFO, logger="citizenspace.sync.merge"):
        report = SyncEngine(replica, share).round()
    assert report.ok, report
    assert any(s.startswith('DROP INDEX "ix_people_search_key"') for s in seen)
    assert "applying the batch again, carefully" in caplog.text
    assert by_search_key(replica, f"nom{PER_DEVICE} pa0") == ["a-000000"]
    lines = list(merge.dump(replica))
    replica.close()

    assert schema(tmp_path / "replica.db") == schema(a)
    assert sound(tmp_path / "replica.db") == ["ok"]
    assert sum(1 for line in lines if json.loads(line)["table"] == "people") == PER_DEVICE
