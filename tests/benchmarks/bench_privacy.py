"""Benchmarks for personal data (issue 12), median of 5, printed, never asserted.

    python tests/benchmarks/bench_privacy.py                  # both, on a quiet machine
    python tests/benchmarks/bench_privacy.py compaction
    python tests/benchmarks/bench_privacy.py daily --load     # quiet, then under load

- compaction: a share holding 1,000,000 changes from 20 devices (100 segments of 500 people
  each), every device having acknowledged everything and a snapshot covering it all: the
  share forgets them (`snapshots.compact`). Target: at most 30 s. The share is built once
  and cached; each run works on a fresh copy.
- daily: the daily retention run (`PrivacyService.run_daily`) on `_million.py`'s database of
  1,000,000 visits over three years: the first run, which blanks every visit older than 12
  months (what a city meets when it turns retention on), and the next day's, which blanks
  one day of visits (what it meets every morning). Target: at most 10 s.

"Under load": `--burners` processes (default: one per core but one) spin on the CPU.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.services.privacy.privacy import PrivacyService  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from citizenspace.store.migrations import HEAD  # noqa: E402
from citizenspace.store.models import Person  # noqa: E402
from citizenspace.sync.engine import SyncEngine  # noqa: E402
from citizenspace.sync.share import open_share  # noqa: E402
from citizenspace.sync.snapshots import compact, publish_snapshot  # noqa: E402
from tests.benchmarks._million import CACHE, million_visits_db  # noqa: E402
from tests.benchmarks.bench_sync import burning, conditions, median, people  # noqa: E402

RUNS = 5
DEVICES = 20
SEGMENTS = 100
PER_SEGMENT = 500


def compaction_share() -> Path:
    """The cached share: 20 devices' segments, their acknowledgements, one snapshot."""
    cached = CACHE / f"compaction-{HEAD}"
    if (cached / "share").is_dir():
        return cached / "share"
    print("Building the share of 1,000,000 changes once (several minutes)...", flush=True)
    partial = cached.with_suffix(".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    root = partial / "share"
    root.mkdir()
    open_share(root)
    for d in range(DEVICES):
        # Each device publishes into a share of its own (so it pulls nothing), then its
        # folder joins the city's share: the segments are the very files it wrote.
        own = partial / f"own{d}"
        own.mkdir()
        open_share(own)
        db, _ = open_database(partial / f"dev{d}.db")
        for s in range(SEGMENTS):
            with db.write() as ses:
                ses.execute(insert(Person), people(PER_SEGMENT, f"{d}-{s}-"))
            assert SyncEngine(db, own).round().ok
        db.close()
        for device in (own / "devices").iterdir():
            shutil.move(str(device), root / "devices" / device.name)
        print(f"  device {d + 1}/{DEVICES}", flush=True)
    share = open_share(root)
    segments = share.list_segments()
    last: dict[str, int] = {}
    for info in segments:
        key = f"{info.device}/{info.epoch}"
        last[key] = max(last.get(key, 0), info.seq_to)
    assert sum(i.seq_to - i.seq_from + 1 for i in segments) == DEVICES * SEGMENTS * PER_SEGMENT
    # A reader that applied everything publishes the snapshot.
    reader, _ = open_database(partial / "reader.db")
    assert SyncEngine(reader, root).round().ok
    publish_snapshot(reader, share)
    reader.close()
    # Every device acknowledges every other device's history (they all synced since).
    for device in {i.device for i in segments}:
        share.write_ack(device, {k: v for k, v in last.items() if not k.startswith(device)})
    for p in partial.iterdir():
        if p.name != "share":
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    partial.rename(cached)
    return cached / "share"


def bench_compaction(burners: int) -> None:
    print(
        "Compaction of a share holding 1,000,000 changes from 20 devices (target <= 30 s)"
        f" -- {conditions(burners)}:"
    )
    cached = compaction_share()
    files = sum(1 for _ in (cached / "devices").rglob("seg-*"))
    print(f"  ({files} segment files)", flush=True)
    runs = []
    with tempfile.TemporaryDirectory() as t, burning(burners):
        for r in range(RUNS):
            copy = Path(t) / f"share{r}"
            shutil.copytree(cached, copy)
            start = time.perf_counter()
            done = compact(open_share(copy))
            runs.append(time.perf_counter() - start)
            assert done.deleted == files and done.kept == 0, done
            shutil.rmtree(copy)
    median("compaction (every segment removed)", runs)


def bench_daily(burners: int) -> None:
    print(f"The daily retention run on 1,000,000 visits (target <= 10 s) -- {conditions(burners)}:")
    first, next_day = [], []
    with tempfile.TemporaryDirectory() as t, burning(burners):
        for r in range(RUNS):
            path = million_visits_db(Path(t) / f"m{r}.db")
            db, _ = open_database(path)
            with db.read() as s:
                last = s.execute(text("SELECT max(date(arrived_at)) FROM visits")).scalar()
            day = date.fromisoformat(last) + timedelta(days=1)
            start = time.perf_counter()
            report = PrivacyService(db, today=lambda day=day: day).run_daily()
            first.append(time.perf_counter() - start)
            assert report is not None and report.total > 0
            start = time.perf_counter()
            again = PrivacyService(db, today=lambda day=day: day + timedelta(days=1)).run_daily()
            next_day.append(time.perf_counter() - start)
            assert again is not None
            db.close()
            for p in Path(t).glob(f"m{r}.db*"):
                p.unlink()
    median("first run (every visit older than 12 months blanked)", first)
    median("next day's run", next_day)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmarks", nargs="*", choices=["compaction", "daily"])
    parser.add_argument("--load", action="store_true", help="quiet, then again under load")
    parser.add_argument("--load-only", action="store_true", help="under load only")
    parser.add_argument("--burners", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    globals()["RUNS"] = args.runs
    ways = [args.burners] if args.load_only else [0, args.burners] if args.load else [0]
    for name in args.benchmarks or ["compaction", "daily"]:
        for burners in ways:
            {"compaction": bench_compaction, "daily": bench_daily}[name](burners)


if __name__ == "__main__":
    main(sys.argv[1:])
