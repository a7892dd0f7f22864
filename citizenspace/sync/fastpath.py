"""The common case of a merge, done in bulk: rows this replica has never seen.

A new device, or one back from weeks on the bus, receives mostly inserts of rows it does
not hold. Those need no per-field comparison: they are inserted with one statement per
table and column set, and their versions recorded the same way. Everything else (updates,
deletes, rows already here) goes through the careful path, in order, afterwards.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection

from citizenspace.domain.sync_kinds import SyncKind
from citizenspace.store import capture

#: From this many rows, the table's insert capture trigger is set aside while they go in.
#: Even when its WHEN clause says "applying, stand aside", SQLite runs a trigger program
#: for every row: that alone doubled the cost of a bulk insert.
TRIGGER_ASIDE_FROM = 1_000


def _existing(conn: Connection, select: str, key: str, keys: list[str]) -> set[str]:
    """Which of `keys` the query `select ... ` finds in column `key`: one statement, the
    keys passed as one JSON array (far cheaper than thousands of bound parameters)."""
    sql = f"{select} {'AND' if ' WHERE ' in select else 'WHERE'} {key} IN (SELECT value FROM json_each(?))"
    return {r[0] for r in conn.exec_driver_sql(sql, (json.dumps(keys),))}


def bulk_new_rows(
    conn: Connection,
    changes: list[list[Any]],
    device: str,
    kinds: dict[str, SyncKind],
    columns: dict[str, set[str]],
) -> tuple[list[list[Any]], int]:
    """Insert the rows of `changes` that are new here; return the changes left for the
    careful path (in their original order) and how many were inserted."""
    by_table: dict[str, list[int]] = defaultdict(list)
    for i, change in enumerate(changes):
        _seq, _hlc, table, _row_id, op, data, _base = change
        if op == "I" and data is not None and table in kinds:
            by_table[table].append(i)
    taken: set[int] = set()
    inserted = 0
    for table, indexes in by_table.items():
        ids = [changes[i][3] for i in indexes]
        here = _existing(conn, f'SELECT id FROM "{table}"', "id", ids)
        mutable = kinds[table] is SyncKind.MUTABLE
        if mutable:
            here |= _existing(
                conn,
                "SELECT row_id FROM row_versions WHERE table_name = '"
                + table.replace("'", "''")
                + "'",
                "row_id",
                ids,
            )
        seen: set[str] = set()
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        versions: list[tuple[str, str, str]] = []
        cols = columns[table]
        for i in indexes:
            _seq, hlc, _t, row_id, _op, data, _base = changes[i]
            if row_id in here or row_id in seen:
                continue  # already here, or twice in this segment: the careful path decides
            seen.add(row_id)
            row = data if data.keys() <= cols else {k: v for k, v in data.items() if k in cols}
            groups[tuple(row)].append(row)
            if mutable:
                # The JSON of {"*": [hlc, device]}, as json.dumps writes it (ids are uuids).
                versions.append((table, row_id, f'{{"*": [{int(hlc)}, "{device}"]}}'))
            taken.add(i)
        count = sum(len(rows) for rows in groups.values())
        with _capture_aside(conn, table, count >= TRIGGER_ASIDE_FROM):
            for names, rows in groups.items():
                quoted = ", ".join(f'"{n}"' for n in names)
                marks = ", ".join(f":{n}" for n in names)
                # In key order: B-tree pages are then filled one after the other.
                rows.sort(key=lambda r: r["id"])
                conn.exec_driver_sql(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)
                inserted += len(rows)
        if versions:
            versions.sort()
            conn.exec_driver_sql(
                "INSERT INTO row_versions (table_name, row_id, versions) VALUES (?, ?, ?)",
                versions,
            )
    rest = [c for i, c in enumerate(changes) if i not in taken]
    return rest, inserted


@contextmanager
def _capture_aside(conn: Connection, table: str, aside: bool) -> Iterator[None]:
    """Drop the table's insert capture trigger for the duration, and put back exactly the
    same statement. Inside the apply transaction: a crash or an error rolls the drop back
    with everything else, and no other connection can write meanwhile (we hold the write
    lock), so no local insert can slip through uncaptured."""
    row = None
    if aside:
        row = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (f"{capture.PREFIX}{table}_ins",),
        ).first()
    if row is None:
        yield
        return
    applying = conn.exec_driver_sql("SELECT applying FROM local_state WHERE id = 1").scalar()
    if applying != 1:
        raise RuntimeError("capture triggers are set aside only while applying remote changes")
    conn.exec_driver_sql(f'DROP TRIGGER "{row[0]}"')
    yield
    conn.exec_driver_sql(row[1])
