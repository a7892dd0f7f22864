"""A city database with 1,000,000 visits, for the reception benchmarks (issue 5).

Three years of a busy office: the demo city's sites, themes, directory and staff (demo at a
small scale), then a million visits spread over the open days from 9:00 to 17:30, with the
channel, outcome, waiting and service times, satisfaction answers and notes in the demo's
proportions. The visits are inserted the way a sync merge inserts them (capture triggers
standing aside), which is how most of a desk's visits arrive in a real database.
No ANALYZE is run: the application does not run it either, so the plans measured are the ones
the desks get.

Built once and cached under the system's temporary folder (a few minutes); each benchmark run
works on a fresh copy so that saving visits does not change the next run's file.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.ids import new_id  # noqa: E402
from citizenspace.services.demo.demo import generate  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from citizenspace.store.migrations import HEAD  # noqa: E402

VISITS = 1_000_000
TODAY = date(2026, 11, 25)
FIRST_DAY = date(2024, 1, 1)
CACHE = Path(tempfile.gettempdir()) / "citizenspace-bench"

_CHANNELS = (
    ("desk", 46),
    ("phone", 25),
    ("email", 11),
    ("letter", 4),
    ("bus", 7),
    ("allo_mairie", 6),
)
_OUTCOMES = {
    "desk": (("answered", 64), ("redirected", 22), ("appointment", 12), ("follow_up", 2)),
    "bus": (("answered", 65), ("redirected", 21), ("appointment", 12), ("follow_up", 2)),
    "phone": (
        ("answered", 58),
        ("redirected", 20),
        ("appointment", 8),
        ("follow_up", 2),
        ("missed", 12),
    ),
    "allo_mairie": (("follow_up", 50), ("answered", 35), ("redirected", 10), ("missed", 5)),
    "email": (("answered", 74), ("redirected", 23), ("follow_up", 3)),
    "letter": (("answered", 65), ("redirected", 30), ("follow_up", 5)),
}
_BANDS = ("under_18", "18_29", "30_44", "45_59", "60_74", "75_plus")


def _stamp(t: datetime) -> str:
    """As SQLAlchemy stores a DateTime in SQLite."""
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")


def _pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _build(path: Path) -> None:
    db, _ = open_database(path)
    generate(db, scale=0.01, today=TODAY)  # places, themes, directory, staff, 200 visits
    with db.read() as s:
        q = s.connection().exec_driver_sql
        sites = [r[0] for r in q("SELECT id FROM sites ORDER BY name")]
        themes = [r[0] for r in q("SELECT id FROM themes ORDER BY name")]
        entries = [r[0] for r in q("SELECT id FROM directory_entries ORDER BY name")]
        staff = [r[0] for r in q("SELECT id FROM staff_accounts ORDER BY login")]
        districts = [r[0] for r in q("SELECT id FROM districts ORDER BY name")]
    days = [
        FIRST_DAY + timedelta(days=k)
        for k in range((TODAY - FIRST_DAY).days + 1)
        if (FIRST_DAY + timedelta(days=k)).weekday() < 5
    ]
    rng = random.Random(1_000_000)
    rows = []
    for k in range(VISITS):
        day = days[k * len(days) // VISITS]
        channel = _pick(rng, _CHANNELS)
        outcome = _pick(rng, _OUTCOMES[channel])
        arrived = datetime(day.year, day.month, day.day, 9) + timedelta(
            seconds=rng.randrange(8 * 3600 + 1800)
        )
        missed = outcome == "missed"
        if missed:
            wait = service = None
        elif channel in ("desk", "bus"):
            wait = min(2400, int(rng.expovariate(1 / 400)))
            service = int(rng.triangular(120, 1200, 360))
        elif channel in ("phone", "allo_mairie"):
            wait = min(480, int(rng.expovariate(1 / 70)))
            service = int(rng.triangular(60, 720, 180))
        else:
            wait = rng.randrange(1200, 3 * 86400)
            service = int(rng.triangular(180, 1200, 480))
        started = None if wait is None else arrived + timedelta(seconds=wait)
        ended = None if started is None else started + timedelta(seconds=service)
        rows.append(
            (
                new_id(),
                rng.choice(sites),
                channel,
                None if missed else rng.choice(themes),
                rng.choice(entries) if outcome in ("redirected", "follow_up") else None,
                outcome,
                _stamp(arrived),
                None if started is None else _stamp(started),
                None if ended is None else _stamp(ended),
                rng.choice(districts) if rng.random() < 0.4 else None,
                rng.choice(_BANDS) if rng.random() < 0.3 else None,
                None,
                "rappeler pour le dossier" if rng.random() < 0.05 else "",
                rng.choices((1, 2, 3, 4), weights=(3, 8, 38, 51))[0]
                if not missed and rng.random() < 0.15
                else None,
                None if missed else rng.choice(staff),
                wait,
                service,
            )
        )
        if len(rows) == 100_000 or k == VISITS - 1:
            # As a sync merge inserts what other desks logged: capture stands aside.
            with db.write() as w:
                raw = w.connection().connection.driver_connection
                raw.execute("UPDATE local_state SET applying = 1 WHERE id = 1")
                raw.executemany(
                    "INSERT INTO visits (id, site_id, channel, theme_id, directory_entry_id,"
                    " outcome, arrived_at, started_at, ended_at, district_id, age_band,"
                    " person_id, note, satisfaction, staff_account_id, wait_seconds,"
                    " service_seconds) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    rows,
                )
                raw.execute("UPDATE local_state SET applying = 0 WHERE id = 1")
            rows.clear()
            print(f"  ({k + 1:,} visits)", flush=True)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def million_visits_db(target: Path) -> Path:
    """A fresh copy, at `target`, of the cached 1,000,000-visit database (built if needed)."""
    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"million-{HEAD}.db"
    if not cached.exists():
        print("Building the 1,000,000-visit database once (a few minutes)...", flush=True)
        partial = cached.with_suffix(".partial")
        for p in CACHE.glob(partial.name + "*"):
            p.unlink()
        _build(partial)
        partial.rename(cached)
    shutil.copyfile(cached, target)
    return target


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as t:
        p = million_visits_db(Path(t) / "m.db")
        c = sqlite3.connect(p)
        print(c.execute("SELECT count(*), min(arrived_at), max(arrived_at) FROM visits").fetchone())
