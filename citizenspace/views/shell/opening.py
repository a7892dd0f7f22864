"""The staff window's start, off the GUI thread: the database opened in the background (its
steps followed in the status bar, with Cancel where stopping leaves the file as it was), the
services and the first figures made there too; then, once the user can work, the daily
anonymisation in the background (with Cancel: it runs again at the next start).

`app.run_staff_app` drives these; every text here is in the "StaffApp" context.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from citizenspace.services.shell.startup import RestoreOffer, StartReport, Step, start
from citizenspace.views.common.tasks import BackgroundTask, Progress, run_in_background
from citizenspace.views.shell.main_window import MainWindow

if TYPE_CHECKING:  # SQLAlchemy loads in the background
    from citizenspace.services.privacy.privacy import AnonymisationReport
    from citizenspace.services.shell.status import Overview
    from citizenspace.views.common.context import Services

log = logging.getLogger(__name__)

T = TypeVar("T")


class GuiThreadCall(QObject):
    """Runs a function on the GUI thread for a worker thread, which waits for its result:
    the question start-up asks in the middle of its work (restore the backup?) is a dialog,
    and dialogs live on the GUI thread."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, fn: Callable[[], T]) -> T:
        if QThread.currentThread() is self.thread():
            return fn()
        box: list[Any] = [fn, None, None]
        self._call.emit(box)
        if box[2] is not None:
            raise box[2]
        return box[1]  # type: ignore[no-any-return]  # what fn returned, on the GUI thread

    @Slot(object)
    def _run(self, box: list[Any]) -> None:
        try:
            box[1] = box[0]()
        except BaseException as exc:  # noqa: BLE001 - raised again in the worker
            box[2] = exc


@dataclass
class Opened:
    """What opening the database in the background brought back to the GUI thread."""

    report: StartReport
    services: Services | None = None
    #: The overview's figures, read while opening (None for a demo city still to write).
    overview: Overview | None = None


#: What `MainWindow.attach` needs, loaded while the database opens (modules only: no widget
#: is made off the GUI thread).
_NEEDED_WHEN_OPEN = (
    "citizenspace.views.common.context",
    "citizenspace.views.shell.status_bar",
    "citizenspace.views.sync.sync_controller",
)


def _load_services() -> None:
    import importlib

    try:
        for name in _NEEDED_WHEN_OPEN:
            importlib.import_module(name)
    except Exception:  # noqa: BLE001 - the import that needs it says what is wrong
        log.debug("preloading the services failed", exc_info=True)


def step_text(step: Step) -> str:
    """What start-up is doing, in a few words (the status bar's)."""
    return {
        Step.CHECK: QCoreApplication.translate("StaffApp", "Checking the database…"),
        Step.BACKUP: QCoreApplication.translate(
            "StaffApp", "Backing up the database before upgrading it…"
        ),
        Step.UPGRADE: QCoreApplication.translate("StaffApp", "Upgrading the database…"),
        Step.PREPARE: QCoreApplication.translate("StaffApp", "Opening the database…"),
    }[step]


def step_detail(step: Step) -> str:
    """What start-up is doing, in full (the pages that wait for it, the status bar's tip)."""
    if step is Step.UPGRADE:
        return QCoreApplication.translate(
            "StaffApp",
            "Upgrading the database to this version. This step cannot be interrupted: a "
            "database left half-upgraded could not be opened.",
        )
    return step_text(step)


def open_in_background(
    window: MainWindow,
    db_path: Path,
    ask: Callable[[RestoreOffer], bool],
    *,
    demo: bool,
    on_opened: Callable[[Opened], None],
    on_failed: Callable[[BaseException], None],
    on_cancelled: Callable[[], None],
) -> BackgroundTask[Opened]:
    """Open the database off the GUI thread, following it in the window's status bar (with
    Cancel where stopping leaves the file as it was); then read the overview's figures and
    make the services, so that the GUI thread only has to show them. The restore question
    (`ask`) is put on the GUI thread while the work waits for the answer."""
    on_gui = GuiThreadCall(window)

    def work(progress: Progress) -> Opened:
        def step(now: Step, fraction: float | None) -> None:
            progress.raise_if_cancelled()
            progress.report(fraction, now.value)

        # The services' modules (SQLAlchemy's models, every area's rules) load on a thread
        # of their own while SQLite checks the file (`start`): on a large database the
        # check then costs next to nothing.
        loading = threading.Thread(target=_load_services, name="loading services", daemon=True)
        loading.start()
        report = start(
            db_path,
            lambda offer: on_gui(lambda: ask(offer)),
            check_empty=demo,
            progress=step,
            anonymise=False,
        )
        db = report.db
        if db is None:
            return Opened(report)
        try:
            progress.raise_if_cancelled()
            loading.join()
            from citizenspace.views.common.context import Services

            services = Services.for_database(db)
            overview = None if report.empty else services.status.overview()
        except BaseException:
            db.close()
            raise
        return Opened(report, services, overview)

    def progressed(fraction: float | None, code: str) -> None:
        now = Step(code)
        window.show_opening(step_detail(now), worth_saying=now is Step.UPGRADE)
        window.work.step(fraction, step_text(now), cancellable=now is not Step.UPGRADE)
        window.work.setToolTip(step_detail(now))

    window.work.begin(step_text(Step.PREPARE))
    task = run_in_background(
        window,
        work,
        on_done=on_opened,
        on_error=on_failed,
        on_progress=progressed,
        on_cancelled=on_cancelled,
    )
    _follow(window, task)
    return task


def _follow(window: MainWindow, task: BackgroundTask[Any]) -> None:
    """The status bar's indicator follows `task` until it ends; its Cancel stops it."""
    window.work.cancel_requested.connect(task.cancel)

    def ended() -> None:
        window.work.cancel_requested.disconnect(task.cancel)
        window.work.end()

    task.finished.connect(ended)


# ---------------------------------------------------------------------- the daily anonymisation


def anonymise_in_background(
    window: MainWindow, on_finished: Callable[[], None] | None = None
) -> BackgroundTask[AnonymisationReport | None]:
    """The once-a-day anonymisation, once the user can work: off the GUI thread, followed in
    the status bar with Cancel (nothing is changed then, and it runs at the next start). A
    failure is logged and tried again at the next start: it never stops the application."""
    assert window.services is not None
    privacy = window.services.privacy
    text = QCoreApplication.translate("StaffApp", "Anonymising expired data…")

    def work(progress: Progress) -> AnonymisationReport | None:
        def step(fraction: float) -> None:
            progress.raise_if_cancelled()
            progress.report(fraction)

        return privacy.run_daily(progress=step)

    def done(report: AnonymisationReport | None) -> None:
        if report is not None:
            log.info("daily anonymisation: %d record(s) blanked", report.total)

    def failed(exc: BaseException) -> None:
        log.error(
            "automatic anonymisation failed; it will run again at next start",
            exc_info=(type(exc), exc, exc.__traceback__),
        )

    def cancelled() -> None:
        log.info("daily anonymisation cancelled by the user; it runs again at next start")
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "StaffApp", "Anonymisation cancelled: it will run at the next start."
            ),
            8000,
        )

    window.work.begin(text)
    task = run_in_background(
        window,
        work,
        on_done=done,
        on_error=failed,
        on_progress=lambda fraction, _text: window.work.step(fraction, text),
        on_cancelled=cancelled,
    )
    _follow(window, task)
    if on_finished is not None:
        task.finished.connect(on_finished)
    return task
