"""The follow-ups' two lists: the tickets (all, filtered, or the overdue ones) and the ticket
categories. Dull on purpose: they hold the rows the ticket service returned and say them.

A count of days is a plural ("1 day", "2 days"): the screen showing the list says it, in its
own words, through the `days` function it gives the model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from citizenspace.services.reception.tickets import CategoryRow, TicketRow
from citizenspace.views.common.forms import ERROR_COLOUR
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import date_text, status_text

Days = Callable[[int], str]

COL_OPENED, COL_CATEGORY, COL_DESCRIPTION, COL_ADDRESS = range(4)
COL_STATUS, COL_DUE, COL_LATE, COL_SERVICE = range(4, 8)
COL_NAME, COL_CODE, COL_DELAY, COL_CATEGORY_SERVICE, COL_ACTIVE = range(5)


class TicketsModel(RowsModel[TicketRow]):
    """The tickets list: when opened, what, where, its status and how late it is."""

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

    def __init__(self, days: Days, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days = days

    def display(self, r: TicketRow, column: int) -> str:
        return (
            date_text(r.opened_on),
            r.category,
            " ".join(r.description.split()),
            r.address,
            status_text(r.status),
            date_text(r.due_on),
            self._days(r.days_late) if r.overdue else "",
            r.service_name,
        )[column]

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
