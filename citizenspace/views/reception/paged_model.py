"""A table model over a list read a page at a time: years of visits or tens of thousands of
tickets stay instant because the table holds only the pages read so far.

The service sorts, filters and cuts; the model asks for the first page when the list
changes (`reload`) and for the next one when the view scrolls near the end (Qt's
`canFetchMore` / `fetchMore`). A subclass says how to read a page (`read_page`): the rows
after a cursor, and the cursor after them (None at the end).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject

from citizenspace.views.common.rows_model import AnyIndex, RowsModel

Row = TypeVar("Row")
Cursor = TypeVar("Cursor")

#: Rows read at a time: more than a screen holds, few enough to read in milliseconds.
PAGE_SIZE = 200


class PagedModel(RowsModel[Row], Generic[Row, Cursor]):
    """Rows read a page at a time, in the order the service gives them."""

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._next: Cursor | None = None

    def read_page(self, after: Cursor | None, limit: int) -> tuple[Sequence[Row], Cursor | None]:
        """The `limit` rows after `after` (from the start when None), and where the next
        page starts (None after the last row)."""
        raise NotImplementedError

    def reload(self, at_least: int = 0) -> None:
        """Read the list again from its start: one page, or as many rows as `at_least`
        (the rows shown before, so that the view keeps its place and its selection)."""
        rows, nxt = self.read_page(None, max(self.page_size, at_least))
        self.beginResetModel()
        self._rows = list(rows)
        self._next = nxt
        self.endResetModel()

    def loaded(self) -> int:
        """How many rows are held (the list may go on: `canFetchMore`)."""
        return len(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._next is None:
            return
        rows, nxt = self.read_page(self._next, self.page_size)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._next = nxt
            self.endInsertRows()
        else:
            self._next = None
