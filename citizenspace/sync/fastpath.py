"""The common case of a merge, done in bulk: rows this replica has never seen.

A new device, or one back from weeks on the bus, receives mostly inserts of rows it does
not hold. Those need no per-field comparison: they are inserted with one statement per
table and column set, and their versions recorded the same way. Everything else (updates,
deletes, rows already here) goes through the careful path, in order, afterwards.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from citizenspace.domain.sync_kinds import SyncKind

CHUNK = 500


def _existing(conn: Connection, sql: str, keys: list[Any]) -> set[Any]:
    found: set[Any] = set()
    for i in range(0, len(keys), CHUNK):
        part = keys[i : i + CHUNK]
        marks = ",".join("?" * len(part))
        found.update(r[0] for r in conn.exec_driver_sql(sql.format(marks=marks), tuple(part)))
    return found


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
        here = _existing(conn, f'SELECT id FROM "{table}" WHERE id IN ({{marks}})', ids)
        mutable = kinds[table] is SyncKind.MUTABLE
        if mutable:
            here |= _existing(
                conn,
                "SELECT row_id FROM row_versions WHERE table_name = '"
                + table.replace("'", "''")
                + "' AND row_id IN ({marks})",
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
            row = {k: v for k, v in data.items() if k in cols}
            groups[tuple(sorted(row))].append(row)
            if mutable:
                versions.append((table, row_id, json.dumps({"*": [int(hlc), device]})))
            taken.add(i)
        for names, rows in groups.items():
            quoted = ", ".join(f'"{n}"' for n in names)
            marks = ", ".join("?" * len(names))
            conn.exec_driver_sql(
                f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                [tuple(r[n] for n in names) for r in rows],
            )
            inserted += len(rows)
        if versions:
            conn.exec_driver_sql(
                "INSERT INTO row_versions (table_name, row_id, versions) VALUES (?, ?, ?)",
                versions,
            )
    rest = [c for i, c in enumerate(changes) if i not in taken]
    return rest, inserted
