"""The common case of a merge, done in bulk: rows this replica has never seen.

A new device, or one back from weeks on the bus, receives mostly inserts of rows it does
not hold. Those need no per-field comparison: they are inserted with one statement per
table and column set, and their versions recorded the same way. Everything else (updates,
deletes, rows already here) goes through the careful path, in order, afterwards.

Several segments can go in together (`bulk_new_rows_many`): the rows of every segment of
a batch, sorted once by key, fill the table's pages one after the other instead of ten
times over, which is most of what a device catching up pays.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, text

from citizenspace.domain.sync_kinds import SyncKind
from citizenspace.store import capture
from citizenspace.store.engine import sqlite_of

#: From this many rows, the table's insert capture trigger is set aside while they go in.
#: Even when its WHEN clause says "applying, stand aside", SQLite runs a trigger program
#: for every row: that alone doubled the cost of a bulk insert.
TRIGGER_ASIDE_FROM = 1_000

#: From this many rows, and when they outnumber the rows already in the table, the table's
#: indexes are dropped while they go in and built again after (`_indexes_aside`).
INDEXES_ASIDE_FROM = 5_000


@dataclass
class Incoming:
    """The changes of one segment, as `bulk_new_rows_many` takes them: `listed` names the
    columns of the tables whose inserts come as lists of values."""

    changes: list[list[Any]]
    device: str
    listed: dict[str, list[str]]


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
    """Insert the rows of `changes` (one segment of `device`) that are new here; return the
    changes left for the careful path (in their original order) and how many were inserted.
    `columns` are the tables' columns here; `listed` the names of inserts whose values
    come as a list. See `bulk_new_rows_many` for `optimistic`."""
    incoming = Incoming(changes, device, listed or {})
    return bulk_new_rows_many(conn, [incoming], kinds, columns, optimistic=optimistic)[0]


def bulk_new_rows_many(
    conn: Connection,
    batch: list[Incoming],
    kinds: dict[str, SyncKind],
    columns: dict[str, set[str]],
    *,
    optimistic: bool = False,
) -> list[tuple[list[list[Any]], int]]:
    """`bulk_new_rows` for several segments at once: for each, the changes left for the
    careful path and how many rows went in. A row inserted by two segments goes in with the
    first; the second meets it on the careful path, as it would one after the other.

    With `optimistic`, nothing is looked up first: rows are inserted as new, and SQLite's
    own keys say if one was not — a row here fails on its table's primary key, a tombstone
    (or a row here without versions) on the versions' key. The IntegrityError sends the
    caller back to apply everything again carefully, looking each row up, one segment after
    the other. A device catching up meets only new rows; rows met again (a writer
    publishing again) are rare. Taking the inserts of later segments before the careful
    changes of earlier ones gives the same rows: a change to a row not here yet would wait
    for it anyway (`merge._Merger._defer`), and a delete wins whichever comes first."""
    by_table: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    for s, incoming in enumerate(batch):
        for table, indexes in _inserts_by_table(incoming.changes).items():
            if table in kinds:
                by_table[table].append((s, indexes))
    taken: list[set[int]] = [set() for _ in batch]
    for table, parts in by_table.items():
        _bulk_table(conn, table, parts, batch, columns, kinds[table], optimistic, taken)
    out: list[tuple[list[list[Any]], int]] = []
    for incoming, took in zip(batch, taken, strict=True):
        if len(took) == len(incoming.changes):
            out.append(([], len(took)))
        else:
            rest = [c for i, c in enumerate(incoming.changes) if i not in took]
            out.append((rest, len(took)))
    return out


def _inserts_by_table(changes: list[list[Any]]) -> dict[str, list[int]]:
    """The indexes of the inserts (with values) among `changes`, by table."""
    tables = list(map(itemgetter(2), changes))
    if (
        len(set(tables)) == 1
        and set(map(itemgetter(4), changes)) == {"I"}
        and None not in map(itemgetter(5), changes)
    ):
        # A segment of inserts into one table (the usual case), without a loop in Python.
        return {tables[0]: list(range(len(changes)))}
    found: dict[str, list[int]] = defaultdict(list)
    for i, change in enumerate(changes):
        if change[4] == "I" and change[5] is not None:
            found[change[2]].append(i)
    return found


def _bulk_table(
    conn: Connection,
    table: str,
    parts: list[tuple[int, list[int]]],
    batch: list[Incoming],
    columns: dict[str, set[str]],
    kind: SyncKind,
    optimistic: bool,
    taken: list[set[int]],
) -> None:
    """Insert the rows of `table` among the changes `parts` names (segment, indexes) that are
    new here; adds to `taken` which went in."""
    mutable = kind is SyncKind.MUTABLE
    here: set[str] = set()
    if not optimistic:
        ids = [batch[s].changes[i][3] for s, indexes in parts for i in indexes]
        here = _existing(conn, table, "id", ids)
        if mutable:  # the rows' versions, or their tombstones
            here |= _existing(conn, "row_versions", "row_id", ids, table_name=table)
    cols = columns[table]
    seen: set[str] = set()
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    lists: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    versions: list[tuple[str, str, str]] = []
    count = 0
    for s, indexes in parts:
        incoming = batch[s]
        names = tuple(incoming.listed.get(table, ()))
        # Values in a list go in as they are, when this replica knows every column.
        as_listed = bool(names) and set(names) <= cols and "id" in names
        # The JSON of {"*": [hlc, device]}, as json.dumps writes it (ids are uuids).
        stamp = '{{"*": [{}, "' + incoming.device.replace('"', "") + '"]}}'
        rows = [incoming.changes[i] for i in indexes]
        ids = [c[3] for c in rows]
        datas = [c[5] for c in rows]
        unique = set(ids)
        if (
            as_listed
            and here.isdisjoint(unique)
            and len(unique) == len(ids)
            and seen.isdisjoint(unique)
            and set(map(type, datas)) == {list}
            and set(map(len, datas)) == {len(names)}
        ):
            # The usual case, a segment of rows never seen, without a loop in Python.
            lists[names] += datas
            seen |= unique
            if mutable:
                versions += zip(repeat(table), ids, map(stamp.format, map(itemgetter(1), rows)))
            taken[s].update(indexes)
            count += len(indexes)
            continue
        for i, change in zip(indexes, rows, strict=True):
            _seq, hlc, _t, row_id, _op, data, _base = change
            if row_id in here or row_id in seen:
                continue  # already here, or twice in this batch: the careful path decides
            if isinstance(data, list):
                if not as_listed or len(data) != len(names):
                    continue  # the careful path expands it, or says what is wrong
                lists[names].append(data)
            else:
                row = data if data.keys() <= cols else {k: v for k, v in data.items() if k in cols}
                groups[tuple(row)].append(row)
            seen.add(row_id)
            if mutable:
                versions.append((table, row_id, stamp.format(hlc)))
            taken[s].add(i)
            count += 1
    with (
        _capture_aside(conn, table, count >= TRIGGER_ASIDE_FROM),
        _indexes_aside(conn, table, count),
    ):
        # In key order: B-tree pages are then filled one after the other.
        for names, values in lists.items():
            values.sort(key=itemgetter(names.index("id")))
            # Straight to the driver, which takes the decoded lists as they are.
            sqlite_of(conn).executemany(
                f"INSERT INTO {_q(table)} ({', '.join(map(_q, names))}) "
                f"VALUES ({', '.join('?' * len(names))})",
                values,
            )
        for group, dicts in groups.items():
            dicts.sort(key=itemgetter("id"))
            conn.exec_driver_sql(
                f"INSERT INTO {_q(table)} ({', '.join(map(_q, group))}) "
                f"VALUES ({', '.join(f':{n}' for n in group)})",
                dicts,
            )
    if versions:
        versions.sort(key=itemgetter(1))
        sqlite_of(conn).executemany(
            "INSERT INTO row_versions (table_name, row_id, versions) VALUES (?, ?, ?)", versions
        )


@contextmanager
def _indexes_aside(conn: Connection, table: str, count: int) -> Iterator[None]:
    """Drop the table's own indexes while `count` new rows go in, and build them again
    after, with exactly the same statements, when the rows outnumber those already there:
    keys that come in no useful order (names, districts) each cost a descent into an
    index the cache cannot hold, where building it again sorts everything once. Inside the
    apply transaction, like `_capture_aside`: a crash or an error rolls it all back."""
    if count < INDEXES_ASIDE_FROM:
        yield
        return
    # How many rows are here, counted no further than `count` (any table, rowid or not).
    held = conn.exec_driver_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {_q(table)} LIMIT ?)", (count + 1,)
    ).scalar_one()
    # Not a UNIQUE index: it is what makes a row met again fail at once (see
    # `bulk_new_rows_many`, optimistic), not at the rebuild.
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'",
        (table,),
    ).all()
    if held > count or not indexes:
        yield
        return
    for name, _sql in indexes:
        conn.exec_driver_sql(f"DROP INDEX {_q(name)}")
    yield
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)


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
