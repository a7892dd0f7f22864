"""The desk, used as a receptionist uses it: the keyboard alone, from the queue to today's
log; wrong input gets a plain message next to the field and nothing is saved."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from citizenspace.domain.catalog import AgeBand, Channel, VisitOutcome
from citizenspace.services.reception.reception import LogFilter
from citizenspace.views.common.context import Services
from citizenspace.views.reception.desk.desk_view import DeskView
from citizenspace.views.reception.visit_log_view import VisitLogView
from tests.services.reception_fixtures import NOW, Office, make_office

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(db) -> Office:
    return make_office(db)


@pytest.fixture
def desk(qtbot, db, office) -> DeskView:
    services = replace(Services.for_database(db), reception=office.service)
    view = DeskView(services)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.channel_bar.hasFocus())
    return view


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, mods)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def visits(db) -> int:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        con.close()


def test_a_desk_visit_logged_with_the_keyboard_alone_is_in_todays_log(
    qtbot, qtmodeltester, db, office, desk
):
    # Someone comes in: Ctrl+N, a few words to call them by, Enter.
    key(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is desk.arrival_edit
    type_text(qtbot, "ticket 7")
    key(qtbot, Qt.Key.Key_Return)
    assert [w.label for w in office.service.waiting()] == ["ticket 7"]
    # Four minutes later the receptionist calls them in (Ctrl+I): the theme box has the focus.
    office.clock.now = NOW + timedelta(minutes=4)
    key(qtbot, Qt.Key.Key_I, CTRL)
    assert focused() is desk.theme_edit
    # A few letters, the list opens, Enter picks; the competent service is there at once.
    type_text(qtbot, "trott")
    assert desk.theme_completer.list.isVisible()
    key(qtbot, Qt.Key.Key_Return)
    assert desk.theme_edit.text() == "Voirie › Trottoirs"
    assert focused() is desk.service_combo
    assert desk.service_combo.currentText() == "Voirie communautaire"
    assert "Agglomération" in desk.service_info.text()
    key(qtbot, Qt.Key.Key_Return)  # accept the suggestion
    assert focused() is desk.outcome_bar
    key(qtbot, Qt.Key.Key_2)  # redirected
    # Ten minutes of service, then Ctrl+Enter saves.
    office.clock.now = NOW + timedelta(minutes=14)
    key(qtbot, Qt.Key.Key_Return, CTRL)

    assert "Voirie › Trottoirs" in desk.confirmation.text()
    assert focused() is desk.channel_bar  # ready for the next visitor
    assert desk.theme_edit.text() == ""
    assert office.service.waiting() == []
    assert desk.today_model.rowCount() == 1
    row = desk.today_model.row_at(0)
    assert row.theme == "Voirie › Trottoirs"
    assert row.outcome is VisitOutcome.REDIRECTED
    assert row.service == "Voirie communautaire"
    assert (row.wait_seconds, row.service_seconds) == (4 * 60, 10 * 60)
    assert desk.today_model.index(0, 2).data() == "Voirie › Trottoirs"
    qtmodeltester.check(desk.today_model)


def test_a_visit_without_the_queue_a_quick_theme_and_enter_on_the_last_field(qtbot, office, desk):
    key(qtbot, Qt.Key.Key_2)  # phone call
    assert focused() is desk.theme_edit
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # the first quick theme
    assert desk.theme_edit.text() == "État civil"
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_1)  # answered
    # On to satisfaction: the times, district, age, person and note are optional.
    for _ in range(7):
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is desk.satisfaction_bar
    key(qtbot, Qt.Key.Key_4)
    desk.age_combo.setCurrentIndex(desk.age_combo.findData(AgeBand.FROM_30_TO_44))
    office.clock.now = NOW + timedelta(minutes=3)
    key(qtbot, Qt.Key.Key_Return)
    [row] = office.service.today_log()
    assert row.theme == "État civil" and row.satisfaction == 4
    assert row.age_band is AgeBand.FROM_30_TO_44 and row.channel is Channel.PHONE
    assert row.service == ""  # answered on the spot: no service recorded


def test_a_theme_that_does_not_exist_is_refused_on_screen(qtbot, db, desk):
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "zzzz")
    key(qtbot, Qt.Key.Key_Return)
    assert "No theme matches" in desk.error_text("theme_id")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert "No theme matches" in desk.error_text("theme_id")
    assert focused() is desk.theme_edit
    assert visits(db) == 0


def test_an_end_before_the_arrival_is_refused_with_a_plain_message(qtbot, db, office, desk):
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "passeport")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Tab)  # keep the service
    key(qtbot, Qt.Key.Key_1)  # answered: on to the arrival time
    assert focused() is desk.arrived_edit
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is desk.ended_edit
    key(qtbot, Qt.Key.Key_Down)  # the end a day earlier: a slip of the finger
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert desk.error_text("ended_at") == "The end is before the arrival: check the times"
    assert focused() is desk.ended_edit
    assert visits(db) == 0
    assert desk.theme_edit.text() == "État civil › Carte d'identité et passeport"  # kept
    # Put it right and save.
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert visits(db) == 1
    assert desk.error_text("ended_at") == ""


def test_a_follow_up_asks_for_a_ticket(qtbot, desk):
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "dalle")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.followUpRequested) as signal:
        key(qtbot, Qt.Key.Key_4)  # follow-up
        key(qtbot, Qt.Key.Key_Return, CTRL)
    assert signal.args and len(signal.args[0]) == 36


def test_the_queue_shows_who_waits_since_when(qtbot, office, desk):
    key(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "poussette")
    key(qtbot, Qt.Key.Key_Return)
    office.clock.now = NOW + timedelta(minutes=12)
    desk.tick_queue()
    assert "waiting 12 min" in desk.queue_list.item(0).text()
    assert "poussette" in desk.queue_list.item(0).text()
    desk.queue_list.setCurrentRow(0)
    qtbot.keyClick(desk.queue_list, Qt.Key.Key_Delete)
    assert desk.queue_list.count() == 0 and office.service.waiting() == []


def test_the_log_page_filters_and_reads_more_as_it_scrolls(qtbot, qtmodeltester, db, office):
    svc = office.service
    for k in range(450):
        svc.save_visit(
            replace(
                _visit(office),
                arrived_at=NOW - timedelta(hours=k, minutes=30),
                started_at=None,
                ended_at=None,
                theme_id=office.pavements if k % 3 else office.passport,
            )
        )
    services = replace(Services.for_database(db), reception=svc)
    view = VisitLogView(services)
    qtbot.addWidget(view)
    view.show()
    assert view.shown_count == 450
    assert view.model.rowCount() == 200 and view.model.canFetchMore()
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert view.model.rowCount() == 450
    qtmodeltester.check(view.model)
    view.theme_combo.setCurrentIndex(view.theme_combo.findData(office.civil))
    qtbot.waitUntil(lambda: view.shown_count == 150)
    assert svc.log_count(LogFilter(theme_ids=frozenset({office.passport}))) == 150
    assert "150" in view.count_label.text()
    assert all("passeport" in view.model.row_at(i).theme for i in range(view.model.rowCount()))
    # Channel and outcome lists hand back enum values (Qt returns them as plain text).
    view.outcome_combo.setCurrentIndex(view.outcome_combo.findData(VisitOutcome.ANSWERED))
    view.apply_filters()
    assert view.shown_count == 150
    view.channel_combo.setCurrentIndex(view.channel_combo.findData(Channel.PHONE))
    view.apply_filters()
    assert view.shown_count == 0 and view.model.rowCount() == 0


def _visit(o: Office):
    from citizenspace.domain.reception.visits import VisitDraft

    return VisitDraft(
        channel=Channel.DESK,
        outcome=VisitOutcome.ANSWERED,
        arrived_at=NOW,
        theme_id=o.pavements,
    )


def test_the_short_advice_under_the_note_leads_to_the_whole_of_it(qtbot, desk):
    assert desk.guidance.isVisible() and "judgements" in desk.guidance.text()
    assert "The visitor may ask to read this note" in desk.guidance.toolTip()
    desk.guidance.linkActivated.emit("#guidance")  # the "?"
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.metaObject().className() == "QWhatsThat"
    ]
    assert shown


def test_a_quick_theme_chip_names_its_keys_and_its_whole_theme(desk):
    assert desk.quick_buttons[0].text() == "1  État civil"
    assert desk.quick_buttons[0].toolTip() == "Alt+1: État civil"
