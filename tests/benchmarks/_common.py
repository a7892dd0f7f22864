"""Small helpers shared by the benchmarks: run N times, print each figure and the median."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(label: str, fn: Callable[[], float | None], runs: int = 5, unit: str = "s") -> float:
    """Run `fn` `runs` times; `fn` returns its own figure, or None to be timed as a whole."""
    figures = []
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        figures.append(value if value is not None else time.perf_counter() - start)
    median = statistics.median(figures)
    shown = ", ".join(f"{f:.3f}" for f in figures)
    print(f"{label}: median {median:.3f} {unit}  (runs: {shown})", flush=True)
    return median
