"""Migrations: shipped in the package, run after a backup, matching the models."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from citizenspace.store.database import Database
from citizenspace.store.migrate import alembic_config, open_database, run_alembic_upgrade
from citizenspace.store.migrations import HEAD, REVISIONS
from citizenspace.store.models import Base
from citizenspace.store.safety import health
from citizenspace.store.safety.backup import list_backups


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_revision_list_matches_the_migration_scripts():
    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == REVISIONS
    assert script.get_current_head() == HEAD


def test_a_new_database_matches_the_models_exactly(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_wal_full_sync_and_foreign_keys_are_on(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_each_database_gets_its_own_device_id_and_epoch(tmp_path):
    a, _ = open_database(tmp_path / "a.db")
    b, _ = open_database(tmp_path / "b.db")
    try:
        sa, sb = a.local_state(), b.local_state()
        assert sa.device_id != sb.device_id and sa.epoch != sb.epoch
    finally:
        a.close()
        b.close()


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_file(tmp_path):
    path = tmp_path / "office.db"
    db = Database(path)
    run_alembic_upgrade(db, "0001_initial")
    with db.write() as s:
        # In the old schema's own columns: today's model has columns it lacks.
        s.connection().exec_driver_sql(
            "INSERT INTO people (id, first_name, last_name, search_key, email, phone, address, "
            "postcode, consent_contact, consent_photo, notes, created_on) "
            "VALUES ('p1', 'Michel', 'Wattellier', '', '', '', '', '', 0, 0, '', '2026-01-05')"
        )
    db.close()

    db, report = open_database(path)
    db.close()
    assert report is not None and report.backup is not None
    assert report.backup in list_backups(path)
    conn = sqlite3.connect(report.backup)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
        assert conn.execute("SELECT last_name FROM people").fetchall() == [("Wattellier",)]
    finally:
        conn.close()
    assert health.inspect(path).revision == HEAD


def test_an_up_to_date_database_is_opened_without_backup(tmp_path):
    path = tmp_path / "office.db"
    db, _ = open_database(path)
    db.close()
    db, report = open_database(path)
    db.close()
    assert report is None
    assert list_backups(path) == []


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    db, _ = open_database(path)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(health.DatabaseError) as err:
        open_database(path)
    assert err.value.problem is health.Problem.NEWER_VERSION
    assert sha(path) == before


def test_visits_logged_before_0005_get_their_waiting_and_service_times(tmp_path):
    path = tmp_path / "office.db"
    db = Database(path)
    run_alembic_upgrade(db, "0004_paper_entries")
    with db.write() as s:
        raw = s.connection().exec_driver_sql
        for vid, started, ended in (
            ("v-served", "2026-03-02 09:12:30.000000", "2026-03-02 09:20:00.000000"),
            ("v-missed", None, None),
        ):
            raw(
                "INSERT INTO visits (id, channel, outcome, arrived_at, started_at, ended_at, note)"
                " VALUES (?, 'desk', 'answered', '2026-03-02 09:05:00.000000', ?, ?, '')",
                (vid, started, ended),
            )
    db.close()

    db, report = open_database(path)
    try:
        assert report is not None and report.to_revision == HEAD
        with db.read() as s:
            rows = s.connection().exec_driver_sql(
                "SELECT id, wait_seconds, service_seconds FROM visits ORDER BY id"
            )
            assert rows.fetchall() == [("v-missed", None, None), ("v-served", 450, 450)]
            # The visits stay insert-only: the guard trigger is back after the fill.
            with pytest.raises(Exception, match="citizenspace"):
                s.connection().exec_driver_sql(
                    "UPDATE visits SET wait_seconds = 1 WHERE id = 'v-served'"
                )
    finally:
        db.close()


def test_editions_made_before_0006_keep_their_printed_codes_and_lose_their_secret(tmp_path):
    """The upgrade turns the old edition secret (which made codes, and travelled) into
    verifiers: codes already printed still vote once, used ones stay used, the printing
    machine can print the batch again, and the secret is gone from the database file."""
    from citizenspace.domain.budget import codes
    from citizenspace.services.budget.budget import BudgetService, CodeProblem, VoteRefused

    path = tmp_path / "office.db"
    db = Database(path)
    run_alembic_upgrade(db, "0005_reception")
    secret = codes.new_secret()
    printed = codes.legacy_batch_codes(codes.batch_key(secret, "b-old"), "K7", 12)
    with db.write() as s:
        raw = s.connection().exec_driver_sql
        raw(
            "INSERT INTO budget_editions (id, year, title, budget_cents, voting_method, "
            "max_choices, outcome_rule, phase, code_key, tie_break_seed) VALUES "
            "('ed-old', 2026, 'Budget 2026', 500000, 'approval', 3, 'greedy', 'vote', ?, '')",
            (secret,),
        )
        raw(
            "INSERT INTO code_batches (id, edition_id, label, size, prefix, created_on) "
            "VALUES ('b-old', 'ed-old', 'Lot 1', 12, 'K7', '2026-03-01')"
        )
        for i, code in enumerate(printed[:3]):
            raw(
                "INSERT INTO used_codes (id, edition_id, code_hash, used_on) "
                "VALUES (?, 'ed-old', ?, '2026-04-07')",
                (f"u{i}", codes.legacy_code_hash(code, secret)),
            )
    db.close()

    db, report = open_database(path)
    try:
        assert report is not None and report.to_revision == HEAD
        service = BudgetService(db)
        for code in printed[:3]:
            with pytest.raises(VoteRefused) as refused:
                service.check_code("ed-old", codes.format_code(code))
            assert refused.value.code is CodeProblem.USED
        for code in printed[3:]:
            service.check_code("ed-old", code)  # still good for one vote
        assert service.batch_codes("b-old") == printed  # the printing machine prints again
        (row,) = service.batches("ed-old")
        assert row.used == 3
        with db.read() as s:
            raw = s.connection().exec_driver_sql
            assert raw("SELECT code_key FROM budget_editions").scalar() == ""
            assert raw("SELECT count(*) FROM used_codes WHERE batch_id = 'b-old'").scalar() == 3
            # Not even in what this machine has yet to publish.
            assert secret not in " ".join(raw("SELECT data FROM change_log").scalars())
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert secret.encode() not in path.read_bytes()
        # A kiosk forgets the printing key at its start.
        assert service.forget_reprint_keys() == 1
        with pytest.raises(Exception, match="printed"):
            service.batch_codes("b-old")
    finally:
        db.close()
