"""Benchmark: capturing 10,000 changes in one transaction (target: at most 1 s).

    python tests/benchmarks/bench_capture.py

Measures three paths on a fresh database each run: 10,000 ORM-free inserts of people
(Core executemany), 10,000 updates (one bulk UPDATE touching every row), and for reference
the same 10,000 inserts with the capture triggers removed, so the capture's own cost shows.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, text, update

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.ids import new_id  # noqa: E402
from citizenspace.store import capture  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from citizenspace.store.models import Person  # noqa: E402
from tests.benchmarks._common import measure  # noqa: E402

N = 10_000


def rows() -> list[dict]:
    return [
        {
            "id": new_id(),
            "first_name": f"Prénom{i}",
            "last_name": f"Nom{i}",
            "search_key": f"nom{i} prenom{i}",
            "postcode": "02100",
        }
        for i in range(N)
    ]


def one_run(kind: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(Path(tmp) / "b.db")
        data = rows()
        try:
            if kind == "no-capture":
                with db.write() as s:
                    for name in [
                        r[0]
                        for r in s.execute(
                            text("SELECT name FROM sqlite_master WHERE type='trigger'")
                        )
                    ]:
                        s.execute(text(f'DROP TRIGGER "{name}"'))
            if kind == "update":
                with db.write() as s:
                    s.execute(insert(Person), data)
            start = time.perf_counter()
            with db.write() as s:
                if kind == "update":
                    s.execute(update(Person).values(postcode="02110"))
                else:
                    s.execute(insert(Person), data)
            elapsed = time.perf_counter() - start
            with db.read() as s:
                captured = capture.pending_count(s.connection())
            expected = {"insert": N, "update": 2 * N, "no-capture": 0}[kind]
            assert captured == expected, (kind, captured)
            return elapsed
        finally:
            db.close()


def main() -> None:
    print(f"Capturing {N:,} changes in one transaction (target <= 1 s):")
    measure("  insert 10,000 people, captured", lambda: one_run("insert"))
    measure("  update 10,000 people, captured", lambda: one_run("update"))
    measure("  insert 10,000 people, no capture (reference)", lambda: one_run("no-capture"))


if __name__ == "__main__":
    main()
