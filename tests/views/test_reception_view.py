"""The Reception area as a whole: a visit needing a follow-up opens its ticket at once."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from citizenspace.services.reception.tickets import CategoryDraft
from citizenspace.views.common.context import Services
from citizenspace.views.reception.reception_view import ReceptionView
from tests.services.reception_fixtures import make_office

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


def test_a_follow_up_at_the_desk_opens_its_ticket_and_lands_in_the_follow_ups(qtbot, db):
    office = make_office(db)
    services = replace(Services.for_database(db), reception=office.service)
    # The category named after the visit's theme is chosen for the ticket by itself.
    services.tickets.add_category(CategoryDraft(code="voirie", name="Voirie", due_days=21))
    view = ReceptionView(services)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    assert view.tabs.currentWidget() is view.desk
    qtbot.waitUntil(lambda: view.desk.channel_bar.hasFocus())

    _key(qtbot, Qt.Key.Key_1)  # at the desk
    qtbot.keyClicks(QApplication.focusWidget(), "dalle")
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_4)  # follow-up ticket
    _key(qtbot, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: view.follow_up_dialog is not None)
    dialog = view.follow_up_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.visit_id is not None
    dialog.description.setPlainText("Dalle descellée devant le 12")
    with qtbot.waitSignal(dialog.saved, timeout=2000, raising=False) as saved:
        dialog.save()
    assert saved.signal_triggered, dialog.error.text()
    con = sqlite3.connect(db.path)
    try:
        row = con.execute(
            "SELECT visit_id, description FROM follow_ups WHERE id = ?", (saved.args[0],)
        ).fetchone()
    finally:
        con.close()
    assert row == (dialog.visit_id, "Dalle descellée devant le 12")
    view.tabs.setCurrentWidget(view.tickets)
    assert view.tickets.select_ticket(saved.args[0])
