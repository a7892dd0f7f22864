"""Benchmarks for the reception desk (issue 5), printed, never asserted.

    python tests/benchmarks/bench_reception.py            # all three
    python tests/benchmarks/bench_reception.py save log filter

On a copy of the cached 1,000,000-visit database (`_million.py`):
- save: `save_visit` of a desk visit from the queue, to the durable commit (WAL, synchronous
  FULL), median of 200 visits per run (target <= 30 ms);
- log: the log page made and shown, with its first page and its count (target <= 300 ms);
- filter: a filter applied on that page, first page and count (target <= 150 ms), for a
  channel, a parent theme, a staff member, and two filters together.
Five runs each; each figure is the median of its runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks._common import measure  # noqa: E402
from tests.benchmarks._million import TODAY, million_visits_db  # noqa: E402

RUNS = 5
NOW = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=16)


def _services(db):  # noqa: ANN001, ANN202 - a Database
    from dataclasses import replace

    from citizenspace.services.reception.reception import ReceptionService
    from citizenspace.views.common.context import Services

    return replace(Services.for_database(db), reception=ReceptionService(db, now=lambda: NOW))


def bench_save(path: Path) -> None:
    from citizenspace.domain.catalog import Channel, VisitOutcome
    from citizenspace.domain.reception.visits import VisitDraft
    from citizenspace.services.reception.reception import ReceptionService
    from citizenspace.store.migrate import open_database

    print("Saving a desk visit, to durable commit (target <= 30 ms):")
    db, _ = open_database(path)
    service = ReceptionService(db, now=lambda: NOW)
    theme = service.search_themes("trottoir")[0].id
    staff = service.staff_accounts()[0].id
    entry = service.suggest(theme)[0].id
    medians = []
    for r in range(RUNS):
        times = []
        for k in range(200):
            arrived = NOW - timedelta(minutes=30, seconds=k)
            queued = service.add_arrival(f"ticket {k}")
            draft = VisitDraft(
                channel=Channel.DESK,
                outcome=VisitOutcome.REDIRECTED,
                arrived_at=arrived,
                started_at=arrived + timedelta(minutes=6),
                ended_at=arrived + timedelta(minutes=14),
                theme_id=theme,
                directory_entry_id=entry,
                staff_account_id=staff,
                satisfaction=3,
                waiting_id=queued.id,
            )
            start = time.perf_counter()
            service.save_visit(draft)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        medians.append(statistics.median(times))
        print(
            f"  run {r + 1}: median {medians[-1]:.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms",
            flush=True,
        )
    print(f"  median of runs: {statistics.median(medians):.2f} ms")
    db.close()


def bench_log(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from citizenspace.store.migrate import open_database
    from citizenspace.views.reception.visit_log_view import VisitLogView

    app = QApplication.instance() or QApplication([])
    db, _ = open_database(path)
    services = _services(db)
    views = []

    def open_log() -> None:
        view = VisitLogView(services)
        view.resize(1300, 800)
        view.show()
        app.processEvents()
        assert view.model.rowCount() > 0 and view.shown_count > 0
        views.append(view)

    print("Opening the log: page shown with its first page and count (target <= 300 ms):")
    measure("  open the log (last 12 months)", open_log, RUNS)
    view = views[-1]
    print(f"  ({view.shown_count:,} visits in the range)")
    svc = services.reception
    themes = svc.themes()
    staff = svc.staff_accounts()
    from citizenspace.domain.catalog import Channel

    print("Applying a filter: first page and count (target <= 150 ms):")

    def choose(combo, value):  # noqa: ANN001, ANN202
        def run() -> None:
            view.channel_combo.setCurrentIndex(0)
            view.theme_combo.setCurrentIndex(0)
            view.staff_combo.setCurrentIndex(0)
            view.apply_filters()
            for c, v in value:
                c.setCurrentIndex(c.findData(v))
            start = time.perf_counter()
            view.apply_filters()
            app.processEvents()
            return time.perf_counter() - start

        return run

    for label, pairs in (
        ("channel = phone", [(view.channel_combo, Channel.PHONE)]),
        ("parent theme", [(view.theme_combo, themes[0].id)]),
        ("staff member", [(view.staff_combo, staff[0].id)]),
        (
            "channel = desk and a parent theme",
            [(view.channel_combo, Channel.DESK), (view.theme_combo, themes[3].id)],
        ),
    ):
        measure(f"  {label}", choose(None, pairs), RUNS)
        print(f"    ({view.shown_count:,} visits)")
    for v in views:
        v.close()
    db.close()


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = sys.argv[1:] or ["save", "log"]
    with tempfile.TemporaryDirectory() as t:
        path = million_visits_db(Path(t) / "m.db")
        for name in wanted:
            {"save": bench_save, "log": bench_log, "filter": bench_log}[name](path)
