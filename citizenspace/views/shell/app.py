"""Starting the staff application: one function, `run_staff_app`, called by the command line.

The order matters: logging and the crash handler first (nothing may fail silently), then the
language, then the window, then the database (a damaged file gets a clear message and is
never written to). The questions asked on the way go through `StartupDialogs`, so tests can
answer them.

The GUI thread never waits for the database: start-up's one service call (`start`: check,
backup, upgrade, repair) and the reading of the first figures run in the background while
the window answers, and the status bar says what is being done, with Cancel where stopping
leaves the file as it was (`services.shell.startup.Step`: never during an upgrade). Once the
user can work, the daily anonymisation runs in the background too (Cancel: it runs again at
the next start), and the other pages' modules are imported off the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QLocale,
    QObject,
    QThread,
    QThreadPool,
    QTime,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from citizenspace import APP_NAME, ORG_NAME, __version__, i18n
from citizenspace.logsetup import setup_logging
from citizenspace.messages import database_problem
from citizenspace.services.shell.startup import (
    RestoreOffer,
    StartReport,
    saved_language,
    start,
)
from citizenspace.views.common.tasks import BackgroundTask, Progress, run_in_background
from citizenspace.views.shell.main_window import MainWindow
from citizenspace.views.shell.opening import Opened, anonymise_in_background, open_in_background

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from citizenspace.store.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
SCREENSHOT_SIZE = (1280, 800)
#: Set by tests and tests/benchmarks/bench_startup.py: "shown" quits once the window is on
#: screen, "ready" once its first page shows the data (printing its figures), "idle" once
#: the work start-up leaves in the background (the daily anonymisation) is over too.
QUIT_WHEN_SHOWN_ENV = "CITIZENSPACE_QUIT_WHEN_SHOWN"
#: How long after the figures show the other pages' modules start loading (`prefetch`).
PREFETCH_AFTER_MS = 300
# Readable at a reception desk without glasses; the theme sizes titles relative to it.
BASE_POINT_SIZE = 10.5

# ---------------------------------------------------------------------- the crash handler


class CrashReporter(QObject):
    """Logs every uncaught exception with its traceback and tells the user, in plain words.

    Installed as `sys.excepthook` (exceptions in Qt slots and the main thread) and
    `threading.excepthook` (other threads, whose message is shown on the GUI thread).
    """

    _show_requested = Signal()

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        # False in unattended runs (--screenshot): the message goes to stderr, no window
        # waits for a click that will never come.
        self.interactive = True
        self._showing = False
        self._show_requested.connect(self._show)

    def message(self) -> str:
        return QCoreApplication.translate(
            "StaffApp", "Something went wrong. The details were saved in %1. Your data is safe."
        ).replace("%1", str(self.log_path))

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical(
            "unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb))
        )
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            self._show()
        else:
            self._show_requested.emit()

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    @Slot()
    def _show(self) -> None:
        # One message at a time: an error repeated on every repaint must not bury the user
        # under boxes. Everything is in the log anyway.
        if not self.interactive:
            say_on_stderr(self.message())
            return
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.critical(None, APP_NAME, self.message())
        except Exception:  # noqa: BLE001 - the report itself must never crash
            log.exception("could not show the error message")
        finally:
            self._showing = False


def install_crash_handler(log_path: Path) -> CrashReporter:
    """Route uncaught exceptions of every thread to a `CrashReporter`; returns it."""
    reporter = CrashReporter(log_path, QCoreApplication.instance())
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    return reporter


# ---------------------------------------------------------------------- startup questions


def _show_error(text: str) -> None:
    QMessageBox.critical(None, APP_NAME, text)


def say_on_stderr(text: str) -> None:
    """A message for an unattended run: one line on stderr (and in the log), no window."""
    line = " ".join(text.split())
    log.error("%s", line)
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no console: the log has it
        print(line, file=sys.stderr, flush=True)


def _never_restore(text: str, backup: Path) -> bool:
    log.warning("unattended run: the backup %s is not put in place", backup)
    return False


def restore_question(text: str, backup: Path) -> tuple[QMessageBox, QPushButton]:
    """The box offering the backup, and its "Restore" button; quitting is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    restore_button = box.addButton(
        QCoreApplication.translate("StaffApp", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("StaffApp", "Quit without changing anything"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(quit_button)
    box.setDetailedText(str(backup))
    return box, restore_button


def _ask_restore(text: str, backup: Path) -> bool:
    box, restore_button = restore_question(text, backup)
    box.exec()
    return box.clickedButton() is restore_button


@dataclass(frozen=True)
class StartupDialogs:
    """The questions start-up may ask. Tests pass their own answers."""

    show_error: Callable[[str], None] = _show_error
    # Given the message and the backup offered; True to restore it.
    ask_restore: Callable[[str, Path], bool] = _ask_restore


# For runs nobody watches (--screenshot): nothing is asked, errors are one line on stderr.
UNATTENDED = StartupDialogs(show_error=say_on_stderr, ask_restore=_never_restore)


def _when(moment: datetime) -> str:
    stamp = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def _ask(dialogs: StartupDialogs, offer: RestoreOffer) -> bool:
    """Put start-up's question to the user: restore the backup offered?"""
    question = (
        QCoreApplication.translate(
            "StaffApp",
            "%1\n\nA backup made on %2 can be put in its place. The damaged file will be "
            "kept beside it under another name, not deleted. What was recorded after the "
            "backup will be missing.\n\nRestore the backup?",
        )
        .replace("%1", database_problem(offer.refused))
        .replace("%2", _when(offer.made_at))
    )
    return dialogs.ask_restore(question, offer.backup)


def open_or_recover(
    db_path: Path, dialogs: StartupDialogs, *, offer_restore: bool = True, demo: bool = False
) -> StartReport:
    """Start-up's one service call, with its questions put to the user and its refusals
    explained (never a backup offered when `offer_restore` is False: an unattended run does
    not replace files). The report's `db` is None when the user is left without a database;
    in that case not one byte of the file was written. Runs on the calling thread: for the
    kiosk and unattended runs (the staff window opens its database with `open_in_background`)."""
    report = start(
        db_path,
        (lambda offer: _ask(dialogs, offer)) if offer_restore else None,
        check_empty=demo,
    )
    explain(report, dialogs)
    return report


def explain(report: StartReport, dialogs: StartupDialogs) -> None:
    """Tell the user why start-up left them without a database, if it did."""
    if report.backup_refused is not None:
        dialogs.show_error(
            QCoreApplication.translate(
                "StaffApp", "The backup could not be opened either: %1"
            ).replace("%1", database_problem(report.backup_refused))
        )
    elif report.db is None and report.refused is not None and not report.declined:
        dialogs.show_error(
            QCoreApplication.translate(
                "StaffApp",
                "%1\n\nCitizen Space changed nothing in this file. Keep it, and ask your "
                "IT department for help.",
            ).replace("%1", database_problem(report.refused))
        )


# ---------------------------------------------------------------------- the demo city


def generate_demo(db: Database, show_error: Callable[[str], None] = _show_error) -> bool:
    """Write the demo city into `db` in the background, behind a progress dialog. Returns
    False if the user cancelled or it failed (the failure is logged and shown)."""
    from citizenspace.services.demo.demo import generate

    dialog = QProgressDialog(
        QCoreApplication.translate("StaffApp", "Creating the demo city…"),
        QCoreApplication.translate("StaffApp", "Cancel"),
        0,
        1000,
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    dialog.setValue(0)
    dialog.show()
    loop = QEventLoop()
    outcome: list[bool] = []

    def work(progress: Progress) -> object:
        def report(fraction: float, text: str = "") -> None:
            progress.raise_if_cancelled()
            progress.report(fraction, text)

        return generate(db, scale=1.0, progress=report)

    def done(_summary: object) -> None:
        log.info("demo city generated in %s", db.path)
        outcome.append(True)

    def failed(exc: BaseException) -> None:
        log.error("demo city not generated", exc_info=(type(exc), exc, exc.__traceback__))
        dialog.hide()
        show_error(
            QCoreApplication.translate(
                "StaffApp", "The demo city could not be created. The details are in the log file."
            )
        )
        outcome.append(False)

    def progressed(fraction: float | None, text: str) -> None:
        if fraction is None:
            dialog.setMaximum(0)
        else:
            dialog.setMaximum(1000)
            dialog.setValue(int(fraction * 1000))

    task = run_in_background(
        None,
        work,
        on_done=done,
        on_error=failed,
        on_progress=progressed,
        on_cancelled=lambda: outcome.append(False),
    )
    dialog.canceled.connect(task.cancel)
    task.finished.connect(loop.quit)
    if task.running:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    return bool(outcome and outcome[0])


# ---------------------------------------------------------------------- the application


def load_theme() -> str:
    """The style sheet shipped in the `citizenspace.ui` package ("" if it is missing)."""
    try:
        return (resources.files("citizenspace.ui") / "themes" / "citizenspace.qss").read_text(
            encoding="utf-8"
        )
    except OSError:
        log.warning("theme not found; using the plain Fusion style")
        return ""


def qt_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "citizenspace"])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(load_theme())
    return app


def _wait_until_idle(window: MainWindow, timeout_ms: int = 15_000) -> None:
    """Let the background readings of the first page arrive (used without an event loop)."""
    app = QCoreApplication.instance()
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < timeout_ms:
        app.processEvents()
        busy = window.overview_view.busy or window.status_widgets.busy
        if not busy:
            break
        QThreadPool.globalInstance().waitForDone(20)
    app.processEvents()


def take_screenshot(window: MainWindow, path: Path) -> bool:
    """Show `window` at a fixed size and save what it shows as an image."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    _wait_until_idle(window)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path))
    if ok:
        log.info("screenshot saved to %s", path)
    else:
        log.error("could not save the screenshot to %s", path)
    return ok


def _open_and_attach(
    window: MainWindow,
    db_path: Path,
    *,
    demo: bool,
    dialogs: StartupDialogs,
    offer_restore: bool = True,
) -> Database | None:
    """The second half of start-up, once the window is on screen: open (or recover) the
    database, fill the demo city if asked, and give the window its services."""
    from citizenspace.views.common.context import Services

    report = open_or_recover(db_path, dialogs, offer_restore=offer_restore, demo=demo)
    db = report.db
    if db is None:
        return None
    if demo and report.empty and not generate_demo(db, dialogs.show_error):
        db.close()
        return None
    window.attach(Services.for_database(db))
    return db


class _StaffRun:
    """One run of the staff window, from the database opened in the background to the work
    left for once the user can work; every step lands here, on the GUI thread."""

    def __init__(
        self, app: QApplication, window: MainWindow, dialogs: StartupDialogs, *, demo: bool
    ) -> None:
        self.app = app
        self.window = window
        self.dialogs = dialogs
        self.demo = demo
        self.quit_mode = os.environ.get(QUIT_WHEN_SHOWN_ENV, "")
        self.db: Database | None = None
        #: The database could not be opened, or the user stopped the opening.
        self.failed = False
        #: The event loop is over: what arrives now is only put away.
        self.closing = False
        self.tasks: list[BackgroundTask[Any]] = []
        self.prefetch_due = False

    def begin(self, db_path: Path) -> None:
        self.tasks.append(
            open_in_background(
                self.window,
                db_path,
                lambda offer: _ask(self.dialogs, offer),
                demo=self.demo,
                on_opened=self.opened,
                on_failed=self.open_failed,
                on_cancelled=self.open_cancelled,
            )
        )

    def opened(self, opened: Opened) -> None:
        report = opened.report
        if self.closing:  # the window was closed while the database opened
            if report.db is not None:
                report.db.close()
            return
        explain(report, self.dialogs)
        db = report.db
        if db is None or opened.services is None:
            self.fail()
            return
        overview = opened.overview
        if self.demo and report.empty:
            if not generate_demo(db, self.dialogs.show_error):
                db.close()
                self.fail()
                return
            overview = None
        self.db = db
        self.window.attach(opened.services, overview=overview)
        log.info("ready: the overview shows the city's figures")
        if self.quit_mode == "ready":
            self.print_figures_and_quit()
            return
        self.tasks.append(anonymise_in_background(self.window, self.maybe_idle))
        # The other pages' modules load a moment later: not while the figures are painted.
        self.prefetch_due = True
        QTimer.singleShot(PREFETCH_AFTER_MS, self.window, self.prefetch)

    def prefetch(self) -> None:
        self.prefetch_due = False
        if self.closing:
            return
        task = self.window.prefetch()
        task.finished.connect(self.maybe_idle)
        self.tasks.append(task)

    def maybe_idle(self) -> None:
        idle = not self.prefetch_due and not any(t.running for t in self.tasks)
        if self.quit_mode == "idle" and idle:
            self.print_figures_and_quit()

    def print_figures_and_quit(self) -> None:
        _wait_until_idle(self.window)
        # What the first page shows, for whoever asked to quit when ready (a test, the
        # start-up benchmark): proof that the figures came from the database.
        assert self.window.overview_view is not None
        for card in self.window.overview_view.cards():
            print(f"{card.title_label.text()}: {card.value_label.text()}", flush=True)
        self.app.quit()

    def open_failed(self, exc: BaseException) -> None:
        log.error("the database could not be opened", exc_info=(type(exc), exc, exc.__traceback__))
        if not self.closing:
            self.dialogs.show_error(
                QCoreApplication.translate(
                    "StaffApp",
                    "The database could not be opened. The details are in the log file.",
                )
            )
        self.fail()

    def open_cancelled(self) -> None:
        log.info("opening the database cancelled by the user; the file is as it was")
        self.fail()

    def fail(self) -> None:
        self.failed = True
        if not self.closing:
            self.app.exit(EXIT_FAILED)

    def stop(self) -> None:
        """The event loop is over: stop the background work at its next safe point."""
        self.closing = True
        for task in self.tasks:
            if task.running:
                task.cancel()


def run_staff_app(
    db_path: Path,
    *,
    demo: bool = False,
    lang: str | None = None,
    screenshot: Path | None = None,
    dialogs: StartupDialogs | None = None,
) -> int:
    """Run the staff application on `db_path`; returns the process exit code.

    The window is shown first and the database opened in the background, so the user sees
    the application at once and it never stops answering (`open_in_background`). `demo`
    fills a new or empty database with the demo city first. `screenshot` saves an image of
    the main window and returns without an event loop; such a run is unattended: it asks
    nothing (errors are one line on stderr unless `dialogs` says otherwise), never offers a
    backup, and returns non-zero when it cannot open the file.
    """
    db_path = Path(db_path)
    unattended = screenshot is not None
    dialogs = dialogs or (UNATTENDED if unattended else StartupDialogs())
    app = qt_application()
    log_path = setup_logging()
    reporter = install_crash_handler(log_path)
    reporter.interactive = not unattended
    log.info("Citizen Space %s starting on %s", __version__, db_path)
    language = i18n.install(app, lang if lang in i18n.LANGUAGES else saved_language(db_path))
    log.info("language: %s", language)

    window = MainWindow()
    db: Database | None = None
    run = _StaffRun(app, window, dialogs, demo=demo)
    try:
        if screenshot is not None:
            db = _open_and_attach(window, db_path, demo=demo, dialogs=dialogs, offer_restore=False)
            if db is None:
                return EXIT_FAILED
            return EXIT_OK if take_screenshot(window, screenshot) else EXIT_FAILED

        window.show()
        if run.quit_mode == "shown":
            QTimer.singleShot(0, app.quit)
            return app.exec()
        run.begin(db_path)
        code = app.exec()
        return EXIT_FAILED if run.failed else code
    finally:
        run.stop()
        # Closing the last window asks Qt to quit; that request must not outlive this run
        # (processed after the event loop, it would leave the application quitting, and no
        # later event loop of the process would run: a test's, a second run's).
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            window.close()
            window.deleteLater()
            # Background work may still hold a session: let it end (cancelled at its next
            # safe point) before closing; what it brings back is put away (`closing`).
            QThreadPool.globalInstance().waitForDone(30_000)
            QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
            QCoreApplication.processEvents()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        db = db or run.db
        if db is not None:
            db.close()
