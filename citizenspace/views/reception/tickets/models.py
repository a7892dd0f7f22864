"""The follow-ups' two lists: the tickets (all, filtered, or the overdue ones) and the ticket
categories. Dull on purpose: they hold the rows the ticket service returned and say them.

A count of days is a plural ("1 day", "2 days"): the screen showing the list says it, in its
own words, through the `days` function it gives the model.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from citizenspace.services.reception.tickets import CategoryRow, TicketRow
from citizenspace.views.common.forms import ERROR_COLOUR
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import date_text, status_text

_AnyIndex = QModelIndex | QPersistentModelIndex
Days = Callable[[int], str]

TICKET_COLUMNS = (
    QT_TRANSLATE_NOOP("TicketsView", "Opened"),
    QT_TRANSLATE_NOOP("TicketsView", "Category"),
    QT_TRANSLATE_NOOP("TicketsView", "Description"),
    QT_TRANSLATE_NOOP("TicketsView", "Address"),
    QT_TRANSLATE_NOOP("TicketsView", "Status"),
    QT_TRANSLATE_NOOP("TicketsView", "Due"),
    QT_TRANSLATE_NOOP("TicketsView", "Late"),
    QT_TRANSLATE_NOOP("TicketsView", "Service"),
)
COL_OPENED, COL_CATEGORY, COL_DESCRIPTION, COL_ADDRESS = range(4)
COL_STATUS, COL_DUE, COL_LATE, COL_SERVICE = range(4, 8)

CATEGORY_COLUMNS = (
    QT_TRANSLATE_NOOP("CategoriesDialog", "Name"),
    QT_TRANSLATE_NOOP("CategoriesDialog", "Code"),
    QT_TRANSLATE_NOOP("CategoriesDialog", "Delay"),
    QT_TRANSLATE_NOOP("CategoriesDialog", "Service"),
    "",  # in use or not
)
COL_NAME, COL_CODE, COL_DELAY, COL_CATEGORY_SERVICE, COL_ACTIVE = range(5)


def _header(context: str, columns: tuple[str, ...], section: int) -> str | None:
    if not 0 <= section < len(columns):
        return None
    return QCoreApplication.translate(context, columns[section]) if columns[section] else ""


class TicketsModel(RowsModel[TicketRow]):
    """The tickets list: when opened, what, where, its status and how late it is."""

    COLUMNS = len(TICKET_COLUMNS)

    def __init__(self, days: Days, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days = days

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r: TicketRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                date_text(r.opened_on),
                r.category,
                " ".join(r.description.split()),
                r.address,
                status_text(r.status),
                date_text(r.due_on),
                self._days(r.days_late) if r.overdue else "",
                r.service_name,
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_LATE and r.overdue:
            return QColor(ERROR_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DESCRIPTION:
            return r.description
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _header("TicketsView", TICKET_COLUMNS, section)


class CategoriesModel(RowsModel[CategoryRow]):
    """The ticket categories, those no longer in use included (and said so)."""

    COLUMNS = len(CATEGORY_COLUMNS)

    def __init__(self, days: Days, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days = days

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r: CategoryRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name,
                r.code,
                self._days(r.due_days),
                r.service_name,
                "" if r.active else QCoreApplication.translate("CategoriesDialog", "not in use"),
            )[index.column()]
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return _header("CategoriesDialog", CATEGORY_COLUMNS, section)
