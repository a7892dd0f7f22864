"""Benchmark for the reception quality dashboard (issue 5), median of 5, printed, never asserted.

    python tests/benchmarks/bench_quality.py

On the cached database of 1,000,000 visits over three years (`_million.py`): the dashboard
for the last year (`QualityService.indicators`: the figures over the year, by site and month
by month), for all sites and for one site. Target: at most 500 ms each. The query plans are
printed first, to check that each query searches an index instead of scanning the table.
The first run of each is as cold as the page cache allows after copying the file.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.services.reception.quality import QualityService  # noqa: E402
from citizenspace.store.migrate import open_database  # noqa: E402
from tests.benchmarks._common import measure  # noqa: E402
from tests.benchmarks._million import TODAY, million_visits_db  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = million_visits_db(Path(folder) / "million.db")
        db, _ = open_database(path)
        try:
            service = QualityService(db, today=TODAY)
            end = TODAY
            start = end - timedelta(days=364)
            sites = service.sites()
            busiest = sites[0][0]
            for label, site in (("all sites", None), (f"one site ({sites[0][1]})", busiest)):
                print(f"-- query plans, {label}:")
                for plan in service.query_plans(start, end, site):
                    print("   " + plan.replace("\n", "\n   "))
            report = service.indicators(start, end)
            print(
                f"{start} to {end}: {report.overall.visits:,} visits, "
                f"{report.overall.waits_counted:,} waits, {len(report.by_site)} sites, "
                f"{len(report.monthly)} months"
            )
            measure(
                "dashboard for one year, all sites (target <= 500 ms)",
                lambda: _timed(service, start, end, None),
                unit="s",
            )
            measure(
                "dashboard for one year, one site (target <= 500 ms)",
                lambda: _timed(service, start, end, busiest),
                unit="s",
            )
            measure(
                "dashboard for one month, all sites",
                lambda: _timed(service, date(2026, 10, 1), date(2026, 10, 31), None),
                unit="s",
            )
        finally:
            db.close()
    return 0


def _timed(service: QualityService, start: date, end: date, site: str | None) -> None:
    service.indicators(start, end, site)


if __name__ == "__main__":
    raise SystemExit(main())
