"""Starting the voting kiosk: `citizenspace kiosk`.

The same careful start as the staff application (logging and crash handler first, a damaged
database refused with a message), then the kiosk full screen. Where no vote is open today,
the kiosk says so in big letters instead of showing an empty ballot; it is a kiosk all the
same: a close request does not close it, and staff leave it with Ctrl+Alt+Q and the
supervisors' PIN.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from citizenspace import __version__, i18n
from citizenspace.logsetup import setup_logging
from citizenspace.services.budget.budget import BudgetService
from citizenspace.services.shell.startup import saved_language
from citizenspace.views.budget.kiosk import KioskWindow
from citizenspace.views.budget.kiosk_frame import IDLE_MS, KioskFrame
from citizenspace.views.shell.app import (
    SCREENSHOT_SIZE,
    UNATTENDED,
    StartupDialogs,
    generate_demo,
    install_crash_handler,
    open_or_recover,
    qt_application,
)

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1


class ClosedKiosk(KioskFrame):
    """What the kiosk shows when no vote is open today."""

    def __init__(
        self,
        service: BudgetService,
        *,
        idle_ms: int = IDLE_MS,
        on_staff_exit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(service, idle_ms=idle_ms, on_staff_exit=on_staff_exit)
        self.closed_page = QWidget()
        layout = QVBoxLayout(self.closed_page)
        layout.addStretch(1)
        layout.addWidget(self._title(self.tr("The vote is not open today.")))
        layout.addWidget(
            self._title(
                self.tr("Come back on a voting day. An adult can tell you when."), "subtitle"
            )
        )
        layout.addStretch(1)
        self.pages.addWidget(self.closed_page)
        self.home()

    def home(self) -> None:
        self._forget_staff()
        self.pages.setCurrentWidget(self.closed_page)
        self.setFocus()


def run_kiosk_app(
    db_path: Path,
    *,
    demo: bool = False,
    lang: str | None = None,
    screenshot: Path | None = None,
    windowed: bool = False,
) -> int:
    """Run the kiosk on `db_path`; returns the process exit code. `screenshot` saves an image
    of the welcome screen and returns; `windowed` keeps it out of full screen (to try it on
    an office PC)."""
    from citizenspace.services.budget.budget import NoVoteOpen

    db_path = Path(db_path)
    unattended = screenshot is not None
    dialogs = UNATTENDED if unattended else StartupDialogs()
    app = qt_application()
    log_path = setup_logging()
    reporter = install_crash_handler(log_path)
    reporter.interactive = not unattended
    log.info("Citizen Space %s kiosk starting on %s", __version__, db_path)
    i18n.install(app, lang if lang in i18n.LANGUAGES else saved_language(db_path))
    report = open_or_recover(db_path, dialogs, offer_restore=not unattended, demo=demo)
    db = report.db
    if db is None:
        return EXIT_FAILED
    window: KioskFrame | None = None
    try:
        if demo and report.empty and not generate_demo(db, dialogs.show_error):
            return EXIT_FAILED
        service = BudgetService(db)
        # A kiosk holds nothing that makes voting codes (the keys to print batches stay on
        # the machine that prints slips), and its votes leave the ballot box in batches.
        service.forget_reprint_keys()
        service.settle_box()
        try:
            edition = service.open_edition()
        except NoVoteOpen:
            window = ClosedKiosk(service, on_staff_exit=app.quit)
        else:
            window = KioskWindow(service, edition, on_staff_exit=app.quit)
            if demo:
                _print_demo_codes(service, edition.id)
        controller = None
        if screenshot is None and not demo:
            # Votes leave for the share in the background, in shuffled batches of ten or
            # more; the rest when staff close the kiosk at the end of the day (below).
            from citizenspace.services.sync.sync import SyncService
            from citizenspace.views.sync.sync_controller import SyncController

            sync = SyncService(db)
            controller = SyncController(sync, window)
            controller.start()
        window.setWindowTitle(QApplication.translate("Kiosk", "Citizen Space – vote"))
        if screenshot is not None:
            window.resize(*SCREENSHOT_SIZE)
            window.show()
            app.processEvents()
            path = Path(screenshot)
            path.parent.mkdir(parents=True, exist_ok=True)
            return EXIT_OK if window.grab().save(str(path)) else EXIT_FAILED
        if windowed:
            window.resize(*SCREENSHOT_SIZE)
            window.show()
        else:
            window.showFullScreen()
        code = app.exec()
        if controller is not None:
            controller.stop()
            _last_round(db)
        return code
    finally:
        try:
            if window is not None:
                # Destroyed here, before the application object: left to the interpreter's
                # exit, the order is random and the process ended in a segmentation fault
                # (exit 139) after a kiosk screenshot, a failure nobody would see.
                window.end()
                window.deleteLater()
                QThreadPool.globalInstance().waitForDone(10_000)
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                QCoreApplication.processEvents()
        finally:
            db.close()


def _last_round(db) -> None:  # noqa: ANN001 - a Database
    """Closing the kiosk: one more exchange. Votes leave in batches of ten or more (the last
    ones with the pool kept for them, once the vote is over); the others wait in the ballot
    box for the next start: nothing is lost, and no vote leaves alone."""
    from citizenspace.services.sync.sync import SyncService

    summary = SyncService(db).run_round(flush_secret=True)
    log.info("kiosk closing: last exchange %s", "done" if summary.ok else summary.problem)


def _print_demo_codes(service, edition_id: str) -> None:  # noqa: ANN001 - BudgetService
    """A newcomer trying the demo kiosk needs a code: print a few unused ones."""
    codes = service.demo_codes(edition_id, 5)
    if codes:
        print(QApplication.translate("Kiosk", "Demo voting codes you can use:"), flush=True)
        for code in codes:
            print(f"  {code}", flush=True)
