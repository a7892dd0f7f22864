"""The one way the application shows a table, and what it says when the table is empty.

Every list is a `QTableView` over a model (most often a `RowsModel`), set up here: whole rows
selected, one at a time, nothing edited in place, alternate rows shaded, no grid, one line per
row, headers aligned left, no row numbers. A table that should show all its rows without a
scroll bar (a small summary) says so with `fit_rows`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


def style_table(table: QTableView, *, sortable: bool = False) -> QTableView:
    """Give a table the application's look and behaviour; returns it for chaining."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setSortingEnabled(sortable)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


class DataTable(QTableView):
    """A table with the application's look, keyboard first: Enter opens the row under the
    cursor (`open_requested`), Delete asks to remove it (`remove_requested`)."""

    open_requested = Signal()
    remove_requested = Signal()

    def __init__(
        self,
        model: QAbstractItemModel | None = None,
        parent: QWidget | None = None,
        *,
        sortable: bool = False,
    ) -> None:
        super().__init__(parent)
        if model is not None:
            self.setModel(model)
        style_table(self, sortable=sortable)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)

    def stretch(self, column: int) -> None:
        """Let this column take the room left, the others keep their own width."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_to_contents(self, stretch: int | None = 0) -> None:
        """Columns as wide as their contents (small summaries), one of them stretched."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        """Show every row, no vertical scroll bar (the page scrolls instead)."""
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows))
        self.setFixedHeight(height)


def empty_panel(text: str = "") -> QLabel:
    """What stands in a table's place when it has no row: a sentence on the same white panel,
    so the list area does not seem to vanish."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setBackgroundRole(QPalette.ColorRole.Base)
    label.setAutoFillBackground(True)
    label.setMargin(24)
    return label
