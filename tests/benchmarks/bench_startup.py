"""Benchmark: cold start to the main window shown, whole process, against a bare PySide6
window measured in the same run as the floor (targets: at most 1.0 s, at most 2.5x floor).

    python tests/benchmarks/bench_startup.py

The application opens the demo city (made once beforehand, not timed) and quits as soon as
its main window has been shown (environment variable CITIZENSPACE_QUIT_WHEN_SHOWN=shown).
The window is shown before the database is opened; the time until the overview shows the
city's figures (=ready) is printed too, for information. The floor
is a Python process that creates a QApplication, shows an empty QMainWindow and quits the
same way. Runs alternate between the two so that both see the same machine state.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
BARE = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1280, 800); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "CITIZENSPACE_HOME": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        db = Path(home) / "demo.db"
        subprocess.run(
            [sys.executable, "-m", "citizenspace", "demo", "--db", str(db)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app_env = {**env, "CITIZENSPACE_QUIT_WHEN_SHOWN": "shown"}
        ready_env = {**env, "CITIZENSPACE_QUIT_WHEN_SHOWN": "ready"}
        app_cmd = [sys.executable, "-m", "citizenspace", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(app_cmd, app_env)  # warm the OS file cache once, as after a first start
        timed(bare_cmd, env)
        app_runs, bare_runs, ready_runs = [], [], []
        for _ in range(RUNS):
            bare_runs.append(timed(bare_cmd, env))
            app_runs.append(timed(app_cmd, app_env))
            ready_runs.append(timed(app_cmd, ready_env))
    app_m, bare_m = statistics.median(app_runs), statistics.median(bare_runs)
    print("Cold start to main window shown (whole process, median of 5):")
    print(
        f"  bare PySide6 window : {bare_m:.3f} s  (runs: {', '.join(f'{r:.3f}' for r in bare_runs)})"
    )
    print(
        f"  Citizen Space       : {app_m:.3f} s  (runs: {', '.join(f'{r:.3f}' for r in app_runs)})"
    )
    print(f"  ratio               : {app_m / bare_m:.2f}x  (targets: <= 1.0 s, <= 2.5x)")
    ready_m = statistics.median(ready_runs)
    print(
        f"  until the overview shows the city's figures (for information): {ready_m:.3f} s"
        f"  (runs: {', '.join(f'{r:.3f}' for r in ready_runs)})"
    )


if __name__ == "__main__":
    main()
