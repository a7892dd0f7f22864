"""Start-up tells what it does, step by step, and may be stopped where stopping leaves the
database file as it was: before and during the backup that precedes an upgrade, never
during the upgrade itself (a database left between two versions could be opened by none).
Real files, an old schema made by the real migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from citizenspace.services.shell.startup import Step, start
from citizenspace.store.database import Database
from citizenspace.store.migrate import run_alembic_upgrade
from citizenspace.store.migrations import HEAD
from citizenspace.store.safety import backup
from citizenspace.store.safety.health import inspect


class Stop(Exception):
    """The user pressed Cancel (what the screen's progress callback raises)."""


def _old_database(path: Path) -> str:
    """A database of the first version, with someone in it; returns its checksum."""
    db = Database(path)
    run_alembic_upgrade(db, "0001_initial")
    with db.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO people (id, first_name, last_name, search_key, email, phone, address, "
            "postcode, consent_contact, consent_photo, notes, created_on) "
            "VALUES ('p1', 'Michel', 'Wattellier', '', '', '', '', '', 0, 0, '', '2026-01-05')"
        )
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _untouched(path: Path, sha: str) -> None:
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
    assert inspect(path).revision == "0001_initial"


def test_an_upgrade_is_told_step_by_step_and_never_interrupted(tmp_path):
    path = tmp_path / "office.db"
    _old_database(path)
    seen: list[tuple[Step, float | None]] = []
    report = start(path, progress=lambda step, fraction: seen.append((step, fraction)))
    try:
        assert report.db is not None and report.upgrade is not None
    finally:
        if report.db is not None:
            report.db.close()
    steps = [step for step, _fraction in seen]
    # Checked, backed up (its fraction reaching the end), upgraded, prepared: in that order,
    # and nothing is told while the schema changes, so nothing can stop it there.
    assert steps[0] is Step.CHECK
    assert steps[-2:] == [Step.UPGRADE, Step.PREPARE]
    backup_fractions = [f for step, f in seen if step is Step.BACKUP]
    assert backup_fractions[0] == 0.0 and backup_fractions[-1] == 1.0
    assert steps.index(Step.UPGRADE) > max(i for i, s in enumerate(steps) if s is Step.BACKUP)
    assert inspect(path).revision == HEAD


@pytest.mark.parametrize("stop_at", ["check", "backup start", "backup end", "upgrade"])
def test_stopping_before_the_upgrade_leaves_the_file_as_it_was(tmp_path, stop_at):
    """Cancel while the file is checked, while it is backed up (at its first or last step),
    or as the upgrade is announced: the database is the old one, byte for byte; a backup
    cut short leaves no part behind."""
    path = tmp_path / "office.db"
    sha = _old_database(path)

    def progress(step: Step, fraction: float | None) -> None:
        if (
            (stop_at == "check" and step is Step.CHECK)
            or (stop_at == "backup start" and step is Step.BACKUP and fraction == 0.0)
            or (stop_at == "backup end" and step is Step.BACKUP and fraction == 1.0)
            or (stop_at == "upgrade" and step is Step.UPGRADE)
        ):
            raise Stop()

    with pytest.raises(Stop):
        start(path, progress=progress)
    _untouched(path, sha)
    folder = backup.backup_folder(path)
    parts = list(folder.glob("*.part")) if folder.exists() else []
    assert parts == []
    made = backup.list_backups(path)
    # Only a backup made whole remains (when stopped as the upgrade was announced).
    assert len(made) == (1 if stop_at == "upgrade" else 0)
    # And the next start upgrades it as if nothing had happened.
    report = start(path)
    assert report.db is not None
    report.db.close()
    assert inspect(path).revision == HEAD


def test_a_backup_of_several_steps_reports_its_progress_as_it_goes(tmp_path, monkeypatch):
    """A file copied in several steps of the backup API (steps made small here, as a large
    database has many): the fraction climbs, then the upgrade."""
    monkeypatch.setattr(backup, "STEP_PAGES", 8)
    path = tmp_path / "office.db"
    _old_database(path)
    db = Database(path)
    with db.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO people (id, first_name, last_name, search_key, email, phone, address, "
            "postcode, consent_contact, consent_photo, notes, created_on) "
            "VALUES (?, 'A', 'B', '', '', '', '', '', 0, 0, ?, '2026-01-05')",
            [(f"p{i}", "x" * 2000) for i in range(2, 100)],
        )
    db.close()
    fractions: list[float] = []
    report = start(
        path,
        progress=lambda step, f: fractions.append(f) if step is Step.BACKUP else None,
    )
    assert report.db is not None
    report.db.close()
    assert len(fractions) >= 4  # 0, then each step
    assert fractions == sorted(fractions)
    assert 0.0 < fractions[1] < 1.0 and fractions[-1] == 1.0


def test_a_current_database_is_only_checked_then_prepared(tmp_path):
    path = tmp_path / "office.db"
    report = start(path)  # made new
    assert report.db is not None
    report.db.close()
    seen: list[Step] = []
    report = start(path, progress=lambda step, _f: seen.append(step))
    assert report.db is not None
    report.db.close()
    assert seen == [Step.CHECK, Step.PREPARE]


def test_a_check_started_early_is_the_one_start_goes_by(tmp_path):
    """The command line starts the check before the window is made (`check_early`): what it
    finds is what start-up reports, and a damaged file is still refused untouched."""
    from citizenspace.services.shell.startup import Problem, check_early

    good = tmp_path / "office.db"
    report = start(good)
    assert report.db is not None
    report.db.close()
    check_early(good)
    seen: list[Step] = []
    report = start(good, progress=lambda step, _f: seen.append(step))
    assert report.db is not None
    report.db.close()
    assert seen == [Step.CHECK, Step.PREPARE]

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    sha = hashlib.sha256(damaged.read_bytes()).hexdigest()
    check_early(damaged)
    report = start(damaged)
    assert report.db is None
    assert report.refused is not None and report.refused.problem is Problem.TRUNCATED
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == sha
