"""Benchmark: `citizenspace demo --scale 1` as a whole process (target: at most 20 s).

    python tests/benchmarks/bench_demo.py [--runs 5] [--scale 1]

Each run writes a new database in a temporary folder through the real command line: process
start, migrations, generation of the demo city, commit. If the command line has no `demo`
subcommand yet, it falls back to calling `generate()` in-process and says so.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._common import measure  # noqa: E402


def _cli_has_demo(env: dict[str, str]) -> bool:
    r = subprocess.run(
        [sys.executable, "-m", "citizenspace", "demo", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    return r.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Time `citizenspace demo` as a process.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        env = {**os.environ, "CITIZENSPACE_HOME": tmp, "QT_QPA_PLATFORM": "offscreen"}
        counter = iter(range(1, 1_000_000))

        def by_cli() -> None:
            db = Path(tmp) / f"demo-{next(counter)}.db"
            r = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "citizenspace",
                    "demo",
                    "--db",
                    str(db),
                    "--scale",
                    str(args.scale),
                ],
                capture_output=True,
                text=True,
                env=env,
                timeout=600,
            )
            if r.returncode != 0:
                raise SystemExit(f"citizenspace demo failed ({r.returncode}): {r.stderr.strip()}")
            print(f"  {r.stdout.strip()}", flush=True)

        def in_process() -> None:
            from citizenspace.services.demo.demo import generate
            from citizenspace.store.migrate import open_database

            database, _ = open_database(Path(tmp) / f"demo-{next(counter)}.db")
            try:
                summary = generate(database, scale=args.scale)
            finally:
                database.close()
            print(f"  {summary.total} rows written", flush=True)

        if _cli_has_demo(env):
            label = f"citizenspace demo --scale {args.scale} (subprocess)"
            measure(label, by_cli, runs=args.runs)
        else:
            label = f"generate(scale={args.scale}) in-process (FALLBACK: no `demo` command yet)"
            measure(label, in_process, runs=args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
