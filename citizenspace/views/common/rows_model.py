"""A read-only table model over a list of small frozen rows, each with an `id`.

The lists of people, services, devices... all show rows a service returned: the model only
holds them, finds a row by id, and leaves `data` and the headers to each list.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[Row]):
    #: How many columns the list shows.
    COLUMNS: ClassVar[int] = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every line at once (a search result is a new list, not a diff)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: str) -> int:
        """The line showing the row with this id, or -1."""
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS
