"""The staff window never waits for the database: it is opened off the GUI thread (the status
bar says what start-up does, with Cancel), only the first page is built before the user can
work, and the daily anonymisation runs afterwards in the background, with Cancel too.

To make opening last, another program holds the database's write lock (as a sync round
or a second desk does): start-up then waits for it, and the window must go on answering.
Real files, real widgets, the real `run_staff_app`.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.services.privacy.privacy import LAST_RUN_KEY
from citizenspace.services.shell.settings import SettingsService
from citizenspace.store.database import Database
from citizenspace.store.migrate import open_database
from citizenspace.store.models import LocalSetting, Visit
from citizenspace.views.common.context import Services
from citizenspace.views.people.people_view import PeopleView
from citizenspace.views.reception.reception_view import ReceptionView
from citizenspace.views.shell import app as staff_app
from citizenspace.views.shell.app import run_staff_app
from citizenspace.views.shell.main_window import MainWindow
from citizenspace.views.shell.opening import anonymise_in_background


@pytest.fixture(autouse=True)
def _restore_application_state(qapp, monkeypatch):
    """run_staff_app sets process-wide things; put them back for the other tests."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    locale = QLocale()
    sheet = qapp.styleSheet()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    qapp.setStyleSheet(sheet)
    QLocale.setDefault(locale)


def _office(path: Path, *, old_note: bool = False) -> None:
    db, _ = open_database(path)
    try:
        settings = SettingsService(db)
        settings.save(settings.load().__class__("Saint-Quentin", None, "Accueil 1", "", "en"))
        if old_note:  # a visit note past its 12 months: the daily run blanks it
            with db.write() as s:
                s.add(
                    Visit(
                        id="old-visit",
                        channel=Channel.DESK,
                        outcome=VisitOutcome.ANSWERED,
                        arrived_at=datetime(2020, 5, 2, 10, 0),
                        note="an old note",
                    )
                )
    finally:
        db.close()


def _hold_the_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, timeout=30)
    other.execute("BEGIN IMMEDIATE")
    return other


def _window() -> MainWindow:
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return window


def _when(condition: Callable[[], bool], then: Callable[[], None], every_ms: int = 50) -> None:
    """Once `condition` holds (asked on the GUI thread, every `every_ms`), do `then`."""

    def look() -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(every_ms, look)

    QTimer.singleShot(every_ms, look)


def test_the_window_answers_while_the_database_waits(tmp_path, monkeypatch, capsys):
    path = tmp_path / "office.db"
    _office(path)
    other = _hold_the_write_lock(path)
    monkeypatch.setenv(staff_app.QUIT_WHEN_SHOWN_ENV, "ready")
    seen: dict[str, object] = {}
    ticks: list[int] = []

    def while_opening() -> None:
        window = _window()
        seen["attached"] = window.attached
        seen["says"] = window.work.label.text()
        seen["cancellable"] = window.work.cancel_button.isEnabled()
        # The event loop runs: a timer of 10 ms ticks while the database waits.
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)

        def release() -> None:
            timer.stop()
            other.rollback()

        QTimer.singleShot(300, release)

    _when(
        lambda: any(
            isinstance(w, MainWindow) and w.work.isVisible() for w in QApplication.topLevelWidgets()
        ),
        while_opening,
    )
    try:
        code = run_staff_app(path, lang="en")
    finally:
        other.close()  # rolls back if the test failed before releasing it
    assert code == 0
    assert seen == {"attached": False, "says": "Opening the database…", "cancellable": True}
    assert len(ticks) >= 10
    shown = dict(
        line.split(": ", 1) for line in capsys.readouterr().out.splitlines() if ": " in line
    )
    assert shown["People"] == "0"


def test_cancelling_the_opening_quits_and_leaves_the_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    _office(path)
    other = _hold_the_write_lock(path)
    monkeypatch.setenv(staff_app.QUIT_WHEN_SHOWN_ENV, "ready")

    def cancel() -> None:
        _window().work.cancel_button.click()
        other.rollback()  # the opening goes on to its next safe point, and stops there

    _when(
        lambda: any(
            isinstance(w, MainWindow) and w.work.isVisible() for w in QApplication.topLevelWidgets()
        ),
        cancel,
    )
    try:
        code = run_staff_app(path, lang="en")
    finally:
        other.close()
    assert code != 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_only_the_overview_is_built_before_the_user_can_work(qtbot, db):
    window = MainWindow(Services.for_database(db), sync_interval_ms=0, sync_first_delay_ms=-1)
    qtbot.addWidget(window)
    window.show()
    assert window.findChildren(ReceptionView) == []
    assert window.findChildren(PeopleView) == []
    window.show_page("people")
    assert len(window.findChildren(PeopleView)) == 1
    assert isinstance(window.stack.currentWidget().findChild(PeopleView), PeopleView)
    assert window.findChildren(ReceptionView) == []
    window.show_page("people")
    assert len(window.findChildren(PeopleView)) == 1  # built once


def _anonymised_on(db: Database) -> str | None:
    with db.read() as s:
        row = s.get(LocalSetting, LAST_RUN_KEY)
        return row.value if row is not None else None


def _note(db: Database) -> str:
    with db.read() as s:
        return s.get(Visit, "old-visit").note


def test_the_daily_anonymisation_runs_once_the_user_can_work(tmp_path, monkeypatch):
    path = tmp_path / "office.db"
    _office(path, old_note=True)
    monkeypatch.setenv(staff_app.QUIT_WHEN_SHOWN_ENV, "idle")
    assert run_staff_app(path, lang="en") == 0
    db = Database(path)
    try:
        assert _note(db) == ""
        assert _anonymised_on(db) == date.today().isoformat()
    finally:
        db.close()


def test_a_cancelled_daily_anonymisation_changes_nothing_and_runs_next_time(qtbot, tmp_path):
    path = tmp_path / "office.db"
    _office(path, old_note=True)
    db, _ = open_database(path)
    try:
        window = MainWindow(Services.for_database(db), sync_interval_ms=0, sync_first_delay_ms=-1)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(
            lambda: not window.status_widgets.busy and not window.overview_view.busy,
            timeout=20_000,
        )
        other = _hold_the_write_lock(path)
        try:
            task = anonymise_in_background(window)
            qtbot.waitUntil(lambda: window.work.isVisible())
            assert window.work.label.text().startswith("Anonymising")
            window.work.cancel_button.click()
            assert window.work.cancel_button.text() == "Stopping…"
        finally:
            other.rollback()
            other.close()
        qtbot.waitUntil(lambda: not task.running, timeout=20_000)
        assert not window.work.isVisible()
        assert "next start" in window.statusBar().currentMessage()
        assert _note(db) == "an old note"
        assert _anonymised_on(db) is None
        # The next start runs it.
        task = anonymise_in_background(window)
        qtbot.waitUntil(lambda: not task.running, timeout=20_000)
        assert _note(db) == ""
        assert _anonymised_on(db) == date.today().isoformat()
    finally:
        db.close()


def test_a_run_leaves_the_application_able_to_run_again(tmp_path, monkeypatch):
    """Closing the window at the end of a run must not leave Qt quitting: a later event loop
    of the process (a second run, a test's) would end at once, and no background work's
    result would ever be delivered."""
    path = tmp_path / "office.db"
    _office(path)
    monkeypatch.setenv(staff_app.QUIT_WHEN_SHOWN_ENV, "ready")
    assert run_staff_app(path, lang="en") == 0
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    assert loop.exec() == 0  # -1: refused at once, the application still quitting
