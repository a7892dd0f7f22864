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
DEVICE = "(SELECT device_id FROM local_state WHERE id = 1)"
#: Capture stands aside while changes from other devices are applied (store.LocalState).
LOCAL_ONLY = "(SELECT applying FROM local_state WHERE id = 1) = 0"


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


@dataclass(frozen=True)
class Features:
    """What the live schema offers the triggers. An old migration installs the triggers of
    its own time: the sync bookkeeping (migration 0003) may not exist yet."""

    applying: bool = True
    versions: bool = True

    @classmethod
    def of(cls, conn: Connection) -> Features:
        tables = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        return cls(
            applying="applying" in _columns(conn, "local_state"),
            versions={"row_versions", "field_writes"} <= tables
            and "base" in _columns(conn, "change_log"),
        )


def trigger_sql(spec: TableSpec, columns: list[str], features: Features = Features()) -> list[str]:
    """The CREATE TRIGGER statements for one table, as a list of SQL strings."""
    if not features.versions:
        return _plain_trigger_sql(spec, columns, features)
    table = spec.name
    t = _q(table)
    name = _lit(table)
    others = [c for c in columns if c != "id"]
    refuse = (
        f"SELECT RAISE(ABORT, 'citizenspace: {table} is insert-only; record a correction instead');"
    )
    local_only = LOCAL_ONLY if features.applying else "1"
    if spec.secret:
        # No clock tick, no sequence: a random key orders the entries (see SecretOutboxEntry).
        insert = f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
WHEN {local_only}
BEGIN
  INSERT INTO secret_outbox (id, table_name, row_id, data, published)
  VALUES (lower(hex(randomblob(16))), {name}, NEW.id, {_json_row("NEW", columns)}, 0);
END"""
    elif spec.kind is SyncKind.INSERT_ONLY:
        insert = f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
WHEN {local_only}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'I', {_json_row("NEW", columns)}, 0);
END"""
    else:
        # Every field of a new row has the row's version ("*") until it is updated.
        insert = f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
WHEN {local_only}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'I', {_json_row("NEW", columns)}, 0);
  INSERT OR REPLACE INTO row_versions (table_name, row_id, versions, deleted_hlc, deleted_device)
  VALUES ({name}, NEW.id, json_object('*', json_array({CLOCK_NOW}, {DEVICE})), NULL, NULL);
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
WHEN ({" OR ".join(f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in personal)}) AND {local_only}
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
        pairs = _changed_pairs(others)
        versions = (
            f"(SELECT versions FROM row_versions WHERE table_name = {name} AND row_id = NEW.id)"
        )
        # The version each changed field had: its own if it was updated, else the row's.
        base_of = (
            f"json(coalesce(json_extract({versions}, '$.\"' || c.k || '\"'), "
            f"json_extract({versions}, '$.\"*\"')))"
        )
        stmts += [
            f"""CREATE TRIGGER {PREFIX}{table}_upd AFTER UPDATE ON {t}
WHEN ({changed}) AND {local_only}
BEGIN
  {CLOCK_TICK}
  INSERT INTO field_writes (table_name, row_id, field, hlc, device, bases, value)
  SELECT {name}, NEW.id, c.k, {CLOCK_NOW}, {DEVICE},
         CASE WHEN {base_of} IS NULL THEN '[]' ELSE json_array({base_of}) END, json_quote(c.v)
  FROM ({pairs}) AS c;
  INSERT INTO change_log (hlc, table_name, row_id, op, data, base, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'U',
          (SELECT json_group_object(k, v) FROM ({pairs})),
          (SELECT json_group_object(c.k, {base_of}) FROM ({pairs}) AS c), 0);
  INSERT OR IGNORE INTO row_versions (table_name, row_id, versions) VALUES ({name}, NEW.id, '{{}}');
  UPDATE row_versions
  SET versions = json_patch(versions, (SELECT json_group_object(c.k,
                 json_array({CLOCK_NOW}, {DEVICE})) FROM ({pairs}) AS c))
  WHERE table_name = {name} AND row_id = NEW.id;
END""",
            # A deleted row's data does not linger in what this machine has yet to publish.
            f"""CREATE TRIGGER {PREFIX}{table}_del AFTER DELETE ON {t}
WHEN {local_only}
BEGIN
  UPDATE change_log SET data = NULL
  WHERE table_name = {name} AND row_id = OLD.id AND published = 0;
  DELETE FROM field_writes WHERE table_name = {name} AND row_id = OLD.id;
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, OLD.id, 'D', NULL, 0);
  INSERT OR IGNORE INTO row_versions (table_name, row_id, versions) VALUES ({name}, OLD.id, '{{}}');
  UPDATE row_versions SET deleted_hlc = {CLOCK_NOW}, deleted_device = {DEVICE}
  WHERE table_name = {name} AND row_id = OLD.id;
END""",
        ]
    return stmts


def _plain_trigger_sql(spec: TableSpec, columns: list[str], features: Features) -> list[str]:
    """Triggers for a schema without the sync bookkeeping (before migration 0003)."""
    table = spec.name
    t = _q(table)
    name = _lit(table)
    others = [c for c in columns if c != "id"]
    stmts = trigger_sql(spec, columns, Features(applying=features.applying, versions=True))
    if spec.kind is SyncKind.INSERT_ONLY or spec.secret:
        return stmts
    keep = [
        st
        for st in stmts
        if " AFTER UPDATE ON " not in st
        and " AFTER DELETE ON " not in st
        and " AFTER INSERT ON " not in st
    ]
    changed = " OR ".join(f"NEW.{_q(c)} IS NOT OLD.{_q(c)}" for c in others) or "0"
    return [
        f"""CREATE TRIGGER {PREFIX}{table}_ins AFTER INSERT ON {t}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'I', {_json_row("NEW", columns)}, 0);
END""",
        *keep,
        f"""CREATE TRIGGER {PREFIX}{table}_upd AFTER UPDATE ON {t}
WHEN {changed}
BEGIN
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, NEW.id, 'U',
          (SELECT json_group_object(k, v) FROM ({_changed_pairs(others)})), 0);
END""",
        f"""CREATE TRIGGER {PREFIX}{table}_del AFTER DELETE ON {t}
BEGIN
  UPDATE change_log SET data = NULL
  WHERE table_name = {name} AND row_id = OLD.id AND published = 0;
  {CLOCK_TICK}
  INSERT INTO change_log (hlc, table_name, row_id, op, data, published)
  VALUES ({CLOCK_NOW}, {name}, OLD.id, 'D', NULL, 0);
END""",
    ]


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
    features = Features.of(conn)
    for spec in tables:
        if spec.name not in present:
            continue
        for stmt in trigger_sql(spec, _columns(conn, spec.name), features):
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
    features = Features.of(conn)
    for spec in tables:
        if spec.name not in present:
            problems.append(CaptureProblem(spec.name, "missing table"))
            continue
        for stmt in trigger_sql(spec, _columns(conn, spec.name), features):
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
