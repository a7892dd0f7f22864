"""Every table of the Reception tabs checked by Qt's own model tester on a real city's data,
while the lists are read, scrolled, filtered and sorted; and the Follow-ups list reads
20,000 tickets a window at a time, never all at once. Real SQLite files, real widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTableView

from citizenspace.services.demo.demo import generate
from citizenspace.services.reception.tickets import TicketFilter, TicketService
from citizenspace.views.common.context import Services
from citizenspace.views.reception.paged_model import PAGE_SIZE
from citizenspace.views.reception.reception_view import ReceptionView
from citizenspace.views.reception.tickets.tickets_view import TicketsView
from tests.benchmarks._tickets import insert_tickets

TODAY = date.today()


@pytest.fixture
def city(db) -> Services:
    """The demo city, small, with a few hundred more tickets than a page holds."""
    generate(db, scale=0.02, today=TODAY)
    insert_tickets(db, 700, today=TODAY)
    return Services.for_database(db)


def _settle(qtbot, view: ReceptionView) -> None:
    qtbot.waitUntil(lambda: view.quality.recount_task is None, timeout=20_000)


def test_every_reception_table_passes_qts_model_tester(qtbot, qtlog, city) -> None:
    """The tester is attached to every table's model before the lists change, and reports
    any broken promise (rows counted, inserted, reset; indexes; data) as a warning of the
    `qt.modeltest` category: any such warning fails the test."""
    view = ReceptionView(city)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    for page in (view.log, view.tickets, view.directory, view.quality):
        view.tabs.setCurrentWidget(page)
        _settle(qtbot, view)
    models: list[QAbstractItemModel] = []
    for table in view.findChildren(QTableView):
        model = table.model()
        if model is not None and model not in models:
            models.append(model)
    names = {type(m).__name__ for m in models}
    assert {
        "TodayModel",
        "VisitLogModel",
        "TicketsModel",
        "DirectoryModel",
        "SiteFiguresModel",
        "SurveysModel",
        "CriteriaModel",
    } <= names
    assert all(m.rowCount() > 0 for m in models if type(m).__name__ != "TodayModel")
    testers = []
    for model in models:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning
        )
        # The tester would read the next page itself from inside a reset, before its own
        # handler of the reset ran, and then blame the model; the pages are read below,
        # outside any reset, and the tester checks each one as it comes.
        tester.setUseFetchMore(False)
        testers.append(tester)
    # The log: the next pages, then another filter.
    log = view.log
    while log.model.canFetchMore() and log.model.rowCount() < 3 * PAGE_SIZE:
        log.model.fetchMore()
    log.channel_combo.setCurrentIndex(2)
    log.apply_filters()
    # The follow-ups: all statuses, read on, sorted by each column both ways, searched,
    # the overdue list.
    tickets = view.tickets
    tickets.status_filter.setCurrentIndex(1)
    tickets.apply_filters()
    tickets.model.fetchMore()
    for column in range(tickets.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tickets.table.sortByColumn(column, order)
    tickets.search_edit.setText("rue")
    tickets.apply_filters()
    tickets.show_overdue()
    tickets.search_edit.clear()
    tickets.apply_filters()
    # Quality: another period, counted again.
    view.quality.period_combo.setCurrentIndex(3)
    _settle(qtbot, view)
    view.directory.refresh()
    qtbot.wait(10)
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert not failures, failures
    assert len(testers) == len(models)


def test_the_tickets_list_reads_a_window_not_twenty_thousand_rows(qtbot, db) -> None:
    """Opened on 20,000 tickets, the list holds one page; scrolling to its end reads the
    next page, and no more; sorting keeps the window as wide as it was."""
    generate(db, scale=0.01, today=TODAY)
    insert_tickets(db, 20_000, today=TODAY)
    services = replace(Services.for_database(db), tickets=TicketService(db, today=lambda: TODAY))
    page = TicketsView(services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))  # all statuses
    page.apply_filters()
    total = services.tickets.ticket_count(TicketFilter())
    assert total >= 20_000
    assert page.count_label.text().replace("\u202f", "").startswith(f"{total}")
    assert page.model.rowCount() == PAGE_SIZE and page.model.canFetchMore()

    page.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE)
    qtbot.wait(50)
    assert page.model.rowCount() == 2 * PAGE_SIZE and page.model.canFetchMore()

    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by address, in the database
    assert page.model.rowCount() == 2 * PAGE_SIZE
    addresses = [page.model.row_at(i).address.lower() for i in range(10)]
    assert addresses == sorted(addresses)
