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


@dataclass(frozen=True)
class TableSpec:
    """How one synced table is captured: its kind, its personal columns (which an
    insert-only table lets a redaction blank) and whether it is secret (ballots)."""

    name: str
    kind: SyncKind
    personal: tuple[str, ...] = ()
    secret: bool = False


def specs() -> list[TableSpec]:
    from citizenspace.store.models import Base

    return [
        TableSpec(t.name, t.info["sync"], t.info.get("personal", ()), t.info.get("secret", False))
        for t in Base.metadata.sorted_tables
        if t.info.get("sync") in (SyncKind.MUTABLE, SyncKind.INSERT_ONLY)
    ]


def _changed_pairs(columns: list[str]) -> str:
    return " UNION ALL ".join(
        f"SELECT {_lit(c)} AS k, NEW.{_q(c)} AS v WHERE NEW.{_q(c)} IS NOT OLD.{_q(c)}"
        for c in columns
    )


def trigger_sql(spec: TableSpec, columns: list[str]) -> list[str]:
    """The CREATE TRIGGER statements for one table, as a list of SQL strings."""
    table = spec.name
    t = _q(table)
    name = _lit(table)
    others = [c for c in columns if c != "id"]
    refuse = (
        f"SELECT RAISE(ABORT, 'citizenspace: {table} is insert-only; record a correction instead');"
    )
    if spec.secret:
        # No clock tick, no sequence: a random key orders the entries (see SecretOutboxEntry).
        insert = f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
BEGIN
  INSERT INTO secret_outbox (id, table_name, row_id, data, published)
  VALUES (lower(hex(randomblob(16))), {name}, NEW.id, {_json_row("NEW", columns)}, 0);
END"""
    else:
        insert = f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'I', {_json_row("NEW", columns)}, 0);
END"""
    stmts = [
        insert,
        f"""CREATE TRIGGER {PREFIX}{table}_id BEFORE UPDATE OF id ON {t}
WHEN NEW.id IS NOT OLD.id
BEGIN
  SELECT RAISE(ABORT, 'citizenspace: the id of a synced row never changes');
END""",
    ]
    if spec.kind is SyncKind.INSERT_ONLY:
        personal = [c for c in spec.personal if c in columns]
        fixed = [c for c in others if c not in personal]
        # The one change an insert-only row accepts: blanking personal data (retention,
        # erasure). Anything else is refused.
        not_a_redaction = " OR ".join(
            [f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in fixed]
            + [
                f"(NEW.{_q(c)} IS NOT OLD.{_q(c)} AND NEW.{_q(c)} IS NOT NULL "
                f"AND NEW.{_q(c)} != '')"
                for c in personal
            ]
        )
        stmts += [
            f"""CREATE TRIGGER {PREFIX}{table}_upd BEFORE UPDATE ON {t}
WHEN {not_a_redaction or "1"}
BEGIN
  {refuse}
END""",
            f"""CREATE TRIGGER {PREFIX}{table}_del BEFORE DELETE ON {t}
BEGIN
  {refuse}
END""",
        ]
        if personal:
            blanked = ", ".join(f"'$.\"{c}\"', NEW.{_q(c)}" for c in personal)
            stmts.append(
                f"""CREATE TRIGGER {PREFIX}{table}_redact AFTER UPDATE ON {t}
WHEN {" OR ".join(f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in personal)}
BEGIN
  UPDATE change_log SET data = json_set(data, {blanked})
  WHERE table_name = {name} AND row_id = NEW.id AND published = 0 AND op = 'I';
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'R',
          (SELECT json_group_object(k, v) FROM ({_changed_pairs(personal)})), 0);
END"""
            )
    else:
        changed = " OR ".join(f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in others) or "0"
        stmts += [
            f"""CREATE TRIGGER {PREFIX}{table}_upd AFTER UPDATE ON {t}
WHEN {changed}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'U',
          (SELECT json_group_object(k, v) FROM ({_changed_pairs(others)})), 0);
END""",
            # A deleted row's data does not linger in what this machine has yet to publish.
            f"""CREATE TRIGGER {PREFIX}{table}_del AFTER DELETE ON {t}
BEGIN
  UPDATE change_log SET data = NULL
  WHERE table_name = {name} AND row_id = OLD.id AND published = 0;
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


def install(conn: Connection, tables: list[TableSpec] | None = None) -> int:
    """(Re)create the capture triggers of every synced table present in the database.

    Idempotent; returns the number of tables covered. Runs inside the caller's transaction.
    """
    tables = specs() if tables is None else tables
    for name in _existing_triggers(conn):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
    present = {
        r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    covered = 0
    for spec in tables:
        if spec.name not in present:
            continue
        for stmt in trigger_sql(spec, _columns(conn, spec.name)):
            conn.exec_driver_sql(stmt)
        covered += 1
    return covered


@dataclass(frozen=True)
class CaptureProblem:
    table: str
    reason: str


def verify(conn: Connection, tables: list[TableSpec] | None = None) -> list[CaptureProblem]:
    """Check that every synced table has exactly the triggers its current columns need,
    and no other capture trigger is left over."""
    tables = specs() if tables is None else tables
    existing = _existing_triggers(conn)
    present = {
        r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    problems: list[CaptureProblem] = []
    expected_names: set[str] = set()
    for spec in tables:
        if spec.name not in present:
            problems.append(CaptureProblem(spec.name, "missing table"))
            continue
        for stmt in trigger_sql(spec, _columns(conn, spec.name)):
            trig = stmt.split()[2]
            expected_names.add(trig)
            if existing.get(trig) != stmt:
                problems.append(CaptureProblem(spec.name, f"trigger {trig} missing or stale"))
    for extra in sorted(set(existing) - expected_names):
        problems.append(CaptureProblem(extra, "unexpected capture trigger"))
    return problems


def pending_count(conn: Connection) -> int:
    """How many captured changes this machine has not yet published to the share."""
    return conn.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar_one()
