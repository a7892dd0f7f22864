"""Change capture: every change to a synced table lands in the outbox (`change_log`).

Why triggers: the rule is "whatever code path made the change" — the ORM's unit of work,
a bulk `update()`, an import, a data migration, a hand-written SQL statement. Triggers run
inside SQLite itself, in the same transaction as the change, so none of these can escape and
a rolled-back change leaves no outbox entry behind.

Each entry is stamped with the next reading of the hybrid logical clock kept in
`local_state.hlc`. The clock is advanced by the `cs_hlc_tick()` SQL function that
`store.engine` registers on every connection; a connection without it (a stray sqlite3 shell)
cannot write to synced tables at all, which is what we want: no silent, uncaptured change.

Triggers are generated from the *live* schema (`PRAGMA table_info`), not from the models, so
that they always match the columns actually present, also in the middle of a migration.
A migration that adds or removes columns calls `install(connection)` right after its schema
change; the migration environment calls it again at the end as a safety net.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from citizenspace.domain.sync_kinds import SyncKind

PREFIX = "cs_capture_"
CLOCK_TICK = "UPDATE local_state SET hlc = cs_hlc_tick(hlc) WHERE id = 1;"
CLOCK_NOW = "(SELECT hlc FROM local_state WHERE id = 1)"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _columns(conn: Connection, table: str) -> list[str]:
    rows = conn.exec_driver_sql(f"PRAGMA table_info({_q(table)})").fetchall()
    return [r[1] for r in rows]


def _json_row(prefix: str, columns: Iterable[str]) -> str:
    return "json_object(" + ", ".join(f"{_lit(c)}, {prefix}.{_q(c)}" for c in columns) + ")"


def trigger_sql(table: str, kind: SyncKind, columns: list[str]) -> list[str]:
    """The CREATE TRIGGER statements for one table, as a list of SQL strings."""
    t = _q(table)
    name = _lit(table)
    others = [c for c in columns if c != "id"]
    stmts = [
        f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'I', {_json_row("NEW", columns)}, 0);
END""",
        f"""CREATE TRIGGER {PREFIX}{table}_id BEFORE UPDATE OF id ON {t}
WHEN NEW.id IS NOT OLD.id
BEGIN
  SELECT RAISE(ABORT, 'citizenspace: the id of a synced row never changes');
END""",
    ]
    if kind is SyncKind.INSERT_ONLY:
        stmts += [
            f"""CREATE TRIGGER {PREFIX}{table}_upd BEFORE UPDATE ON {t}
BEGIN
  SELECT RAISE(ABORT, 'citizenspace: {table} is insert-only; record a correction instead');
END""",
            f"""CREATE TRIGGER {PREFIX}{table}_del BEFORE DELETE ON {t}
BEGIN
  SELECT RAISE(ABORT, 'citizenspace: {table} is insert-only; record a correction instead');
END""",
        ]
    else:
        changed = " OR ".join(f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in others) or "0"
        pairs = " UNION ALL ".join(
            f"SELECT {_lit(c)} AS k, NEW.{_q(c)} AS v WHERE NEW.{_q(c)} IS NOT OLD.{_q(c)}"
            for c in others
        )
        stmts += [
            f"""CREATE TRIGGER {PREFIX}{table}_upd AFTER UPDATE ON {t}
WHEN {changed}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'U',
          (SELECT json_group_object(k, v) FROM ({pairs})), 0);
END""",
            f"""CREATE TRIGGER {PREFIX}{table}_del AFTER DELETE ON {t}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, OLD.id, 'D', NULL, 0);
END""",
        ]
    return stmts


def _existing_triggers(conn: Connection) -> dict[str, str]:
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (PREFIX + "%",),
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def install(conn: Connection, tables: dict[str, SyncKind] | None = None) -> int:
    """(Re)create the capture triggers of every synced table present in the database.

    Idempotent; returns the number of tables covered. Runs inside the caller's transaction.
    """
    if tables is None:
        from citizenspace.store.models import synced_tables

        tables = synced_tables()
    for name in _existing_triggers(conn):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
    present = {
        r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    covered = 0
    for table, kind in tables.items():
        if table not in present:
            continue
        for stmt in trigger_sql(table, kind, _columns(conn, table)):
            conn.exec_driver_sql(stmt)
        covered += 1
    return covered


@dataclass(frozen=True)
class CaptureProblem:
    table: str
    reason: str


def verify(conn: Connection, tables: dict[str, SyncKind] | None = None) -> list[CaptureProblem]:
    """Check that every synced table has exactly the triggers its current columns need."""
    if tables is None:
        from citizenspace.store.models import synced_tables

        tables = synced_tables()
    existing = _existing_triggers(conn)
    present = {
        r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    problems: list[CaptureProblem] = []
    for table, kind in tables.items():
        if table not in present:
            problems.append(CaptureProblem(table, "missing table"))
            continue
        expected = trigger_sql(table, kind, _columns(conn, table))
        for stmt in expected:
            trig = stmt.split()[2]
            if existing.get(trig) != stmt:
                problems.append(CaptureProblem(table, f"trigger {trig} missing or stale"))
    return problems


def pending_count(conn: Connection) -> int:
    """How many captured changes this machine has not yet published to the share."""
    return conn.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar_one()
