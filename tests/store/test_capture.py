"""Every change to synced data reaches the outbox, whatever path made it."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.sync_kinds import SyncKind
from citizenspace.services.people.people_import import PeopleImportService
from citizenspace.store import capture
from citizenspace.store.database import Database
from citizenspace.store.migrate import open_database, run_alembic_upgrade
from citizenspace.store.models import Base, District, Person, Visit, synced_tables

DAY_MS = 86_400_000


def outbox(db: Database) -> list[dict]:
    with db.read() as s:
        rows = s.execute(
            text("SELECT seq, hlc, table_name, row_id, op, data FROM change_log ORDER BY seq")
        ).mappings()
        return [
            {**r, "data": json.loads(r["data"]) if r["data"] is not None else None} for r in rows
        ]


def add_person(db: Database, **kw) -> str:
    with db.write() as s:
        p = Person(
            first_name=kw.pop("first_name", "Léa"), last_name=kw.pop("last_name", "Depaepe"), **kw
        )
        s.add(p)
        s.flush()
        return p.id


def test_every_table_is_declared_once_as_insert_only_mutable_or_local():
    for table in Base.metadata.sorted_tables:
        assert table.info.get("sync") in set(SyncKind), table.name
    kinds = synced_tables()
    assert kinds["ballots"] is SyncKind.INSERT_ONLY
    assert kinds["used_codes"] is SyncKind.INSERT_ONLY
    assert kinds["visits"] is SyncKind.INSERT_ONLY
    assert kinds["attendance"] is SyncKind.INSERT_ONLY
    assert kinds["audit_entries"] is SyncKind.INSERT_ONLY
    assert kinds["people"] is SyncKind.MUTABLE
    assert "change_log" not in kinds and "local_state" not in kinds


def test_every_synced_table_has_up_to_date_triggers(db):
    with db.read() as s:
        assert capture.verify(s.connection()) == []


def test_orm_insert_is_captured_with_the_whole_row(db):
    pid = add_person(db, email="lea@example.fr", consent_contact=True)
    [entry] = outbox(db)
    assert (entry["table_name"], entry["row_id"], entry["op"]) == ("people", pid, "I")
    assert entry["data"]["last_name"] == "Depaepe"
    assert entry["data"]["email"] == "lea@example.fr"
    assert entry["data"]["id"] == pid


def test_orm_update_is_captured_with_only_the_changed_fields(db):
    pid = add_person(db)
    with db.write() as s:
        p = s.get(Person, pid)
        p.phone = "06 12 34 56 78"
        p.notes = "Présidente"
    entry = outbox(db)[-1]
    assert entry["op"] == "U"
    assert entry["data"] == {"phone": "06 12 34 56 78", "notes": "Présidente"}


def test_an_update_that_changes_nothing_is_not_captured(db):
    pid = add_person(db)
    with db.write() as s:
        s.execute(update(Person).where(Person.id == pid).values(last_name="Depaepe"))
    assert len(outbox(db)) == 1


def test_orm_delete_is_captured_as_a_tombstone(db):
    pid = add_person(db)
    with db.write() as s:
        s.delete(s.get(Person, pid))
    entry = outbox(db)[-1]
    assert (entry["op"], entry["row_id"], entry["data"]) == ("D", pid, None)


def test_bulk_update_is_captured_row_by_row(db):
    ids = [add_person(db, first_name=f"P{i}", postcode="02100") for i in range(5)]
    with db.write() as s:
        s.execute(update(Person).where(Person.postcode == "02100").values(postcode="02110"))
    updates = [e for e in outbox(db) if e["op"] == "U"]
    assert sorted(e["row_id"] for e in updates) == sorted(ids)
    assert all(e["data"] == {"postcode": "02110"} for e in updates)


def test_bulk_delete_is_captured_row_by_row(db):
    ids = [add_person(db, first_name=f"P{i}") for i in range(4)]
    with db.write() as s:
        s.execute(delete(Person).where(Person.id.in_(ids[:3])))
    deletes = [e for e in outbox(db) if e["op"] == "D"]
    assert sorted(e["row_id"] for e in deletes) == sorted(ids[:3])


def test_raw_sql_through_the_application_engine_is_captured(db):
    with db.write() as s:
        s.execute(text("INSERT INTO districts (id, name, code) VALUES ('d-1', 'Europe', 'EU')"))
    assert outbox(db)[-1]["table_name"] == "districts"


def test_import_is_captured(db):
    with db.write() as s:
        s.add(District(name="Faubourg d'Isle"))
    csv_bytes = (
        "Nom;Prénom;Quartier;Courriel;Consentement contact\n"
        "Gautier;Viviane;Faubourg d'Isle;v.gautier@example.fr;oui\n"
        "Mattei;René;;;non\n"
    ).encode("cp1252")
    report = PeopleImportService(db).import_bytes(csv_bytes)
    assert report.imported == 2 and report.encoding == "cp1252"
    people = [e for e in outbox(db) if e["table_name"] == "people"]
    assert [e["op"] for e in people] == ["I", "I"]
    assert {e["data"]["last_name"] for e in people} == {"Gautier", "Mattei"}


def test_a_data_migration_is_captured(tmp_path):
    """A database made before migration 0002, holding untidy e-mail addresses."""
    path = tmp_path / "old.db"
    from citizenspace.store.database import Database as Db

    db = Db(path)
    run_alembic_upgrade(db, "0001_initial")
    with db.write() as s:
        # In the old schema's own columns: today's model has columns it lacks.
        s.connection().exec_driver_sql(
            "INSERT INTO people (id, first_name, last_name, search_key, email, phone, address, "
            "postcode, consent_contact, consent_photo, notes, created_on) VALUES ('p1', 'Kamel', "
            "'Oufalla', '', ' K.Oufalla@Example.FR ', '', '', '', 0, 0, '', '2026-01-05')"
        )
    db.close()

    db, report = open_database(path)
    try:
        assert report is not None and report.from_revision == "0001_initial"
        entry = outbox(db)[-1]
        assert entry["op"] == "U" and entry["table_name"] == "people"
        assert entry["data"] == {"email": "k.oufalla@example.fr", "search_key": "oufalla kamel"}
    finally:
        db.close()


def test_the_outbox_is_rolled_back_with_a_failed_transaction(db):
    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.write() as s:
        s.add(Person(first_name="Julie", last_name="Moreau"))
        s.flush()
        s.execute(update(Person).values(notes="x"))
        raise Boom
    assert outbox(db) == []
    with db.read() as s:
        assert s.scalars(select(Person)).all() == []


def test_a_constraint_failure_leaves_no_outbox_entry(db):
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(Person(first_name="Ok", last_name="Ok"))
        s.flush()
        s.add(Person(first_name="Bad", last_name="Bad", district_id="no-such-district"))
        s.flush()
    assert outbox(db) == []


def test_insert_only_tables_refuse_updates_and_deletes(db):
    with db.write() as s:
        v = Visit(
            channel=Channel.DESK,
            outcome=VisitOutcome.ANSWERED,
            arrived_at=datetime(2026, 11, 25, 9, 30),
        )
        s.add(v)
        s.flush()
        vid = v.id
    with pytest.raises(IntegrityError, match="insert-only"), db.write() as s:
        s.execute(update(Visit).where(Visit.id == vid).values(note="changed"))
    with pytest.raises(IntegrityError, match="insert-only"), db.write() as s:
        s.execute(delete(Visit).where(Visit.id == vid))
    assert [e["op"] for e in outbox(db)] == ["I"]


def test_ids_of_synced_rows_never_change(db):
    pid = add_person(db)
    with pytest.raises(IntegrityError, match="never changes"), db.write() as s:
        s.execute(update(Person).where(Person.id == pid).values(id="other"))


def test_a_connection_without_the_clock_cannot_write_uncaptured(db):
    """A stray sqlite3 shell on the file fails instead of writing a change nobody syncs."""
    conn = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="cs_hlc_tick"):
            conn.execute("INSERT INTO districts (id, name, code) VALUES ('x', 'X', 'X')")
    finally:
        conn.close()
    assert outbox(db) == []


def test_hlc_stamps_increase_even_when_the_wall_clock_goes_back(db):
    add_person(db, first_name="Before")
    db.clock.offset_ms = -3 * DAY_MS  # the receptionist's PC is set three days back
    add_person(db, first_name="After")
    db.clock.offset_ms = -3 * DAY_MS - 1
    add_person(db, first_name="Later")
    stamps = [e["hlc"] for e in outbox(db)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3


def test_the_clock_is_persisted_across_restarts(tmp_path):
    path = tmp_path / "c.db"
    db, _ = open_database(path)
    db.clock.offset_ms = 10 * DAY_MS  # ran with a clock ten days ahead
    add_person(db)
    high = outbox(db)[-1]["hlc"]
    db.close()
    db, _ = open_database(path)  # clock fixed again
    try:
        add_person(db, first_name="Next")
        assert outbox(db)[-1]["hlc"] > high
        assert db.local_state().hlc == outbox(db)[-1]["hlc"]
    finally:
        db.close()


def test_outbox_sequence_numbers_are_never_reused(db):
    add_person(db)
    add_person(db)
    with db.write() as s:
        s.execute(text("DELETE FROM change_log"))
    add_person(db)
    assert outbox(db)[0]["seq"] == 3


def test_captured_dates_travel_as_iso_text(db):
    add_person(db, consent_contact=True, consent_contact_on=date(2026, 3, 1))
    assert outbox(db)[-1]["data"]["consent_contact_on"] == "2026-03-01"


def test_write_transactions_take_the_lock_at_once(db):
    """A second writer waits (busy timeout) rather than failing half-way through."""
    with db.write() as s:
        s.execute(text("SELECT 1"))
        other = sqlite3.connect(db.path, timeout=0.05)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_a_remote_clock_far_in_the_future_is_capped_in_the_stored_clock(db, caplog):
    from citizenspace.domain.hlc import DEFAULT_MAX_DRIFT_MS, Timestamp
    from citizenspace.store import clock

    now = db.clock.now_ms()
    remote = Timestamp(now + 400 * DAY_MS, 3)  # a kiosk whose clock says next year
    with caplog.at_level("WARNING"), db.write() as s:
        result = clock.observe_remote(s, remote, now, source="kiosk-bus")
    assert result.capped
    assert "kiosk-bus" in caplog.text and "capped" in caplog.text
    stored = Timestamp.unpack(db.local_state().hlc)
    assert now + DEFAULT_MAX_DRIFT_MS <= stored.wall_ms < remote.wall_ms
    add_person(db)  # the next local change sorts after what was seen, not after next year
    assert outbox(db)[-1]["hlc"] > stored.pack()
    assert Timestamp.unpack(outbox(db)[-1]["hlc"]).wall_ms < remote.wall_ms


def test_a_remote_clock_slightly_ahead_moves_ours_forward(db):
    from citizenspace.domain.hlc import Timestamp
    from citizenspace.store import clock

    now = db.clock.now_ms()
    with db.write() as s:
        result = clock.observe_remote(s, Timestamp(now + 2_000, 0), now)
    assert not result.capped
    add_person(db)
    assert Timestamp.unpack(outbox(db)[-1]["hlc"]).wall_ms >= now + 2_000
