"""A strip that says what runs in the background, how far it is, and lets the user stop it.

Work that may take more than a moment (an export with its photos, the quality figures
counted again over years of visits) runs off the GUI thread (`views.common.tasks`); this
strip shows its progress bar and a Cancel button while it runs, and hides when it ends.
Quick work never flashes it: it appears only once the work has run for `SHOW_AFTER_MS`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from citizenspace.views.common.tasks import BackgroundTask, Progress, run_in_background

T = TypeVar("T")

#: Work shorter than this never shows the strip.
SHOW_AFTER_MS = 250


class TaskStrip(QWidget):
    """The progress of one piece of background work at a time, with its Cancel button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        #: Where the work runs (a test may give its own pool).
        self.pool: QThreadPool | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(260)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._appear)
        self.hide()

    def run(
        self,
        text: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        *,
        show_now: bool = False,
    ) -> BackgroundTask[T]:
        """Run `work` in the background, this strip saying `text` (translated) while it
        runs. The callbacks run on the GUI thread, the strip already hidden; a task still
        running is asked to stop first (its result is not delivered)."""
        self.cancel()
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))

        def finished(callback: Callable[..., None] | None) -> Callable[..., None]:
            def deliver(*args: object) -> None:
                if self.task is not task:  # replaced by newer work: its result is stale
                    return
                self._stop()
                if callback is not None:
                    callback(*args)

            return deliver

        task = run_in_background(
            self,
            work,
            on_done=finished(on_done),
            on_error=finished(on_error) if on_error is not None else finished(_report),
            on_progress=self._progress,
            on_cancelled=finished(on_cancelled),
            pool=self.pool,
        )
        self.task = task
        if show_now:
            self._appear()
        else:
            self._timer.start()
        return task

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        """Ask the running work to stop; it ends at its next step, having written nothing
        (`on_cancelled` then runs)."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _appear(self) -> None:
        if self.running():
            self.show()

    def _progress(self, fraction: float | None, text: str) -> None:
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(fraction * 1000))
        if text:
            self.label.setText(text)

    def _stop(self) -> None:
        self._timer.stop()
        self.task = None
        self.hide()


def _report(exc: BaseException) -> None:
    """Nobody asked to hear about a failure: the crash handler logs it and tells the user."""
    sys.excepthook(type(exc), exc, exc.__traceback__)
