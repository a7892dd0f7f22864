"""Files we must not open are recognised, named, and left exactly as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.store.safety import backup, health
from citizenspace.store.safety.health import Problem


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.db"
    db, _ = open_database(path)
    with db.write() as s:
        for i in range(300):
            s.add(Person(first_name=f"P{i}", last_name="Dupont", notes="x" * 200))
    db.close()
    return path


def expect(path: Path, problem: Problem) -> None:
    before = sha(path) if path.is_file() else None
    with pytest.raises(health.DatabaseError) as err:
        health.inspect(path)
    assert err.value.problem is problem
    if before is not None:
        assert sha(path) == before
    with pytest.raises(health.DatabaseError):
        open_database(path)
    if before is not None:
        assert sha(path) == before


def test_a_sound_database_passes(good):
    report = health.inspect(good, full=True)
    assert not report.needs_upgrade


def test_random_bytes(tmp_path):
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(10_000))
    expect(path, Problem.NOT_SQLITE)


def test_a_text_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Nom;Prénom\nDupont;Jean\n", encoding="utf-8")
    expect(path, Problem.NOT_SQLITE)


def test_a_file_truncated_mid_page(good, tmp_path):
    path = tmp_path / "cut.db"
    path.write_bytes(good.read_bytes()[:10_000])
    expect(path, Problem.TRUNCATED)


def test_a_file_truncated_on_a_page_boundary(good, tmp_path):
    path = tmp_path / "cut.db"
    path.write_bytes(good.read_bytes()[: 4096 * 3])
    expect(path, Problem.TRUNCATED)


def test_damaged_pages(good, tmp_path):
    data = bytearray(good.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset : offset + 64] = os.urandom(64)  # scribble on every b-tree page header
    path = tmp_path / "damaged.db"
    path.write_bytes(bytes(data))
    expect(path, Problem.CORRUPT)


def test_an_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(health.DatabaseError) as err:
        health.inspect(path)
    assert err.value.problem is Problem.EMPTY


def test_another_applications_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    expect(path, Problem.NOT_CITIZENSPACE)


def test_a_missing_file_is_not_created_by_a_check(tmp_path):
    path = tmp_path / "nowhere.db"
    with pytest.raises(health.DatabaseError) as err:
        health.inspect(path)
    assert err.value.problem is Problem.MISSING
    assert not path.exists()


def _epoch(path: Path) -> tuple[str, str]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT device_id, epoch FROM local_state").fetchone()
    finally:
        conn.close()


def test_restore_moves_the_damaged_file_aside(good, tmp_path):
    device, epoch = _epoch(good)
    copy = backup.make_backup(good, "manual")
    damaged = good.read_bytes()[:5000]
    good.write_bytes(damaged)
    aside = backup.restore(copy, good)
    assert aside.read_bytes() == damaged  # kept, byte for byte
    assert health.inspect(good).revision is not None
    conn = sqlite3.connect(good)
    assert conn.execute("SELECT count(*) FROM people").fetchone() == (300,)
    conn.close()
    new_device, new_epoch = _epoch(good)
    assert new_device == device  # the same machine...
    assert new_epoch != epoch  # ...that can no longer prove it holds what it published


def test_backups_are_pruned_to_the_most_recent(good):
    made = [backup.make_backup(good, "manual") for _ in range(backup.KEEP + 3)]
    assert backup.list_backups(good) == sorted(made, reverse=True)[: backup.KEEP]
    assert not any(p.exists() for p in made[:3])


def test_backups_of_a_neighbour_database_are_neither_offered_nor_pruned(good, tmp_path):
    """city.db and city-2.db in one folder: each keeps its own backups."""
    neighbour = good.with_name(f"{good.stem}-2.db")
    neighbour.write_bytes(good.read_bytes())
    theirs = backup.make_backup(neighbour, "manual")
    for _ in range(backup.KEEP + 2):
        backup.make_backup(good, "manual")
    assert theirs.exists()
    assert theirs not in backup.list_backups(good)
    assert backup.list_backups(neighbour) == [theirs]


def test_a_folder_chosen_for_backups_is_never_pruned(good, tmp_path):
    archive = tmp_path / "archive"
    for _ in range(backup.KEEP + 2):
        backup.make_backup(good, "manual", folder=archive)
    assert len(list(archive.glob("*.db"))) == backup.KEEP + 2


def test_two_restores_in_the_same_second_keep_both_damaged_files(good):
    copy = backup.make_backup(good, "manual")
    good.write_bytes(b"first damage" * 500)
    first = backup.restore(copy, good)
    good.write_bytes(b"second damage" * 500)
    second = backup.restore(copy, good)
    assert first != second
    assert first.read_bytes() == b"first damage" * 500
    assert second.read_bytes() == b"second damage" * 500


def test_an_empty_file_with_backups_is_refused_not_replaced(good):
    backup.make_backup(good, "manual")
    good.write_bytes(b"")  # what a failed copy or a full disk leaves
    with pytest.raises(health.DatabaseError) as err:
        open_database(good)
    assert err.value.problem is Problem.EMPTY
    assert good.read_bytes() == b""


def test_an_empty_file_without_backups_becomes_a_new_database(tmp_path):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    db, report = open_database(path)
    db.close()
    assert report is not None and report.from_revision is None


def test_an_older_database_is_not_upgraded_behind_the_users_back(tmp_path):
    from citizenspace.store.database import Database
    from citizenspace.store.migrate import run_alembic_upgrade

    path = tmp_path / "old.db"
    db = Database(path)
    run_alembic_upgrade(db, "0001_initial")
    db.close()
    before = sha(path)
    with pytest.raises(health.DatabaseError) as err:
        open_database(path, upgrade=False)
    assert err.value.problem is Problem.NEEDS_UPGRADE
    assert sha(path) == before


def test_users_never_see_sqlites_english(good, tmp_path):
    path = tmp_path / "cut.db"
    path.write_bytes(good.read_bytes()[:10_000])
    with pytest.raises(health.DatabaseError) as err:
        health.inspect(path)
    assert err.value.detail == str(path)
    assert "bytes" in err.value.technical


def test_a_database_holding_ballots_is_healthy(tmp_path):
    """SQLite 3.40's quick_check wrongly reports NULLs in WITHOUT ROWID tables whose primary
    key comes last, as ballots and used codes do: such a report is checked, not believed."""
    import sqlite3

    from citizenspace.store.migrate import open_database
    from citizenspace.store.safety.health import inspect

    db, _ = open_database(tmp_path / "kiosk.db")
    db.close()
    con = sqlite3.connect(tmp_path / "kiosk.db")
    con.create_function("cs_hlc_tick", 1, lambda h: h + 1)
    with con:
        con.execute("UPDATE local_state SET applying = 1")  # written as if it came by sync
        con.execute(
            "INSERT INTO budget_editions (id, year, title, budget_cents, voting_method, "
            "outcome_rule, phase, code_key, tie_break_seed) VALUES "
            "('e', 2027, 'B', 100, 'approval', 'greedy', 'vote', 'k', '')"
        )
        con.execute(
            "INSERT INTO ballots (id, edition_id, channel, cast_on, choices) "
            "VALUES ('b', 'e', 'kiosk', '2027-04-12', '[]')"
        )
        con.execute("UPDATE local_state SET applying = 0")
    con.close()
    assert inspect(tmp_path / "kiosk.db").revision is not None
