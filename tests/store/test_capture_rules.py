"""The capture's harder rules: secret ballots, redaction of personal data, REPLACE,
deletes that leave nothing personal behind, repairs at open, migrations with children."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import String, text, update
from sqlalchemy.exc import IntegrityError

from citizenspace.domain.catalog import BallotChannel, BodyKind, Channel, VisitOutcome
from citizenspace.store import capture
from citizenspace.store.migrate import MigrationBrokeForeignKeys, open_database, schema_change
from citizenspace.store.models import (
    Ballot,
    Base,
    Body,
    BudgetEdition,
    Membership,
    Person,
    UsedCode,
    Visit,
)
from citizenspace.store.safety.backup import list_backups


def log_rows(db, sql: str = "SELECT table_name, row_id, op, data FROM change_log ORDER BY seq"):
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def an_edition(db) -> str:
    with db.write() as s:
        e = BudgetEdition(
            year=2026, title="Budget des enfants", budget_cents=1_000_000, code_key="00" * 32
        )
        s.add(e)
        s.flush()
        return e.id


def test_tables_in_the_database_are_all_declared(db):
    """Read the live schema: a table made by a raw migration cannot slip through."""
    with db.read() as s:
        live = {
            r[0]
            for r in s.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            )
        }
    declared = {t.name for t in Base.metadata.sorted_tables}
    assert live - {"alembic_version"} == declared


def test_a_vote_leaves_no_ordered_or_timed_trace(db):
    edition = an_edition(db)
    hlc_before = db.local_state().hlc
    seq_before = log_rows(db, "SELECT count(*) FROM change_log")
    pairs = []
    for i in range(30):
        with db.write() as s:  # one vote: the code used and the ballot, in one transaction
            code = UsedCode(edition_id=edition, code_hash=f"{i:064x}", used_on=date(2026, 4, 7))
            ballot = Ballot(
                edition_id=edition,
                channel=BallotChannel.KIOSK,
                cast_on=date(2026, 4, 7),
                choices=json.dumps([f"p{i % 3}"]),
            )
            s.add_all([code, ballot])
            s.flush()
            pairs.append((code.id, ballot.id))
    # Nothing in the ordered, clock-stamped outbox, and the clock did not move.
    assert log_rows(db, "SELECT count(*) FROM change_log") == seq_before
    assert db.local_state().hlc == hlc_before
    with db.read() as s:
        entries = s.execute(text("SELECT table_name, row_id FROM secret_outbox")).all()
        ballot_order = [r[0] for r in s.execute(text("SELECT id FROM ballots NOT INDEXED"))]
        code_order = [r[0] for r in s.execute(text("SELECT id, used_on FROM used_codes"))]
        sql = {
            r[0]: r[1]
            for r in s.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE name IN ('ballots','used_codes','secret_outbox')"
                )
            )
        }
    assert len(entries) == 60
    assert all("WITHOUT ROWID" in sql[name] for name in sql)
    # Stored order is the order of random ids, not of arrival.
    assert ballot_order == sorted(ballot_order) and code_order == sorted(code_order)
    assert ballot_order != [b for _c, b in pairs]
    outbox_ballots = [r for t, r in entries if t == "ballots"]
    assert outbox_ballots != [b for _c, b in pairs]


def test_replace_cannot_overwrite_an_insert_only_row(db):
    with db.write() as s:
        s.add(
            Visit(
                id="v1",
                channel=Channel.DESK,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=datetime(2026, 11, 25, 9, 0),
                note="original",
            )
        )
    for sql in (
        "INSERT OR REPLACE INTO visits (id, channel, outcome, arrived_at, note) "
        "VALUES ('v1', 'desk', 'answered', '2026-11-25 09:00:00', 'OVERWRITTEN')",
        "INSERT INTO visits (id, channel, outcome, arrived_at, note) "
        "VALUES ('v1', 'desk', 'answered', '2026-11-25 09:00:00', 'x') "
        "ON CONFLICT(id) DO UPDATE SET note = excluded.note",
    ):
        with pytest.raises(IntegrityError, match="insert-only"), db.write() as s:
            s.execute(text(sql))
    with db.read() as s:
        assert s.execute(text("SELECT note FROM visits")).scalar_one() == "original"
    assert [r[2] for r in log_rows(db)] == ["I"]


def test_replace_on_a_mutable_row_is_captured_as_delete_then_insert(db):
    with db.write() as s:
        s.execute(text("INSERT INTO districts (id, name, code) VALUES ('d1', 'Europe', 'EU')"))
        s.execute(
            text("INSERT OR REPLACE INTO districts (id, name, code) VALUES ('d1', 'Europe', 'EUR')")
        )
    assert [(r[1], r[2]) for r in log_rows(db)] == [("d1", "I"), ("d1", "D"), ("d1", "I")]


def test_personal_data_in_an_insert_only_row_can_be_blanked_and_nothing_else(db):
    with db.write() as s:
        p = Person(first_name="Léa", last_name="Martin")
        s.add(p)
        s.flush()
        s.add(
            Visit(
                id="v1",
                channel=Channel.DESK,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=datetime(2026, 11, 25, 9, 0),
                person_id=p.id,
                note="Mme Martin, suivi RSA",
            )
        )
    with pytest.raises(IntegrityError, match="insert-only"), db.write() as s:
        s.execute(update(Visit).values(note="something else"))
    with pytest.raises(IntegrityError, match="insert-only"), db.write() as s:
        s.execute(update(Visit).values(note="", channel=Channel.PHONE))
    with db.write() as s:  # retention: the visit stays counted, its personal part goes
        s.execute(update(Visit).values(note="", person_id=None))
    rows = log_rows(db)
    visit_rows = [r for r in rows if r[0] == "visits"]
    assert [r[2] for r in visit_rows] == ["I", "R"]
    assert json.loads(visit_rows[1][3]) == {"note": "", "person_id": None}
    # The not-yet-published insert no longer carries what was erased.
    inserted = json.loads(visit_rows[0][3])
    assert inserted["note"] == "" and inserted["person_id"] is None
    with db.read() as s:
        assert s.execute(text("SELECT channel, outcome FROM visits")).one() == ("desk", "answered")


def test_a_deleted_person_leaves_no_personal_data_in_the_outbox(db):
    with db.write() as s:
        p = Person(
            first_name="Léa",
            last_name="Martin",
            email="lea.martin@example.fr",
            consent_contact=True,
            notes="suivi social",
        )
        s.add(p)
        s.flush()
        pid = p.id
    with db.write() as s:
        s.execute(update(Person).values(phone="06 12 34 56 78"))
    with db.write() as s:
        s.delete(s.get(Person, pid))
    rows = log_rows(db)
    assert [r[2] for r in rows] == ["I", "U", "D"]
    assert all(r[3] is None for r in rows)
    with sqlite3.connect(db.path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert b"lea.martin@example.fr" not in db.path.read_bytes()


def test_missing_triggers_are_put_back_when_the_database_is_opened(tmp_path):
    path = tmp_path / "office.db"
    db, _ = open_database(path)
    db.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TRIGGER cs_capture_people_ins")
    db, report = open_database(path)
    try:
        assert report is None
        with db.read() as s:
            assert capture.verify(s.connection()) == []
        with db.write() as s:
            s.add(Person(first_name="Julie", last_name="Moreau"))
        assert [r[2] for r in log_rows(db)] == ["I"]
        assert any("capture-repair" in p.name for p in list_backups(path))
    finally:
        db.close()


def test_a_migration_can_rebuild_a_parent_table_that_has_children(db):
    with db.write() as s:
        p = Person(first_name="René", last_name="Mattei")
        b = Body(name="Conseil de quartier", kind=BodyKind.NEIGHBOURHOOD_COUNCIL)
        s.add_all([p, b])
        s.flush()
        s.add(Membership(body_id=b.id, person_id=p.id, starts_on=date(2026, 1, 1)))
    with schema_change(db) as conn:
        ops = Operations(MigrationContext.configure(conn))
        with ops.batch_alter_table("people", recreate="always") as batch:
            batch.alter_column("notes", type_=String(800))
        capture.install(conn)
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM memberships")).scalar_one() == 1
        assert capture.verify(s.connection()) == []
        assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_a_migration_that_breaks_references_is_rolled_back(db):
    with db.write() as s:
        p = Person(first_name="René", last_name="Mattei")
        b = Body(name="Conseil", kind=BodyKind.NEIGHBOURHOOD_COUNCIL)
        s.add_all([p, b])
        s.flush()
        s.add(Membership(body_id=b.id, person_id=p.id, starts_on=date(2026, 1, 1)))
    with pytest.raises(MigrationBrokeForeignKeys), schema_change(db) as conn:
        conn.exec_driver_sql("DELETE FROM people")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM people")).scalar_one() == 1
