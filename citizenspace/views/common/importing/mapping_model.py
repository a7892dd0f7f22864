"""The mapping step's table: each column of the file, its first values, and where it goes.

The model holds the file's columns and the field each goes to (`mapping`); the dialog puts a
combo box over the third column of each row (`setIndexWidget`) and calls `set_field` when the
user picks one. A field that takes one column leaves the column that had it when another
takes it, so that the table never shows one field twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor, QFont

from citizenspace.services.common.column_mapping import (
    LEAVE_OUT,
    SHOWN_VALUES,
    FileColumn,
    column_name,
)
from citizenspace.views.common.rows_model import RowsModel

COL_TITLE = 0
COL_VALUES = 1
COL_FIELD = 2

#: A column left out, greyed: it is not imported.
LEFT_OUT_COLOUR = "#6b7785"


@dataclass(frozen=True, slots=True)
class FieldChoice:
    """One of our fields, as the user reads it in the list of where a column may go."""

    key: str
    #: In the user's words, translated.
    label: str
    #: Several columns may go to it (joined), like an address on two columns.
    repeatable: bool = False


def quoted(text: str) -> str:
    """A column's title or a value inside a sentence, quoted the language's way (« » in
    French)."""
    return QCoreApplication.translate("ImportDialog", "“%1”").replace("%1", text)


def leave_out_label() -> str:
    return QCoreApplication.translate("ImportDialog", "— Leave out —")


class ColumnsModel(RowsModel[FileColumn]):
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportDialog", "Column of the file"),
        QT_TRANSLATE_NOOP("ImportDialog", "First values"),
        QT_TRANSLATE_NOOP("ImportDialog", "Imported as"),
    )
    CONTEXT = "ImportDialog"
    COLUMNS = 3

    def __init__(
        self,
        columns: Sequence[FileColumn],
        mapping: Sequence[str],
        fields: Sequence[FieldChoice],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self._labels = {f.key: f.label for f in fields}
        self._repeatable = {f.key for f in fields if f.repeatable}
        known = set(self._labels)
        self.mapping = [
            (mapping[c.index] if c.index < len(mapping) and mapping[c.index] in known else "")
            for c in columns
        ]
        self.set_rows(list(columns))

    def set_field(self, row: int, key: str) -> list[int]:
        """Send the column of `row` to `key` (LEAVE_OUT to leave it out); the rows whose
        column lost the field to it, which the dialog updates too."""
        freed: list[int] = []
        if key and key not in self._repeatable:
            for other, current in enumerate(self.mapping):
                if other != row and current == key:
                    self.mapping[other] = LEAVE_OUT
                    freed.append(other)
        self.mapping[row] = key
        for changed in [row, *freed]:
            index = self.index(changed, COL_FIELD)
            self.dataChanged.emit(self.index(changed, COL_TITLE), index)
        return freed

    def left_out(self) -> list[str]:
        """The titles of the columns that hold something and go nowhere."""
        return [
            column_name(c)
            for c, key in zip(self._rows, self.mapping, strict=True)
            if not key and (c.title or c.values)
        ]

    # ---------------------------------------------------------------- hooks

    def display(self, r: FileColumn, col: int) -> str | None:
        if col == COL_TITLE:
            return column_name(r)
        if col == COL_VALUES:
            return "  ·  ".join(r.values[:SHOWN_VALUES])
        if col == COL_FIELD:
            key = self.mapping[self._rows.index(r)]
            return self._labels.get(key, leave_out_label()) if key else leave_out_label()
        return None

    def tooltip(self, r: FileColumn, col: int) -> str | None:
        if col == COL_VALUES and r.values:
            return "\n".join(r.values[: SHOWN_VALUES * 2])
        return column_name(r) if col == COL_TITLE else None

    def foreground(self, r: FileColumn, col: int) -> QColor | None:
        left_out = not self.mapping[self._rows.index(r)]
        return QColor(LEFT_OUT_COLOUR) if left_out and col != COL_FIELD else None

    def font(self, r: FileColumn, col: int) -> QFont | None:
        if col != COL_TITLE:
            return None
        font = QFont()
        font.setBold(bool(self.mapping[self._rows.index(r)]))
        return font
