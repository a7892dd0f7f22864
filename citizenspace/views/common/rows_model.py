"""A read-only table model over a list of small frozen rows.

The lists of people, services, devices... all show rows a service returned: the model holds
them, finds a row by id, says its headers and answers Qt's questions about a cell (`data`)
by role, each role from one hook a list fills in when it has something to say:

| role | hook |
| --- | --- |
| display | `display(row, column)` |
| alignment | `alignment(column)`: `NUMBERS`' columns aligned right, as figures are read |
| tool tip | `tooltip(row, column)` |
| text colour | `foreground(row, column)` |
| icon or colour swatch | `decoration(row, column)` |
| font | `font(row, column)` |
| `ID_ROLE` | `row_id(row)`: the row's `id` |
| `SORT_ROLE` | `sort_key(row, column)`, for a sorting proxy |

The headers are `HEADERS`, each written `QT_TRANSLATE_NOOP("Context", "text")` so that lupdate
finds it, and translated in `CONTEXT` (the model's class name unless it says otherwise: the
context the texts are written in).
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

#: How figures stand in a column: on the right, as numbers are read.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel, Generic[Row]):
    #: How many columns the list shows.
    COLUMNS: ClassVar[int] = 1
    #: The column headers, each `QT_TRANSLATE_NOOP(CONTEXT, "text")`; "" for a blank one.
    HEADERS: ClassVar[tuple[str, ...]] = ()
    #: The translation context of `HEADERS`; "" for the model's class name.
    CONTEXT: ClassVar[str] = ""
    #: The columns of figures, aligned right.
    NUMBERS: ClassVar[tuple[int, ...]] = ()
    #: The role that answers the row's id (for any column).
    ID_ROLE: ClassVar[int] = Qt.ItemDataRole.UserRole
    #: The role a sorting proxy sorts on (`sort_key`).
    SORT_ROLE: ClassVar[int] = Qt.ItemDataRole.UserRole + 1

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
            if self.row_id(r) == row_id:
                return i
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    # ---------------------------------------------------------------- Qt's questions

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.alignment(column)
            return None if alignment is None else int(alignment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == self.ID_ROLE:
            return self.row_id(row)
        if role == self.SORT_ROLE:
            return self.sort_key(row, column)
        return None

    # ---------------------------------------------------------------- hooks

    def header(self, section: int) -> str | None:
        """The column's title: its `HEADERS` text, translated."""
        if not 0 <= section < len(self.HEADERS):
            return None
        text = self.HEADERS[section]
        return QCoreApplication.translate(self.CONTEXT or type(self).__name__, text) if text else ""

    def display(self, row: Any, column: int) -> object:
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return RIGHT if column in self.NUMBERS else None

    def tooltip(self, row: Any, column: int) -> object:
        return None

    def foreground(self, row: Any, column: int) -> object:
        return None

    def decoration(self, row: Any, column: int) -> object:
        return None

    def font(self, row: Any, column: int) -> object:
        return None

    def row_id(self, row: Any) -> object:
        return getattr(row, "id", None)

    def sort_key(self, row: Any, column: int) -> object:
        return None
