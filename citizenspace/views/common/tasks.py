"""The one way to run work off the GUI thread (after Anki's `CollectionOp` / `QueryOp`).

A receptionist must never face a frozen window: reading a share folder that went away, a
demo city being generated, a print job being built all run here, on a `QThreadPool`, and the
screen is told afterwards, on the GUI thread.

    task = run_in_background(
        self,
        lambda progress: service.do_something(),   # runs on a worker thread
        on_done=self._show_result,                  # runs on the GUI thread
        on_error=self._show_error,                  # runs on the GUI thread
    )

**Never touch a widget inside `work`.** `work` runs on another thread: it may call services
(each opens its own session) and report progress through the `Progress` it receives, nothing
more. Widgets are touched in `on_done`, `on_error`, `on_progress` and `on_cancelled`, which
Qt delivers on the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QAbstractButton

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Smallest change of fraction worth a signal: a loop of 100 000 rows must not flood the
#: GUI thread's event queue with 100 000 repaints.
_PROGRESS_STEP = 0.005


class Cancelled(Exception):  # noqa: N818 - reads as "the work was cancelled"
    """Raised by `work` (or by `Progress.raise_if_cancelled`) to stop after a cancel."""


class Progress:
    """Given to `work`: the only way it talks to the screen while it runs.

    Thread-safe. `report` is cheap to call often; only meaningful changes reach the screen.
    """

    def __init__(self, emit: Callable[[object, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last_fraction: float | None = None
        self._last_text: str | None = None

    @property
    def cancelled(self) -> bool:
        """True once the user asked to cancel. Long work checks it between steps."""
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, fraction: float | None, text: str = "") -> None:
        """`fraction` in [0, 1], or None when the length of the work is unknown. `text` is
        already in the user's words (translated by the caller)."""
        if fraction is not None:
            fraction = min(1.0, max(0.0, float(fraction)))
        small_step = (
            text == self._last_text
            and fraction is not None
            and self._last_fraction is not None
            and abs(fraction - self._last_fraction) < _PROGRESS_STEP
            and fraction < 1.0
        )
        if small_step:
            return
        self._last_fraction = fraction
        self._last_text = text
        self._emit(fraction, text)

    def _request_cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    """Emitted from the worker thread; received by `BackgroundTask`, which lives on the GUI
    thread, so Qt queues every delivery there."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self._work = work
        self._progress = progress
        # The runnable keeps the signals object alive until the last emit, even if the task
        # (and its parent widget) were destroyed meanwhile.
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self._safe_emit(self._signals.cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to on_error, never lost
            self._safe_emit(self._signals.failed, exc)
        else:
            self._safe_emit(self._signals.done, result)

    @staticmethod
    def _safe_emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving side was deleted (window closed): nothing to tell
            log.debug("background task finished after its owner was closed")


class BackgroundTask(QObject, Generic[T]):
    """A running piece of work. Emits `finished` on the GUI thread once the matching
    callback (done, error or cancelled) has run."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[float | None, str], None] | None,
        on_cancelled: Callable[[], None] | None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._running = True
        self.signals = _Signals()
        self.progress = Progress(self.signals.progress.emit)
        self.signals.done.connect(self._deliver_done)
        self.signals.failed.connect(self._deliver_error)
        self.signals.cancelled.connect(self._deliver_cancelled)
        self.signals.progress.connect(self._deliver_progress)

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop. The work decides when: if it still returns a result, that
        result is real (its transaction committed) and `on_done` receives it."""
        self.progress._request_cancel()

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        try:
            self._on_done(result)  # type: ignore[arg-type]  # T is the work's own result type
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        try:
            if self._on_error is not None:
                self._on_error(exc)
            else:
                # Nobody asked to hear about it: the crash handler shows it and logs it.
                log.error("background work failed", exc_info=(type(exc), exc, exc.__traceback__))
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self._finish()

    @Slot()
    def _deliver_cancelled(self) -> None:
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._finish()

    @Slot(object, str)
    def _deliver_progress(self, fraction: float | None, text: str) -> None:
        if self._running and self._on_progress is not None:
            self._on_progress(fraction, text)

    def _finish(self) -> None:
        self._running = False
        _alive.discard(self)
        self.finished.emit()


#: Tasks without a parent are kept here until they finish, so Python does not collect them.
_alive: set[BackgroundTask] = set()


def run_in_background(
    parent: QObject | None,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float | None, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> BackgroundTask[T]:
    """Run `work(progress)` on a worker thread; then call `on_done(result)` or
    `on_error(exception)` on the GUI thread. Must be called from the GUI thread.

    `work` must not touch widgets (see the module docstring). Without `on_error`, a failure
    goes to `sys.excepthook`, which logs it and tells the user: never a silent failure.
    `work` that raises `Cancelled` (see `Progress.raise_if_cancelled`) ends in
    `on_cancelled` instead.
    """
    task: BackgroundTask[T] = BackgroundTask(parent, on_done, on_error, on_progress, on_cancelled)
    _alive.add(task)
    runnable = _Runnable(work, task.progress, task.signals)
    (pool or QThreadPool.globalInstance()).start(runnable)
    return task


def show_busy(button: QAbstractButton, text: str) -> Callable[[], None]:
    """While work runs, the button that started it says so (`text`, translated: "Reading…")
    and cannot start it again; call what this returns to give the button back."""
    idle = button.text()
    button.setEnabled(False)
    button.setText(text)

    def restore() -> None:
        button.setEnabled(True)
        button.setText(idle)

    return restore
