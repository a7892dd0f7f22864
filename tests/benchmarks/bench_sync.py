"""Benchmarks for sync (issues 3 and 11), median of 5, printed, never asserted.

    python tests/benchmarks/bench_sync.py            # all, on a quiet machine
    python tests/benchmarks/bench_sync.py merge idle bytes
    python tests/benchmarks/bench_sync.py --load merge bootstrap   # quiet, then under load
    python tests/benchmarks/bench_sync.py --load-only --burners 2 merge
    python tests/benchmarks/bench_sync.py bootstrap-city   # on _million.py's city, for information

- merge: 100,000 changes from 10 devices (10,000 people inserted on each) applied to a
  fresh replica, against a plain SQLite upsert of the same rows in the same run;
- idle: a round when the share holds 50 device folders and nothing new;
- bootstrap: a new computer joining a share whose snapshot holds 1,000,000 visits: a new
  database, then its first round, which starts from the snapshot in place (what
  `citizenspace sync` and the application do). The share is built once and cached;
- bytes: bytes written to the share per captured change.

"Under load": while measuring, `--burners` processes (default: one per core but one, i.e.
every other core busy, as on an office PC running something else) spin on the CPU.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.ids import new_id  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from citizenspace.store.models import Person  # noqa: E402
from citizenspace.sync.engine import SyncEngine  # noqa: E402
from citizenspace.sync.share import open_share  # noqa: E402
from citizenspace.sync.snapshots import bootstrap, publish_snapshot  # noqa: E402
from tests.benchmarks._million import CACHE, million_visits_db  # noqa: E402

RUNS = 5
BURN = "while True: pass"


@contextmanager
def burning(burners: int) -> Iterator[None]:
    """`burners` processes keeping cores busy for the duration (none: a quiet machine)."""
    procs = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(burners)]
    try:
        if procs:
            time.sleep(0.5)  # let them get going
        yield
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


def conditions(burners: int) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    quiet = "quiet" if not burners else f"under load: {burners} CPU-burning processes"
    return f"{quiet}; {os.cpu_count()} cores; load average {load:.2f} before"


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


def bench_merge(burners: int) -> None:
    print(
        "Merging 100,000 changes from 10 devices into a fresh replica (target <= 2 s, <= 2x upsert)"
        f" -- {conditions(burners)}:"
    )
    with tempfile.TemporaryDirectory() as t, burning(burners):
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


def bench_idle(burners: int) -> None:
    print(
        f"An idle round with 50 device folders and nothing new (target <= 100 ms) -- {conditions(burners)}:"
    )
    with tempfile.TemporaryDirectory() as t, burning(burners):
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


def bench_bytes(_burners: int) -> None:
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


def _stamp(t: datetime) -> str:
    """As SQLAlchemy stores a DateTime in SQLite."""
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")


def visits_share() -> Path:
    """A share whose snapshot holds 1,000,000 visits, as this benchmark always measured
    them (issue 11's 18.5 s): desk visits with their channel, outcome and arrival. Made
    once and cached (inserting a million rows and publishing the snapshot take minutes)."""
    from citizenspace.store.migrations import HEAD

    return _cached_share(f"visits-share-{HEAD}", _visits_db)


def city_share() -> Path:
    """The same with the 1,000,000-visit city of `_million.py` (every column filled as at
    a busy desk, the demo's places and staff): twice the bytes."""
    from citizenspace.store.migrations import HEAD

    return _cached_share(f"million-share-{HEAD}", million_visits_db)


def _visits_db(path: Path) -> Path:
    db, _ = open_database(path)
    start_day = datetime(2025, 1, 1, 8)
    for chunk in range(100):
        rows = [
            (new_id(), "desk", "answered", _stamp(start_day + timedelta(minutes=k // 3)), "")
            for k in range(chunk * 10_000, (chunk + 1) * 10_000)
        ]
        with db.write() as s:  # as a merge inserts what other desks logged
            raw = s.connection().connection.driver_connection
            raw.execute("UPDATE local_state SET applying = 1 WHERE id = 1")
            raw.executemany(
                "INSERT INTO visits (id, channel, outcome, arrived_at, note) VALUES (?,?,?,?,?)",
                rows,
            )
            raw.execute("UPDATE local_state SET applying = 0 WHERE id = 1")
    db.close()
    return path


def _cached_share(name: str, make_db) -> Path:  # noqa: ANN001 - (Path) -> Path
    cached = CACHE / name
    if not (cached / "share" / "snapshots").is_dir():
        print(f"  (building {name} once: a database, then its snapshot...)", flush=True)
        partial = cached.with_name(cached.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        (partial / "share").mkdir()
        db, _ = open_database(make_db(partial / "city.db"))
        with db.write() as s:  # a demo city never syncs: this one must
            s.execute(text("DELETE FROM local_settings WHERE key = 'is_demo'"))
        assert SyncEngine(db, partial / "share").round().ok  # what it holds, published
        started = time.perf_counter()
        publish_snapshot(db, open_share(partial / "share"))
        print(f"  (snapshot published in {time.perf_counter() - started:.1f} s)", flush=True)
        db.close()
        for p in partial.glob("city.db*"):
            p.unlink()
        shutil.rmtree(cached, ignore_errors=True)
        partial.rename(cached)
    return cached / "share"


def bench_bootstrap(burners: int, *, city: bool = False) -> None:
    what = "the 1,000,000-visit city of _million.py" if city else "1,000,000 visits"
    print(
        f"A new computer joining a share whose snapshot holds {what} (target <= 10 s)"
        f" -- {conditions(burners)}:"
    )
    root = city_share() if city else visits_share()
    ref = open_share(root).latest_snapshot()
    assert ref is not None
    print(f"  (snapshot: {ref.size / 1e6:.0f} MB compressed)", flush=True)
    with tempfile.TemporaryDirectory() as t, burning(burners):
        tmp = Path(t)
        joins, files = [], []
        for r in range(RUNS):
            start = time.perf_counter()
            fresh, _ = open_database(tmp / f"new{r}.db")
            report = SyncEngine(fresh, root).round()
            joins.append(time.perf_counter() - start)
            assert report.ok and report.started_from, report
            fresh.close()
            for p in tmp.glob(f"new{r}.db*"):
                p.unlink()
            start = time.perf_counter()
            assert bootstrap(open_share(root), tmp / f"file{r}.db") is not None
            files.append(time.perf_counter() - start)
            for p in tmp.glob(f"file{r}.db*"):
                p.unlink()
        median("new database + first round, started from the snapshot in place", joins)
        median("(for information: the snapshot restored to a file of its own)", files)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "benchmarks",
        nargs="*",
        choices=["merge", "idle", "bytes", "bootstrap", "bootstrap-city"],
        help="bootstrap-city: the same on _million.py's city (not in the default set)",
    )
    parser.add_argument("--load", action="store_true", help="quiet, then again under load")
    parser.add_argument("--load-only", action="store_true", help="under load only")
    parser.add_argument(
        "--burners",
        type=int,
        default=max(1, (os.cpu_count() or 2) - 1),
        help="CPU-burning processes under load (default: one per core but one)",
    )
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    globals()["RUNS"] = args.runs
    ways = [args.burners] if args.load_only else [0, args.burners] if args.load else [0]
    chosen = args.benchmarks or ["merge", "idle", "bytes", "bootstrap"]
    for name in chosen:
        for burners in ways:
            {
                "merge": bench_merge,
                "idle": bench_idle,
                "bytes": bench_bytes,
                "bootstrap": bench_bootstrap,
                "bootstrap-city": lambda b: bench_bootstrap(b, city=True),
            }[name](burners)


if __name__ == "__main__":
    main(sys.argv[1:])
