"""The background helper: work runs off the GUI thread, the screen hears about it on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QWidget

from citizenspace.views.common.tasks import Cancelled, Progress, run_in_background


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["work_thread"] = threading.get_ident()
        return 6 * 7

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on_gui"] = _on_gui_thread()

    task = run_in_background(owner, work, done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["done_on_gui"] is True
    assert seen["work_thread"] != threading.get_ident()
    assert not task.running


def test_an_exception_goes_to_on_error_on_the_gui_thread(qtbot) -> None:
    errors: list[tuple[BaseException, bool]] = []
    done: list[object] = []

    def work(progress: Progress) -> None:
        raise ValueError("the share went away")

    task = run_in_background(
        None, work, done.append, on_error=lambda e: errors.append((e, _on_gui_thread()))
    )
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert done == []
    assert len(errors) == 1
    exc, on_gui = errors[0]
    assert isinstance(exc, ValueError) and str(exc) == "the share went away"
    assert on_gui


def test_without_on_error_the_crash_handler_is_told(qtbot, monkeypatch) -> None:
    hooked: list[type] = []
    monkeypatch.setattr("sys.excepthook", lambda t, e, tb: hooked.append(t))
    task = run_in_background(None, lambda p: 1 / 0, lambda r: None)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert hooked == [ZeroDivisionError]


def test_cancel_is_honoured_and_progress_is_reported(qtbot) -> None:
    started = threading.Event()
    steps: list[tuple[float | None, str]] = []
    outcome: list[str] = []

    def work(progress: Progress) -> str:
        progress.report(0.0, "Counting")
        started.set()
        for _ in range(10_000):
            progress.raise_if_cancelled()
            QThread.msleep(1)
        return "finished without noticing"

    task = run_in_background(
        None,
        work,
        on_done=outcome.append,
        on_progress=lambda f, t: steps.append((f, t)),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(steps), timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert outcome == ["cancelled"]
    assert steps[0] == (0.0, "Counting")


def test_work_that_finishes_despite_cancel_delivers_its_real_result(qtbot) -> None:
    gate = threading.Event()
    results: list[int] = []

    def work(progress: Progress) -> int:
        gate.wait(5)
        assert progress.cancelled
        return 3

    task = run_in_background(None, work, results.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert results == [3]


def test_progress_is_clamped_and_not_flooded() -> None:
    sent: list[tuple[float | None, str]] = []
    progress = Progress(lambda f, t: sent.append((f, t)))
    progress.report(-0.5, "Rows")
    for i in range(1001):
        progress.report(i / 1000, "Rows")
    progress.report(2.0, "Rows")
    progress.report(None, "Saving")
    rows = [f for f, t in sent if t == "Rows"]
    assert rows[0] == 0.0  # -0.5 clamped
    assert all(0.0 <= f <= 1.0 for f in rows)
    assert rows.count(1.0) == 2  # 1.0 itself, then 2.0 clamped: the end always gets through
    steps = [b - a for a, b in zip(rows, rows[1:], strict=False) if b < 1.0]
    assert min(steps) >= 0.005 - 1e-9  # nothing smaller than a step reaches the screen
    assert len(rows) <= 1 / 0.005 + 3
    assert sent[-1] == (None, "Saving")


def test_a_cancel_stops_the_work_at_its_next_check() -> None:
    progress = Progress(lambda f, t: None)
    progress.raise_if_cancelled()  # nothing asked yet
    progress._request_cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.raise_if_cancelled()
