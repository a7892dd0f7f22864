"""Starting the staff application: one function, `run_staff_app`, called by the command line.

The order matters: logging and the crash handler first (nothing may fail silently), then the
database (a damaged file gets a clear message and is never written to), then the language,
then the window. The questions asked on the way go through `StartupDialogs`, so tests can
answer them.
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
from typing import TYPE_CHECKING

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
from citizenspace.views.common.tasks import Progress, run_in_background
from citizenspace.views.shell.main_window import MainWindow

if TYPE_CHECKING:  # SQLAlchemy loads after the window is shown
    from citizenspace.store.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
SCREENSHOT_SIZE = (1280, 800)
#: Set by tests/benchmarks/bench_startup.py: "shown" quits once the window is on screen,
#: "ready" once its first page shows the data.
QUIT_WHEN_SHOWN_ENV = "CITIZENSPACE_QUIT_WHEN_SHOWN"
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


def open_or_recover(
    db_path: Path, dialogs: StartupDialogs, *, offer_restore: bool = True, demo: bool = False
) -> StartReport:
    """Start-up's one service call, with its questions put to the user and its refusals
    explained (never a backup offered when `offer_restore` is False: an unattended run does
    not replace files). The report's `db` is None when the user is left without a database;
    in that case not one byte of the file was written."""

    def ask(offer: RestoreOffer) -> bool:
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

    report = start(db_path, ask if offer_restore else None, check_empty=demo)
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
    return report


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


def run_staff_app(
    db_path: Path,
    *,
    demo: bool = False,
    lang: str | None = None,
    screenshot: Path | None = None,
    dialogs: StartupDialogs | None = None,
) -> int:
    """Run the staff application on `db_path`; returns the process exit code.

    The window is shown first and the database opened right after, so the user sees the
    application at once. `demo` fills a new or empty database with the demo city first.
    `screenshot` saves an image of the main window and returns without an event loop; such
    a run is unattended: it asks nothing (errors are one line on stderr unless `dialogs`
    says otherwise), never offers a backup, and returns non-zero when it cannot open the file.
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
    try:
        if screenshot is not None:
            db = _open_and_attach(window, db_path, demo=demo, dialogs=dialogs, offer_restore=False)
            if db is None:
                return EXIT_FAILED
            return EXIT_OK if take_screenshot(window, screenshot) else EXIT_FAILED

        window.show()
        quit_mode = os.environ.get(QUIT_WHEN_SHOWN_ENV, "")
        if quit_mode == "shown":
            QTimer.singleShot(0, app.quit)
            return app.exec()
        outcome: list[Database | None] = []

        def second_half() -> None:
            opened = _open_and_attach(window, db_path, demo=demo, dialogs=dialogs)
            outcome.append(opened)
            if opened is None:
                app.exit(EXIT_FAILED)
            elif quit_mode == "ready":
                _wait_until_idle(window)
                # What the first page shows, for whoever asked to quit when ready (a test,
                # the start-up benchmark): proof that the figures came from the database.
                for card in window.overview_view.cards():
                    print(f"{card.title_label.text()}: {card.value_label.text()}", flush=True)
                app.quit()

        QTimer.singleShot(0, second_half)
        code = app.exec()
        db = outcome[0] if outcome else None
        return code if db is not None or not outcome else EXIT_FAILED
    finally:
        window.close()
        window.deleteLater()
        # Background readings may still hold a session: let them end before closing.
        QThreadPool.globalInstance().waitForDone(10_000)
        QCoreApplication.processEvents()
        # Closing the last window asks Qt to quit; that request must not outlive this run.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        if db is not None:
            db.close()
