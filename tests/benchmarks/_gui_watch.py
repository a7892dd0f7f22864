"""Runs the staff application in this process and watches its GUI thread (for
bench_startup.py; not a benchmark by itself).

    python tests/benchmarks/_gui_watch.py DB [ready|idle]

A QTimer fires every 10 ms on the GUI thread and records how late each tick comes: a late
tick is the time the GUI thread could not answer (a click, a key, a repaint would have
waited as long). Watching starts with the event loop, that is once the window is shown.
Where a block happened: each tick arms `faulthandler.dump_traceback_later`, whose C thread
writes every thread's Python stack if the next tick has not come 60 ms later (it needs no
GIL, so it sees a GUI thread held in C++ too); the worst block's dump is printed. The run ends when the application quits:
once ready (the overview shows the figures) or once idle (the daily anonymisation and the
other work start-up leaves in the background are over too).

Prints one JSON line starting with "WATCH " (times in seconds since the process started):
ready, worst lateness and when, the stack seen during the worst block, and how many ticks
were more than 50 and 100 ms late.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

T0 = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 10
#: A block this long has its stack written.
DUMP_AFTER_S = 0.06


class Watch:
    def __init__(self) -> None:
        self.main = threading.get_ident()
        self.expected: float | None = None
        self.last_tick = time.perf_counter()
        self.lateness: list[tuple[float, float]] = []  # (when the block began, how late)
        self.ready_at: float | None = None
        self.dumps = tempfile.TemporaryFile("w+")  # noqa: SIM115 - open while the run lasts
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.expected = time.perf_counter() + TICK_MS / 1000
        self.last_tick = time.perf_counter()
        self.timer.start()
        faulthandler.dump_traceback_later(DUMP_AFTER_S, file=self.dumps)

    def tick(self) -> None:
        now = time.perf_counter()
        faulthandler.cancel_dump_traceback_later()
        assert self.expected is not None
        late = max(0.0, now - self.expected)
        self.lateness.append((self.last_tick - T0, late))
        if now - self.last_tick > DUMP_AFTER_S:  # a dump was written for this block
            self.dumps.flush()
            os.write(self.dumps.fileno(), f"END OF BLOCK {len(self.lateness) - 1}\n".encode())
        self.last_tick = now
        self.expected = now + TICK_MS / 1000
        faulthandler.dump_traceback_later(DUMP_AFTER_S, file=self.dumps)

    def stop(self) -> None:
        faulthandler.cancel_dump_traceback_later()
        self.timer.stop()

    def stack_of(self, block: int) -> list[str]:
        """The GUI thread's stack written during block number `block` (most recent last)."""
        self.dumps.seek(0)
        text = self.dumps.read()
        chunks = re.split(r"END OF BLOCK (\d+)\n", text)
        # [dump, n, dump, n, ...]: each dump is followed by the number of its block.
        for dump, n in zip(chunks[0::2], chunks[1::2], strict=False):
            if int(n) == block:
                return _main_stack(dump, self.main)
        return []


def _main_stack(dump: str, ident: int) -> list[str]:
    head = f"Thread 0x{ident:016x}"
    for section in dump.split("\n\n"):
        if head in section:
            frames = re.findall(r'File "([^"]+)", line (\d+) in (\S+)', section)
            return [f"{Path(f).name}:{line} {name}" for f, line, name in reversed(frames)][-10:]
    return []


def main() -> int:
    db = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "idle"
    os.environ["CITIZENSPACE_QUIT_WHEN_SHOWN"] = mode
    app = QApplication([sys.argv[0]])
    watch = Watch()
    # The first turn of the event loop comes once the window is shown.
    QTimer.singleShot(0, watch.start)

    import builtins

    real_print = builtins.print

    def noting_print(*args, **kwargs):  # noqa: ANN002, ANN003
        # The application prints the overview's figures once ready: the moment is noted.
        if watch.ready_at is None and args and ": " in str(args[0]):
            watch.ready_at = time.perf_counter() - T0
        return real_print(*args, **kwargs)

    builtins.print = noting_print
    from citizenspace.cli import main as cli_main

    code = cli_main(["--db", db, "--lang", "fr"])
    builtins.print = real_print
    watch.stop()
    late = [x for _when, x in watch.lateness]
    worst = max(range(len(late)), key=late.__getitem__, default=None)
    real_print(
        "WATCH "
        + json.dumps(
            {
                "code": code,
                "ready": watch.ready_at,
                "ended": time.perf_counter() - T0,
                "ticks": len(late),
                "worst": late[worst] if worst is not None else 0.0,
                "worst_at": watch.lateness[worst][0] if worst is not None else None,
                "worst_stack": watch.stack_of(worst) if worst is not None else [],
                "over_50ms": sum(1 for x in late if x > 0.05),
                "over_100ms": sum(1 for x in late if x > 0.1),
            }
        ),
        flush=True,
    )
    QCoreApplication.processEvents()
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
