"""Sync in the background: a round shortly after start, then every few minutes, and on demand.

A round reads and writes the share folder, which may hang for many seconds when a network
drive went away: it always runs through `views.tasks.run_in_background`, never on the GUI
thread, and never two at once (a request made during a round is run right after it).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from citizenspace.services.sync.sync import SyncProblem, SyncService, SyncSummary
from citizenspace.views.common.tasks import BackgroundTask, run_in_background

log = logging.getLogger(__name__)

#: Between two rounds, in milliseconds: other computers' changes arrive within minutes.
SYNC_INTERVAL_MS = 120_000
#: The first round, once the window is up and the user can see the status bar.
FIRST_ROUND_DELAY_MS = 5_000


class SyncController(QObject):
    """Runs the rounds of one window. Emits `started(for_usb)` when a round begins and
    `finished(SyncSummary)` when it ended (whatever the outcome); a round asked for with
    `for_usb` also emits `usb_finished(SyncSummary)`."""

    started = Signal(bool)
    finished = Signal(object)
    usb_finished = Signal(object)

    def __init__(
        self,
        service: SyncService,
        parent: QObject | None = None,
        *,
        interval_ms: int = SYNC_INTERVAL_MS,
        first_delay_ms: int = FIRST_ROUND_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._task: BackgroundTask | None = None
        self._current_usb = False
        # What was asked for during a round: None (nothing), False (a round), True (USB).
        self._queued: bool | None = None
        self.last: SyncSummary | None = None

        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(max(first_delay_ms, 0))
        self._first_enabled = first_delay_ms >= 0
        self._first.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Begin the timed rounds: the first after `first_delay_ms` (none if negative),
        then every `interval_ms` (none if zero)."""
        if self._first_enabled:
            self._first.start()
        if self.timer.interval() > 0:
            self.timer.start()

    def stop(self) -> None:
        """No more timed rounds (the window is closing). A round under way ends on its own;
        the application waits for it before closing the database."""
        self._first.stop()
        self.timer.stop()
        self._queued = None

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def sync_now(self, for_usb: bool = False) -> None:
        """Run a round now, or right after the one under way. `for_usb` also publishes the
        ballots held back for shuffling: the stick is about to leave."""
        if self.busy:
            self._queued = bool(self._queued) or for_usb
            return
        self._current_usb = for_usb
        service = self.service
        self.started.emit(for_usb)
        self._task = run_in_background(
            self,
            lambda progress: service.run_round(flush_secret=for_usb),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, summary: SyncSummary) -> None:
        self.last = summary
        # The timer starts over: no second round right after one asked for by hand.
        if self.timer.isActive():
            self.timer.start()
        self.finished.emit(summary)
        if self._current_usb:
            self.usb_finished.emit(summary)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        # run_round never raises; if it did anyway, say so like any failed round.
        log.error("sync round failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._done(
            SyncSummary(
                when=datetime.now().replace(microsecond=0),
                ok=False,
                problem=SyncProblem.FAILED,
                problem_detail=str(exc),
                flushed_secret=self._current_usb,
            )
        )

    def _next(self) -> None:
        if self._queued is not None:
            usb, self._queued = self._queued, None
            QTimer.singleShot(0, self, lambda: self.sync_now(usb))
