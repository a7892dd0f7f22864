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
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from citizenspace.domain.sync_kinds import SyncKind
from citizenspace.store import capture

#: From this many rows, the table's insert capture trigger is set aside while they go in.
#: Even when its WHEN clause says "applying, stand aside", SQLite runs a trigger program
#: for every row: that alone doubled the cost of a bulk insert.
TRIGGER_ASIDE_FROM = 1_000


def _existing(conn: Connection, table: str, key: str, ids: list[str], **match: str) -> set[str]:
    """Which of `ids` are in `table`'s column `key` (and its columns `match`): one statement
    with the ids as one JSON array, each looked up by its index (far cheaper than thousands
    of bound parameters, or than scanning the table)."""
    where = "".join(f" AND {_q(k)} = :{k}" for k in match)
    sql = (
        "SELECT j.value FROM json_each(:ids) AS j WHERE EXISTS "
        f"(SELECT 1 FROM {_q(table)} WHERE {_q(key)} = j.value{where})"
    )
    return {r[0] for r in conn.execute(text(sql), {"ids": json.dumps(ids), **match})}


def bulk_new_rows(
    conn: Connection,
    changes: list[list[Any]],
    device: str,
    kinds: dict[str, SyncKind],
    columns: dict[str, set[str]],
    listed: dict[str, list[str]] | None = None,
    *,
    optimistic: bool = False,
) -> tuple[list[list[Any]], int]:
    """Insert the rows of `changes` that are new here; return the changes left for the
    careful path (in their original order) and how many were inserted. `columns` are the
    tables' columns here; `listed` the names of inserts whose values come as a list.

    With `optimistic`, nothing is looked up first: rows are inserted as new, and SQLite's
    own keys say if one was not — a row here fails on its table's primary key, a tombstone
    (or a row here without versions) on the versions' key. The IntegrityError sends the
    caller back to apply everything again carefully, looking each row up. A device catching
    up meets only new rows; rows met again (a writer publishing again) are rare."""
    listed = listed or {}
    by_table: dict[str, list[int]] = defaultdict(list)
    for i, change in enumerate(changes):
        _seq, _hlc, table, _row_id, op, data, _base = change
        if op == "I" and data is not None and table in kinds:
            by_table[table].append(i)
    taken: set[int] = set()
    for table, indexes in by_table.items():
        mutable = kinds[table] is SyncKind.MUTABLE
        taken |= _bulk_table(
            conn,
            table,
            indexes,
            changes,
            device,
            columns,
            tuple(listed.get(table, ())),
            mutable,
            optimistic,
        )
    rest = [c for i, c in enumerate(changes) if i not in taken]
    return rest, len(taken)


def _bulk_table(
    conn: Connection,
    table: str,
    indexes: list[int],
    changes: list[list[Any]],
    device: str,
    columns: dict[str, set[str]],
    names: tuple[str, ...],
    mutable: bool,
    optimistic: bool,
) -> set[int]:
    """Insert the rows of `table` among `changes[indexes]` that are new here; returns which."""
    ids = [changes[i][3] for i in indexes]
    here: set[str] = set()
    if not optimistic:
        here = _existing(conn, table, "id", ids)
        if mutable:  # the rows' versions, or their tombstones
            here |= _existing(conn, "row_versions", "row_id", ids, table_name=table)
    taken: set[int] = set()
    seen: set[str] = set()
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    lists: list[list[Any]] = []
    versions: list[tuple[str, str, str]] = []
    cols = columns[table]
    # Values in a list go in as they are, when this replica knows every column.
    as_listed = bool(names) and set(names) <= cols and "id" in names
    stamp = '{{"*": [{}, "' + device.replace('"', "") + '"]}}'
    for i in indexes:
        _seq, hlc, _t, row_id, _op, data, _base = changes[i]
        if row_id in here or row_id in seen:
            continue  # already here, or twice in this segment: the careful path decides
        if isinstance(data, list):
            if not as_listed or len(data) != len(names):
                continue  # the careful path expands it, or says what is wrong
            lists.append(data)
        else:
            row = data if data.keys() <= cols else {k: v for k, v in data.items() if k in cols}
            groups[tuple(row)].append(row)
        seen.add(row_id)
        if mutable:
            # The JSON of {"*": [hlc, device]}, as json.dumps writes it (ids are uuids).
            versions.append((table, row_id, stamp.format(hlc)))
        taken.add(i)
    count = len(taken)
    with _capture_aside(conn, table, count >= TRIGGER_ASIDE_FROM):
        # In key order: B-tree pages are then filled one after the other.
        if lists:
            at = names.index("id")
            lists.sort(key=itemgetter(at))
            # Straight to the driver, which takes the decoded lists as they are.
            conn.connection.driver_connection.executemany(
                f"INSERT INTO {_q(table)} ({', '.join(map(_q, names))}) "
                f"VALUES ({', '.join('?' * len(names))})",
                lists,
            )
        for group, rows in groups.items():
            rows.sort(key=lambda r: r["id"])
            conn.exec_driver_sql(
                f"INSERT INTO {_q(table)} ({', '.join(map(_q, group))}) "
                f"VALUES ({', '.join(f':{n}' for n in group)})",
                rows,
            )
    if versions:
        versions.sort()
        conn.connection.driver_connection.executemany(
            "INSERT INTO row_versions (table_name, row_id, versions) VALUES (?, ?, ?)", versions
        )
    return taken


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


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
