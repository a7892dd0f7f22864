"""The Personal data page, driven like the coordinator's day: set a period, anonymise,
find a person, export what is held, erase them, and read the record of it all. What may
take seconds on a large database runs off the GUI thread, and an erasure may be cancelled
before it is committed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.privacy import DataKind
from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.store.models import Person, Visit
from citizenspace.views.common.context import Services
from citizenspace.views.privacy.privacy_view import PrivacyView

TODAY = date(2026, 11, 20)


@pytest.fixture
def view(qtbot, db) -> PrivacyView:
    with db.write() as s:
        p = Person(
            first_name="Léa",
            last_name="Depaepe",
            search_key="depaepe lea",
            email="lea@example.org",
            created_on=date(2026, 1, 5),
        )
        s.add(p)
        s.flush()
        s.add(
            Visit(
                channel=Channel.DESK,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=datetime(2024, 5, 2, 10, 0),
                note="an old note",
            )
        )
        s.add(
            Visit(
                channel=Channel.PHONE,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=datetime(2026, 11, 2, 10, 0),
                note="called about her file",
                person_id=p.id,
            )
        )
    services = Services.for_database(db)
    services = Services(
        **{
            **{f: getattr(services, f) for f in services.__slots__},
            "privacy": PrivacyService(db, today=lambda: TODAY),
        }
    )
    v = PrivacyView(services)
    qtbot.addWidget(v)
    v.resize(1100, 900)
    v.show()
    qtbot.waitExposed(v)
    v.refresh()
    _settled(qtbot, v)
    return v


def _settled(qtbot, view: PrivacyView) -> None:
    """Wait for what the page does in the background (counting, erasing, anonymising)."""
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)


def test_coordinator_sets_a_period_anonymises_then_exports_and_erases(
    qtbot, view, db, tmp_path, qtmodeltester
):
    assert view.spins[DataKind.VISITS].value() == 12
    assert "1" in view.preview_label.text()

    # A shorter period for audit entries, saved with the button.
    view.spins[DataKind.AUDIT].setValue(24)
    qtbot.mouseClick(view.save_periods_button, Qt.MouseButton.LeftButton)
    assert PrivacyService(db).months(DataKind.AUDIT) == 24

    asked: list[str] = []
    view.ask_confirm = lambda title, text: asked.append(text) or True
    qtbot.mouseClick(view.anonymise_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, view)
    assert len(asked) == 1
    with db.read() as s:
        notes = sorted(v.note for v in s.query(Visit))
    assert notes == ["", "called about her file"]
    assert view.audit_model.rowCount() == 1

    # Ctrl+F, type part of the name, Enter: she is found with what is held.
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "depae")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.results.count() == 1
    assert "1" in view.held_label.text()

    target = tmp_path / "lea.json"
    view.ask_path = lambda suggested: str(target)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["first_name"] == "Léa"
    assert data["visits"][0]["note"] == "called about her file"
    assert str(target) in view.person_message.text()

    # Erase: the confirmation names the consequences; "No" erases nothing.
    view.ask_confirm = lambda title, text: asked.append(text) and False
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, view)
    assert "Léa Depaepe" in asked[-1] and "councils" in asked[-1]
    with db.read() as s:
        assert s.query(Person).count() == 1
    view.ask_confirm = lambda title, text: True
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, view)
    with db.read() as s:
        assert s.query(Person).count() == 0
        assert {v.note for v in s.query(Visit)} == {""}
    assert view.results.count() == 0
    assert not view.erase_button.isEnabled()
    assert view.audit_model.rowCount() == 3
    qtmodeltester.check(view.audit_model)


def test_export_to_a_bad_place_says_so_plainly(qtbot, view, tmp_path):
    view.search_edit.setText("lea@")
    view.search()
    view.ask_path = lambda suggested: str(tmp_path / "missing-folder" / "x.json")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert "could not be written" in view.person_message.text()
    assert view.audit_model.rowCount() == 0


def test_cancelling_the_file_dialog_writes_nothing(qtbot, view):
    view.search_edit.setText("Depaepe")
    view.search()
    view.ask_path = lambda suggested: ""
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.person_message.text() == ""
    assert view.audit_model.rowCount() == 0


def test_nobody_found_is_said(qtbot, view):
    qtbot.keyClicks(view.search_edit, "zzz")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.person_message.text() == "Nobody found."
    assert not view.export_button.isEnabled()


def test_the_backups_age_is_set_here_and_an_erasure_says_until_when_they_hold_the_person(
    qtbot, view, db
):
    from citizenspace.store.safety import backup

    assert view.backup_spin.value() == 30
    view.backup_spin.setValue(14)
    qtbot.mouseClick(view.save_periods_button, Qt.MouseButton.LeftButton)
    assert PrivacyService(db).backup_days() == 14
    assert view.periods_message.property("kind") == "success"

    backup.make_backup(db.path, "manual")
    qtbot.keyClicks(view.search_edit, "depae")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    view.ask_confirm = lambda title, text: True
    qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, view)
    said = view.person_message.text()
    assert "has been erased" in said and "backups on this computer" in said, said


def test_the_records_of_processing_are_exported_as_a_workbook_of_text(qtbot, view, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "registre"
    view.ask_workbook_path = lambda suggested: str(target)
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "registre.xlsx"
    assert str(written) in view.periods_message.text()
    sheet = load_workbook(written).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Data", "What is kept, and what is blanked at the end", "How long", "Where"]
    kinds = [r[0] for r in rows[1:]]
    assert len(kinds) == len(DataKind) + 2 and "Backups" in kinds and "Pictures" in kinds
    backups = next(r for r in rows if r[0] == "Backups")
    assert backups[2].startswith("30 day")  # "30 days" once the English .qm is installed
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row)

    # A folder where the file cannot be written: said plainly, nothing half-written.
    view.ask_workbook_path = lambda suggested: str(tmp_path / "missing" / "r.xlsx")
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    assert "could not be written" in view.periods_message.text()
    assert not (tmp_path / "missing").exists()


def _hold_the_write_lock(db) -> sqlite3.Connection:
    """Another program (a sync round, a second desk) writing the database meanwhile."""
    other = sqlite3.connect(db.path, timeout=30)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_an_erasure_waits_off_the_gui_thread_while_the_database_is_busy(qtbot, view, db):
    """While the erasure waits for the database, the page keeps answering: the click
    returns at once (on the GUI thread it would wait, frozen, for the lock)."""
    view.search_edit.setText("Depaepe")
    view.search()
    view.ask_confirm = lambda title, text: True
    other = _hold_the_write_lock(db)
    try:
        qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
        assert view.busy
        assert not view.erase_button.isEnabled()  # not started twice
        dialog = view.findChild(QProgressDialog)
        qtbot.waitUntil(lambda: dialog.isVisible())  # after a quarter of a second
        with db.read() as s:
            assert s.query(Person).count() == 1
    finally:
        other.rollback()
        other.close()
    _settled(qtbot, view)
    with db.read() as s:
        assert s.query(Person).count() == 0
    assert "has been erased" in view.person_message.text()


def test_a_cancelled_erasure_erases_nothing_and_says_so(qtbot, view, db):
    view.search_edit.setText("Depaepe")
    view.search()
    view.ask_confirm = lambda title, text: True
    other = _hold_the_write_lock(db)
    try:
        qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
        dialog = view.findChild(QProgressDialog)
        qtbot.waitUntil(lambda: dialog.isVisible())
        [cancel] = dialog.findChildren(QPushButton)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        other.rollback()
        other.close()
    _settled(qtbot, view)
    assert view.person_message.text() == "Cancelled: nothing was erased."
    with db.read() as s:
        assert s.query(Person).count() == 1
        assert "called about her file" in {v.note for v in s.query(Visit)}
    assert view.audit_model.rowCount() == 0
    assert view.erase_button.isEnabled()  # she may be erased again


def test_the_preview_is_counted_off_the_gui_thread(qtbot, view, db):
    """Opening the page never waits for the count: the label says it is counting until
    the figures come."""
    other = _hold_the_write_lock(db)  # readers are not held by a writer: the count runs
    try:
        view.preview_label.setText("")
        view.refresh()
        assert view.preview_label.text() == "Counting…" or not view.busy
    finally:
        other.rollback()
        other.close()
    _settled(qtbot, view)
    assert "1" in view.preview_label.text()
