"""The command line run inside the test process, where the window and the log can be read:
what the user gets from `citizenspace --demo --screenshot`, and the one plain line printed
when a command fails."""

from __future__ import annotations

import logging
import re
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QImage

from citizenspace import cli
from citizenspace.domain.people import PersonDraft
from citizenspace.logsetup import setup_logging
from citizenspace.paths import log_dir
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.demo import demo
from citizenspace.services.people.people import PeopleService
from citizenspace.services.shell.status import StatusService
from citizenspace.store.database import Database
from citizenspace.store.migrate import open_database
from citizenspace.views.shell import app as staff_app

FRENCH_THOUSANDS = ("\u202f", "\u00a0")  # narrow no-break space (Qt 6), or no-break space


@pytest.fixture(autouse=True)
def _restore_application_state(qapp, monkeypatch):
    """The command line installs translations, a locale, a style and hooks for the whole
    process; put them back for the other tests."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    locale = QLocale()
    sheet = qapp.styleSheet()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    qapp.setStyleSheet(sheet)
    QLocale.setDefault(locale)


def _log_file() -> Path:
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_citizenspace", False):
            handler.flush()
            return Path(handler.baseFilename)
    raise AssertionError("the command did not log to its file")


# --------------------------------------------------------------------------- the demo picture


def test_demo_screenshot_is_french_with_the_demo_citys_figures(tmp_path, monkeypatch):
    """`citizenspace --demo --screenshot shot.png`, as the README's quick start says."""
    setup_logging()  # the log file stays the test session's, for the tests that read it
    monkeypatch.setenv("CITIZENSPACE_HOME", str(tmp_path / "home"))  # a demo.db of its own
    monkeypatch.chdir(tmp_path)
    seen: dict[str, object] = {}
    take = staff_app.take_screenshot

    def look_then_take(window, path):
        ok = take(window, path)
        # Read right after the picture, before any event runs: what the picture shows.
        seen["nav"] = [window.nav.item(i).text() for i in range(window.nav.count())]
        seen["current"] = window.current_page_key
        seen["people"] = window.overview_view.people_card.value_label.text()
        seen["visits"] = window.overview_view.visits_card.value_label.text()
        return ok

    monkeypatch.setattr(staff_app, "take_screenshot", look_then_take)

    code = cli.main(["--demo", "--screenshot", "shot.png"])

    assert code == cli.EXIT_OK
    shot = tmp_path / "shot.png"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (QImage(str(shot)).width(), QImage(str(shot)).height()) == staff_app.SCREENSHOT_SIZE
    assert seen["nav"][0] == "Vue d'ensemble"
    assert seen["nav"][2] == "Personnes"
    assert seen["current"] == "overview"

    db = Database(tmp_path / "home" / "demo.db")
    try:
        overview = StatusService(db).overview()
    finally:
        db.close()
    assert overview.people > 1000  # a year of a 55,000-inhabitant city
    people = str(seen["people"])
    assert re.fullmatch(r"\d{1,3}(?:[\u202f\u00a0]\d{3})+", people), ascii(people)
    assert people.replace("\u202f", "").replace("\u00a0", "") == str(overview.people)
    assert people[1] in FRENCH_THOUSANDS
    assert str(seen["visits"]) == QLocale(QLocale.Language.French).toString(
        overview.visits_this_year
    )


# --------------------------------------------------------------------------- one plain line


def test_an_unexpected_error_is_one_line_and_the_details_go_to_the_log(
    tmp_path, monkeypatch, capsys
):
    long_first_line = "the disk said no " + "x" * 500
    secret = "SELECT * FROM people WHERE last_name = 'Dupont'"

    def broken_check(_args):
        raise RuntimeError(f"{long_first_line}\n{secret}\nand a third line")

    monkeypatch.setattr(cli, "cmd_db_check", broken_check)

    code = cli.main(["db", "check", "--db", str(tmp_path / "t.db")])

    assert code == cli.EXIT_FAILED
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    kept = long_first_line[: cli.UNEXPECTED_MAX_CHARS - 1]
    assert lines[0] == (
        f"Erreur inattendue\u00a0: RuntimeError: {kept}… (détails dans {log_dir()})"
    )
    assert secret not in err
    logged = _log_file().read_text(encoding="utf-8")
    assert secret in logged and "Traceback" in logged


def test_the_one_line_of_an_unexpected_error_without_a_message(tmp_path, monkeypatch, capsys):
    def broken_check(_args):
        raise LookupError

    monkeypatch.setattr(cli, "cmd_db_check", broken_check)
    assert cli.main(["db", "check", "--db", str(tmp_path / "t.db"), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"Unexpected error: LookupError (details in {log_dir()})"
    )


def test_demo_into_a_database_with_people_is_refused_in_one_line(tmp_path, capsys):
    path = tmp_path / "office.db"
    db, _ = open_database(path)
    try:
        PeopleService(db).create(PersonDraft("Hélène", "Dupont"))
    finally:
        db.close()

    code = cli.main(["demo", "--db", str(path)])

    assert code == cli.EXIT_FAILED
    assert capsys.readouterr().err.strip() == (
        f"{path} contient déjà des données\u00a0: la ville de démonstration ne peut être créée "
        "que dans une nouvelle base de données."
    )


def test_demo_failing_for_another_reason_does_not_claim_the_database_holds_data(
    tmp_path, monkeypatch, capsys
):
    def refused(*_args, **_kwargs):
        raise ServiceError("the districts could not be written\nsecond line")

    monkeypatch.setattr(demo, "generate", refused)
    path = tmp_path / "new.db"

    code = cli.main(["demo", "--db", str(path), "--lang", "en"])

    assert code == cli.EXIT_FAILED
    assert capsys.readouterr().err.strip() == (
        f"The demo city could not be written to {path}: "
        "ServiceError: the districts could not be written"
    )


# --------------------------------------------------------------------------- sync


def test_a_command_line_round_is_recorded_as_the_application_records_its_own(tmp_path, capsys):
    """`citizenspace sync` goes through the same service as the Sync page: afterwards the
    page and the status bar tell that round, and a failed one is told too."""
    from citizenspace.services.sync.sync import SyncService

    db, _ = open_database(tmp_path / "desk.db")
    db.close()
    share = tmp_path / "share"
    share.mkdir()
    assert (
        cli.main(["--lang", "en", "--db", str(tmp_path / "desk.db"), "sync", "--share", str(share)])
        == 0
    )
    db, _ = open_database(tmp_path / "desk.db")
    try:
        last = SyncService(db).last_round()
        assert last.last_success is not None and last.problem is None
    finally:
        db.close()
    (share / "FORMAT.json").write_text('{"format": 999}', encoding="utf-8")  # a newer version's
    code = cli.main(
        ["--lang", "en", "--db", str(tmp_path / "desk.db"), "sync", "--share", str(share)]
    )
    assert code != 0
    db, _ = open_database(tmp_path / "desk.db")
    try:
        assert SyncService(db).last_round().problem is not None  # the failed round is told too
    finally:
        db.close()
