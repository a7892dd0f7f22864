"""Starting the staff application: a damaged database is explained and never written to,
a backup is offered when one exists, and nothing ever fails silently."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from citizenspace.logsetup import setup_logging
from citizenspace.services.shell import startup
from citizenspace.services.shell.settings import SettingsService
from citizenspace.services.shell.startup import Problem
from citizenspace.services.shell.status import StatusService
from citizenspace.store.database import Database
from citizenspace.store.migrate import open_database
from citizenspace.store.safety.backup import make_backup
from citizenspace.views.shell import app as staff_app
from citizenspace.views.shell.app import StartupDialogs, install_crash_handler, run_staff_app


@dataclass
class Answers:
    """Plays the user in front of the start-up dialogs."""

    restore: bool = False
    errors: list[str] = field(default_factory=list)
    questions: list[tuple[str, Path]] = field(default_factory=list)

    def dialogs(self) -> StartupDialogs:
        def ask(text: str, backup: Path) -> bool:
            self.questions.append((text, backup))
            return self.restore

        return StartupDialogs(show_error=self.errors.append, ask_restore=ask)


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


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _city_database(path: Path, city: str = "Saint-Quentin") -> None:
    db, _ = open_database(path)
    try:
        settings = SettingsService(db)
        settings.save(settings.load().__class__(city, None, "Accueil 1", "", "fr"))
    finally:
        db.close()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _no_journal_files(path: Path) -> bool:
    return not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_file_of_random_bytes_is_explained_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "citizenspace.db"
    path.write_bytes(os.urandom(64 * 1024))
    before = _sha(path)
    answers = Answers()

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code != 0
    assert len(answers.errors) == 1
    assert "is not a Citizen Space database" in answers.errors[0]
    assert "changed nothing in this file" in answers.errors[0]
    assert answers.questions == []
    assert _sha(path) == before
    assert _no_journal_files(path)


def test_a_truncated_database_is_explained_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    _truncate(path)
    before = _sha(path)
    answers = Answers()

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code != 0
    assert "incomplete" in answers.errors[0]
    assert _sha(path) == before
    assert _no_journal_files(path)


def test_declining_the_backup_leaves_the_damaged_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    backup = make_backup(path, "daily")
    _truncate(path)
    before = _sha(path)
    answers = Answers(restore=False)

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code != 0
    assert len(answers.questions) == 1
    text, offered = answers.questions[0]
    assert offered == backup
    assert "incomplete" in text and "Restore the backup?" in text
    assert "not deleted" in text
    assert _sha(path) == before
    assert list(tmp_path.glob("*.damaged-*")) == []


def test_random_bytes_where_a_backed_up_database_was_offer_the_backup(tmp_path: Path) -> None:
    """The file was overwritten (a bad copy, a virus, a disk fault) but last night's backup
    exists: the user is offered it, and saying no changes nothing."""
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    backup = make_backup(path, "daily")
    path.write_bytes(os.urandom(64 * 1024))
    before = _sha(path)
    beside = {p.name: _sha(p) for p in tmp_path.iterdir() if p.is_file()}
    answers = Answers(restore=False)

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code != 0
    assert answers.errors == []
    [(text, offered)] = answers.questions
    assert offered == backup
    assert text.startswith(f"{path} is not a Citizen Space database (it is not an SQLite file).")
    assert text.endswith("Restore the backup?")
    assert _sha(path) == before
    # Nothing written, created or removed beside it either.
    assert {p.name: _sha(p) for p in tmp_path.iterdir() if p.is_file()} == beside


def test_a_missing_capture_trigger_is_repaired_not_a_reason_to_restore(
    tmp_path: Path, monkeypatch
) -> None:
    """A trigger dropped by a stray tool is put back when the file opens: offering last
    night's backup would only lose today's work."""
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    make_backup(path, "daily")
    conn = sqlite3.connect(path)
    [trigger] = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'people' "
        "ORDER BY name LIMIT 1"
    ).fetchall()[0]
    conn.execute(f'DROP TRIGGER "{trigger}"')
    conn.commit()
    conn.close()
    answers = Answers(restore=True)
    # A real start (a screenshot run never offers backups), ended once the window is ready.
    monkeypatch.setenv(staff_app.QUIT_WHEN_SHOWN_ENV, "ready")

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code == 0
    assert answers.questions == [] and answers.errors == []
    assert Problem.CAPTURE_BROKEN not in startup.RESTORABLE
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        conn.close()
    assert trigger in names


def test_accepting_the_backup_restores_it_and_keeps_the_damaged_file_aside(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "citizenspace.db"
    _city_database(path, "Saint-Quentin")
    make_backup(path, "daily")
    _truncate(path)
    damaged = _sha(path)
    answers = Answers(restore=True)
    monkeypatch.setenv(staff_app.QUIT_WHEN_SHOWN_ENV, "ready")

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code == 0
    assert len(answers.questions) == 1
    assert answers.errors == []
    aside = [
        p for p in tmp_path.glob("citizenspace.db.damaged-*") if p.name[-4:] not in ("-wal", "-shm")
    ]
    assert len(aside) == 1 and _sha(aside[0]) == damaged
    db = Database(path)
    try:
        assert SettingsService(db).load().city_name == "Saint-Quentin"
    finally:
        db.close()


def test_a_database_from_a_newer_version_is_not_replaced_by_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    make_backup(path, "daily")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(path)
    answers = Answers(restore=True)

    code = run_staff_app(path, lang="en", dialogs=answers.dialogs())

    assert code != 0
    assert answers.questions == []
    assert "newer version of Citizen Space" in answers.errors[0]
    assert _sha(path) == before


def test_the_backup_is_dated_by_its_name_not_by_the_files_time(tmp_path: Path) -> None:
    """A backup copied back from a USB stick has today's file time; its name still says
    when it was made, and that is the date the user must read before restoring."""
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    backup = make_backup(path, "daily")
    made = backup.name.removeprefix("citizenspace-")[:15]  # YYYYmmdd-HHMMSS
    os.utime(backup, (1_000_000_000, 1_000_000_000))  # 9 September 2001
    _truncate(path)
    answers = Answers(restore=False)

    run_staff_app(path, lang="en", dialogs=answers.dialogs())

    moment = startup.backup_made_at(backup, path)
    assert moment.strftime("%Y%m%d-%H%M%S") == made
    [(text, _offered)] = answers.questions
    shown = QDateTime.fromString(made, "yyyyMMdd-HHmmss")
    assert QLocale().toString(shown, QLocale.FormatType.ShortFormat) in text
    assert "2001" not in text

    # A name of another shape (renamed by hand): the file's time is all there is.
    odd = backup.rename(tmp_path / "old-copy.db")
    assert startup.backup_made_at(odd, path).timestamp() == 1_000_000_000


def test_a_damaged_file_with_screenshot_asks_nothing_and_fails_at_once(
    tmp_path: Path, monkeypatch, capfd
) -> None:
    """`citizenspace --screenshot` runs unattended (a script, a build): a message box would
    wait forever. The problem is one line on stderr, no backup is put in place, exit != 0."""
    path = tmp_path / "citizenspace.db"
    _city_database(path)
    make_backup(path, "daily")
    path.write_bytes(os.urandom(64 * 1024))
    before = _sha(path)
    windows: list[str] = []

    def no_window(*_args, **_kwargs):
        windows.append("a dialog was opened")
        return QMessageBox.StandardButton.Ok

    for name in ("exec", "critical", "question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, no_window)
    shot = tmp_path / "shot.png"

    code = run_staff_app(path, lang="en", screenshot=shot)

    assert code != 0
    assert windows == []
    assert not shot.exists()
    assert _sha(path) == before  # nothing restored, nothing written
    assert list(tmp_path.glob("*.damaged-*")) == []
    lines = [line for line in capfd.readouterr().err.splitlines() if "Citizen Space" in line]
    assert len(lines) == 1
    assert "is not a Citizen Space database" in lines[0]


def test_screenshot_mode_writes_a_picture_of_the_window(tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "shot.png"
    code = run_staff_app(tmp_path / "new.db", lang="en", screenshot=shot)
    assert code == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(shot))
    assert (image.width(), image.height()) == staff_app.SCREENSHOT_SIZE


def test_the_saved_language_is_used_when_none_is_asked(tmp_path: Path) -> None:
    path = tmp_path / "citizenspace.db"
    db, _ = open_database(path)
    settings = SettingsService(db)
    settings.save(settings.load().__class__("Saint-Quentin", None, "Accueil 1", "", "en"))
    db.close()
    code = run_staff_app(path, screenshot=tmp_path / "shot.png")
    assert code == 0
    assert QLocale().language() == QLocale.Language.English


def test_demo_mode_fills_a_new_database_with_the_demo_city(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    code = run_staff_app(path, demo=True, lang="en", screenshot=tmp_path / "demo.png")
    assert code == 0
    db = Database(path)
    try:
        assert StatusService(db).overview().people > 0
        assert SettingsService(db).load().city_name
    finally:
        db.close()
    assert (tmp_path / "demo.png").exists()


def _raise_and_catch() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["the missing key"]
    except KeyError as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("unreachable")


def test_an_unexpected_error_is_logged_and_told_in_plain_words(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    log_path = setup_logging()
    reporter = install_crash_handler(log_path)
    assert sys.excepthook == reporter.excepthook

    sys.excepthook(*_raise_and_catch())

    logging.getLogger().handlers[-1].flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "the missing key" in logged and "Traceback" in logged
    assert shown == [
        f"Something went wrong. The details were saved in {log_path}. Your data is safe."
    ]


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    log_path = setup_logging()
    install_crash_handler(log_path)

    def fail() -> None:
        raise RuntimeError("printer thread fell over")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Your data is safe." in shown[0]
    assert "printer thread fell over" in log_path.read_text(encoding="utf-8")
