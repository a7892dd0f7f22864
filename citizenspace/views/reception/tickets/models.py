"""The follow-ups' two lists: the tickets (all, filtered, or the overdue ones) and the ticket
categories. Dull on purpose: they hold the rows the ticket service returned and say them;
the tickets a page at a time, as the view scrolls.

A count of days is a plural ("1 day", "2 days"): the screen showing the list says it, in its
own words, through the `days` function it gives the model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from citizenspace.services.reception.tickets import (
    CategoryRow,
    TicketCursor,
    TicketFilter,
    TicketOrder,
    TicketRow,
    TicketService,
    TicketSort,
)
from citizenspace.views.common.forms import ERROR_COLOUR
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.paged_model import PagedModel
from citizenspace.views.reception.words import date_text, status_text

Days = Callable[[int], str]

COL_OPENED, COL_CATEGORY, COL_DESCRIPTION, COL_ADDRESS = range(4)
COL_STATUS, COL_DUE, COL_LATE, COL_SERVICE = range(4, 8)
COL_NAME, COL_CODE, COL_DELAY, COL_CATEGORY_SERVICE, COL_ACTIVE = range(5)


#: The order each column sorts by, in the database.
SORTS = (
    TicketSort.OPENED,
    TicketSort.CATEGORY,
    TicketSort.DESCRIPTION,
    TicketSort.ADDRESS,
    TicketSort.STATUS,
    TicketSort.DUE,
    TicketSort.LATE,
    TicketSort.SERVICE,
)


class TicketsModel(PagedModel[TicketRow, TicketCursor]):
    """The tickets list: when opened, what, where, its status and how late it is. Read a
    page at a time, filtered and sorted by the ticket service (`set_query`, and Qt's
    `sort` when a column's title is clicked): tens of thousands of tickets stay instant."""

    CONTEXT = "TicketsView"
    HEADERS = (
        QT_TRANSLATE_NOOP("TicketsView", "Opened"),
        QT_TRANSLATE_NOOP("TicketsView", "Category"),
        QT_TRANSLATE_NOOP("TicketsView", "Description"),
        QT_TRANSLATE_NOOP("TicketsView", "Address"),
        QT_TRANSLATE_NOOP("TicketsView", "Status"),
        QT_TRANSLATE_NOOP("TicketsView", "Due"),
        QT_TRANSLATE_NOOP("TicketsView", "Late"),
        QT_TRANSLATE_NOOP("TicketsView", "Service"),
    )
    COLUMNS = len(HEADERS)

    def __init__(self, service: TicketService, days: Days, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._days = days
        self.filter = TicketFilter(open_only=True)
        self.order = TicketOrder()

    def set_query(
        self, flt: TicketFilter, order: TicketOrder | None = None, at_least: int = 0
    ) -> None:
        """Read the list again for `flt` (and `order`), at least `at_least` rows."""
        self.filter = flt
        if order is not None:
            self.order = order
        self.reload(at_least)

    def read_page(
        self, after: TicketCursor | None, limit: int
    ) -> tuple[tuple[TicketRow, ...], TicketCursor | None]:
        page = self._service.ticket_page(self.filter, self.order, after, limit)
        return page.rows, page.next

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORTS):
            return
        wanted = TicketOrder(SORTS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self.order:
            self.order = wanted
            self.reload(self.loaded())

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction of the list's order, for the header's arrow."""
        direction = (
            Qt.SortOrder.DescendingOrder if self.order.descending else Qt.SortOrder.AscendingOrder
        )
        return SORTS.index(self.order.by), direction

    def display(self, r: TicketRow, column: int) -> str:
        if column == COL_OPENED:
            return date_text(r.opened_on)
        if column == COL_CATEGORY:
            return r.category
        if column == COL_DESCRIPTION:
            return " ".join(r.description.split())
        if column == COL_ADDRESS:
            return r.address
        if column == COL_STATUS:
            return status_text(r.status)
        if column == COL_DUE:
            return date_text(r.due_on)
        if column == COL_LATE:
            return self._days(r.days_late) if r.overdue else ""
        return r.service_name

    def foreground(self, r: TicketRow, column: int) -> QColor | None:
        return QColor(ERROR_COLOUR) if column == COL_LATE and r.overdue else None

    def tooltip(self, r: TicketRow, column: int) -> str | None:
        return r.description if column == COL_DESCRIPTION else None


class CategoriesModel(RowsModel[CategoryRow]):
    """The ticket categories, those no longer in use included (and said so)."""

    CONTEXT = "CategoriesDialog"
    HEADERS = (
        QT_TRANSLATE_NOOP("CategoriesDialog", "Name"),
        QT_TRANSLATE_NOOP("CategoriesDialog", "Code"),
        QT_TRANSLATE_NOOP("CategoriesDialog", "Delay"),
        QT_TRANSLATE_NOOP("CategoriesDialog", "Service"),
        "",  # in use or not
    )
    COLUMNS = len(HEADERS)

    def __init__(self, days: Days, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days = days

    def display(self, r: CategoryRow, column: int) -> str:
        return (
            r.name,
            r.code,
            self._days(r.due_days),
            r.service_name,
            "" if r.active else QCoreApplication.translate("CategoriesDialog", "not in use"),
        )[column]
