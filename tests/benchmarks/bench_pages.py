"""Benchmark: switching to each page of the staff window, on a city of 1,000,000 visits
(`_million.py`). Figures printed, never asserted.

    python tests/benchmarks/bench_pages.py

Each run is a fresh process that opens the window as the application does (the database
opened, the overview shown, the pages' modules loaded in the background), at 1366x768, in
French. Then, for every page of the navigation in turn: the time from the click to the page
painted on screen ("shown": the page's own work on the GUI thread, its first build included
on the first visit; target <= 150 ms), and until what it reads in the background has
arrived ("with its data", for information). Every page is visited twice: the first visit
builds the page, the second is a switch back to a page already built. Five runs; each
figure is the median of its runs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

RUNS = 5
TARGET_MS = 150


def one_run(db_path: Path) -> dict[str, dict[str, float]]:
    """One fresh window on `db_path`: {page: {"first": ms, "first_data": ms, "again": ms,
    "again_data": ms}}."""
    from PySide6.QtCore import QThreadPool

    from citizenspace import i18n
    from citizenspace.services.shell.startup import start
    from citizenspace.views.common.context import Services
    from citizenspace.views.shell.app import qt_application
    from citizenspace.views.shell.main_window import PAGES, MainWindow

    app = qt_application()
    i18n.install(app, "fr")
    report = start(db_path, anonymise=False)
    assert report.db is not None
    services = Services.for_database(report.db)
    window = MainWindow(sync_interval_ms=0, sync_first_delay_ms=-1)
    window.resize(1366, 768)
    window.show()
    window.attach(services, overview=services.status.overview())
    pool = QThreadPool.globalInstance()

    def settle() -> None:
        while True:
            app.processEvents()
            if pool.activeThreadCount() == 0:
                app.processEvents()
                if pool.activeThreadCount() == 0:
                    return
            pool.waitForDone(5)

    window.prefetch()  # as the application does once the user can work
    settle()
    figures: dict[str, dict[str, float]] = {}
    for visit in ("first", "again"):
        for row, key in enumerate(PAGES):
            if key == "overview" and visit == "first":
                window.nav.setCurrentRow(1)  # leave it, to come back to it
                settle()
            start_t = time.perf_counter()
            window.nav.setCurrentRow(row)
            window.repaint()  # painted now, as the screen would show it
            shown = time.perf_counter() - start_t
            settle()
            window.repaint()
            with_data = time.perf_counter() - start_t
            figures.setdefault(key, {})[visit] = shown * 1000
            figures[key][f"{visit}_data"] = with_data * 1000
    window.close()
    report.db.close()
    return figures


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print("PAGES " + json.dumps(one_run(Path(sys.argv[2]))), flush=True)
        return
    from tests.benchmarks._million import million_visits_db

    with tempfile.TemporaryDirectory() as tmp:
        db = million_visits_db(Path(tmp) / "million.db")
        env = {
            **os.environ,
            "CITIZENSPACE_HOME": str(Path(tmp) / "home"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # Today's anonymisation done once, as after the first start of the day.
        subprocess.run(
            [sys.executable, "-m", "citizenspace", "--db", str(db)],
            env={**env, "CITIZENSPACE_QUIT_WHEN_SHOWN": "idle"},
            check=True,
            stdout=subprocess.DEVNULL,
        )
        runs = []
        for _ in range(RUNS):
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(db)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            [data] = [json.loads(x[6:]) for x in out.splitlines() if x.startswith("PAGES ")]
            runs.append(data)
    print(
        f"Switching to each page, 1,000,000 visits, median of {RUNS} runs "
        f"(target: shown <= {TARGET_MS} ms):"
    )
    print(f"  {'page':<10} {'first visit':>12} {'with data':>10}   {'again':>7} {'with data':>10}")
    worst = 0.0
    for page in runs[0]:
        m = {k: statistics.median(r[page][k] for r in runs) for k in runs[0][page]}
        worst = max(worst, m["first"], m["again"])
        print(
            f"  {page:<10} {m['first']:9.0f} ms {m['first_data']:7.0f} ms"
            f"   {m['again']:4.0f} ms {m['again_data']:7.0f} ms"
        )
    print(f"  slowest page shown: {worst:.0f} ms")


if __name__ == "__main__":
    main()
