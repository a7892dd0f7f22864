"""Benchmarks for sync (issue 3), median of 5, printed, never asserted.

    python tests/benchmarks/bench_sync.py            # all
    python tests/benchmarks/bench_sync.py merge idle bytes
    python tests/benchmarks/bench_sync.py bootstrap  # builds a 1,000,000-visit database once

- merge: 100,000 changes from 10 devices (10,000 people inserted on each) applied to a
  fresh replica, against a plain SQLite upsert of the same rows in the same run;
- idle: a round when the share holds 50 device folders and nothing new;
- bootstrap: a new device from a snapshot of a database with 1,000,000 visits;
- bytes: bytes written to the share per captured change.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.ids import new_id  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from citizenspace.store.models import Person, Visit  # noqa: E402
from citizenspace.sync.engine import SyncEngine  # noqa: E402
from citizenspace.sync.share import open_share  # noqa: E402
from citizenspace.sync.snapshots import bootstrap, publish_snapshot  # noqa: E402

RUNS = 5


def people(n: int, tag: str) -> list[dict]:
    return [
        {
            "id": new_id(),
            "first_name": f"P{tag}{i}",
            "last_name": f"Nom{i}",
            "search_key": f"nom{i} p{tag}{i}",
            "postcode": "02100",
        }
        for i in range(n)
    ]


def median(label: str, figures: list[float], unit: str = "s") -> float:
    m = statistics.median(figures)
    print(
        f"  {label}: median {m:.3f} {unit}  (runs: {', '.join(f'{f:.3f}' for f in figures)})",
        flush=True,
    )
    return m


def build_share(tmp: Path, devices: int, per_device: int) -> Path:
    root = tmp / "share"
    root.mkdir()
    open_share(root)
    for d in range(devices):
        db, _ = open_database(tmp / f"dev{d}.db")
        with db.write() as s:
            s.execute(insert(Person), people(per_device, str(d)))
        assert SyncEngine(db, root).round().ok
        db.close()
    return root


def plain_people_table(conn: sqlite3.Connection) -> None:
    """The application's people table, its indexes included, and nothing of sync."""
    from sqlalchemy.dialects import sqlite as dialect
    from sqlalchemy.schema import CreateIndex, CreateTable

    table = Person.__table__
    conn.execute(str(CreateTable(table).compile(dialect=dialect.dialect())))
    for index in table.indexes:
        conn.execute(str(CreateIndex(index).compile(dialect=dialect.dialect())))


def plain_upsert(path: Path, rows: list[dict], *, same_schema: bool) -> float:
    """A plain SQLite upsert of `rows` in one transaction, with the durability settings the
    application uses (WAL, synchronous FULL); returns the seconds it took."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    names = list(rows[0])
    if same_schema:
        plain_people_table(conn)
    else:
        conn.execute(f"CREATE TABLE people ({', '.join(names)}, PRIMARY KEY (id))")
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    start = time.perf_counter()
    with conn:
        conn.executemany(
            f"INSERT INTO people ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            rows,
        )
    took = time.perf_counter() - start
    conn.close()
    return took


def bench_merge() -> None:
    print(
        "Merging 100,000 changes from 10 devices into a fresh replica (target <= 2 s, <= 2x upsert):"
    )
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        root = build_share(tmp, 10, 10_000)
        # The very rows the segments carry, every column as captured (the last device
        # holds them all: each device took the others' before publishing its own).
        conn = sqlite3.connect(tmp / "dev9.db")
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute("SELECT * FROM people")]
        conn.close()
        assert len(rows) == 100_000
        merge_runs, upsert_runs, bare_runs = [], [], []
        for r in range(RUNS):
            db, _ = open_database(tmp / f"fresh{r}.db")
            start = time.perf_counter()
            report = SyncEngine(db, root).round()
            merge_runs.append(time.perf_counter() - start)
            assert report.changes_applied == 100_000, report
            db.close()
            upsert_runs.append(plain_upsert(tmp / f"plain{r}.db", rows, same_schema=True))
            bare_runs.append(plain_upsert(tmp / f"bare{r}.db", rows, same_schema=False))
        m = median("merge", merge_runs)
        u = median("plain SQLite upsert of the same rows into the same table", upsert_runs)
        b = median("(for information: into a bare table with no index)", bare_runs)
        print(f"  ratio: {m / u:.2f}x the same-table upsert ({m / b:.2f}x the bare table)")


def bench_idle() -> None:
    print("An idle round with 50 device folders and nothing new (target <= 100 ms):")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        root = build_share(tmp, 50, 20)
        db, _ = open_database(tmp / "reader.db")
        assert SyncEngine(db, root).round().ok  # catch up once
        runs = []
        for _ in range(RUNS):
            start = time.perf_counter()
            report = SyncEngine(db, root).round()
            runs.append(time.perf_counter() - start)
            assert report.applied == 0 and report.ok
        db.close()
        median("idle round", [r * 1000 for r in runs], "ms")


def bench_bytes() -> None:
    print("Bytes written to the share per captured change:")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        root = tmp / "share"
        root.mkdir()
        open_share(root)
        db, _ = open_database(tmp / "a.db")
        with db.write() as s:
            s.execute(insert(Person), people(10_000, "a"))
        assert SyncEngine(db, root).round().ok
        db.close()
        size = sum(p.stat().st_size for p in (root / "devices").rglob("seg-*"))
        print(f"  {size / 10_000:.1f} bytes per change (10,000 people inserted, gzip JSON)")


def bench_bootstrap() -> None:
    print("Bootstrapping a new device from a snapshot of 1,000,000 visits (target <= 10 s):")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        root = tmp / "share"
        root.mkdir()
        share = open_share(root)
        db, _ = open_database(tmp / "big.db")
        start_day = datetime(2025, 1, 1, 8)
        for chunk in range(100):
            rows = [
                {
                    "id": new_id(),
                    "channel": "desk",
                    "outcome": "answered",
                    "arrived_at": start_day + timedelta(minutes=(chunk * 10_000 + i) // 3),
                    "note": "",
                }
                for i in range(10_000)
            ]
            with db.write() as s:
                s.execute(insert(Visit).execution_options(render_nulls=True), rows)
        print("  (database built; publishing it once...)", flush=True)
        assert SyncEngine(db, root).round().ok
        publish_snapshot(db, share)
        db.close()
        runs = []
        for r in range(RUNS):
            target = tmp / f"new{r}.db"
            start = time.perf_counter()
            assert bootstrap(share, target) is not None
            fresh, _ = open_database(target)
            report = SyncEngine(fresh, root).round()
            runs.append(time.perf_counter() - start)
            assert report.ok
            fresh.close()
        median("bootstrap (restore snapshot, open, first round)", runs)


def main(argv: list[str]) -> None:
    chosen = argv or ["merge", "idle", "bytes", "bootstrap"]
    for name in chosen:
        {
            "merge": bench_merge,
            "idle": bench_idle,
            "bytes": bench_bytes,
            "bootstrap": bench_bootstrap,
        }[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
